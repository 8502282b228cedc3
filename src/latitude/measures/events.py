"""Dyad event series: how much a country cooperates and quarrels with each partner, by month or year.

Counts come from the `events` table (GDELT, ICEWS or latitude's coder), split by CAMEO quad class:
verbal cooperation (roots 01-05), material cooperation (06-09), verbal conflict (10-14) and
material conflict (15-20). Two summaries of tone per dyad and period:

- goldstein_mean / goldstein_sum: mean and sum of the Goldstein (1992) conflict-cooperation
  weights (-10 to +10) of the events;
- net_cooperation = (cooperative - conflictual events) / all events with a quad class, in [-1, 1]
  (the share-difference form of the "quad count" indices used with GDELT and ICEWS, e.g.
  Goldstein 1992; Schrodt 2012 CAMEO manual). 1 means only cooperation, -1 only conflict.

Coverage comes from the load registry (`event_files`: each load's first and last date), never
from a scan: years outside every chosen load are an error. Within it, a period is covered when
the chosen loads hold any event in it; `source_days` counts the distinct days with any event, so
callers can flag thin periods; a dyad without events in a covered period counts 0 (its means are
missing); periods without any event are absent, never 0. Rows of the bundled samples (GDELT 1
day, ICEWS 3 days) carry `sample = true` and are left out unless `include_samples=True`.

The relational work is one Ibis expression per question over the catalogue's tables, so it runs
on DuckDB and on PySpark alike; pandas only shapes the small aggregated frames.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd

from latitude import countries
from latitude.catalogue import Catalogue, CatalogueLike, catalogue
from latitude.errors import LatitudeError
from latitude.years import Years, year_range

if TYPE_CHECKING:
    import ibis.expr.types as ir

QUAD_COLUMNS = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")
SERIES_COLUMNS = ("period", "year", "iso3", "partner", "events", *QUAD_COLUMNS, "goldstein_mean", "goldstein_sum",
                  "net_cooperation", "source_days", "sample", "source")
FREQS = ("month", "year")
DIRECTIONS = ("both", "out", "in")
REGISTRY = "event_files"
DATES = "event_dates"   # optional: date, origin, sample of every event, without the country mapping
NO_EVENTS = ("no events in the store: load some with `latitude events load FILE...` "
             "(or `latitude data build gdelt_sample icews_sample` for the bundled samples)")


@dataclass(frozen=True)
class EventScope:
    """The events a measure reads: the filtered Ibis table and the loads behind it.

    `dates` holds the same rows' date, origin and sample only (from the `event_dates` view where
    one exists: a table read in place, see `events_ingest.attach_gdelt`, then skips the country
    mapping when days are counted); `loads` is the registry's rows of the chosen loads (dataset,
    file, origins, sample, first_date, last_date); `first` / `last` the covered dates (clipped to
    the chosen years).
    """

    table: ir.Table
    dates: ir.Table
    loads: pd.DataFrame
    first: pd.Timestamp
    last: pd.Timestamp
    origins: tuple[str, ...]

    @property
    def source(self) -> str:
        """The origins behind the scope, saying so when bundled samples are among them."""
        return "+".join(self.origins) + (" (includes bundled samples)" if self.loads["sample"].any() else "")


def event_scope(con: CatalogueLike, years: Years = None, origins: Iterable[str] | None = None,
                include_samples: bool = False) -> EventScope:
    """The `events` rows of the chosen origins and years (dated rows only), with their coverage
    from the load registry; one-line errors when nothing is loaded or the years miss every load."""
    cat = catalogue(con)
    loads = _loads(cat)
    if loads.empty:
        raise LatitudeError(NO_EVENTS)
    wanted = list(dict.fromkeys(origins)) if origins else None
    if wanted:
        loads = loads[loads["origins"].map(lambda text: bool(set(str(text).split(",")) & set(wanted)))]
        if loads.empty:
            raise LatitudeError(f"no events of origin {', '.join(wanted)} in the store: `latitude events status` "
                                "lists what is loaded")
    if not include_samples:
        samples = loads[loads["sample"]]
        loads = loads[~loads["sample"]]
        if loads.empty:
            names = ", ".join(sorted(set(samples["dataset"])))
            raise LatitudeError(f"the store holds only the bundled sample events ({names}), which are not a series: "
                                "load event files with `latitude events load FILE...`, or include the samples "
                                "(--include-samples) knowing they cover a few days")
    first, last = pd.Timestamp(loads["first_date"].min()), pd.Timestamp(loads["last_date"].max())
    span = year_range(years)
    if span is not None:
        if span[1] < first.year or span[0] > last.year:
            raise LatitudeError(f"years {span[0]}-{span[1]} are outside the events loaded ({first.date()} to "
                                f"{last.date()}): choose years within them (`latitude events status`)")
        first = max(first, pd.Timestamp(span[0], 1, 1))
        last = min(last, pd.Timestamp(span[1], 12, 31))
    def chosen(table: ir.Table) -> ir.Table:
        kept = [table.date.notnull()]
        if wanted:
            kept.append(table.origin.isin(wanted))
        if not include_samples:
            kept.append(~table["sample"])
        if span is not None:
            kept.append(table.date.year().between(span[0], span[1]))
        return table.filter(kept)

    events = cat.table("events")
    dates = cat.table(DATES) if cat.has(DATES) else events.select("date", "origin", "sample")
    in_scope = set(wanted) if wanted else None
    found = sorted({o for text in loads["origins"] for o in str(text).split(",") if o and (not in_scope or o in in_scope)})
    return EventScope(chosen(events), chosen(dates), loads, first, last, tuple(found))


def _loads(cat: Catalogue) -> pd.DataFrame:
    """The load registry (`event_files`), read whole: one row per loaded file."""
    if not cat.has("events"):
        raise LatitudeError(NO_EVENTS)
    if not cat.has(REGISTRY):
        raise LatitudeError("the events table predates the load registry: run `latitude data build` or load "
                            "any events file to bring it up to date")
    loads = cat.table(REGISTRY).select("dataset", "file", "origins", "sample", "rows", "first_date",
                                        "last_date").to_pandas()
    loads = loads[loads["rows"].fillna(0) > 0].copy()
    loads["sample"] = loads["sample"].fillna(False).astype(bool)
    return loads


def _period(frame: pd.DataFrame, freq: str) -> pd.Series:
    if freq == "month":
        return frame["year"].astype(int).astype(str) + "-" + frame["month"].astype(int).map("{:02d}".format)
    return frame["year"].astype(int).astype(str)


def dyad_series(con: CatalogueLike, focal: str, partners: Iterable[str], freq: str = "month",
                years: Years = None, directed: str = "both", origins: Iterable[str] | None = None,
                include_samples: bool = False) -> pd.DataFrame:
    """Event counts by quad class and tone between `focal` and each partner, per month or year.

    `directed`: 'out' counts focal -> partner events, 'in' partner -> focal, 'both' either way.
    `origins` restricts to some of 'gdelt1', 'gdelt2', 'icews', 'latitude-coder' (default all;
    mixing GDELT and ICEWS counts the same happening twice). `include_samples` adds the bundled
    samples' rows (left out by default: a few days are not a series). Columns: period ('2018-06'
    or '2018'), year, iso3, partner, events, verbal_coop, material_coop, verbal_conflict,
    material_conflict, goldstein_mean, goldstein_sum, net_cooperation, source_days (distinct days
    with any event of the chosen loads in the period: a thin period is a small sample), sample
    (the period's events include a bundled sample's), source (origins behind the row).
    """
    if freq not in FREQS:
        raise LatitudeError(f"unknown frequency '{freq}': use month or year")
    if directed not in DIRECTIONS:
        raise LatitudeError(f"unknown direction '{directed}': use both, out or in")
    focal_iso = countries.iso3(focal)
    partner_isos = list(dict.fromkeys(countries.iso3(p) for p in partners))
    if not partner_isos:
        raise LatitudeError("no partners given: pass --with CHN,JPN,USA")
    if focal_iso in partner_isos:
        raise LatitudeError(f"{focal_iso} is both the focal country and a partner: drop it from --with")
    scope = event_scope(con, years, origins, include_samples)
    t = scope.table
    outbound = (t.source_iso3 == focal_iso) & t.target_iso3.isin(partner_isos)
    inbound = (t.target_iso3 == focal_iso) & t.source_iso3.isin(partner_isos)
    d = t.filter({"out": outbound, "in": inbound, "both": outbound | inbound}[directed])
    partner = {"out": d.target_iso3, "in": d.source_iso3,
               "both": (d.source_iso3 == focal_iso).ifelse(d.target_iso3, d.source_iso3)}[directed]
    keys = {"year": d.date.year(), "partner": partner, "origin": d.origin}
    if freq == "month":
        keys["month"] = d.date.month()
    counts = d.group_by(**keys).aggregate(
        events=d.count(),
        **{name: (d.quad_class == q).ifelse(1, 0).sum() for q, name in enumerate(QUAD_COLUMNS, start=1)},
        classified=d.quad_class.notnull().ifelse(1, 0).sum(),
        scored=d.goldstein.notnull().ifelse(1, 0).sum(),
        goldstein_sum=d.goldstein.sum(),
    ).to_pandas()
    dates = scope.dates
    days = dates.group_by("date", "origin", "sample").aggregate(n=dates.count()).to_pandas()
    return _series(counts, days, freq, focal_iso, partner_isos)


def _series(counts: pd.DataFrame, days: pd.DataFrame, freq: str, focal: str, partners: list[str]) -> pd.DataFrame:
    """Shape the two small aggregates into the long series: covered periods x partners."""
    days = days.assign(date=pd.to_datetime(days["date"]))
    days["year"], days["month"] = days["date"].dt.year, days["date"].dt.month
    days["period"] = _period(days, freq)
    covered = days.groupby("period").agg(
        source_days=("date", "nunique"), sample=("sample", "any"),
        covering=("origin", lambda o: "+".join(sorted(set(o))))).reset_index()
    columns = ["events", *QUAD_COLUMNS, "classified", "scored", "goldstein_sum"]
    if counts.empty:
        per_dyad = pd.DataFrame(columns=["period", "partner", *columns, "source"])
    else:
        counts["period"] = _period(counts, freq)
        per_dyad = counts.groupby(["period", "partner"]).agg(
            **{c: (c, "sum") for c in columns}, source=("origin", lambda o: "+".join(sorted(set(o))))).reset_index()
    grid = covered.merge(pd.DataFrame({"partner": partners}), how="cross")
    out = grid.merge(per_dyad, on=["period", "partner"], how="left")
    for column in ("events", *QUAD_COLUMNS, "classified", "scored"):
        out[column] = out[column].fillna(0).astype("int64")
    out["goldstein_sum"] = out["goldstein_sum"].astype("float64").where(out["scored"] > 0, 0.0)
    out["goldstein_mean"] = (out["goldstein_sum"] / out["scored"].where(out["scored"] > 0)).astype("float64")
    coop = out["verbal_coop"] + out["material_coop"]
    conflict = out["verbal_conflict"] + out["material_conflict"]
    out["net_cooperation"] = ((coop - conflict) / out["classified"].where(out["classified"] > 0)).astype("Float64")
    out["source"] = out["source"].where(out["source"].notna(), out["covering"])
    out["source_days"] = out["source_days"].astype("int64")
    out["sample"] = out["sample"].astype(bool)
    out["iso3"] = focal
    out["year"] = out["period"].str[:4].astype("int64")
    out = out.sort_values(["partner", "period"]).reset_index(drop=True)
    return out[list(SERIES_COLUMNS)]
