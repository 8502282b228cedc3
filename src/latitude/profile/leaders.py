"""Who is in office: the heads of state and government of the focal state and its poles.

Read from the store's `leaders` table (Archigos 4.1 to 2015, latitude's packaged table of spells
from 2016 on, checked against a dated snapshot): a spell with no end date is current as of the
date the table was checked (`latitude.leaders.CHECKED_THROUGH`). States the packaged table does not
cover have no current row (missing, not guessed from Archigos's last spell).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from latitude.catalogue import CatalogueLike, catalogue
from latitude.profile.columns import Columns

if TYPE_CHECKING:
    import pandas as pd

LEADER_COLUMNS = ["iso3", "role", "title", "leader", "startdate", "source"]


class Leader(NamedTuple):
    """One current spell in office (the columns of `LEADER_COLUMNS`)."""

    iso3: str
    role: str
    title: str
    leader: str
    startdate: dt.date
    source: str


def current_leaders(con: CatalogueLike, iso3s: Sequence[str]) -> list[Leader]:
    """Current heads of state and government of `iso3s`, in the order given, then by role and
    start date; none without a `leaders` table. Read without pandas (`latitude profile`)."""
    from latitude.leaders import as_date

    cat = catalogue(con)
    if not cat.has("leaders"):
        return []
    columns, rows = cat.records("leaders", LEADER_COLUMNS + ["origin"], iso3=list(iso3s), enddate=None)
    origin = columns.index("origin")
    kept = [row[:origin] for row in rows if row[origin] == "latitude"]   # Archigos spells all ended by 2015
    order = {code: i for i, code in enumerate(iso3s)}
    spells = [Leader(*row[:4], as_date(row[4]), row[5]) for row in kept]
    return sorted(spells, key=lambda s: (order[s.iso3], s.role, s.startdate))


def leader_columns(con: CatalogueLike, iso3s: Sequence[str]) -> Columns:
    """`current_leaders` as columns (`LEADER_COLUMNS`; `attrs['checked']` the date the table was
    last checked)."""
    from latitude.leaders import CHECKED_THROUGH

    spells = current_leaders(con, iso3s)
    return Columns({c: [s[i] for s in spells] for i, c in enumerate(LEADER_COLUMNS)},
                   attrs={"checked": str(CHECKED_THROUGH)})


def in_office(con: CatalogueLike, iso3s: Sequence[str]) -> pd.DataFrame:
    """`leader_columns` as a frame."""
    return leader_columns(con, iso3s).frame()
