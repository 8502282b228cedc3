"""The CLI spine: data commands, country resolution, citations, one-line errors."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from latitude.cli import app

runner = CliRunner()


def _latitude(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run the installed console entry point as a user would."""
    return subprocess.run([sys.executable, "-m", "latitude.cli", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=120)


def test_countries_resolve_json_columns() -> None:
    result = runner.invoke(app, ["countries", "resolve", "ROK", "Rep. of Korea", "Burma", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [r["iso3"] for r in rows] == ["KOR", "KOR", "MMR"]
    assert set(rows[0]) == {"input", "iso3", "cow", "name"} and rows[0]["cow"] == 732


def test_countries_resolve_csv() -> None:
    result = runner.invoke(app, ["countries", "resolve", "DPRK", "--format", "csv"])
    assert result.stdout.splitlines() == ["input,iso3,cow,name", "DPRK,PRK,731,North Korea"]


def test_unknown_country_is_one_line_nonzero() -> None:
    done = _latitude("countries", "resolve", "Narnia")
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0 and "unknown country 'Narnia'" in done.stderr
    assert "Traceback" not in done.stderr


def test_status_and_cite_over_built_store(store_path: Path) -> None:
    status = runner.invoke(app, ["data", "status", "--store", str(store_path), "--format", "json"])
    assert status.exit_code == 0, status.output
    rows = {r["source"]: r for r in json.loads(status.stdout)}
    assert rows["unvotes"]["rows"] > 900_000 and rows["unvotes"]["coverage_end"] == 2023
    cite = runner.invoke(app, ["cite", "unvotes", "--bibtex"])
    assert "@data{voeten2009unvotes" in cite.stdout


def test_missing_store_is_one_line(tmp_path: Path) -> None:
    done = _latitude("data", "status", "--store", str(tmp_path / "none.duckdb"))
    assert done.returncode == 0  # status of an absent store lists sources as not loaded
    assert "Traceback" not in done.stderr
