"""Dyad-years in the style of peacesciencer: `create_dyadyears()`, then `add_*()` verbs.

Each verb checks the keys it needs and left-joins one source from the store; rows outside that
source's coverage get missing values, never zero. Everything is an Ibis expression over the
store, so nothing is computed until the user calls `.to_pandas()` (or `.to_polars()`), and
another Ibis engine can take DuckDB's place: pass an Ibis backend whose catalogue holds the
store's tables under their store names (e.g. `latitude.engine.spark_backend()` for PySpark).

    >>> con = latitude.store.connect(read_only=True)
    >>> dy = create_dyadyears(con, years=(1990, 2014))
    >>> dy = add_atop_alliance(dy); dy = add_cow_trade(dy); dy = add_capital_distance(dy)
    >>> dy.filter(dy.ccode1 == 732).to_pandas()
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from collections.abc import Sequence
import uuid

import ibis
import ibis.expr.types as ir
import pandas as pd

from latitude import countries
from latitude.catalogue import CatalogueLike, catalogue
from latitude.errors import LatitudeError
from latitude.years import year_range

COW_KEYS = ("ccode1", "ccode2", "year")
GW_KEYS = ("gwcode1", "gwcode2", "year")


def _last_full_year() -> int:
    return dt.date.today().year - 1


def cow_state_years(years: tuple[int, int] | None = None) -> pd.DataFrame:
    """One row per COW state and year of system membership (see `_cow_state_years`), a copy."""
    return _cow_state_years(tuple(years) if years else None).copy()


@lru_cache(maxsize=16)
def _cow_state_years(years: tuple[int, int] | None) -> pd.DataFrame:
    """One row per COW state and year of system membership: ccode, iso3, year and the dates
    (first_day, last_day) within that year when the state was a member.

    Built from the COW state list's dated spells; a spell still open at the list's last
    release runs to the last full calendar year (peacesciencer's "most recent year" convention).
    """
    first, last = years or (1816, _last_full_year())
    rows = []
    for _, state in countries.state_table().iterrows():
        for start, end in countries.spells(state["spells"], open_end=dt.date(last, 12, 31)):
            for year in range(max(start.year, first), min(end.year, last) + 1):
                rows.append((int(state["cow"]), state["iso3"], year,
                             max(start, dt.date(year, 1, 1)), min(end, dt.date(year, 12, 31))))
    frame = pd.DataFrame(rows, columns=["ccode", "iso3", "year", "first_day", "last_day"])
    # dates as datetime64 before grouping, so min and max run in pandas' compiled code (ten times faster
    # than on Python dates)
    frame["first_day"] = pd.to_datetime(frame["first_day"])
    frame["last_day"] = pd.to_datetime(frame["last_day"])
    frame = frame.groupby(["ccode", "year"], as_index=False).agg(
        iso3=("iso3", "first"), first_day=("first_day", "min"), last_day=("last_day", "max"))
    return frame.astype({"ccode": "int64", "iso3": "string", "year": "int64"})[
        ["ccode", "iso3", "year", "first_day", "last_day"]]


def _backend(con: "CatalogueLike") -> ibis.BaseBackend:
    """The Ibis backend of a store connection, an Ibis backend or a catalogue."""
    return catalogue(con).backend


def store_table(backend: "CatalogueLike", table: str) -> ir.Table:
    """A store table in any Ibis backend (DuckDB store or e.g. PySpark), or the one-line error
    naming the source to load."""
    return catalogue(backend).table(table)


def gw_state_years(con: CatalogueLike,
                   years: tuple[int, int] | None = None) -> pd.DataFrame:
    """One row per Gleditsch–Ward state and year (gwcode, iso3, year, first_day, last_day),
    from the store's `gw_states`."""
    first, last = years or (1816, _last_full_year())
    states = store_table(_backend(con), "gw_states").select("gwcode", "startdate", "enddate").to_pandas()
    published_end = pd.to_datetime(states["enddate"]).max()
    rows = []
    for _, state in states.iterrows():
        start = pd.Timestamp(state["startdate"]).date()
        end = pd.Timestamp(state["enddate"]).date()
        end = dt.date(last, 12, 31) if end >= published_end.date() else end
        for year in range(max(start.year, first), min(end.year, last) + 1):
            rows.append((int(state["gwcode"]), year, max(start, dt.date(year, 1, 1)), min(end, dt.date(year, 12, 31))))
    frame = pd.DataFrame(rows, columns=["gwcode", "year", "first_day", "last_day"])
    frame["first_day"] = pd.to_datetime(frame["first_day"])
    frame["last_day"] = pd.to_datetime(frame["last_day"])
    frame = frame.groupby(["gwcode", "year"], as_index=False).agg(first_day=("first_day", "min"),
                                                                 last_day=("last_day", "max"))
    codes = countries.state_table().dropna(subset=["gw"]).drop_duplicates("gw")
    frame["iso3"] = frame["gwcode"].map(dict(zip(codes["gw"].astype(int), codes["iso3"]))).astype("string")
    return frame


def create_dyadyears(con: CatalogueLike, system: str = "cow",
                     directed: bool = True, years: tuple[int, int] | None = None,
                     iso3_1: Sequence[str] | None = None, iso3_2: Sequence[str] | None = None) -> ir.Table:
    """All dyad-years of the state system: every pair of states that were both members that year.

    `system="cow"` gives ccode1, ccode2, year, iso3_1, iso3_2; `system="gw"` gives gwcode1,
    gwcode2, year, iso3_1, iso3_2. Directed dyads list (a, b) and (b, a); non-directed keep
    code1 < code2. `con`: the store's DuckDB connection, or any Ibis backend holding the store's
    tables (the `add_*` verbs then run in that engine). `iso3_1` / `iso3_2` keep only the dyads
    whose first / second state carries one of those ISO3 codes (a focal state and its poles).
    """
    if system not in ("cow", "gw"):
        raise LatitudeError(f"unknown state system '{system}': use 'cow' or 'gw'")
    years = year_range(years)
    code = "ccode" if system == "cow" else "gwcode"
    backend = _backend(con)
    states = cow_state_years(years) if system == "cow" else gw_state_years(backend, years)
    first = states[states["iso3"].isin(list(iso3_1))] if iso3_1 is not None else states
    second = states[states["iso3"].isin(list(iso3_2))] if iso3_2 is not None else states
    left = ibis.memtable(first.rename(columns={code: f"{code}1", "iso3": "iso3_1"}))
    right = ibis.memtable(second.rename(columns={code: f"{code}2", "iso3": "iso3_2", "year": "year_r"}))
    right = right.rename(first_day_r="first_day", last_day_r="last_day")
    # Both states in the system in that year, and at the same time (Liechtenstein, which entered
    # in September 1990, never met North Yemen, which ended in May 1990).
    pairs = left.join(right, (left.year == right.year_r) & (left.first_day <= right.last_day_r)
                      & (right.first_day_r <= left.last_day))
    pairs = pairs.filter(pairs[f"{code}1"] != pairs[f"{code}2"] if directed else pairs[f"{code}1"] < pairs[f"{code}2"])
    result = pairs.select(f"{code}1", f"{code}2", "year", "iso3_1", "iso3_2").order_by([f"{code}1", f"{code}2", "year"])
    # Materialise once in the engine so verbs join against a real table (other engines: a cached table).
    if backend.name == "duckdb":
        return backend.create_table(f"_dyadyears_{uuid.uuid4().hex}", result, temp=True)
    return backend.create_view(f"_dyadyears_{uuid.uuid4().hex}", result, overwrite=True).cache()


def current_codes() -> pd.DataFrame:
    """ISO3 -> the COW code that carries it today (or last did): Germany 255, not West Germany's 260."""
    table = countries.state_table().dropna(subset=["iso3"])
    table = table.assign(_open=table["end"].isna(), _end=table["end"].fillna(9999).astype(int))
    table = table.sort_values(["iso3", "_open", "_end"], ascending=[True, False, False])
    return table.drop_duplicates("iso3")[["iso3", "cow"]].astype({"iso3": "string", "cow": "int64"})


def by_iso3(dyads: ir.Table, prefer: str | None = None) -> ir.Table:
    """One row per (year, iso3_1, iso3_2) of a COW dyad-year table.

    Two COW codes carry one ISO3 in a few years (Germany 255 and 260 in 1990, Yemen 678 and 679 in
    1990). The row kept has a value in `prefer` if any does, then the code that carries the ISO3
    today (the state at the year's end): keys stay unique for every state and year.

    Only a dyad-year with an ISO3 that two COW codes carry, or with none (states of the 19th
    century), can share its key with another; the others are kept as they are, so the ranking
    window runs over a few per cent of the rows (over all of them, it was the largest cost of the
    stored dimensions: seconds each). This relies on one row per COW dyad-year and ISO3 codes from
    the state table, as `create_dyadyears` and the `add_*` verbs give.
    """
    shared = _shared_iso3()
    clash = dyads.iso3_1.isnull() | dyads.iso3_2.isnull() | dyads.iso3_1.isin(shared) | dyads.iso3_2.isin(shared)
    unique, dyads = dyads.filter(~clash), dyads.filter(clash)
    current = ibis.memtable(current_codes())
    one = current.rename(_iso_a="iso3", _cur_a="cow")
    two = current.rename(_iso_b="iso3", _cur_b="cow")
    rows = dyads.left_join(one, dyads.iso3_1 == one._iso_a).left_join(two, dyads.iso3_2 == two._iso_b)
    order = [ibis.desc((rows.ccode1 == rows._cur_a).cast("int8")), ibis.desc((rows.ccode2 == rows._cur_b).cast("int8")),
             ibis.desc(rows.ccode1), ibis.desc(rows.ccode2)]
    if prefer is not None:
        order.insert(0, ibis.desc(rows[prefer].notnull().cast("int8")))
    ranked = rows.mutate(_rank=ibis.row_number().over(group_by=["year", "iso3_1", "iso3_2"], order_by=order))
    ranked = ranked.filter(ranked._rank == 0)
    return unique.union(ranked.drop("_rank", "_iso_a", "_cur_a", "_iso_b", "_cur_b"), distinct=False)


@lru_cache(maxsize=1)
def _shared_iso3() -> list[str]:
    """The ISO3 codes that more than one COW code carries in the state table (DEU, YEM)."""
    table = countries.state_table().dropna(subset=["iso3"])
    codes = table.groupby("iso3")["cow"].nunique()
    return sorted(codes[codes > 1].index)


def _check_keys(dyads: ir.Table, verb: str) -> None:
    missing = [k for k in COW_KEYS if k not in dyads.columns]
    if missing:
        hint = " (this looks like a Gleditsch–Ward table: create_dyadyears(system='cow'))" \
            if all(k in dyads.columns for k in GW_KEYS) else ""
        raise LatitudeError(f"{verb} needs columns {', '.join(COW_KEYS)}; missing {', '.join(missing)}{hint}")


def _source_table(dyads: ir.Table, table: str) -> ir.Table:
    return store_table(dyads.get_backend(), table)


def _one_per_key(rows: ir.Table, keys: list[str], flipped: ir.Table | None = None) -> ir.Table:
    """One row per key, the same in every engine: rows as published win over `flipped` ones (the
    other orientation of a dyad); among duplicates that still disagree, the largest values win."""
    values = [c for c in rows.columns if c not in keys]
    rows = rows.mutate(_flip=ibis.literal(0, "int8"))
    if flipped is not None:
        rows = rows.union(flipped.mutate(_flip=ibis.literal(1, "int8")))
    order = [rows._flip, *(ibis.desc(rows[c], nulls_first=False) for c in values)]
    ranked = rows.mutate(_rank=ibis.row_number().over(group_by=keys, order_by=order))
    return ranked.filter(ranked._rank == 0).drop("_flip", "_rank")


def _join_dyadic(dyads: ir.Table, table: str, columns: dict[str, str], verb: str,
                 symmetric: bool = True) -> ir.Table:
    """Left-join a dyad-year source; a non-directed source is matched in both orientations."""
    _check_keys(dyads, verb)
    source = _source_table(dyads, table)
    picked = source.select(c1=source.ccode1.cast("int64"), c2=source.ccode2.cast("int64"),
                           yr=source.year.cast("int64"), **{new: source[old] for old, new in columns.items()})
    flipped = None
    if symmetric:
        flipped = picked.select(c1=picked.c2, c2=picked.c1, yr=picked.yr, **{c: picked[c] for c in columns.values()})
    picked = _one_per_key(picked, ["c1", "c2", "yr"], flipped)
    joined = dyads.left_join(picked, (dyads.ccode1 == picked.c1) & (dyads.ccode2 == picked.c2)
                             & (dyads.year == picked.yr))
    return joined.drop("c1", "c2", "yr")


def add_atop_alliance(dyads: ir.Table) -> ir.Table:
    """ATOP defence, offence, neutrality, non-aggression and consultation pledges (0/1), 1815–2018.

    ATOP lists every pair of states in its years; inside coverage a missing pair means no
    alliance (0), outside coverage (after 2018) the flags are missing.
    """
    flags = ["atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul"]
    joined = _join_dyadic(dyads, "atop_alliance", {f: f for f in flags}, "add_atop_alliance")
    return _zero_inside_coverage(joined, flags, dyads, "atop_alliance")


def add_cow_alliance(dyads: ir.Table) -> ir.Table:
    """COW formal alliances: defence, neutrality, non-aggression, entente (0/1), 1816–2012."""
    flags = ["cow_defense", "cow_neutral", "cow_nonagg", "cow_entente"]
    joined = _join_dyadic(dyads, "cow_alliance", {f: f for f in flags}, "add_cow_alliance")
    return _zero_inside_coverage(joined, flags, dyads, "cow_alliance")


def _zero_inside_coverage(joined: ir.Table, flags: list[str], dyads: ir.Table, table: str) -> ir.Table:
    """Alliance files list only allied pairs: within the file's years, absence means 0."""
    lo, hi = catalogue(dyads.get_backend()).coverage(table)
    inside = (joined.year >= lo) & (joined.year <= hi)
    return joined.mutate(**{f: ibis.ifelse(inside, joined[f].fill_null(0), ibis.null()).cast("int8") for f in flags})


def add_cow_trade(dyads: ir.Table) -> ir.Table:
    """COW dyadic trade (Barbieri & Keshk 4.0), million current USD, to 2014.

    For the directed row (ccode1, ccode2): flow1 = imports of ccode1 from ccode2, flow2 =
    imports of ccode2 from ccode1, with smoothflow1/2 likewise. Missing flows stay missing.
    """
    _check_keys(dyads, "add_cow_trade")
    source = _source_table(dyads, "cow_trade_dyadic")
    cols = ["flow1", "flow2", "smoothflow1", "smoothflow2"]
    base = source.select(c1=source.ccode1.cast("int64"), c2=source.ccode2.cast("int64"), yr=source.year.cast("int64"),
                         **{c: source[c] for c in cols})
    flipped = base.select(c1=base.c2, c2=base.c1, yr=base.yr, flow1=base.flow2, flow2=base.flow1,
                          smoothflow1=base.smoothflow2, smoothflow2=base.smoothflow1)
    both = _one_per_key(base, ["c1", "c2", "yr"], flipped)
    joined = dyads.left_join(both, (dyads.ccode1 == both.c1) & (dyads.ccode2 == both.c2) & (dyads.year == both.yr))
    return joined.drop("c1", "c2", "yr")


def add_igos(dyads: ir.Table) -> ir.Table:
    """Number of shared IGO full memberships (COW IGO 3.0, `dyadigos`), to 2014."""
    return _join_dyadic(dyads, "cow_igo_dyadic", {"dyadigos": "dyadigos"}, "add_igos")


def _join_monadic(dyads: ir.Table, table: str, columns: list[str], verb: str) -> ir.Table:
    """Left-join a state-year source twice, as <column>1 for ccode1 and <column>2 for ccode2."""
    _check_keys(dyads, verb)
    source = _source_table(dyads, table)
    out = dyads
    for side in ("1", "2"):
        picked = _one_per_key(source.select(cc=source.ccode.cast("int64"), yr=source.year.cast("int64"),
                                            **{f"{c}{side}": source[c] for c in columns}), ["cc", "yr"])
        out = out.left_join(picked, (out[f"ccode{side}"] == picked.cc) & (out.year == picked.yr)).drop("cc", "yr")
    return out


def add_cinc(dyads: ir.Table) -> ir.Table:
    """COW national material capabilities: cinc1, cinc2 (composite index), to 2016+."""
    return _join_monadic(dyads, "cow_nmc", ["cinc"], "add_cinc")


def add_gdp(dyads: ir.Table) -> ir.Table:
    """Anders, Fariss & Markowitz (2020) estimates: natural logs of GDP and population
    (wbgdp2011est1/2, wbpopest1/2, 2011 USD) and of surplus domestic product (sdpest1/2)."""
    return _join_monadic(dyads, "sdp_gdp", ["wbgdp2011est", "wbpopest", "sdpest"], "add_gdp")


def add_capital_distance(dyads: ir.Table) -> ir.Table:
    """Great-circle distance in km between the two capitals in that year (`capdist`).

    Uses the COW capitals table with its dates, so moves (Bonn → Berlin, Rio → Brasília)
    are followed; in the year of a move the new capital counts. Haversine formula, Earth radius
    6,371 km.
    """
    _check_keys(dyads, "add_capital_distance")
    caps = _source_table(dyads, "cow_capitals")
    caps = caps.select(cc=caps.ccode.cast("int64"), y0=caps.stdate.cast("date").year(),
                       y1=caps.enddate.cast("date").year(), lat=caps.lat, lng=caps.lng)
    out = dyads
    for side in ("1", "2"):
        c = caps.rename(**{f"cc{side}": "cc", f"y0_{side}": "y0", f"y1_{side}": "y1",
                           f"lat{side}": "lat", f"lng{side}": "lng"})
        out = out.left_join(c, (out[f"ccode{side}"] == c[f"cc{side}"]) & (out.year >= c[f"y0_{side}"])
                            & (out.year <= c[f"y1_{side}"]))
        latest = ibis.row_number().over(group_by=list(COW_KEYS), order_by=ibis.desc(out[f"y0_{side}"], nulls_first=False))
        out = out.mutate(_rank=latest)
        out = out.filter(out._rank == 0).drop("_rank", f"cc{side}", f"y0_{side}", f"y1_{side}")
    rad = 3.141592653589793 / 180.0
    dlat = (out.lat2 - out.lat1) * rad / 2
    dlng = (out.lng2 - out.lng1) * rad / 2
    a = dlat.sin() ** 2 + (out.lat1 * rad).cos() * (out.lat2 * rad).cos() * dlng.sin() ** 2
    capdist = 2 * 6371.0 * a.sqrt().asin()
    return out.mutate(capdist=capdist).drop("lat1", "lng1", "lat2", "lng2")


def add_contiguity(dyads: ir.Table) -> ir.Table:
    """COW direct contiguity (3.2): `conttype` 1 land or river border, 2–5 separated by at most
    12, 24, 150 or 400 miles of water, 0 not contiguous; missing after the data's last year (2016)."""
    _check_keys(dyads, "add_contiguity")
    cont = _source_table(dyads, "cow_contdir")
    cont = cont.select(c1=cont.ccode1.cast("int64"), c2=cont.ccode2.cast("int64"), ct=cont.conttype.cast("int8"),
                       y0=cont.stdate.cast("date").year(), y1=cont.enddate.cast("date").year())
    last = int(cont.y1.max().to_pandas())
    joined = dyads.left_join(cont, (dyads.ccode1 == cont.c1) & (dyads.ccode2 == cont.c2)
                             & (dyads.year >= cont.y0) & (dyads.year <= cont.y1))
    # Two records can touch in a year when the contiguity type changed: keep the closest (lowest) type.
    joined = joined.group_by(list(dyads.columns)).aggregate(conttype=joined.ct.min())
    return joined.mutate(conttype=ibis.ifelse(joined.year <= last, joined.conttype.fill_null(0),
                                              ibis.null()).cast("int8"))


def add_minimum_distance(dyads: ir.Table) -> ir.Table:
    """Minimum distance in km between the two states' borders (CShapes 2.0; 0 for neighbours), 1886–2019."""
    return _join_dyadic(dyads, "cow_mindist", {"mindist": "mindist"}, "add_minimum_distance")
