"""`latitude dependence KOR --poles USA,CHN,JPN`: each dimension's dependence in detail.

A thin shell over `latitude.profile.dependence` (dimension keys, labels and captions from the
registry). csv/json output is one long table with columns dimension, year, period, iso3, partner,
measure, value, source (partner "(all)" for whole-portfolio measures such as the HHI); table
output prints one wide table per dimension.
"""
from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import pandas as pd
import typer

from latitude import store, validate
from latitude.commands._common import (FormatOption, OutputFormat, StoreOption, YearsOption, emit,
                                       err_console, plot_option)
from latitude.measures.dimensions import DIMENSIONS

Dimension = Enum("Dimension", {name: name for name in ["trade", "alliance", "arms", "capabilities", "products", "all"]},
                 type=str)


def plot(results: dict, focal: str, path: Path) -> None:
    """One panel per dimension, each captioned with its sources; one legend under the panels
    (a partner has the same colour in every panel)."""
    import pandas as pd

    from latitude.report.charts import year_runs
    from latitude.report.svg import TAB10, Chart, Panel, Style

    partners: dict[str, str] = {}

    def colour(partner: str) -> str:
        return partners.setdefault(partner, TAB10[len(partners) % len(TAB10)])

    def lines(panel: Panel, wide: pd.DataFrame, column: str, marker: str | None, yearly: bool = True) -> None:
        for partner, group in wide.groupby("partner"):
            group = group.drop_duplicates("year").sort_values("year")
            # yearly series: a missing year breaks the line (arms in 5-year windows: one point a window)
            years = range(int(group["year"].min()), int(group["year"].max()) + 1) if yearly else group["year"]
            values = group.set_index("year")[column].reindex(years)
            panel.line(years, values, Style(colour=colour(str(partner)), width=1.5, marker=marker, size=2.6),
                       str(partner))

    panels = []
    for name, view in results.items():
        wide = view.wide
        source = f"Source: {', '.join(DIMENSIONS[name].sources)}"
        panel = Panel(title=f"{focal}: {name}", xlabel=source, xinteger=name != "products")
        if name == "trade":
            lines(panel, wide, "trade_share", ".")
            panel.ylabel = f"share of {focal}'s trade"
        elif name == "alliance":
            order = list(wide["partner"].drop_duplicates())
            for i, partner in enumerate(order):
                group = wide[wide["partner"] == partner]
                for flag, fill, label in (("atop_any", "#d1d5db", "any ATOP obligation"),
                                          ("atop_defense", "#111827", "ATOP defence pact")):
                    years = sorted(int(y) for y in group.loc[group[flag] == 1, "year"])
                    for first, last, _ in year_runs(years, [True] * len(years)):     # consecutive years: one bar
                        panel.hbar(i, first - 0.5, last + 0.5, fill, 0.6, label=label)
            panel.yticks, panel.ylim, panel.grid = list(enumerate(order)), (-0.6, len(order) - 0.4), "x"
        elif name == "arms":
            lines(panel, wide, "share", "o", yearly=wide["year"].drop_duplicates().diff().max() == 1)
            panel.ylabel = f"share of {focal}'s arms imports"
        elif name == "capabilities":
            lines(panel, wide.assign(ratio=wide["ratio"].where(wide["ratio"] > 0)), "ratio", None)
            panel.ylog, panel.ylabel = True, f"CINC {focal} / pole (log scale)"
        else:
            top = wide.head(10).iloc[::-1]
            flagged = top["cepii_dependency"].fillna(0).astype(bool) | top["eu_dependency"].fillna(0).astype(bool)
            labels = top["hs6"].astype(str).tolist()
            for i, (value, red) in enumerate(zip(top["imports_usd"] / 1e6, flagged)):
                if not pd.isna(value):
                    panel.hbar(i, 0, value, "#b22222" if red else "#808080", 0.8)
            panel.title = f"{focal}: products, imports in million USD ({int(wide['year'].iloc[0])})"
            panel.ylabel = "HS6 (red: EU/CEPII dependency)"
            panel.yticks, panel.ylim, panel.xlim, panel.grid = list(enumerate(labels)), (-0.6, len(labels) - 0.4), \
                (0, None), "x"
        panels.append(panel)
    Chart(panels, panel_height=300, name="dependence").write(path)


SOURCE_LABELS = {"cow_trade": "COW", "imf_dots": "DOTS", "comtrade_totals": "Comtrade"}


def _by_source(who, poles: list[str], span, format: OutputFormat, store_path) -> None:
    """The focal's trade with each pole from every source side by side (`trade_flows.overlap`), in the
    years at least two sources cover (or every year of --years)."""
    from latitude.measures.trade_flows import overlap

    con = store.connect(store_path, read_only=True)
    try:
        frames = [overlap(con, who.iso3, pole, span) for pole in poles]
    finally:
        con.close()
    frame = pd.concat(frames, ignore_index=True)
    if span is None:
        counts = frame.groupby(["year", "partner"])["source"].transform("nunique")
        frame = frame[counts > 1]
    if OutputFormat(format) is not OutputFormat.table:
        emit(frame.reset_index(drop=True), format)
        return
    for pole, rows in frame.groupby("partner", sort=False):
        wide = rows.assign(source=rows["source"].map(SOURCE_LABELS).fillna(rows["source"])).pivot_table(
            index="year", columns="source", values=["exports", "imports", "trade_share"], aggfunc="first")
        wide.columns = [f"{measure} {source}" for measure, source in wide.columns]
        wide = wide[sorted(wide.columns, key=lambda c: (c.split(" ")[0], c))].reset_index()
        emit(wide, format, title=f"{who.name} and {pole}: trade by source, million current USD",
             formats={c: ("percent" if c.startswith("trade_share") else "decimals:0") for c in wide.columns
                      if c != "year"},
             caption="exports: the focal's exports to the pole (DOTS and Comtrade: the focal's own report, else the "
                     "pole's imports from it; COW: its blend, mostly the importer's report, CIF); imports: the "
                     "focal's imports from the pole; trade_share: of the focal's total trade in that source. The "
                     "profile uses the first of DOTS, Comtrade, COW in which the focal reported (docs/dependence.md).")


def register(app: typer.Typer) -> None:
    @app.command("dependence")
    def dependence(
        focal: Annotated[str, typer.Argument(help="Focal country, e.g. KOR or 'South Korea'.")],
        poles: Annotated[str, typer.Option("--poles", help="Great powers, comma-separated, e.g. USA,CHN,JPN.")]
            = "USA,CHN,JPN",
        dimension: Annotated[Dimension, typer.Option("--dimension", help="Which dimension to show (default: all).")]
            = Dimension.all,
        years: YearsOption = None,
        window: Annotated[int, typer.Option("--window", help="Arms imports: 1 (yearly) or 5 (SIPRI 5-year periods).")]
            = 5,
        format: FormatOption = OutputFormat.table,
        plot_path: Annotated[Optional[Path], typer.Option("--plot", help="Write a chart (SVG, FILE.svg), one panel per dimension.",
                                                          show_default=False)] = None,
        by_source: Annotated[bool, typer.Option(
            "--by-source", help="Trade: each source's figures side by side in the years sources overlap "
                                "(how much COW, IMF DOTS and UN Comtrade disagree).")] = False,
        store_path: StoreOption = None,
    ) -> None:
        """Trade, alliance, arms and capability dependence of FOCAL on each pole."""
        from latitude import countries
        from latitude.profile.dependence import KEYS, TABLE_COLUMNS, dependence

        span = validate.parse_years(years)
        who = countries.resolve(validate.name(focal, "FOCAL"))
        pole_list = validate.country_list(poles, "--poles", exclude={who.iso3: "the focal country"})
        plot_path = plot_option(plot_path)
        chosen = list(KEYS) if dimension.value == "all" else [dimension.value]
        if by_source:
            _by_source(who, pole_list, span, format, store_path)
            return
        con = store.connect(store_path, read_only=True)
        try:
            results, notes = dependence(con, who.iso3, pole_list, chosen, span, window)
        finally:
            con.close()
        for note in notes:
            err_console.print(f"note: {note}", highlight=False)
        if plot_path is not None:
            plot(results, who.iso3, plot_path)
            err_console.print(f"chart written to {plot_path}")
        if OutputFormat(format) is OutputFormat.table:
            for name, view in results.items():
                shown = view.wide[[c for c in TABLE_COLUMNS[name] if c in view.wide]]
                emit(shown, format, title=f"{who.name}: {DIMENSIONS[name].label}", caption=view.caption)
        else:
            emit(pd.concat([view.long for view in results.values()], ignore_index=True), format)
