"""Product-level (HS6) critical dependence of a country or bloc: which imported products would be
hard to replace if a supplier cut them off.

- `strategic_dependencies`: the European Commission's test (SWD(2021) 352, Annex 1) generalised to
  any focal country or bloc, per HS6 product and year: supplier concentration of the focal's
  extra-bloc imports (HHI > 0.4), import dependence (extra-bloc / total imports > 0.5) and
  substitutability (extra-bloc imports / extra-bloc exports > 1); with CEPII's refinement
  (GeoDep; Lefebvre & Wibaux 2024): world export concentration (HHI > 0.4), the ratio set to 9999
  when the focal exports none, and the criteria holding in at least 2 years of the 3-year window.
- `supply_risk`: a GeoPolRisk-style score (Gemechu et al. 2016): world supply HHI ×
  Σ_suppliers political distance × import share, political distance from UN ideal points by
  default (`political_distance`) or any mapping the user passes.
- `exposed_products`: the focal's most exposed products with their top suppliers.

The product table is CEPII BACI (`baci_flows`) if loaded, else the Comtrade extracts
(`comtrade_flows`, HS6 rows only). All heavy work is Ibis over DuckDB; pandas only shapes the
final (focal × product × year) frames. Formulas and references: docs/products.md.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Union

import ibis
import numpy as np
import pandas as pd

from latitude import countries
from latitude.catalogue import CatalogueLike, catalogue
from latitude.errors import LatitudeError
from latitude.measures.precompute import ALL_SUPPLIERS
from latitude.years import Years, year_range

__all__ = ["ALL_SUPPLIERS", "BLOCS", "dependency_counts", "exposed_products", "parse_focal", "political_distance",
           "product_table", "strategic_dependencies", "supply_risk"]

PRODUCT_TABLES = ("baci_flows", "comtrade_flows")
SOURCE_OF = {"baci_flows": "baci", "comtrade_flows": "comtrade"}
HHI_THRESHOLD = 0.4          # SWD(2021) 352 Annex 1; CEPII GeoDep criteria 1 and 2
DEPENDENCE_THRESHOLD = 0.5   # SWD(2021) 352 Annex 1
SUBSTITUTABILITY_THRESHOLD = 1.0
NO_EXPORTS_RATIO = 9999.0    # CEPII GeoDep: imports/exports when exports are zero
WINDOW, MIN_YEARS = 3, 2     # CEPII GeoDep: criteria hold in >= 2 years of a 3-year window

BLOCS = {
    "EU27": ["AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "IRL",
             "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE"],
}

Distance = Union[Mapping[str, float], pd.Series, pd.DataFrame, None]


# --------------------------------------------------------------------------- inputs


def parse_focal(focal: str | Iterable[str]) -> list[str]:
    """'KOR', 'EU27', 'KOR,JPN' or a list of names/codes -> sorted ISO3 keys of the focal bloc."""
    if isinstance(focal, str):
        if focal.strip().upper() in BLOCS:
            return sorted(BLOCS[focal.strip().upper()])
        parts = [p for p in focal.split(",") if p.strip()]
    else:
        parts = [str(p) for p in focal]
    if not parts:
        raise LatitudeError("empty focal: give a country (KOR), a bloc (EU27) or a list such as KOR,JPN")
    out: set[str] = set()
    for part in parts:
        key = part.strip().upper()
        out.update(BLOCS[key] if key in BLOCS else [countries.iso3(part.strip())])
    return sorted(out)


def _label(members: list[str]) -> str:
    for name, bloc in BLOCS.items():
        if sorted(bloc) == members:
            return name
    return "+".join(members)


def product_table(con: CatalogueLike, table: str | None = None) -> str:
    """The product-level table to use: `table` if given, else BACI if loaded, else the Comtrade extracts."""
    if table is not None:
        if table not in PRODUCT_TABLES:
            raise LatitudeError(f"unknown product table '{table}': choose {' or '.join(PRODUCT_TABLES)}")
        if not catalogue(con).has(table):
            raise LatitudeError(f"table '{table}' is not in the store: " + _load_hint(table))
        return table
    for name in PRODUCT_TABLES:
        if catalogue(con).has(name):
            return name
    raise LatitudeError("no product-level trade in the store: load CEPII BACI with `latitude products load-baci DIR` "
                        "or build the Comtrade extracts with `latitude data build comtrade`")


def _load_hint(table: str) -> str:
    return ("load CEPII BACI with `latitude products load-baci DIR`" if table == "baci_flows"
            else "run `latitude data build comtrade` (or `latitude products load-comtrade FILE`)")


def _more_data(table: str) -> str:
    if table == "baci_flows":
        return "pick another year, or load the BACI year files that cover it"
    return ("load CEPII BACI (`latitude products load-baci DIR`) or Comtrade downloads of its imports "
            "(`latitude products load-comtrade FILE`)")


def _year_list(years: Years, available: tuple[int, int]) -> list[int]:
    """The years asked for, each inside `available`: None is all of them, a list or range exactly
    its years (gaps kept), anything else (2020, '2018-2020', (2018, 2020)) the span it names."""
    lo, hi = available
    if years is None:
        return list(range(lo, hi + 1))
    if isinstance(years, (list, range)) or (isinstance(years, tuple) and len(years) != 2):
        chosen = sorted(int(y) for y in years)
    else:
        start, end = year_range(years)
        chosen = list(range(start, end + 1))
    outside = [y for y in chosen if y < lo or y > hi]
    if outside:
        raise LatitudeError(f"year {outside[0]} is outside the product data ({lo}-{hi}); pick years in that range")
    return chosen


# --------------------------------------------------------------------------- flows


def flows(con: CatalogueLike, table: str) -> ibis.Table:
    """The product table as directed flows: year, exporter, importer, hs6, value (current USD).

    Comtrade: HS6 rows between two countries (World and areas n.e.s. dropped); an importer's own
    report is preferred to the exporter's mirror report of the same flow, and a flow present in
    several extracts counts once.
    """
    t = catalogue(con).table(table)
    if table == "baci_flows":
        return t.select(year=t.year.cast("int32"), exporter=t.exporter_iso3, importer=t.importer_iso3, hs6=t.hs6,
                        value=t.value_kusd * 1000.0)
    t = t.filter(t.aggr_level == 6, t.flow.isin(["M", "X"]), t.partner_code.fill_null(-1) != 0,
                 t.partner_iso3.re_search(r"^[A-Z]{3}$"), t.reporter_iso3.re_search(r"^[A-Z]{3}$"),
                 t.partner_iso3 != t.reporter_iso3, t.value_usd.notnull())
    reports = t.group_by(["year", "reporter_iso3", "partner_iso3", "flow", "cmd_code"]).agg(value=t.value_usd.max())
    is_import = reports.flow == "M"
    directed = reports.select(
        year=reports.year.cast("int32"), hs6=reports.cmd_code,
        exporter=ibis.ifelse(is_import, reports.partner_iso3, reports.reporter_iso3),
        importer=ibis.ifelse(is_import, reports.reporter_iso3, reports.partner_iso3),
        m=ibis.ifelse(is_import, reports.value, ibis.null("float64")),
        x=ibis.ifelse(is_import, ibis.null("float64"), reports.value))
    merged = directed.group_by(["year", "exporter", "importer", "hs6"]).agg(m=directed.m.max(), x=directed.x.max())
    return merged.select("year", "exporter", "importer", "hs6", value=merged.m.fill_null(merged.x))


def _coverage(con: CatalogueLike, table: str) -> tuple[int, int]:
    """Years of HS6 flows: BACI's coverage from provenance; the Comtrade extracts mix aggregation
    levels, so their HS6 years are read from the (small) table."""
    cat = catalogue(con)
    if table == "baci_flows":
        lo, hi = cat.coverage(table)
    else:
        t = cat.table(table)
        t = t.filter(t.aggr_level == 6)
        row = t.aggregate(lo=t.year.min(), hi=t.year.max()).to_pandas().iloc[0]
        lo, hi = (None, None) if pd.isna(row["lo"]) else (row["lo"], row["hi"])
    if lo is None:
        raise LatitudeError(f"table '{table}' holds no HS6 flows: " + _load_hint(table))
    return int(lo), int(hi)


def _exports_observed(con: CatalogueLike, table: str, members: list[str]) -> set[int]:
    """Years in which the focal's exports are observed: every year for BACI (it covers every
    exporter); for Comtrade extracts, years in which a member reports its own HS6 exports (partners'
    import reports alone would show only part of them)."""
    if table == "baci_flows":
        lo, hi = _coverage(con, table)
        return set(range(lo, hi + 1))
    t = catalogue(con).table("comtrade_flows")
    t = t.filter(t.aggr_level == 6, t.flow == "X", t.reporter_iso3.isin(members))
    return {int(y) for y in t.select("year").distinct().to_pandas()["year"]}


def _imports_observed(con: CatalogueLike, table: str, members: list[str]) -> pd.DataFrame | None:
    """(year, hs6) pairs whose imports a member reports itself (Comtrade), or None (BACI: all).

    A partner's export report shows one supplier only; counting such mirror flows alone would make
    every product look single-sourced, so Comtrade products count only where the focal reports."""
    if table == "baci_flows":
        return None
    t = catalogue(con).table("comtrade_flows")
    t = t.filter(t.aggr_level == 6, t.flow == "M", t.reporter_iso3.isin(members))
    return t.select(year=t.year.cast("int32"), hs6=t.cmd_code).distinct().to_pandas()


# --------------------------------------------------------------------------- world concentration


def _world_hhi(con: CatalogueLike, table: str, data: ibis.Table, years: list[int]) -> pd.DataFrame:
    """year, hs6, world_hhi, world_source: concentration of world exports of each product.

    From BACI itself when it is the product table (it covers every exporter); otherwise from the
    critical-minerals export shares (BACI-derived) for the codes those cover; else missing.
    """
    if table == "baci_flows":
        t = data.filter(data.year.isin(years))
        by_exporter = t.group_by(["year", "hs6", "exporter"]).agg(v=t.value.sum())
        total = by_exporter.v.sum().over(group_by=["year", "hs6"])
        shares = by_exporter.mutate(s=by_exporter.v / total)
        frame = shares.group_by(["year", "hs6"]).agg(world_hhi=(shares.s * shares.s).sum()).to_pandas()
        frame["world_source"] = "baci"
        return frame
    cat = catalogue(con)
    if not cat.has("critical_minerals_exports"):
        return pd.DataFrame(columns=["year", "hs6", "world_hhi", "world_source"])
    t = cat.table("critical_minerals_exports")
    t = t.filter(t.year.isin(years))
    frame = t.group_by(["year", "hs6"]).aggregate(world_hhi=(t.world_share * t.world_share).sum()).to_pandas()
    frame["world_source"] = "critical_minerals"
    return frame


# --------------------------------------------------------------------------- the test


def _supplier_table(data: ibis.Table, members: list[str], years: list[int]) -> ibis.Table:
    t = data.filter(data.year.isin(years), data.importer.isin(members), ~data.exporter.isin(members))
    return t.group_by(["year", "hs6", "exporter"]).agg(value=t.value.sum())


def strategic_dependencies(con: CatalogueLike, focal: str | Iterable[str], years: Years = None,
                           table: str | None = None) -> pd.DataFrame:
    """Per HS6 product and year, the EU Commission dependency criteria and CEPII's refinement.

    Columns: year, focal, hs6, imports_total, imports_extra, exports_extra (USD), n_suppliers,
    top_supplier, top_share, supplier_hhi, dependence (extra / total imports), substitutability
    (extra imports / extra exports; 9999 if no exports; missing if exports are not observed),
    world_hhi, concentrated, dependent, non_substitutable, world_concentrated (criteria, boolean),
    eu_dependency (SWD(2021) 352: first three hold), years_held (years of the 3-year window ending
    at `year` in which all four hold), cepii_dependency (held in >= 2 of them), source.
    Only products the focal imports from outside the bloc appear (for Comtrade extracts, only those
    whose imports a member reports itself).
    """
    members = parse_focal(focal)
    table = product_table(con, table)
    chosen = _year_list(years, _coverage(con, table))
    window = sorted(set(chosen) | {y - k for y in chosen for k in range(1, WINDOW)})
    lo, hi = _coverage(con, table)
    window = [y for y in window if lo <= y <= hi]
    data = flows(con, table)
    suppliers = _supplier_table(data, members, window)
    total = suppliers.value.sum().over(group_by=["year", "hs6"])
    ranked = suppliers.mutate(share=suppliers.value / total,
                              rank=ibis.row_number().over(group_by=["year", "hs6"],
                                                          order_by=[ibis.desc(suppliers.value), suppliers.exporter]))
    per_product = ranked.group_by(["year", "hs6"]).agg(
        imports_extra=ranked.value.sum(), n_suppliers=ranked.count(), supplier_hhi=(ranked.share * ranked.share).sum(),
        top_supplier=ranked.exporter.arbitrary(where=ranked["rank"] == 0),
        top_share=ranked.share.max())
    into = data.filter(data.year.isin(window), data.importer.isin(members))
    imports_total = into.group_by(["year", "hs6"]).agg(imports_total=into.value.sum())
    out_of = data.filter(data.year.isin(window), data.exporter.isin(members), ~data.importer.isin(members))
    exports = out_of.group_by(["year", "hs6"]).agg(exports_extra=out_of.value.sum())
    joined = per_product.left_join(imports_total, ["year", "hs6"]).select(per_product, "imports_total")
    joined = joined.left_join(exports, ["year", "hs6"]).select(joined, "exports_extra")
    frame = joined.to_pandas()
    observed = _imports_observed(con, table, members)
    if observed is not None:
        frame = frame.merge(observed, on=["year", "hs6"], how="inner")
    world = _world_hhi(con, table, data, window)
    frame = frame.merge(world, on=["year", "hs6"], how="left")
    return _criteria(frame, members, chosen, window, _exports_observed(con, table, members), SOURCE_OF[table])


def dependency_counts(con: CatalogueLike, importers: Iterable[str] | None = None,
                      table: str | None = None) -> ibis.Table:
    """For every importing state at once (or `importers`), per year and top supplier: how many of its
    HS6 products meet the EU test, each state its own focal (the `eu_dependency` rows of
    `strategic_dependencies` counted by `top_supplier`), in one expression for the store's
    `dim_products` table.

    Columns: year, iso3 (the importer), partner (the top supplier), dependent_products, source.
    One more row per importer and year with HS6 imports, partner `ALL_SUPPLIERS` ('*'), counts its
    dependent products over every supplier: a year with that row is observed (a supplier without a
    row there is the top supplier of none: 0); a year without it has no product data (missing).
    """
    cat = catalogue(con)
    table = product_table(con, table)
    chosen = None if importers is None else sorted(set(importers))
    data = flows(con, table)
    into = data if chosen is None else data.filter(data.importer.isin(chosen))
    product = ["importer", "year", "hs6"]
    foreign = into.filter(into.exporter != into.importer)
    suppliers = foreign.group_by([*product, "exporter"]).agg(value=foreign.value.sum())
    ranked = suppliers.mutate(share=suppliers.value / suppliers.value.sum().over(group_by=product),
                              rank=ibis.row_number().over(group_by=product,
                                                          order_by=[ibis.desc(suppliers.value), suppliers.exporter]))
    per_product = ranked.group_by(product).agg(
        imports_extra=ranked.value.sum(), supplier_hhi=(ranked.share * ranked.share).sum(),
        top_supplier=ranked.exporter.max(where=ranked["rank"] == 0))
    totals = into.group_by(product).agg(imports_total=into.value.sum())
    out_of = data if chosen is None else data.filter(data.exporter.isin(chosen))
    out_of = out_of.filter(out_of.exporter != out_of.importer)
    exports = out_of.group_by([out_of.exporter.name("importer"), "year", "hs6"]).agg(exports_extra=out_of.value.sum())
    joined = per_product.left_join(totals, product).select(per_product, "imports_total")
    joined = joined.left_join(exports, product).select(joined, "exports_extra")
    if table == "comtrade_flows":   # products whose imports the state reports itself; years it reports exports
        t = cat.table(table)
        t = t.filter(t.aggr_level == 6) if chosen is None else t.filter(t.aggr_level == 6, t.reporter_iso3.isin(chosen))
        reported = t.filter(t.flow == "M")
        reported = reported.select(importer=reported.reporter_iso3, year=reported.year.cast("int32"),
                                   hs6=reported.cmd_code).distinct()
        joined = joined.inner_join(reported, product).select(joined)
        sent = t.filter(t.flow == "X")
        sent = sent.select(importer=sent.reporter_iso3, year=sent.year.cast("int32")).distinct().mutate(seen=True)
        joined = joined.left_join(sent, ["importer", "year"]).select(joined, seen=sent.seen.fill_null(False))
    else:                           # BACI covers every exporter: exports are observed every year
        joined = joined.mutate(seen=ibis.literal(True))
    # SWD(2021) 352 as in `_criteria`: concentrated, dependent, and (exports observed) non-substitutable,
    # the ratio NO_EXPORTS_RATIO (> 1) where the state exports none; an undecided criterion is not a dependency.
    exported = joined.exports_extra.fill_null(0.0)
    non_substitutable = ibis.ifelse(exported > 0, joined.imports_extra / joined.exports_extra
                                    > SUBSTITUTABILITY_THRESHOLD, ibis.literal(True))
    flagged = ((joined.supplier_hhi > HHI_THRESHOLD) & (joined.imports_extra / joined.imports_total
                                                         > DEPENDENCE_THRESHOLD) & joined.seen & non_substitutable)
    scored = joined.mutate(flagged=flagged.fill_null(False))
    hit = scored.filter(scored.flagged)
    by_supplier = hit.group_by(["importer", "year", "top_supplier"]).agg(dependent_products=hit.count())
    every = scored.group_by(["importer", "year"]).agg(dependent_products=scored.count(where=scored.flagged))
    rows = by_supplier.select("year", iso3="importer", partner="top_supplier", dependent_products="dependent_products")
    rows = rows.union(every.select("year", iso3="importer", partner=ibis.literal(ALL_SUPPLIERS),
                                   dependent_products="dependent_products"))
    rows = rows.mutate(dependent_products=rows.dependent_products.cast("int64"))
    source = ibis.literal(SOURCE_OF[table])
    if table == "comtrade_flows" and cat.has("critical_minerals_exports"):
        # `strategic_dependencies` names the critical-minerals export shares when they gave any of the
        # state's products its world concentration
        world = cat.table("critical_minerals_exports")
        world = world.select(year=world.year.cast("int32"), hs6=world.hs6).distinct()
        minerals = scored.semi_join(world, ["year", "hs6"]).select("importer").distinct().mutate(minerals=True)
        rows = rows.left_join(minerals, rows.iso3 == minerals.importer).select(rows, "minerals")
        source = ibis.ifelse(rows.minerals.fill_null(False), SOURCE_OF[table] + "+critical_minerals", source)
    return rows.select("year", "iso3", "partner", "dependent_products", source=source)


def _criteria(frame: pd.DataFrame, members: list[str], chosen: list[int], window: list[int],
              exports_seen: set[int], source: str) -> pd.DataFrame:
    frame = frame.copy()
    for col in ("imports_extra", "imports_total", "exports_extra", "supplier_hhi", "top_share", "world_hhi"):
        frame[col] = pd.to_numeric(frame[col], errors="coerce").astype("float64")
    frame["year"] = frame["year"].astype(int)
    seen = frame["year"].isin(exports_seen)
    frame["exports_extra"] = frame["exports_extra"].where(~seen | frame["exports_extra"].notna(), 0.0)
    frame["dependence"] = frame["imports_extra"] / frame["imports_total"]
    ratio = frame["imports_extra"] / frame["exports_extra"]
    frame["substitutability"] = ratio.where(frame["exports_extra"] > 0, NO_EXPORTS_RATIO).where(seen)
    frame["concentrated"] = frame["supplier_hhi"] > HHI_THRESHOLD
    frame["dependent"] = frame["dependence"] > DEPENDENCE_THRESHOLD
    frame["non_substitutable"] = (frame["substitutability"] > SUBSTITUTABILITY_THRESHOLD).astype("boolean")
    frame.loc[frame["substitutability"].isna(), "non_substitutable"] = pd.NA
    frame["world_concentrated"] = (frame["world_hhi"] > HHI_THRESHOLD).astype("boolean")
    frame.loc[frame["world_hhi"].isna(), "world_concentrated"] = pd.NA
    eu = frame["concentrated"].astype("boolean") & frame["dependent"].astype("boolean") & frame["non_substitutable"]
    frame["eu_dependency"] = eu
    all_four = eu & frame["world_concentrated"]
    # hs6 x year: 1 held, 0 not held (or not imported that year), NaN undecided (a criterion missing).
    frame["_held"] = all_four.astype("Float64").fillna(-1.0).astype(float)
    wide = frame.pivot(index="hs6", columns="year", values="_held").reindex(columns=window).fillna(0.0)
    wide = wide.mask(wide < 0)
    counts = pd.Series(0, index=frame.index, dtype="Int64")
    complete = pd.Series(False, index=frame.index)
    for year in chosen:
        cols = [y for y in range(year - WINDOW + 1, year + 1) if y in window]
        sub = wide[cols]
        rows = frame["year"] == year
        counts[rows] = frame.loc[rows, "hs6"].map((sub == 1).sum(axis=1)).fillna(0).astype(int).to_numpy()
        if len(cols) == WINDOW:
            complete[rows] = frame.loc[rows, "hs6"].map(sub.notna().all(axis=1)).fillna(False).astype(bool).to_numpy()
    frame["years_held"] = counts
    frame["cepii_dependency"] = pd.Series(np.where(counts >= MIN_YEARS, True, np.where(complete, False, None)),
                                          index=frame.index).astype("boolean")
    frame = frame[frame["year"].isin(chosen)].drop(columns="_held")
    frame.insert(1, "focal", _label(members))
    frame["source"] = source + ("+critical_minerals" if (frame.get("world_source") == "critical_minerals").any()
                                else "")
    columns = ["year", "focal", "hs6", "imports_total", "imports_extra", "exports_extra", "n_suppliers",
               "top_supplier", "top_share", "supplier_hhi", "dependence", "substitutability", "world_hhi",
               "concentrated", "dependent", "non_substitutable", "world_concentrated", "eu_dependency",
               "years_held", "cepii_dependency", "source"]
    frame["n_suppliers"] = frame["n_suppliers"].astype("Int64")
    return frame[columns].sort_values(["year", "imports_extra", "hs6"], ascending=[True, False, True]) \
        .reset_index(drop=True)


# --------------------------------------------------------------------------- political distance and risk


def political_distance(con: CatalogueLike, focal: str | Iterable[str], year: int,
                       window: int = 3, model: str = "static") -> pd.Series:
    """iso3 -> distance in [0, 1] between the focal's and each country's UN General Assembly ideal
    point over the `window` sessions ending at `year` (the last year with votes if later):
    |θ_focal − θ_i| / (max θ − min θ). A bloc's position is its members' mean."""
    from latitude.measures import idealpoints as ip

    members = parse_focal(focal)
    cat = catalogue(con)
    if not cat.has("un_votes"):
        raise LatitudeError("political distance needs UN ideal points, but the store has no UN votes: build them "
                            "with `latitude data build unvotes` or pass distance={iso3: value}")
    last = cat.coverage("un_votes")[1]
    end = min(int(year), int(last))
    points = ip.idealpoints(con, (end - window + 1, end), model=model)
    if model != "static":
        points = points[points["year"] == end]
    theta = points.groupby("iso3")["idealpoint"].mean()
    own = theta.reindex(members).dropna()
    if own.empty:
        raise LatitudeError(f"no UN ideal point for {_label(members)} in {end - window + 1}-{end}: pass "
                            "distance={iso3: value} instead")
    spread = float(theta.max() - theta.min())
    distance = (theta - own.mean()).abs() / spread
    distance.name = "distance"
    distance.attrs["source"] = f"UN ideal points ({model}, {end - window + 1}-{end})"
    return distance


def _distance_series(distance: Distance, year: int) -> pd.Series:
    if isinstance(distance, pd.DataFrame):
        if not {"iso3", "distance"} <= set(distance.columns):
            raise LatitudeError("a distance table needs columns iso3, distance (and optionally year)")
        rows = distance[distance["year"] == year] if "year" in distance.columns else distance
        return rows.set_index("iso3")["distance"].astype(float)
    if isinstance(distance, pd.Series):
        return distance.astype(float)
    return pd.Series(dict(distance), dtype=float)


def supply_risk(con: CatalogueLike, focal: str | Iterable[str], year: int,
                distance: Distance = None, table: str | None = None,
                dependencies: pd.DataFrame | None = None) -> pd.DataFrame:
    """GeoPolRisk-style supply risk per HS6 product: world_hhi × Σ_i d_i · m_i / M.

    m_i: the focal's imports from supplier i outside the bloc; M: its total imports (intra-bloc
    supply counts as domestic, risk-free); d_i: political distance in [0, 1] — `distance` (a dict or
    Series iso3 -> d, or a table iso3[, year], distance), by default UN ideal-point distance.
    Suppliers without a distance are left out; `distance_coverage` gives the import share that has one.
    Columns: year, focal, hs6, world_hhi, weighted_distance, distance_coverage, supply_risk, source.
    """
    members = parse_focal(focal)
    table = product_table(con, table)
    _year_list(year, _coverage(con, table))
    if distance is None:
        try:
            weights = political_distance(con, members, year)
        except ImportError as exc:
            raise LatitudeError("UN ideal points are not available in this installation: pass "
                                "distance={iso3: value}") from exc
        label = weights.attrs.get("source", "UN ideal points")
    else:
        weights, label = _distance_series(distance, year), "user distance"
    deps = dependencies if dependencies is not None else strategic_dependencies(con, members, year, table)
    deps = deps[deps["year"] == year]
    supp = _supplier_table(flows(con, table), members, [year]).to_pandas()
    supp["d"] = supp["exporter"].map(weights)
    supp = supp.merge(deps[["hs6", "imports_total"]], on="hs6", how="inner")
    supp["share"] = supp["value"] / supp["imports_total"]
    known = supp.dropna(subset=["d"])
    weighted = (known["d"] * known["share"]).groupby(known["hs6"]).sum()
    coverage = known.groupby("hs6")["value"].sum() / supp.groupby("hs6")["value"].sum()
    out = deps[["year", "focal", "hs6", "world_hhi"]].copy()
    out["weighted_distance"] = out["hs6"].map(weighted).astype(float)
    out["distance_coverage"] = out["hs6"].map(coverage).fillna(0.0).astype(float)
    out["supply_risk"] = out["world_hhi"] * out["weighted_distance"]
    out["distance_source"] = label
    out["source"] = deps["source"].iloc[0] if len(deps) else SOURCE_OF[table]
    return out.reset_index(drop=True)


# --------------------------------------------------------------------------- the headline table


def _descriptions(con: CatalogueLike, table: str, codes: list[str]) -> pd.Series:
    cat = catalogue(con)
    found: dict[str, str] = {}
    lookups = []
    if cat.has("baci_products"):
        lookups.append(cat.table("baci_products").select("hs6", "description"))
    if cat.has("comtrade_flows"):
        t = cat.table("comtrade_flows")
        t = t.filter(t.aggr_level == 6)
        lookups.append(t.group_by(t.cmd_code.name("hs6")).aggregate(description=t.cmd_desc.max()))
    if cat.has("critical_minerals_products"):
        lookups.append(cat.table("critical_minerals_products").select("hs6", "description"))
    for table in lookups:
        rows = table.filter(table.hs6.isin(codes)).to_pandas()
        for hs6, text in zip(rows["hs6"], rows["description"]):
            if isinstance(text, str) and text and hs6 not in found:
                found[hs6] = text
    return pd.Series(found, dtype="object")


def exposed_products(con: CatalogueLike, focal: str | Iterable[str], year: int | None = None,
                     top: int = 20, table: str | None = None, distance: Distance = None,
                     suppliers: int = 3) -> pd.DataFrame:
    """The focal's most exposed HS6 products in `year` (default: the last year it has HS6 imports).

    Ranked by: strategic dependency (CEPII, then EU test), then supply risk, then import value.
    Columns: year, focal, hs6, description, imports_usd, suppliers ("CHN 62%, JPN 20%, ..."),
    supplier_hhi, world_hhi, dependence, substitutability, eu_dependency, cepii_dependency,
    weighted_distance (Σ d_i m_i / M), supply_risk, distance_coverage, source. Supply risk is
    missing (with the reason in `frame.attrs["risk_note"]`) when no political distance is available.
    """
    members = parse_focal(focal)
    table = product_table(con, table)
    if year is None:
        observed = _imports_observed(con, table, members)
        if observed is not None:
            last = observed["year"].max() if len(observed) else None
        else:
            data = flows(con, table)
            last = data.filter(data.importer.isin(members), ~data.exporter.isin(members)).year.max().to_pandas()
        if last is None or pd.isna(last):
            raise LatitudeError(f"{_label(members)} has no HS6 imports in {table}: " + _more_data(table))
        year = int(last)
    deps = strategic_dependencies(con, members, int(year), table)
    if deps.empty:
        raise LatitudeError(f"{_label(members)} has no HS6 imports in {table} for {year}: " + _more_data(table))
    note = ""
    try:
        risk = supply_risk(con, members, year, distance, table, dependencies=deps)
        deps = deps.merge(risk[["hs6", "weighted_distance", "supply_risk", "distance_coverage"]], on="hs6",
                          how="left")
    except LatitudeError as exc:
        note = str(exc)
        deps["weighted_distance"], deps["supply_risk"], deps["distance_coverage"] = np.nan, np.nan, np.nan
    order = deps.assign(_c=deps["cepii_dependency"].fillna(False).astype(int),
                        _e=deps["eu_dependency"].fillna(False).astype(int),
                        _r=deps["supply_risk"].fillna(-1.0))
    chosen = order.sort_values(["_c", "_e", "_r", "imports_extra"], ascending=False).head(top)
    codes = chosen["hs6"].tolist()
    supp = _supplier_table(flows(con, table), members, [year])
    supp = supp.filter(supp.hs6.isin(codes)).to_pandas()
    supp = supp.merge(chosen[["hs6", "imports_extra"]], on="hs6")
    supp["share"] = supp["value"] / supp["imports_extra"]
    listing = supp.sort_values(["hs6", "share", "exporter"], ascending=[True, False, True]).groupby("hs6").apply(
        lambda g: ", ".join(f"{e} {s:.0%}" for e, s in zip(g["exporter"].head(suppliers), g["share"].head(suppliers))),
        include_groups=False)
    out = chosen.assign(description=chosen["hs6"].map(_descriptions(con, table, codes)),
                        suppliers=chosen["hs6"].map(listing), imports_usd=chosen["imports_extra"])
    out = out[["year", "focal", "hs6", "description", "imports_usd", "suppliers", "supplier_hhi", "world_hhi",
               "dependence", "substitutability", "eu_dependency", "cepii_dependency", "weighted_distance",
               "supply_risk", "distance_coverage", "source"]].reset_index(drop=True)
    out.attrs["risk_note"] = note
    out.attrs["table"] = table
    return out
