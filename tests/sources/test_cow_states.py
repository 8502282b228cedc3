"""State lists, capitals, distances, contiguity and major powers against the raw peacesciencer files."""
from __future__ import annotations

import datetime as dt

import pyreadr
import pytest

TABLES = {"cow_states": "cow_states", "gw_states": "gw_states", "cow_capitals": "cow_capitals",
          "gw_capitals": "gw_capitals", "cow_mindist": "cow_mindist", "cow_contdir": "cow_contdir",
          "cow_majors": "cow_majors"}


@pytest.mark.parametrize("table", TABLES)
def test_row_counts_match_raw(store_con, mirror, table) -> None:
    raw = pyreadr.read_r(str(mirror / "peacesciencer" / f"{TABLES[table]}.rda"))[TABLES[table]]
    assert store_con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0] == len(raw)


def test_korea_rows(store_con) -> None:
    assert store_con.execute("SELECT stateabb, iso3, styear FROM cow_states WHERE ccode = 732").fetchall() == \
        [("ROK", "KOR", 1949)]
    assert store_con.execute("SELECT capital, iso3 FROM cow_capitals WHERE ccode = 732").fetchall() == [("Seoul", "KOR")]
    # Stinnett et al. (2002): the two Koreas share a land border (type 1) since 1949
    assert store_con.execute("SELECT conttype, stdate, iso3_2 FROM cow_contdir WHERE ccode1 = 732 AND ccode2 = 731"
                             ).fetchall() == [(1, dt.date(1949, 6, 1), "PRK")]
    # minimum distances are non-directed (ccode1 < ccode2)
    assert store_con.execute("SELECT mindist FROM cow_mindist WHERE ccode1 = 731 AND ccode2 = 732 AND year = 2000"
                             ).fetchall() == [(0.0,)]


def test_gleditsch_ward_codes_get_iso3(store_con) -> None:
    rows = dict(store_con.execute("SELECT gwcode, iso3 FROM gw_states WHERE gwcode IN (260, 340, 732, 711)").fetchall())
    assert rows[260] == "DEU" and rows[340] == "SRB" and rows[732] == "KOR"
    assert rows[711] is None  # Tibet: no ISO3, never guessed


def test_major_powers(store_con) -> None:
    # COW 2016: China a major power from 1950; Japan 1895-1945 and from 1991
    assert store_con.execute("SELECT styear, iso3 FROM cow_majors WHERE ccode = 710").fetchall() == [(1950, "CHN")]
    assert sorted(store_con.execute("SELECT styear FROM cow_majors WHERE ccode = 740").fetchall()) == [(1895,), (1991,)]
