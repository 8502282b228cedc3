"""Failure modes of the source pattern: corrupt, truncated or malformed files, no network, interrupted
loads and the CLI's one-line errors. The store's previous tables must keep answering throughout."""
from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from latitude import store
from latitude.errors import LatitudeError
from latitude.sources import _base, cow_nmc, cow_trade, cow_igo, gpr, sipri


def corrupt_copy(source: Path, target: Path) -> Path:
    """A copy of `source` with one byte changed."""
    target.parent.mkdir(parents=True, exist_ok=True)
    data = bytearray(source.read_bytes())
    data[len(data) // 2] ^= 0xFF
    target.write_bytes(bytes(data))
    return target


def test_checksum_mismatch_names_the_file(mirror, tmp_path) -> None:
    fake = tmp_path / "mirror"
    corrupt_copy(mirror / "peacesciencer" / "cow_nmc.rda", fake / "peacesciencer" / "cow_nmc.rda")
    with pytest.raises(LatitudeError, match="checksum mismatch") as exc:
        cow_nmc.fetch(tmp_path / "raw" / "cow_nmc", mirror=fake)
    assert "cow_nmc.rda" in str(exc.value) and "\n" not in str(exc.value)
    assert not (tmp_path / "raw" / "cow_nmc" / "cow_nmc.rda").exists()  # nothing half-written left in place


def test_truncated_rda_fails_and_previous_table_answers(mirror, writable_store, tmp_path, monkeypatch) -> None:
    con = store.connect(writable_store)
    con.execute("DELETE FROM cow_nmc WHERE year > 2000")  # an 'older' table to tell apart from a fresh load
    before = con.execute("SELECT count(*) FROM cow_nmc").fetchall()[0][0]
    folder = tmp_path / "raw" / "cow_nmc"
    folder.mkdir(parents=True)
    data = (mirror / "peacesciencer" / "cow_nmc.rda").read_bytes()
    (folder / "cow_nmc.rda").write_bytes(data[: len(data) // 2])
    file = dataclasses.replace(cow_nmc.INFO.files[0], sha256=_base.sha256_of(folder / "cow_nmc.rda"))
    monkeypatch.setattr(cow_nmc, "INFO", dataclasses.replace(cow_nmc.INFO, files=(file,)))
    with pytest.raises(LatitudeError, match=r"cannot read .*cow_nmc.rda: truncated") as exc:
        cow_nmc.load(con, raw=tmp_path / "raw")
    assert "\n" not in str(exc.value)
    assert con.execute("SELECT count(*) FROM cow_nmc").fetchall()[0][0] == before
    con.close()


def test_csv_missing_a_column(mirror, tmp_path) -> None:
    lines = (mirror / "sipri" / "sipri_tiv_supplier_recipient_year_360info.csv").read_text().splitlines()[:50]
    header = lines[0].split(",")
    drop = header.index("value")
    path = tmp_path / "tiv.csv"
    path.write_text("\n".join(",".join(c for i, c in enumerate(line.split(",")) if i != drop) for line in lines))
    with pytest.raises(LatitudeError, match=r"tiv.csv: missing column\(s\) value") as exc:
        sipri._tiv(path)
    assert "\n" not in str(exc.value)
    wide = tmp_path / "gpr.csv"
    wide.write_text("month,GPRH\n01/01/1900,87.93\n")
    with pytest.raises(LatitudeError, match=r"gpr.csv: missing column\(s\) GPR\b"):
        gpr.parse(wide)


def test_no_mirror_and_no_network(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("LATITUDE_MIRROR", raising=False)
    file = dataclasses.replace(cow_nmc.INFO.files[0], url="http://127.0.0.1:9/cow_nmc.rda")
    monkeypatch.setattr(cow_nmc, "INFO", dataclasses.replace(cow_nmc.INFO, files=(file,)))
    with pytest.raises(LatitudeError, match="pass --mirror DIR or set LATITUDE_MIRROR") as exc:
        cow_nmc.fetch(tmp_path / "raw")
    assert "\n" not in str(exc.value)


class InterruptSecondTable:
    """A connection stand-in whose second DataFrame registration is interrupted (Ctrl-C mid-load)."""

    def __init__(self, con) -> None:
        self._con, self._registrations = con, 0

    def register(self, name, data):
        self._registrations += 1
        if self._registrations == 2:
            raise KeyboardInterrupt
        return self._con.register(name, data)

    def __getattr__(self, name):
        return getattr(self._con, name)


def test_interrupted_load_leaves_previous_tables(writable_store, raw_dir) -> None:
    con = store.connect(writable_store)
    con.execute("DELETE FROM cow_trade_dyadic WHERE year > 2000")
    con.execute("DELETE FROM cow_trade_national WHERE year > 2000")
    before = [con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in cow_trade.INFO.tables]
    loaded_at = con.execute("SELECT loaded_at FROM provenance WHERE source = 'cow_trade'").fetchall()
    with pytest.raises(KeyboardInterrupt):
        cow_trade.load(InterruptSecondTable(con), raw=raw_dir)
    assert [con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in cow_trade.INFO.tables] == before
    assert con.execute("SELECT loaded_at FROM provenance WHERE source = 'cow_trade'").fetchall() == loaded_at
    con.close()


def test_reloading_is_idempotent(writable_store, raw_dir) -> None:
    con = store.connect(writable_store)
    first = cow_igo.load(con, raw=raw_dir)
    second = cow_igo.load(con, raw=raw_dir)
    assert first == second
    assert con.execute("SELECT count(*) FROM provenance WHERE source = 'cow_igo'").fetchall() == [(1,)]
    con.close()


def test_cli_build_with_corrupt_mirror_file(mirror, tmp_path) -> None:
    fake = tmp_path / "mirror"
    corrupt_copy(mirror / "peacesciencer" / "cow_nmc.rda", fake / "peacesciencer" / "cow_nmc.rda")
    env = {**os.environ, "LATITUDE_HOME": str(tmp_path / "home")}
    env.pop("LATITUDE_MIRROR", None)
    cli = Path(sys.executable).parent / "latitude"
    result = subprocess.run([str(cli) if cli.exists() else shutil.which("latitude"), "data", "build", "cow_nmc",
                             "--mirror", str(fake), "--store", str(tmp_path / "s.duckdb")],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0
    assert "checksum mismatch" in result.stderr and "cow_nmc.rda" in result.stderr
