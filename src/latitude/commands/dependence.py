"""`latitude dependence KOR --poles USA,CHN,JPN`: trade, alliance, arms and capability dependence.

csv/json output is one long table with columns dimension, year, period, iso3, partner, measure,
value, source (partner "(all)" for whole-portfolio measures such as the HHI); table output
prints one wide table per dimension.
"""
from __future__ import annotations

import importlib
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Callable, Optional

import duckdb
import pandas as pd
import typer

from latitude import store, validate
from latitude.commands._common import (FormatOption, OutputFormat, StoreOption, YearsOption, chart, emit,
                                       err_console, plot_option)
from latitude.errors import LatitudeError
from latitude.measures import security, trade

LONG_COLUMNS = ["dimension", "year", "period", "iso3", "partner", "measure", "value", "source"]
ALL = "(all)"
# What the rich table shows per dimension (csv/json carry every measure).
TABLE_COLUMNS = {
    "trade": ["year", "partner", "exports", "imports", "export_share", "import_share", "trade_share",
              "interdependence", "asymmetry"],
    "alliances": ["year", "partner", "atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul",
                  "cow_defense", "cow_entente"],
    "arms": ["period", "partner", "tiv", "total_tiv", "share", "hhi", "top_supplier"],
    "capabilities": ["year", "partner", "cinc_focal", "cinc_partner", "ratio"],
    "products": ["year", "hs6", "imports_usd", "suppliers", "supplier_hhi", "dependence", "eu_dependency",
                 "cepii_dependency"],
}

CAPTIONS = {
    "trade": "COW Trade 4.0 (Barbieri & Keshk), million current USD; exports = partner-reported imports; "
             "GDP: Anders, Fariss & Markowitz (2020), 2011 PPP USD",
    "alliances": "ATOP 5.0 (Leeds et al.), to 2018; COW formal alliances (Gibler), to 2012",
    "arms": "SIPRI Arms Transfers Database, trend-indicator values (TIV, million)",
    "capabilities": "COW National Material Capabilities (Singer et al.), CINC",
    "products": "UN Comtrade or CEPII BACI (HS6), EU/CEPII dependency tests; details in `latitude products`",
}


def _products_available() -> bool:
    try:
        module = importlib.import_module("latitude.measures.products")
    except ImportError:
        return False
    return hasattr(module, "exposed_products")


DIMENSIONS = ["trade", "alliances", "arms", "capabilities"] + (["products"] if _products_available() else [])
Dimension = Enum("Dimension", {name: name for name in [*DIMENSIONS, "all"]}, type=str)


def _long(frame: pd.DataFrame, dimension: str, measures: list[str], partner: str | None = "partner") -> pd.DataFrame:
    """Melt a measure frame into the long CLI layout (partner None: a whole-portfolio measure)."""
    if frame.empty:
        return pd.DataFrame(columns=LONG_COLUMNS)
    base = frame.assign(dimension=dimension,
                        period=frame["period"] if "period" in frame else frame["year"].astype(str),
                        partner=frame[partner] if partner is not None else ALL)
    out = base.melt(id_vars=["dimension", "year", "period", "iso3", "partner", "source"], value_vars=measures,
                    var_name="measure", value_name="value")
    out["value"] = pd.to_numeric(out["value"], errors="coerce").astype("float64")
    return out[LONG_COLUMNS]


def trade_dimension(con: duckdb.DuckDBPyConnection, focal: str, poles: list[str],
                    years: tuple[int, int] | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Shares with each pole, Barbieri/Keohane–Nye where GDP is loaded, partner concentration."""
    shares = trade.trade_dependence(con, focal, poles, years)
    wide = shares[["year", "iso3", "partner", "exports", "imports", "total", "export_share", "import_share",
                   "trade_share", "source"]]
    long = [_long(wide, "trade", ["exports", "imports", "total", "export_share", "import_share", "trade_share"])]
    if store.has_table(con, trade.GDP):
        inter = trade.trade_interdependence(con, focal, poles, years)
        keep = ["salience", "symmetry", "interdependence", "dependence_focal", "dependence_partner", "asymmetry"]
        wide = wide.merge(inter[["year", "partner", *keep]], on=["year", "partner"], how="left")
        long.append(_long(inter, "trade", keep))
    conc = trade.trade_concentration(con, focal, years)
    conc = conc[conc["flow"] == "total"].rename(columns={"hhi": "hhi_total", "hhi_normalised": "hhi_normalised_total"})
    long.append(_long(conc.drop(columns="top_partner"), "trade", ["hhi_total", "hhi_normalised_total"],
                      partner=None))
    return wide, pd.concat(long, ignore_index=True)


def alliance_dimension(con: duckdb.DuckDBPyConnection, focal: str, poles: list[str],
                       years: tuple[int, int] | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    frame = security.alliance_portfolio(con, focal, poles, years)
    flags = [*security.ATOP_FLAGS, "atop_any", *security.COW_FLAGS, "cow_any"]
    return frame, _long(frame, "alliances", flags)


def arms_dimension(con: duckdb.DuckDBPyConnection, focal: str, poles: list[str], years: tuple[int, int] | None,
                   window: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    imports = security.arms_imports(con, focal, poles, years, window)
    conc = security.arms_concentration(con, focal, years, window)
    wide = imports.merge(conc[["period", "hhi", "top_supplier", "top_share"]], on="period", how="left")
    wide = wide.rename(columns={"supplier": "partner"}).drop(columns=["supplier_name"])
    long = pd.concat([_long(imports.rename(columns={"supplier": "partner"}), "arms", ["tiv", "share"]),
                      _long(conc, "arms", ["total_tiv", "hhi", "hhi_normalised", "top_share"], partner=None)],
                     ignore_index=True)
    return wide, long


def capability_dimension(con: duckdb.DuckDBPyConnection, focal: str, poles: list[str],
                         years: tuple[int, int] | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    frame = security.capability_ratios(con, focal, poles, years)
    return frame, _long(frame, "capabilities", ["cinc_focal", "cinc_partner", "ratio"])


def products_dimension(con: duckdb.DuckDBPyConnection, focal: str, poles: list[str],
                       years: tuple[int, int] | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The product-level engineer's `exposed_products` for the last year asked for."""
    from latitude.measures.products import exposed_products

    frame = exposed_products(con, focal, year=years[1] if years else None)
    flags = {c: frame[c].astype("boolean").astype("Float64") for c in ("eu_dependency", "cepii_dependency")
             if c in frame}
    frame = frame.assign(**flags)
    numeric = [c for c in frame.columns if pd.api.types.is_numeric_dtype(frame[c]) and c != "year"]
    key = "hs6" if "hs6" in frame.columns else frame.columns[0]
    long = frame.assign(dimension="products", year=frame["year"] if "year" in frame else pd.NA,
                        iso3=focal, partner=frame[key].astype(str),
                        source=frame["source"] if "source" in frame else "products")
    long = long.assign(period=long["year"].astype(str))
    long = long.melt(id_vars=["dimension", "year", "period", "iso3", "partner", "source"], value_vars=numeric,
                     var_name="measure", value_name="value")
    return frame, long[LONG_COLUMNS]


def compute(con: duckdb.DuckDBPyConnection, focal: str, poles: list[str], dimensions: list[str],
            years: tuple[int, int] | None, window: int) -> dict[str, tuple[pd.DataFrame, pd.DataFrame]]:
    """Each requested dimension's (wide, long) frames. With several dimensions, one whose data
    are not loaded or do not cover the years is skipped with a note; alone, it is an error."""
    builders: dict[str, Callable[[], tuple[pd.DataFrame, pd.DataFrame]]] = {
        "trade": lambda: trade_dimension(con, focal, poles, years),
        "alliances": lambda: alliance_dimension(con, focal, poles, years),
        "arms": lambda: arms_dimension(con, focal, poles, years, window),
        "capabilities": lambda: capability_dimension(con, focal, poles, years),
        "products": lambda: products_dimension(con, focal, poles, years),
    }
    results, skipped = {}, []
    for name in dimensions:
        try:
            results[name] = builders[name]()
        except LatitudeError as exc:
            if len(dimensions) == 1:
                raise
            skipped.append((name, exc))
    if not results:
        name, exc = skipped[0]
        raise LatitudeError(f"no dimension has data for these countries and years ({name}: {exc}); check --years "
                            "and `latitude data status`")
    for name, exc in skipped:
        print(f"note: {name} skipped: {exc}", file=sys.stderr)
    return results


def plot(results: dict[str, tuple[pd.DataFrame, pd.DataFrame]], focal: str, path: Path) -> None:
    """One panel per dimension, each captioned with its sources."""
    from matplotlib.ticker import MaxNLocator

    with chart(path, (9, 3.2 * len(results)), rows=len(results)) as axes:
        for ax, (name, (wide, _)) in zip(axes, results.items()):
            if name == "trade":
                for partner, group in wide.groupby("partner"):
                    ax.plot(group["year"], group["trade_share"], marker=".", label=partner)
                ax.set_ylabel(f"share of {focal}'s trade")
            elif name == "alliances":
                for i, (_, group) in enumerate(wide.groupby("partner", sort=False)):
                    for flag, colour, label in (("atop_any", "lightgray", "any ATOP obligation"),
                                                ("atop_defense", "black", "ATOP defence pact")):
                        spans = [(y - 0.5, 1) for y in group.loc[group[flag] == 1, "year"]]
                        ax.broken_barh(spans, (i - 0.3, 0.6), color=colour, label=label if i == 0 else None)
                ax.set_yticks(range(wide["partner"].nunique()), list(wide["partner"].drop_duplicates()))
            elif name == "arms":
                for partner, group in wide.groupby("partner"):
                    ax.plot(group["year"], group["share"], marker="o", label=partner)
                ax.set_ylabel(f"share of {focal}'s arms imports")
            elif name == "capabilities":
                for partner, group in wide.groupby("partner"):
                    ax.plot(group["year"], group["ratio"], label=partner)
                ax.set_yscale("log")
                ax.set_ylabel(f"CINC {focal} / pole")
            else:
                top = wide.head(10).iloc[::-1]
                flagged = top["cepii_dependency"].fillna(0).astype(bool) | top["eu_dependency"].fillna(0).astype(bool)
                ax.barh(top["hs6"].astype(str), top["imports_usd"] / 1e6, color=["firebrick" if f else "gray" for f in flagged])
                ax.set_ylabel("HS6 (red: EU/CEPII dependency)")
                ax.set_title(f"{focal}: products, imports in million USD ({int(wide['year'].iloc[0])})", loc="left")
            if name != "products":
                ax.xaxis.set_major_locator(MaxNLocator(integer=True))
                ax.set_title(f"{focal}: {name}", loc="left")
            ax.set_xlabel(f"Source: {CAPTIONS[name]}", fontsize=7)
            if ax.get_legend_handles_labels()[0]:
                ax.legend(fontsize=7, loc="best")


def register(app: typer.Typer) -> None:
    @app.command("dependence")
    def dependence(
        focal: Annotated[str, typer.Argument(help="Focal country, e.g. KOR or 'South Korea'.")],
        poles: Annotated[str, typer.Option("--poles", help="Great powers, comma-separated, e.g. USA,CHN,JPN.")]
            = "USA,CHN,JPN",
        dimension: Annotated[Dimension, typer.Option("--dimension", help="Which dependence to show.")] = Dimension.all,
        years: YearsOption = None,
        window: Annotated[int, typer.Option("--window", help="Arms imports: 1 (yearly) or 5 (SIPRI 5-year periods).")]
            = 5,
        format: FormatOption = OutputFormat.table,
        plot_path: Annotated[Optional[Path], typer.Option("--plot", help="Write a chart (PNG), one panel per dimension.",
                                                          show_default=False)] = None,
        store_path: StoreOption = None,
    ) -> None:
        """Trade, alliance, arms and capability dependence of FOCAL on each pole."""
        span = validate.parse_years(years)
        if window not in (1, 5):
            raise LatitudeError(f"--window must be 1 or 5, not {window}")
        who = trade.focal_country(validate.name(focal, "FOCAL"))
        pole_list = validate.country_list(poles, "--poles", exclude={who.iso3: "the focal country"})
        plot_path = plot_option(plot_path)
        chosen = DIMENSIONS if dimension.value == "all" else [dimension.value]
        con = store.connect(store_path, read_only=True)
        try:
            results = compute(con, who.iso3, pole_list, chosen, span, window)
        finally:
            con.close()
        if plot_path is not None:
            plot(results, who.iso3, plot_path)
            err_console.print(f"chart written to {plot_path}")
        if OutputFormat(format) is OutputFormat.table:
            for name, (wide, _) in results.items():
                shown = wide[[c for c in TABLE_COLUMNS[name] if c in wide]] if name in TABLE_COLUMNS else wide
                emit(shown, format, title=f"{who.name}: {name}",
                     caption=f"Source: {CAPTIONS[name]}")
        else:
            emit(pd.concat([long for _, long in results.values()], ignore_index=True), format)
