"""Country-level trade dependence, from one bilateral trade series (`measures.trade_flows`).

The series splices COW Trade 4.0 (to 2014), the IMF's Direction of Trade Statistics (to 2020) and
UN Comtrade totals (2021 on), each row naming the source that answered and whether a flow is the
focal's own report or its partner's (the "mirror"). Every trade figure latitude shows reads it
(the precomputed `dim_trade` table), so the profile, `dependence`, the report, the map, the
scenarios and `check` print the same number.

Measures (formulas and references in docs/dependence.md):
- `trade_dependence`: exports, imports and total per partner-year and their shares, of the focal's
  total trade with the world (`*_share`) and of its trade with every partner state (`*_share_states`);
- `trade_concentration`: partner concentration (HHI, normalised HHI, Hirschman's √HHI);
- `trade_interdependence`: Barbieri's (1996) salience, symmetry and interdependence and the
  Keohane–Nye asymmetry of trade-to-GDP dependence (GDP in current USD, World Bank WDI);
- `trade_mirror_gap`: partner-reported vs focal-reported flows where both are known (COW, WITS, KOSIS);
- `add_trade`, `add_trade_dependence`: peacesciencer-style verbs on an Ibis dyad-year table.

Relational work is in Ibis (DuckDB by default); pandas only shapes the final frames.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import ibis
import numpy as np
import pandas as pd

from latitude import countries
from latitude.catalogue import CatalogueLike, catalogue
from latitude.errors import LatitudeError
from latitude.measures.precompute import dimension_rows, dimension_years
from latitude.years import Years, within

__all__ = ["add_trade", "add_trade_dependence", "concentration", "trade_concentration", "trade_dependence",
           "trade_interdependence", "trade_mirror_gap"]

DYADIC = "cow_trade_dyadic"
WITS = "wits_trade_summary"
KOSIS = "kosis_monthly_trade"
GDP = "wdi_gdp"
FLOWS = ("exports", "imports", "total")
SOURCE = "cow_trade"   # the mirror-gap check compares COW's (mostly importer-reported) flows
COLUMNS = ["year", "iso3", "partner", "exports", "imports", "total", "export_share", "import_share", "trade_share",
           "export_share_states", "import_share_states", "trade_share_states", "exports_total", "imports_total",
           "source", "exports_origin", "imports_origin"]

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


def trade_years(con: CatalogueLike) -> tuple[int, int]:
    """First and last year of the spliced trade series (one-line error if no trade is loaded)."""
    span = dimension_years(catalogue(con), "trade")
    if span is None:
        raise LatitudeError("no bilateral trade in the store: run `latitude data build` (cow_trade, imf_dots, "
                            "comtrade_totals)")
    return span


def _grid(frame: pd.DataFrame, partners: list[Focal], span: tuple[int, int]) -> pd.DataFrame:
    """Every requested partner-year, missing where the series has no row (never zero)."""
    grid = pd.MultiIndex.from_product([range(span[0], span[1] + 1), [p.iso3 for p in partners]],
                                      names=["year", "partner"]).to_frame(index=False)
    return grid.merge(frame, on=["year", "partner"], how="left")


# --------------------------------------------------------------------------- public measures


def trade_dependence(con: CatalogueLike, focal: str | int, partners: Iterable[str] | str | None = None,
                     years: Years = None) -> pd.DataFrame:
    """The focal's exports, imports and total trade with each partner per year, and their shares.

    Values in million current USD. `*_share` divide by the focal's total exports / imports / trade
    with the world as reported in the answering source; `*_share_states` by the focal's trade
    summed over every partner state in that source (they add up to 1 and feed the HHI). With
    `partners`, every requested partner-year has a row, missing where the series has none.
    Columns: year, iso3, partner, exports, imports, total, the six shares, exports_total,
    imports_total, source (the answering source), exports_origin, imports_origin.
    """
    cat = catalogue(con)
    who = focal_country(focal)
    chosen = country_list(partners)
    span = within_coverage(years, trade_years(cat), "trade")
    frame = dimension_rows(cat, "trade", who.iso3, [p.iso3 for p in chosen] if chosen else None, span)
    frame = frame.assign(total=frame["exports"] + frame["imports"]).astype({"year": "int64"})
    if chosen is not None:
        frame = _grid(frame, chosen, span)
    frame["iso3"] = who.iso3
    frame = frame[COLUMNS].astype({"year": "int64"})
    return frame.sort_values(["year", "partner"], na_position="last").reset_index(drop=True)


def trade_concentration(con: CatalogueLike, focal: str | int, years: Years = None) -> pd.DataFrame:
    """Partner concentration of the focal's exports, imports and total trade per year.

    Over partner states, in the answering source. One row per year and flow: n_partners (with
    positive trade), total (million current USD), hhi, hhi_normalised, hirschman (√HHI),
    top_partner, top_share and source.
    """
    frame = trade_dependence(con, focal, years=years)
    rows = []
    for year, group in frame.groupby("year"):
        for flow in FLOWS:
            known = group.dropna(subset=[flow])
            stats = concentration(known[flow])
            top = known.loc[known[flow].idxmax()] if stats["n_partners"] else None
            rows.append({"year": year, "iso3": frame["iso3"].iloc[0], "flow": flow, **stats,
                         "total": float(known[flow].sum()) if stats["n_partners"] else np.nan,
                         "top_partner": None if top is None else top["partner"],
                         "top_share": np.nan if top is None else float(top[flow] / known[flow].sum()),
                         "source": group["source"].iloc[0]})
    columns = ["year", "iso3", "flow", "n_partners", "total", "hhi", "hhi_normalised", "hirschman",
               "top_partner", "top_share", "source"]
    return pd.DataFrame(rows, columns=columns)


def _interdependence(trade: ibis.Value, total1: ibis.Value, total2: ibis.Value,
                     gdp1: ibis.Value, gdp2: ibis.Value) -> dict[str, ibis.Value]:
    """Barbieri (1996) and Keohane–Nye columns from dyadic trade, each side's total trade and GDP."""
    share1, share2 = trade / total1, trade / total2
    salience = (share1 * share2).sqrt()
    symmetry = 1 - (share1 - share2).abs()
    dependence1, dependence2 = trade / gdp1, trade / gdp2
    return {"trade_share1": share1, "trade_share2": share2, "salience": salience, "symmetry": symmetry,
            "interdependence": salience * symmetry, "dependence1": dependence1, "dependence2": dependence2,
            "asymmetry": dependence1 - dependence2}


def trade_interdependence(con: CatalogueLike, focal: str | int, partners: Iterable[str] | str,
                          years: Years = None) -> pd.DataFrame:
    """Barbieri's salience, symmetry and interdependence and the Keohane–Nye asymmetry per partner-year.

    T_ij = the focal's exports + imports with j (million current USD, the focal's view); the trade
    shares divide T_ij by each side's total trade with the world (each side's answering source);
    D = T_ij / GDP, GDP in million current USD (World Bank WDI, from 1960); asymmetry =
    D_focal − D_partner (> 0: the focal depends more on the partner than the partner on it).
    """
    cat = catalogue(con)
    who = focal_country(focal)
    chosen = country_list(partners)
    span = within_coverage(years, trade_years(cat), "trade")
    mine = trade_dependence(cat, who.iso3, [p.iso3 for p in chosen], span)
    totals = []
    for p in chosen:   # each partner's own total trade with the world, in its answering source
        theirs = dimension_rows(cat, "trade", p.iso3, [who.iso3], span)
        totals.append(theirs.assign(partner=p.iso3, partner_total=theirs["exports_total"] + theirs["imports_total"])
                      [["year", "partner", "partner_total"]])
    frame = mine.merge(pd.concat(totals), on=["year", "partner"], how="left")
    gdp = _gdp(cat, [who.iso3, *(p.iso3 for p in chosen)], span)
    frame = frame.merge(gdp.rename(columns={"iso3": "iso3", "gdp": "gdp_focal"}), on=["year", "iso3"], how="left")
    frame = frame.merge(gdp.rename(columns={"iso3": "partner", "gdp": "gdp_partner"}), on=["year", "partner"], how="left")
    frame["focal_total"] = frame["exports_total"] + frame["imports_total"]
    t = frame["total"]
    s1, s2 = t / frame["focal_total"], t / frame["partner_total"]
    frame["trade_share_focal"], frame["trade_share_partner"] = s1, s2
    frame["salience"] = np.sqrt(s1 * s2)
    frame["symmetry"] = 1 - (s1 - s2).abs()
    frame["interdependence"] = frame["salience"] * frame["symmetry"]
    frame["dependence_focal"] = t / frame["gdp_focal"]
    frame["dependence_partner"] = t / frame["gdp_partner"]
    frame["asymmetry"] = frame["dependence_focal"] - frame["dependence_partner"]
    frame["source"] = frame["source"].fillna("").str.cat([GDP] * len(frame), sep="; ").str.strip("; ")
    columns = ["year", "iso3", "partner", "total", "focal_total", "partner_total", "trade_share_focal",
               "trade_share_partner", "salience", "symmetry", "interdependence", "gdp_focal", "gdp_partner",
               "dependence_focal", "dependence_partner", "asymmetry", "source"]
    return frame.rename(columns={"total": "trade"})[[c if c != "total" else "trade" for c in columns]] \
        .sort_values(["year", "partner"]).reset_index(drop=True)


def _gdp(cat, iso3s: list[str], span: tuple[int, int]) -> pd.DataFrame:
    """GDP in million current USD (World Bank WDI) per iso3 and year; empty if WDI is not loaded."""
    if not cat.has(GDP):
        return pd.DataFrame(columns=["iso3", "year", "gdp"])
    rows = cat.lookup(GDP, ["iso3", "year", "gdp_usd"], iso3=iso3s, year=range(span[0], span[1] + 1))
    return rows.assign(gdp=rows["gdp_usd"] / 1e6)[["iso3", "year", "gdp"]].astype({"year": "int64"})


WITS_TRADE = {"Export": "Trade (US$ Mil)-Top 5 Export Partner", "Import": "Trade (US$ Mil)-Top 5 Import Partner"}


def _wits_reports(con: CatalogueLike, span: tuple[int, int]) -> pd.DataFrame:
    """WITS bilateral totals: reporter, partner, kind (Export/Import), year, value (million USD)."""
    wits = catalogue(con).table(WITS)
    wits = wits.filter(wits.product == "All Products", wits.indicator.isin(list(WITS_TRADE.values())),
                       wits.partner_iso3.notnull(), wits.year.cast("int64").between(span[0], span[1]))
    return wits.select(reporter=wits.reporter_iso3, partner=wits.partner_iso3, kind=wits.indicator_type,
                       year=wits.year.cast("int64"), value=wits.value.cast("float64")).to_pandas()


def _kosis_reports(con: CatalogueLike, focal: Focal, span: tuple[int, int]) -> pd.DataFrame:
    """Annual sums of the KOSIS monthly customs series (complete years only), million USD."""
    if not catalogue(con).has(KOSIS):
        return pd.DataFrame(columns=["year", "partner", "flow", "focal_reported", "focal_reported_by"])
    kosis = catalogue(con).table(KOSIS)
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


def trade_mirror_gap(con: CatalogueLike, focal: str | int, partners: Iterable[str] | str | None = None,
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
    from latitude.measures.trade_flows import by_source

    cat = catalogue(con)
    cat.require(DYADIC, WITS)
    who = focal_country(focal)
    chosen = country_list(partners)
    span = within_coverage(years, cat.coverage(DYADIC), "COW trade")
    cow = by_source(cat, [who.iso3])
    cow = cow.filter((cow.source == SOURCE) & cow.year.between(span[0], span[1])).to_pandas()
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
    missing = [c for c in ("iso3_1", "iso3_2", "year") if c not in dyads.columns]
    if missing:
        raise LatitudeError(f"dyad-year table lacks {', '.join(missing)}: build it with latitude.dyads.create_dyadyears")


def add_trade(dyads: ibis.Table) -> ibis.Table:
    """Left-join the spliced trade series onto dyad-years (iso3_1, iso3_2, year), from side 1's view.

    Adds exports1 (1's exports to 2) and imports1 (1's imports from 2), million current USD, the
    shares export_share1, import_share1, trade_share1 of 1's total trade with the world, total1
    (1's total trade with the world), and trade_source1 (the answering source). Pairs the series
    lacks stay missing.
    """
    from latitude.measures.dimensions import TRADE
    from latitude.measures.precompute import is_current
    from latitude.measures.trade_flows import trade_flows

    _check_dyads(dyads)
    cat = catalogue(dyads.get_backend())
    # the stored series where it is current (the same rows, computed once at build), else compute it
    flows = cat.table(TRADE.table) if is_current(cat, TRADE) else trade_flows(cat)
    flows = flows.select(_y="year", _a="iso3", _b="partner", exports1="exports", imports1="imports",
                         export_share1="export_share", import_share1="import_share", trade_share1="trade_share",
                         total1=flows.exports_total + flows.imports_total, trade_source1="source")
    joined = dyads.left_join(flows, (dyads.year.cast("int64") == flows._y) & (dyads.iso3_1 == flows._a)
                             & (dyads.iso3_2 == flows._b))
    return joined.drop("_y", "_a", "_b")


def add_trade_dependence(dyads: ibis.Table) -> ibis.Table:
    """Add trade (1's exports + imports with 2, from the spliced series), each side's share of its
    own total trade with the world (trade_share1, trade_share2), Barbieri's salience, symmetry and
    interdependence, GDP (million current USD, World Bank WDI), each side's trade/GDP dependence
    and the Keohane–Nye asymmetry (dependence1 − dependence2).
    """
    _check_dyads(dyads)
    cat = catalogue(dyads.get_backend())
    base = add_trade(dyads)
    mirror = add_trade(dyads.select(year=dyads.year, iso3_1=dyads.iso3_2, iso3_2=dyads.iso3_1).distinct())
    mirror = mirror.select(_my=mirror.year, _ma=mirror.iso3_2, _mb=mirror.iso3_1, _total2=mirror.total1)
    gdp = cat.table(GDP)
    gdp = gdp.filter(gdp.iso3.notnull()).select(_gi=gdp.iso3, _gy=gdp.year.cast("int64"),
                                                _gdp=gdp.gdp_usd.cast("float64") / 1e6)
    g1 = gdp.select(_g1i="_gi", _g1y="_gy", gdp1="_gdp")
    g2 = gdp.select(_g2i="_gi", _g2y="_gy", gdp2="_gdp")
    y = base.year.cast("int64")
    joined = (base.left_join(mirror, (y == mirror._my) & (base.iso3_1 == mirror._ma) & (base.iso3_2 == mirror._mb))
              .left_join(g1, (y == g1._g1y) & (base.iso3_1 == g1._g1i))
              .left_join(g2, (y == g2._g2y) & (base.iso3_2 == g2._g2i)))
    trade = joined.exports1 + joined.imports1
    measures = _interdependence(trade, joined.total1, joined._total2, joined.gdp1, joined.gdp2)
    measures.pop("trade_share1")
    joined = joined.mutate(trade=trade, **measures)
    added = ["trade", "trade_share2", "salience", "symmetry", "interdependence", "gdp1", "gdp2", "dependence1",
             "dependence2", "asymmetry"]
    return joined.select(*base.columns, *added)
