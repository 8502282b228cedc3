"""Static charts of the profile, drawn as SVG by latitude's own writer (`latitude.report.svg`):
one per dimension, plus entropy, composite and alliance discipline, and the events command's
series chart. Each is a `svg.Chart`: inline SVG in the HTML report, a .svg file for papers.

Lines that can coincide stay visible: every pole (and every dimension in the spread chart) has
its own marker, placed at interleaved years, so two series drawn on top of each other show both
sets of markers; the alliance chart gives each pole its own row. A legend lists only what is drawn.
Missing years break a line (never drawn as 0); an isolated year shows as a dot.
"""
from __future__ import annotations

from typing import Callable

import pandas as pd

from latitude import countries
from latitude.errors import LatitudeError
from latitude.profile import DIMENSIONS, Profile
from latitude.report.svg import Chart, LegendEntry, Panel, Style, percent

PALETTE = ["#2563eb", "#dc2626", "#059669", "#d97706", "#7c3aed", "#0891b2", "#be185d", "#4d7c0f"]
DIMENSION_COLOURS = {"trade": "#2563eb", "products": "#0891b2", "alliance": "#7c3aed", "arms": "#dc2626",
                     "un": "#059669", "events": "#d97706", "capabilities": "#4d7c0f"}
# one marker per series, never a plain circle: hollow circles mark change points
MARKERS = ["s", "^", "D", "v", "P", "X", "h", "*"]
PACT_WIDTH, NO_PACT_WIDTH = 9.0, 1.6      # the alliance chart's bars, in viewBox units


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


def series_style(index: int, count: int, sparse: bool, colour: str, width: float = 1.8) -> Style:
    """The index-th of `count` series: its own marker, at years interleaved with the others' markers
    (every year when the series is sparse, so isolated values show)."""
    return Style(colour=colour, width=width, marker=MARKERS[index % len(MARKERS)], size=3.6,
                 every=None if sparse else (index, max(count, 2)))


def _panel(prof: Profile, title: str, **axes) -> Panel:
    """A panel over the profile's years (half a year of room each side), whole-year ticks."""
    return Panel(title=title, xlim=(prof.years[0] - 0.5, prof.years[1] + 0.5), xinteger=True, **axes)


def _by_year(prof: Profile, frame: pd.DataFrame, column: str) -> tuple[list[int], list]:
    """`column` of `frame` for every year of the profile's window (missing where it has no row),
    so that a year without a value breaks the line instead of being bridged."""
    years = list(range(prof.years[0], prof.years[1] + 1))
    values = frame.drop_duplicates("year").set_index("year")[column].reindex(years)
    return years, values.tolist()


def _chart(name: str, panel: Panel, legend_cols: int, height: float = 250, **kw) -> Chart:
    return Chart([panel], panel_height=height, legend_cols=legend_cols, name=f"chart-{name}", **kw)


def dimension_chart(prof: Profile, dimension: str) -> Chart | None:
    """The headline figure of one dimension for each pole over the years, change points marked."""
    head = prof.headline[prof.headline["dimension"] == dimension]
    if head["value"].notna().sum() == 0:
        return None
    if dimension == "alliance":
        return alliance_chart(prof)
    dim = DIMENSIONS[dimension]
    measure = dim.measure(dim.headline)
    colours = pole_colours(prof.poles)
    top = head["value"].max()
    panel = _panel(prof, _title(prof, f"{dim.label}: {measure.label}"),
                   ylim=(-0.04 * (top if top > 0 else 1), None),     # a series at 0 stays above the axis line
                   yformat=percent() if measure.unit == "share" else None)
    cps = prof.trends[prof.trends["dimension"] == dimension].set_index("pole")["change_points"]
    for i, pole in enumerate(prof.poles):
        series = head[head["pole"] == pole].sort_values("year")
        if series["value"].notna().sum() == 0:
            continue
        sparse = series["value"].notna().mean() < 0.6      # isolated years show as dots
        panel.line(*_by_year(prof, series, "value"), series_style(i, len(prof.poles), sparse, colours[pole]), pole)
        marks = [(year, series.loc[series["year"] == year, "value"]) for year in cps.get(pole, [])]
        marks = [(year, y.iloc[0]) for year, y in marks if len(y) and pd.notna(y.iloc[0])]
        if marks:
            panel.points([m[0] for m in marks], [m[1] for m in marks],
                         Style(colour=colours[pole], marker="o", size=5, hollow=True))
    return _chart(dimension, panel, len(prof.poles))


def year_runs(years: list[int], flags: list[bool]) -> list[tuple[int, int, bool]]:
    """Consecutive years with the same flag as (first, last, flag); a missing year breaks a run."""
    runs: list[tuple[int, int, bool]] = []
    for year, flag in zip(years, flags):
        if runs and runs[-1][2] == flag and runs[-1][1] == year - 1:
            runs[-1] = (runs[-1][0], year, flag)
        else:
            runs.append((year, year, flag))
    return runs


def alliance_chart(prof: Profile) -> Chart:
    """ATOP defence pacts with each pole, one row per pole: a thick bar in pact years, a thin line
    in years without a pact, nothing outside ATOP's coverage (so no pole hides another)."""
    head = prof.headline[prof.headline["dimension"] == "alliance"]
    colours = pole_colours(prof.poles)
    cps = prof.trends[prof.trends["dimension"] == "alliance"].set_index("pole")["change_points"]
    rows = list(reversed(prof.poles))                      # first pole on top
    panel = _panel(prof, "Alliances: ATOP defence pact with each pole", ylim=(-0.7, len(rows) - 0.3),
                   yticks=[(row, pole) for row, pole in enumerate(rows)], grid="x")
    for row, pole in enumerate(rows):
        series = head[head["pole"] == pole].dropna(subset=["value"]).sort_values("year")
        for first, last, pact in year_runs(series["year"].astype(int).tolist(), (series["value"] >= 0.5).tolist()):
            panel.hbar(row, first - 0.5, last + 0.5, colours[pole], PACT_WIDTH if pact else NO_PACT_WIDTH, pixels=True)
        years = list(cps.get(pole, []))
        if years:
            panel.points([y - 0.5 for y in years], [row] * len(years),
                         Style(colour=colours[pole], marker="o", size=5, hollow=True))
    legend = [LegendEntry("defence pact", Style(colour="#374151", width=PACT_WIDTH), "bar"),
              LegendEntry("no pact (each pole on its own row)", Style(colour="#374151", width=NO_PACT_WIDTH), "bar"),
              LegendEntry("blank: outside ATOP's coverage", Style(), "none")]
    return _chart("alliance", panel, 3, height=60 + 34 * len(rows), legend=legend)


def entropy_chart(prof: Profile) -> Chart | None:
    """Normalised entropy across the poles, one line per dimension (1 = evenly spread). Only
    dimensions with a value are drawn and listed; a dimension at 0 in every year (one pole only)
    sits just above the axis, and lines that coincide keep their own markers."""
    ents = prof.entropy.dropna(subset=["entropy"])
    if ents.empty:
        return None
    panel = _panel(prof, "Spread across the poles (normalised entropy; 1 = even, 0 = one pole)", ylim=(-0.06, 1.06))
    groups = [(dim, g.sort_values("year")) for dim, g in ents.groupby("dimension", sort=False)]
    for i, (dim, g) in enumerate(groups):
        span = g["year"].max() - g["year"].min() + 1
        label = DIMENSIONS[dim].label
        if g["entropy"].nunique() == 1:
            value = g["entropy"].iloc[0] + 0.0                     # + 0.0: a computed -0.0 reads "0"
            label += f" ({value:.2g} throughout)" if len(g) > 1 else f" ({int(g['year'].iloc[0])} only)"
        panel.line(*_by_year(prof, g, "entropy"), series_style(i, len(groups), len(g) / span < 0.6 or len(g) < 3,
                                                         DIMENSION_COLOURS.get(dim, "#374151")), label)
    return _chart("entropy", panel, 2)


def composite_chart(prof: Profile) -> Chart | None:
    """The weighted composites: closeness to each pole and the autonomy (spread) index, 0–100."""
    comp = prof.composite.dropna(subset=["value"])
    if comp.empty:
        return None
    colours = pole_colours(prof.poles)
    panel = _panel(prof, "Composite indices (0–100, weights shown beside)", ylim=(0, 105))
    g = comp[comp["index"] == "autonomy"].sort_values("year")
    counts = g.set_index("year")["dimensions"].str.count(",") + 1
    for year, n in counts.items():
        if n < counts.max():
            panel.xband(year - 0.5, year + 0.5)
    for i, pole in enumerate(prof.poles):
        c = comp[(comp["index"] == "closeness") & (comp["pole"] == pole)].sort_values("year")
        panel.line(*_by_year(prof, c, "value"), series_style(i, len(prof.poles), False, colours[pole], 1.6),
                   f"closeness to {pole}")
    panel.line(*_by_year(prof, g, "value"), Style(colour="#111827", width=2.4, dash="6 4"), "autonomy (spread) index")
    if (counts < counts.max()).any():
        panel.text(0.99, 0.03, "shaded: years with fewer dimensions", anchor="end", axes=True)
    return _chart("composite", panel, 2, height=270)


def discipline_chart(prof: Profile) -> Chart | None:
    """Split votes (patron and rival voted differently): share where the focal sided with each."""
    disc = prof.discipline
    if disc.empty or disc["sides_with_patron"].notna().sum() == 0:
        return None
    colours = pole_colours(prof.poles)
    panel = _panel(prof, f"Split votes between {prof.patron} and {prof.rival}", ylim=(-0.04, 1.04),
                   yformat=percent())
    for i, (who, column) in enumerate(((prof.patron, "sides_with_patron"), (prof.rival, "sides_with_rival"))):
        panel.line(*_by_year(prof, disc, column), series_style(i, 2, False, colours.get(who, PALETTE[i])),
                   f"{country_name(prof.focal)} sides with {who}")
    return _chart("discipline", panel, 2)


def idealpoint_chart(prof: Profile) -> Chart | None:
    """Ideal-point distance from the focal to the patron and to the rival, per year."""
    disc = prof.discipline
    if "distance_patron" not in disc or disc["distance_patron"].notna().sum() == 0:
        return None
    colours = pole_colours(prof.poles)
    panel = _panel(prof, f"Ideal-point distance from {country_name(prof.focal)}", ylim=(0, None))
    for i, (who, column) in enumerate(((prof.patron, "distance_patron"), (prof.rival, "distance_rival"))):
        panel.line(*_by_year(prof, disc, column), series_style(i, 2, False, colours.get(who, PALETTE[i])),
                   f"to {who}")
    return _chart("idealpoints", panel, 2)


def all_charts(prof: Profile) -> dict[str, Chart]:
    """Every chart the profile supports, keyed by name (dimension keys, entropy, composite, discipline,
    idealpoints)."""
    makers: dict[str, Callable[[], Chart | None]] = {
        **{d: (lambda d=d: dimension_chart(prof, d)) for d in DIMENSIONS},
        "entropy": lambda: entropy_chart(prof),
        "composite": lambda: composite_chart(prof),
        "discipline": lambda: discipline_chart(prof),
        "idealpoints": lambda: idealpoint_chart(prof),
    }
    out = {}
    for name, make in makers.items():
        chart = make()
        if chart is not None:
            out[name] = chart
    return out


def _period_x(period: str) -> float:
    """'2024' -> 2024.0, '2024-07' -> 2024.5 (a month at its start, as a fraction of the year)."""
    return int(period[:4]) + (int(period[5:7]) - 1) / 12 if len(period) == 7 else float(period)


def event_chart(frame: pd.DataFrame) -> Chart:
    """Net cooperation (top) and event counts (bottom) with each partner over time, from
    `latitude.measures.events.dyad_series`; periods without coverage break the lines."""
    monthly = frame["period"].str.len().eq(7).any()
    # Every period between the first and last, so that lines break over periods without coverage.
    span = [str(p) for p in pd.period_range(frame["period"].min(), frame["period"].max(), freq="M" if monthly else "Y")]
    xs = [_period_x(p) for p in span]
    focal = frame["iso3"].iloc[0] if len(frame) else ""
    origins = sorted({o for text in frame["source"].dropna() for o in str(text).split("+")})
    sample = " - includes bundled samples, not a series" if frame["sample"].any() else ""
    ticks = None
    if monthly and xs[-1] - xs[0] < 3:                 # a short window: label quarters
        ticks = [(_period_x(p), p) for p in span if p[5:7] in ("01", "04", "07", "10")]
    lim = (xs[0] - 0.5 / (12 if monthly else 1), xs[-1] + 0.5 / (12 if monthly else 1))
    top = Panel(title=f"{focal}: events with each partner ({'+'.join(origins)}){sample}", ylabel="net cooperation",
                xlim=lim, ylim=(-1.05, 1.05), xinteger=ticks is None, xticks=ticks)
    bottom = Panel(ylabel="events", xlim=lim, xinteger=ticks is None, xticks=ticks, ylim=(0, None))
    top.hline(0, "#6b7280", 0.8)
    for i, (partner, rows) in enumerate(frame.groupby("partner")):
        series = rows.set_index("period").reindex(span)
        colour = PALETTE[i % len(PALETTE)]
        top.line(xs, series["net_cooperation"].astype(float), Style(colour=colour, width=1.6, marker="o", size=2.8),
                 str(partner))
        bottom.line(xs, series["events"].astype(float), Style(colour=colour, width=1.6, marker=".", size=3.5))
    return Chart([top, bottom], panel_height=230, name="chart-events",
                 caption="net cooperation = (cooperation - conflict) / events (CAMEO quad classes)")
