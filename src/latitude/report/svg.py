"""latitude's own chart writer: line, point and bar charts as self-contained SVG text.

Why not a plotting library: the charts are a few lines, dots and bars over years, and matplotlib
with its dependencies was 79 MB of the runtime install. This module is pure Python and writes
SVG 1.1 that scales with its viewBox (phone, desktop and print alike) and needs no font or
script: text is drawn in the reader's sans-serif font.

A `Chart` is a grid of `Panel`s with a title, a legend (every labelled series, in order) and a
caption. A panel holds drawing operations in data coordinates; its axis ranges are either set
or taken from the data with a 5% margin, and its ticks are "nice" numbers (1, 2, 2.5 or 5 times
a power of ten). Missing values (None, NaN, pandas NA) break a line: they are never drawn as 0.
Geometry, for tests and readers: each panel's plot area is the `rect.plot-area`; a value x maps
to `left + (x - x_lo) / (x_hi - x_lo) * width` and y to `top + (1 - (y - y_lo) / (y_hi - y_lo)) * height`
(on a log axis the same with log10 of each).
"""
from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from latitude.errors import LatitudeError

FONT = "system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',Arial,sans-serif"
INK, TEXT, MUTED, AXIS, GRID = "#111827", "#374151", "#6b7280", "#9ca3af", "#e5e7eb"
FONT_SIZE = 12.5            # tick labels, legend, axis labels (viewBox units: 2% of a 640-wide chart)
TITLE_SIZE = 14.0           # panel and chart titles
NOTE_SIZE = 11.0            # captions and notes
CHAR = 0.62                 # average glyph width as a share of the font size (layout estimate, generous)
MARGIN = 0.05               # share of the data span added on each side of an automatic range
TAB10 = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
         "#bcbd22", "#17becf")
TAB20 = TAB10 + ("#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94", "#f7b6d2", "#c7c7c7",
                 "#dbdb8d", "#9edae5")


def missing(value: Any) -> bool:
    """True for None, NaN and pandas' NA / NaT (anything that is not a finite number)."""
    try:
        return value is None or not math.isfinite(float(value))
    except (TypeError, ValueError):
        return True


class percent:
    """Tick labels for shares: 0.25 -> '25%'. Without `decimals`, as few as tell the ticks apart
    (0.001, 0.002 -> '0.1%', '0.2%')."""

    def __init__(self, decimals: int | None = None) -> None:
        self.decimals = decimals

    def fit(self, ticks: Sequence[float]) -> Callable[[float], str]:
        if self.decimals is not None:
            return self
        decimals = next((d for d in range(7) if all(abs(round(v * 100, d) - v * 100) < 1e-7 for v in ticks)), 6)
        return percent(decimals)

    def __call__(self, v: float) -> str:
        return f"{v * 100:.{self.decimals if self.decimals is not None else 0}f}%".replace("-", "\u2212")


def nice_ticks(lo: float, hi: float, count: int = 5, integer: bool = False) -> list[float]:
    """About `count` evenly spaced round numbers within [lo, hi] (whole numbers if `integer`)."""
    span = hi - lo
    if not span > 0:
        return [lo]
    raw = span / count
    power = 10 ** math.floor(math.log10(raw))
    steps = [m * power for m in (1, 2, 2.5, 5, 10)]
    if integer:
        steps = [s for s in steps if s >= 1 and float(s).is_integer()] or [1.0]
    step = next((s for s in steps if s >= raw), steps[-1])
    first = math.ceil(lo / step - 1e-9)
    ticks = []
    i = first
    while i * step <= hi + 1e-9 * span:
        ticks.append(round(i * step, 12))
        i += 1
    return ticks


def _log_ticks(lo: float, hi: float) -> list[float]:
    """Powers of ten within [lo, hi]; with fewer than three, also 2 and 5 times each power."""
    first, last = math.floor(math.log10(lo)), math.ceil(math.log10(hi))
    for multiples in ((1,), (1, 2, 5)):
        ticks = [m * 10.0 ** k for k in range(first, last + 1) for m in multiples]
        ticks = [round(t, 12) for t in ticks if lo * (1 - 1e-9) <= t <= hi * (1 + 1e-9)]
        if len(ticks) >= 3:
            break
    return ticks


def _plain(ticks: Sequence[float]) -> Callable[[float], str]:
    """Labels with as few decimals as show every tick exactly (0, 0.25, 0.5 -> two decimals)."""
    decimals = next((d for d in range(7) if all(abs(round(v, d) - v) < 1e-9 for v in ticks)), 6)
    return lambda v: f"{v:,.{decimals}f}".replace("-", "\u2212")


def _log_label(v: float) -> str:
    return f"{v:g}"


def _f(v: float) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".")


def _text_width(text: str, size: float) -> float:
    return len(text) * size * CHAR


def wrap(text: str, width: float, size: float) -> list[str]:
    """`text` broken into lines no wider than `width` viewBox units at font size `size`."""
    limit = max(10, int(width / (size * CHAR)))
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= limit:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def marker_path(shape: str, x: float, y: float, r: float) -> str:
    """SVG path data of a marker centred on (x, y), about 2r across. Shapes follow matplotlib's
    letters: o circle, . dot, s square, ^ v triangles, D diamond, P plus, X cross, h hexagon, * star."""
    if shape in ("o", "."):
        r = r * 0.5 if shape == "." else r
        return f"M{_f(x - r)},{_f(y)}a{_f(r)},{_f(r)} 0 1,0 {_f(2 * r)},0a{_f(r)},{_f(r)} 0 1,0 {_f(-2 * r)},0Z"
    if shape == "s":
        pts = [(-0.85, -0.85), (0.85, -0.85), (0.85, 0.85), (-0.85, 0.85)]
    elif shape == "^":
        pts = [(0, -1.1), (1, 0.75), (-1, 0.75)]
    elif shape == "v":
        pts = [(0, 1.1), (1, -0.75), (-1, -0.75)]
    elif shape == "D":
        pts = [(0, -1.1), (0.8, 0), (0, 1.1), (-0.8, 0)]
    elif shape in ("P", "X"):
        a, b = 0.35, 1.0
        pts = [(-a, -b), (a, -b), (a, -a), (b, -a), (b, a), (a, a), (a, b), (-a, b), (-a, a), (-b, a), (-b, -a), (-a, -a)]
        if shape == "X":
            c = math.sqrt(0.5)
            pts = [((px - py) * c, (px + py) * c) for px, py in pts]
    elif shape == "h":
        pts = [(math.cos(math.pi / 2 + k * math.pi / 3), math.sin(math.pi / 2 + k * math.pi / 3)) for k in range(6)]
    elif shape == "*":
        pts = [((1.15 if k % 2 == 0 else 0.5) * math.cos(-math.pi / 2 + k * math.pi / 5),
                (1.15 if k % 2 == 0 else 0.5) * math.sin(-math.pi / 2 + k * math.pi / 5)) for k in range(10)]
    else:
        raise ValueError(f"unknown marker {shape!r}")
    return "M" + "L".join(f"{_f(x + px * r)},{_f(y + py * r)}" for px, py in pts) + "Z"


@dataclass
class Style:
    """How a series is drawn: colour, line width (0: no line), dash pattern, marker shape, marker
    radius, hollow markers, and which points carry a marker ((start, step), or every point if None)."""
    colour: str = INK
    width: float = 1.8
    dash: str | None = None
    marker: str | None = None
    size: float = 3.5
    hollow: bool = False
    every: tuple[int, int] | None = None


@dataclass
class LegendEntry:
    label: str
    style: Style
    kind: str = "line"      # line, bar (a thick band) or none (text only)


@dataclass
class Panel:
    """One set of axes. Add drawings with the methods below, in data coordinates."""
    title: str = ""
    xlabel: str = ""
    ylabel: str = ""
    xlim: tuple[float | None, float | None] = (None, None)
    ylim: tuple[float | None, float | None] = (None, None)
    xformat: Callable[[float], str] | None = None
    yformat: Callable[[float], str] | None = None
    xticks: list[tuple[float, str]] | None = None
    yticks: list[tuple[float, str]] | None = None
    xinteger: bool = False          # whole-number ticks (years)
    ylog: bool = False
    yinverted: bool = False          # first category on top
    grid: str = "both"               # both, x, y or none
    ops: list[tuple] = field(default_factory=list)
    legend: list[LegendEntry] = field(default_factory=list)

    # ---- drawing
    def line(self, xs: Iterable, ys: Iterable, style: Style, label: str | None = None) -> None:
        """A line through (x, y) pairs in order; a missing y breaks it (a lone point shows as a marker)."""
        self.ops.append(("line", [float(x) for x in xs], [None if missing(y) else float(y) for y in ys], style, label))
        self._label(label, style)

    def points(self, xs: Iterable, ys: Iterable, style: Style, label: str | None = None) -> None:
        """A marker at each (x, y); missing values are left out."""
        pairs = [(float(x), float(y)) for x, y in zip(xs, ys) if not missing(x) and not missing(y)]
        self.ops.append(("points", pairs, style, label))
        self._label(label, replace(style, width=0))          # the legend shows the marker alone

    def hbar(self, y: float, x0: float, x1: float, colour: str, thickness: float,
             label: str | None = None, pixels: bool = False) -> None:
        """A horizontal bar at row y from x0 to x1, `thickness` in data units of y (or viewBox
        units when `pixels`)."""
        self.ops.append(("hbar", float(y), float(x0), float(x1), colour, float(thickness), pixels))
        if label:
            self._label(label, Style(colour=colour, width=9), kind="bar")

    def vline(self, x: float, colour: str = AXIS, width: float = 0.8) -> None:
        self.ops.append(("vline", float(x), colour, width))

    def hline(self, y: float, colour: str = AXIS, width: float = 0.8) -> None:
        self.ops.append(("hline", float(y), colour, width))

    def xband(self, x0: float, x1: float, colour: str = AXIS, opacity: float = 0.15) -> None:
        """A shaded vertical band over the whole height between x0 and x1."""
        self.ops.append(("xband", float(x0), float(x1), colour, opacity))

    def fill(self, xs: Iterable, lows: Iterable, highs: Iterable, colour: str, opacity: float = 0.2) -> None:
        """A shaded band between two curves; a missing bound breaks it."""
        self.ops.append(("fill", [float(x) for x in xs], [None if missing(v) else float(v) for v in lows],
                         [None if missing(v) else float(v) for v in highs], colour, opacity))

    def xrange(self, y: float, x0: float, x1: float, colour: str) -> None:
        """A horizontal error bar from x0 to x1 at row y."""
        if not (missing(x0) or missing(x1)):
            self.ops.append(("xrange", float(y), float(x0), float(x1), colour))

    def text(self, x: float, y: float, text: str, anchor: str = "start", colour: str = MUTED,
             size: float = NOTE_SIZE, axes: bool = False) -> None:
        """A note at (x, y) in data coordinates, or as shares of the plot area when `axes`
        (0, 0 bottom left)."""
        self.ops.append(("text", float(x), float(y), text, anchor, colour, size, axes))

    def _label(self, label: str | None, style: Style, kind: str = "line") -> None:
        if label and label not in {e.label for e in self.legend}:
            self.legend.append(LegendEntry(label, style, kind))

    # ---- ranges
    def _extent(self, axis: str) -> list[float]:
        values: list[float] = []
        for op in self.ops:
            kind = op[0]
            if kind == "line":
                xs, ys = op[1], op[2]
                values += xs if axis == "x" else [y for y in ys if y is not None]
            elif kind == "points":
                values += [p[0 if axis == "x" else 1] for p in op[1]]
            elif kind in ("hbar", "xrange"):
                values += [op[2], op[3]] if axis == "x" else [op[1]]
            elif kind == "fill":
                values += op[1] if axis == "x" else [v for v in op[2] + op[3] if v is not None]
            elif kind == "vline" and axis == "x" or kind == "hline" and axis == "y":
                values.append(op[1])
        if axis == "y" and self.ylog:
            values = [v for v in values if v > 0]
        return values

    def ranges(self) -> tuple[tuple[float, float], tuple[float, float]]:
        """The x and y ranges drawn: those set, the rest from the data with a 5% margin."""
        return self._range("x", self.xlim, False), self._range("y", self.ylim, self.ylog)

    def _range(self, axis: str, fixed: tuple[float | None, float | None], log: bool) -> tuple[float, float]:
        lo, hi = fixed
        if lo is not None and hi is not None:
            return float(lo), float(hi)
        values = self._extent(axis)
        if log:
            values = [math.log10(v) for v in values]
        dlo, dhi = (min(values), max(values)) if values else (0.0, 1.0)
        if lo is not None:
            dlo = math.log10(lo) if log else lo
        if hi is not None:
            dhi = math.log10(hi) if log else hi
        if dhi == dlo:
            dlo, dhi = dlo - 0.5, dhi + 0.5
        pad = MARGIN * (dhi - dlo)
        out_lo = dlo if lo is not None else dlo - pad
        out_hi = dhi if hi is not None else dhi + pad
        return (10 ** out_lo, 10 ** out_hi) if log else (out_lo, out_hi)

    def ticks(self) -> tuple[list[tuple[float, str]], list[tuple[float, str]]]:
        (xlo, xhi), (ylo, yhi) = self.ranges()
        if self.xticks is not None:
            xt = [(v, t) for v, t in self.xticks if xlo <= v <= xhi]
        else:
            vals = nice_ticks(xlo, xhi, 7, self.xinteger)
            fmt = _fit(self.xformat, vals) or ((lambda v: f"{v:.0f}") if self.xinteger else _plain(vals))
            xt = [(v, fmt(v)) for v in vals]
        if self.yticks is not None:
            yt = [(v, t) for v, t in self.yticks if min(ylo, yhi) <= v <= max(ylo, yhi)]
        elif self.ylog:
            yt = [(v, (self.yformat or _log_label)(v)) for v in _log_ticks(ylo, yhi)]
        else:
            vals = nice_ticks(ylo, yhi, 5)
            fmt = _fit(self.yformat, vals) or _plain(vals)
            yt = [(v, fmt(v)) for v in vals]
        return xt, yt

    # ---- drawing to SVG
    def margins(self) -> tuple[float, float, float, float]:
        """Space (left, top, right, bottom) the title, tick labels and axis labels take."""
        _, yt = self.ticks()
        left = max((_text_width(t, FONT_SIZE) for _, t in yt), default=0) + 14 + (18 if self.ylabel else 0)
        top = 26 if self.title else 8
        bottom = 22 + (18 if self.xlabel else 0)
        return left, top, 12, bottom

    def render(self, x: float, y: float, w: float, h: float, clip_id: str) -> str:
        """The panel drawn in the box (x, y, w, h) of the chart."""
        ml, mt, mr, mb = self.margins()
        left, top, width, height = x + ml, y + mt, max(w - ml - mr, 10), max(h - mt - mb, 10)
        (xlo, xhi), (ylo, yhi) = self.ranges()
        ty = (lambda v: math.log10(v) if v > 0 else float("nan")) if self.ylog else (lambda v: v)
        y0, y1 = ty(ylo), ty(yhi)

        def px(v: float) -> float:
            return left + (v - xlo) / (xhi - xlo) * width

        def py(v: float) -> float:
            share = (ty(v) - y0) / (y1 - y0)
            return top + (share if self.yinverted else 1 - share) * height

        out = ['<g class="panel">']
        if self.title:
            out.append(f'<text class="title" x="{_f(left)}" y="{_f(y + 17)}" font-size="{TITLE_SIZE:g}" fill="{INK}">'
                       f"{escape(self.title)}</text>")
        out.append(f'<rect class="plot-area" x="{_f(left)}" y="{_f(top)}" width="{_f(width)}" height="{_f(height)}" '
                   'fill="none"/>')
        xt, yt = self.ticks()
        grid = []
        if self.grid in ("both", "x"):
            grid += [f'<line x1="{_f(px(v))}" y1="{_f(top)}" x2="{_f(px(v))}" y2="{_f(top + height)}"/>' for v, _ in xt]
        if self.grid in ("both", "y"):
            grid += [f'<line x1="{_f(left)}" y1="{_f(py(v))}" x2="{_f(left + width)}" y2="{_f(py(v))}"/>' for v, _ in yt]
        if grid:
            out.append(f'<g class="grid" stroke="{GRID}" stroke-width="0.6">{"".join(grid)}</g>')
        out.append(f'<defs><clipPath id="{clip_id}"><rect x="{_f(left - 6)}" y="{_f(top - 6)}" '
                   f'width="{_f(width + 12)}" height="{_f(height + 12)}"/></clipPath></defs>')
        out.append(f'<g clip-path="url(#{clip_id})">')
        for op in self.ops:
            out.append(self._draw(op, px, py, left, top, width, height))
        out.append("</g>")
        # axes: left and bottom spines, ticks and their labels
        out.append(f'<g class="axes" stroke="{AXIS}" stroke-width="0.8">'
                   f'<line x1="{_f(left)}" y1="{_f(top)}" x2="{_f(left)}" y2="{_f(top + height)}"/>'
                   f'<line x1="{_f(left)}" y1="{_f(top + height)}" x2="{_f(left + width)}" y2="{_f(top + height)}"/></g>')
        labels = [f'<text class="xtick" x="{_f(px(v))}" y="{_f(top + height + 16)}" text-anchor="middle">{escape(t)}</text>'
                  for v, t in xt]
        labels += [f'<text class="ytick" x="{_f(left - 5)}" y="{_f(py(v) + 4)}" text-anchor="end">{escape(t)}</text>'
                   for v, t in yt]
        out.append(f'<g font-size="{FONT_SIZE:g}" fill="{TEXT}">{"".join(labels)}</g>')
        if self.xlabel:
            out.append(f'<text class="xlabel" x="{_f(left + width / 2)}" y="{_f(top + height + 35)}" text-anchor="middle" '
                       f'font-size="{FONT_SIZE:g}" fill="{TEXT}">{escape(self.xlabel)}</text>')
        if self.ylabel:
            cx, cy = x + 12, top + height / 2
            out.append(f'<text class="ylabel" x="{_f(cx)}" y="{_f(cy)}" text-anchor="middle" font-size="{FONT_SIZE:g}" '
                       f'fill="{TEXT}" transform="rotate(-90 {_f(cx)} {_f(cy)})">{escape(self.ylabel)}</text>')
        out.append("</g>")
        return "".join(out)

    def _draw(self, op: tuple, px, py, left: float, top: float, width: float, height: float) -> str:
        kind = op[0]
        if kind == "line":
            _, xs, ys, style, label = op
            return _series(xs, ys, style, label, px, py)
        if kind == "points":
            _, pairs, style, label = op
            marks = "".join(_marker(style, px(a), py(b)) for a, b in pairs)
            return f'<g class="series points"{_data_label(label)}>{marks}</g>'
        if kind == "hbar":
            _, y, x0, x1, colour, thick, pixels = op
            half = thick / 2 if pixels else abs(py(y + thick / 2) - py(y - thick / 2)) / 2
            return (f'<rect class="bar" x="{_f(min(px(x0), px(x1)))}" y="{_f(py(y) - half)}" '
                    f'width="{_f(abs(px(x1) - px(x0)))}" height="{_f(2 * half)}" fill="{colour}"/>')
        if kind == "vline":
            _, v, colour, w = op
            return f'<line x1="{_f(px(v))}" y1="{_f(top)}" x2="{_f(px(v))}" y2="{_f(top + height)}" stroke="{colour}" stroke-width="{w:g}"/>'
        if kind == "hline":
            _, v, colour, w = op
            return f'<line x1="{_f(left)}" y1="{_f(py(v))}" x2="{_f(left + width)}" y2="{_f(py(v))}" stroke="{colour}" stroke-width="{w:g}"/>'
        if kind == "xband":
            _, x0, x1, colour, opacity = op
            return (f'<rect class="band" x="{_f(px(x0))}" y="{_f(top)}" width="{_f(px(x1) - px(x0))}" '
                    f'height="{_f(height)}" fill="{colour}" fill-opacity="{opacity:g}"/>')
        if kind == "fill":
            _, xs, lows, highs, colour, opacity = op
            parts = []
            for run in _runs([i for i in range(len(xs)) if lows[i] is not None and highs[i] is not None]):
                upper = [f"{_f(px(xs[i]))},{_f(py(highs[i]))}" for i in run]
                lower = [f"{_f(px(xs[i]))},{_f(py(lows[i]))}" for i in reversed(run)]
                parts.append(f'<polygon points="{" ".join(upper + lower)}" fill="{colour}" fill-opacity="{opacity:g}"/>')
            return "".join(parts)
        if kind == "xrange":
            _, y, x0, x1, colour = op
            return (f'<path class="errorbar" d="M{_f(px(x0))},{_f(py(y))}H{_f(px(x1))}M{_f(px(x0))},{_f(py(y) - 3)}v6'
                    f'M{_f(px(x1))},{_f(py(y) - 3)}v6" stroke="{colour}" stroke-width="1.2" fill="none"/>')
        if kind == "text":
            _, x, y, text, anchor, colour, size, axes = op
            tx_, ty_ = (left + x * width, top + (1 - y) * height) if axes else (px(x), py(y))
            return (f'<text class="note" x="{_f(tx_)}" y="{_f(ty_)}" text-anchor="{anchor}" font-size="{size:g}" '
                    f'fill="{colour}">{escape(text)}</text>')
        raise ValueError(kind)


def _fit(fmt: Callable[[float], str] | None, ticks: Sequence[float]) -> Callable[[float], str] | None:
    """A formatter fitted to the ticks it labels (see `percent`)."""
    return fmt.fit(ticks) if hasattr(fmt, "fit") else fmt


def _runs(indices: list[int]) -> list[list[int]]:
    """Consecutive indices grouped: [0, 1, 3] -> [[0, 1], [3]]."""
    runs: list[list[int]] = []
    for i in indices:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _data_label(label: str | None) -> str:
    return f' data-label="{escape(label, {chr(34): "&quot;"})}"' if label else ""


def _marker(style: Style, x: float, y: float) -> str:
    fill = "#fff" if style.hollow else style.colour
    return (f'<path class="marker" d="{marker_path(style.marker or "o", x, y, style.size)}" fill="{fill}" '
            f'stroke="{style.colour}" stroke-width="{1.4 if style.hollow else 0.6:g}"/>')


def _series(xs: list[float], ys: list[float | None], style: Style, label: str | None, px, py) -> str:
    """A line broken at missing values; markers where the style asks, and on every isolated point."""
    present = [i for i, y in enumerate(ys) if y is not None]
    runs = _runs(present)
    out = [f'<g class="series"{_data_label(label)}>']
    dash = f' stroke-dasharray="{style.dash}"' if style.dash else ""
    if style.width > 0:
        for run in runs:
            if len(run) > 1:
                pts = " ".join(f"{_f(px(xs[i]))},{_f(py(ys[i]))}" for i in run)
                out.append(f'<polyline class="line" points="{pts}" fill="none" stroke="{style.colour}" '
                           f'stroke-width="{style.width:g}" stroke-linejoin="round"{dash}/>')
    lone = {run[0] for run in runs if len(run) == 1}
    if style.marker:
        chosen = set(range(style.every[0], len(xs), style.every[1])) if style.every else set(range(len(xs)))
        marked = sorted((chosen & set(present)) | lone)
    else:
        marked = sorted(lone)
    lone_style = style if style.marker else Style(colour=style.colour, marker="o", size=max(style.width, 2.0))
    out += [_marker(lone_style, px(xs[i]), py(ys[i])) for i in marked]
    out.append("</g>")
    return "".join(out)


def _legend_sample(entry: LegendEntry, x: float, y: float) -> str:
    s = entry.style
    if entry.kind == "none":
        return ""
    if entry.kind == "bar":
        return f'<rect x="{_f(x)}" y="{_f(y - s.width / 2)}" width="22" height="{_f(s.width)}" fill="{s.colour}"/>'
    parts = []
    if s.width > 0:
        dash = f' stroke-dasharray="{s.dash}"' if s.dash else ""
        parts.append(f'<line x1="{_f(x)}" y1="{_f(y)}" x2="{_f(x + 22)}" y2="{_f(y)}" stroke="{s.colour}" '
                     f'stroke-width="{min(s.width, 3):g}"{dash}/>')
    if s.marker:
        parts.append(_marker(s, x + 11, y))
    return "".join(parts)


@dataclass
class Chart:
    """A grid of panels (`rows` x `cols`, filled row by row) under a title, with the legend and a
    caption beneath; `svg()` draws it, `write(path)` saves it."""
    panels: list[Panel | None]                 # None: an empty cell
    cols: int = 1
    width: float = 640
    panel_height: float = 250
    title: str = ""
    caption: str = ""
    legend: list[LegendEntry] | None = None     # default: every panel's labelled series, in order
    legend_title: str = ""
    legend_cols: int | None = None
    name: str = "chart"                         # prefix of the ids inside (unique within a page)

    def legend_entries(self) -> list[LegendEntry]:
        if self.legend is not None:
            return self.legend
        seen: dict[str, LegendEntry] = {}
        for panel in self.panels:
            for entry in (panel.legend if panel is not None else []):
                seen.setdefault(entry.label, entry)
        return list(seen.values())

    def _legend(self, y: float) -> tuple[str, float]:
        entries = self.legend_entries()
        if not entries:
            return "", 0.0
        pad = 8.0
        start = pad + (_text_width(self.legend_title, FONT_SIZE) + 10 if self.legend_title else 0)
        cell = max(_text_width(e.label, FONT_SIZE) + (0 if e.kind == "none" else 30) + 14 for e in entries)
        fit = max(1, int((self.width - start - pad) // cell))
        cols = min(self.legend_cols or fit, fit, len(entries))
        if len(entries) > cols:            # several rows: spread the columns over the width
            cell = max(cell, (self.width - start - pad) / cols)
        rows = -(-len(entries) // cols)
        out = ['<g class="legend" font-size="%g" fill="%s">' % (FONT_SIZE, TEXT)]
        if self.legend_title:
            out.append(f'<text x="{_f(pad)}" y="{_f(y + 12)}" font-weight="600">{escape(self.legend_title)}</text>')
        for i, entry in enumerate(entries):
            cx = start + (i % cols) * cell
            cy = y + 10 + (i // cols) * 20
            out.append(f'<g class="legend-entry"{_data_label(entry.label)}>{_legend_sample(entry, cx, cy)}'
                       f'<text x="{_f(cx + (0 if entry.kind == "none" else 30))}" y="{_f(cy + 4)}">'
                       f"{escape(entry.label)}</text></g>")
        out.append("</g>")
        return "".join(out), rows * 20 + 6

    def svg(self, sized: bool = False) -> str:
        """The chart as one <svg> element, no XML prolog. Inline (the default) it has no fixed size
        and scales with its viewBox to its container; `sized` gives it width and height (a file)."""
        cols = max(1, self.cols)
        rows = -(-len(self.panels) // cols)
        y = 6.0
        head = ""
        if self.title:
            lines = wrap(self.title, self.width - 16, TITLE_SIZE + 1)
            head = "".join(f'<text class="chart-title" x="8" y="{_f(y + 16 + 20 * i)}" font-size="{TITLE_SIZE + 1:g}" '
                           f'font-weight="600" fill="{INK}">{escape(t)}</text>' for i, t in enumerate(lines))
            y += 20 * len(lines) + 6
        body = []
        cell_w = self.width / cols
        for i, panel in enumerate(self.panels):
            r, c = divmod(i, cols)
            if panel is None:
                continue
            body.append(panel.render(c * cell_w, y + r * self.panel_height, cell_w, self.panel_height,
                                     f"{self.name}-clip{i}"))
        y += rows * self.panel_height
        legend, legend_h = self._legend(y)
        y += legend_h
        foot = ""
        if self.caption:
            lines = wrap(self.caption, self.width - 16, NOTE_SIZE)
            foot = "".join(f'<text class="caption" x="8" y="{_f(y + 13 + 14 * i)}" font-size="{NOTE_SIZE:g}" '
                           f'fill="{TEXT}">{escape(t)}</text>' for i, t in enumerate(lines))
            y += 14 * len(lines) + 6
        height = y + 6
        label = escape(self.title or " / ".join(p.title for p in self.panels if p is not None and p.title), {'"': "&quot;"})
        size = f'width="{_f(self.width)}" height="{_f(height)}" ' if sized else ""
        return (f'<svg xmlns="http://www.w3.org/2000/svg" {size}viewBox="0 0 {_f(self.width)} {_f(height)}" role="img" '
                f'aria-label="{label}" font-family="{FONT}" class="chart">'
                f"<title>{label}</title>{head}{''.join(body)}{legend}{foot}</svg>")

    def write(self, path: Path) -> None:
        """Save the chart as a standalone .svg file (written whole or not at all)."""
        path = Path(path)
        tmp = path.with_name(f".{path.name}.part")
        try:
            tmp.write_text('<?xml version="1.0" encoding="UTF-8"?>\n' + self.svg(sized=True) + "\n", encoding="utf-8")
            os.replace(tmp, path)
        except OSError as exc:
            raise LatitudeError(f"cannot write chart {path}: {exc.strerror or exc}") from exc
        finally:
            tmp.unlink(missing_ok=True)
