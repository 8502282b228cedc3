"""Shared fixtures for the coder tests: the mirror's gold data folder (tests skip without the mirror)."""

import os
from pathlib import Path

import pytest

MIRROR = Path(os.environ.get("LATITUDE_MIRROR", Path(__file__).resolve().parents[2].parent / "shared" / "data"))


@pytest.fixture(scope="session")
def gold_folder() -> Path:
    folder = MIRROR / "events_gold"
    if not folder.is_dir():
        pytest.skip(f"no mirror at {MIRROR}: set LATITUDE_MIRROR")
    return folder
