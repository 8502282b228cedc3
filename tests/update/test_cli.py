"""`latitude data update` as a user runs it: a thin shell over latitude.update.run, one line for
every bad parameter or an unreachable host, and the updated sources visible to `data status` and
`cite`. The SIPRI answer is the mirror's register in the backend's form (see test_sipri.py)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from latitude.cli import app
from latitude.errors import LatitudeError

from .conftest import closed_port_url
from .test_sipri import answer, backend_form, website_text  # noqa: F401  (fixture)

runner = CliRunner()


def test_update_then_status_and_cite(loopback, tmp_path: Path, home, website_text: str,  # noqa: F811
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    loopback.add("/api/p/trades/trade-register-csv/", answer(backend_form(website_text, (2023, 2024))),
                 method="POST")
    monkeypatch.setenv("LATITUDE_SIPRI_URL", loopback.url)           # the environment setting, no --url
    db = str(tmp_path / "store.duckdb")
    done = runner.invoke(app, ["data", "update", "sipri", "--years", "2023-2024", "--store", db])
    assert done.exit_code == 0, done.output
    assert "sipri_atdb: sipri_deliveries" in done.stdout and "data generated 2026-02-12" in done.stdout
    status = runner.invoke(app, ["data", "status", "--store", db, "--format", "csv"])
    line = next(row for row in status.stdout.splitlines() if row.startswith("sipri_atdb,"))
    assert ",publisher," in line and "2023,2024" in line
    cite = runner.invoke(app, ["cite", "sipri_atdb"])
    assert cite.exit_code == 0 and "SIPRI Arms Transfers Database" in cite.stdout
    # the update recomputed the stored arms dimension from the new deliveries (issue 15)
    import duckdb

    with duckdb.connect(db, read_only=True) as con:
        versions = dict(con.execute("SELECT dimension, rows FROM dimension_versions").fetchall())
        assert versions.get("arms", 0) > 0
        assert con.execute("SELECT count(*) FROM dim_arms WHERE year BETWEEN 2023 AND 2024").fetchone()[0] > 0


@pytest.mark.parametrize(("args", "message"), [
    (["data", "update", "nosuch"], "unknown update source 'nosuch': choose from comtrade, gdelt, sipri, unvotes, baci"),
    (["data", "update", "comtrade", "--reporters", "KOR"], "needs --years"),
    (["data", "update", "comtrade", "gdelt", "--url", "http://127.0.0.1:9/"], "one source at a time"),
    (["data", "update", "sipri", "--years", "2024-2020"], "first year must not exceed the last"),
    (["data", "update", "gdelt", "--start", "2016-07-28", "--url", "ftp://mirror"], "is not an http(s) address"),
])
def test_bad_parameters_are_one_line_errors(tmp_path: Path, home, args: list[str], message: str) -> None:
    done = runner.invoke(app, [*args, "--store", str(tmp_path / "s.duckdb")])
    assert isinstance(done.exception, LatitudeError)
    assert message in str(done.exception) and "\n" not in str(done.exception)


def test_offline_prints_one_line_and_no_traceback(tmp_path: Path, home) -> None:
    done = subprocess.run([sys.executable, "-m", "latitude.cli", "data", "update", "gdelt", "--start", "2016-07-28",
                           "--url", closed_port_url(), "--store", str(tmp_path / "s.duckdb")],
                          capture_output=True, text=True, timeout=120, env={**os.environ})
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith("error: cannot reach 127.0.0.1:") and done.stderr.count("\n") == 1
