"""The autonomy profile: South Korea's spine figures against hand computations from the raw
mirror files, and the profile's indices against hand-computed goldens on small synthetic data."""
from __future__ import annotations

import json
import math
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyreadr
import pytest
from typer.testing import CliRunner

from latitude import profile as P
from latitude.cli import app

KOR, USA, CHN, JPN = 732, 2, 710, 740
POLES = ["USA", "CHN", "JPN"]


def _need(con, *tables: str) -> None:
    from latitude import store

    missing = [t for t in tables if not store.has_table(con, t)]
    if missing:
        pytest.skip(f"source of {', '.join(missing)} is not registered in latitude.sources yet")


@pytest.fixture(scope="module")
def kor_spine(store_con) -> pd.DataFrame:
    return P.spine(store_con, "KOR", POLES, (1990, 2023))


def _value(frame: pd.DataFrame, year: int, pole: str, measure: str) -> float:
    row = frame[(frame["year"] == year) & (frame["pole"] == pole) & (frame["measure"] == measure)]
    assert len(row) == 1, (year, pole, measure)
    return float(row["value"].iloc[0])


# --------------------------------------------------------------------------- spine vs raw files

def test_trade_shares_match_the_raw_dots_workbook(store_con, kor_spine, mirror: Path) -> None:
    """Korea reports its trade to the IMF: the spine's shares are Korea's own DOTS report (workbook
    DOTS_106.xlsx read here cell by cell), and `dependence` prints the same numbers."""
    from latitude.measures.trade import trade_dependence

    book = pd.read_excel(mirror / "imf_dots_samleblanc" / "DOTS_106.xlsx", sheet_name=None, engine="calamine",
                         header=None)

    def value(sheet: str, partner: str, year: int) -> float:
        table = book[sheet]
        return float(table[table[1] == partner].iloc[0, list(table.iloc[6]).index(float(year))])

    names = {"USA": "United States", "CHN": "China, P.R.: Mainland", "JPN": "Japan"}
    for year in (2000, 2014):
        world_x, world_m = value("Exports, FOB", "World", year), value("Imports, CIF", "World", year)
        for pole, name in names.items():
            x, m = value("Exports, FOB", name, year), value("Imports, CIF", name, year)
            assert _value(kor_spine, year, pole, "export_share") == pytest.approx(x / world_x, rel=1e-6)
            assert _value(kor_spine, year, pole, "import_share") == pytest.approx(m / world_m, rel=1e-6)
            assert _value(kor_spine, year, pole, "trade_share") == pytest.approx((x + m) / (world_x + world_m), rel=1e-6)
    same = trade_dependence(store_con, "KOR", POLES, (1990, 2021))
    for row in same.itertuples(index=False):
        assert _value(kor_spine, row.year, row.partner, "trade_share") == pytest.approx(row.trade_share, nan_ok=True)
    assert set(kor_spine.loc[(kor_spine["dimension"] == "trade") & kor_spine["year"].between(1990, 2020),
                             "source"]) == {"imf_dots"}


def test_un_agreement_matches_raw_votes(store_con, kor_spine, mirror: Path) -> None:
    """Voeten's convention: the session's year (session + 1945), unanimous roll calls left out."""
    votes = pyreadr.read_r(mirror / "unvotes_bensoltoff_2024" / "un_votes.rda")["un_votes"]
    calls = pyreadr.read_r(mirror / "unvotes_bensoltoff_2024" / "un_roll_calls.rda")["un_roll_calls"]
    code = {"yes": 1, "abstain": 2, "no": 3}
    votes = votes.assign(v=votes["vote"].astype(str).map(code)).dropna(subset=["v"])
    years = calls.assign(year=calls["session"].astype(int) + 1945)[["rcid", "year"]]
    votes = votes.merge(years, on="rcid")
    contested = votes.groupby("rcid")["v"].nunique()
    votes = votes[votes["rcid"].isin(contested[contested > 1].index)]
    for pole, iso2 in (("USA", "US"), ("CHN", "CN"), ("JPN", "JP")):
        for year in (2000, 2016):
            mine = votes[(votes.country_code == "KR") & (votes.year == year)][["rcid", "v"]]
            theirs = votes[(votes.country_code == iso2) & (votes.year == year)][["rcid", "v"]]
            joint = mine.merge(theirs, on="rcid")
            # Voeten: same vote 1, one abstains 0.5, opposite 0.
            hand = float(np.mean(1 - np.abs(joint.v_x - joint.v_y) / 2))
            assert _value(kor_spine, year, pole, "agreement") == pytest.approx(hand, abs=1e-12)
            assert _value(kor_spine, year, pole, "n_votes") == len(joint)


def test_defence_pact_matches_raw_atop(store_con, kor_spine, mirror: Path) -> None:
    _need(store_con, "atop_alliance", "cow_alliance")
    atop = pyreadr.read_r(mirror / "peacesciencer" / "atop_alliance.rda")["atop_alliance"]
    for pole, code in (("USA", USA), ("CHN", CHN), ("JPN", JPN)):
        for year in (2000, 2018):
            rows = atop[(atop.year == year) & (((atop.ccode1 == KOR) & (atop.ccode2 == code))
                                               | ((atop.ccode1 == code) & (atop.ccode2 == KOR)))]
            hand = float(rows.atop_defense.max()) if len(rows) else 0.0
            assert _value(kor_spine, year, pole, "defense_pact") == hand
    assert _value(kor_spine, 2000, "USA", "defense_pact") == 1.0
    # ATOP ends in 2018.
    assert math.isnan(_value(kor_spine, 2019, "USA", "defense_pact"))


def test_arms_import_share_matches_raw_sipri(store_con, kor_spine, mirror: Path) -> None:
    _need(store_con, "sipri_tiv")
    tiv = pd.read_csv(mirror / "sipri" / "sipri_tiv_supplier_recipient_year_360info.csv")
    for year in (1990, 1994):   # before 1995 the TIV table answers (the register after)
        rows = tiv[(tiv.recipient_cown == KOR) & (tiv.year == year)]
        total = rows["value"].sum()
        for pole, code in (("USA", USA), ("CHN", CHN), ("JPN", JPN)):
            hand = rows.loc[rows.supplier_cown == code, "value"].sum() / total
            assert _value(kor_spine, year, pole, "arms_import_share") == pytest.approx(hand, rel=1e-9)
    assert set(kor_spine.loc[(kor_spine["dimension"] == "arms") & (kor_spine["year"] < 1995), "source"]) == {"sipri"}


# --------------------------------------------------------------------------- index goldens

def test_balance_index_goldens() -> None:
    assert P.balance_index(0.3, 0.1) == pytest.approx(0.5)       # 1 − 0.2/0.4
    assert P.balance_index(0.2, 0.2) == 1.0
    assert P.balance_index(0.4, 0.0) == 0.0
    assert math.isnan(P.balance_index(0.0, 0.0))
    assert math.isnan(P.balance_index(0.1, float("nan")))


def test_normalised_entropy_goldens() -> None:
    assert P.normalised_entropy([1, 1, 1]) == pytest.approx(1.0)
    assert P.normalised_entropy([5, 0, 0]) == 0.0
    # −(0.5 ln 0.5 + 2 · 0.25 ln 0.25) / ln 3 = 1.0397208 / 1.0986123
    assert P.normalised_entropy([0.5, 0.25, 0.25]) == pytest.approx(0.9463946, abs=1e-7)
    assert math.isnan(P.normalised_entropy([0.5, float("nan"), 0.2]))


def _head(rows: list[tuple]) -> pd.DataFrame:
    """A headline table of observed values (carried = value, age 0)."""
    frame = pd.DataFrame(rows, columns=["dimension", "year", "pole", "value"])
    return frame.assign(carried=frame["value"], age=pd.array([0] * len(frame), dtype="Int64"))


def _spine(rows: list[tuple]) -> pd.DataFrame:
    """A synthetic spine of headline measures: (dimension, year, pole, value[, flag])."""
    heads = {d.key: d.headline for d in P.DIMENSIONS.values()}
    out = []
    for row in rows:
        dim, year, pole, value, *flag = row
        out.append({"year": year, "focal": "KOR", "pole": pole, "dimension": dim, "measure": heads[dim],
                    "value": value, "source": "test", "flag": flag[0] if flag else ""})
    return pd.DataFrame(out, columns=P.SPINE_COLUMNS)


def test_composite_min_max_and_weights_golden() -> None:
    head = _head([("trade", 2000, "USA", 0.2), ("trade", 2000, "CHN", 0.1), ("trade", 2001, "USA", 0.3),
                  ("trade", 2001, "CHN", 0.1),
                  ("un", 2000, "USA", 0.5), ("un", 2000, "CHN", 0.9), ("un", 2001, "USA", 0.6),
                  ("un", 2001, "CHN", 0.7)])
    out = P.composite(head, ["USA", "CHN"], {"trade": 3.0, "un": 1.0})
    closeness = out[out["index"] == "closeness"].set_index(["year", "pole"])["value"]
    # trade min–max over 0.1..0.3: USA 2000 -> 0.5; un over 0.5..0.9: USA 2000 -> 0.
    assert closeness[(2000, "USA")] == pytest.approx(100 * (3 * 0.5 + 1 * 0.0) / 4)
    assert closeness[(2001, "CHN")] == pytest.approx(100 * (3 * 0.0 + 1 * 0.5) / 4)
    autonomy = out[out["index"] == "autonomy"].set_index("year")["value"]
    h_trade = -(2 / 3 * math.log(2 / 3) + 1 / 3 * math.log(1 / 3)) / math.log(2)
    h_un = -(5 / 14 * math.log(5 / 14) + 9 / 14 * math.log(9 / 14)) / math.log(2)
    assert autonomy[2000] == pytest.approx(100 * (3 * h_trade + h_un) / 4)


def test_no_tie_to_any_pole_counts_as_evenly_spread_in_autonomy() -> None:
    # 2000: a pact with the USA only (H = 0); 2001: no pact with either pole, so no dependence on any
    # of them to concentrate: H = 1 in the autonomy index (the entropy view leaves it undefined)
    head = _head([("trade", 2000, "USA", 0.2), ("trade", 2000, "CHN", 0.1), ("trade", 2001, "USA", 0.2),
                  ("trade", 2001, "CHN", 0.1), ("alliance", 2000, "USA", 1.0), ("alliance", 2000, "CHN", 0.0),
                  ("alliance", 2001, "USA", 0.0), ("alliance", 2001, "CHN", 0.0)])
    out = P.composite(head, ["USA", "CHN"], {"trade": 0.3, "alliance": 0.2})
    auto = out[out["index"] == "autonomy"].set_index("year")
    h_trade = -(2 / 3 * math.log(2 / 3) + 1 / 3 * math.log(1 / 3)) / math.log(2)     # 0.9183
    assert auto.loc[2000, "value"] == pytest.approx(100 * 0.3 * h_trade / 0.5) and auto.loc[2000, "flag"] == ""
    assert auto.loc[2001, "value"] == pytest.approx(100 * (0.3 * h_trade + 0.2 * 1.0) / 0.5)
    assert auto.loc[2001, "flag"] == "no tie to any pole in alliance: counted as evenly spread (1)"
    entropy = P.entropies(head, ["USA", "CHN"]).set_index(["dimension", "year"])["entropy"]
    assert math.isnan(entropy[("alliance", 2001)]) and entropy[("alliance", 2000)] == 0.0


def test_one_pole_has_closeness_but_no_autonomy() -> None:
    # the entropy across one pole is undefined: no autonomy row (not a row flagged "not observed")
    head = _head([("trade", 2000, "USA", 0.2), ("trade", 2001, "USA", 0.4)])
    out = P.composite(head, ["USA"], {"trade": 1.0})
    assert set(out["index"]) == {"closeness"}
    assert out.set_index("year")["value"].tolist() == [0.0, 100.0]


def test_a_missing_year_is_carried_forward_with_its_age() -> None:
    """Remove one dimension's data for one year: the year's index keeps a value, with the age shown."""
    rows = [(dim, y, pole, v + 0.01 * (y - 2000)) for y in range(2000, 2006)
            for dim, pole, v in (("trade", "USA", 0.2), ("trade", "CHN", 0.1), ("un", "USA", 0.6), ("un", "CHN", 0.8))]
    full = _spine(rows)
    holed = _spine([r if not (r[0] == "un" and r[1] == 2003) else (*r[:3], float("nan")) for r in rows])
    weights = {"trade": 1.0, "un": 1.0}
    before = P.composite(P.headline(full), ["USA", "CHN"], weights).set_index(["index", "pole", "year"])
    after = P.composite(P.headline(holed), ["USA", "CHN"], weights).set_index(["index", "pole", "year"])
    assert after.loc[("autonomy", "ALL", 2003), "ages"] == "un:1"
    assert not math.isnan(after.loc[("autonomy", "ALL", 2003), "value"])
    # 2003 uses 2002's UN figures: the same entropy as 2002's UN term
    h = P.headline(holed)
    assert h[(h.dimension == "un") & (h.year == 2003) & (h.pole == "USA")]["carried"].iloc[0] == pytest.approx(0.62)
    # every other year is untouched
    for year in (2000, 2001, 2002, 2004, 2005):
        assert after.loc[("autonomy", "ALL", year), "value"] == pytest.approx(before.loc[("autonomy", "ALL", year), "value"])
    assert set(after["dimensions"]) == {"trade,un"}


def test_a_gap_beyond_the_maximum_age_is_not_comparable() -> None:
    # UN may be carried 2 years; 2003-2005 without UN data: 2003 and 2004 carried, 2005 not comparable
    rows = [("trade", y, p, v) for y in range(2000, 2006) for p, v in (("USA", 0.2), ("CHN", 0.1))]
    rows += [("un", y, p, v) for y in range(2000, 2003) for p, v in (("USA", 0.6), ("CHN", 0.8))]
    out = P.composite(P.headline(_spine(rows)), ["USA", "CHN"], {"trade": 1.0, "un": 1.0})
    auto = out[out["index"] == "autonomy"].set_index("year")
    assert auto.loc[2004, "ages"] == "un:2" and not math.isnan(auto.loc[2004, "value"])
    assert math.isnan(auto.loc[2005, "value"]) and auto.loc[2005, "flag"].startswith("not comparable: un")
    # the UN dimension never silently drops out: every row names both dimensions
    assert set(auto["dimensions"]) == {"trade,un"}


def test_small_samples_stay_out_of_the_headline_and_composite() -> None:
    rows = [("un", 2001, "USA", 0.6), ("un", 2001, "CHN", 0.8), ("un", 2002, "USA", 0.9, "small sample"),
            ("un", 2002, "CHN", 0.1, "small sample")]
    head = P.headline(_spine(rows)).set_index(["year", "pole"])
    assert math.isnan(head.loc[(2002, "USA"), "value"]) and head.loc[(2002, "USA"), "flag"] == "small sample"
    assert head.loc[(2002, "USA"), "carried"] == 0.6 and head.loc[(2002, "USA"), "age"] == 1
    shown = P.headline(_spine(rows), include_small=True).set_index(["year", "pole"])
    assert shown.loc[(2002, "USA"), "value"] == 0.9


def test_balances_pairwise() -> None:
    head = _head([("trade", 2000, "USA", 0.3), ("trade", 2000, "CHN", 0.1), ("trade", 2000, "JPN", 0.1)])
    out = P.balances(head, ["USA", "CHN", "JPN"]).set_index(["pole_a", "pole_b"])["balance"]
    assert out[("USA", "CHN")] == pytest.approx(0.5)
    assert out[("CHN", "JPN")] == pytest.approx(1.0)
    assert len(out) == 3


def test_change_points_find_a_step_and_ignore_a_flat_series() -> None:
    rng = np.random.default_rng(7)
    step = np.r_[np.zeros(12), np.ones(12)] + rng.normal(0, 0.05, 24)
    assert P.change_points(step) == [12]
    assert P.change_points(np.full(20, 0.3)) == []
    with_gap = step.copy()
    with_gap[3] = np.nan
    assert P.change_points(with_gap) == [12]


def test_trends_slope_per_decade() -> None:
    head = _head([("un", y, "USA", 0.5 + 0.01 * (y - 2000)) for y in range(2000, 2010)])
    row = P.trends(head).iloc[0]
    assert row["slope_per_decade"] == pytest.approx(0.1)
    assert (row["first"], row["last"]) == (pytest.approx(0.5), pytest.approx(0.59))


def test_trend_slope_is_numpys_least_squares_fit() -> None:
    """The slope agrees with another implementation (numpy.polyfit, degree 1) on noisy series with
    gaps, years as the data have them (about 2000: badly scaled for a Vandermonde matrix)."""
    rng = np.random.default_rng(7)
    for _ in range(20):
        years = np.sort(rng.choice(np.arange(1946, 2026), size=int(rng.integers(3, 60)), replace=False))
        values = rng.normal(0.3, 0.1, len(years)) + rng.normal(0, 0.01) * (years - 1990)
        head = _head([("trade", int(y), "USA", float(v)) for y, v in zip(years, values)])
        expected = np.polyfit(years.astype(float), values, 1)[0] * 10
        assert P.trends(head).iloc[0]["slope_per_decade"] == pytest.approx(expected, rel=1e-9, abs=1e-12)


def test_parse_weights() -> None:
    weights = P.parse_weights("trade=2,un=0.5")
    assert weights["trade"] == 2.0 and weights["un"] == 0.5 and weights["alliance"] == P.DEFAULT_WEIGHTS["alliance"]
    for bad in ("tarde=1", "trade=x", "trade=-1", "trade"):
        with pytest.raises(P.LatitudeError):
            P.parse_weights(bad)


# --------------------------------------------------------------------------- discipline

@pytest.fixture()
def tiny_votes(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    """Five roll calls in 2001: patron USA and rival CHN split on rcids 1-4."""
    con = duckdb.connect(str(tmp_path / "v.duckdb"))
    rows = [  # rcid, iso3, vote
        (1, "USA", 1), (1, "CHN", 3), (1, "KOR", 1),   # sides with patron
        (2, "USA", 3), (2, "CHN", 1), (2, "KOR", 1),   # sides with rival
        (3, "USA", 1), (3, "CHN", 2), (3, "KOR", 1),   # patron
        (4, "USA", 1), (4, "CHN", 3), (4, "KOR", 2),   # neither
        (5, "USA", 1), (5, "CHN", 1), (5, "KOR", 3),   # not a split vote
    ]
    frame = pd.DataFrame(rows, columns=["rcid", "iso3", "vote"]).assign(year=2001)  # noqa: F841 (DuckDB reads it by name)
    con.execute("CREATE TABLE un_votes AS SELECT * FROM frame")
    return con


def test_split_vote_siding_golden(tiny_votes) -> None:
    out = P.split_vote_siding(tiny_votes, "KOR", "USA", "CHN", (2001, 2001)).iloc[0]
    assert out["split_votes"] == 4
    assert out["sides_with_patron"] == pytest.approx(2 / 4)
    assert out["sides_with_rival"] == pytest.approx(1 / 4)


def test_discipline_years_without_split_votes_are_missing(tiny_votes) -> None:
    out = P.discipline(tiny_votes, "KOR", "USA", "CHN", (2000, 2001), with_idealpoints=False)
    assert out["year"].tolist() == [2000, 2001] and out["patron"].tolist() == ["USA", "USA"]
    assert out["split_votes"].isna().tolist() == [True, False] and out["split_votes"].iloc[1] == 4
    assert str(out["split_votes"].dtype) == "float64"   # as a left join of the counts on the years leaves it
    whole = P.discipline(tiny_votes, "KOR", "USA", "CHN", (2001, 2001), with_idealpoints=False)
    assert str(whole["split_votes"].dtype) == "int64"
    assert whole["sides_with_rival"].iloc[0] == pytest.approx(1 / 4)


def test_idealpoint_distances_golden() -> None:
    points = pd.DataFrame({"iso3": ["KOR", "USA", "CHN"], "year": 2001, "idealpoint": [0.5, 1.5, -1.0]})
    row = P.idealpoint_distances(points, "KOR", "USA", "CHN").iloc[0]
    assert (row["distance_patron"], row["distance_rival"], row["closer_to_patron"]) == (1.0, 1.5, 0.5)


# --------------------------------------------------------------------------- the profile and the CLI

def test_build_profile_keeps_sources_and_flags_missing(store_con) -> None:
    prof = P.build_profile(store_con, "South Korea", ["USA", "CHN"], (2000, 2005), with_idealpoints=False)
    assert prof.focal == "KOR" and prof.patron == "USA" and prof.rival == "CHN"
    assert set(prof.spine.columns) == set(P.SPINE_COLUMNS)
    assert "unvotes" in {c.source for c in prof.sources}
    assert all(c.citation for c in prof.sources)
    present, missing = P.available_dimensions(store_con)
    assert {m["dimension"] for m in missing} | set(present) == set(P.DIMENSIONS)
    assert all(m["fix"].startswith("latitude ") for m in prof.missing)
    un = prof.headline[prof.headline["dimension"] == "un"]
    assert un.groupby("year")["share_of_poles"].sum().round(12).eq(1).all()


def test_profile_rejects_bad_requests(store_con) -> None:
    with pytest.raises(P.LatitudeError, match="also a pole"):
        P.spine(store_con, "KOR", ["KOR", "USA"], (2000, 2001))
    with pytest.raises(P.LatitudeError, match="unknown country"):
        P.spine(store_con, "Atlantis", ["USA"], (2000, 2001))
    with pytest.raises(P.LatitudeError, match="first year"):
        P.spine(store_con, "KOR", ["USA"], (2005, 2001))


def test_cli_profile_json_and_errors(store_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["profile", "KOR", "--poles", "USA,CHN", "--years", "2000-2001", "--format", "json",
                                 "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert {"year", "focal", "pole", "dimension", "measure", "value", "source"} <= set(records[0])
    agree = [r for r in records if r["measure"] == "agreement" and r["year"] == 2000 and r["pole"] == "USA"]
    assert len(agree) == 1 and 0 < agree[0]["value"] < 1
    table = runner.invoke(app, ["profile", "KOR", "--poles", "USA,CHN", "--years", "2000",
                                "--store", str(store_path)])
    assert table.exit_code == 0 and "Sources:" in table.stdout and "Voeten" in table.stdout


def test_cooperative_events_match_raw_icews(store_con, mirror: Path) -> None:
    _need(store_con, "events")
    raw = pyreadr.read_r(mirror / "icews_andybega" / "icews_sample.rda")["icews_sample"]
    # the bundled samples are a few days, not a series: left out unless asked for
    default = P.spine(store_con, "KOR", POLES, (2018, 2018))
    assert "events" not in set(default["dimension"])
    assert any(f["dimension"] == "events" and "samples" in f["reason"] for f in default.attrs["failed"])
    frame = P.spine(store_con, "KOR", POLES, (2018, 2018), include_samples=True)
    assert set(frame.loc[frame["dimension"] == "events", "flag"]) == {"sample source"}
    for pole, name in (("USA", "United States"), ("CHN", "China"), ("JPN", "Japan")):
        pair = raw[((raw.source_country == "South Korea") & (raw.target_country == name))
                   | ((raw.target_country == "South Korea") & (raw.source_country == name))]
        # CAMEO root codes 01-05 are verbal and 06-08 material cooperation (quad classes 1-2).
        hand = int((pair.cameo_code.astype(str).str[:2].astype(int) <= 8).sum())
        assert _value(frame, 2018, pole, "cooperative_events") == hand
        assert _value(frame, 2018, pole, "events") == len(pair)
    assert _value(frame, 2018, "USA", "cooperative_events") == 61      # 28 KOR->USA + 33 USA->KOR


def test_a_failing_dimension_is_reported_not_raised(store_con, monkeypatch) -> None:
    from latitude.profile import figures as spine_module

    def broken(*args, **kwargs):
        raise P.LatitudeError("the arms table is damaged: rebuild it")

    monkeypatch.setitem(spine_module.FIGURES, "arms", broken)
    frame = P.spine(store_con, "KOR", ["USA"], (2000, 2001))
    assert "arms" not in set(frame["dimension"]) and "un" in set(frame["dimension"])
    failed = [f for f in frame.attrs["failed"] if f["dimension"] == "arms"]
    assert failed and "damaged" in failed[0]["reason"]


def test_years_outside_every_source_is_one_line_error(store_con) -> None:
    from latitude.errors import LatitudeError
    from latitude.profile import spine

    with pytest.raises(LatitudeError, match=r"years 2030-2040 are outside every loaded source \(18\d\d-20\d\d\)"):
        spine(store_con, "KOR", ["USA"], (2030, 2040))


# --------------------------------------------------------------------------- stored dimension tables

def test_stored_tables_equal_the_same_figures_computed_now(store_con) -> None:
    """The precomputed tables hold exactly what the dimension's verbs compute for one focal."""
    from latitude.catalogue import catalogue
    from latitude.measures import precompute

    cat = catalogue(store_con)
    for dim in precompute.precomputed():
        if not precompute.available(cat, dim):
            continue
        assert precompute.is_current(cat, dim), dim.key
        stored = precompute.dimension_rows(cat, dim.key, "KOR", ["USA", "CHN", "JPN"], (2008, 2014))
        computed = precompute.expression(cat, dim.key, ["KOR"], ["USA", "CHN", "JPN"], (2008, 2014)).to_pandas()
        key = ["year", "iso3", "partner"]
        columns = [*key, *dim.measure_keys]
        pd.testing.assert_frame_equal(stored[columns].sort_values(key).reset_index(drop=True),
                                      computed[columns].sort_values(key).reset_index(drop=True), check_dtype=False)


def test_every_dimension_row_is_unique_per_key(store_con) -> None:
    """One row per (year, iso3, partner) for every state and year (Germany 255/260 and Yemen 678/679
    share an ISO3 in 1990)."""
    from latitude.catalogue import catalogue
    from latitude.measures import precompute

    cat = catalogue(store_con)
    for dim in precompute.precomputed():
        if cat.has(dim.table):
            rows, keys = store_con.execute(f"SELECT count(*), count(DISTINCT (year, iso3, partner)) "
                                           f"FROM {dim.table}").fetchall()[0]
            assert rows == keys, dim.table


def test_germany_as_a_pole_in_1990(store_con) -> None:
    """`profile NOR --poles USA,DEU --years 1990` failed on four copies of (1990, DEU, alliance)."""
    prof = P.build_profile(store_con, "NOR", ["USA", "DEU"], (1990, 1990), with_idealpoints=False)
    keys = prof.spine[["year", "pole", "dimension", "measure"]]
    assert not keys.duplicated().any()
    assert _value(prof.spine, 1990, "DEU", "defense_pact") == 1.0   # both in NATO


def test_a_one_sided_treaty_is_still_a_defence_pact(store_con, mirror: Path) -> None:
    """ATOP's dyad-years are directed: only the USA is obliged to defend Japan (raw file), yet the
    two are linked by a defence pact whichever of them is the focal."""
    atop = pyreadr.read_r(mirror / "peacesciencer" / "atop_alliance.rda")["atop_alliance"]
    usa_to_jpn = atop[(atop.ccode1 == USA) & (atop.ccode2 == JPN) & (atop.year == 2010)]
    jpn_to_usa = atop[(atop.ccode1 == JPN) & (atop.ccode2 == USA) & (atop.year == 2010)]
    assert usa_to_jpn.atop_defense.max() == 1 and (jpn_to_usa.empty or jpn_to_usa.atop_defense.max() == 0)
    japan = P.spine(store_con, "JPN", ["USA", "CHN"], (2010, 2010), dimensions=["alliance"])
    usa = P.spine(store_con, "USA", ["JPN"], (2010, 2010), dimensions=["alliance"])
    assert _value(japan, 2010, "USA", "defense_pact") == 1.0 == _value(usa, 2010, "JPN", "defense_pact")
    assert _value(japan, 2010, "USA", "defended_by_partner") == 1.0
    assert _value(japan, 2010, "USA", "defends_partner") == 0.0
    assert _value(japan, 2010, "CHN", "defense_pact") == 0.0


def test_a_years_composite_does_not_depend_on_the_span_requested(store_con) -> None:
    """Korea 2020 between the USA and China: ATOP ends in 2018, so the alliance dimension is carried
    forward two years in every request; the same year gives the same closeness and autonomy whether
    the profile asks for 2020 alone or for 1990-2024, and `compare` prints the same autonomy."""
    from latitude.profile import build_profile
    from latitude.profile.compare import compare

    def values(years):
        comp = build_profile(store_con, "KOR", ["USA", "CHN"], years, with_idealpoints=False).composite
        comp = comp[comp["year"] == 2020].set_index(["index", "pole"])
        return comp["value"], comp["ages"]

    alone, ages = values((2020, 2020))
    wide, _ = values((1990, 2024))
    pd.testing.assert_series_equal(alone, wide)
    assert ages.loc[("autonomy", "ALL")] == "alliance:2"
    other = compare(store_con, ["KOR"], ["USA", "CHN"], (2020, 2020))
    autonomy = other[(other["dimension"] == "composite") & (other["measure"] == "autonomy")]["value"].iloc[0]
    assert autonomy == pytest.approx(alone.loc[("autonomy", "ALL")], abs=1e-9)
