"""The store survives a build killed midway: the previous tables keep answering."""
from __future__ import annotations

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
