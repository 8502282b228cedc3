"""Shared fixtures for the coder tests: the mirror's gold data folder (tests skip without the mirror), and a fresh coding for a
test that patches the coder."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from prose_rows import clear_codings

MIRROR = Path(os.environ.get("LATITUDE_MIRROR", Path(__file__).resolve().parents[2].parent / "shared" / "data"))


@pytest.fixture(scope="session")
def gold_folder() -> Path:
    folder = MIRROR / "events_gold"
    if not folder.is_dir():
        pytest.skip(f"no mirror at {MIRROR}: set LATITUDE_MIRROR")
    return folder


@pytest.fixture(autouse=True)
def _no_codings_across_a_patch(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test that patches the coder (through `monkeypatch`) codes its rows afresh, and what it coded is forgotten
    after it: `prose_rows` keeps the articles it coded for the tests that run without a patch."""
    patched = "monkeypatch" in request.fixturenames
    if patched:
        clear_codings()
    yield
    if patched:
        clear_codings()
