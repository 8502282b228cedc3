"""Leaders in the store: Archigos 4.1 to 2015 as published (counts, dates, GW-to-COW keys) and
latitude's own rows from 2016 (origin, links to censored Archigos spells, provenance of both)."""
from __future__ import annotations

import datetime as dt
import json

import pyreadr

from latitude import leaders


def test_row_count_and_korea(store_con, mirror) -> None:
    raw = pyreadr.read_r(str(mirror / "peacesciencer" / "archigos.rda"))["archigos"]
    assert store_con.execute("SELECT count(*) FROM leaders WHERE origin = 'archigos'").fetchall()[0][0] == len(raw)
    park = raw[raw.obsid == "ROK-1961-2"].iloc[0]  # Park Chung-hee ("Hee Park")
    got = store_con.execute("SELECT startdate, enddate, ccode, iso3 FROM leaders WHERE obsid = ?", [park.obsid]).fetchall()
    assert got == [(park.startdate, park.enddate, 732, "KOR")]
    assert got[0][1] == dt.date(1979, 10, 26)  # assassinated 26 October 1979


def test_gleditsch_ward_to_cow_by_year(store_con) -> None:
    # GW 260 is West Germany and then Germany: COW 260 to 1990, 255 after (Gleditsch & Ward 1999)
    rows = store_con.execute("SELECT year(startdate) AS y, ccode, iso3 FROM leaders WHERE gwcode = 260 "
                             "AND origin = 'archigos' ORDER BY y").fetchall()
    assert all(c == 260 for y, c, i in rows if y < 1990) and all(c == 255 for y, c, i in rows if y > 1990)
    assert {i for _, _, i in rows} == {"DEU"}
    assert {r for r in store_con.execute("SELECT DISTINCT ccode, iso3 FROM leaders WHERE gwcode = 340").fetchall()} == \
        {(345, "SRB")}


def test_latitude_rows_from_2016(store_con) -> None:
    assert store_con.execute("SELECT count(*) FROM leaders WHERE origin = 'latitude'").fetchall()[0][0] == \
        len(leaders.since_2016())
    assert store_con.execute("SELECT DISTINCT origin FROM leaders ORDER BY 1").fetchall() == \
        [("archigos",), ("latitude",)]
    # Korea's effective leaders from Archigos's last spell on (Office of the President; see the CSV's sources)
    korea = store_con.execute("SELECT leader, startdate, origin, ccode FROM leaders WHERE iso3 = 'KOR' AND effective "
                              "AND startdate >= '2013-01-01' ORDER BY startdate, origin").fetchall()
    assert [(n, str(d), o) for n, d, o, _ in korea] == [
        ("Park Geun-hye", "2013-02-25", "archigos"), ("Park Geun-hye", "2013-02-25", "latitude"),
        ("Moon Jae-in", "2017-05-10", "latitude"), ("Yoon Suk Yeol", "2022-05-10", "latitude"),
        ("Lee Jae-myung", "2025-06-04", "latitude")]
    assert {c for *_, c in korea} == {732}


def test_rows_continuing_a_censored_archigos_spell(store_con) -> None:
    """Each latitude row carrying an Archigos obsid continues a spell Archigos censors at 2015-12-31."""
    pairs = store_con.execute("""
        SELECT l.iso3, l.leader, a.leader, a.enddate, a.leadid = l.leadid, a.iso3 = l.iso3
          FROM leaders l JOIN leaders a ON a.obsid = l.obsid AND a.origin = 'archigos'
         WHERE l.origin = 'latitude'""").fetchall()
    assert len(pairs) == leaders.since_2016()["archigos_obsid"].notna().sum() == 24
    for iso3, ours, theirs, end, same_id, same_state in pairs:
        assert end == dt.date(2015, 12, 31) and same_id and same_state, (iso3, ours)
        # the same person: Archigos's name ("Obama", "Erdogan", "Salman bin Abdulaziz Al Saud") shares a word
        plain = ours.replace("ğ", "g").replace("ñ", "n").replace("ç", "c")
        assert set(plain.split()) & set(theirs.replace(",", " ").split()), (ours, theirs)


def test_provenance_cites_both(store_con) -> None:
    row = store_con.execute("SELECT citation, files, coverage_start, coverage_end FROM provenance "
                            "WHERE source = 'archigos'").fetchall()[0]
    assert "Archigos" in row[0] and "leaders_since_2016.csv" in row[0]
    assert [f["name"] for f in json.loads(row[1])] == ["archigos.rda", "leaders_since_2016.csv"]
    assert (row[2], row[3]) == (1840, leaders.CHECKED_THROUGH.year)
