"""Dyad event series: hand-counted synthetic events, the real ICEWS sample, both CLI paths, and the
same numbers on DuckDB and PySpark (one test body per question, run on every engine, as Ibis's own
suite does; the Spark runs carry the `spark` marker)."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import duckdb
import pandas as pd
import pytest
from typer.testing import CliRunner

from latitude import engine, events_ingest
from latitude.cameo import quad_class
from latitude.errors import LatitudeError
from latitude.measures.events import SERIES_COLUMNS, dyad_series

EVENT_TABLES = ("events", "event_files", "leaders", "atop_alliance")


def ev(date, source, target, cameo, goldstein, origin="gdelt2"):
    root = cameo[:2]
    return {"date": date, "source_iso3": source, "source_sector": "GOV", "target_iso3": target,
            "target_sector": "GOV", "cameo": cameo, "root_code": root,
            "quad_class": quad_class(root), "goldstein": goldstein, "source_id": None,
            "url": None, "origin": origin}


EVENTS = pd.DataFrame([
    ev("2018-01-05", "KOR", "USA", "042", 1.9),    # verbal coop
    ev("2018-01-20", "USA", "KOR", "061", 6.4),    # material coop
    ev("2018-01-21", "KOR", "USA", "112", -2.0),   # verbal conflict
    ev("2018-01-09", "KOR", "JPN", "036", 4.0),    # verbal coop
    ev("2018-02-14", "JPN", "KOR", "172", -5.0),   # material conflict
    ev("2018-02-15", "JPN", "KOR", "111", -2.0),   # verbal conflict
    ev("2018-02-16", "CHN", "USA", "057", 8.0),    # not a KOR dyad
    ev("2018-04-01", "FRA", "DEU", "040", 1.0),    # April covered, no KOR events
])


@pytest.fixture()
def con():
    connection = duckdb.connect()
    events_ingest.insert_events_frame(connection, EVENTS, file="hand.json")
    yield connection
    connection.close()


@pytest.fixture(scope="module")
def hand_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("hand") / "hand.duckdb"
    connection = duckdb.connect(str(path))
    events_ingest.insert_events_frame(connection, EVENTS, file="hand.json")
    yield connection
    connection.close()


@pytest.fixture(scope="module")
def spark(hand_store, spark_session, tmp_path_factory):
    """The hand-counted events copied into Spark: a session of its own on the run's Spark context
    (`spark_session` skips without PySpark or Java), so its temporary views stay apart from the store's."""
    return engine.spark_backend(hand_store, tables=EVENT_TABLES, session=spark_session.newSession(),
                                workdir=tmp_path_factory.mktemp("spark"))


@pytest.fixture(scope="module", params=["duckdb", pytest.param("pyspark", marks=pytest.mark.spark)])
def backend(request, hand_store):
    """The hand-counted events on each engine: the DuckDB connection, or a PySpark backend."""
    return hand_store if request.param == "duckdb" else request.getfixturevalue("spark")


def test_monthly_counts_match_hand_counts(backend):
    out = dyad_series(backend, "KOR", ["USA", "JPN"], freq="month").set_index(["partner", "period"])
    usa = out.loc[("USA", "2018-01")]
    assert (usa["events"], usa["verbal_coop"], usa["material_coop"], usa["verbal_conflict"]) == (3, 1, 1, 1)
    assert usa["goldstein_sum"] == pytest.approx(1.9 + 6.4 - 2.0)
    assert usa["goldstein_mean"] == pytest.approx((1.9 + 6.4 - 2.0) / 3)
    assert usa["net_cooperation"] == pytest.approx((2 - 1) / 3)
    jpn = out.loc[("JPN", "2018-02")]
    assert (jpn["events"], jpn["material_conflict"], jpn["verbal_conflict"]) == (2, 1, 1)
    assert jpn["net_cooperation"] == pytest.approx(-1.0)
    # February has events in the store but none KOR-USA: a true zero, with no mean.
    feb = out.loc[("USA", "2018-02")]
    assert feb["events"] == 0 and pd.isna(feb["goldstein_mean"]) and pd.isna(feb["net_cooperation"])
    # March has no events at all: outside coverage, so absent rather than 0.
    assert sorted(out.reset_index()["period"].unique()) == ["2018-01", "2018-02", "2018-04"]
    # Days with any event, by hand: January 5, 9, 20, 21; February 14, 15, 16; April 1.
    assert out.xs("USA", level="partner")["source_days"].to_dict() == {"2018-01": 4, "2018-02": 3, "2018-04": 1}
    assert not out["sample"].any() and set(out["source"]) == {"gdelt2"}


def test_directions_and_years(backend):
    out_only = dyad_series(backend, "KOR", ["USA", "JPN"], freq="year", directed="out").set_index("partner")
    assert out_only.loc["USA", "events"] == 2 and out_only.loc["JPN", "events"] == 1
    in_only = dyad_series(backend, "KOR", ["USA", "JPN"], freq="year", directed="in").set_index("partner")
    assert in_only.loc["USA", "events"] == 1 and in_only.loc["JPN", "events"] == 2
    assert in_only.loc["USA", "source_days"] == 8
    assert dyad_series(backend, "KOR", ["USA"], freq="year", years="2018").iloc[0]["events"] == 3


def test_spark_gives_duckdbs_series_value_for_value(hand_store, spark):
    assert spark.name == "pyspark"
    for freq, directed in (("month", "both"), ("year", "in")):
        ours = dyad_series(hand_store, "KOR", ["USA", "JPN", "CHN"], freq=freq, directed=directed)
        theirs = dyad_series(spark, "KOR", ["USA", "JPN", "CHN"], freq=freq, directed=directed)
        assert list(theirs.columns) == list(SERIES_COLUMNS) and len(ours) == len(theirs) > 0
        pd.testing.assert_frame_equal(ours, theirs, check_dtype=False)


def test_bad_arguments_and_years_outside_coverage(con):
    with pytest.raises(LatitudeError, match="years 2019-2020 are outside the events loaded"):
        dyad_series(con, "KOR", ["USA"], freq="year", years=(2019, 2020))
    with pytest.raises(LatitudeError, match="unknown frequency"):
        dyad_series(con, "KOR", ["USA"], freq="week")
    with pytest.raises(LatitudeError, match="both the focal country and a partner"):
        dyad_series(con, "KOR", ["USA", "South Korea"])
    with pytest.raises(LatitudeError, match="no events of origin icews"):
        dyad_series(con, "KOR", ["USA"], origins=["icews"])
    with pytest.raises(LatitudeError, match="no events in the store"):
        dyad_series(duckdb.connect(), "KOR", ["USA"])


def test_coverage_comes_from_the_load_registry(con):
    # The registry, not a scan, says what is covered: once the load is registered as running to
    # 2019, asking for 2019-2020 is no longer an error (and finds no events there).
    con.execute("UPDATE event_files SET last_date = DATE '2019-12-31'")
    assert dyad_series(con, "KOR", ["USA"], freq="year", years=(2019, 2020)).empty


def sample_store(mirror, tmp_path):
    """A store with the real ICEWS sample loaded through its source module (flagged as a sample)."""
    from latitude import store
    from latitude.sources import icews

    connection = store.connect(tmp_path / "icews.duckdb")
    icews.fetch(tmp_path / "raw" / "icews_sample", mirror)
    icews.load(connection, tmp_path / "raw")
    return connection


def test_icews_sample_counts_match_the_raw_file(mirror, tmp_path):
    from latitude.sources import _base

    con = sample_store(mirror, tmp_path)
    raw = _base.read_rda(mirror / "icews_andybega/icews_sample.rda")
    with pytest.raises(LatitudeError, match="only the bundled sample events .icews_sample."):
        dyad_series(con, "KOR", ["USA"])      # a 3-day sample is not a series unless asked for
    out = dyad_series(con, "South Korea", ["United States", "North Korea"], freq="year",
                      include_samples=True).set_index("partner")
    for partner, name in (("USA", "United States"), ("PRK", "North Korea")):
        pair = raw[((raw["source_country"] == "South Korea") & (raw["target_country"] == name))
                   | ((raw["source_country"] == name) & (raw["target_country"] == "South Korea"))]
        assert out.loc[partner, "events"] == len(pair)
        conflict = pair["cameo_code"].str[:2].astype(int) >= 10
        assert out.loc[partner, "verbal_conflict"] + out.loc[partner, "material_conflict"] == int(conflict.sum())
    assert out.loc["USA", "source"] == "icews" and out["sample"].all()
    # The sample covers 1-3 June 2018: three days, counted from the raw file.
    assert pd.to_datetime(raw["event_date"]).dt.date.nunique() == 3
    assert out["source_days"].tolist() == [3, 3]
    con.close()


def test_cli_default_action_and_series_subcommand_agree(tmp_path):
    from latitude.cli import app

    path = tmp_path / "s.duckdb"
    con = duckdb.connect(str(path))
    events_ingest.insert_events_frame(con, EVENTS, file="hand.json")
    con.close()
    runner = CliRunner()
    short = runner.invoke(app, ["events", "KOR", "--with", "USA,JPN", "--format", "csv", "--store", str(path)])
    long = runner.invoke(app, ["events", "series", "KOR", "--with", "USA,JPN", "--format", "csv", "--store", str(path)])
    assert short.exit_code == 0, short.output
    assert short.output == long.output
    lines = short.output.strip().splitlines()
    assert lines[0].startswith("period,year,iso3,partner,events,verbal_coop")
    assert "2018-01,2018,KOR,USA,3,1,1,1,0" in short.output
    chart = tmp_path / "series.svg"
    plotted = runner.invoke(app, ["events", "KOR", "--with", "USA", "--plot", str(chart), "--store", str(path)])
    assert plotted.exit_code == 0, plotted.output
    root = ET.parse(chart).getroot()                      # a well-formed SVG with the partner in its legend
    assert [e.get("data-label") for e in root.iter("{http://www.w3.org/2000/svg}g")
            if e.get("class") == "legend-entry"] == ["USA"]


def test_cli_flags_samples_and_refuses_them_by_default(mirror, tmp_path):
    from latitude.cli import app

    sample_store(mirror, tmp_path).close()
    path = str(tmp_path / "icews.duckdb")
    runner = CliRunner()
    refused = runner.invoke(app, ["events", "KOR", "--with", "USA", "--store", path])
    assert refused.exit_code != 0 and "--include-samples" in str(refused.exception)
    shown = runner.invoke(app, ["events", "KOR", "--with", "USA", "--freq", "year", "--include-samples",
                                "--store", path])
    assert shown.exit_code == 0, shown.output
    assert "bundled sample" in shown.output and "3 days" in shown.output


def test_cli_errors_are_one_line(tmp_path, capsys):
    from latitude import cli

    path = tmp_path / "s.duckdb"
    con = duckdb.connect(str(path))
    events_ingest.insert_events_frame(con, EVENTS, file="hand.json")
    con.close()
    capsys.readouterr()
    # in-process as `main` runs it (its exit status is `run`'s); tests/test_cli.py starts the real process
    status = cli.run(["events", "KOR", "--with", "Narnia", "--store", str(path)])
    stderr = capsys.readouterr().err
    assert status == 1 and "Traceback" not in stderr
    assert stderr.strip().startswith("error: unknown country 'Narnia'") and stderr.count("\n") == 1
