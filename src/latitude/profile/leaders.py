"""Who is in office: the heads of state and government of the focal state and its poles.

Read from the store's `leaders` table (Archigos 4.1 to 2015, latitude's packaged table of spells
from 2016 on, checked against a dated snapshot): a spell with no end date is current as of the
date the table was checked (`latitude.leaders.CHECKED_THROUGH`). States the packaged table does not
cover have no current row (missing, not guessed from Archigos's last spell).
"""
from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from latitude.catalogue import CatalogueLike, catalogue

LEADER_COLUMNS = ["iso3", "role", "title", "leader", "startdate", "source"]


def in_office(con: CatalogueLike, iso3s: Sequence[str]) -> pd.DataFrame:
    """Current heads of state and government of `iso3s` (`LEADER_COLUMNS`, in the order given;
    `attrs['checked']` the date the table was last checked). Empty without a `leaders` table."""
    from latitude.leaders import CHECKED_THROUGH

    cat = catalogue(con)
    if not cat.has("leaders"):
        return pd.DataFrame(columns=LEADER_COLUMNS)
    rows = cat.lookup("leaders", LEADER_COLUMNS + ["origin"], iso3=list(iso3s), enddate=None)
    rows = rows[rows["origin"] == "latitude"]                    # Archigos spells all ended by 2015
    order = {code: i for i, code in enumerate(iso3s)}
    rows = rows.assign(_o=rows["iso3"].map(order)).sort_values(["_o", "role", "startdate"])
    out = rows[LEADER_COLUMNS].reset_index(drop=True)
    out["startdate"] = pd.to_datetime(out["startdate"]).dt.date
    out.attrs["checked"] = str(CHECKED_THROUGH)
    return out
