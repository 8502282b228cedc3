"""latitude.catalogue: tables, coverage and sources from provenance, on a small synthetic store."""
from __future__ import annotations

import json

import duckdb
import pandas as pd
import pytest

from latitude import store
from latitude.catalogue import Catalogue, catalogue
from latitude.errors import LatitudeError
from latitude.sources._base import SourceInfo

INFO = SourceInfo(name="toy", title="Toy source", publisher="us", version="1", licence="CC0", citation="Toy (2026).",
                  bibtex="", coverage="1990-1992", files=(), tables=("toy_votes", "toy_names"))


@pytest.fixture()
def con(tmp_path):
    con = store.connect(tmp_path / "toy.duckdb")
    votes = pd.DataFrame({"year": [1990, 1991, 1992, 1992], "iso3": ["KOR", "KOR", "USA", "KOR"],
                          "value": [1.0, 2.0, 3.0, 4.0]})
    names = pd.DataFrame({"iso3": ["KOR", "USA"], "name": ["Korea", "United States"]})
    store.replace_source(con, INFO, {"toy_votes": votes, "toy_names": names}, coverage=(1985, 1995))
    store.write_source_tables(con, {"toy_votes": "toy", "toy_names": "toy", "toy_later": "toylater"})
    yield con
    con.close()


def test_tables_sources_and_coverage_from_provenance(con):
    cat = catalogue(con)
    assert cat.engine == "duckdb" and cat.has("toy_votes") and not cat.has("nothing")
    assert cat.source_of("toy_votes") == "toy"
    # per-table coverage is the years in the table (1990-1992), not the source's stated span
    assert cat.coverage("toy_votes") == (1990, 1992)
    # a table without years falls back to the source's coverage
    assert cat.coverage("toy_names") == (1985, 1995)
    assert catalogue(cat) is cat


def test_missing_table_names_its_source(con):
    cat = catalogue(con)
    with pytest.raises(LatitudeError, match=r"'toy_later' is not in the store.*data pull toylater"):
        cat.table("toy_later")
    with pytest.raises(LatitudeError, match=r"'other' is not in the store: run `latitude data build`"):
        cat.require("toy_votes", "other")


def test_lookup_filters_by_value_list_and_range(con):
    cat = catalogue(con)
    rows = cat.lookup("toy_votes", iso3="KOR", year=range(1991, 1993))
    assert sorted(rows["value"]) == [2.0, 4.0]
    rows = cat.lookup("toy_votes", ["value"], iso3=["USA", "CHN"])
    assert rows["value"].tolist() == [3.0] and list(rows.columns) == ["value"]


def test_lookup_on_an_ibis_backend_gives_the_same_rows(con):
    import ibis

    via_ibis = Catalogue(ibis.duckdb.from_connection(con))
    # force the path other engines take (Ibis expressions); ibis 12's DuckDB list_tables does not
    # run on duckdb 2, so the table list comes from the store here
    via_ibis._names, via_ibis.duckdb = catalogue(con).names(), None
    ours = catalogue(con).lookup("toy_votes", iso3="KOR", year=range(1990, 1992))
    theirs = via_ibis.lookup("toy_votes", iso3="KOR", year=range(1990, 1992))
    pd.testing.assert_frame_equal(ours.sort_values("year").reset_index(drop=True),
                                  theirs.sort_values("year").reset_index(drop=True), check_dtype=False)


def test_arrays_give_the_lookup_rows_on_duckdb_and_through_ibis(con):
    import ibis

    via_ibis = Catalogue(ibis.duckdb.from_connection(con))
    via_ibis._names, via_ibis.duckdb = catalogue(con).names(), None   # the path other engines take
    for cat in (catalogue(con), via_ibis):
        got = cat.arrays("toy_votes", ["year", "iso3", "value"], iso3="KOR", year=range(1991, 1993))
        order = got["year"].argsort()
        assert got["year"][order].tolist() == [1991, 1992] and got["value"][order].tolist() == [2.0, 4.0]
        assert got["iso3"].tolist() == ["KOR", "KOR"]


def test_a_catalogue_over_a_cursor_shares_what_it_has_read(con):
    base = catalogue(con)
    base.memo["answer"] = 42
    cursor = con.cursor()
    twin = base.over(cursor)
    # queries go to the cursor (which the dashboard interrupts), the metadata is the base's
    assert twin.duckdb is cursor and twin.names() is base.names() and twin.memo is base.memo
    assert twin.memo["answer"] == 42 and twin.source_of("toy_votes") == "toy"
    assert twin.lookup("toy_votes", iso3="KOR", year=range(1991, 1993))["value"].tolist() == [2.0, 4.0]


def test_version_changes_when_a_source_reloads(con):
    before = catalogue(con).version("toy")
    store.replace_source(con, INFO, {"toy_votes": pd.DataFrame({"year": [2000], "iso3": ["KOR"], "value": [1.0]}),
                                     "toy_names": pd.DataFrame({"iso3": ["KOR"], "name": ["Korea"]})})
    after = catalogue(con)
    assert after.version("toy") != before and after.coverage("toy_votes") == (2000, 2000)


def test_a_store_from_before_per_table_coverage_still_answers(tmp_path):
    path = tmp_path / "old.duckdb"
    old = duckdb.connect(str(path))
    old.execute("CREATE TABLE provenance (source VARCHAR, title VARCHAR, version VARCHAR, licence VARCHAR, "
                "citation VARCHAR, files VARCHAR, tables VARCHAR, rows BIGINT, coverage_start INTEGER, "
                "coverage_end INTEGER, loaded_at TIMESTAMP)")
    old.execute("CREATE TABLE toy_votes AS SELECT 1990 AS year")
    old.execute("INSERT INTO provenance VALUES ('toy', 'Toy', '1', 'CC0', 'Toy.', '[]', ?, 1, 1980, 1999, now())",
                [json.dumps({"toy_votes": 1})])
    old.close()
    reader = store.connect(path, read_only=True)
    assert catalogue(reader).coverage("toy_votes") == (1980, 1999)
    reader.close()
    writer = store.connect(path)  # opening for writing adds the column
    assert "table_coverage" in store.column_types(writer, "provenance")
    writer.close()


def test_not_a_store_is_a_one_line_error():
    with pytest.raises(LatitudeError, match="expected a store connection"):
        catalogue("latitude.duckdb")


def test_real_coverage_matches_the_data(store_con):
    lo, hi = store_con.execute("SELECT min(year), max(year) FROM un_votes").fetchall()[0]
    assert catalogue(store_con).coverage("un_votes") == (lo, hi) == (1946, 2023)


def test_over_from_many_threads_at_once(store_path) -> None:
    """The dashboard's workers make their catalogues with `over` at once when the first requests
    arrive together: one reads the table list, the others wait (a DuckDB connection refuses a
    second call while one runs: "connection is busy")."""
    import threading

    from latitude import store

    failures: list[str] = []
    for _ in range(10):
        con = store.connect(store_path, read_only=True)
        shared = Catalogue(duckdb_con=con)
        gate = threading.Barrier(8)

        def twin(shared: Catalogue = shared, con=con, gate: threading.Barrier = gate) -> None:
            cursor = con.cursor()
            gate.wait()
            try:
                assert "dim_trade" in shared.over(cursor).names()
            except Exception as exc:    # noqa: BLE001 - any failure is what the test reports
                failures.append(repr(exc)[:120])
        threads = [threading.Thread(target=twin) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        con.close()
    assert failures == []
