"""`latitude stress` and `latitude diversify`."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import pandas as pd
import typer

from latitude import countries, store
from latitude.commands._common import FormatOption, OutputFormat, StoreOption, chart, console, emit
from latitude.errors import LatitudeError


def _plot_stress(result, path: Path) -> None:
    summary = result.summary
    caption = f"Sources: {', '.join(result.sources) or 'none'} (latitude cite)"
    with chart(path, (7, 3.2), caption, dpi=150, foot=0.05) as [ax]:
        ax.barh(summary["actor"], summary["pct_exports"].fillna(0), color="#c0392b", label="% of exports lost")
        ax.barh(summary["actor"], -summary["pct_imports"].fillna(0), color="#2c3e50", label="% of imports lost")
        ax.axvline(0, color="black", linewidth=0.8)
        ax.set_xlabel("share of the actor's trade at risk (%)  ← imports | exports →")
        ax.set_title(f"{result.scenario.name} ({result.year})", fontsize=10)
        ax.legend(fontsize=8, loc="lower right")


def _plot_frontier(result, focal: str, year: int, path: Path) -> None:
    caption = "Sources: cow_trade, cow_states, cow_igo, unvotes (latitude cite)"
    with chart(path, (6, 4), caption, dpi=150, foot=0.04) as [ax]:
        ax.plot(result.points["deviation"], result.points["risk"], marker="o", markersize=3, label="frontier")
        ax.scatter([result.current_deviation], [result.current_risk], color="#c0392b", zorder=3,
                   label=f"{focal} today")
        ax.scatter([result.recommended_deviation], [result.recommended_risk], color="#27ae60", marker="*", s=120,
                   zorder=3, label="recommended")
        ax.set_xlabel("deviation from gravity-expected pattern  Σ(s−ŝ)²/ŝ")
        ax.set_ylabel("exposure  Σ s_p·d_p·c_p")
        ax.set_title(f"{focal} trade diversification frontier, {year}", fontsize=10)
        ax.legend(fontsize=8)


def _parse_weights(text: str | None) -> dict[str, float]:
    """'CHN=3,JPN=2' -> {'CHN': 3.0, 'JPN': 2.0}"""
    out: dict[str, float] = {}
    for part in (text or "").split(","):
        if not part.strip():
            continue
        key, sep, value = part.partition("=")
        try:
            out[countries.iso3(key.strip())] = float(value)
        except ValueError as exc:
            raise LatitudeError(f"bad weight '{part}': write CHN=3,JPN=2") from exc
        if not sep:
            raise LatitudeError(f"bad weight '{part}': write CHN=3,JPN=2")
    return out


def register(app: typer.Typer) -> None:
    @app.command("stress")
    def stress(focal: Annotated[str, typer.Argument(help="Focal country, e.g. KOR.")],
               scenario: Annotated[Path, typer.Argument(help="Scenario TOML file, or the name of a shipped example.")],
               year: Annotated[Optional[int], typer.Option(help="Year of the trade data (default: the scenario's).")] = None,
               store_path: StoreOption = None, format: FormatOption = OutputFormat.table,
               plot: Annotated[Optional[Path], typer.Option("--plot", help="Write a PNG chart.")] = None) -> None:
        """Coercion stress test: trade at risk for the focal and the cost to the coercer."""
        from latitude.scenarios.spec import example_scenarios, load_scenario
        from latitude.scenarios.stress import stress_test

        examples = example_scenarios()
        path = scenario if scenario.exists() or str(scenario) not in examples else examples[str(scenario)]
        spec = load_scenario(path)
        focal_iso3 = countries.iso3(focal)
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
            emit(result.summary, format, title=f"{spec.name}: trade at risk, {result.year}",
                 caption=f"Sources: {', '.join(result.sources) or 'none'}")
            emit(result.shocks, format, title="Shocks")
            if len(result.products):
                emit(result.products.head(25), format, title="Products hit")
            for note in result.notes:
                console.print(f"[yellow]note:[/yellow] {note}")
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
                  year: Annotated[int, typer.Option(help="Year (COW dyadic trade covers to 2014).")] = 2014,
                  coercion: Annotated[Optional[str], typer.Option(
                      help="Coercion weights, e.g. CHN=3,JPN=2 (default: 1 + documented episodes).")] = None,
                  cut: Annotated[float, typer.Option(help="Exposure cut to aim for, as a fraction of today's.")] = 0.25,
                  store_path: StoreOption = None, format: FormatOption = OutputFormat.table,
                  plot: Annotated[Optional[Path], typer.Option("--plot", help="Write the frontier as PNG.")] = None) -> None:
        """Trade reallocation that cuts exposure to the poles most for the least departure from gravity."""
        from latitude.scenarios.diversify import diversification

        focal_iso3 = countries.iso3(focal)
        pole_list = [p for p in countries.parse_country_list(poles) if p != focal_iso3]
        con = store.connect(store_path, read_only=True)
        try:
            result = diversification(con, focal_iso3, pole_list, year, _parse_weights(coercion) or None, cut=cut)
        finally:
            con.close()
        if plot:
            _plot_frontier(result, focal_iso3, year, plot)
        shifts = result.shifts.assign(year=year, focal=focal_iso3,
                                      source="cow_trade (gravity: cow_states, cow_igo); unvotes ideal points")
        if format is OutputFormat.table:
            emit(result.weights, format, title="Pole weights (distance × coercion)")
            show = pd.concat([shifts.head(8), shifts.tail(8)]).drop_duplicates("partner")
            emit(show[["partner", "current_share", "expected_share", "recommended_share", "shift", "shift_usd"]],
                 format, title=f"{focal_iso3} recommended shifts, {year} (largest cuts and gains)",
                 caption=f"exposure {result.current_risk:.4f} today → {result.recommended_risk:.4f} recommended "
                         f"({cut:.0%} cut); gravity pattern {result.points['risk'].iloc[0]:.4f}; "
                         f"deviation from gravity {result.current_deviation:.4f} today, "
                         f"{result.recommended_deviation:.4f} recommended")
            return
        emit(shifts[["year", "focal", "partner", "current_share", "expected_share", "recommended_share", "shift",
                     "shift_usd", "source"]], format)

    @app.command("check")
    def check(article: Annotated[Path, typer.Argument(help="Article as UTF-8 text.")],
              date: Annotated[Optional[str], typer.Option(help="Article date YYYY-MM-DD (resolves 'on Thursday').")] = None,
              store_path: StoreOption = None, format: FormatOption = OutputFormat.table) -> None:
        """Extract an article's checkable claims and check each against the store."""
        from latitude.scenarios.claims import check_file

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
