"""`latitude stress` and `latitude diversify`."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import pandas as pd
import typer

from latitude import store, validate
from latitude.commands._common import (FormatOption, OutputFormat, StoreOption, console, emit, note,
                                       plot_option)
from latitude.errors import LatitudeError


def _plot_stress(result, path: Path) -> None:
    """Horizontal bars per actor: share of exports lost to the right, of imports lost to the left."""
    from latitude.report.svg import Chart, Panel

    summary = result.summary
    actors = list(summary["actor"])
    panel = Panel(title=f"{result.scenario.name} ({result.year})",
                  xlabel="share of the actor's trade at risk (%)  ← imports | exports →",
                  yticks=[(i, str(a)) for i, a in enumerate(actors)], ylim=(-0.6, len(actors) - 0.4),
                  yinverted=True, grid="x")
    for i, row in enumerate(summary.itertuples(index=False)):
        if not pd.isna(row.pct_exports):          # a missing share draws no bar (never a 0)
            panel.hbar(i, 0, row.pct_exports, "#c0392b", 0.8, label="% of exports lost")
        if not pd.isna(row.pct_imports):
            panel.hbar(i, -row.pct_imports, 0, "#2c3e50", 0.8, label="% of imports lost")
    panel.vline(0, "#111827", 0.8)
    Chart([panel], panel_height=90 + 28 * len(actors), name="stress",
          caption=f"Sources: {', '.join(result.sources) or 'none'} (latitude cite)").write(path)


def _plot_frontier(result, focal: str, year: int, path: Path) -> None:
    """The diversification frontier, with today's position and the recommended point."""
    from latitude.report.svg import Chart, Panel, Style

    panel = Panel(title=f"{focal} trade diversification frontier, {year}",
                  xlabel="deviation from the gravity pattern  Σ(s−ŝ)²/ŝ",
                  ylabel="exposure  Σ share × UN distance × coercion scale")
    panel.line(result.points["deviation"], result.points["risk"], Style(colour="#1f77b4", width=1.5, marker="o",
                                                                        size=2.2), "frontier")
    panel.points([result.current_deviation], [result.current_risk], Style(colour="#c0392b", marker="o", size=4.5),
                 f"{focal} today")
    panel.points([result.recommended_deviation], [result.recommended_risk],
                 Style(colour="#27ae60", marker="*", size=7), "recommended")
    Chart([panel], panel_height=420, name="frontier", caption=f"Sources: {result.source} (latitude cite)").write(path)


def _coercion_key(poles: list[str]):
    """Resolve a --coercion key and require it to be one of the poles."""
    def key(text: str) -> str:
        code = validate.country(text, "--coercion country")
        if code not in poles:
            raise LatitudeError(f"--coercion names {code}, which is not among the poles {','.join(poles)}: "
                                "add it to --poles or drop its weight")
        return code
    return key


STRESS_TERMS = (
    "At risk: the trade the shocks remove, first-order (no rerouting or price effects), in billions of "
    "current US dollars. % of exports / imports: against the actor's total exports / imports that year; "
    "% of GDP: against its GDP. Asymmetry: the focal's loss in % of GDP divided by the pole's; above 1 the "
    "shock costs the focal more than the coercer, which is what makes a threat cheap (docs/scenarios.md).")


def _stress_tables(result, spec) -> None:
    summary = result.summary
    view = pd.DataFrame({
        "actor": summary["actor"], "role": summary["role"],
        "exports lost $bn": summary["exports_lost_usd"] / 1e9, "imports lost $bn": summary["imports_lost_usd"] / 1e9,
        "total lost $bn": summary["total_lost_usd"] / 1e9, "% of exports": summary["pct_exports"],
        "% of imports": summary["pct_imports"], "% of GDP": summary["pct_gdp"], "asymmetry": summary["asymmetry"]})
    money = {c: "decimals:2" for c in view.columns if c.endswith("$bn")}
    emit(view, OutputFormat.table, title=f"{spec.name}: trade at risk, {result.year}",
         formats={**money, "% of exports": "percent100", "% of imports": "percent100", "% of GDP": "percent100",
                  "asymmetry": "decimals:1"},
         caption=f"Sources: {', '.join(result.sources) or 'none'} (latitude cite). {STRESS_TERMS}")
    shocks = result.shocks
    emit(pd.DataFrame({"shock": shocks["shock"], "flows from": shocks["flows_source"],
                       "at risk $bn": shocks["value_at_risk_usd"] / 1e9, "note": shocks["note"]}),
         OutputFormat.table, title="Shocks", formats={"at risk $bn": "decimals:3"},
         caption="A tariff t with trade elasticity σ removes 1 − (1 + t)^−σ of the flow; a cut or restriction "
                 "removes its share.")
    if len(result.products):
        top = result.products.head(25)
        emit(pd.DataFrame({"hs6": top["hs6"], "shock": top["shock"], "lost $m": top["value_lost"] / 1e6,
                           "world HHI": top["world_hhi"], "spare capacity $m": top["spare_capacity"] / 1e6,
                           "ready substitute": top["substitutable"]}),
             OutputFormat.table, title="Products hit (largest 25)",
             formats={"lost $m": "decimals:1", "spare capacity $m": "decimals:1", "world HHI": "decimals:2"},
             caption="world HHI: concentration of the world market on the other side (1 = one country); spare "
                     "capacity: 10% of other countries' sales elsewhere; a ready substitute needs both spare "
                     "capacity above the loss and HHI ≤ 0.4.")
    for line in result.notes:
        note(f"note: {line}")


def _diversify_tables(result, focal: str, year: int, cut: float, window: int) -> None:
    weights = result.weights
    episodes = (weights["coercion"] - 1).clip(lower=0)
    emit(pd.DataFrame({"pole": weights["pole"], "UN distance": weights["distance"],
                       "coercion scale": weights["coercion"], "weight": weights["weight"]}),
         OutputFormat.table, title=f"Pole weights for {focal}, {year}",
         formats={"UN distance": "decimals:3", "coercion scale": "decimals:1", "weight": "decimals:3"},
         caption=f"UN distance: gap between {focal}'s and the pole's UN ideal points ({year - window + 1}-{year}, "
                 "static model), scaled so the farthest pole is 1. Coercion scale: 1 + the documented coercion "
                 "episodes the pole led in latitude's shipped scenarios (or --coercion). Weight = distance × "
                 "coercion: what one unit of trade share with the pole adds to exposure.")
    shifts = result.shifts
    show = pd.concat([shifts.head(8), shifts.tail(8)]).drop_duplicates("partner")
    gravity_risk = result.points["risk"].iloc[0]
    emit(pd.DataFrame({"partner": show["partner"], "today": show["current_share"], "gravity": show["expected_share"],
                       "recommended": show["recommended_share"], "change, points": 100 * show["shift"],
                       "change $bn": show["shift_usd"] / 1e9}),
         OutputFormat.table, title=f"{focal}: recommended shifts in its trade, {year} (largest cuts and increases)",
         formats={"today": "percent", "gravity": "percent", "recommended": "percent", "change, points": "decimals:1",
                  "change $bn": "decimals:1"},
         caption=f"Shares of {focal}'s trade with the partners in the gravity data, current USD, each flow as its importer reported it ({result.source.split(';')[0]}), the basis the gravity model is fitted on; the profile's trade shares take {focal}'s own reports against its world totals instead. today: {year}. gravity: the share a PPML "
                 "gravity model predicts from distance, contiguity, shared IGOs and both sides' total trade. "
                 f"recommended: the pattern closest to gravity whose exposure is {cut:.0%} below today's. A negative "
                 "change is trade to move away from that partner, a positive one trade to find there, in percentage "
                 f"points and in $bn at {year} totals. Exposure = Σ share × weight over the poles: "
                 f"{result.current_risk:.3f} today, {result.recommended_risk:.3f} recommended, {gravity_risk:.3f} at "
                 f"the gravity pattern. Deviation from gravity Σ(s−ŝ)²/ŝ: {result.current_deviation:.3f} today, "
                 f"{result.recommended_deviation:.3f} recommended.")
    for (_, row), record in zip(weights.iterrows(), episodes):
        moved = shifts[shifts["partner"] == row["pole"]]
        if not len(moved) or moved["shift"].iloc[0] <= 0 or record <= 0:
            continue
        pole, shift = row["pole"], moved.iloc[0]
        note(f"note: the recommendation raises trade with {pole} (+{100 * shift['shift']:.1f} points) although it "
             f"has a coercion record (coercion scale {row['coercion']:g}): its weight is low ({row['weight']:.3f} = "
             f"UN distance {row['distance']:.3f} × {row['coercion']:g}) because it votes much like {focal} in the "
             f"UN, and gravity expects {shift['expected_share']:.1%} of {focal}'s trade with it against "
             f"{shift['current_share']:.1%} today. Exposure counts political distance times coercion, not coercion "
             f"alone; to weigh {pole}'s record more, give it a larger scale (--coercion {pole}=50: weight "
             f"{50 * row['distance']:.2f}).")


def register(app: typer.Typer) -> None:
    @app.command("stress")
    def stress(focal: Annotated[str, typer.Argument(help="Focal country, e.g. KOR.")],
               scenario: Annotated[Path, typer.Argument(help="Scenario TOML file, or the name of a shipped example.")],
               year: Annotated[Optional[int], typer.Option(help="Year of the trade data (default: the scenario's).")] = None,
               store_path: StoreOption = None, format: FormatOption = OutputFormat.table,
               plot: Annotated[Optional[Path], typer.Option("--plot", help="Write the chart as SVG (FILE.svg).")] = None) -> None:
        """Coercion stress test: trade at risk for the focal and the cost to the coercer."""
        from latitude.scenarios.spec import example_scenarios, load_scenario
        from latitude.scenarios.stress import stress_test

        focal_iso3 = validate.country(focal, "FOCAL")
        year = None if year is None else validate.year(year, "--year")
        plot = plot_option(plot)
        examples = example_scenarios()
        path = scenario if scenario.exists() or str(scenario) not in examples else examples[str(scenario)]
        spec = load_scenario(path)
        if focal_iso3 != spec.focal:
            raise LatitudeError(f"{path} is written for {spec.focal}, not {focal_iso3}: change 'focal' in the file")
        con = store.connect(store_path, read_only=True)
        try:
            result = stress_test(con, spec, year)
        finally:
            con.close()
        if plot:
            _plot_stress(result, plot)
        if format is OutputFormat.table:
            _stress_tables(result, spec)
            return
        long = pd.concat([
            result.summary.melt(id_vars=["actor", "role"], var_name="measure").assign(table="summary"),
            result.shocks.rename(columns={"shock": "actor"}).melt(id_vars=["actor"], var_name="measure").assign(
                role="shock", table="shocks"),
        ], ignore_index=True)
        long["year"] = result.year
        long["scenario"] = spec.name
        long["source"] = ", ".join(result.sources)
        emit(long[["scenario", "year", "table", "actor", "role", "measure", "value", "source"]], format)

    @app.command("diversify")
    def diversify(focal: Annotated[str, typer.Argument(help="Focal country, e.g. KOR.")],
                  poles: Annotated[str, typer.Option("--poles", help="Poles, e.g. USA,CHN,JPN.")] = "USA,CHN,JPN",
                  year: Annotated[int, typer.Option(help="Year (the trade series covers 1870-2022).")] = 2014,
                  coercion: Annotated[Optional[str], typer.Option(
                      help="Coercion scale per pole, e.g. CHN=3,JPN=2, each 0-100 (default: 1 + documented "
                           "episodes).")] = None,
                  cut: Annotated[float, typer.Option(help="Exposure cut to aim for, as a fraction of today's "
                                                          "(between 0 and 1).")] = 0.25,
                  store_path: StoreOption = None, format: FormatOption = OutputFormat.table,
                  plot: Annotated[Optional[Path], typer.Option("--plot", help="Write the frontier as SVG (FILE.svg).")] = None) -> None:
        """Trade reallocation that cuts exposure to the poles most for the least departure from gravity."""
        from latitude.scenarios.diversify import diversification

        focal_iso3 = validate.country(focal, "FOCAL")
        pole_list = validate.country_list(poles, "--poles", exclude={focal_iso3: "the focal country"})
        year = validate.year(year, "--year")
        weights = validate.weights(coercion, "--coercion", key=_coercion_key(pole_list), low=0.0, high=100.0)
        cut = validate.number(cut, "--cut", 0.0, 1.0, low_open=True, high_open=True,
                              hint="e.g. 0.25 for a quarter less exposure")
        plot = plot_option(plot)
        con = store.connect(store_path, read_only=True)
        try:
            result = diversification(con, focal_iso3, pole_list, year, weights or None, cut=cut)
        finally:
            con.close()
        if plot:
            _plot_frontier(result, focal_iso3, year, plot)
        shifts = result.shifts.assign(year=year, focal=focal_iso3, source=result.source)
        if format is OutputFormat.table:
            _diversify_tables(result, focal_iso3, year, cut, window=5)
            for line in result.notes:
                note(f"note: {line}")
            return
        emit(shifts[["year", "focal", "partner", "current_share", "expected_share", "recommended_share", "shift",
                     "shift_usd", "source"]], format)

    @app.command("check")
    def check(article: Annotated[Path, typer.Argument(help="Article as UTF-8 text.")],
              date: Annotated[Optional[str], typer.Option(help="Article date YYYY-MM-DD (resolves 'on Thursday').")] = None,
              store_path: StoreOption = None, format: FormatOption = OutputFormat.table) -> None:
        """Extract an article's checkable claims and check each against the store."""
        article = validate.input_file(article, "article", text=True, max_bytes=validate.MAX_FILE_BYTES)
        date = None if date is None else validate.date(date).isoformat()
        from latitude.scenarios.claims import check_file      # after the checks: a bad input answers at once

        con = store.connect(store_path, read_only=True)
        try:
            table = check_file(con, article, date)
        finally:
            con.close()
        skipped = table.attrs.get("skipped_sentences", 0)
        note = (f"{skipped} sentences longer than {table.attrs['max_sentence']} characters were not read"
                if skipped else None)
        if format is OutputFormat.table:
            if table.empty:
                console.print("no checkable claims found (docs/claims.md lists the kinds of claims and how they are "
                              "written)" + (f"; {note}" if note else ""))
                return
            emit(table[["claim", "verdict", "figures", "years", "source"]], format, title=f"Claims in {article.name}",
                 caption=note)
            return
        emit(table, format)
