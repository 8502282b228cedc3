"""Security dependence of a state on great powers: alliances, arms imports, relative capabilities.

- `alliance_portfolio`: which poles the focal is allied with per year, by obligation type, from ATOP
  (Leeds et al.; to 2018) and COW formal alliances (Gibler; to 2012);
- `arms_imports`, `arms_concentration`: the focal's imports of major conventional arms by
  supplier (SIPRI TIV), per year or over SIPRI's usual 5-year windows, and supplier concentration;
- `arms_deals`: the deals in SIPRI's trade register behind those deliveries;
- `capability_ratios`: the focal's CINC score over each pole's (COW National Material Capabilities).

Outside a source's years every value is missing (NA), never 0. Formulas in docs/dependence.md.
"""
from __future__ import annotations

from collections.abc import Iterable

import duckdb
import numpy as np
import pandas as pd

from latitude import countries, store
from latitude.errors import LatitudeError
from latitude.measures.trade import (Focal, concentration, country_list, focal_country, table_coverage,
                                     within_coverage)
from latitude.years import Years, year_range

ATOP_FLAGS = ("atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul")
COW_FLAGS = ("cow_defense", "cow_neutral", "cow_nonagg", "cow_entente")
SIPRI_WINDOW = 5


def _member_years(country: Focal) -> set[int]:
    """Years in which any COW state carrying the country's ISO3 is a system member."""
    table = countries.state_table()
    years: set[int] = set()
    for text in table.loc[table["iso3"] == country.iso3, "spells"].dropna():
        for start, end in countries.spells(text):
            years.update(range(start.year, end.year + 1))
    return years


def _allied(con: duckdb.DuckDBPyConnection, table: str, flags: tuple[str, ...], focal: Focal,
            poles: list[Focal], span: tuple[int, int]) -> pd.DataFrame:
    """Rows of a dyad-year alliance table with the focal as one side and a pole as the other."""
    t = store.ibis_con(con).table(table)
    t = t.select(ccode1=t.ccode1.cast("int64"), ccode2=t.ccode2.cast("int64"), year=t.year.cast("int64"),
                 **{f: t[f].cast("int64") for f in flags})
    pole_codes = [c for p in poles for c in p.codes]
    one = t.filter(t.ccode1.isin(list(focal.codes)), t.ccode2.isin(pole_codes))
    one = one.select("year", *flags, pole=one.ccode2)
    two = t.filter(t.ccode2.isin(list(focal.codes)), t.ccode1.isin(pole_codes))
    two = two.select("year", *flags, pole=two.ccode1)
    both = one.union(two, distinct=True)
    both = both.filter(both.year.between(span[0], span[1]))
    frame = both.group_by(["year", "pole"]).aggregate(**{f: both[f].max() for f in flags}).to_pandas()
    frame["partner"] = countries.cow_to_iso3(frame["pole"].astype("Int64"))
    return frame.drop(columns="pole")


def alliance_portfolio(con: duckdb.DuckDBPyConnection, focal: str | int, poles: Iterable[str] | str,
                       years: Years = None) -> pd.DataFrame:
    """Per year and pole: 0/1 alliance obligations from ATOP and COW, and whether any holds.

    Inside a source's years a missing dyad row means no alliance (0); outside them, and in years
    when the focal or the pole is not a state, the source's columns are missing.
    """
    store.require(con, "atop_alliance", "cow_alliance")
    who = focal_country(focal)
    chosen = country_list(poles)
    atop_cov = table_coverage(store.ibis_con(con).table("atop_alliance"))
    cow_cov = table_coverage(store.ibis_con(con).table("cow_alliance"))
    span = within_coverage(years, (min(atop_cov[0], cow_cov[0]), max(atop_cov[1], cow_cov[1])), "ATOP / COW alliance")
    grid = pd.MultiIndex.from_product([range(span[0], span[1] + 1), [p.iso3 for p in chosen]],
                                      names=["year", "partner"]).to_frame(index=False)
    members = {p.iso3: _member_years(p) for p in chosen}
    focal_years = _member_years(who)
    alive = pd.Series([y in focal_years and y in members[iso] for y, iso in zip(grid["year"], grid["partner"])],
                      index=grid.index)
    for table, flags, cov, any_name in (("atop_alliance", ATOP_FLAGS, atop_cov, "atop_any"),
                                        ("cow_alliance", COW_FLAGS, cow_cov, "cow_any")):
        found = _allied(con, table, flags, who, chosen, span)
        grid = grid.merge(found, on=["year", "partner"], how="left")
        covered = grid["year"].between(*cov) & alive
        for flag in flags:
            grid[flag] = grid[flag].fillna(0).astype("Int64").where(covered, pd.NA)
        grid[any_name] = (grid[list(flags)].max(axis=1) > 0).astype("Int64").where(covered, pd.NA)
    grid.insert(1, "iso3", who.iso3)
    grid["source"] = "atop; cow_alliance"
    return grid[["year", "iso3", "partner", *ATOP_FLAGS, "atop_any", *COW_FLAGS, "cow_any", "source"]]


def sipri_windows(start: int, end: int, width: int = SIPRI_WINDOW) -> list[tuple[int, int]]:
    """Complete non-overlapping windows of `width` years ending at `end` (SIPRI's 2017–2021, 2012–2016, ...)."""
    windows = []
    stop = end
    while stop - width + 1 >= start:
        windows.append((stop - width + 1, stop))
        stop -= width
    return windows[::-1]


def _arms_by_year(con: duckdb.DuckDBPyConnection, focal: Focal, span: tuple[int, int]) -> pd.DataFrame:
    tiv = store.ibis_con(con).table("sipri_tiv")
    rows = tiv.filter(tiv.recipient_iso3 == focal.iso3, tiv.year.cast("int64").between(span[0], span[1]))
    key = rows.supplier_iso3.fill_null(rows.supplier)
    rows = rows.mutate(supplier_key=key, year=rows.year.cast("int64"))
    return rows.group_by(["year", "supplier_key"]).aggregate(
        supplier_name=rows.supplier.max(), tiv=rows.tiv.cast("float64").sum()).to_pandas()


def _periods(span: tuple[int, int], coverage: tuple[int, int], window: int) -> list[tuple[int, int]]:
    if window not in (1, SIPRI_WINDOW):
        raise LatitudeError(f"window must be 1 (yearly) or 5 (SIPRI's 5-year periods), not {window}")
    if window == 1:
        return [(y, y) for y in range(span[0], span[1] + 1)]
    end = min(span[1], coverage[1])
    periods = sipri_windows(max(span[0], coverage[0]), end)
    if not periods:
        raise LatitudeError(f"years {span[0]}-{span[1]} hold no complete 5-year window inside SIPRI coverage "
                            f"{coverage[0]}-{coverage[1]}: widen the range or use window=1")
    return periods


def arms_imports(con: duckdb.DuckDBPyConnection, focal: str | int, suppliers: Iterable[str] | str | None = None,
                 years: Years = None, window: int = 1) -> pd.DataFrame:
    """The focal's arms imports (SIPRI TIV, million) by supplier and its share of all its imports.

    window=1: per year; window=5: SIPRI's non-overlapping 5-year periods ending at the last year
    asked for (default the last year of data, e.g. 2017–2021, 2012–2016, ...), complete periods
    only. Shares divide by the focal's imports from all suppliers in the period (including
    unidentified and non-state suppliers); a period with no imports has a missing share. With
    `suppliers`, every requested supplier-period has a row: TIV 0 inside SIPRI's coverage when
    nothing was delivered, missing outside it. Columns: year (period end), period, iso3, supplier
    (ISO3 or SIPRI's name), supplier_name, tiv, total_tiv, share, source.
    """
    store.require(con, "sipri_tiv")
    who = focal_country(focal)
    chosen = country_list(suppliers)
    coverage = table_coverage(store.ibis_con(con).table("sipri_tiv"))
    span = within_coverage(years, coverage, "SIPRI arms transfers")
    periods = _periods(span, coverage, window)
    by_year = _arms_by_year(con, who, (periods[0][0], periods[-1][1]))
    rows = []
    for start, end in periods:
        inside = coverage[0] <= start and end <= coverage[1]
        part = by_year[by_year["year"].between(start, end)]
        per_supplier = part.groupby("supplier_key").agg(supplier_name=("supplier_name", "first"), tiv=("tiv", "sum"))
        total = float(per_supplier["tiv"].sum()) if inside else np.nan
        keys = [p.iso3 for p in chosen] if chosen is not None else list(per_supplier.index)
        for key in keys:
            tiv = float(per_supplier["tiv"].get(key, 0.0)) if inside else np.nan
            name = per_supplier["supplier_name"].get(key, None)
            if name is None and chosen is not None:
                name = next(p.name for p in chosen if p.iso3 == key)
            rows.append({"year": end, "period": f"{start}-{end}" if window > 1 else str(end), "iso3": who.iso3,
                         "supplier": key, "supplier_name": name, "tiv": tiv, "total_tiv": total,
                         "share": tiv / total if inside and total > 0 else np.nan, "source": "sipri"})
    columns = ["year", "period", "iso3", "supplier", "supplier_name", "tiv", "total_tiv", "share", "source"]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.sort_values(["year", "tiv"], ascending=[True, False], na_position="last").reset_index(drop=True)


def arms_concentration(con: duckdb.DuckDBPyConnection, focal: str | int, years: Years = None,
                       window: int = 1) -> pd.DataFrame:
    """Supplier concentration of the focal's arms imports per year or 5-year period.

    Columns: year (period end), period, iso3, total_tiv, n_suppliers, hhi, hhi_normalised,
    top_supplier, top_share, source. Periods without imports have missing HHI.
    """
    imports = arms_imports(con, focal, years=years, window=window)
    coverage = table_coverage(store.ibis_con(con).table("sipri_tiv"))
    periods = _periods(within_coverage(years, coverage, "SIPRI arms transfers"), coverage, window)
    who = focal_country(focal)
    rows = []
    for start, end in periods:
        part = imports[imports["year"] == end]
        stats = concentration(part["tiv"]) if len(part) else concentration(pd.Series(dtype=float))
        top = part.loc[part["tiv"].idxmax()] if stats["n_partners"] else None
        rows.append({"year": end, "period": f"{start}-{end}" if window > 1 else str(end), "iso3": who.iso3,
                     "total_tiv": float(part["tiv"].sum()), "n_suppliers": stats["n_partners"],
                     "hhi": stats["hhi"], "hhi_normalised": stats["hhi_normalised"],
                     "top_supplier": None if top is None else top["supplier"],
                     "top_share": np.nan if top is None else float(top["share"]), "source": "sipri"})
    return pd.DataFrame(rows)


def arms_deals(con: duckdb.DuckDBPyConnection, focal: str | int, supplier: str | None = None,
               years: Years = None) -> pd.DataFrame:
    """The deals in SIPRI's trade register with the focal as recipient (and `supplier`, if given),
    keeping those with a delivery or, when nothing was delivered yet, an order in `years`.
    Columns as loaded in `sipri_register`, largest delivered TIV first.
    """
    store.require(con, "sipri_register")
    who = focal_country(focal)
    register = store.ibis_con(con).table("sipri_register")
    deals = register.filter(register.recipient_iso3 == who.iso3)
    if supplier is not None:
        deals = deals.filter(deals.supplier_iso3 == focal_country(supplier).iso3)
    frame = deals.to_pandas()
    span = year_range(years)
    if span is not None and len(frame):
        delivered = frame["delivery_years"].fillna("").astype(str).map(_delivery_years)
        order = pd.to_numeric(frame["order_year"], errors="coerce")
        keep = [any(span[0] <= y <= span[1] for y in ys) or (not ys and span[0] <= o <= span[1])
                for ys, o in zip(delivered, order)]
        frame = frame[keep]
    tiv = pd.to_numeric(frame.get("tiv_delivered"), errors="coerce") if len(frame) else None
    if tiv is not None:
        frame = frame.assign(_tiv=tiv).sort_values("_tiv", ascending=False, na_position="last").drop(columns="_tiv")
    frame = frame.assign(source="sipri")
    return frame.reset_index(drop=True)


def _delivery_years(text: str) -> list[int]:
    """'1979; 1980; 1981' -> [1979, 1980, 1981] (SIPRI marks uncertain years with '?')."""
    out = []
    for part in text.replace(",", ";").split(";"):
        digits = "".join(ch for ch in part if ch.isdigit())
        if len(digits) == 4:
            out.append(int(digits))
    return out


def capability_ratios(con: duckdb.DuckDBPyConnection, focal: str | int, poles: Iterable[str] | str,
                      years: Years = None) -> pd.DataFrame:
    """The focal's CINC score over each pole's per year (COW NMC); < 1 means the pole is stronger.

    Columns: year, iso3, partner, cinc_focal, cinc_partner, ratio, source; missing where either
    score is missing (outside NMC coverage or before a state existed).
    """
    store.require(con, "cow_nmc")
    who = focal_country(focal)
    chosen = country_list(poles)
    nmc = store.ibis_con(con).table("cow_nmc")
    span = within_coverage(years, table_coverage(nmc), "COW NMC")
    nmc = nmc.filter(nmc.year.cast("int64").between(span[0], span[1]))
    nmc = nmc.select(ccode=nmc.ccode.cast("int64"), year=nmc.year.cast("int64"), cinc=nmc.cinc.cast("float64"))
    wanted = list(who.codes) + [c for p in chosen for c in p.codes]
    scores = nmc.filter(nmc.ccode.isin(wanted)).group_by(["ccode", "year"]).aggregate(cinc=nmc.cinc.max()).to_pandas()
    scores["key"] = countries.cow_to_iso3(scores["ccode"].astype("Int64"))
    scores = scores.groupby(["key", "year"], as_index=False)["cinc"].max()
    grid = pd.MultiIndex.from_product([range(span[0], span[1] + 1), [p.iso3 for p in chosen]],
                                      names=["year", "partner"]).to_frame(index=False)
    mine = scores[scores["key"] == who.iso3][["year", "cinc"]].rename(columns={"cinc": "cinc_focal"})
    theirs = scores.rename(columns={"key": "partner", "cinc": "cinc_partner"})
    grid = grid.merge(mine, on="year", how="left").merge(theirs, on=["year", "partner"], how="left")
    grid["ratio"] = grid["cinc_focal"] / grid["cinc_partner"]
    grid.insert(1, "iso3", who.iso3)
    grid["source"] = "cow_nmc"
    return grid[["year", "iso3", "partner", "cinc_focal", "cinc_partner", "ratio", "source"]]
