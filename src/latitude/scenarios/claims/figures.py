"""The figures claims are judged on: one small function per kind, each calling the public measure
that `latitude profile` / `dependence` / `align` print, so a claim's figure is the same number.

Every function returns the figure for the latest year with data at or before the year the claim
is about (its `year`), and says which year that was: a claim about 2026 on trade data that end in
2014 is judged on 2014. Results are cached for one article (`Lookup`), so ten claims about Korea's
trade call the trade measure once.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Callable

import ibis
import pandas as pd

from latitude.catalogue import Catalogue, catalogue
from latitude.errors import LatitudeError

LOOKBACK = 30          # years before the claim's year searched for the latest data
ALLOCATED = 0.5        # the least share of a flow a year's named partners must hold for that year to rank them
ARMS_WINDOW = 5        # SIPRI's five-year periods, as `latitude dependence --window 5` prints
UN_YEARS = 5           # sessions averaged for "votes with"


@dataclass
class Lookup:
    """A store connection, its catalogue (tables, coverage from provenance) and a cache of the
    measure calls made for one article."""

    con: Any
    cache: dict = field(default_factory=dict)

    @property
    def cat(self) -> Catalogue:
        if "catalogue" not in self.cache:
            self.cache["catalogue"] = catalogue(self.con)
        return self.cache["catalogue"]

    def get(self, key: tuple, compute: Callable[[], Any]) -> Any:
        """Cached result, or the LatitudeError the measure raised (re-raised on every call)."""
        if key not in self.cache:
            try:
                self.cache[key] = compute()
            except LatitudeError as error:
                self.cache[key] = error
        value = self.cache[key]
        if isinstance(value, LatitudeError):
            raise value
        return value

    def has(self, table: str) -> bool:
        return self.cat.has(table)

    def coverage(self, table: str) -> tuple[int | None, int | None]:
        """First and last year of a table as recorded at load time (`Catalogue.coverage`)."""
        return self.get(("coverage", table), lambda: self.cat.coverage(table))


def target_year(year: int | None) -> int:
    """The year a claim is about, or this year when it names none."""
    return year if year is not None else dt.date.today().year


@dataclass
class TradeYear:
    """One year of the focal's trade by partner (as `latitude dependence --dimension trade`)."""

    frame: pd.DataFrame   # partner, exports, imports, total, export_share, import_share, trade_share
    year: int
    source: str


_FLOW_COLUMNS = {"total": ("total", "trade_share"), "exports": ("exports", "export_share"),
                 "imports": ("imports", "import_share")}


def trade_partners(lookup: Lookup, focal: str, year: int | None, flow: str = "total") -> TradeYear:
    """The focal's partners in the latest year up to `year` whose `flow` ('total', 'exports' or
    'imports') the answering source holds with the focal's own total (`measures.trade.trade_dependence`).

    A year whose source holds the flow only in part is skipped: UN Comtrade's 2022, for instance,
    has Japan's exports but its imports only as the 82 partners' mirror reports, so a rank by total
    trade there would leave out Korea and Taiwan. So is a year whose named partners hold less than
    `ALLOCATED` of the flow when another year has more: UN Comtrade's 2021 puts 60% of Saudi Arabia's
    exports under 'Areas, nes', so its ranking of Saudi export markets is IMF DOTS' 2020. When no year
    has the focal's total, the latest year with any of the flow is used (its shares are missing)."""
    from latitude.measures.trade import trade_dependence

    end = target_year(year)
    value, share = _FLOW_COLUMNS[flow]

    def series() -> pd.DataFrame:
        frame = trade_dependence(lookup.con, focal, years=(end - LOOKBACK, end))
        frame = frame[(frame[["exports", "imports"]].fillna(0) > 0).any(axis=1)]   # a partner missing one flow keeps the other
        if frame.empty:
            raise LatitudeError(f"no bilateral trade of {focal} in {end - LOOKBACK}-{end} in the store")
        return frame

    def compute() -> TradeYear:
        frame = lookup.get(("trade", focal, end), series)
        with_flow = frame[frame[value] > 0]
        if with_flow.empty:
            raise LatitudeError(f"no bilateral {value} of {focal} in {end - LOOKBACK}-{end} in the store")
        complete = with_flow[with_flow[share].notna()]
        held = complete.groupby("year")[share].sum()
        if (held >= ALLOCATED).any():   # not a year whose named partners hold under half the flow
            complete = complete[complete["year"].isin(held.index[held >= ALLOCATED])]
        last = int((complete if len(complete) else with_flow)["year"].max())
        frame = frame[frame["year"] == last].reset_index(drop=True)
        source = str(frame["source"].iloc[0]) if "source" in frame else "cow_trade"
        return TradeYear(frame, last, source)

    return lookup.get(("trade", focal, end, flow), compute)


def trade_covered(lookup: Lookup, state: str, year: int) -> bool:
    """Whether the store holds any bilateral trade of `state` in `year`: a partner missing from a
    focal's year is then absent from the source (UN Comtrade names Taiwan only as 'Other Asia,
    nes'), not a partner with no trade."""
    from latitude.measures.trade import trade_dependence

    def compute() -> bool:
        frame = trade_dependence(lookup.con, state, years=(year, year))
        return bool((frame["total"].fillna(0) > 0).any())

    return lookup.get(("trade-covered", state, year), compute)


@dataclass
class ArmsPeriod:
    """The focal's arms imports by supplier over one period (SIPRI TIV)."""

    frame: pd.DataFrame   # supplier, tiv, share
    period: str
    source: str = "sipri"


def arms_suppliers(lookup: Lookup, focal: str, year: int | None,
                   span: tuple[int, int] | None = None) -> ArmsPeriod:
    """Suppliers of the focal's arms imports (`measures.security.arms_imports`): over a stated
    range of years, else over one stated year, else the latest SIPRI five-year period."""
    from latitude.measures.security import arms_imports

    end = target_year(year)

    def compute() -> ArmsPeriod:
        if span is not None:
            frame = arms_imports(lookup.con, focal, years=span, window=1)
            if frame.empty or frame["total_tiv"].isna().all():
                raise LatitudeError(f"no SIPRI arms imports of {focal} in {span[0]}-{span[1]} in the store")
            first, last = int(frame["year"].min()), int(frame["year"].max())
            per = frame.groupby("supplier", as_index=False)["tiv"].sum()
            per["share"] = per["tiv"] / per["tiv"].sum()
            return ArmsPeriod(per, f"{first}-{last}")
        frame = arms_imports(lookup.con, focal, years=(end - LOOKBACK, end), window=ARMS_WINDOW)
        frame = frame.dropna(subset=["share"])
        if frame.empty:
            raise LatitudeError(f"no SIPRI arms imports of {focal} up to {end} in the store")
        last = frame[frame["year"] == frame["year"].max()]
        return ArmsPeriod(last[["supplier", "tiv", "share"]].reset_index(drop=True), str(last["period"].iloc[0]))

    return lookup.get(("arms", focal, end, span), compute)


def arms_year(lookup: Lookup, focal: str, year: int) -> ArmsPeriod:
    """Suppliers of the focal's arms imports in one year (as `latitude profile` prints)."""
    from latitude.measures.security import arms_imports

    def compute() -> ArmsPeriod:
        frame = arms_imports(lookup.con, focal, years=(year, year), window=1).dropna(subset=["share"])
        if frame.empty:
            raise LatitudeError(f"no SIPRI arms imports of {focal} in {year} in the store")
        return ArmsPeriod(frame[["supplier", "tiv", "share"]].reset_index(drop=True), str(int(frame["year"].max())))

    return lookup.get(("arms-year", focal, year), compute)


def arms_exports(lookup: Lookup, supplier: str, year: int | None, span: tuple[int, int] | None = None) -> ArmsPeriod:
    """The supplier's arms exports by recipient over the years the claim states (`span`, one year or a range), else the
    latest five-year period up to `year`: the spliced SIPRI series `arms_suppliers` reads (`measures.security.arms_flows`:
    the delivery register for the years it covers, the TIV table before), seen from the supplier's side."""
    from latitude.measures.security import arms_coverage, arms_flows

    end = target_year(year)

    def compute() -> ArmsPeriod:
        last = arms_coverage(lookup.con)[1]
        stop = min(end, last)
        first = stop - ARMS_WINDOW + 1
        if span is not None and span[1] <= last:
            first, stop = span
        flows = arms_flows(lookup.con)
        rows = flows.filter(flows.supplier_iso3 == supplier, flows.year.between(first, stop))
        per = rows.group_by(supplier=rows.recipient).aggregate(tiv=rows.tiv.sum()).to_pandas()
        if per.empty or per["tiv"].sum() <= 0:
            raise LatitudeError(f"no SIPRI arms exports of {supplier} in {first}-{stop} in the store")
        per["share"] = per["tiv"] / per["tiv"].sum()
        return ArmsPeriod(per, f"{first}-{stop}" if first != stop else str(stop))

    return lookup.get(("arms-exports", supplier, end, span), compute)


def arms_deals(lookup: Lookup, supplier: str, recipient: str) -> pd.DataFrame:
    """Deals in SIPRI's trade register from supplier to recipient (`measures.security.arms_deals`)."""
    from latitude.measures.security import arms_deals as deals

    return lookup.get(("deals", supplier, recipient), lambda: deals(lookup.con, recipient, supplier=supplier))


def un_coverage(lookup: Lookup) -> tuple[int, int]:
    """Years of UN roll calls in the store (`Catalogue.coverage`)."""
    first, last = lookup.coverage("un_roll_calls")
    if first is None or last is None:
        raise LatitudeError("the store records no years for the UN roll calls: rebuild with `latitude data build unvotes`")
    return first, last


def un_agreement(lookup: Lookup, focal: str, other: str, year: int | None, measure: str = "kappa") -> pd.DataFrame:
    """UN General Assembly agreement over the last `UN_YEARS` sessions up to `year`
    (`measures.alignment.agreement`, as `latitude align --measure kappa` prints)."""
    from latitude.measures.alignment import agreement

    def compute() -> pd.DataFrame:
        first, last = un_coverage(lookup)
        end = min(target_year(year), last)
        frame = agreement(lookup.con, focal, [other], years=(max(first, end - UN_YEARS + 1), end), measure=measure)
        return frame.dropna(subset=["value"])

    return lookup.get(("un", focal, other, year, measure), compute)


def un_session_figure(lookup: Lookup, focal: str, other: str, years: tuple[int, int], measure: str,
                      important: bool = False) -> pd.DataFrame:
    """UN General Assembly agreement per session in `years` (`measures.alignment.agreement`, as `latitude
    align --measure coincidence|agree [--important]` prints): year, value, n_votes."""
    from latitude.measures.alignment import agreement

    def compute() -> pd.DataFrame:
        frame = agreement(lookup.con, focal, [other], years=years, measure=measure, important=important)
        return frame.dropna(subset=["value"])

    return lookup.get(("un session", focal, other, years, measure, important), compute)


def alliance(lookup: Lookup, focal: str, other: str, year: int | None) -> pd.DataFrame:
    """Alliance obligations between the two in the latest year with ATOP data up to `year`
    (`measures.security.alliance_portfolio`, whose `atop_defense` `latitude profile` prints)."""
    from latitude.measures.security import alliance_portfolio

    end = target_year(year)

    def compute() -> pd.DataFrame:
        frame = alliance_portfolio(lookup.con, focal, [other], years=(end - LOOKBACK, end))
        frame = frame.dropna(subset=["atop_defense"])
        if frame.empty:
            raise LatitudeError(f"no ATOP alliance data for {focal}-{other} up to {end} in the store")
        return frame[frame["year"] == frame["year"].max()].reset_index(drop=True)

    return lookup.get(("alliance", focal, other, end), compute)


@dataclass
class EventCount:
    """Matching events in a date window and how well the event data cover that window."""

    count: int
    covered_days: int
    first: str | None
    coverage: tuple[int | None, int | None]   # years the events table covers (with gaps), from provenance


COVERED_DAY_EVENTS = 50   # a day is covered when the events table holds at least this many events on it


def events(lookup: Lookup, window: tuple[str, str], what: tuple, match: Callable[[ibis.Table], Any]) -> EventCount:
    """Events in [start, end] that `match` selects (`what` names the selection for the cache), the
    covered days in the window and the table's own date range (Ibis over the `events` table)."""
    return lookup.get(("events", window, what), lambda: _events(lookup, window, match))


def _events(lookup: Lookup, window: tuple[str, str], match: Callable[[ibis.Table], Any]) -> EventCount:
    t = lookup.cat.table("events")
    span = lookup.coverage("events")
    inside = t.filter(t.date.cast("date").between(ibis.date(window[0]), ibis.date(window[1])))
    per_day = inside.group_by("date").aggregate(n=inside.count())
    covered = int(per_day.filter(per_day.n >= COVERED_DAY_EVENTS).count().to_pandas())
    hits = inside.filter(match(inside))
    found = hits.aggregate(n=hits.count(), first=hits.date.min()).to_pandas().iloc[0]
    first = None if pd.isna(found["first"]) else str(found["first"])[:10]
    return EventCount(int(found["n"]), covered, first, span)


def cofer(lookup: Lookup, currency: str, year: int | None) -> tuple[float, str, str] | None:
    """Share (percent) of allocated official reserves held in `currency` for the latest period up
    to `year`, that period, and the currency with the largest share then (IMF COFER, table
    `cofer_shares`); None when the store does not hold it."""
    if not lookup.has("cofer_shares"):
        return None
    end = target_year(year)

    def compute() -> tuple[float, str, str] | None:
        t = lookup.cat.table("cofer_shares")
        rows = t.filter(t.measure == "share_allocated", t.year <= end).to_pandas()
        rows = rows[~rows["currency"].isin(["unallocated", "total"])]
        if rows.empty or currency not in set(rows["currency"]):
            return None
        quarterly = rows[rows["freq"] == "Q"]
        rows = quarterly if len(quarterly) else rows
        latest = rows.sort_values(["year", "quarter"], na_position="first").iloc[-1]
        same = rows[rows["period"] == latest["period"]]
        mine = same[same["currency"] == currency]
        if mine.empty:
            return None
        top = same.sort_values("value", ascending=False).iloc[0]
        return float(mine["value"].iloc[0]), str(latest["period"]), str(top["currency"])

    return lookup.get(("cofer", currency, end), compute)
