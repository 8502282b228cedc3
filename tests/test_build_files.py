"""`latitude.build`'s entry points for the front-ends: user files and source descriptions."""
from __future__ import annotations

import pytest

from latitude import build, store
from latitude.errors import LatitudeError


def test_source_info_describes_the_named_sources_and_rejects_unknown_ones() -> None:
    infos = build.source_info(["unvotes", "baci"])   # a default source and a user-files source
    assert [i.name for i in infos] == ["unvotes", "baci"]
    assert "Voeten" in infos[0].citation and "CEPII" in infos[1].title
    assert {i.name for i in build.source_info()} >= {"unvotes", "cow_trade", "imf_dots", "comtrade_totals"}
    with pytest.raises(LatitudeError, match="unknown source 'nope'"):
        build.source_info(["nope"])


def test_load_files_names_the_sources_it_can_load(tmp_path) -> None:
    con = store.connect(tmp_path / "s.duckdb")
    try:
        with pytest.raises(LatitudeError, match="no loader for user files of 'unvotes': choose from baci, comtrade"):
            build.load_files(con, "unvotes", [tmp_path])
    finally:
        con.close()
