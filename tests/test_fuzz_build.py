"""Fault injection: `latitude data build` killed (SIGKILL) at random points leaves every table whole.

Each source's tables and its provenance row change in one transaction, so after any kill the
store must open and every table must hold exactly the rows its provenance records (tables
shared by several sources, like `events`, the sum of theirs). The kill times are drawn from a
seeded generator over the first 15 s of the build, so a failure can be replayed.
"""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest

from latitude import store

SEED = 16
RUNS = 3


def recorded_and_actual(path: Path) -> tuple[dict[str, int], dict[str, int]]:
    """Rows per table as the provenance records them, and as the tables hold them."""
    con = store.connect(path, read_only=True)
    try:
        recorded: dict[str, int] = defaultdict(int)
        for (tables,) in con.execute("SELECT tables FROM provenance").fetchall():
            for table, rows in json.loads(tables).items():
                recorded[table] += rows
        actual = {table: con.execute(f'SELECT count(*) FROM "{table}"').fetchall()[0][0] for table in recorded}
        return dict(recorded), actual
    finally:
        con.close()


@pytest.mark.mirror
def test_build_killed_at_random_points_leaves_tables_whole(writable_store: Path, raw_dir: Path, mirror: Path) -> None:
    recorded, actual = recorded_and_actual(writable_store)
    assert recorded == actual and len(recorded) > 30      # the copy starts whole
    rng = random.Random(SEED)
    env = {**os.environ, "LATITUDE_RAW": str(raw_dir)}
    for run in range(RUNS):
        delay = rng.uniform(0.5, 10.0)
        # --force: reload every source, so that the kill lands inside writes (unchanged sources are skipped otherwise)
        proc = subprocess.Popen([sys.executable, "-m", "latitude.cli", "data", "build", "--force", "--store",
                                 str(writable_store), "--mirror", str(mirror)], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, env=env)
        time.sleep(delay)
        finished = proc.poll() is not None
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        assert not finished and proc.returncode == -signal.SIGKILL, (run, delay)
        recorded, actual = recorded_and_actual(writable_store)
        assert recorded == actual, f"run {run}: killed after {delay:.1f} s, tables differ from provenance"
        assert len(recorded) > 30, f"run {run}: tables lost after a kill at {delay:.1f} s"
