"""One bilateral goods-trade series, 1870 to the latest year, saying for each row which source answered.

Three sources report trade between states, over different years and in different ways:

| priority | source (store table) | years | what it reports |
|---|---|---|---|
| 1 | IMF Direction of Trade Statistics (`dots_flows`) | 2010-2020 for all reporters; 1960-2020 for KOR, CHN, JPN, USA | each reporter's exports FOB and imports CIF by partner, and with the World |
| 2 | UN Comtrade totals (`comtrade_totals`) | 2014-2022 (exports; imports 2021) | each reporter's exports by partner and with the World |
| 3 | COW Trade 4.0 (`cow_trade_dyadic`, `cow_trade_national`) | 1870-2014 | dyadic imports (mostly importer-reported, gaps filled and estimated by COW), national totals |

The reporters' own declarations (DOTS, Comtrade) come before COW wherever the focal reported:
COW builds its flows from the same IMF reports but mixes in partner reports and estimates, so its
exports are the partner's CIF imports (Korea's exports to China in 2014: COW 213.2 bn USD, Korea's
own report to the IMF 145.3 bn, Korean customs 145.3 bn). COW answers before 2010 for the
states without a DOTS workbook in the store, and before 1960 for the four with one.

For a focal state and year the **answering source** is the first, in that priority, in which the
focal's totals with the world are reported; if none reports them, the first with any flow (its
shares are then missing, and where the focal reported no flow at all, `*_share_states` too: the
partners that reported cover only part of the focal's trade). Within the answering source the focal's own report of a flow comes
first; where the focal did not report it, the partner's report of the same flow is used (the
"mirror": the partner's imports from the focal stand for the focal's exports, valued CIF rather
than FOB; the partner's exports stand for the focal's imports). Every row names its source and,
per flow, its origin ('reported', 'mirror' or 'cow' for COW's own blend).

Values are million current USD. Shares divide by the focal's totals with the world in the same
source (`export_share`, `import_share`, `trade_share`), or by the focal's trade summed over every
partner state in the same source (`trade_share_states`, which adds up to 1 and feeds the HHI).
docs/dependence.md gives the priority, the splice and the overlap years side by side.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import ibis
import pandas as pd

from latitude import countries
from latitude.catalogue import CatalogueLike, catalogue
from latitude.errors import LatitudeError
from latitude.years import Years, year_range

if TYPE_CHECKING:
    import ibis.expr.types as ir

# (source name, priority); a source answers only where it is loaded
SOURCES = (("imf_dots", 1), ("comtrade_totals", 2), ("cow_trade", 3))
WORLD = "WLD"
COLUMNS = ["year", "iso3", "partner", "exports", "imports", "exports_total", "imports_total", "export_share",
           "import_share", "trade_share", "export_share_states", "import_share_states", "trade_share_states", "source",
           "exports_origin", "imports_origin"]


def _cow_codes() -> "ir.Table":
    """COW state code -> ISO3 (Germany's 255 and 260 both DEU, and so on)."""
    table = countries.state_table()[["cow", "iso3"]].dropna().astype({"cow": "int64", "iso3": "string"})
    return ibis.memtable(table.drop_duplicates("cow").rename(columns={"cow": "code"}))


def _cow_reports(cat) -> "ir.Table":
    """COW as reports: reporter, partner ('WLD' for totals), flow X/M, value; origin 'cow'."""
    codes = _cow_codes()
    dyadic = cat.table("cow_trade_dyadic")
    # flow1 = imports of ccode1 from ccode2, flow2 = imports of ccode2 from ccode1
    pairs = []
    for importer, exporter, value in (("ccode1", "ccode2", "flow1"), ("ccode2", "ccode1", "flow2")):
        rows = dyadic.select(year=dyadic.year.cast("int64"), m=dyadic[importer].cast("int64"),
                             x=dyadic[exporter].cast("int64"), value=dyadic[value].cast("float64"))
        pairs.append(rows.select("year", "value", reporter_code="m", partner_code="x", flow=ibis.literal("M")))
        pairs.append(rows.select("year", "value", reporter_code="x", partner_code="m", flow=ibis.literal("X")))
    national = cat.table("cow_trade_national")
    for column, flow in (("exports", "X"), ("imports", "M")):
        pairs.append(national.select(year=national.year.cast("int64"), value=national[column].cast("float64"),
                                     reporter_code=national.ccode.cast("int64"),
                                     partner_code=ibis.literal(-1, "int64"), flow=ibis.literal(flow)))
    rows = ibis.union(*pairs)
    rep = codes.rename(reporter="iso3", reporter_code="code")
    par = codes.rename(partner_iso3="iso3", partner_code="code")
    rows = rows.inner_join(rep, "reporter_code").left_join(par, "partner_code")
    rows = rows.mutate(partner=ibis.ifelse(rows.partner_code == -1, WORLD, rows.partner_iso3))
    rows = rows.filter(rows.partner.notnull())
    # Two COW codes of one ISO3 in the same year (Germany 1990): the larger report stands.
    rows = rows.group_by(["year", "reporter", "partner", "flow"]).aggregate(value=rows.value.max())
    return rows.mutate(source=ibis.literal("cow_trade"), own_origin=ibis.literal("cow"))


def _reporter_table(cat, table: str, source: str, value: "ir.Value | None" = None) -> "ir.Table":
    """DOTS or Comtrade rows as reports: reporter, partner ('WLD' for the World row), flow, value (million USD)."""
    t = cat.table(table)
    if table == "comtrade_totals":
        t = t.filter(t.freq == "A")
        amount = t.value_usd.cast("float64") / 1e6
    else:
        amount = t.value_musd.cast("float64")
    world = t.partner.lower().strip() == "world"
    rows = t.select(year=t.year.cast("int64"), reporter=t.reporter_iso3.cast("string"),
                    partner=ibis.ifelse(world, WORLD, t.partner_iso3.cast("string")),
                    flow=t.flow.cast("string"), value=amount)
    rows = rows.filter(rows.reporter.notnull() & rows.partner.notnull() & rows.flow.isin(["X", "M"]))
    # one report per reporter, partner, flow and year (DOTS lists Nicaragua twice)
    rows = rows.group_by(["year", "reporter", "partner", "flow"]).aggregate(value=rows.value.max())
    return rows.mutate(source=ibis.literal(source), own_origin=ibis.literal("reported"))


def reports(con: CatalogueLike) -> "ir.Table":
    """Every loaded source's trade reports, long: source, year, reporter, partner, flow, value, own_origin."""
    cat = catalogue(con)
    parts = []
    if cat.has("cow_trade_dyadic") and cat.has("cow_trade_national"):
        parts.append(_cow_reports(cat))
    if cat.has("dots_flows"):
        parts.append(_reporter_table(cat, "dots_flows", "imf_dots"))
    if cat.has("comtrade_totals"):
        parts.append(_reporter_table(cat, "comtrade_totals", "comtrade_totals"))
    if not parts:
        raise LatitudeError("no bilateral trade in the store: run `latitude data build` (cow_trade, imf_dots, "
                            "comtrade_totals)")
    return ibis.union(*parts)


def by_source(con: CatalogueLike, focals: list[str] | None = None) -> "ir.Table":
    """Per source, year, focal and partner: exports and imports (own report, else the mirror), their
    origins, and the focal's totals with the world in that source."""
    rows = reports(con)
    flip = ibis.cases((rows.flow == "X", "M"), else_="X")
    own = rows.select("source", "year", "flow", "value", iso3=rows.reporter, partner=rows.partner,
                      origin=rows.own_origin)
    mirror = rows.filter(rows.partner != WORLD)
    mirror = mirror.select("source", "year", "value", flow=flip, iso3=mirror.partner, partner=mirror.reporter,
                           origin=ibis.literal("mirror"))
    if focals is not None:
        own, mirror = own.filter(own.iso3.isin(focals)), mirror.filter(mirror.iso3.isin(focals))
    own, mirror = own.filter(own.value.notnull()), mirror.filter(mirror.value.notnull())
    # the focal's own report first, then the partner's: a mirror row only where the focal reported no value (an
    # anti-join, not a ranking window over both: the same rows, a fraction of the work on millions of reports)
    best = own.union(mirror.anti_join(own, ["source", "year", "iso3", "partner", "flow"]))
    flows = best.group_by(["source", "year", "iso3", "partner"]).aggregate(
        exports=best.value.max(where=best.flow == "X"), imports=best.value.max(where=best.flow == "M"),
        exports_origin=best.origin.max(where=best.flow == "X"), imports_origin=best.origin.max(where=best.flow == "M"))
    totals = flows.filter(flows.partner == WORLD).select(
        "source", "year", "iso3", exports_total=flows.exports, imports_total=flows.imports,
        _totals_origin=ibis.coalesce(flows.exports_origin, flows.imports_origin))
    # totals count only when the focal reported them itself (a partner's World row is not the focal's)
    totals = totals.filter(totals._totals_origin != "mirror").drop("_totals_origin")
    flows = flows.filter(flows.partner != WORLD)
    return flows.left_join(totals, ["source", "year", "iso3"]).drop("source_right", "year_right", "iso3_right")


def trade_flows(con: CatalogueLike, focals: list[str] | None = None) -> "ir.Table":
    """The spliced series (see the module docstring): one row per year, focal and partner."""
    flows = by_source(con, focals)
    priority = ibis.cases(*((flows.source == name, rank) for name, rank in SOURCES), else_=99)
    flows = flows.mutate(_priority=priority, _has_totals=(flows.exports_total.notnull()
                                                         | flows.imports_total.notnull()).cast("int8"))
    # the answering source of a focal-year: first with the focal's totals, else first with any flow
    answer = flows.group_by(["year", "iso3", "source", "_priority"]).aggregate(_t=flows._has_totals.max())
    answer = answer.mutate(_rank=ibis.row_number().over(group_by=["year", "iso3"],
                                                        order_by=[ibis.desc(answer._t), answer._priority]))
    answer = answer.filter(answer._rank == 0).select("year", "iso3", "source")
    chosen = flows.semi_join(answer, ["year", "iso3", "source"])
    by_year = ibis.window(group_by=["year", "iso3"])
    both = chosen.exports + chosen.imports

    # a focal that reported nothing to the answering source (every flow is a partner's report): the
    # partners that reported cover only part of its trade (Korea 2022: 82 of them, 443 bn USD of
    # imports against the 615 bn Korea reported for 2021), so no share is computed from them
    own = ((chosen.exports_origin != "mirror") | (chosen.imports_origin != "mirror")).cast("int8")
    reported = ibis.coalesce(own, ibis.literal(0, "int8")).max().over(by_year) == 1

    def of_states(value):  # share of the sum over partner states in the same source (NULL if that sum is 0)
        total = value.sum().over(by_year)
        return ibis.ifelse(reported & (total > 0), value / total, ibis.null("float64"))

    out = chosen.mutate(
        export_share=chosen.exports / chosen.exports_total,
        import_share=chosen.imports / chosen.imports_total,
        trade_share=both / (chosen.exports_total + chosen.imports_total),
        export_share_states=of_states(chosen.exports), import_share_states=of_states(chosen.imports),
        trade_share_states=of_states(both))
    return out.select(*COLUMNS)


def overlap(con: CatalogueLike, focal: str, partner: str, years: Years = None) -> pd.DataFrame:
    """The focal's trade with one partner from every source side by side (long: year, source, ...),
    to see how much the sources disagree where they overlap (e.g. KOR-CHN 2010-2014)."""
    focal_iso3, partner_iso3 = countries.iso3(focal), countries.iso3(partner)
    if focal_iso3 == partner_iso3:
        raise LatitudeError(f"the partner is the focal state {focal_iso3}: pick another partner")
    flows = by_source(con, [focal_iso3])
    flows = flows.filter(flows.partner == partner_iso3)
    span = year_range(years)
    if span is not None:
        flows = flows.filter(flows.year.between(span[0], span[1]))
    frame = flows.to_pandas()
    both = frame["exports"] + frame["imports"]
    frame["export_share"] = frame["exports"] / frame["exports_total"]
    frame["import_share"] = frame["imports"] / frame["imports_total"]
    frame["trade_share"] = both / (frame["exports_total"] + frame["imports_total"])
    order = {name: rank for name, rank in SOURCES}
    frame = frame.assign(_p=frame["source"].map(order)).sort_values(["year", "_p"]).drop(columns="_p")
    cols = ["year", "source", "iso3", "partner", "exports", "imports", "export_share", "import_share", "trade_share",
            "exports_origin", "imports_origin"]
    return frame[cols].reset_index(drop=True)
