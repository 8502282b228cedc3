"""COW alliances loaded from the published peacesciencer file: values and row counts match the raw file."""
from __future__ import annotations

import pyreadr


def raw(mirror):
    return pyreadr.read_r(str(mirror / "peacesciencer" / "cow_alliance.rda"))["cow_alliance"]


def test_korea_usa_defense_years_match_raw(store_con, mirror) -> None:
    df = raw(mirror)
    expected = sorted(int(y) for y in df[(df.ccode1 == 732) & (df.ccode2 == 2) & (df.cow_defense == 1)].year)
    got = [r[0] for r in store_con.execute(
        "SELECT year FROM cow_alliance WHERE ccode1 = 732 AND ccode2 = 2 AND cow_defense = 1 ORDER BY year").fetchall()]
    assert got == expected
    assert got[0] == 1953  # Mutual Defense Treaty signed 1 October 1953 (Gibler 2009)
    assert store_con.execute("SELECT DISTINCT iso3_1, iso3_2 FROM cow_alliance WHERE ccode1 = 732 AND ccode2 = 2"
                             ).fetchall() == [("KOR", "USA")]


def test_row_count_and_integer_codes(store_con, mirror) -> None:
    assert store_con.execute("SELECT count(*) FROM cow_alliance").fetchall()[0][0] == len(raw(mirror))
    types = dict(store_con.execute("SELECT column_name, data_type FROM information_schema.columns "
                                   "WHERE table_name = 'cow_alliance'").fetchall())
    assert types["ccode1"] == types["year"] == "BIGINT"
