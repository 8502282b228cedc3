"""Compare and rank: hand-computed goldens on a small synthetic store, real-data checks against the
raw mirror files, the same numbers as `latitude profile`, the dashboard's /api/rank, the report's
rank panel, and one-line errors for bad input."""
from __future__ import annotations

import io
import math
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from latitude import profile as P
from latitude.catalogue import catalogue
from latitude.cli import app
from latitude.errors import LatitudeError
from latitude.measures import precompute
from latitude.measures.dimensions import DIMENSIONS
from latitude.profile import compare as C

runner = CliRunner()
POLES = ["USA", "CHN"]


# --------------------------------------------------------------------------- a synthetic store

def _entropy2(a: float, b: float) -> float:
    """Normalised Shannon entropy of two non-negative values, by hand (Pielou's evenness, K = 2)."""
    shares = [x / (a + b) for x in (a, b) if x > 0]
    return -sum(p * math.log(p) for p in shares) / math.log(2)


# Synthetic headline figures. Poles USA and CHN; KOR, AUS, IND and FRA are states of the COW
# system in 2021; HKG is a territory (trade only). CHN->USA (a pole's own tie) and HKG's values are
# larger than every state's, so that normalising over them would change every score.
TRADE = [  # year, iso3, partner, trade_share
    (2021, "KOR", "USA", 0.20), (2021, "KOR", "CHN", 0.30), (2021, "AUS", "USA", 0.10), (2021, "AUS", "CHN", 0.40),
    (2021, "IND", "USA", 0.15), (2021, "IND", "CHN", 0.05), (2020, "FRA", "USA", 0.08), (2020, "FRA", "CHN", 0.06),
    (2021, "CHN", "USA", 0.90), (2021, "HKG", "USA", 0.05), (2021, "HKG", "CHN", 0.50)]
ALLIANCE = [  # 2018 only (ATOP ends there): carried to 2021 with age 3
    (2018, "KOR", "USA", 1.0), (2018, "KOR", "CHN", 0.0), (2018, "AUS", "USA", 1.0), (2018, "AUS", "CHN", 0.0),
    (2018, "IND", "USA", 0.0), (2018, "IND", "CHN", 0.0), (2018, "FRA", "USA", 1.0), (2018, "FRA", "CHN", 0.0)]
ARMS = [  # arms_import_share_5y; FRA imported no arms at all (no share)
    (2021, "KOR", "USA", 0.7), (2021, "KOR", "CHN", 0.0), (2021, "AUS", "USA", 0.6), (2021, "AUS", "CHN", 0.1),
    (2021, "IND", "USA", 0.2), (2021, "IND", "CHN", 0.0), (2021, "FRA", "USA", None), (2021, "FRA", "CHN", None)]
UN = [  # agreement, n_votes; KOR-CHN 2021 is a small sample (10 votes): 2020's 0.7 is carried (age 1)
    (2021, "KOR", "USA", 0.60, 50), (2021, "KOR", "CHN", 0.99, 10), (2020, "KOR", "CHN", 0.70, 50),
    (2021, "AUS", "USA", 0.80, 50), (2021, "AUS", "CHN", 0.50, 50), (2021, "IND", "USA", 0.40, 50),
    (2021, "IND", "CHN", 0.90, 50), (2021, "FRA", "USA", 0.75, 50), (2021, "FRA", "CHN", 0.55, 50)]


def _synthetic_store() -> duckdb.DuckDBPyConnection:
    """An in-memory store holding the stored dimension tables above, current for their inputs
    (empty input tables stand for the sources; capabilities' input is absent)."""
    con = duckdb.connect()
    for table in ("comtrade_totals", "atop_alliance", "cow_alliance", "sipri_deliveries", "un_votes",
                  "un_roll_calls"):
        con.execute(f"CREATE TABLE {table} (year INTEGER)")
    frames = {
        "trade": pd.DataFrame(TRADE, columns=["year", "iso3", "partner", "trade_share"]).assign(source="comtrade_totals"),
        "alliance": pd.DataFrame(ALLIANCE, columns=["year", "iso3", "partner", "defense_pact"]).assign(
            source="atop; cow_alliance"),
        "arms": pd.DataFrame(ARMS, columns=["year", "iso3", "partner", "arms_import_share_5y"]).assign(
            source="sipri_register_2024"),
        "un": pd.DataFrame(UN, columns=["year", "iso3", "partner", "agreement", "n_votes"]).assign(source="unvotes"),
    }
    spans = {"trade": (1870, 2022), "alliance": (1816, 2018), "arms": (1950, 2024), "un": (1946, 2022)}
    for key, frame in frames.items():
        con.register("_frame", frame.astype({"year": "int64"}))
        con.execute(f"CREATE TABLE {DIMENSIONS[key].table} AS SELECT * FROM _frame")
        con.unregister("_frame")
    con.execute(f"CREATE TABLE {precompute.VERSIONS} (dimension VARCHAR, inputs_version VARCHAR, rows BIGINT, "
                "built_at TIMESTAMP, first_year INTEGER, last_year INTEGER)")
    cat = catalogue(con)
    for key, (first, last) in spans.items():
        con.execute(f"INSERT INTO {precompute.VERSIONS} VALUES (?, ?, ?, now(), ?, ?)",
                    [key, precompute.inputs_version(cat, DIMENSIONS[key]), len(frames[key]), first, last])
    return con


@pytest.fixture(scope="module")
def synthetic() -> duckdb.DuckDBPyConnection:
    con = _synthetic_store()
    yield con
    con.close()


@pytest.fixture(scope="module")
def ranked(synthetic) -> pd.DataFrame:
    return C.rank(synthetic, POLES, 2021)


def _row(frame: pd.DataFrame, iso3: str, dimension: str, measure: str, pole: str) -> pd.Series:
    found = frame[(frame["iso3"] == iso3) & (frame["dimension"] == dimension) & (frame["measure"] == measure)
                  & (frame["pole"] == pole)]
    assert len(found) == 1, (iso3, dimension, measure, pole)
    return found.iloc[0]


# --------------------------------------------------------------------------- goldens (synthetic)

def test_rank_columns_and_states(ranked) -> None:
    assert list(ranked.columns) == C.COLUMNS
    # every state with data, no pole, no territory
    assert set(ranked["iso3"]) == {"KOR", "AUS", "IND", "FRA"}
    assert set(ranked["year"]) == {2021}


def test_closeness_golden(ranked) -> None:
    # Min-max over the four states x two poles in 2021 (not CHN->USA 0.90, not HKG 0.50):
    # trade min .05 max .40; alliance 0..1; arms 0...7 (FRA has none); UN .4...9 (KOR-CHN carried .7).
    # Weights trade .3, alliance .2, arms .15, UN .15 (products and events are not stored per state).
    def closeness(trade, pact, arms, un):
        return 100 * (0.3 * (trade - 0.05) / 0.35 + 0.2 * pact + 0.15 * arms / 0.7 + 0.15 * (un - 0.4) / 0.5) / 0.8
    expected = {("KOR", "USA"): closeness(0.20, 1, 0.7, 0.60), ("KOR", "CHN"): closeness(0.30, 0, 0.0, 0.70),
                ("AUS", "USA"): closeness(0.10, 1, 0.6, 0.80), ("AUS", "CHN"): closeness(0.40, 0, 0.1, 0.50),
                ("IND", "USA"): closeness(0.15, 0, 0.2, 0.40), ("IND", "CHN"): closeness(0.05, 0, 0.0, 0.90)}
    assert expected[("KOR", "USA")] == pytest.approx(67.3214, abs=1e-4)     # 100 * .538571 / .8 by hand
    for (iso3, pole), value in expected.items():
        row = _row(ranked, iso3, "composite", "closeness", pole)
        assert row["value"] == pytest.approx(value, abs=1e-9), (iso3, pole)
        # alliance is carried from 2018; KOR's UN agreement with China from 2020 (small sample in 2021)
        assert row["ages"] == ("alliance:3,un:1" if (iso3, pole) == ("KOR", "CHN") else "alliance:3")
        assert row["age"] == 3
    # ranks: USA KOR 67.3 > AUS 61.4 > IND 16.1; CHN AUS 43.9 > KOR 38.0 > IND 18.75; FRA not comparable
    assert [_row(ranked, s, "composite", "closeness", "USA")["rank"] for s in ("KOR", "AUS", "IND")] == [1, 2, 3]
    assert [_row(ranked, s, "composite", "closeness", "CHN")["rank"] for s in ("AUS", "KOR", "IND")] == [1, 2, 3]
    fra = _row(ranked, "FRA", "composite", "closeness", "USA")
    assert pd.isna(fra["value"]) and pd.isna(fra["rank"])
    assert fra["flag"].startswith("not comparable: arms: received no major arms")


def test_scores_and_dimension_ranks(ranked) -> None:
    kor = _row(ranked, "KOR", "trade", "trade_share", "USA")
    assert kor["value"] == pytest.approx(0.20) and kor["score"] == pytest.approx(100 * 0.15 / 0.35)
    assert kor["rank"] == 1 and kor["ranked"] == 4          # .20 > IND .15 > AUS .10 > FRA .08 (carried)
    fra = _row(ranked, "FRA", "trade", "trade_share", "USA")
    assert fra["value"] == pytest.approx(0.08) and fra["age"] == 1 and fra["ages"] == "trade:1" and fra["rank"] == 4
    assert fra["observed"] == "un"            # FRA: trade carried, arms rows without a share, alliance carried
    assert _row(ranked, "KOR", "trade", "trade_share", "USA")["observed"] == "trade,arms,un"
    # a defence pact: 1 for KOR, AUS, FRA (tie: rank 1), 0 for IND (rank 4)
    assert [_row(ranked, s, "alliance", "defense_pact", "USA")["rank"] for s in ("KOR", "AUS", "FRA", "IND")] == \
        [1, 1, 1, 4]


def test_small_sample_is_left_out_and_carried(ranked) -> None:
    row = _row(ranked, "KOR", "un", "agreement", "CHN")
    assert row["value"] == pytest.approx(0.70) and row["age"] == 1      # 2021's 0.99 rests on 10 votes
    assert row["score"] == pytest.approx(100 * (0.70 - 0.40) / 0.50)


def test_spread_golden(ranked) -> None:
    assert _row(ranked, "KOR", "trade", "entropy", "ALL")["value"] == pytest.approx(_entropy2(0.2, 0.3))
    assert _row(ranked, "KOR", "trade", "balance", "USA-CHN")["value"] == pytest.approx(1 - 0.1 / 0.5)
    assert _row(ranked, "AUS", "arms", "entropy", "ALL")["value"] == pytest.approx(_entropy2(0.6, 0.1))
    ind = _row(ranked, "IND", "alliance", "entropy", "ALL")          # no pact with either pole
    assert pd.isna(ind["value"]) and ind["flag"] == "no ties with any of these poles (spread undefined)"
    fra = _row(ranked, "FRA", "arms", "balance", "USA-CHN")
    assert pd.isna(fra["value"]) and "received no major arms" in fra["flag"]


def test_autonomy_golden(ranked) -> None:
    def autonomy(trade, pact, arms, un, untied_pact=False):
        return 100 * (0.3 * _entropy2(*trade) + 0.2 * (1.0 if untied_pact else _entropy2(*pact))
                      + 0.15 * _entropy2(*arms) + 0.15 * _entropy2(*un)) / 0.8
    kor = autonomy((0.2, 0.3), (1, 0), (0.7, 0.0), (0.6, 0.7))
    aus = autonomy((0.1, 0.4), (1, 0), (0.6, 0.1), (0.8, 0.5))
    # IND has no pact with either pole: it depends on neither, so its alliance spread counts as even
    # (H = 1): 100 * (0.3 * 0.8113 + 0.2 + 0.15 * 0 + 0.15 * 0.8905) / 0.8 = 72.1 by hand
    ind = autonomy((0.15, 0.05), (0, 0), (0.2, 0.0), (0.4, 0.9), untied_pact=True)
    assert ind == pytest.approx(72.1, abs=0.05)
    assert _row(ranked, "KOR", "composite", "autonomy", "ALL")["value"] == pytest.approx(kor)
    assert _row(ranked, "AUS", "composite", "autonomy", "ALL")["value"] == pytest.approx(aus)
    row = _row(ranked, "IND", "composite", "autonomy", "ALL")
    assert row["value"] == pytest.approx(ind) and row["rank"] == 1
    assert row["flag"] == "no tie to any pole in alliance: counted as evenly spread (1)"
    assert aus > kor and _row(ranked, "AUS", "composite", "autonomy", "ALL")["rank"] == 2    # AUS's arms are spread
    assert _row(ranked, "KOR", "composite", "autonomy", "ALL")["ranked"] == 3
    assert _row(ranked, "KOR", "composite", "autonomy", "ALL")["flag"] == ""


def test_absent_dimension_is_missing_with_the_reason(ranked) -> None:
    caps = ranked[ranked["dimension"] == "capabilities"]
    assert len(caps) and caps["value"].isna().all()
    assert caps["flag"].str.contains("cow_nmc not in the store").all()


def test_rank_dimension_filter_and_weights(synthetic) -> None:
    trade = C.rank(synthetic, POLES, 2021, dimension="trade")
    assert set(trade["dimension"]) == {"trade"}
    only_un = C.rank(synthetic, POLES, 2021, weights={"trade": 0, "alliance": 0, "arms": 0, "un": 1})
    # closeness on UN alone: (x - .4) / .5; FRA is comparable again (its arms no longer count)
    assert _row(only_un, "FRA", "composite", "closeness", "USA")["value"] == pytest.approx(100 * 0.35 / 0.5)


def test_compare_shows_a_territory_but_never_normalises_over_it(synthetic, ranked) -> None:
    frame = C.compare(synthetic, ["KOR", "HKG"], POLES, 2021)
    assert list(dict.fromkeys(frame["iso3"])) == ["KOR", "HKG"]
    hkg = _row(frame, "HKG", "trade", "trade_share", "CHN")
    assert hkg["value"] == pytest.approx(0.5) and pd.isna(hkg["rank"]) and hkg["flag"].startswith("not ranked")
    close = _row(frame, "HKG", "composite", "closeness", "CHN")
    assert pd.isna(close["value"]) and close["flag"].startswith("not normalised")
    # the same numbers as the ranking for a state of the system
    for measure, pole in (("closeness", "USA"), ("closeness", "CHN"), ("autonomy", "ALL")):
        assert _row(frame, "KOR", "composite", measure, pole)["value"] == \
            pytest.approx(_row(ranked, "KOR", "composite", measure, pole)["value"])
    products = frame[frame["dimension"] == "products"]
    assert products["value"].isna().all() and products["flag"].str.contains("not in the store").all()


def test_default_year(synthetic) -> None:
    # trade observed for KOR, AUS, IND, CHN, HKG in 2021, only FRA in 2020
    assert C.default_year(synthetic) == 2021


@pytest.mark.parametrize("call, message", [
    (lambda con: C.compare(con, "KOR,USA", POLES, 2021), "USA is also a pole"),
    (lambda con: C.compare(con, "KOR,Atlantis", POLES, 2021), "unknown country 'Atlantis'"),
    (lambda con: C.compare(con, "KOR,KOR", POLES, 2021), "KOR is listed twice"),
    (lambda con: C.rank(con, "USA,USA", 2021), "USA is listed twice"),
    (lambda con: C.rank(con, "", 2021), "no poles given"),
    (lambda con: C.rank(con, POLES, (2020, 2021)), "rank takes one year"),
    (lambda con: C.rank(con, POLES, 1700), "outside 1816-2100"),
    (lambda con: C.rank(con, POLES, 2099), "outside every stored dimension"),
    (lambda con: C.rank(con, POLES, 2021, dimension="products"), "not stored per state"),
    (lambda con: C.rank(con, POLES, 2021, dimension="wealth"), "unknown dimension 'wealth'"),
    (lambda con: C.rank(con, POLES, 2021, weights={"trade": -1}), "not negative"),
    (lambda con: C.rank(con, POLES, 2021, weights={"gdp": 1}), "bad weight 'gdp'"),
])
def test_bad_input_is_one_line(synthetic, call, message) -> None:
    with pytest.raises(LatitudeError) as err:
        call(synthetic)
    assert message in str(err.value) and "\n" not in str(err.value)


def test_wide_table(ranked) -> None:
    table = C.wide(ranked[ranked["dimension"] == "composite"])
    assert list(table.columns) == ["year", "iso3", "state", "closeness USA", "closeness CHN", "autonomy"]
    assert table.set_index("iso3").loc["KOR", "state"] == "South Korea"


# --------------------------------------------------------------------------- the real store

@pytest.fixture(scope="module")
def middle_powers(store_con) -> pd.DataFrame:
    return C.compare(store_con, "KOR,AUS,JPN,VNM,IND,DEU,TUR,BRA,IDN,SAU", POLES, 2021)


def test_korea_trade_share_with_china_2021_from_the_raw_comtrade_files(middle_powers, mirror: Path) -> None:
    folder = mirror / "comtrade_totals_westonslayton"
    exports = pd.read_csv(folder / "comtrade_all_exports_2021A.csv.gz")
    imports = pd.read_csv(folder / "comtrade_all_imports_2021A.csv.gz")

    def value(frame: pd.DataFrame, partner: str) -> float:
        return float(frame[(frame["reporter"] == "Rep. of Korea") & (frame["partner"] == partner)]["value"].sum())
    # (exports to China + imports from China) / (exports to World + imports from World), Korea-reported:
    # (162.9 + 138.6) / (644.4 + 615.0) bn USD (Korea Customs Service publishes 162.9 / 644.4 bn for exports)
    share = (value(exports, "China") + value(imports, "China")) / (value(exports, "World") + value(imports, "World"))
    assert share == pytest.approx(0.2394, abs=5e-5)
    row = _row(middle_powers, "KOR", "trade", "trade_share", "CHN")
    assert row["value"] == pytest.approx(share, rel=1e-9) and row["age"] == 0 and row["source"] == "comtrade_totals"


def test_un_agreement_ranking_with_the_usa_from_the_raw_vote_file(store_con, mirror: Path) -> None:
    pyreadr = pytest.importorskip("pyreadr")
    folder = mirror / "unvotes_bensoltoff_2024"
    votes = pyreadr.read_r(str(folder / "un_votes.rda"))["un_votes"]
    calls = pyreadr.read_r(str(folder / "un_roll_calls.rda"))["un_roll_calls"]
    votes["vote"] = votes["vote"].astype(str)
    # Voeten's convention: session 76 (opened Sept. 2021), unanimous roll calls left out, pairs that
    # both voted; yes 1, abstain 2, no 3; agreement = mean of 1 - |a - b| / 2
    session = votes[votes["rcid"].isin(calls.loc[calls["session"] == 76, "rcid"])]
    kinds = session.groupby("rcid")["vote"].nunique()
    session = session[session["rcid"].isin(kinds[kinds > 1].index)]
    grid = session.assign(x=session["vote"].map({"yes": 1.0, "abstain": 2.0, "no": 3.0})).pivot_table(
        index="rcid", columns="country_code", values="x")
    iso2 = {"ISR": "IL", "GBR": "GB", "FRA": "FR", "KOR": "KR", "JPN": "JP", "BRA": "BR", "RUS": "RU", "IND": "IN",
            "IRN": "IR"}
    expected = {}
    for iso3, code in iso2.items():
        both = grid["US"].notna() & grid[code].notna()
        expected[iso3] = float((1 - (grid.loc[both, "US"] - grid.loc[both, code]).abs() / 2).mean())
    frame = C.rank(store_con, POLES, 2021, dimension="un")
    got = frame[(frame["measure"] == "agreement") & (frame["pole"] == "USA") & frame["iso3"].isin(list(iso2))]
    got = got.set_index("iso3")
    for iso3, value in expected.items():
        assert got.loc[iso3, "value"] == pytest.approx(value, abs=1e-12), iso3
    by_hand = sorted(expected, key=lambda k: -expected[k])
    assert list(got.sort_values("rank").index) == by_hand        # Israel first ... Iran last
    assert got.loc["ISR", "rank"] < got.loc["GBR", "rank"] < got.loc["KOR", "rank"] < got.loc["IRN", "rank"]


def test_compare_matches_the_profile(store_con) -> None:
    years = (2012, 2021)
    frame = C.compare(store_con, "KOR", ["USA", "CHN", "JPN"], years)
    prof = P.build_profile(store_con, "KOR", ["USA", "CHN", "JPN"], (2002, 2021), with_idealpoints=False)
    heads = {d.headline for d in DIMENSIONS.values()}
    mine = frame[frame["measure"].isin(heads) & frame["dimension"].isin(prof.headline["dimension"].unique())]
    both = mine.merge(prof.headline, on=["dimension", "year", "pole"], suffixes=("", "_profile"))
    assert len(both) == len(mine) > 100
    np.testing.assert_allclose(both["value"].astype(float), both["carried"].astype(float), rtol=1e-12)
    assert (both["age"].astype("Float64").fillna(-1) == both["age_profile"].astype("Float64").fillna(-1)).all()
    # and the autonomy index: the profile's own composite, year by year
    mine = frame[frame["measure"] == "autonomy"].set_index("year")["value"]
    theirs = prof.composite[prof.composite["index"] == "autonomy"].set_index("year")["value"]
    np.testing.assert_allclose(mine.to_numpy(), theirs.loc[mine.index].to_numpy(), rtol=1e-12)


def test_compare_prints_what_profile_prints(store_path: Path) -> None:
    """`latitude compare` and `latitude profile` print the same number for the same state,
    dimension, pole and year."""
    profile = runner.invoke(app, ["profile", "KOR", "--poles", "USA,CHN", "--years", "2021", "--format", "csv",
                                  "--store", str(store_path)])
    compared = runner.invoke(app, ["compare", "KOR,AUS", "--poles", "USA,CHN", "--year", "2021", "--format", "csv",
                                   "--store", str(store_path)])
    assert profile.exit_code == 0 and compared.exit_code == 0, (profile.output, compared.output)
    spine = pd.read_csv(io.StringIO(profile.stdout))
    rows = pd.read_csv(io.StringIO(compared.stdout))
    checked = 0
    for measure in ("trade_share", "arms_import_share_5y", "agreement"):
        for pole in POLES:
            printed = spine[(spine["measure"] == measure) & (spine["pole"] == pole)]["value"].iloc[0]
            mine = rows[(rows["iso3"] == "KOR") & (rows["measure"] == measure) & (rows["pole"] == pole)]["value"]
            assert mine.iloc[0] == pytest.approx(printed, rel=1e-12), (measure, pole)
            checked += 1
    assert checked == 6


def test_middle_powers_missing_is_never_zero(middle_powers) -> None:
    assert list(dict.fromkeys(middle_powers["iso3"])) == ["KOR", "AUS", "JPN", "VNM", "IND", "DEU", "TUR", "BRA",
                                                          "IDN", "SAU"]
    missing = middle_powers[middle_powers["value"].isna()]
    assert (missing["flag"] != "").all()                    # every missing value says why
    dims = {d for d in middle_powers["dimension"]}
    assert dims == {*DIMENSIONS, "composite"}                # every dimension is there, with data or a reason
    products = middle_powers[(middle_powers["dimension"] == "products") & (middle_powers["iso3"] == "KOR")]
    assert products["value"].isna().all() and products["flag"].str.contains("HS6").all()


def test_compare_table_for_people(middle_powers) -> None:
    from latitude.commands.compare import compare_table

    table = compare_table(middle_powers).set_index("state")
    assert list(table.index[:3]) == ["South Korea", "Australia", "Japan"]
    korea = table.loc["South Korea"]
    # 2021: trade share with China 23.9% (Comtrade); ATOP pact with the USA as of 2018, carried ('*')
    assert korea["trade CHN"] == "23.9%" and korea["pact USA"] == "yes*" and korea["pact CHN"] == "no*"
    assert korea["UN USA"] == "60.5%"                       # Voeten agreement, session 76 (see the raw-file test)
    # Vietnam has no defence pact with either pole: it depends on neither, so that spread counts as
    # even (1); the rest is the entropy of the printed figures, weights 0.3/0.2/0.15/0.15 (by hand)
    vnm = table.loc["Vietnam"]
    assert vnm["pact USA"] == "no*" and vnm["pact CHN"] == "no*"
    pct = [float(vnm[c].rstrip("%")) for c in ("trade USA", "trade CHN", "arms USA", "arms CHN", "UN USA", "UN CHN")]
    expected = 100 * (0.3 * _entropy2(*pct[0:2]) + 0.2 * 1.0 + 0.15 * _entropy2(*pct[2:4])
                      + 0.15 * _entropy2(*pct[4:6])) / 0.8
    assert float(vnm["autonomy"]) == pytest.approx(expected, abs=0.2)


def test_rank_covers_every_state_with_data(store_con) -> None:
    frame = C.rank(store_con, POLES, 2021)
    assert frame["iso3"].nunique() > 180 and not set(POLES) & set(frame["iso3"])
    closeness = frame[(frame["measure"] == "closeness") & (frame["pole"] == "USA")]
    assert closeness["rank"].notna().sum() > 150                  # the Lowy Asia Power Index covers 27
    assert (closeness["observed"].str.len() > 0).all() and (closeness.loc[closeness["value"].notna(), "source"]
                                                          .str.contains("unvotes")).all()
    # Taiwan casts no UN votes: missing with the reason, never 0
    twn = frame[(frame["iso3"] == "TWN") & (frame["measure"] == "agreement")]
    assert twn["value"].isna().all() and (twn["flag"] != "").all()
    # warm: read from the stored tables (the timing is loose: the test machine is shared)
    started = time.perf_counter()
    C.rank(store_con, POLES, 2021)
    assert time.perf_counter() - started < 5


# --------------------------------------------------------------------------- CLI, chart, dashboard, report

def _latitude(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "latitude.cli", *args], capture_output=True, text=True, timeout=300,
                          check=False)


def test_cli_errors_are_one_line(store_path: Path, tmp_path: Path) -> None:
    done = _latitude("compare", "KOR,CHN", "--poles", "USA,CHN", "--year", "2021", "--store", str(store_path))
    assert done.returncode == 1 and done.stderr.strip() == \
        "error: STATES includes CHN, also a pole: list only the other countries"
    done = _latitude("rank", "--poles", "USA,CHN", "--year", "2021", "--dimension", "wealth", "--store", str(store_path))
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "unknown dimension 'wealth'" in done.stderr
    (tmp_path / "chart.svg").mkdir()
    for args, message in (
            (["compare", "KOR", "--year", "2021", "--years", "2000-2021"], "--year or --years, not both"),
            (["compare", "KOR", "--year", "1700"], "--year must be a year between 1816"),
            (["rank", "--year", "2021", "--by", "JPN"], "--by JPN is not a pole"),
            (["rank", "--year", "2021", "--top", "5000"], "--top must be between 0 and 1000"),
            (["compare", "KOR", "--year", "2021", "--plot", str(tmp_path / "chart.svg")], "is a directory"),
            (["compare", "KOR", "--year", "2021", "--plot", str(tmp_path / "c.png")], "name the file c.svg")):
        result = runner.invoke(app, [*args, "--store", str(store_path)])
        assert isinstance(result.exception, LatitudeError) and message in str(result.exception), result.output


def test_cli_tables_and_charts(store_path: Path, tmp_path: Path) -> None:
    one = tmp_path / "compare_2021.svg"
    result = runner.invoke(app, ["compare", "KOR,AUS,JPN,IND", "--poles", "USA,CHN", "--year", "2021", "--plot",
                                 str(one), "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    assert "4 states between USA and CHN, 2021" in result.stdout
    assert "carried forward" in result.stdout and "Sources:" in result.stdout
    # India has no pact with either pole (ATOP): its autonomy says how that counted, once, below the table
    assert "Autonomy, IND: no tie to any pole in alliance: counted as evenly spread (1)" in result.stdout
    series = tmp_path / "compare_series.svg"
    result = runner.invoke(app, ["compare", "KOR,AUS", "--poles", "USA,CHN", "--years", "2010-2021", "--plot",
                                 str(series), "--format", "json", "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    # 2021: 5 dimensions with data + closeness + autonomy; 2010-2021: 6 rows (5 dimensions and the
    # composite) of 2 poles + the spread, less the spread of capabilities (a ratio of power)
    for path, panels in ((one, 7), (series, 6 * 3 - 1)):
        root = ET.parse(path).getroot()
        legend = [e.get("data-label") for e in root.iter("{http://www.w3.org/2000/svg}g") if e.get("class") == "legend-entry"]
        assert legend == (["USA", "CHN"] if path == one else ["South Korea", "Australia"])
        assert sum(g.get("class") == "panel" for g in root.iter("{http://www.w3.org/2000/svg}g")) == panels
    result = runner.invoke(app, ["rank", "--poles", "USA,CHN", "--year", "2021", "--top", "10", "--by", "spread",
                                 "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    assert "autonomy" in result.stdout and "observed" in result.stdout


def test_rank_endpoint(store_path: Path, store_con) -> None:
    from fastapi.testclient import TestClient

    from latitude.web import create_app

    with TestClient(create_app(store_path), base_url="http://127.0.0.1") as client:
        res = client.get("/api/rank", params={"poles": "USA,CHN", "year": 2021}, headers={"accept-encoding": "gzip"})
        assert res.status_code == 200
        body = res.json()
        assert body["poles"] == POLES and body["year"] == 2021 and body["columns"] == C.COLUMNS
        expected = C.rank(store_con, POLES, 2021)
        got = pd.DataFrame(body["rows"])
        assert len(got) == len(expected)
        kor = got[(got["iso3"] == "KOR") & (got["measure"] == "closeness") & (got["pole"] == "USA")].iloc[0]
        assert kor["value"] == pytest.approx(_row(expected, "KOR", "composite", "closeness", "USA")["value"])
        assert kor["rank"] == _row(expected, "KOR", "composite", "closeness", "USA")["rank"]
        started = time.perf_counter()
        again = client.get("/api/rank", params={"poles": "USA,CHN", "year": 2021})
        assert again.status_code == 200 and time.perf_counter() - started < 1       # cached
        for params, message in (({"year": "20x1"}, "bad parameter 'year'"), ({"year": 1700}, "bad parameter 'year'"),
                                ({"year": 2021, "poles": "Atlantis"}, "unknown country"),
                                ({"year": 2021, "dimension": "products"}, "not stored per state"),
                                ({"poles": "USA,CHN"}, "missing parameter 'year'"),
                                ({"year": 2021, "poles": ",".join(["USA"] * 13)}, "more than 12")):
            res = client.get("/api/rank", params=params)
            assert res.status_code == 400 and message in res.json()["detail"], (params, res.text)
        schema = client.get("/openapi.json").json()["paths"]["/api/rank"]["get"]
        assert {"200", "400", "503"} <= set(schema["responses"]) and "422" not in schema["responses"]
        assert {p["name"] for p in schema["parameters"]} == {"poles", "year", "weights", "dimension"}


def test_report_has_the_rank_panel(store_con) -> None:
    from latitude.report.html import gather, render

    data = gather(store_con, "KOR", POLES, (2015, 2021), with_idealpoints=False)
    html = render(data)
    assert data.rank is not None and 'id="rank-panel"' in html
    panel = html.split('id="rank-panel"')[1].split("</table>")[0]
    assert 'class="sortable"' in panel and "South Korea (focal)" in panel
    assert panel.count("<tr>") == data.rank["iso3"].nunique() + 1          # header + one row per state
