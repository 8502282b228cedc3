"""Static charts of the profile (matplotlib, Agg): one per dimension, plus entropy, composite and
alliance discipline. Each renders to SVG text (for the HTML report) or PNG files (for papers).

Lines that can coincide stay visible: every pole (and every dimension in the spread chart) has
its own marker, placed at interleaved years, so two series drawn on top of each other show both
sets of markers; the alliance chart gives each pole its own row. A legend lists only what is drawn.
"""
from __future__ import annotations

import io
import re
from typing import Callable

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from matplotlib.lines import Line2D  # noqa: E402

from latitude import countries  # noqa: E402
from latitude.errors import LatitudeError  # noqa: E402
from latitude.profile import DIMENSIONS, Profile  # noqa: E402

PALETTE = ["#2563eb", "#dc2626", "#059669", "#d97706", "#7c3aed", "#0891b2", "#be185d", "#4d7c0f"]
DIMENSION_COLOURS = {"trade": "#2563eb", "products": "#0891b2", "alliance": "#7c3aed", "arms": "#dc2626",
                     "un": "#059669", "events": "#d97706", "capabilities": "#4d7c0f"}
# one marker per series, never a plain circle: hollow circles mark change points
MARKERS = ["s", "^", "D", "v", "P", "X", "h", "*"]

plt.rcParams.update({
    "font.family": "DejaVu Sans", "font.size": 9, "axes.spines.top": False, "axes.spines.right": False,
    "axes.edgecolor": "#9ca3af", "axes.labelcolor": "#374151", "xtick.color": "#4b5563",
    "ytick.color": "#4b5563", "axes.grid": True, "grid.color": "#e5e7eb", "grid.linewidth": 0.6,
    "legend.frameon": False, "svg.fonttype": "none",
})


def pole_colours(poles: list[str]) -> dict[str, str]:
    return {p: PALETTE[i % len(PALETTE)] for i, p in enumerate(poles)}


def country_name(iso3: str) -> str:
    """A country's English short name for titles; an unknown code shows as itself."""
    try:
        return countries.resolve(iso3).name
    except LatitudeError:
        return iso3


def _title(prof: Profile, text: str) -> str:
    """A chart title naming the focal state instead of "the focal"."""
    return text.replace("the focal's", f"{country_name(prof.focal)}'s").replace("the focal", country_name(prof.focal))


def _series_style(index: int, count: int, sparse: bool) -> dict:
    """Marker of the index-th of `count` series, at years interleaved with the others' markers
    (every year when the series is sparse, so isolated values show)."""
    return {"marker": MARKERS[index % len(MARKERS)], "ms": 4.2,
            "markevery": None if sparse else (index, max(count, 2))}


def _figure(height: float = 2.6) -> tuple[Figure, plt.Axes]:
    fig, ax = plt.subplots(figsize=(6.4, height), dpi=110)
    fig.subplots_adjust(left=0.09, right=0.98, top=0.9, bottom=0.14)
    return fig, ax


def _percent_axis(ax: plt.Axes) -> None:
    ax.yaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0, decimals=0))


def dimension_chart(prof: Profile, dimension: str) -> Figure | None:
    """The headline figure of one dimension for each pole over the years, change points marked."""
    head = prof.headline[prof.headline["dimension"] == dimension]
    if head["value"].notna().sum() == 0:
        return None
    if dimension == "alliance":
        return alliance_chart(prof)
    dim = DIMENSIONS[dimension]
    colours = pole_colours(prof.poles)
    fig, ax = _figure()
    cps = prof.trends[prof.trends["dimension"] == dimension].set_index("pole")["change_points"]
    for i, pole in enumerate(prof.poles):
        series = head[head["pole"] == pole].sort_values("year")
        if series["value"].notna().sum() == 0:
            continue
        sparse = series["value"].notna().mean() < 0.6      # isolated years show as dots
        ax.plot(series["year"], series["value"], color=colours[pole], lw=1.8, label=pole,
                **_series_style(i, len(prof.poles), sparse))
        for year in cps.get(pole, []):
            y = series.loc[series["year"] == year, "value"]
            if len(y) and pd.notna(y.iloc[0]):
                ax.plot([year], [y.iloc[0]], marker="o", ms=7, mfc="none", mec=colours[pole], mew=1.6)
    if dim.measure(dim.headline).unit == "share":
        _percent_axis(ax)
    top = head["value"].max()
    ax.set_ylim(-0.04 * (top if top > 0 else 1), None)    # a series at 0 stays above the axis line
    ax.set_xlim(prof.years[0] - 0.5, prof.years[1] + 0.5)
    ax.set_title(_title(prof, f"{dim.label}: {dim.measure(dim.headline).label}"), loc="left", fontsize=10,
                 color="#111827")
    ax.legend(ncol=len(prof.poles), loc="upper left", bbox_to_anchor=(0, -0.1), fontsize=8)
    fig.subplots_adjust(bottom=0.22)
    return fig


def _runs(years: list[int], flags: list[bool]) -> list[tuple[int, int, bool]]:
    """Consecutive years with the same flag as (first, last, flag); a missing year breaks a run."""
    runs: list[tuple[int, int, bool]] = []
    for year, flag in zip(years, flags):
        if runs and runs[-1][2] == flag and runs[-1][1] == year - 1:
            runs[-1] = (runs[-1][0], year, flag)
        else:
            runs.append((year, year, flag))
    return runs


def alliance_chart(prof: Profile) -> Figure:
    """ATOP defence pacts with each pole, one row per pole: a thick bar in pact years, a thin line
    in years without a pact, nothing outside ATOP's coverage (so no pole hides another)."""
    head = prof.headline[prof.headline["dimension"] == "alliance"]
    colours = pole_colours(prof.poles)
    cps = prof.trends[prof.trends["dimension"] == "alliance"].set_index("pole")["change_points"]
    fig, ax = _figure(0.9 + 0.42 * len(prof.poles))
    rows = list(reversed(prof.poles))                      # first pole on top
    for row, pole in enumerate(rows):
        series = head[head["pole"] == pole].dropna(subset=["value"]).sort_values("year")
        for first, last, pact in _runs(series["year"].astype(int).tolist(), (series["value"] >= 0.5).tolist()):
            ax.plot([first - 0.5, last + 0.5], [row, row], color=colours[pole], solid_capstyle="butt",
                    lw=9 if pact else 1.6)
        for year in cps.get(pole, []):
            ax.plot([year - 0.5], [row], marker="o", ms=8, mfc="white", mec=colours[pole], mew=1.6)
    ax.set_yticks(range(len(rows)), rows)
    ax.set_ylim(-0.7, len(rows) - 0.3)
    ax.grid(axis="y", visible=False)
    ax.set_xlim(prof.years[0] - 0.5, prof.years[1] + 0.5)
    ax.set_title("Alliances: ATOP defence pact with each pole", loc="left", fontsize=10, color="#111827")
    handles = [Line2D([], [], color="#374151", lw=9, solid_capstyle="butt", label="defence pact"),
               Line2D([], [], color="#374151", lw=1.6, label="no pact (each pole on its own row)"),
               Line2D([], [], color="none", label="blank: outside ATOP's coverage")]
    ax.legend(handles=handles, ncol=3, loc="upper left", bbox_to_anchor=(0, -0.18), fontsize=8,
              handlelength=1.6)
    fig.subplots_adjust(left=0.09, bottom=0.34)
    return fig


def entropy_chart(prof: Profile) -> Figure | None:
    """Normalised entropy across the poles, one line per dimension (1 = evenly spread). Only
    dimensions with a value are drawn and listed; a dimension at 0 in every year (one pole only)
    sits just above the axis, and lines that coincide keep their own markers."""
    ents = prof.entropy.dropna(subset=["entropy"])
    if ents.empty:
        return None
    fig, ax = _figure()
    groups = [(dim, g.sort_values("year")) for dim, g in ents.groupby("dimension", sort=False)]
    for i, (dim, g) in enumerate(groups):
        span = g["year"].max() - g["year"].min() + 1
        label = DIMENSIONS[dim].label
        if g["entropy"].nunique() == 1:
            label += f" ({g['entropy'].iloc[0]:.2g} throughout)" if len(g) > 1 else f" ({int(g['year'].iloc[0])} only)"
        ax.plot(g["year"], g["entropy"], lw=1.8, color=DIMENSION_COLOURS.get(dim, "#374151"), label=label,
                **_series_style(i, len(groups), sparse=len(g) / span < 0.6 or len(g) < 3))
    ax.set_ylim(-0.06, 1.06)
    ax.set_xlim(prof.years[0] - 0.5, prof.years[1] + 0.5)
    ax.set_title("Spread across the poles (normalised entropy; 1 = even, 0 = one pole)", loc="left",
                 fontsize=10, color="#111827")
    ax.legend(ncol=2, loc="upper left", bbox_to_anchor=(0, -0.1), fontsize=8)
    fig.subplots_adjust(bottom=0.22)
    return fig


def composite_chart(prof: Profile) -> Figure | None:
    """The weighted composites: closeness to each pole and the autonomy (spread) index, 0–100."""
    comp = prof.composite.dropna(subset=["value"])
    if comp.empty:
        return None
    colours = pole_colours(prof.poles)
    fig, ax = _figure(2.9)
    for i, pole in enumerate(prof.poles):
        g = comp[(comp["index"] == "closeness") & (comp["pole"] == pole)].sort_values("year")
        ax.plot(g["year"], g["value"], color=colours[pole], lw=1.6, label=f"closeness to {pole}",
                **_series_style(i, len(prof.poles), sparse=False))
    g = comp[comp["index"] == "autonomy"].sort_values("year")
    ax.plot(g["year"], g["value"], color="#111827", lw=2.4, ls="--", label="autonomy (spread) index")
    counts = g.set_index("year")["dimensions"].str.count(",") + 1
    for year, n in counts.items():
        if n < counts.max():
            ax.axvspan(year - 0.5, year + 0.5, color="#9ca3af", alpha=0.15, lw=0)
    if (counts < counts.max()).any():
        ax.text(0.99, 0.02, "shaded: years with fewer dimensions", transform=ax.transAxes, ha="right",
                fontsize=7, color="#6b7280")
    ax.set_ylim(0, 105)
    ax.set_xlim(prof.years[0] - 0.5, prof.years[1] + 0.5)
    ax.set_title("Composite indices (0–100, weights shown beside)", loc="left", fontsize=10, color="#111827")
    ax.legend(ncol=2, loc="upper left", bbox_to_anchor=(0, -0.1), fontsize=8)
    fig.subplots_adjust(bottom=0.27)
    return fig


def discipline_chart(prof: Profile) -> Figure | None:
    """Split votes (patron and rival voted differently): share where the focal sided with each."""
    disc = prof.discipline
    if disc.empty or disc["sides_with_patron"].notna().sum() == 0:
        return None
    colours = pole_colours(prof.poles)
    fig, ax = _figure()
    for i, (who, column) in enumerate(((prof.patron, "sides_with_patron"), (prof.rival, "sides_with_rival"))):
        ax.plot(disc["year"], disc[column], color=colours.get(who, PALETTE[i]), lw=1.8,
                label=f"{country_name(prof.focal)} sides with {who}", **_series_style(i, 2, sparse=False))
    _percent_axis(ax)
    ax.set_ylim(-0.04, 1.04)
    ax.set_xlim(prof.years[0] - 0.5, prof.years[1] + 0.5)
    ax.set_title(f"Split votes between {prof.patron} and {prof.rival}", loc="left", fontsize=10, color="#111827")
    ax.legend(ncol=2, loc="upper left", bbox_to_anchor=(0, -0.1), fontsize=8)
    fig.subplots_adjust(bottom=0.22)
    return fig


def idealpoint_chart(prof: Profile) -> Figure | None:
    """Ideal-point distance from the focal to the patron and to the rival, per year."""
    disc = prof.discipline
    if "distance_patron" not in disc or disc["distance_patron"].notna().sum() == 0:
        return None
    colours = pole_colours(prof.poles)
    fig, ax = _figure()
    for i, (who, column) in enumerate(((prof.patron, "distance_patron"), (prof.rival, "distance_rival"))):
        ax.plot(disc["year"], disc[column], color=colours.get(who, PALETTE[i]), lw=1.8, label=f"to {who}",
                **_series_style(i, 2, sparse=False))
    ax.set_ylim(bottom=0)
    ax.set_xlim(prof.years[0] - 0.5, prof.years[1] + 0.5)
    ax.set_title(f"Ideal-point distance from {country_name(prof.focal)}", loc="left", fontsize=10, color="#111827")
    ax.legend(ncol=2, loc="upper left", bbox_to_anchor=(0, -0.1), fontsize=8)
    fig.subplots_adjust(bottom=0.22)
    return fig


def all_charts(prof: Profile) -> dict[str, Figure]:
    """Every chart the profile supports, keyed by name (dimension keys, entropy, composite, discipline,
    idealpoints)."""
    makers: dict[str, Callable[[], Figure | None]] = {
        **{d: (lambda d=d: dimension_chart(prof, d)) for d in DIMENSIONS},
        "entropy": lambda: entropy_chart(prof),
        "composite": lambda: composite_chart(prof),
        "discipline": lambda: discipline_chart(prof),
        "idealpoints": lambda: idealpoint_chart(prof),
    }
    out = {}
    for name, make in makers.items():
        fig = make()
        if fig is not None:
            out[name] = fig
    return out


def to_svg(fig: Figure) -> str:
    """The figure as inline SVG markup (no XML prolog), then closed."""
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight")
    plt.close(fig)
    text = buf.getvalue()
    text = text[text.index("<svg"):]
    return re.sub(r'<svg ([^>]*?)width="[^"]*" height="[^"]*"', r'<svg \1', text, count=1)
