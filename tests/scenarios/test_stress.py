"""Stress tests on a toy trade matrix whose results are worked out by hand, and on the mirror."""
from __future__ import annotations

import duckdb
import pandas as pd
import pytest

from latitude import store
from latitude.errors import LatitudeError
from latitude.scenarios.spec import Scenario, Shock, load_scenario, example_scenarios
from latitude.scenarios.stress import stress_test

# Toy BACI-layout flows for 2020 (values in thousand USD, as BACI publishes them).
TOY = pd.DataFrame([
    # exporter, importer, hs6, value_kusd
    ("KOR", "CHN", "330499", 100.0),
    ("KOR", "CHN", "850760", 200.0),
    ("KOR", "USA", "330499", 50.0),
    ("CHN", "KOR", "310210", 80.0),
    ("IDN", "JPN", "310210", 300.0),
    ("QAT", "IND", "310210", 500.0),
    ("USA", "KOR", "854231", 70.0),
    ("JPN", "USA", "854231", 30.0),
], columns=["exporter_iso3", "importer_iso3", "hs6", "value_kusd"]).assign(year=2020, quantity_t=None)


@pytest.fixture()
def toy_store(tmp_path):
    path = tmp_path / "toy.duckdb"
    con = duckdb.connect(str(path))
    con.register("toy", TOY)
    con.execute("CREATE TABLE baci_flows AS SELECT * FROM toy")
    con.close()
    con = store.connect(path, read_only=True)
    yield con
    con.close()


def test_toy_shocks_by_hand(toy_store) -> None:
    scenario = Scenario(name="toy", focal="KOR", year=2020, shocks=(
        Shock(kind="import_cut", by="CHN", share=0.3, products=("3304",)),
        Shock(kind="export_restriction", by="CHN", share=1.0, products=("310210",)),
    ))
    result = stress_test(toy_store, scenario)
    kor = result.summary.set_index("actor").loc["KOR"]
    chn = result.summary.set_index("actor").loc["CHN"]
    # KOR loses 0.3 × 100k = 30k USD of exports and 80k of imports (thousand USD × 1000).
    assert kor["exports_lost_usd"] == pytest.approx(30_000)
    assert kor["imports_lost_usd"] == pytest.approx(80_000)
    # KOR's exports in the table: 100 + 200 + 50 = 350k -> 30/350 = 8.571%; imports 80 + 70 = 150k -> 53.33%.
    assert kor["pct_exports"] == pytest.approx(100 * 30 / 350)
    assert kor["pct_imports"] == pytest.approx(100 * 80 / 150)
    # The coercer loses the mirror image: 30k of imports and 80k of exports.
    assert chn["imports_lost_usd"] == pytest.approx(30_000) and chn["exports_lost_usd"] == pytest.approx(80_000)
    urea = result.products.set_index("hs6").loc["310210"]
    # World urea exporters 80 (CHN), 300 (IDN), 500 (QAT): shares .0909 .3409 .5682, HHI = 0.4473 > 0.4.
    assert urea["world_hhi"] == pytest.approx((80**2 + 300**2 + 500**2) / 880**2)
    # Spare capacity = 10% of the others' sales elsewhere = 0.1 × (300 + 500) × 1000 = 80,000 USD.
    assert urea["spare_capacity"] == pytest.approx(80_000)
    assert not urea["substitutable"]  # enough capacity, but the world market is concentrated


def test_tariff_uses_elasticity(toy_store) -> None:
    scenario = Scenario(name="toy", focal="KOR", year=2020,
                        shocks=(Shock(kind="tariff", by="USA", rate=0.25, products=("33",)),))
    result = stress_test(toy_store, scenario)
    # 50k of cosmetics to the USA × (1 − 1.25^−4) = 50,000 × 0.5904
    assert result.shocks["value_at_risk_usd"].iloc[0] == pytest.approx(50_000 * 0.5904)


def test_year_outside_every_trade_table_is_an_error_naming_the_coverage(toy_store) -> None:
    scenario = Scenario(name="toy", focal="KOR", year=2005,
                        shocks=(Shock(kind="import_cut", by="CHN", share=0.5, products=("3304",)),))
    # The toy store's only trade table is BACI for 2020: 2005 is not a 0, it is outside the data.
    with pytest.raises(LatitudeError, match=r"no trade data for 2005 in the store \(BACI 2020-2020\)"):
        stress_test(toy_store, scenario)


def toy_gdp_store(tmp_path, gdp_year: int):
    """The toy flows (2020) plus a WDI-layout GDP table for `gdp_year` only (KOR 1,000,000 USD, CHN 4,000,000)."""
    from latitude.sources import wdi_gdp

    path = tmp_path / "toy_gdp.duckdb"
    con = store.connect(path)
    gdp = pd.DataFrame({"iso3": ["KOR", "CHN"], "code": ["KOR", "CHN"], "name": ["Korea, Rep.", "China"],
                        "year": [gdp_year, gdp_year], "gdp_usd": [1_000_000.0, 4_000_000.0]})
    store.replace_source(con, wdi_gdp.INFO, {"wdi_gdp": gdp}, coverage=(gdp_year, gdp_year))
    con.register("toy", TOY)
    con.execute("CREATE TABLE baci_flows AS SELECT * FROM toy")
    return con


def test_pct_gdp_in_current_dollars(tmp_path) -> None:
    con = toy_gdp_store(tmp_path, 2020)
    scenario = Scenario(name="toy", focal="KOR", year=2020, shocks=(
        Shock(kind="import_cut", by="CHN", share=0.3, products=("3304",)),
        Shock(kind="export_restriction", by="CHN", share=1.0, products=("310210",)),
    ))
    summary = stress_test(con, scenario).summary.set_index("actor")
    # KOR loses 30k of exports and 80k of imports: 110,000 / 1,000,000 USD = 11% of GDP; CHN the same
    # 110,000 of its 4,000,000 = 2.75%; asymmetry 11 / 2.75 = 4.
    assert summary.loc["KOR", "pct_gdp"] == pytest.approx(11.0)
    assert summary.loc["CHN", "pct_gdp"] == pytest.approx(2.75)
    assert summary.loc["CHN", "asymmetry"] == pytest.approx(4.0)
    con.close()


def test_pct_gdp_outside_wdi_coverage_is_na_with_reason(tmp_path) -> None:
    con = toy_gdp_store(tmp_path, 2019)
    scenario = Scenario(name="toy", focal="KOR", year=2020,
                        shocks=(Shock(kind="import_cut", by="CHN", share=0.3, products=("3304",)),))
    result = stress_test(con, scenario)
    assert result.summary["pct_gdp"].isna().all()
    assert "KOR % of GDP: NA, no GDP for 2020: World Bank GDP in current USD (wdi_gdp) covers 2019-2019" in \
        result.notes
    con.close()


def test_all_goods_shock_on_cow_trade_matches_raw(store_con, mirror) -> None:
    """A 20% Chinese import cut on all Korean goods in 2014, checked against the raw COW file."""
    import pyreadr

    raw = next(iter(pyreadr.read_r(str(mirror / "peacesciencer" / "cow_trade_ndy.rda")).values()))
    row = raw[(raw.ccode1 == 710) & (raw.ccode2 == 732) & (raw.year == 2014)].iloc[0]
    national = next(iter(pyreadr.read_r(str(mirror / "peacesciencer" / "cow_trade_sy.rda")).values()))
    kor_exports = national[(national.ccode == 732) & (national.year == 2014)]["exports"].iloc[0]
    scenario = Scenario(name="cut", focal="KOR", year=2014, shocks=(Shock(kind="import_cut", by="CHN", share=0.2),))
    result = stress_test(store_con, scenario)
    kor = result.summary.set_index("actor").loc["KOR"]
    # flow1 = China's imports from Korea (million USD): 20% of it is at risk.
    assert kor["exports_lost_usd"] == pytest.approx(0.2 * row["flow1"] * 1e6)
    assert kor["pct_exports"] == pytest.approx(100 * 0.2 * row["flow1"] / kor_exports)
    assert result.sources == sorted(set(result.sources)) and "cow_trade" in result.sources
    # % of GDP against the World Bank's GDP in current USD, read here from the raw WDI file:
    # Korea, Rep. 2014 = 1,484,488,526,271.80 USD.
    import csv

    with open(mirror / "wdi_gdp_current_usd" / "gdp.csv", encoding="utf-8") as fh:
        gdp = {(r["Country Code"], r["Year"]): float(r["Value"]) for r in csv.DictReader(fh)}
    assert gdp[("KOR", "2014")] == pytest.approx(1_484_488_526_271.8)
    assert kor["pct_gdp"] == pytest.approx(100 * 0.2 * row["flow1"] * 1e6 / gdp[("KOR", "2014")])
    assert "wdi_gdp" in result.sources


def test_shipped_examples_run_on_the_mirror(store_con) -> None:
    for name, path in example_scenarios().items():
        scenario = load_scenario(path)
        result = stress_test(store_con, scenario, year=2014)
        assert len(result.summary) == 1 + len({s.by for s in scenario.shocks}), name
        # Product-level shocks are either computed from product data or reported as not computable.
        for _, (_, row) in zip(scenario.shocks, result.shocks.iterrows()):
            assert pd.notna(row["value_at_risk_usd"]) or row["note"] == "no data for this year"
