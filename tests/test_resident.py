"""Resident tables (`latitude.resident`) answer keyed reads with the same rows and Python values as
DuckDB reading the store (the other implementation every expected value here comes from): on small
tables with awkward values (NULLs, NaN, -0.0, mostly-zero columns, numbers float32 cannot hold,
large integers, NULL text, dates), and on the mirror's store, where every profile view is the same
with and without them."""
from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import duckdb
import pytest

from latitude.catalogue import Catalogue
from latitude.resident import Resident


def _typed(rows: list[tuple]) -> list[tuple]:
    """Rows with each value's type, NaN as a marker (NaN != NaN), sorted: compared as a multiset."""
    def cell(v):
        return (type(v).__name__, "nan" if isinstance(v, float) and math.isnan(v) else
                ("-0.0" if v == 0 and math.copysign(1, v) < 0 else repr(v)) if isinstance(v, float) else repr(v))
    return sorted(tuple(cell(v) for v in row) for row in rows)


@pytest.fixture(scope="module")
def awkward() -> duckdb.DuckDBPyConnection:
    """A dimension table and a leaders table whose values exercise every storage choice."""
    con = duckdb.connect()
    con.execute("""CREATE TABLE dim_arms (year BIGINT, iso3 VARCHAR, partner VARCHAR, arms_imports DOUBLE,
                   arms_import_share DOUBLE, arms_import_share_5y DOUBLE, arms_exports DOUBLE,
                   arms_export_share DOUBLE, source VARCHAR)""")
    rows = []
    for i in range(400):
        iso3 = ["KOR", "JPN", "VNM", "PRK"][i % 4]
        partner = ["USA", "CHN", "RUS", None][(i // 4) % 4]
        imports = 0.0 if i % 9 else 1.5 * i                       # mostly 0: stored as (position, value)
        share = None if i % 7 == 0 else (float("nan") if i % 11 == 0 else i / 3)   # not float32-exact
        share5 = -0.0 if i % 13 == 0 else (None if i % 5 == 0 else 0.0)
        exports = float(2 ** 40 + i)                              # integral, beyond float32
        source = None if i % 17 == 0 else ["sipri", "sipri_register_2024"][i % 2]
        rows.append((1946 + i // 16, iso3, partner, imports, share, share5, exports, 0.25 * (i % 3), source))
    con.executemany("INSERT INTO dim_arms VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    con.execute("""CREATE TABLE leaders (iso3 VARCHAR, role VARCHAR, title VARCHAR, leader VARCHAR, startdate DATE,
                   source VARCHAR, origin VARCHAR, enddate DATE, extra BIGINT)""")
    con.executemany("INSERT INTO leaders VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [
        ("KOR", "head of state", "President", "Lee Jae-myung", dt.date(2025, 6, 4), "latitude", "latitude", None, 1),
        ("KOR", "head of state", "President", "Yoon Suk Yeol", dt.date(2022, 5, 10), "latitude", "latitude",
         dt.date(2025, 4, 4), 2),
        ("JPN", "head of government", "Prime Minister", "Takaichi Sanae", dt.date(2025, 10, 21), "latitude",
         "latitude", None, 3),
        ("JPN", "head of government", None, "Kishida Fumio", dt.date(2021, 10, 4), "archigos", "archigos",
         dt.date(2024, 10, 1), 4)])
    yield con
    con.close()


READS = [
    {"iso3": "KOR", "partner": ["USA", "CHN"], "year": range(1950, 1960)},
    {"iso3": "JPN", "partner": ["RUS"], "year": range(1946, 2030)},
    {"iso3": ["KOR", "VNM"], "partner": ["USA", "CHN", "RUS", "GBR"]},
    {"iso3": "PRK", "partner": "CHN", "source": None},
    {"iso3": "PRK", "partner": ["USA", "RUS"], "source": ["sipri"], "year": range(1960, 1980)},
    {"iso3": "KOR", "partner": ["USA"], "year": range(2000, 1999)},         # an empty range
    {"iso3": "XXX", "partner": ["USA"]},                                       # a key not in the table
    {"iso3": "VNM", "partner": ["USA", "CHN"], "arms_import_share": None},
    {"iso3": "VNM", "partner": ["USA", "CHN"], "arms_imports": 0.0},
]


@pytest.mark.parametrize("where", READS, ids=[str(i) for i in range(len(READS))])
def test_records_and_arrays_are_duckdbs(awkward: duckdb.DuckDBPyConnection, where: dict) -> None:
    resident = Resident.load(awkward)
    plain = Catalogue(duckdb_con=awkward)
    held = Catalogue(duckdb_con=awkward)
    held.resident = resident
    for columns in (None, ["year", "partner", "arms_import_share", "arms_import_share_5y", "source"]):
        expected = plain.records("dim_arms", columns, **where)
        found = resident.records("dim_arms", columns, where)
        assert found is not None and found[0] == expected[0]
        assert _typed(found[1]) == _typed(expected[1])
        assert held.records("dim_arms", columns, **where)[0] == expected[0]
    assert resident.exists("dim_arms", where) == plain.exists("dim_arms", **where)
    arrays = resident.arrays("dim_arms", ["year", "arms_exports", "source"], where)
    duck = plain.arrays("dim_arms", ["year", "arms_exports", "source"], **where)
    for name in ("year", "arms_exports", "source"):
        assert arrays[name].dtype == duck[name].dtype
        assert sorted(map(repr, arrays[name].tolist())) == sorted(map(repr, duck[name].tolist()))


def test_one_keys_rows_keep_the_stores_order(awkward: duckdb.DuckDBPyConnection) -> None:
    resident = Resident.load(awkward)
    where = {"iso3": "KOR", "partner": "USA"}
    expected = Catalogue(duckdb_con=awkward).records("dim_arms", ["year", "arms_exports"], **where)[1]
    assert resident.records("dim_arms", ["year", "arms_exports"], where)[1] == expected
    assert len(expected) == 25                        # every 16th row from 0 on: KOR (i % 4 == 0) and USA


def test_leaders_dates_and_null_filters(awkward: duckdb.DuckDBPyConnection) -> None:
    resident = Resident.load(awkward)
    columns = ["iso3", "role", "title", "leader", "startdate", "source", "origin"]
    found = resident.records("leaders", columns, {"iso3": ["KOR", "JPN"], "enddate": None})
    assert found == (columns, [("KOR", "head of state", "President", "Lee Jae-myung", dt.date(2025, 6, 4), "latitude",
                                "latitude"),
                               ("JPN", "head of government", "Prime Minister", "Takaichi Sanae", dt.date(2025, 10, 21),
                                "latitude", "latitude")])
    # a column it does not hold ("extra"), all columns of a table it holds in part, a read that names
    # no key, a filter it cannot apply (a range on dates): the store answers those
    assert resident.records("leaders", ["extra"], {"iso3": "KOR"}) is None
    assert resident.records("leaders", None, {"iso3": "KOR"}) is None
    assert resident.records("leaders", ["leader"], {"role": "head of state"}) is None
    assert resident.records("leaders", ["leader"], {"iso3": "KOR", "startdate": range(2020, 2030)}) is None
    assert resident.records("un_votes", ["year"], {"iso3": "KOR"}) is None        # not loaded here


def test_mostly_zero_and_exact_storage_is_smaller(awkward: duckdb.DuckDBPyConnection) -> None:
    """The storage choices of the module docstring are taken (and the values above still come back)."""
    table = Resident.load(awkward).tables["dim_arms"]
    assert table.columns["arms_imports"].at is not None                 # 45 of 400 non-zero
    assert table.columns["arms_exports"].values.dtype.name == "float64"  # 2**40 + i needs float64
    assert table.columns["arms_export_share"].values.dtype.name == "float32"   # quarters are exact
    assert table.columns["year"].values.dtype.itemsize == 2                # years 1946-1970
    assert table.columns["source"].values.dtype.name == "int8"


def test_profiles_are_the_same_with_resident_tables(store_path: Path) -> None:
    from latitude import store
    from latitude.catalogue import catalogue
    from latitude.profile.assemble import VIEWS, build_profile

    con = store.connect(store_path, read_only=True)
    try:
        plain = catalogue(con)
        held = catalogue(store.connect(store_path, read_only=True))
        held.resident = Resident.load(con)
        assert {"dim_trade", "dim_alliance", "dim_un", "un_votes", "idealpoints_dynamic"} <= set(held.resident.tables)
        for focal, poles, years in [("KOR", ["USA", "CHN", "JPN"], (1990, 2024)), ("PRK", ["CHN", "RUS"], (1946, 2025)),
                                    ("VNM", ["USA", "CHN", "RUS", "JPN"], (1995, 2005)), ("TUV", ["USA", "CHN"], (2000, 2020)),
                                    ("AUS", ["USA"], (2010, 2012))]:
            expected = build_profile(plain, focal, poles, years)
            found = build_profile(held, focal, poles, years)
            for name in VIEWS:
                a, b = expected.tables[name], found.tables[name]
                assert a.dtypes == b.dtypes and a.attrs == b.attrs, (focal, name)
                assert list(a.data) == list(b.data), (focal, name)
                for column in a.data:
                    assert _typed([(v,) for v in a.data[column]]) == _typed([(v,) for v in b.data[column]]), \
                        (focal, name, column)
                    assert [repr(v) for v in a.data[column]] == [repr(v) for v in b.data[column]], (focal, name, column)
            assert found.missing == expected.missing and found.sources == expected.sources
    finally:
        con.close()
