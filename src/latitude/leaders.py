"""Heads of state and government from 2016 on: latitude's own packaged table, one row per spell.

Archigos 4.1 (store table `leaders`, source `archigos`) stops at 2015-12-31. For later years
latitude ships `data/leaders_since_2016.csv`: every spell in office on or after 2016-01-01 for
22 states (the G20 states, North Korea, Taiwan and the Philippines), each row citing where it
can be checked. This module reads that file only (no store), so the coder's gazetteer, `check`
and the triads can ask who was in office without a built store.

Columns: iso3, leader, role ('head of state' | 'head of government' | 'head of state and
government'), title ('President', 'Acting President', 'Prime Minister', 'Emperor', ...),
startdate, enddate (DATE; missing while in office), effective (True on the office Archigos codes
as the state's effective leader, e.g. Japan's prime minister, China's and Russia's president;
acting holders are False), archigos_obsid (the Archigos spell a row continues past Archigos's
2015-12-31 cut-off), note, source (a URL).

A spell counts on every day from its start to its end, both included: on a handover day both
the outgoing and the incoming holder are in office. The table was checked against the
open-data-archive snapshot of 2026-08-22 (`CHECKED_THROUGH`); changes after that date are not in it.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from latitude import countries
from latitude.errors import LatitudeError

if TYPE_CHECKING:   # pandas only where the table is parsed, so the checked date is read without it
    import pandas as pd

FILE = "leaders_since_2016.csv"
COLUMNS = ["iso3", "leader", "role", "title", "startdate", "enddate", "effective", "archigos_obsid", "note",
           "source"]
ROLES = ("head of state", "head of government", "head of state and government")
FIRST_DAY = dt.date(2016, 1, 1)        # the table covers spells in office on or after this day
CHECKED_THROUGH = dt.date(2026, 8, 22)  # date of the current-leaders snapshot the latest rows were checked against


def parse(text_or_path) -> pd.DataFrame:
    """Read and check a leaders table in the packaged layout (a path or an open text file)."""
    import pandas as pd

    name = getattr(text_or_path, "name", str(text_or_path))
    try:
        df = pd.read_csv(text_or_path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise LatitudeError(f"cannot read {name}: {str(exc).splitlines()[0]}") from exc
    missing = [c for c in COLUMNS if c not in df.columns]
    if missing:
        raise LatitudeError(f"{name}: missing column(s) {', '.join(missing)}; expected {', '.join(COLUMNS)}")
    df = df[COLUMNS].copy()
    bad_role = sorted(set(df["role"]) - set(ROLES))
    if bad_role:
        raise LatitudeError(f"{name}: unknown role(s) {', '.join(map(repr, bad_role))}; use one of {', '.join(ROLES)}")
    for col in ("startdate", "enddate"):
        values = pd.to_datetime(df[col].mask(df[col].eq("")), format="%Y-%m-%d", errors="coerce")
        bad = df.loc[values.isna() & (df[col].ne("") | (col == "startdate")), col]
        if len(bad):
            raise LatitudeError(f"{name}: {col} {bad.iloc[0]!r} of {df.loc[bad.index[0], 'leader']} is not a date "
                                "(YYYY-MM-DD)")
        df[col] = [None if pd.isna(v) else v.date() for v in values]
    for _, row in df[df["enddate"].notna()].iterrows():
        if row["enddate"] < row["startdate"]:
            raise LatitudeError(f"{name}: {row['leader']} ({row['iso3']}) ends {row['enddate']} before starting "
                                f"{row['startdate']}")
        if row["enddate"] < FIRST_DAY:
            raise LatitudeError(f"{name}: {row['leader']} ({row['iso3']}) left office before 2016; the table holds "
                                "spells in office on or after 2016-01-01")
    flags = df["effective"].str.lower()
    if not flags.isin(["true", "false"]).all():
        wrong = df.loc[~flags.isin(["true", "false"]), "effective"].iloc[0]
        raise LatitudeError(f"{name}: effective must be true or false, got {wrong!r}")
    df["effective"] = flags.eq("true")
    unsourced = df[~df["source"].str.startswith(("https://", "http://"))]
    if len(unsourced):
        raise LatitudeError(f"{name}: {unsourced.iloc[0]['leader']} ({unsourced.iloc[0]['iso3']}) has no source URL")
    for col in ("archigos_obsid", "note"):
        df[col] = df[col].mask(df[col].eq(""))
    return df.sort_values(["iso3", "startdate", "role"], ignore_index=True)


@lru_cache(maxsize=1)
def _table() -> pd.DataFrame:
    with resources.files("latitude.data").joinpath(FILE).open("r", encoding="utf-8") as fh:
        return parse(fh)


def since_2016() -> pd.DataFrame:
    """Every spell of a head of state or government in office on or after 2016-01-01 (a copy)."""
    return _table().copy()


def covered() -> list[str]:
    """ISO3 codes of the states the table covers."""
    return sorted(_table()["iso3"].unique())


def as_date(value) -> dt.date:
    """A date given as a date, a datetime (pandas Timestamps too) or YYYY-MM-DD text."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise LatitudeError(f"'{value}' is not a date: give it as YYYY-MM-DD") from exc


def in_office(iso3: str, date, role: str | None = None) -> pd.DataFrame:
    """The spells of `iso3`'s heads of state and government that include `date`.

    `role` 'head of state' or 'head of government' keeps that office (a president who is both
    counts for either); None keeps every office. Dates before 2016 belong to Archigos (the
    store's `leaders` table) and are an error here, as is a state the table does not cover.
    """
    import pandas as pd

    code = countries.iso3(iso3)
    day = as_date(date)
    if day < FIRST_DAY:
        raise LatitudeError(f"{day} is before latitude's leaders table (2016-01-01 on): earlier leaders come from "
                            "Archigos, the store's `leaders` table (latitude data build)")
    if role is not None and role not in ROLES[:2]:
        raise LatitudeError(f"unknown role {role!r}: use 'head of state', 'head of government' or none")
    table = _table()
    if code not in set(table["iso3"]):
        raise LatitudeError(f"latitude's leaders table does not cover {code}: it covers {', '.join(covered())}")
    spans = zip(table["startdate"], table["enddate"])
    current = [start <= day and (end is None or day <= end) for start, end in spans]
    rows = table[(table["iso3"] == code) & pd.Series(current, index=table.index)]
    if role is not None:
        rows = rows[rows["role"].isin([role, ROLES[2]])]
    return rows.reset_index(drop=True)
