"""Scenario files: the shipped examples parse; every kind of bad file gets one clear line."""
from __future__ import annotations

from pathlib import Path

import pytest

from latitude.errors import LatitudeError
from latitude.scenarios.spec import example_scenarios, load_scenario, product_matches

GOOD = """
name = "toy"
focal = "Rep. of Korea"
year = 2014
[[shock]]
kind = "import_cut"
by = "PRC"
share = 0.2
products = ["XVI", "3304"]
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "s.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_examples_parse_with_sources() -> None:
    examples = example_scenarios()
    assert {"japan_2019_export_controls", "china_2017_thaad", "china_2021_urea"} <= set(examples)
    for path in examples.values():
        scenario = load_scenario(path)
        assert scenario.sources and scenario.shocks and scenario.year


def test_names_resolve_and_sections_match(tmp_path: Path) -> None:
    scenario = load_scenario(_write(tmp_path, GOOD))
    assert scenario.focal == "KOR" and scenario.shocks[0].by == "CHN"
    assert product_matches("854231", "XVI") and product_matches("330499", "3304")
    assert not product_matches("330499", "XVI") and not product_matches("870323", "3304")


def test_tariff_reduction_formula() -> None:
    from latitude.scenarios.spec import Shock

    # 25% tariff, elasticity 4: 1 - 1.25^-4 = 1 - 0.4096 = 0.5904
    assert Shock(kind="tariff", by="USA", rate=0.25).reduction() == pytest.approx(0.5904)


@pytest.mark.parametrize("edit, message", [
    (("share = 0.2", "share = -0.2"), "outside 0-1"),
    (("share = 0.2", "share = 20"), "outside 0-1"),
    (('by = "PRC"', 'by = "Narnia"'), "unknown country 'Narnia'"),
    (('focal = "Rep. of Korea"', 'focal = "Atlantis"'), "unknown country 'Atlantis'"),
    (('"3304"', '"99999"'), "unknown product code '99999'"),
    (("share = 0.2", "share = 0.2\nstrength = 3"), "unknown key(s) strength"),
    (('name = "toy"', 'name = "toy"\nauthor = "me"'), "unknown key(s) author"),
    (('kind = "import_cut"', 'kind = "embargo"'), "'kind' must be one of"),
    (('by = "PRC"', 'by = "KOR"'), "against itself"),
    (("year = 2014", "year = [2014"), "not valid TOML"),
])
def test_bad_files_one_line(tmp_path: Path, edit: tuple[str, str], message: str) -> None:
    path = _write(tmp_path, GOOD.replace(*edit))
    with pytest.raises(LatitudeError) as info:
        load_scenario(path)
    assert message in str(info.value) and "\n" not in str(info.value)
    assert str(path) in str(info.value)


def test_tariff_needs_rate(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD.replace('kind = "import_cut"', 'kind = "tariff"'))
    with pytest.raises(LatitudeError, match="needs 'rate'"):
        load_scenario(path)
