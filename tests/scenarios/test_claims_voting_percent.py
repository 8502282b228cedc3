"""Stated UN voting percentages (seventh round of issue 13): "Israel voted with the United States 91 percent
of the time" is judged on the number, not only on whether the two agree. Every sentence is real, from the
development set tests/fixtures/claims/heldout10.jsonl (URLs there). The expected figures were computed
independently of latitude, from the raw unvotes files with DuckDB (tests/fixtures/claims/heldout11_labels.py,
functions `coincidence` and `agree`), and, for the 1988 Israel figure, also published: the State Department's
report on the 43rd General Assembly gives 91% (JTA), docs/alignment.md reproduces 90.0%."""
from __future__ import annotations

import pytest

from latitude.scenarios.claims import check_claims, check_text, find_claims
from latitude.scenarios.claims.alignment import PERCENT_POINTS

ISRAEL = ("Israel voted with the United States 91 percent of the time, more than any other nation, according to the "
          "sixth annual “Report to Congress on Voting Practices in the United Nations,” which the State Department "
          "submitted Wednesday.")
RUNNERS_UP = ("The next highest supporters of U.S. positions during the General Assembly session last fall were Britain, "
              "with 83.1 percent, and West Germany, with 78.8 percent.")
CNS_2020 = ("In 2020, the countries whose votes coincided with the U.S. most often were Israel (which voted 91 percent of "
            "the time in alignment with the U.S.), Micronesia (69 percent), Canada (64 percent), Australia (63 percent), "
            "Britain (61 percent), Marshall Islands (60 percent), Hungary (59 percent), France (58 percent), and the "
            "Czech Republic (57 percent).")


def _voting(text: str, date: str | None):
    return {c.subject: c for c in find_claims(text, date) if c.kind == "UN voting"}


def test_each_voter_gets_the_percentage_written_after_it() -> None:
    """JTA (held10-002) and CNS News (held10-003): "Britain, with 83.1 percent, and West Germany, with 78.8
    percent"; a list of "Country (N percent)"."""
    claims = _voting(RUNNERS_UP, None)
    assert {k: (c.other, c.share) for k, c in claims.items()} == {"GBR": ("USA", 83.1), "DEU": ("USA", 78.8)}
    shares = {k: c.share for k, c in _voting(CNS_2020, "2021-10-28").items()}
    assert shares == {"ISR": 91, "FSM": 69, "CAN": 64, "AUS": 63, "GBR": 61, "MHL": 60, "HUN": 59, "FRA": 58, "CZE": 57}


def test_a_percentage_before_2017_is_the_state_department_votes_only_coincidence(store_con) -> None:
    """JTA (held10-001) dated to the report's year: session 43 (1988), yes/no pairs only. Raw files: Israel and
    the USA voted the same way on 90.0% of 60 yes/no pairs (the report: 91%)."""
    claims = [c for c in find_claims(ISRAEL, "1989-05-10") if c.kind == "UN voting"]
    verdict = check_claims(store_con, claims)[0]
    assert verdict.verdict == "supported"
    assert "90.0%" in verdict.figures and "votes only" in verdict.figures and "60 votes" in verdict.figures
    assert verdict.years == "1988"


def test_from_2017_the_figure_counts_abstentions_as_half(store_con) -> None:
    """CNS News (held10-003), 2020: the State Department's method from 2017 counts abstentions; Voeten's
    agreement (abstention = half) from the raw files: Israel 91.1%, Micronesia 72.8%, Czech Republic 56.2%."""
    verdicts = {v.claim.subject: v for v in check_claims(store_con, list(_voting(CNS_2020, "2021-10-28").values()))}
    for code, figure in (("ISR", "91.1%"), ("FSM", "72.8%"), ("CZE", "56.2%")):
        assert verdicts[code].verdict == "supported", verdicts[code].figures
        assert figure in verdicts[code].figures and "Voeten agreement" in verdicts[code].figures
        assert verdicts[code].years == "2020"


def test_no_year_is_judged_on_the_latest_session_and_says_so(store_con) -> None:
    """JTA (held10-002) has no date: the latest session, 77 (2022). Raw files: Britain 78.2% (83.1 stated, 4.9
    points off: supported), Germany 73.3% (78.8 stated, 5.5 off: contradicted); the tolerance is 5 points."""
    assert PERCENT_POINTS == 5.0
    verdicts = {v.claim.subject: v for v in check_claims(store_con, list(_voting(RUNNERS_UP, None).values()))}
    assert verdicts["GBR"].verdict == "supported" and "78.2%" in verdicts["GBR"].figures
    assert verdicts["DEU"].verdict == "contradicted" and "73.3%" in verdicts["DEU"].figures
    assert verdicts["DEU"].years == "2022 (latest session; the sentence names no year)"


@pytest.mark.parametrize("text", [
    "The American people pay 22 percent of the UN budget, yet Israel voted with the United States at the UN.",
    "Israel voted with the United States 250 percent of the time at the UN.",
])
def test_a_percentage_that_is_not_a_voting_share_is_not_read_as_one(text: str) -> None:
    """A share of the UN budget is not how often a state votes with another; nor is a figure over 100 (constructed
    robustness cases, not a measure of the reader)."""
    claims = [c for c in find_claims(text, "2018-04-26") if c.kind == "UN voting"]
    assert claims and all(c.share is None for c in claims)


def test_check_text_names_the_percentage_in_the_claim(store_con) -> None:
    frame = check_text(store_con, ISRAEL, "1989-05-10")
    row = frame[frame["kind"] == "UN voting"].iloc[0]
    assert row["claim"] == "ISR votes with USA at the UN 91% of the time"
    assert row["source"] == "unvotes"


# After held-out 11 was scored (docs/claims.md), it became development data; these sentences are from it.
def test_siding_with_a_state_a_share_of_the_time_is_a_voting_record(store_con) -> None:
    """Los Angeles Times (held11-001), 1985: no UN word, but "91.5% of the time". Raw files: Israel and the USA
    agreed on 88.0% of 75 yes/no pairs in session 40 (1985)."""
    text = "“Again in 1985, Israel was our staunchest ally, siding with the U.S. 91.5% of the time,” Kasten said."
    claims = [c for c in find_claims(text, "1986-05-15") if c.kind == "UN voting"]
    verdict = check_claims(store_con, claims)[0]
    assert (verdict.claim.subject, verdict.claim.share, verdict.verdict) == ("ISR", 91.5, "supported")
    assert "88.0%" in verdict.figures and verdict.years == "1985"


def test_a_year_named_in_the_sentence_before_and_important_votes(store_con) -> None:
    """CNS News (held11-003): the year (2014) is in the sentence before; "crucial votes" are the State
    Department's important votes. Raw files: India and the USA agreed on 25.0% of 8 yes/no pairs on the
    roll calls marked important in session 69 (2014), as the report says."""
    text = ("The most recent report, released last July and covering votes in 2014, identified 13 key resolutions in "
            "the U.N. General Assembly, which came to a vote between October and December of that year. In those 13 "
            "crucial votes, India’s vote coincided with that of the United States only 25 percent of the time.")
    claims = [c for c in find_claims(text, "2016-06-09") if c.kind == "UN voting" and "India" in c.sentence]
    verdict = check_claims(store_con, claims)[0]
    assert (verdict.claim.subject, verdict.claim.other, verdict.verdict) == ("IND", "USA", "supported")
    assert "25.0%" in verdict.figures and "important votes" in verdict.figures and verdict.years == "2014"


def test_the_possessor_of_a_vote_is_the_voter(store_con) -> None:
    """The Hindu (held11-011), quoting a US Mission cable: 21.9% stated for 2001-2005; raw files: Pakistan and
    the USA agreed on 13.4% of 320 yes/no pairs in sessions 56-60, more than 5 points off: contradicted."""
    text = "From 2001-2005, Pakistan's overall voting correlation with the U.S. was 21.9 percent, just below the UN median of 22.8."
    claims = [c for c in find_claims(text, None) if c.kind == "UN voting"]
    verdict = check_claims(store_con, claims)[0]
    assert (verdict.claim.subject, verdict.claim.share, verdict.verdict) == ("PAK", 21.9, "contradicted")
    assert "13.4%" in verdict.figures and "320 votes" in verdict.figures and verdict.years == "2001-2005"
