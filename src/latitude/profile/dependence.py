"""Dependence in detail: each dimension's figures with every pole and over the whole portfolio.

Where the profile shows each dimension's headline per pole, `dependence` adds what analysts read
beside it: both trade denominators, Barbieri's interdependence and the Keohane–Nye asymmetry, the
partner concentration (HHI), SIPRI's 5-year windows and supplier concentration, every alliance
obligation, the CINC ratio and the most exposed HS6 products. Keys, labels and captions come from
the dimension registry, and the figures from the same measure functions, so a number here is the
number the profile, the report and `check` show.

`dependence(...)` returns, per dimension key, a wide frame (for people) and a long frame with
columns dimension, year, period, iso3, partner, measure, value, source (partner "(all)" for
whole-portfolio measures such as the HHI).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pandas as pd

from latitude.catalogue import CatalogueLike, catalogue
from latitude.errors import LatitudeError
from latitude.measures.dimensions import DIMENSIONS

LONG_COLUMNS = ["dimension", "year", "period", "iso3", "partner", "measure", "value", "source"]
ALL = "(all)"
KEYS = ("trade", "alliance", "arms", "capabilities", "products")
# what the table for people shows per dimension (the long frame carries every measure)
TABLE_COLUMNS = {
    "trade": ["year", "partner", "exports", "imports", "export_share", "import_share", "trade_share",
              "trade_share_states", "interdependence", "asymmetry", "source"],
    "alliance": ["year", "partner", "atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul",
                 "cow_defense", "cow_entente"],
    "arms": ["period", "partner", "tiv", "total_tiv", "share", "hhi", "top_supplier", "source"],
    "capabilities": ["year", "partner", "cinc_focal", "cinc_partner", "ratio"],
    "products": ["year", "hs6", "imports_usd", "suppliers", "supplier_hhi", "dependence", "eu_dependency",
                 "cepii_dependency"],
}


@dataclass
class DependenceView:
    """One dimension's figures: wide (one row per year or period and partner) and long."""

    key: str
    wide: pd.DataFrame
    long: pd.DataFrame

    @property
    def caption(self) -> str:
        dim = DIMENSIONS[self.key]
        return f"{dim.definition} {dim.caveat}"


def _long(frame: pd.DataFrame, dimension: str, measures: list[str], partner: str | None = "partner") -> pd.DataFrame:
    """Melt a measure frame into the long layout (partner None: a whole-portfolio measure)."""
    if frame.empty:
        return pd.DataFrame(columns=LONG_COLUMNS)
    base = frame.assign(dimension=dimension,
                        period=frame["period"] if "period" in frame else frame["year"].astype(str),
                        partner=frame[partner] if partner is not None else ALL)
    out = base.melt(id_vars=["dimension", "year", "period", "iso3", "partner", "source"], value_vars=measures,
                    var_name="measure", value_name="value")
    out["value"] = pd.to_numeric(out["value"], errors="coerce").astype("float64")
    return out[LONG_COLUMNS]


def trade_view(cat, focal: str, poles: list[str], years, window: int) -> DependenceView:
    """Shares of both denominators, Barbieri/Keohane–Nye where GDP is loaded, partner concentration."""
    from latitude.measures import trade

    shares = trade.trade_dependence(cat, focal, poles, years)
    measures = ["exports", "imports", "total", "export_share", "import_share", "trade_share", "export_share_states",
                "import_share_states", "trade_share_states"]
    wide = shares[["year", "iso3", "partner", *measures, "source"]]
    long = [_long(wide, "trade", measures)]
    if cat.has(trade.GDP):
        inter = trade.trade_interdependence(cat, focal, poles, years)
        keep = ["salience", "symmetry", "interdependence", "dependence_focal", "dependence_partner", "asymmetry"]
        wide = wide.merge(inter[["year", "partner", *keep]], on=["year", "partner"], how="left")
        long.append(_long(inter, "trade", keep))
    conc = trade.trade_concentration(cat, focal, years)
    conc = conc[conc["flow"] == "total"].rename(columns={"hhi": "hhi_total", "hhi_normalised": "hhi_normalised_total"})
    long.append(_long(conc.drop(columns="top_partner"), "trade", ["hhi_total", "hhi_normalised_total"], partner=None))
    return DependenceView("trade", wide, pd.concat(long, ignore_index=True))


def alliance_view(cat, focal: str, poles: list[str], years, window: int) -> DependenceView:
    from latitude.measures import security

    frame = security.alliance_portfolio(cat, focal, poles, years)
    flags = [*security.ATOP_FLAGS, "atop_any", *security.COW_FLAGS, "cow_any"]
    return DependenceView("alliance", frame, _long(frame, "alliance", flags))


def arms_view(cat, focal: str, poles: list[str], years, window: int) -> DependenceView:
    from latitude.measures import security

    imports = security.arms_imports(cat, focal, poles, years, window)
    conc = security.arms_concentration(cat, focal, years, window)
    wide = imports.merge(conc[["period", "hhi", "top_supplier", "top_share"]], on="period", how="left")
    wide = wide.rename(columns={"supplier": "partner"}).drop(columns=["supplier_name"])
    exports = security.arms_exports(cat, focal, years=years, window=window).rename(columns={"recipient": "partner"})
    long = pd.concat([_long(imports.rename(columns={"supplier": "partner"}), "arms", ["tiv", "share"]),
                      _long(conc, "arms", ["total_tiv", "hhi", "hhi_normalised", "top_share"], partner=None),
                      _long(exports.rename(columns={"tiv": "export_tiv", "share": "export_share"}), "arms",
                            ["export_tiv", "export_share"])],
                     ignore_index=True)
    return DependenceView("arms", wide, long)


def capabilities_view(cat, focal: str, poles: list[str], years, window: int) -> DependenceView:
    from latitude.measures import security

    frame = security.capability_ratios(cat, focal, poles, years)
    return DependenceView("capabilities", frame, _long(frame, "capabilities", ["cinc_focal", "cinc_partner", "ratio"]))


def products_view(cat, focal: str, poles: list[str], years, window: int) -> DependenceView:
    """The most exposed HS6 products (`measures.products.exposed_products`) in the last year asked for."""
    from latitude.measures.products import exposed_products

    frame = exposed_products(cat, focal, year=years[1] if years else None)
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
    return DependenceView("products", frame, long[LONG_COLUMNS])


VIEWS: dict[str, Callable[..., DependenceView]] = {
    "trade": trade_view, "alliance": alliance_view, "arms": arms_view, "capabilities": capabilities_view,
    "products": products_view,
}


def dependence(con: CatalogueLike, focal: str, poles: Sequence[str], dimensions: Sequence[str] = KEYS,
               years: tuple[int, int] | None = None, window: int = 5) -> tuple[dict[str, DependenceView], list[str]]:
    """Each requested dimension's views, and notes on the dimensions skipped.

    With several dimensions, one whose data are not loaded or do not cover the years is skipped
    with a note; asked for alone, it is an error.
    """
    if window not in (1, 5):
        raise LatitudeError(f"--window must be 1 (yearly) or 5 (SIPRI's 5-year periods), not {window}")
    unknown = [d for d in dimensions if d not in VIEWS]
    if unknown:
        raise LatitudeError(f"unknown dimension '{unknown[0]}': choose from {', '.join(VIEWS)}")
    cat = catalogue(con)
    results: dict[str, DependenceView] = {}
    notes: list[str] = []
    for key in dimensions:
        try:
            results[key] = VIEWS[key](cat, focal, list(poles), years, window)
        except LatitudeError as exc:
            if len(dimensions) == 1:
                raise
            notes.append(f"{key} skipped: {exc}")
    if not results:
        raise LatitudeError(f"no dimension has data for these countries and years ({notes[0]}); check --years "
                            "and `latitude data status`")
    return results, notes
