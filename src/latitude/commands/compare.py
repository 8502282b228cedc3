"""`latitude compare STATES --poles A,B` and `latitude rank --poles A,B --year Y`.

Tables for people (one row per state), long tidy tables with csv/json (the columns of
`latitude.profile.compare.COLUMNS`), and for `compare` a chart of small multiples (`--plot`).
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import pandas as pd
import typer

from latitude import store, validate
from latitude.commands._common import FormatOption, OutputFormat, StoreOption, YearsOption, emit, err_console, plot_option
from latitude.errors import LatitudeError
from latitude.measures.dimensions import DIMENSIONS
from latitude.profile import compare as cmp
from latitude.measures.dimensions import parse_weights
from latitude.profile.coverage import coverages

PolesOption = Annotated[str, typer.Option("--poles", help="Poles, comma-separated, e.g. USA,CHN.")]
YearOption = Annotated[Optional[int], typer.Option(
    "--year", help="One year (default: the latest year most states report trade).", show_default=False)]
WeightsOption = Annotated[Optional[str], typer.Option(
    "--weights", help="Composite weights, e.g. trade=0.3,un=0.2 (others keep their defaults).", show_default=False)]
SHORT = {"trade": "trade", "alliance": "pact", "arms": "arms", "un": "UN", "capabilities": "CINC ratio",
         "products": "products", "events": "coop. events"}


# --------------------------------------------------------------------------- formatting

def _fmt(value: object, dimension: str, measure: str) -> str:
    if value is None or pd.isna(value):
        return "–"
    if dimension == cmp.COMPOSITE:
        return f"{value:.1f}"
    if measure in ("entropy", "balance"):
        return f"{value:.2f}"
    unit = DIMENSIONS[dimension].measure(measure).unit
    if unit == "share":
        return f"{100 * value:.1f}%"
    if unit == "flag":
        return "yes" if value >= 0.5 else "no"
    if unit == "count":
        return f"{value:,.0f}"
    return f"{value:.2f}"


def _cell(row: pd.Series) -> str:
    text = _fmt(row["value"], row["dimension"], row["measure"])
    carried = pd.notna(row["value"]) and pd.notna(row["age"]) and row["age"] > 0
    return text + "*" if carried and row["dimension"] != cmp.COMPOSITE else text


def _label(dimension: str, measure: str, pole: str) -> str:
    if dimension == cmp.COMPOSITE:
        return measure if pole == cmp.ALL else f"{measure} {pole}"
    return f"{SHORT[dimension]} {pole}"


def compare_table(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per state (and year), one column per dimension and pole, then the composite;
    carried values end in '*', missing ones are '–'. Dimensions without any value are left out
    (the caption says why)."""
    heads = {d.headline for d in DIMENSIONS.values()}
    keep = frame[frame["measure"].isin([*heads, "closeness", "autonomy"])]
    shown = keep.groupby("dimension")["value"].transform(lambda s: s.notna().any())
    keep = keep[shown]
    cells = keep.assign(column=[_label(d, m, p) for d, m, p in zip(keep["dimension"], keep["measure"], keep["pole"])],
                        text=keep.apply(_cell, axis=1))
    order = list(dict.fromkeys(cells["column"]))
    index = ["year", "state"] if cells["year"].nunique() > 1 else ["state"]
    rows = list(dict.fromkeys(zip(*[cells[c] for c in index])))
    table = cells.set_index([*index, "column"])["text"].unstack("column")
    table = table.reindex(index=pd.MultiIndex.from_tuples(rows, names=index) if len(index) > 1 else
                          pd.Index([r[0] for r in rows], name=index[0]), columns=order)
    table = table.reset_index()
    table.columns.name = None
    return table


def _notes(frame: pd.DataFrame) -> list[str]:
    """What the table's marks mean: carried values ('*') and missing ones ('–'), with the reasons."""
    heads = {d.headline for d in DIMENSIONS.values()}
    rows = frame[frame["measure"].isin(heads)]
    lines = []
    carried = rows[rows["value"].notna() & (rows["age"] > 0)]
    for (dim, year, age), group in carried.groupby(["dimension", "year", "age"]):
        who = sorted(set(group["iso3"]))
        everyone = len(who) == frame["iso3"].nunique()
        lines.append(f"* {DIMENSIONS[dim].label} {year}: value of {year - age} carried forward "
                     f"({'every state' if everyone else ', '.join(who)})")
    untied = frame[(frame["measure"] == "autonomy") & frame["value"].notna() & (frame["flag"] != "")]
    for reason, group in untied.groupby("flag", sort=False):
        lines.append(f"Autonomy, {', '.join(sorted(set(group['iso3'])))}: {reason}")
    missing = frame[frame["measure"].isin([*heads, "closeness", "autonomy"]) & frame["value"].isna()]
    # a reason that names its state ("no HS6 imports of KOR") is listed once for every state it applies to
    missing = missing.assign(flag=[f.replace(i, "the state") for f, i in zip(missing["flag"], missing["iso3"])])
    for (dim, reason), group in missing.groupby(["dimension", "flag"], sort=False):
        who = sorted(set(group["iso3"]))
        everyone = len(who) == frame["iso3"].nunique()
        label = "Composite" if dim == cmp.COMPOSITE else DIMENSIONS[dim].label
        lines.append(f"– {label}: {'every state' if everyone else ', '.join(who)}: {reason}")
    return lines


def sources_line(con, frame: pd.DataFrame) -> str:
    """The sources behind the figures, with version and years covered."""
    names = {p.strip() for s in frame["source"].dropna().unique() for p in str(s).split(";") if p.strip()}
    cover = coverages(con)
    parts = [f"{c.title} ({c.version}; {c.start}–{c.end})" for n, c in sorted(cover.items()) if n in names]
    return "Sources: " + "; ".join(parts) if parts else "Sources: none of the loaded sources answered"


def method_line(frame: pd.DataFrame) -> str:
    ranked = frame.loc[frame["measure"] == "closeness", "ranked"].dropna()
    n = f" ({int(ranked.max())} states ranked)" if len(ranked) else ""
    return ("Closeness (0–100): weighted mean of each dimension's figure min–max normalised across every state and "
            f"pole that year{n}; autonomy (0–100): weighted mean of the normalised entropy across the poles. "
            "Formulas and coverage rules: docs/profile.md, 'Compare and rank'.")


# --------------------------------------------------------------------------- chart

def plot(frame: pd.DataFrame, path: Path, title: str, caption: str) -> None:
    """Small multiples of `compare`'s figures, written to an SVG file with the caption at its foot.

    Over several years: one row of panels per dimension (then the composite), one panel per pole
    and one for the spread across the poles, one line per state. For one year: one panel per
    dimension, the states down the side and one dot per pole, joined so the gap between the
    poles reads at a glance."""
    from latitude.report.svg import Chart

    heads = {d.headline for d in DIMENSIONS.values()}
    data = frame[frame["measure"].isin([*heads, "closeness", "autonomy", "entropy"])]
    dims = [d for d in [*DIMENSIONS, cmp.COMPOSITE] if data.loc[data["dimension"] == d, "value"].notna().any()]
    if not dims:
        raise LatitudeError("--plot: no figures to draw for these states, poles and years")
    poles = [p for p in dict.fromkeys(data["pole"]) if p != cmp.ALL]
    states = list(dict.fromkeys(data["iso3"]))
    names = dict(zip(data["iso3"], data["state"]))
    if data["year"].nunique() == 1:
        panels = [(d, None) for d in dims if d != cmp.COMPOSITE] + \
                 ([(cmp.COMPOSITE, "closeness"), (cmp.COMPOSITE, "autonomy")] if cmp.COMPOSITE in dims else [])
        drawn, legend = _dots(panels, data, states, names, poles)
        chart = Chart(drawn, cols=3, width=1200, panel_height=70 + 20 * len(states), title=title, caption=caption,
                      legend=legend, legend_title="pole", name="compare")
    else:
        drawn, legend = _lines(dims, data, states, names, poles)
        chart = Chart(drawn, cols=len(poles) + 1, width=330 * (len(poles) + 1), panel_height=230, title=title,
                      caption=caption, legend=legend, name="compare")
    chart.write(path)


POLE_COLOURS = ("#1d4ed8", "#dc2626", "#059669", "#d97706", "#7c3aed", "#0891b2")


def _unit(dim: str) -> str | None:
    return DIMENSIONS[dim].measure(DIMENSIONS[dim].headline).unit if dim in DIMENSIONS else None


def _dots(panels, data, states, names, poles) -> tuple[list, list]:
    """One year: per panel the states down the side, a dot per pole joined by a thin line."""
    from latitude.report.svg import LegendEntry, Panel, Style, percent

    colour = {p: POLE_COLOURS[i % len(POLE_COLOURS)] for i, p in enumerate(poles)}
    drawn = []
    for dim, measure in panels:
        rows = data[(data["dimension"] == dim) & (data["measure"] != "entropy")]
        if measure is not None:
            rows = rows[rows["measure"] == measure]
        title = {"closeness": "Closeness to each pole (0–100)", "autonomy": "Autonomy (0–100)"}.get(
            measure, DIMENSIONS[dim].label + ": " + DIMENSIONS[dim].measure(DIMENSIONS[dim].headline).label
            if dim in DIMENSIONS else "")
        panel = Panel(title=title, yticks=[(i, names[s]) for i, s in enumerate(states)],
                      ylim=(-0.5, len(states) - 0.5), yinverted=True, grid="x",
                      xformat=percent() if _unit(dim) == "share" else None)
        if _unit(dim) == "flag":
            panel.xticks, panel.xlim = [(0, "no"), (1, "yes")], (-0.2, 1.2)
        for i, state in enumerate(states):
            mine = rows[(rows["iso3"] == state) & rows["value"].notna()]
            if len(mine) > 1:
                panel.line(mine["value"], [i] * len(mine), Style(colour="#9ca3af", width=1))
            for r in mine.itertuples(index=False):
                panel.points([r.value], [i], Style(colour=colour.get(r.pole, "#111827"), size=3.6,
                                                   marker="D" if r.pole == cmp.ALL else "o"))
            if mine.empty:
                panel.text(0.99, 1 - (i + 0.5) / len(states), "no data", anchor="end", axes=True)
        drawn.append(panel)
    legend = [LegendEntry(p, Style(colour=colour[p], width=0, marker="o", size=3.6)) for p in poles]
    return drawn, legend


def _lines(dims, data, states, names, poles) -> tuple[list, list]:
    """Several years: a row per dimension, a panel per pole and one for the spread, a line per state."""
    from latitude.report.svg import TAB10, TAB20, LegendEntry, Panel, Style, percent

    palette = TAB10 if len(states) <= 10 else TAB20
    colours = {s: palette[i % len(palette)] for i, s in enumerate(states)}
    years = range(int(data["year"].min()), int(data["year"].max()) + 1)
    drawn: list = []
    for dim in dims:
        rows = data[data["dimension"] == dim]
        label = "Composite" if dim == cmp.COMPOSITE else DIMENSIONS[dim].label
        for pole in [*poles, None]:
            if pole is None:
                panel_rows = rows[rows["measure"].isin(["entropy", "autonomy"])]
                what = "autonomy (0–100)" if dim == cmp.COMPOSITE else "spread across poles (entropy)"
            else:
                panel_rows = rows[(rows["pole"] == pole) & (rows["measure"] != "entropy")]
                what = f"closeness to {pole} (0–100)" if dim == cmp.COMPOSITE else f"with {pole}"
            if pole is None and panel_rows["value"].notna().sum() == 0 and dim not in cmp._TIES \
                    and dim != cmp.COMPOSITE:
                drawn.append(None)              # a ratio of power has no spread across poles
                continue
            panel = Panel(title=f"{label}: {what}", xinteger=True, xlim=(years[0] - 0.5, years[-1] + 0.5),
                          yformat=percent() if pole is not None and _unit(dim) == "share" else None)
            if panel_rows["value"].notna().sum() == 0:
                panel.text(0.5, 0.5, "no data", anchor="middle", axes=True, size=11)
                panel.ylim = (0, 1)
                panel.yticks = []
            for state in states:
                series = panel_rows[panel_rows["iso3"] == state].drop_duplicates("year").set_index("year")
                if series["value"].notna().sum() == 0:
                    continue
                panel.line(years, series["value"].reindex(years), Style(colour=colours[state], width=1.4))
                seen = series[series["age"].eq(0)]
                panel.points(seen.index, seen["value"], Style(colour=colours[state], marker="o", size=1.8))
            drawn.append(panel)
    legend = [LegendEntry(names[s], Style(colour=colours[s], width=2)) for s in states]
    return drawn, legend


def chart_caption(frame: pd.DataFrame, sources: str) -> str:
    """The chart's caption: what each panel shows, what is carried forward or missing, the
    normalisation, and the sources."""
    dims = [d for d in DIMENSIONS if frame.loc[frame["dimension"] == d, "value"].notna().any()]
    parts = [f"{DIMENSIONS[d].label}: {DIMENSIONS[d].headline_label}." for d in dims]
    if frame["year"].nunique() > 1:
        parts.append("A year without an observation takes the last observed value within the dimension's "
                     "carry-forward window (dots mark observed years); missing values are not drawn, never 0.")
    notes = [n.lstrip("*– ") for n in _notes(frame)]
    if notes and frame["year"].nunique() == 1:
        parts.append("Carried forward or missing: " + "; ".join(notes) + ".")
    return " ".join([*parts, method_line(frame), sources])


# --------------------------------------------------------------------------- rank table

def rank_table(frame: pd.DataFrame, by: str, top: int) -> tuple[pd.DataFrame, int]:
    """One row per state: each measure's value and rank side by side, sorted by `by` (a pole's
    closeness, or 'spread'); returns the first `top` rows (all with 0) and how many states there are."""
    measures = frame[["dimension", "measure", "pole"]].drop_duplicates()
    if measures["measure"].eq("balance").sum() > 1:          # more than two poles: the csv has every pair
        measures = measures[measures["measure"] != "balance"]
    table = None
    sort_key = None
    for row in measures.itertuples(index=False):
        part = frame[(frame["dimension"] == row.dimension) & (frame["measure"] == row.measure)
                     & (frame["pole"] == row.pole)]
        name = _label(row.dimension, row.measure, row.pole) if row.measure not in ("entropy", "balance") else \
            f"{row.measure} {row.pole}" if row.measure == "balance" else "entropy"
        cols = pd.DataFrame({"iso3": part["iso3"].to_numpy(),
                             name: [_fmt(v, row.dimension, row.measure) for v in part["value"]],
                             f"# {name}": part["rank"].astype("Int64").astype("string").fillna("–").to_numpy(),
                             f"_{name}": part["rank"].astype("Float64").to_numpy()})
        table = cols if table is None else table.merge(cols, on="iso3", how="outer")
        if (by == "spread" and row.measure in ("entropy", "autonomy")) or \
                (by == row.pole and row.measure not in ("entropy", "balance")):
            sort_key = f"_{name}"
    if table is None:
        return pd.DataFrame(), 0
    info = frame.groupby("iso3").agg(state=("state", "first"), observed=("observed", "first"),
                                     carried=("ages", lambda s: ",".join(sorted({a for v in s if v for a in v.split(",")}))),
                                     sources=("source", lambda s: "; ".join(sorted(
                                         {p.strip() for v in s.dropna() for p in str(v).split(";") if p.strip()}))))
    table = table.merge(info.reset_index(), on="iso3", how="left")
    if sort_key is not None:
        table = table.sort_values([sort_key, "state"], na_position="last")
    table = table.drop(columns=[c for c in table.columns if c.startswith("_")])
    shown = table if top <= 0 else table.head(top)
    front = ["state", "iso3"]
    return shown[front + [c for c in shown.columns if c not in (*front, "observed", "carried", "sources")]
                 + ["observed", "carried", "sources"]], len(table)


# --------------------------------------------------------------------------- commands

def _span(con, year: int | None, years: tuple[int, int] | None, weights: dict[str, float]) -> tuple[int, int]:
    if year is not None and years is not None:
        raise LatitudeError("give --year or --years, not both")
    if year is not None:
        return (year, year)
    return years or (cmp.default_year(con, weights),) * 2


def register(app: typer.Typer) -> None:
    @app.command("compare")
    def compare(
        states: Annotated[str, typer.Argument(help="States, comma-separated, e.g. KOR,AUS,JPN,VNM,IND.")],
        poles: PolesOption = "USA,CHN",
        years: YearsOption = None,
        year: YearOption = None,
        weights: WeightsOption = None,
        format: FormatOption = OutputFormat.table,
        plot_path: Annotated[Optional[Path], typer.Option(
            "--plot", help="Also draw small multiples (one panel per dimension and pole) to this SVG file (FILE.svg).",
            show_default=False)] = None,
        store_path: StoreOption = None,
    ) -> None:
        """STATES side by side on every dimension and the composite, with each pole.

        csv/json: long table, one row per year, state, dimension, measure and pole (columns in
        docs/profile.md, 'Compare and rank').
        """
        pole_list = validate.country_list(poles, "--poles")
        state_list = validate.country_list(states, "STATES", exclude={p: "also a pole" for p in pole_list})
        one_year = None if year is None else validate.year(year)
        span_given = validate.parse_years(years)
        weight_map = parse_weights(weights)
        plot_path = plot_option(plot_path)
        con = store.connect(store_path, read_only=True)
        try:
            span = _span(con, one_year, span_given, weight_map)
            frame = cmp.compare(con, state_list, pole_list, span, weight_map)
            sources = sources_line(con, frame)
        finally:
            con.close()
        when = f"{span[0]}" if span[0] == span[1] else f"{span[0]}–{span[1]}"
        title = f"{len(set(frame['iso3']))} states between {' and '.join(pole_list)}, {when}"
        if format is OutputFormat.table:
            caption = "\n".join([*_notes(frame), method_line(frame), sources])
            emit(compare_table(frame), format, title=title, caption=caption)
        else:
            emit(frame, format)
        if plot_path is not None:
            plot(frame, plot_path, title, chart_caption(frame, sources))
            err_console.print(f"chart written to {plot_path}", highlight=False)

    @app.command("rank")
    def rank(
        poles: PolesOption = "USA,CHN",
        year: YearOption = None,
        dimension: Annotated[Optional[str], typer.Option(
            "--dimension", help="Rank on one stored dimension (trade, alliance, arms, un, capabilities) or "
                                "composite (default: all).", show_default=False)] = None,
        by: Annotated[Optional[str], typer.Option(
            "--by", help="Table order: a pole (closeness to it) or 'spread' (default: the first pole).",
            show_default=False)] = None,
        top: Annotated[int, typer.Option("--top", help="Rows in the table, at most 1,000 (0: every state; csv/json "
                                                        "list all).")] = 25,
        weights: WeightsOption = None,
        format: FormatOption = OutputFormat.table,
        store_path: StoreOption = None,
    ) -> None:
        """Every state with data, ranked by closeness to each pole and by the spread across the poles.

        csv/json: long table with every state, dimension, measure and pole, its rank, the dimensions
        observed for the state that year, the age of carried values and the sources.
        """
        pole_list = validate.country_list(poles, "--poles")
        one_year = None if year is None else validate.year(year)
        rows = validate.integer(top, "--top", 0, validate.MAX_TOP, hint="0 lists every state")
        weight_map = parse_weights(weights)
        order = "spread" if (by or "").strip().lower() == "spread" else \
            validate.country(by, "--by") if by else pole_list[0]
        if order != "spread" and order not in pole_list:
            raise LatitudeError(f"--by {order} is not a pole: give one of {', '.join(pole_list)} or 'spread'")
        con = store.connect(store_path, read_only=True)
        try:
            span = _span(con, one_year, None, weight_map)
            frame = cmp.rank(con, pole_list, span[0], weight_map, dimension)
            sources = sources_line(con, frame)
        finally:
            con.close()
        if format is not OutputFormat.table:
            emit(frame, format)
            return
        shown = frame if dimension else frame[frame["dimension"] == cmp.COMPOSITE]
        table, total = rank_table(shown, order, rows)
        what = DIMENSIONS[dimension].label if dimension in DIMENSIONS else "Composite"
        title = (f"{what}, {span[0]}: {total} states with data between {' and '.join(pole_list)}, ordered by "
                 f"{'spread across the poles' if order == 'spread' else 'closeness to ' + order}"
                 f"{f' (first {len(table)}; --top 0 for all)' if len(table) < total else ''}")
        counts = shown.groupby(["measure", "pole"], sort=False)["ranked"].max().dropna()
        ranked = ", ".join(f"{m if p == cmp.ALL else m + ' ' + p} {int(n)}" for (m, p), n in counts.items())
        legend = (f"# = rank (1 = highest: closest, or most evenly spread). States ranked: {ranked}; a state "
                  "without a value is not comparable (the reason is in the csv/json 'flag').")
        columns = "observed: dimensions observed for the state that year; carried: dimension:years carried forward."
        caption = "\n".join([legend, columns, method_line(frame), sources])
        emit(table, format, title=title, caption=caption)
