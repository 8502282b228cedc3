"""The store survives a build killed midway: the previous tables keep answering."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from latitude import store


def _counts(path: Path) -> dict[str, int]:
    con = store.connect(path, read_only=True)
    try:
        rows = store.provenance(con)
        counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchall()[0][0]
                  for t in ("un_votes", "atop_alliance", "cow_trade_dyadic")}
        counts["provenance"] = len(rows)
        return counts
    finally:
        con.close()


def test_build_killed_midway_leaves_store_answering(writable_store: Path, raw_dir: Path, mirror: Path) -> None:
    before = _counts(writable_store)
    env = {**os.environ, "LATITUDE_RAW": str(raw_dir)}
    # --force: reload every source (a build skips unchanged ones and could finish before the kill)
    proc = subprocess.Popen([sys.executable, "-m", "latitude.cli", "data", "build", "--force", "--store",
                             str(writable_store), "--mirror", str(mirror)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=env)
    time.sleep(4.0)  # well inside the build (it takes tens of seconds): some sources loaded, one loading
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    # Reopening replays or discards the write-ahead log: every table is whole, as before or reloaded.
    assert _counts(writable_store) == before


def test_read_only_missing_store_is_one_line(tmp_path: Path) -> None:
    import pytest

    from latitude.errors import LatitudeError

    with pytest.raises(LatitudeError, match=r"no store at .*latitude data build"):
        store.connect(tmp_path / "nope.duckdb", read_only=True)


def _store_with(path: Path, *sources: str) -> None:
    con = store.connect(path)
    for name in sources:
        con.execute("INSERT INTO provenance (source, title, version, licence, citation, bibtex) "
                    "VALUES (?, ?, 'v1', 'CC-BY', ?, ?)", [name, f"{name} title", f"{name} citation", f"@misc{{{name}}}"])
    con.close()


def test_citations_kept_beside_the_store_only_while_it_is_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    _store_with(path, "alpha")
    first = store.citations_of(path)
    assert first == [{"source": "alpha", "title": "alpha title", "version": "v1", "licence": "CC-BY",
                      "citation": "alpha citation", "bibtex": "@misc{alpha}"}]
    kept = tmp_path / "s.duckdb.citations.json"
    saved = json.loads(kept.read_text())
    # the kept copy is what `cite` reads while the store is unchanged (mark it to see that it is read)
    saved["citations"][0]["citation"] = "read from the kept copy"
    kept.write_text(json.dumps(saved))
    assert store.citations_of(path)[0]["citation"] == "read from the kept copy"
    # a load changes the store: the copy no longer matches and the store is read again
    _store_with(path, "beta")
    assert [r["source"] for r in store.citations_of(path)] == ["alpha", "beta"]
    assert store.citations_of(path)[0]["citation"] == "alpha citation"


def test_citations_with_a_damaged_or_unwritable_copy(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    _store_with(path, "alpha")
    kept = tmp_path / "s.duckdb.citations.json"
    kept.write_text("{not json")
    assert [r["source"] for r in store.citations_of(path)] == ["alpha"]   # read from the store, copy rewritten
    assert json.loads(kept.read_text())["citations"][0]["source"] == "alpha"
    kept.unlink()
    kept.mkdir()   # a copy that cannot be written (even as root): the same answer, nothing half-written
    assert [r["source"] for r in store.citations_of(path)] == ["alpha"]
    assert kept.is_dir() and not list(tmp_path.glob("*.tmp"))
