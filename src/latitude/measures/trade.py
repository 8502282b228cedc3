"""Country-level trade dependence from COW dyadic trade (Barbieri & Keshk, COW Trade 4.0).

COW's dyadic file carries, for each pair and year, the imports of each side from the other in
millions of current USD (`flow1` = imports of ccode1 from ccode2). latitude reads it as a
directed table of import reports: the focal's imports from j are the focal's own import flow,
the focal's exports to j are j's imports from the focal (the partner-reported, "mirror" flow).

Measures (formulas and references in docs/dependence.md):
- `trade_dependence`: exports, imports and total per partner-year and their shares;
- `trade_concentration`: partner concentration (HHI, normalised HHI, Hirschman's √HHI);
- `trade_interdependence`: Barbieri's (1996) salience, symmetry and interdependence and the
  Keohane–Nye asymmetry of trade-to-GDP dependence;
- `trade_mirror_gap`: partner-reported vs focal-reported flows where both are known (WITS);
- `add_cow_trade` (from `latitude.dyads`), `add_trade_dependence`: peacesciencer-style verbs on
  an Ibis dyad-year table.

Relational work is in Ibis (DuckDB by default); pandas only shapes the final frames.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import duckdb
import ibis
import numpy as np
import pandas as pd

from latitude import countries, store
from latitude.dyads import add_cow_trade, store_table
from latitude.errors import LatitudeError
from latitude.years import Years, within

__all__ = ["add_cow_trade", "add_trade_dependence", "concentration", "trade_concentration", "trade_dependence",
           "trade_interdependence", "trade_mirror_gap"]

DYADIC = "cow_trade_dyadic"
NATIONAL = "cow_trade_national"
GDP = "sdp_gdp"
WITS = "wits_trade_summary"
KOSIS = "kosis_monthly_trade"
SOURCE = "cow_trade"
FLOWS = ("exports", "imports", "total")

# --------------------------------------------------------------------------- shared helpers


@dataclass(frozen=True)
class Focal:
    """A resolved country: its ISO3 key and every COW code that carries it (DEU: 255 and 260)."""

    iso3: str
    codes: tuple[int, ...]
    name: str


def focal_country(value: str | int) -> Focal:
    """Resolve a country given by name or code to its ISO3 key and COW codes (error if none)."""
    found = countries.resolve(value)
    if found.iso3 is None:
        raise LatitudeError(f"'{value}' ({found.name}) has no ISO3 code: refer to a current state such as KOR")
    codes = countries.cow_codes(found.iso3)
    if not codes:
        raise LatitudeError(f"'{value}' ({found.name}) is not a state in the COW system, which these data cover")
    return Focal(found.iso3, codes, found.name)


def country_list(values: Iterable[str | int] | str | None) -> list[Focal] | None:
    """Resolve a list (or a comma-separated string) of countries, order kept, duplicates dropped."""
    if values is None:
        return None
    if isinstance(values, str):
        values = [v for v in values.split(",") if v.strip()]
    out: list[Focal] = []
    for value in values:
        found = focal_country(value.strip() if isinstance(value, str) else value)
        if found.iso3 not in [f.iso3 for f in out]:
            out.append(found)
    if not out:
        raise LatitudeError("empty country list: give codes such as USA,CHN,JPN")
    return out


def table_coverage(table: ibis.Table) -> tuple[int, int]:
    """First and last year present in a store table."""
    row = table.aggregate(lo=table.year.min(), hi=table.year.max()).to_pandas().iloc[0]
    if pd.isna(row["lo"]):
        raise LatitudeError("the table is empty: rebuild the store with `latitude data build`")
    return int(row["lo"]), int(row["hi"])


def within_coverage(years: Years, coverage: tuple[int, int], label: str) -> tuple[int, int]:
    """The requested years (default: the whole coverage); error if they miss the coverage entirely."""
    return within(years, coverage, f"{label} coverage {coverage[0]}-{coverage[1]}")


def concentration(values: pd.Series) -> dict[str, float]:
    """HHI of the shares of positive `values`, its normalised form and Hirschman's √HHI.

    N counts the partners with a positive value; the normalised HHI is (HHI − 1/N)/(1 − 1/N),
    missing when N < 2.
    """
    positive = values[values > 0].astype(float)
    n = int(len(positive))
    if n == 0:
        return {"n_partners": 0, "hhi": np.nan, "hhi_normalised": np.nan, "hirschman": np.nan}
    shares = positive / positive.sum()
    hhi = float((shares ** 2).sum())
    norm = (hhi - 1 / n) / (1 - 1 / n) if n > 1 else np.nan
    return {"n_partners": n, "hhi": hhi, "hhi_normalised": norm, "hirschman": float(np.sqrt(hhi))}


def _partner_iso3(codes: pd.Series) -> pd.Series:
    return countries.cow_to_iso3(codes.astype("Int64"))


def _directed(dyadic: ibis.Table, smoothed: bool = False) -> ibis.Table:
    """COW dyadic trade as import reports: importer, exporter, year, value (million current USD).

    Works whether the store lists each pair once (ccode1 < ccode2, as published) or both ways.
    """
    f1, f2 = ("smoothflow1", "smoothflow2") if smoothed else ("flow1", "flow2")
    one = dyadic.select(importer=dyadic.ccode1.cast("int64"), exporter=dyadic.ccode2.cast("int64"),
                        year=dyadic.year.cast("int64"), value=dyadic[f1].cast("float64"))
    two = dyadic.select(importer=dyadic.ccode2.cast("int64"), exporter=dyadic.ccode1.cast("int64"),
                        year=dyadic.year.cast("int64"), value=dyadic[f2].cast("float64"))
    return one.union(two, distinct=True)


def _focal_flows(con: duckdb.DuckDBPyConnection, focal: Focal, span: tuple[int, int],
                 smoothed: bool = False) -> ibis.Table:
    """Per partner-year: the focal's exports (partner-reported) and imports (focal-reported)."""
    directed = _directed(store.ibis_con(con).table(DYADIC), smoothed)
    directed = directed.filter(directed.year.between(span[0], span[1]))
    codes = list(focal.codes)
    exports = directed.filter(directed.exporter.isin(codes) & ~directed.importer.isin(codes))
    exports = exports.select("year", partner_cow=exports.importer, exports=exports.value)
    imports = directed.filter(directed.importer.isin(codes) & ~directed.exporter.isin(codes))
    imports = imports.select("year", partner_cow=imports.exporter, imports=imports.value)
    # Both directions come from the same dyad row, so every partner-year is on both sides.
    flows = exports.inner_join(imports, ["year", "partner_cow"])
    flows = flows.group_by(["year", "partner_cow"]).aggregate(
        exports=flows.exports.max(), imports=flows.imports.max())
    return flows.mutate(total=flows.exports + flows.imports)


def _national(con: duckdb.DuckDBPyConnection) -> ibis.Table:
    national = store.ibis_con(con).table(NATIONAL)
    return national.select(ccode=national.ccode.cast("int64"), year=national.year.cast("int64"),
                           imports_national=national.imports.cast("float64"),
                           exports_national=national.exports.cast("float64"))


def _focal_national(con: duckdb.DuckDBPyConnection, focal: Focal) -> ibis.Table:
    national = _national(con)
    national = national.filter(national.ccode.isin(list(focal.codes)))
    return national.group_by("year").aggregate(imports_national=national.imports_national.max(),
                                               exports_national=national.exports_national.max())


def gdp_millions(log_gdp: ibis.Value) -> ibis.Value:
    """`sdp_gdp.wbgdp2011est` is ln(GDP + 1), GDP in constant 2011 PPP dollars: back to million USD."""
    return (log_gdp.cast("float64").exp() - 1) / 1e6


def left_join(left: ibis.Table, right: ibis.Table, keys: str | list[str]) -> ibis.Table:
    """Left join on same-named keys, keeping one copy of each key."""
    keys = [keys] if isinstance(keys, str) else keys
    joined = left.left_join(right, keys)
    return joined.drop(*[f"{k}_right" for k in keys if f"{k}_right" in joined.columns])


def _grid(frame: pd.DataFrame, partners: list[Focal], span: tuple[int, int]) -> pd.DataFrame:
    """Every requested partner-year, missing where the source has no row (never zero)."""
    grid = pd.MultiIndex.from_product([range(span[0], span[1] + 1), [p.iso3 for p in partners]],
                                      names=["year", "partner"]).to_frame(index=False)
    return grid.merge(frame, on=["year", "partner"], how="left")


# --------------------------------------------------------------------------- public measures


def trade_dependence(con: duckdb.DuckDBPyConnection, focal: str | int, partners: Iterable[str] | str | None = None,
                     years: Years = None, smoothed: bool = False) -> pd.DataFrame:
    """The focal's exports, imports and total trade with each partner per year, and their shares.

    Values in million current USD. `*_share` divide by the focal's flow summed over every partner
    COW reports that year (so shares add up to 1 and feed the HHI); `*_share_national` divide by
    COW's national totals (which also count trade with non-states such as Hong Kong). With
    `partners`, every requested partner-year has a row, missing outside COW coverage.
    """
    store.require(con, DYADIC, NATIONAL)
    who = focal_country(focal)
    chosen = country_list(partners)
    dyadic = store.ibis_con(con).table(DYADIC)
    span = within_coverage(years, table_coverage(dyadic), "COW trade")
    flows = _focal_flows(con, who, span, smoothed)
    by_year = ibis.window(group_by="year")
    flows = flows.mutate(export_share=flows.exports / flows.exports.sum().over(by_year),
                         import_share=flows.imports / flows.imports.sum().over(by_year),
                         trade_share=flows.total / flows.total.sum().over(by_year))
    flows = left_join(flows, _focal_national(con, who), "year")
    flows = flows.mutate(
        export_share_national=flows.exports / flows.exports_national,
        import_share_national=flows.imports / flows.imports_national,
        trade_share_national=flows.total / (flows.exports_national + flows.imports_national))
    frame = flows.drop("exports_national", "imports_national").to_pandas()
    frame.insert(0, "partner", _partner_iso3(frame["partner_cow"]))
    if chosen is not None:
        frame = _grid(frame[frame["partner"].isin([p.iso3 for p in chosen])], chosen, span)
    frame["iso3"] = who.iso3
    frame["source"] = SOURCE
    columns = ["year", "iso3", "partner", "partner_cow", *FLOWS, "export_share", "import_share", "trade_share",
               "export_share_national", "import_share_national", "trade_share_national", "source"]
    frame = frame[columns].astype({"year": "int64", "partner_cow": "Int64"})
    return frame.sort_values(["year", "partner"], na_position="last").reset_index(drop=True)


def trade_concentration(con: duckdb.DuckDBPyConnection, focal: str | int, years: Years = None,
                        smoothed: bool = False) -> pd.DataFrame:
    """Partner concentration of the focal's exports, imports and total trade per year.

    One row per year and flow: n_partners (with positive trade), total (million current USD),
    hhi, hhi_normalised, hirschman (√HHI), top_partner and top_share.
    """
    frame = trade_dependence(con, focal, years=years, smoothed=smoothed)
    rows = []
    for year, group in frame.groupby("year"):
        for flow in FLOWS:
            known = group.dropna(subset=[flow])
            stats = concentration(known[flow])
            top = known.loc[known[flow].idxmax()] if stats["n_partners"] else None
            rows.append({"year": year, "iso3": frame["iso3"].iloc[0], "flow": flow, **stats,
                         "total": float(known[flow].sum()) if stats["n_partners"] else np.nan,
                         "top_partner": None if top is None else (top["partner"] if pd.notna(top["partner"])
                                                                 else f"COW {top['partner_cow']}"),
                         "top_share": np.nan if top is None else float(top[flow] / known[flow].sum()),
                         "source": SOURCE})
    columns = ["year", "iso3", "flow", "n_partners", "total", "hhi", "hhi_normalised", "hirschman",
               "top_partner", "top_share", "source"]
    return pd.DataFrame(rows, columns=columns)


def _interdependence(trade: ibis.Value, total1: ibis.Value, total2: ibis.Value,
                     gdp1: ibis.Value, gdp2: ibis.Value) -> dict[str, ibis.Value]:
    """Barbieri (1996) and Keohane–Nye columns from dyadic trade, national totals and GDP."""
    share1, share2 = trade / total1, trade / total2
    salience = (share1 * share2).sqrt()
    symmetry = 1 - (share1 - share2).abs()
    dependence1, dependence2 = trade / gdp1, trade / gdp2
    return {"trade_share1": share1, "trade_share2": share2, "salience": salience, "symmetry": symmetry,
            "interdependence": salience * symmetry, "dependence1": dependence1, "dependence2": dependence2,
            "asymmetry": dependence1 - dependence2}


def trade_interdependence(con: duckdb.DuckDBPyConnection, focal: str | int, partners: Iterable[str] | str,
                          years: Years = None) -> pd.DataFrame:
    """Barbieri's salience, symmetry and interdependence and the Keohane–Nye asymmetry per partner-year.

    T_ij = the focal's exports + imports with j (million current USD); trade shares divide T_ij by
    each side's COW national total trade; D = T_ij / GDP with GDP from `sdp_gdp` (constant 2011
    PPP dollars, Anders, Fariss & Markowitz 2020); asymmetry = D_focal − D_partner (> 0: the focal
    depends more on the partner than the partner on it).
    """
    store.require(con, DYADIC, NATIONAL, GDP)
    who = focal_country(focal)
    chosen = country_list(partners)
    span = within_coverage(years, table_coverage(store.ibis_con(con).table(DYADIC)), "COW trade")
    flows = _focal_flows(con, who, span)
    flows = flows.filter(flows.partner_cow.isin([c for p in chosen for c in p.codes]))
    national = _national(con)
    partner_nat = national.select(partner_cow=national.ccode, year=national.year,
                                  partner_total=national.imports_national + national.exports_national)
    gdp = store.ibis_con(con).table(GDP)
    gdp = gdp.select(ccode=gdp.ccode.cast("int64"), year=gdp.year.cast("int64"),
                     gdp=gdp_millions(gdp.wbgdp2011est))
    focal_gdp = gdp.filter(gdp.ccode.isin(list(who.codes))).group_by("year").aggregate(gdp_focal=gdp.gdp.max())
    partner_gdp = gdp.select(partner_cow=gdp.ccode, year=gdp.year, gdp_partner=gdp.gdp)
    focal_nat = _focal_national(con, who)
    joined = left_join(flows, focal_nat, "year")
    joined = left_join(joined, partner_nat, ["year", "partner_cow"])
    joined = left_join(joined, focal_gdp, "year")
    joined = left_join(joined, partner_gdp, ["year", "partner_cow"])
    joined = joined.mutate(focal_total=joined.exports_national + joined.imports_national)
    measures = _interdependence(joined.total, joined.focal_total, joined.partner_total,
                                joined.gdp_focal, joined.gdp_partner)
    joined = joined.mutate(**measures)
    frame = joined.to_pandas().rename(columns={
        "total": "trade", "trade_share1": "trade_share_focal", "trade_share2": "trade_share_partner",
        "dependence1": "dependence_focal", "dependence2": "dependence_partner"})
    frame.insert(0, "partner", _partner_iso3(frame["partner_cow"]))
    frame = _grid(frame, chosen, span)
    frame["iso3"] = who.iso3
    frame["source"] = f"{SOURCE}; {GDP}"
    columns = ["year", "iso3", "partner", "trade", "focal_total", "partner_total", "trade_share_focal",
               "trade_share_partner", "salience", "symmetry", "interdependence", "gdp_focal", "gdp_partner",
               "dependence_focal", "dependence_partner", "asymmetry", "source"]
    return frame[columns].sort_values(["year", "partner"]).reset_index(drop=True)


WITS_TRADE = {"Export": "Trade (US$ Mil)-Top 5 Export Partner", "Import": "Trade (US$ Mil)-Top 5 Import Partner"}


def _wits_reports(con: duckdb.DuckDBPyConnection, span: tuple[int, int]) -> pd.DataFrame:
    """WITS bilateral totals: reporter, partner, kind (Export/Import), year, value (million USD)."""
    wits = store.ibis_con(con).table(WITS)
    wits = wits.filter(wits.product == "All Products", wits.indicator.isin(list(WITS_TRADE.values())),
                       wits.partner_iso3.notnull(), wits.year.cast("int64").between(span[0], span[1]))
    return wits.select(reporter=wits.reporter_iso3, partner=wits.partner_iso3, kind=wits.indicator_type,
                       year=wits.year.cast("int64"), value=wits.value.cast("float64")).to_pandas()


def _kosis_reports(con: duckdb.DuckDBPyConnection, focal: Focal, span: tuple[int, int]) -> pd.DataFrame:
    """Annual sums of the KOSIS monthly customs series (complete years only), million USD."""
    if not store.has_table(con, KOSIS):
        return pd.DataFrame(columns=["year", "partner", "flow", "focal_reported", "focal_reported_by"])
    kosis = store.ibis_con(con).table(KOSIS)
    kosis = kosis.filter(kosis.reporter_iso3 == focal.iso3, kosis.partner_iso3.notnull())
    kosis = kosis.mutate(year=kosis.month.year().cast("int64"))
    kosis = kosis.filter(kosis.year.between(span[0], span[1]))
    annual = kosis.group_by(["year", kosis.partner_iso3.name("partner")]).aggregate(
        months=kosis.month.nunique(), exports=kosis.exports.sum() / 1000, imports=kosis.imports.sum() / 1000)
    annual = annual.filter(annual.months == 12).to_pandas()
    long = annual.melt(id_vars=["year", "partner"], value_vars=["exports", "imports"], var_name="flow",
                       value_name="focal_reported")
    return long.assign(focal_reported_by=long["flow"].map(lambda f: f"kosis (focal's {f})"))


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Concatenate the non-empty frames (an empty one would blur the dtypes)."""
    full = [f for f in frames if len(f)]
    return pd.concat(full, ignore_index=True) if full else frames[0].iloc[0:0]


def trade_mirror_gap(con: duckdb.DuckDBPyConnection, focal: str | int, partners: Iterable[str] | str | None = None,
                     years: Years = None) -> pd.DataFrame:
    """What the partner reports against what the focal reports, for every pair of reports known.

    COW's dyadic file holds import reports only, so the focal's own export figures come from the
    WITS trade summaries (top-5 partners of each reporter) and, where loaded, the KOSIS monthly
    customs series (summed over complete years). Partner-reported figures: for the focal's
    exports, COW's flow (the partner's imports) and the partner's WITS import report; for its
    imports, the partner's WITS export report. Focal-reported: WITS / KOSIS exports and imports,
    and COW's import flow (the focal's own import report). All million current USD.
    gap = partner_reported − focal_reported; gap_ratio = gap / focal_reported. Import reports are
    c.i.f. and export reports f.o.b., so a small positive gap on the focal's exports is expected.
    """
    store.require(con, DYADIC, WITS)
    who = focal_country(focal)
    chosen = country_list(partners)
    span = within_coverage(years, table_coverage(store.ibis_con(con).table(DYADIC)), "COW trade")
    cow = trade_dependence(con, who.iso3, [p.iso3 for p in chosen] if chosen else None, span)
    wits = _wits_reports(con, span)
    own, mirror = wits[wits["reporter"] == who.iso3], wits[wits["partner"] == who.iso3]
    kinds = {"Export": "exports", "Import": "imports"}
    focal_reports = _concat([
        own.assign(flow=own["kind"].map(kinds), focal_reported=own["value"],
                   focal_reported_by=own["kind"].map(lambda k: f"wits (focal's {kinds[k]})")),
        cow.assign(flow="imports", focal_reported=cow["imports"], focal_reported_by=f"{SOURCE} (focal's imports)"),
        _kosis_reports(con, who, span)])
    # The partner's exports are the focal's imports and vice versa.
    flipped = {"Export": "imports", "Import": "exports"}
    partner_reports = _concat([
        cow.assign(flow="exports", partner_reported=cow["exports"],
                   partner_reported_by=f"{SOURCE} (partner's imports)"),
        mirror.assign(partner=mirror["reporter"], flow=mirror["kind"].map(flipped), partner_reported=mirror["value"],
                      partner_reported_by=mirror["kind"].map(lambda k: f"wits (partner's {kinds[k]})"))])
    frame = partner_reports[["year", "partner", "flow", "partner_reported", "partner_reported_by"]].merge(
        focal_reports[["year", "partner", "flow", "focal_reported", "focal_reported_by"]],
        on=["year", "partner", "flow"], how="inner")
    if chosen is not None:
        frame = frame[frame["partner"].isin([p.iso3 for p in chosen])]
    frame = frame.dropna(subset=["partner_reported", "focal_reported"])
    frame = frame.assign(iso3=who.iso3, year=frame["year"].astype("int64"),
                         gap=frame["partner_reported"] - frame["focal_reported"])
    frame["gap_ratio"] = frame["gap"] / frame["focal_reported"]
    frame["source"] = frame.apply(lambda r: "; ".join(sorted({r["partner_reported_by"].split(" ")[0],
                                                              r["focal_reported_by"].split(" ")[0]})), axis=1) \
        if len(frame) else pd.Series(dtype="object")
    columns = ["year", "iso3", "partner", "flow", "partner_reported", "focal_reported", "gap", "gap_ratio",
               "partner_reported_by", "focal_reported_by", "source"]
    return frame[columns].sort_values(["flow", "partner", "year", "partner_reported_by", "focal_reported_by"]) \
        .reset_index(drop=True)


# --------------------------------------------------------------------------- dyad-year verbs


def _check_dyads(dyads: ibis.Table) -> None:
    missing = [c for c in ("ccode1", "ccode2", "year") if c not in dyads.columns]
    if missing:
        raise LatitudeError(f"dyad-year table lacks {', '.join(missing)}: build it with latitude.dyads.create_dyadyears")


def add_trade_dependence(dyads: ibis.Table) -> ibis.Table:
    """Add trade (flow1 + flow2), Barbieri's trade shares, salience, symmetry and interdependence,
    GDP (million 2011 PPP USD), trade/GDP dependence of each side and the Keohane–Nye asymmetry
    (dependence1 − dependence2). Adds COW trade first if `flow1`/`flow2` are absent.
    """
    _check_dyads(dyads)
    base = dyads if {"flow1", "flow2"} <= set(dyads.columns) else add_cow_trade(dyads)
    national = store_table(dyads.get_backend(), NATIONAL)
    national = national.select(ccode=national.ccode.cast("int64"), year=national.year.cast("int64"),
                               nat_total=national.imports.cast("float64") + national.exports.cast("float64"))
    gdp = store_table(dyads.get_backend(), GDP)
    gdp = gdp.select(ccode=gdp.ccode.cast("int64"), year=gdp.year.cast("int64"), gdp=gdp_millions(gdp.wbgdp2011est))
    keyed = base.mutate(_c1=base.ccode1.cast("int64"), _c2=base.ccode2.cast("int64"), _y=base.year.cast("int64"))
    n1 = national.select(_n1c=national.ccode, _n1y=national.year, _total1=national.nat_total)
    n2 = national.select(_n2c=national.ccode, _n2y=national.year, _total2=national.nat_total)
    g1 = gdp.select(_g1c=gdp.ccode, _g1y=gdp.year, gdp1=gdp.gdp)
    g2 = gdp.select(_g2c=gdp.ccode, _g2y=gdp.year, gdp2=gdp.gdp)
    joined = (keyed.left_join(n1, [keyed._c1 == n1._n1c, keyed._y == n1._n1y])
              .left_join(n2, [keyed._c2 == n2._n2c, keyed._y == n2._n2y])
              .left_join(g1, [keyed._c1 == g1._g1c, keyed._y == g1._g1y])
              .left_join(g2, [keyed._c2 == g2._g2c, keyed._y == g2._g2y]))
    trade = joined.flow1 + joined.flow2
    joined = joined.mutate(trade=trade, **_interdependence(trade, joined._total1, joined._total2,
                                                         joined.gdp1, joined.gdp2))
    added = ["trade", "trade_share1", "trade_share2", "salience", "symmetry", "interdependence",
             "gdp1", "gdp2", "dependence1", "dependence2", "asymmetry"]
    return joined.select(*base.columns, *added)
