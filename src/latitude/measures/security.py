"""Security dependence of a state on great powers: alliances, arms transfers, relative capabilities.

- `alliance_portfolio`: which poles the focal is allied with per year, by obligation type, from ATOP
  (Leeds et al.; to 2018) and COW formal alliances (Gibler; to 2012): the focal's view of the
  `add_atop_alliance` / `add_cow_alliance` dyad-year verbs;
- `arms_flows`, `add_arms_transfers`: SIPRI deliveries of major conventional arms spliced into one
  series (the 2026 register for 1995-2024, the TIV table before), and the dyad-year verb;
- `arms_imports`, `arms_exports`, `arms_concentration`: the focal's arms imports by supplier and
  exports by recipient (SIPRI TIV), per year or over SIPRI's 5-year windows, and concentration;
- `arms_deals`: the deals in SIPRI's register behind those deliveries;
- `capability_ratios`: the focal's CINC score over each pole's (COW National Material
  Capabilities): the focal's view of `add_cinc`.

Outside a source's years every value is missing (NA), never 0. Formulas in docs/dependence.md.
"""
from __future__ import annotations

from collections.abc import Iterable

import ibis
import ibis.expr.types as ir
import numpy as np
import pandas as pd

from latitude.catalogue import CatalogueLike, catalogue
from latitude.dyads import add_atop_alliance, add_cinc, add_cow_alliance, by_iso3, create_dyadyears
from latitude.errors import LatitudeError
from latitude.measures.trade import Focal, concentration, country_list, focal_country, within_coverage
from latitude.years import Years, year_range

ATOP_FLAGS = ("atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul")
COW_FLAGS = ("cow_defense", "cow_neutral", "cow_nonagg", "cow_entente")
SIPRI_WINDOW = 5
# the spliced arms series reads the register first, the TIV table for the years before it
ARMS_TABLES = ("sipri_deliveries", "sipri_tiv")


def _focal_grid(focal: Focal, partners: list[Focal], span: tuple[int, int]) -> pd.DataFrame:
    """Every (year, partner) asked for, so that years the data lack show as missing rows."""
    return pd.MultiIndex.from_product([range(span[0], span[1] + 1), [p.iso3 for p in partners]],
                                      names=["year", "partner"]).to_frame(index=False)


def _focal_dyads(cat, focal: Focal, partners: list[Focal], span: tuple[int, int]) -> ir.Table:
    return create_dyadyears(cat, years=span, iso3_1=[focal.iso3], iso3_2=[p.iso3 for p in partners])


def alliance_portfolio(con: CatalogueLike, focal: str | int, poles: Iterable[str] | str,
                       years: Years = None) -> pd.DataFrame:
    """Per year and pole: 0/1 alliance obligations from ATOP and COW, and whether any holds.

    The focal's rows of `add_atop_alliance` and `add_cow_alliance`: inside a source's years a
    missing dyad row means no alliance (0); outside them, and in years when the focal or the pole
    is not a state, the source's columns are missing.
    """
    cat = catalogue(con)
    cat.require("atop_alliance", "cow_alliance")
    who = focal_country(focal)
    chosen = country_list(poles)
    atop_cov, cow_cov = cat.coverage("atop_alliance"), cat.coverage("cow_alliance")
    span = within_coverage(years, (min(atop_cov[0], cow_cov[0]), max(atop_cov[1], cow_cov[1])), "ATOP / COW alliance")
    dyads = by_iso3(add_cow_alliance(add_atop_alliance(_focal_dyads(cat, who, chosen, span))), prefer="atop_defense")
    found = dyads.select("year", partner="iso3_2", **{f: dyads[f] for f in (*ATOP_FLAGS, *COW_FLAGS)}).to_pandas()
    grid = _focal_grid(who, chosen, span).merge(found.astype({"year": "int64"}), on=["year", "partner"], how="left")
    for flags, any_name in ((ATOP_FLAGS, "atop_any"), (COW_FLAGS, "cow_any")):
        for flag in flags:
            grid[flag] = grid[flag].astype("Int64")
        grid[any_name] = (grid[list(flags)].max(axis=1) > 0).astype("Int64").where(grid[flags[0]].notna(), pd.NA)
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


def arms_coverage(con: CatalogueLike) -> tuple[int, int]:
    """Years the spliced SIPRI series covers: the TIV table's first year to the register's last."""
    cat = catalogue(con)
    spans = [cat.coverage(t) for t in ARMS_TABLES if cat.has(t)]
    spans = [s for s in spans if s[0] is not None and s[1] is not None]
    if not spans:
        cat.require(ARMS_TABLES[0])
        raise LatitudeError("the SIPRI tables record no years: rebuild the store with `latitude data build`")
    return min(s[0] for s in spans), max(s[1] for s in spans)


def arms_flows(con: CatalogueLike) -> ir.Table:
    """SIPRI deliveries of major conventional arms, one row per year, supplier and recipient.

    The delivery-level register (`sipri_deliveries`, SIPRI's newest release) answers for the years
    it covers; the older TIV table (`sipri_tiv`) for the years before. Columns: year, supplier,
    recipient (ISO3, else SIPRI's name for non-state actors and organisations), supplier_iso3,
    recipient_iso3, tiv (SIPRI TIV, million), source.
    """
    cat = catalogue(con)
    parts = []
    register_start = None
    if cat.has("sipri_deliveries"):
        register_start = cat.coverage("sipri_deliveries")[0]
        d = cat.table("sipri_deliveries")
        d = d.filter(d.delivery_year.notnull())
        parts.append(d.select(year=d.delivery_year.cast("int64"), supplier_name=d.supplier, recipient_name=d.recipient,
                              supplier_iso3=d.supplier_iso3.cast("string"), recipient_iso3=d.recipient_iso3.cast("string"),
                              tiv=d.tiv_delivered.cast("float64"), source=ibis.literal("sipri_register_2024")))
    if cat.has("sipri_tiv"):
        t = cat.table("sipri_tiv")
        t = t.select(year=t.year.cast("int64"), supplier_name=t.supplier, recipient_name=t.recipient,
                     supplier_iso3=t.supplier_iso3.cast("string"), recipient_iso3=t.recipient_iso3.cast("string"),
                     tiv=t.tiv.cast("float64"), source=ibis.literal("sipri"))
        parts.append(t.filter(t.year < register_start) if register_start is not None else t)
    if not parts:
        cat.require(*ARMS_TABLES)
    rows = ibis.union(*parts)
    rows = rows.mutate(supplier=rows.supplier_iso3.fill_null(rows.supplier_name),
                       recipient=rows.recipient_iso3.fill_null(rows.recipient_name))
    return rows.group_by(["year", "supplier", "recipient", "supplier_iso3", "recipient_iso3", "source"]).aggregate(
        tiv=rows.tiv.sum())


def add_arms_transfers(dyads: ir.Table) -> ir.Table:
    """Left-join SIPRI arms transfers onto dyad-years (iso3_1, iso3_2, year), from side 1's view.

    Adds arms_imports (TIV delivered by 2 to 1), arms_import_share (of all 1 received that year),
    arms_import_share_5y (over the five years ending that year, complete windows inside coverage
    only), arms_exports (TIV 1 delivered to 2) and arms_export_share (of all 1 delivered). Inside
    SIPRI's coverage a pair with no deliveries has 0; a share whose denominator is 0 is missing;
    outside coverage everything is missing.
    """
    missing = [k for k in ("iso3_1", "iso3_2", "year") if k not in dyads.columns]
    if missing:
        raise LatitudeError(f"add_arms_transfers needs columns iso3_1, iso3_2, year; missing {', '.join(missing)}")
    cat = catalogue(dyads.get_backend())
    lo, hi = arms_coverage(cat)
    flows = arms_flows(cat)
    received = flows.group_by(["year", "recipient"]).aggregate(total=flows.tiv.sum())
    sent = flows.group_by(["year", "supplier"]).aggregate(total=flows.tiv.sum())
    pair = flows.filter(flows.supplier_iso3.notnull() & flows.recipient_iso3.notnull())
    pair = pair.group_by(["year", "supplier_iso3", "recipient_iso3"]).aggregate(tiv=pair.tiv.sum())
    # a complete yearly grid for each recipient and pair inside coverage, so 5-year sums are plain sums
    years = ibis.memtable({"y": list(range(lo, hi + 1))})
    keys = dyads.select(a=dyads.iso3_1, b=dyads.iso3_2).distinct()
    grid = keys.cross_join(years)
    got = pair.select(_ga="recipient_iso3", _gb="supplier_iso3", _gy="year", _gt="tiv")
    grid = grid.left_join(got, (grid.a == got._ga) & (grid.b == got._gb) & (grid.y == got._gy))
    grid = grid.select("a", "b", "y", imports=grid._gt.fill_null(0.0))
    gave = pair.select(_ga="supplier_iso3", _gb="recipient_iso3", _gy="year", _gt="tiv")
    grid = grid.left_join(gave, (grid.a == gave._ga) & (grid.b == gave._gb) & (grid.y == gave._gy))
    grid = grid.select("a", "b", "y", "imports", exports=grid._gt.fill_null(0.0))
    inbound = received.select(_ga="recipient", _gy="year", _gt="total")
    grid = grid.left_join(inbound, (grid.a == inbound._ga) & (grid.y == inbound._gy))
    grid = grid.select("a", "b", "y", "imports", "exports", in_total=grid._gt.fill_null(0.0))
    outbound = sent.select(_ga="supplier", _gy="year", _gt="total")
    grid = grid.left_join(outbound, (grid.a == outbound._ga) & (grid.y == outbound._gy))
    grid = grid.select("a", "b", "y", "imports", "exports", "in_total", out_total=grid._gt.fill_null(0.0))
    last5 = ibis.window(group_by=["a", "b"], order_by="y", preceding=4, following=0)
    grid = grid.mutate(imports_5y=grid.imports.sum().over(last5), in_total_5y=grid.in_total.sum().over(last5))
    share = lambda num, den: ibis.ifelse(den > 0, num / den, ibis.null("float64"))  # noqa: E731
    grid = grid.select(
        _a="a", _b="b", _y="y", arms_imports="imports", arms_exports="exports",
        arms_import_share=share(grid.imports, grid.in_total),
        arms_import_share_5y=ibis.ifelse(grid.y >= lo + 4, share(grid.imports_5y, grid.in_total_5y),
                                         ibis.null("float64")),
        arms_export_share=share(grid.exports, grid.out_total))
    joined = dyads.left_join(grid, (dyads.iso3_1 == grid._a) & (dyads.iso3_2 == grid._b)
                             & (dyads.year.cast("int64") == grid._y))
    return joined.drop("_a", "_b", "_y")


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


def _arms_by_partner(con: CatalogueLike, focal: str | int, partners: Iterable[str] | str | None, years: Years,
                     window: int, direction: str) -> pd.DataFrame:
    """The focal's deliveries received (direction 'imports') or sent ('exports') by partner and period."""
    cat = catalogue(con)
    who = focal_country(focal)
    chosen = country_list(partners)
    coverage = arms_coverage(cat)
    span = within_coverage(years, coverage, "SIPRI arms transfers")
    periods = _periods(span, coverage, window)
    flows = arms_flows(cat)
    mine, other = ("recipient", "supplier") if direction == "imports" else ("supplier", "recipient")
    rows = flows.filter(flows[mine] == who.iso3, flows.year.between(periods[0][0], periods[-1][1]))
    by_year = rows.group_by(["year", rows[other].name("key")]).aggregate(
        name=rows[f"{other}_iso3"].max(), tiv=rows.tiv.sum(), source=rows.source.max()).to_pandas()
    by_year["name"] = by_year["name"].fillna(by_year["key"])
    out = []
    for start, end in periods:
        inside = coverage[0] <= start and end <= coverage[1]
        part = by_year[by_year["year"].between(start, end)]
        per_partner = part.groupby("key").agg(name=("name", "first"), tiv=("tiv", "sum"))
        total = float(per_partner["tiv"].sum()) if inside else np.nan
        sources = "; ".join(sorted(set(part["source"]))) or ("sipri_register_2024" if cat.has("sipri_deliveries")
                                                            and start >= cat.coverage("sipri_deliveries")[0]
                                                            else "sipri")
        keys = [p.iso3 for p in chosen] if chosen is not None else list(per_partner.index)
        for key in keys:
            tiv = float(per_partner["tiv"].get(key, 0.0)) if inside else np.nan
            name = per_partner["name"].get(key, None)
            if name is None and chosen is not None:
                name = next(p.name for p in chosen if p.iso3 == key)
            out.append({"year": end, "period": f"{start}-{end}" if window > 1 else str(end), "iso3": who.iso3,
                        "partner": key, "partner_name": name, "tiv": tiv, "total_tiv": total,
                        "share": tiv / total if inside and total > 0 else np.nan, "source": sources})
    frame = pd.DataFrame(out, columns=["year", "period", "iso3", "partner", "partner_name", "tiv", "total_tiv",
                                       "share", "source"])
    frame = frame.sort_values(["year", "tiv"], ascending=[True, False], na_position="last").reset_index(drop=True)
    side = "supplier" if direction == "imports" else "recipient"
    return frame.rename(columns={"partner": side, "partner_name": f"{side}_name"})


def arms_imports(con: CatalogueLike, focal: str | int, suppliers: Iterable[str] | str | None = None,
                 years: Years = None, window: int = 1) -> pd.DataFrame:
    """The focal's arms imports (SIPRI TIV, million) by supplier and its share of all its imports.

    window=1: per year; window=5: SIPRI's non-overlapping 5-year periods ending at the last year
    asked for (default the last year of data, e.g. 2020-2024, 2015-2019, ...), complete periods
    only. Shares divide by the focal's imports from all suppliers in the period (including
    unidentified and non-state suppliers); a period with no imports has a missing share. With
    `suppliers`, every requested supplier-period has a row: TIV 0 inside SIPRI's coverage when
    nothing was delivered, missing outside it. Columns: year (period end), period, iso3, supplier
    (ISO3 or SIPRI's name), supplier_name, tiv, total_tiv, share, source (the SIPRI release that
    answered: `sipri_register_2024` from 1995, `sipri` before).
    """
    return _arms_by_partner(con, focal, suppliers, years, window, "imports")


def arms_exports(con: CatalogueLike, focal: str | int, recipients: Iterable[str] | str | None = None,
                 years: Years = None, window: int = 1) -> pd.DataFrame:
    """The focal's arms exports (SIPRI TIV, million) by recipient and each one's share of all it
    delivered, per year or SIPRI 5-year period (as `arms_imports`, seen from the supplier).
    Columns: year, period, iso3, recipient, recipient_name, tiv, total_tiv, share, source."""
    return _arms_by_partner(con, focal, recipients, years, window, "exports")


def arms_concentration(con: CatalogueLike, focal: str | int, years: Years = None,
                       window: int = 1) -> pd.DataFrame:
    """Supplier concentration of the focal's arms imports per year or 5-year period.

    Columns: year (period end), period, iso3, total_tiv, n_suppliers, hhi, hhi_normalised,
    top_supplier, top_share, source. Periods without imports have missing HHI.
    """
    imports = arms_imports(con, focal, years=years, window=window)
    who = focal_country(focal)
    rows = []
    for (end, period), part in imports.groupby(["year", "period"], sort=True):
        stats = concentration(part["tiv"].dropna())
        top = part.loc[part["tiv"].idxmax()] if stats["n_partners"] else None
        rows.append({"year": end, "period": period, "iso3": who.iso3,
                     "total_tiv": float(part["tiv"].sum()), "n_suppliers": stats["n_partners"],
                     "hhi": stats["hhi"], "hhi_normalised": stats["hhi_normalised"],
                     "top_supplier": None if top is None else top["supplier"],
                     "top_share": np.nan if top is None else float(top["share"]),
                     "source": part["source"].iloc[0]})
    return pd.DataFrame(rows, columns=["year", "period", "iso3", "total_tiv", "n_suppliers", "hhi", "hhi_normalised",
                                       "top_supplier", "top_share", "source"])


def arms_deals(con: CatalogueLike, focal: str | int, supplier: str | None = None,
               years: Years = None) -> pd.DataFrame:
    """The deals in SIPRI's trade register with the focal as recipient (and `supplier`, if given),
    keeping those with a delivery or, when nothing was delivered yet, an order in `years`.

    From the delivery-level register (`sipri_deliveries`) when loaded, one row per deal with its
    delivery years and the TIV delivered in `years`; else from the older deal-level register
    (`sipri_register`). Largest delivered TIV first.
    """
    cat = catalogue(con)
    who = focal_country(focal)
    span = year_range(years)
    if cat.has("sipri_deliveries"):
        return _deals_from_deliveries(cat, who, supplier, span)
    register = cat.table("sipri_register")
    deals = register.filter(register.recipient_iso3 == who.iso3)
    if supplier is not None:
        deals = deals.filter(deals.supplier_iso3 == focal_country(supplier).iso3)
    frame = deals.to_pandas()
    if span is not None and len(frame):
        delivered = frame["delivery_years"].fillna("").astype(str).map(_delivery_years)
        order = pd.to_numeric(frame["order_year"], errors="coerce")
        keep = [any(span[0] <= y <= span[1] for y in ys) or (not ys and span[0] <= o <= span[1])
                for ys, o in zip(delivered, order)]
        frame = frame[keep]
    return _largest_first(frame.assign(source="sipri"))


DEAL_KEYS = ("supplier", "recipient", "supplier_iso3", "recipient_iso3", "order_year", "weapon_designation",
             "weapon_description")


def _deals_from_deliveries(cat, who: Focal, supplier: str | None, span: tuple[int, int] | None) -> pd.DataFrame:
    rows = cat.table("sipri_deliveries")
    rows = rows.filter(rows.recipient_iso3 == who.iso3)
    if supplier is not None:
        rows = rows.filter(rows.supplier_iso3 == focal_country(supplier).iso3)
    frame = rows.to_pandas()
    if frame.empty:
        return frame.assign(source="sipri_register_2024")
    keys = [k for k in DEAL_KEYS if k in frame.columns]
    frame[keys] = frame[keys].astype(object).where(frame[keys].notna(), "")
    inside = frame["delivery_year"].between(*span) if span is not None else pd.Series(True, index=frame.index)
    frame = frame.assign(_in=inside, _tiv=frame["tiv_delivered"].where(inside, 0.0))
    deals = frame.groupby(keys, sort=False).agg(
        number_ordered=("number_ordered", "max"), number_delivered=("number_delivered", "sum"),
        delivery_years=("delivery_year", lambda ys: "; ".join(str(int(y)) for y in sorted(ys.dropna()))),
        first_delivery_year=("delivery_year", "min"), last_delivery_year=("delivery_year", "max"),
        status=("status", "first"), comments=("comments", "first"), tiv_delivered=("_tiv", "sum"),
        _any=("_in", "any")).reset_index()
    if span is not None:
        order = pd.to_numeric(deals["order_year"], errors="coerce")
        undelivered = deals["first_delivery_year"].isna() & order.between(*span)
        deals = deals[deals["_any"] | undelivered]
    return _largest_first(deals.drop(columns="_any").replace({"": None}).assign(source="sipri_register_2024"))


def _largest_first(frame: pd.DataFrame) -> pd.DataFrame:
    if len(frame):
        tiv = pd.to_numeric(frame["tiv_delivered"], errors="coerce")
        frame = frame.assign(_tiv=tiv).sort_values("_tiv", ascending=False, na_position="last").drop(columns="_tiv")
    return frame.reset_index(drop=True)


def _delivery_years(text: str) -> list[int]:
    """'1979; 1980; 1981' -> [1979, 1980, 1981] (SIPRI marks uncertain years with '?')."""
    out = []
    for part in text.replace(",", ";").split(";"):
        digits = "".join(ch for ch in part if ch.isdigit())
        if len(digits) == 4:
            out.append(int(digits))
    return out


def capability_ratios(con: CatalogueLike, focal: str | int, poles: Iterable[str] | str,
                      years: Years = None) -> pd.DataFrame:
    """The focal's CINC score over each pole's per year (COW NMC); < 1 means the pole is stronger.

    The focal's rows of `add_cinc`. Columns: year, iso3, partner, cinc_focal, cinc_partner, ratio,
    source; missing where either score is missing (outside NMC coverage or before a state existed).
    """
    cat = catalogue(con)
    cat.require("cow_nmc")
    who = focal_country(focal)
    chosen = country_list(poles)
    span = within_coverage(years, cat.coverage("cow_nmc"), "COW NMC")
    dyads = by_iso3(add_cinc(_focal_dyads(cat, who, chosen, span)), prefer="cinc2")
    found = dyads.select("year", partner="iso3_2", cinc_focal=dyads.cinc1.cast("float64"),
                         cinc_partner=dyads.cinc2.cast("float64")).to_pandas()
    grid = _focal_grid(who, chosen, span).merge(found.astype({"year": "int64"}), on=["year", "partner"], how="left")
    grid["ratio"] = grid["cinc_focal"] / grid["cinc_partner"]
    grid.insert(1, "iso3", who.iso3)
    grid["source"] = "cow_nmc"
    return grid[["year", "iso3", "partner", "cinc_focal", "cinc_partner", "ratio", "source"]]
