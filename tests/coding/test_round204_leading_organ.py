"""Issue 13, coder round 204: a doer's own organ or official as the subject of a reporting verb. Coder round 174 keeps
a named reporter's report of its own state's strikes or launches only when the reporting verb is followed by the doer
as a pronoun ("said it fired"), round 193 after "according to" and round 200 in a clause that ends the sentence;
"Russia's defense ministry said the test of the nuclear-capable missile was successful." gave the launch and no
report, though labels round 15 (O1, F) labels the doer's own organ's or official's report `SRC>- STATEMENT` beside
the act. In an article the coder now keeps that report when the reporter is a state's organ or official -- not a state
named alone -- directly before its reporting verb (`coder._leading_organ`, in `_reporter_statement`). Rows are quoted
from cited development sets (tests/fixtures/coding/, row ids given); the expectations are their hand labels. The first
four tests fail with main's code (7e542740)."""

import datetime as dt

from prose_rows import all_found

from latitude.coding.coder import Article, code_article


def _kinds(text: str) -> set[tuple]:
    records = code_article(Article("round204", text, dt.date(2024, 5, 1)))
    return {(r["source"], r["target"], r["plover"]) for r in records}


def test_a_test_told_by_the_doers_ministry_before_a_clause_with_no_pronoun():
    # held-out 37 MS079: "Russia's defense ministry said the test of the nuclear-capable missile was successful."
    # (RUS>- MOBILIZE | RUS>- STATEMENT)
    assert all_found("heldout37_prose.tsv", "MS079")


def test_a_launch_told_by_the_doers_acronym_subject():
    # held-out 115 LN002: "The Inter-Services Public Relations (ISPR) said the launch was part of Exercise Indus and
    # aimed at ensuring the operational readiness of troops ..." (PAK>- MOBILIZE | PAK>- STATEMENT)
    assert all_found("heldout115_prose.tsv", "LN002")


def test_a_strike_told_by_the_doers_general_staff():
    # held-out 179 BO026: "In a statement on social media, the Ukrainian general staff said that the military hit the
    # oil depot in Engels in the Saratov region." (UKR>RUS ASSAULT | UKR>- STATEMENT)
    assert all_found("heldout179_prose.tsv", "BO026")


def test_a_general_sentence():
    kinds = _kinds("Japan's defence ministry said the interceptor missile hit its target over the Pacific on Tuesday.")
    assert ("JPN", None, None) in kinds


def test_no_report_of_a_state_named_alone_or_a_bare_organ():
    # guards (pass on both): a state named alone before "said" may be the doer told (round 174's line), and a bare
    # organ with no state named before names no teller
    assert ("PRK", None, None) not in _kinds("North Korea said the launch of the new missile was successful.")
    assert ("PAK", None, None) not in _kinds("The military said the launch of the missile was successful.")
