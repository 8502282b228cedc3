"""Archigos 4.1 leaders: counts, dates and the GW-to-COW keys where the two systems differ."""
from __future__ import annotations

import datetime as dt

import pyreadr


def test_row_count_and_korea(store_con, mirror) -> None:
    raw = pyreadr.read_r(str(mirror / "peacesciencer" / "archigos.rda"))["archigos"]
    assert store_con.execute("SELECT count(*) FROM leaders").fetchall()[0][0] == len(raw)
    park = raw[raw.obsid == "ROK-1961-2"].iloc[0]  # Park Chung-hee ("Hee Park")
    got = store_con.execute("SELECT startdate, enddate, ccode, iso3 FROM leaders WHERE obsid = ?", [park.obsid]).fetchall()
    assert got == [(park.startdate, park.enddate, 732, "KOR")]
    assert got[0][1] == dt.date(1979, 10, 26)  # assassinated 26 October 1979


def test_gleditsch_ward_to_cow_by_year(store_con) -> None:
    # GW 260 is West Germany and then Germany: COW 260 to 1990, 255 after (Gleditsch & Ward 1999)
    rows = store_con.execute("SELECT year(startdate) AS y, ccode, iso3 FROM leaders WHERE gwcode = 260 ORDER BY y"
                             ).fetchall()
    assert all(c == 260 for y, c, i in rows if y < 1990) and all(c == 255 for y, c, i in rows if y > 1990)
    assert {i for _, _, i in rows} == {"DEU"}
    assert {r for r in store_con.execute("SELECT DISTINCT ccode, iso3 FROM leaders WHERE gwcode = 340").fetchall()} == \
        {(345, "SRB")}
