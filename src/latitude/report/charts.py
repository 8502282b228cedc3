"""Static charts of the profile (matplotlib, Agg): one per dimension, plus entropy, composite and
alliance discipline. Each renders to SVG text (for the HTML report) or PNG/PDF files (for papers)."""
from __future__ import annotations

import io
import re
from typing import Callable

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from latitude.profile import DIMENSIONS, Profile  # noqa: E402

PALETTE = ["#2563eb", "#dc2626", "#059669", "#d97706", "#7c3aed", "#0891b2", "#be185d", "#4d7c0f"]
DIMENSION_COLOURS = {"trade": "#2563eb", "products": "#0891b2", "alliance": "#7c3aed", "arms": "#dc2626",
                     "un": "#059669", "events": "#d97706"}
PERCENT = {"trade", "arms", "un"}

plt.rcParams.update({
    "font.family": "DejaVu Sans", "font.size": 9, "axes.spines.top": False, "axes.spines.right": False,
    "axes.edgecolor": "#9ca3af", "axes.labelcolor": "#374151", "xtick.color": "#4b5563",
    "ytick.color": "#4b5563", "axes.grid": True, "grid.color": "#e5e7eb", "grid.linewidth": 0.6,
    "legend.frameon": False, "svg.fonttype": "none",
})


def pole_colours(poles: list[str]) -> dict[str, str]:
    return {p: PALETTE[i % len(PALETTE)] for i, p in enumerate(poles)}


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
    dim = DIMENSIONS[dimension]
    colours = pole_colours(prof.poles)
    fig, ax = _figure()
    cps = prof.trends[prof.trends["dimension"] == dimension].set_index("pole")["change_points"]
    for pole in prof.poles:
        series = head[head["pole"] == pole].sort_values("year")
        if dimension == "alliance":
            ax.step(series["year"], series["value"] + 0.02 * prof.poles.index(pole), where="mid",
                    color=colours[pole], lw=2, label=pole)
        else:
            sparse = series["value"].notna().mean() < 0.6      # isolated years show as dots
            ax.plot(series["year"], series["value"], color=colours[pole], lw=1.8, label=pole,
                    marker="o" if sparse else None, ms=4)
        for year in cps.get(pole, []):
            y = series.loc[series["year"] == year, "value"]
            if len(y) and pd.notna(y.iloc[0]):
                ax.plot([year], [y.iloc[0]], marker="o", ms=6, mfc="white", mec=colours[pole], mew=1.6)
    if dimension == "alliance":
        ax.set_yticks([0, 1], ["no pact", "defence pact"])
        ax.set_ylim(-0.2, 1.3)
    else:
        if dimension in PERCENT:
            _percent_axis(ax)
        ax.set_ylim(bottom=0)
    ax.set_xlim(prof.years[0] - 0.5, prof.years[1] + 0.5)
    ax.set_title(f"{dim.label}: {dim.headline_label}", loc="left", fontsize=10, color="#111827")
    ax.legend(ncol=len(prof.poles), loc="upper left", bbox_to_anchor=(0, -0.1), fontsize=8)
    fig.subplots_adjust(bottom=0.22)
    return fig


def entropy_chart(prof: Profile) -> Figure | None:
    """Normalised entropy across the poles, one line per dimension (1 = evenly spread)."""
    ents = prof.entropy.dropna(subset=["entropy"])
    if ents.empty:
        return None
    fig, ax = _figure()
    for dim, group in ents.groupby("dimension", sort=False):
        g = group.sort_values("year")
        ax.plot(g["year"], g["entropy"], lw=1.8, color=DIMENSION_COLOURS.get(dim, "#374151"),
                label=DIMENSIONS[dim].label)
    ax.set_ylim(0, 1.05)
    ax.set_xlim(prof.years[0] - 0.5, prof.years[1] + 0.5)
    ax.set_title("Spread across the poles (normalised entropy; 1 = even, 0 = one pole)", loc="left",
                 fontsize=10, color="#111827")
    ax.legend(ncol=4, loc="upper left", bbox_to_anchor=(0, -0.1), fontsize=8)
    fig.subplots_adjust(bottom=0.22)
    return fig


def composite_chart(prof: Profile) -> Figure | None:
    """The weighted composites: closeness to each pole and the autonomy (spread) index, 0–100."""
    comp = prof.composite.dropna(subset=["value"])
    if comp.empty:
        return None
    colours = pole_colours(prof.poles)
    fig, ax = _figure(2.9)
    for pole in prof.poles:
        g = comp[(comp["index"] == "closeness") & (comp["pole"] == pole)].sort_values("year")
        ax.plot(g["year"], g["value"], color=colours[pole], lw=1.6, label=f"closeness to {pole}")
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
    has_points = "distance_patron" in disc and disc["distance_patron"].notna().any()
    fig, axes = plt.subplots(1, 2 if has_points else 1, figsize=(9.6, 2.8), dpi=110, squeeze=False)
    ax = axes[0][0]
    ax.plot(disc["year"], disc["sides_with_patron"], color=colours.get(prof.patron, "#2563eb"), lw=1.8,
            label=f"sides with {prof.patron}")
    ax.plot(disc["year"], disc["sides_with_rival"], color=colours.get(prof.rival, "#dc2626"), lw=1.8,
            label=f"sides with {prof.rival}")
    _percent_axis(ax)
    ax.set_ylim(0, 1)
    ax.set_title("Split votes", loc="left", fontsize=10, color="#111827")
    ax.legend(loc="upper left", bbox_to_anchor=(0, -0.1), fontsize=8)
    if has_points:
        ax2 = axes[0][1]
        ax2.plot(disc["year"], disc["distance_patron"], color=colours.get(prof.patron, "#2563eb"), lw=1.8,
                 label=f"to {prof.patron}")
        ax2.plot(disc["year"], disc["distance_rival"], color=colours.get(prof.rival, "#dc2626"), lw=1.8,
                 label=f"to {prof.rival}")
        ax2.set_title("Ideal-point distance", loc="left", fontsize=10, color="#111827")
        ax2.legend(loc="upper left", bbox_to_anchor=(0, -0.1), fontsize=8)
    fig.subplots_adjust(left=0.08, right=0.98, top=0.88, bottom=0.3, wspace=0.25)
    return fig


def all_charts(prof: Profile) -> dict[str, Figure]:
    """Every chart the profile supports, keyed by name (dimension keys, entropy, composite, discipline)."""
    makers: dict[str, Callable[[], Figure | None]] = {
        **{d: (lambda d=d: dimension_chart(prof, d)) for d in DIMENSIONS},
        "entropy": lambda: entropy_chart(prof),
        "composite": lambda: composite_chart(prof),
        "discipline": lambda: discipline_chart(prof),
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
