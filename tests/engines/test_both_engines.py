"""The measures give the same tables on DuckDB and on PySpark, value for value and type for type.

Each test body runs once per engine (`con`, see conftest.py): it computes a measure for South
Korea and the three poles over a year or two, compares it with the same call on the DuckDB store
(the reference engine) with dtypes checked, and checks one figure against a published or raw
source so the DuckDB case is a real test too. Tables with no order of their own (Ibis
expressions) are sorted by their keys before comparing; frames the measures return are compared
in the order they come in, since that order is part of their contract.
"""
from __future__ import annotations

import pandas as pd
import pytest

from latitude import dyads, profile
from latitude.measures import precompute
from latitude.measures.alignment import add_un_agreement, agreement
from latitude.measures.products import strategic_dependencies
from latitude.measures.security import add_arms_transfers, alliance_portfolio, arms_imports, capability_ratios
from latitude.measures.trade import add_trade_dependence, trade_dependence

FOCAL, POLES = "KOR", ["USA", "CHN", "JPN"]


def same(frame: pd.DataFrame, reference: pd.DataFrame) -> None:
    """Equal to the DuckDB reference: same columns, order, dtypes and values (floats to 1e-9,
    relative: sums may add in another order)."""
    pd.testing.assert_frame_equal(frame, reference, check_dtype=True, rtol=1e-9)


def rows(table, keys: list[str]) -> pd.DataFrame:
    """An Ibis table as a frame sorted by `keys` (an expression has no order of its own)."""
    return table.to_pandas().sort_values(keys).reset_index(drop=True)


def test_trade_dependence(con, store_con) -> None:
    frame = trade_dependence(con, FOCAL, POLES, (2020, 2021))
    same(frame, trade_dependence(store_con, FOCAL, POLES, (2020, 2021)))
    china = frame[frame["partner"] == "CHN"].set_index("year")
    # Korea's exports to China: 2020 IMF DOTS (DOTS_106.xlsx, 132,579.616 mn USD), 2021 UN Comtrade
    # (raw extract: Rep. of Korea -> China 162,912,971,626 USD).
    assert china.loc[2020, "exports"] == pytest.approx(132_579.616) and china.loc[2020, "source"] == "imf_dots"
    assert china.loc[2021, "exports"] == pytest.approx(162_912.971626)
    assert china.loc[2021, "source"] == "comtrade_totals"


def _verb(con, verb) -> pd.DataFrame:
    """One dyad-year verb on Korea and the poles, 2021 (each verb on its own: one plan per verb is
    several times quicker on Spark than the three stacked)."""
    table = verb(dyads.create_dyadyears(con, years=(2021, 2021), iso3_1=[FOCAL], iso3_2=POLES))
    return rows(table, ["ccode1", "ccode2", "year"])


def test_dyad_verb_trade(con, store_con) -> None:
    frame = _verb(con, add_trade_dependence)
    same(frame, _verb(store_con, add_trade_dependence))
    china = frame.set_index("iso3_2").loc["CHN"]
    assert china["exports1"] == pytest.approx(162_912.971626) and china["trade_source1"] == "comtrade_totals"


def test_dyad_verb_un_agreement(con, store_con) -> None:
    frame = _verb(con, add_un_agreement)
    same(frame, _verb(store_con, add_un_agreement))
    assert frame["un_agree"].between(0, 1).all() and (frame["un_agree_n"] >= 20).all()


def test_dyad_verb_arms(con, store_con) -> None:
    frame = _verb(con, add_arms_transfers)
    same(frame, _verb(store_con, add_arms_transfers))
    assert set(frame["iso3_2"]) == set(POLES)


def test_agreement(con, store_con) -> None:
    frame = agreement(con, FOCAL, POLES, (2020, 2021))
    same(frame, agreement(store_con, FOCAL, POLES, (2020, 2021)))
    assert len(frame) == 6 and frame["value"].between(0, 1).all()


def test_security(con, store_con, mirror) -> None:
    pacts = alliance_portfolio(con, FOCAL, POLES, (2017, 2018))
    same(pacts, alliance_portfolio(store_con, FOCAL, POLES, (2017, 2018)))
    # ATOP: the 1953 US-ROK Mutual Defense Treaty; no pact with China or Japan.
    assert pacts.set_index("partner").loc[["USA"], "atop_defense"].tolist() == [1, 1]
    assert (pacts.set_index("partner").loc[["CHN", "JPN"], "atop_defense"] == 0).all()

    arms = arms_imports(con, FOCAL, POLES, (2023, 2024))
    same(arms, arms_imports(store_con, FOCAL, POLES, (2023, 2024)))
    # SIPRI register (data generated 12 Feb 2026): United States -> South Korea, TIV 2024 = 990.6.
    assert arms.set_index(["year", "supplier"]).loc[(2024, "USA"), "tiv"] == pytest.approx(990.6, abs=0.05)

    power = capability_ratios(con, FOCAL, POLES, (2015, 2016))
    same(power, capability_ratios(store_con, FOCAL, POLES, (2015, 2016)))
    import pyreadr

    nmc = next(iter(pyreadr.read_r(str(mirror / "peacesciencer" / "cow_nmc.rda")).values()))
    cinc = nmc.set_index(["ccode", "year"])["cinc"]
    assert power.set_index(["year", "partner"]).loc[(2016, "USA"), "ratio"] == pytest.approx(
        cinc[(732, 2016)] / cinc[(2, 2016)])


def test_strategic_dependencies_on_the_comtrade_extracts(con, store_con) -> None:
    frame = strategic_dependencies(con, "EU27", years=2022)
    same(frame, strategic_dependencies(store_con, "EU27", years=2022))
    assert len(frame) > 5 and set(frame["source"]) == {"comtrade"}


def test_profile_spine(con, store_con) -> None:
    frame = profile.spine(con, FOCAL, POLES, (2019, 2021))
    same(frame, profile.spine(store_con, FOCAL, POLES, (2019, 2021)))
    trade = frame[(frame["dimension"] == "trade") & (frame["measure"] == "exports") & (frame["pole"] == "CHN")]
    assert trade.set_index("year").loc[2021, "value"] == pytest.approx(162_912.971626)


@pytest.mark.parametrize("key", ["trade", "alliance", "arms", "un", "capabilities"])
def test_precompute_expression(con, store_con, key: str) -> None:
    """The expression every stored dimension table is built from, for one focal and its poles."""
    def computed(engine_con) -> pd.DataFrame:
        return rows(precompute.expression(engine_con, key, [FOCAL], POLES, (2017, 2018)), ["year", "iso3", "partner"])

    frame = computed(con)
    same(frame, computed(store_con))
    assert len(frame) == 6 and set(frame["partner"]) == set(POLES)
    # The stored table holds the same rows (it is this expression, run for every state at build).
    stored = precompute.dimension_rows(store_con, key, FOCAL, POLES, (2017, 2018))
    stored = stored.sort_values(["year", "iso3", "partner"]).reset_index(drop=True)[frame.columns]
    same(frame, stored)


@pytest.mark.parametrize("key", ["alliance", "arms", "un", "capabilities"])
def test_precompute_expression_where_two_codes_carry_one_iso3(con, store_con, key: str) -> None:
    """Germany (255, 260) and Yemen (678, 679) in 1990, the rows `dyads.by_iso3` ranks: one per
    pair of ISO3 codes, the same on both engines and in the stored table."""
    def computed(engine_con) -> pd.DataFrame:
        expr = precompute.expression(engine_con, key, ["DEU", "YEM"], ["DEU", "YEM", "USA"], (1990, 1990))
        return rows(expr, ["year", "iso3", "partner"])

    frame = computed(con)
    same(frame, computed(store_con))
    pairs = list(zip(frame["iso3"], frame["partner"]))
    assert pairs == [("DEU", "USA"), ("DEU", "YEM"), ("YEM", "DEU"), ("YEM", "USA")]
    stored = precompute.dimension_rows(store_con, key, None, ["DEU", "YEM", "USA"], (1990, 1990))
    stored = stored[stored["iso3"].isin(["DEU", "YEM"])].sort_values(["year", "iso3", "partner"])
    same(frame, stored.reset_index(drop=True)[frame.columns])


def test_precompute_products_expression(con, store_con) -> None:
    """Critical products, stored per importer and top supplier: the Comtrade extracts' reporters."""
    def computed(engine_con) -> pd.DataFrame:
        return rows(precompute.expression(engine_con, "products", ["THA", "DEU"], [*POLES, "*"], (2007, 2022)),
                    ["year", "iso3", "partner"])

    frame = computed(con)
    same(frame, computed(store_con))
    # Thailand reports HS6 imports for 2007-2011, Germany for 2018-2022 (the comtradr extracts): one
    # row per observed year over every supplier ('*'); no product meets the EU test as top supplier a pole
    assert sorted(zip(frame["iso3"], frame["year"])) == [("DEU", y) for y in range(2018, 2023)] + \
        [("THA", y) for y in range(2007, 2012)]
    assert set(frame["partner"]) == {"*"} and set(frame["source"]) == {"comtrade"}
    stored = precompute.dimension_rows(store_con, "products", "THA", [*POLES, "*"], (2007, 2022))
    same(frame[frame["iso3"] == "THA"].reset_index(drop=True),
         stored.sort_values(["year", "iso3", "partner"]).reset_index(drop=True)[frame.columns])
