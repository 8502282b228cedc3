"""Coercion stress tests: what a scenario's shocks put at risk, for the focal and for the pole.

The arithmetic is deliberately first-order (no general-equilibrium rerouting): a shock removes
a fraction of the affected bilateral flows; the value removed is "at risk". For the focal it is
set against its total exports, imports and GDP; for the pole, against the same totals of the
pole — the cost of coercion to the coercer, whose asymmetry with the focal's loss is what makes
a threat credible (Hirschman 1945; Keohane & Nye 1977).

Flows come from the most detailed table in the store for that year: BACI (`baci_flows`,
HS6, thousand USD) if loaded, else UN Comtrade extracts (`comtrade_flows`), else — for shocks on
all goods only — COW dyadic trade (`cow_trade_dyadic`, million current USD, to 2014).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import duckdb
import numpy as np
import pandas as pd

from latitude import store
from latitude.errors import LatitudeError
from latitude.scenarios.spec import Scenario, Shock, product_matches

REDIRECTABLE_SHARE = 0.10   # share of other suppliers' sales elsewhere that could be redirected quickly
CONCENTRATED_HHI = 0.40     # world supply concentration above which a product has no ready substitute


@dataclass
class StressResult:
    """Figures of one stress test, each table carrying its source."""

    scenario: Scenario
    year: int
    summary: pd.DataFrame          # actor, role, *_lost_usd, pct_exports, pct_imports, pct_gdp, asymmetry
    shocks: pd.DataFrame           # one row per shock: label, flows_source, value_at_risk, note
    products: pd.DataFrame         # products hit: hs6, shock, value_lost, world_hhi, spare_capacity, substitutable
    sources: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- flows in the store

def _product_table(con: duckdb.DuckDBPyConnection, year: int) -> tuple[pd.DataFrame, str] | None:
    """All HS6 bilateral flows of `year` (exporter, importer, hs6, value_usd), from BACI or Comtrade
    (read as `measures.products.flows` reads them)."""
    from latitude.measures.products import PRODUCT_TABLES, flows

    for table in PRODUCT_TABLES:
        if not store.has_table(con, table):
            continue
        t = flows(con, table)
        df = t.filter((t.year == year) & t.exporter.notnull() & t.importer.notnull()).select(
            "exporter", "importer", "hs6", value_usd=t.value).to_pandas()
        if len(df):
            return df, table.removesuffix("_flows")
    return None


def _total_table(con: duckdb.DuckDBPyConnection, year: int, actors: list[str]) -> tuple[pd.DataFrame, pd.DataFrame, str] | None:
    """All-goods flows touching `actors` in `year` and the actors' national totals (COW trade)."""
    if not (store.has_table(con, "cow_trade_dyadic") and store.has_table(con, "cow_trade_national")):
        return None
    placeholders = ", ".join("?" for _ in actors)
    flows = con.execute(f"""
        WITH d AS (SELECT * FROM cow_trade_dyadic WHERE year = ?),
        k AS (SELECT DISTINCT ccode, iso3 FROM cow_trade_national WHERE iso3 IS NOT NULL)
        SELECT k2.iso3 AS exporter, k1.iso3 AS importer, 'TOTAL' AS hs6, d.flow1 * 1e6 AS value_usd
          FROM d JOIN k k1 ON d.ccode1 = k1.ccode JOIN k k2 ON d.ccode2 = k2.ccode
         WHERE d.flow1 IS NOT NULL AND (k1.iso3 IN ({placeholders}) OR k2.iso3 IN ({placeholders}))
        UNION ALL
        SELECT k1.iso3, k2.iso3, 'TOTAL', d.flow2 * 1e6
          FROM d JOIN k k1 ON d.ccode1 = k1.ccode JOIN k k2 ON d.ccode2 = k2.ccode
         WHERE d.flow2 IS NOT NULL AND (k1.iso3 IN ({placeholders}) OR k2.iso3 IN ({placeholders}))
    """, [year, *actors, *actors, *actors, *actors]).df()
    if not len(flows):
        return None
    totals = con.execute(f"""
        SELECT iso3, sum(exports) * 1e6 AS exports, sum(imports) * 1e6 AS imports FROM cow_trade_national
         WHERE year = ? AND iso3 IN ({placeholders}) GROUP BY iso3""", [year, *actors]).df()
    return flows, totals, "cow_trade"


def gdp_usd(con: duckdb.DuckDBPyConnection, iso3: str, year: int) -> tuple[float, str]:
    """GDP in current US dollars from the World Bank's WDI (`wdi_gdp`), the same unit as the
    current-dollar trade it is set against. A one-line LatitudeError says why there is none: the
    table is not loaded, the year is outside WDI's coverage, or the World Bank publishes no value."""
    from latitude.catalogue import catalogue

    first, last = catalogue(con).coverage("wdi_gdp")  # one-line error if the table is not loaded
    if first is not None and not (first <= year <= last):
        raise LatitudeError(f"no GDP for {year}: World Bank GDP in current USD (wdi_gdp) covers {first}-{last}")
    rows = con.execute("SELECT gdp_usd FROM wdi_gdp WHERE iso3 = ? AND year = ? AND gdp_usd IS NOT NULL",
                       [iso3, year]).fetchall()
    if not rows:
        raise LatitudeError(f"no GDP for {iso3} in {year}: the World Bank publishes no GDP in current USD for it")
    return float(rows[0][0]), "wdi_gdp"


# ---------------------------------------------------------------- the shock arithmetic

def affected_flows(flows: pd.DataFrame, shock: Shock, focal: str) -> pd.DataFrame:
    """Rows of `flows` that `shock` hits, with `value_lost` = reduction × value."""
    if shock.kind == "export_restriction":
        hit = flows[(flows["exporter"] == shock.by) & (flows["importer"] == focal)]
    else:  # import_cut and tariff: the pole buys less from the focal
        hit = flows[(flows["exporter"] == focal) & (flows["importer"] == shock.by)]
    if shock.products:
        mask = hit["hs6"].map(lambda code: any(product_matches(str(code), p) for p in shock.products))
        hit = hit[mask.astype(bool)]
    return hit.assign(value_lost=hit["value_usd"] * shock.reduction())


def substitution(flows: pd.DataFrame, lost: pd.DataFrame, focal: str, shock: Shock) -> pd.DataFrame:
    """For each product hit: world concentration and whether others could make up the loss.

    For lost imports, the others are the other exporters of the product: their sales to third
    countries, times REDIRECTABLE_SHARE, is the spare capacity that could be redirected to the
    focal. For lost exports, the others are the other importers (buyers the focal could turn to).
    A product has a ready substitute when spare capacity covers the loss and the world market
    on the others' side is not concentrated (HHI ≤ 0.4).
    """
    if lost.empty:
        return pd.DataFrame(columns=["hs6", "shock", "value_lost", "world_hhi", "spare_capacity", "substitutable"])
    rows = []
    side, other = ("exporter", "importer") if shock.kind == "export_restriction" else ("importer", "exporter")
    for hs6, value in lost.groupby("hs6")["value_lost"].sum().items():
        market = flows[flows["hs6"] == hs6]
        by_side = market.groupby(side)["value_usd"].sum()
        shares = by_side / by_side.sum() if by_side.sum() > 0 else by_side
        hhi = float((shares ** 2).sum()) if len(shares) else np.nan
        others = market[(market[side] != shock.by) & (market[side] != focal) & (market[other] != focal)]
        spare = float(others["value_usd"].sum()) * REDIRECTABLE_SHARE
        rows.append({"hs6": hs6, "shock": shock.label(), "value_lost": float(value), "world_hhi": hhi,
                     "spare_capacity": spare,
                     "substitutable": bool(spare >= value and (np.isnan(hhi) or hhi <= CONCENTRATED_HHI))})
    return pd.DataFrame(rows).sort_values("value_lost", ascending=False)


FLOW_TABLES = {"baci_flows": "BACI", "comtrade_flows": "Comtrade extracts", "cow_trade_dyadic": "COW trade"}


def flow_coverage(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[int, int]]:
    """First and last year of each bilateral trade table in the store (tables absent or empty are left out)."""
    spans = {}
    for table in FLOW_TABLES:
        if store.has_table(con, table):
            lo, hi = con.execute(f'SELECT min(year), max(year) FROM "{table}"').fetchall()[0]
            if lo is not None:
                spans[table] = (int(lo), int(hi))
    return spans


def check_year(con: duckdb.DuckDBPyConnection, scenario: Scenario, year: int) -> None:
    """A year no trade table in the store covers is an error naming the years they do cover
    (a year some tables cover but not for every shock gives notes instead)."""
    spans = flow_coverage(con)
    if all(shock.products for shock in scenario.shocks):
        spans.pop("cow_trade_dyadic", None)   # product-level shocks need HS6 flows
    if not spans:
        raise LatitudeError("the store holds no bilateral trade: run `latitude data build`, or load BACI with "
                            "`latitude products load-baci DIR`")
    if not any(lo <= year <= hi for lo, hi in spans.values()):
        covered = ", ".join(f"{FLOW_TABLES[t]} {lo}-{hi}" for t, (lo, hi) in spans.items())
        raise LatitudeError(f"no trade data for {year} in the store ({covered}): choose a year within them, or load "
                            "BACI for that year with `latitude products load-baci DIR`")


def stress_test(con: duckdb.DuckDBPyConnection, scenario: Scenario, year: int | None = None) -> StressResult:
    """Apply every shock of `scenario` in `year` and total what is at risk for focal and poles."""
    year = year or scenario.year
    if year is None:
        raise LatitudeError(f"scenario '{scenario.name}' has no year: pass --year")
    check_year(con, scenario, year)
    focal = scenario.focal
    poles = sorted({s.by for s in scenario.shocks})
    actors = [focal, *poles]
    product_data = _product_table(con, year)
    total_data = _total_table(con, year, actors)
    lost_parts: list[pd.DataFrame] = []
    shock_rows, product_frames, notes, sources = [], [], [], set()
    for shock in scenario.shocks:
        use_products = product_data is not None and (
            shock.products or total_data is None or _covers(product_data[0], actors))
        if use_products:
            flows, source = product_data
        elif not shock.products and total_data is not None:
            flows, source = total_data[0], total_data[2]
        else:
            need = "product-level (HS6) flows" if shock.products else "bilateral trade"
            notes.append(f"{shock.label()}: not computable for {year} — the store has no {need} for that year "
                         "(load BACI with `latitude products load-baci` or Comtrade extracts)")
            shock_rows.append({"shock": shock.label(), "flows_source": None, "value_at_risk_usd": np.nan,
                               "note": "no data for this year"})
            continue
        sources.add(source)
        hit = affected_flows(flows, shock, focal)
        lost_parts.append(hit.assign(shock=shock.label(), by=shock.by, kind=shock.kind, flows_source=source))
        shock_rows.append({"shock": shock.label(), "flows_source": source,
                           "value_at_risk_usd": float(hit["value_lost"].sum()),
                           "note": "" if len(hit) else "no recorded flow hit by this shock"})
        if source != "cow_trade":
            product_frames.append(substitution(flows, hit, focal, shock))
    lost = pd.concat(lost_parts, ignore_index=True) if lost_parts else pd.DataFrame(
        columns=["exporter", "importer", "hs6", "value_usd", "value_lost", "shock", "by", "kind", "flows_source"])
    summary = _summary(con, lost, actors, focal, year, product_data, total_data, notes, sources)
    products = pd.concat(product_frames, ignore_index=True) if product_frames else substitution(
        pd.DataFrame(), pd.DataFrame(), focal, scenario.shocks[0])
    return StressResult(scenario=scenario, year=year, summary=summary, shocks=pd.DataFrame(shock_rows),
                        products=products, sources=sorted(sources), notes=notes)


def _covers(flows: pd.DataFrame, actors: list[str]) -> bool:
    """Does a product table hold the actors' trade with the world (not just a thin extract)?"""
    return all(((flows["exporter"] == a).sum() > 0) and ((flows["importer"] == a).sum() > 0) for a in actors) and \
        flows["exporter"].nunique() > 50


def _summary(con, lost: pd.DataFrame, actors: list[str], focal: str, year: int, product_data, total_data,
             notes: list[str], sources: set[str]) -> pd.DataFrame:
    rows = []
    computed = set(lost["by"]) if len(lost) else set()
    for actor in actors:
        if not computed or (actor != focal and actor not in computed):
            # No shock touching this actor could be computed: its losses are unknown, not zero.
            rows.append({"actor": actor, "role": "focal" if actor == focal else "pole",
                         **{k: np.nan for k in ("exports_lost_usd", "imports_lost_usd", "total_lost_usd",
                                                "pct_exports", "pct_imports", "pct_gdp")}})
            continue
        exports_lost = float(lost.loc[lost["exporter"] == actor, "value_lost"].sum())
        imports_lost = float(lost.loc[lost["importer"] == actor, "value_lost"].sum())
        totals = _actor_totals(actor, product_data, total_data)
        try:
            gdp = gdp_usd(con, actor, year)
            sources.add(gdp[1])
        except LatitudeError as exc:  # NA with its reason, never a zero
            gdp = None
            notes.append(f"{actor} % of GDP: NA, {exc}")
        total_lost = exports_lost + imports_lost
        rows.append({
            "actor": actor, "role": "focal" if actor == focal else "pole",
            "exports_lost_usd": exports_lost, "imports_lost_usd": imports_lost, "total_lost_usd": total_lost,
            "pct_exports": 100 * exports_lost / totals[0] if totals and totals[0] else np.nan,
            "pct_imports": 100 * imports_lost / totals[1] if totals and totals[1] else np.nan,
            "pct_gdp": 100 * total_lost / gdp[0] if gdp else np.nan,
        })
    summary = pd.DataFrame(rows)
    # Asymmetry: how much more of its GDP the focal loses than each pole (> 1: the threat is cheap for the pole).
    focal_gdp_loss = summary.loc[summary["role"] == "focal", "pct_gdp"].iloc[0]
    summary["asymmetry"] = np.where(summary["role"] == "pole", focal_gdp_loss / summary["pct_gdp"], np.nan)
    return summary


def _actor_totals(actor: str, product_data, total_data) -> tuple[float, float] | None:
    """The actor's total exports and imports, from the same table as the flows where it is complete."""
    if total_data is not None:
        row = total_data[1][total_data[1]["iso3"] == actor]
        if len(row):
            return float(row["exports"].iloc[0]), float(row["imports"].iloc[0])
    if product_data is not None and product_data[1] == "baci":
        flows = product_data[0]
        return float(flows.loc[flows["exporter"] == actor, "value_usd"].sum()), \
            float(flows.loc[flows["importer"] == actor, "value_usd"].sum())
    return None
