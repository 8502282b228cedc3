"""Article claims with known verdicts, checked against the store built from the mirror.

The expected verdicts follow from the mirror's data, worked out independently in each test:
COW trade 2014 (Korea's partners by total trade), SIPRI TIV 2017-2021, UN votes 2014-2023.
"""
from __future__ import annotations

import json
from pathlib import Path

import pyreadr
from typer.testing import CliRunner

from latitude.cli import app
from latitude.scenarios.claims import check_file, check_text, find_event_claims, find_pattern_claims

ARTICLES = Path(__file__).parent / "articles"


def _verdicts(store_con, name: str) -> dict[str, str]:
    table = check_file(store_con, ARTICLES / name)
    return dict(zip(table["claim"], table["verdict"]))


def test_trading_partner_ranks_from_raw_cow(store_con, mirror) -> None:
    """Rank Korea's 2014 partners by hand from the raw COW file; the verdicts must agree."""
    raw = next(iter(pyreadr.read_r(str(mirror / "peacesciencer" / "cow_trade_ndy.rda")).values()))
    raw = raw[(raw.year == 2014) & ((raw.ccode1 == 732) | (raw.ccode2 == 732))]
    total = (raw.flow1.fillna(0) + raw.flow2.fillna(0)).groupby(raw.ccode1.where(raw.ccode1 != 732, raw.ccode2)).sum()
    ranks = total.rank(ascending=False)
    verdicts = _verdicts(store_con, "hedging_seoul.txt")
    expected = "supported" if ranks[710] <= 5 and ranks[740] <= 5 else "contradicted"
    assert verdicts["CHN and JPN among KOR's key trading partners"] == expected == "supported"
    expected = "supported" if ranks[840] <= 5 and ranks[140] <= 5 else "contradicted"
    assert verdicts["PHL and BRA among KOR's key trading partners"] == expected == "contradicted"


def test_arms_dependence(store_con) -> None:
    verdicts = _verdicts(store_con, "hedging_seoul.txt")
    assert verdicts["KOR depends on USA for arms"] == "supported"
    assert verdicts["KOR depends on CHN for rare earths"] == "not checkable"
    assert _verdicts(store_con, "loyal_ally.txt")["KOR depends on RUS for arms"] == "contradicted"


def test_alignment_shift_both_directions(store_con) -> None:
    """'Moving away' and 'moving closer' cannot both be supported by the same agreement series."""
    away = _verdicts(store_con, "hedging_seoul.txt")["KOR moving away from USA"]
    closer = _verdicts(store_con, "loyal_ally.txt")["KOR moving closer to USA"]
    assert {away, closer} <= {"supported", "contradicted"}
    assert not (away == closer == "supported")


def test_event_claims_from_the_coder(store_con) -> None:
    text = "North Korea test-fired a ballistic missile on Thursday. President Lee Jae-myung visited Tokyo in January 2026."
    claims = find_event_claims(text, "2026-02-10")
    kinds = {(c.kind, c.subject) for c in claims}
    assert ("show of force", "PRK") in kinds and ("visit", "KOR") in kinds
    table = check_text(store_con, text, "2026-02-10")
    assert set(table["verdict"]) == {"not checkable"}  # the mirror's events stop long before 2026


def test_visit_claims_against_real_icews_rows(store_con, mirror) -> None:
    """Visits of 1-3 June 2018 checked against the mirror's real ICEWS rows.

    Kim Yong Chol carried Kim Jong Un's letter to Washington on Friday 1 June 2018 and Wilbur
    Ross held trade talks in Beijing on 2-3 June: both are in the ICEWS sample as CAMEO 042/043.
    No Japanese visit to Pyongyang is, although the sample covers those days densely.
    """
    sample = next(iter(pyreadr.read_r(str(mirror / "icews_andybega" / "icews_sample.rda")).values()))
    visits = sample[sample["cameo_code"].isin(["042", "043"])]
    assert ((visits["source_country"] == "North Korea") & (visits["target_country"] == "United States")).any()
    text = ("North Korea's top envoy Kim Yong Chol visited Washington on Friday, carrying a letter for President "
            "Trump. U.S. Commerce Secretary Wilbur Ross visited Beijing on Saturday for trade talks. "
            "Japanese Prime Minister Shinzo Abe visited Pyongyang on Friday.")
    table = check_text(store_con, text, "2018-06-03")
    verdicts = dict(zip(table["claim"], table["verdict"]))
    assert verdicts == {"PRK visit with USA (2018-06-01)": "supported",
                        "USA visit with CHN (2018-06-02)": "supported",
                        "JPN visit with PRK (2018-06-01)": "contradicted"}


def test_real_news_sentences_from_the_gold_data(mirror) -> None:
    """Real news sentences (ConfliBERT CAMEO training data): claims are found, none are invented."""
    lines = (mirror / "events_gold" / "conflibert_cameo" / "cameo_class_train.tsv").read_text(encoding="utf-8")
    sentences = [line.split("\t")[0] for line in lines.splitlines()]
    missile = next(s for s in sentences if s.startswith("Yemeni army and allied forces have launched a missile"))
    claims = find_event_claims(missile)
    assert [(c.kind, c.subject, c.date) for c in claims] == [("show of force", "YEM", None)]
    meeting = next(s for s in sentences if s.startswith("Chinese President Xi Jinping will meet regional rival"))
    assert find_pattern_claims(meeting) == []
    assert find_pattern_claims("Officials met in Seoul to discuss fisheries.") == []


def test_cli_json(store_path) -> None:
    result = CliRunner().invoke(app, ["check", str(ARTICLES / "hedging_seoul.txt"), "--store", str(store_path),
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert {"claim", "kind", "sentence", "verdict", "figures", "source"} == set(rows[0])
    assert all(r["verdict"] in {"supported", "contradicted", "not checkable"} for r in rows)
