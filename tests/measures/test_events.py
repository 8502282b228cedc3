"""Dyad event series: hand-counted synthetic events, the real ICEWS sample, and both CLI paths."""
from __future__ import annotations

import duckdb
import pandas as pd
import pytest
from typer.testing import CliRunner

from latitude import events_ingest
from latitude.cameo import quad_class
from latitude.errors import LatitudeError
from latitude.measures.events import dyad_series


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


def test_monthly_counts_match_hand_counts(con):
    out = dyad_series(con, "KOR", ["USA", "JPN"], freq="month").set_index(["partner", "period"])
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


def test_directions_and_years(con):
    out_only = dyad_series(con, "KOR", ["USA", "JPN"], freq="year", directed="out").set_index("partner")
    assert out_only.loc["USA", "events"] == 2 and out_only.loc["JPN", "events"] == 1
    in_only = dyad_series(con, "KOR", ["USA", "JPN"], freq="year", directed="in").set_index("partner")
    assert in_only.loc["USA", "events"] == 1 and in_only.loc["JPN", "events"] == 2
    assert dyad_series(con, "KOR", ["USA"], freq="year", years=(2019, 2020)).empty
    assert dyad_series(con, "KOR", ["USA"], freq="year", years="2018").iloc[0]["events"] == 3
    with pytest.raises(LatitudeError, match="unknown frequency"):
        dyad_series(con, "KOR", ["USA"], freq="week")
    with pytest.raises(LatitudeError, match="both the focal country and a partner"):
        dyad_series(con, "KOR", ["USA", "South Korea"])


def test_icews_sample_counts_match_the_raw_file(mirror):
    from latitude.sources import _base
    from latitude.sources.icews import ICEWS_HEADERS

    con = duckdb.connect()
    raw = _base.read_rda(mirror / "icews_andybega/icews_sample.rda")
    events_ingest.ensure_table(con)
    events_ingest.icews_frame_to_events(con, raw[list(ICEWS_HEADERS)].rename(columns=ICEWS_HEADERS), "icews")
    out = dyad_series(con, "South Korea", ["United States", "North Korea"], freq="year").set_index("partner")
    for partner, name in (("USA", "United States"), ("PRK", "North Korea")):
        pair = raw[((raw["source_country"] == "South Korea") & (raw["target_country"] == name))
                   | ((raw["source_country"] == name) & (raw["target_country"] == "South Korea"))]
        assert out.loc[partner, "events"] == len(pair)
        conflict = pair["cameo_code"].str[:2].astype(int) >= 10
        assert out.loc[partner, "verbal_conflict"] + out.loc[partner, "material_conflict"] == int(conflict.sum())
    assert out.loc["USA", "source"] == "icews"


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
    png = tmp_path / "series.png"
    plotted = runner.invoke(app, ["events", "KOR", "--with", "USA", "--plot", str(png), "--store", str(path)])
    assert plotted.exit_code == 0 and png.stat().st_size > 1000


def test_cli_errors_are_one_line(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "s.duckdb"
    con = duckdb.connect(str(path))
    events_ingest.insert_events_frame(con, EVENTS, file="hand.json")
    con.close()
    done = subprocess.run([sys.executable, "-m", "latitude.cli", "events", "KOR", "--with", "Narnia",
                           "--store", str(path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.strip().startswith("error: unknown country 'Narnia'") and done.stderr.count("\n") == 1
