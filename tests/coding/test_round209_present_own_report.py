"""Issue 13, coder round 209: the doer's own report told in the present tense. Coder round 174 keeps a named
reporter's report of its own state's strikes or launches when the reporting verb is followed by the doer as a pronoun
("said it fired"), but its verbs were all past: "China says it successfully test-fired an intercontinental ballistic
missile ..." gave the launch and no report, though labels round 10 labels the doer's own report `SRC>- STATEMENT`
beside the act. The present "says"/"say" now reads as "said" does there (`coder._OWN_REPORT`). Rows are quoted from
cited development sets (tests/fixtures/coding/, row ids given); the expectations are their hand labels. The first four
tests fail with main's code (42a792dd)."""

import datetime as dt

from prose_rows import all_found

from latitude.coding.coder import Article, code_article


def _kinds(text: str) -> set[tuple]:
    records = code_article(Article("round209", text, dt.date(2024, 5, 1)))
    return {(r["source"], r["target"], r["plover"]) for r in records}


def test_a_state_says_it_test_fired():
    # held-out 17 L001: "China says it successfully test-fired an intercontinental ballistic missile(ICBM) into the
    # Pacific Ocean on Wednesday." (CHN>- MOBILIZE | CHN>- STATEMENT)
    assert all_found("heldout17_prose.tsv", "L001")


def test_a_state_says_it_has_carried_out_a_test_launch():
    # held-out 17 L038: "Russia says it has successfully carried out a test launch of a missile capable of carrying
    # nukes for the second time in 10 days." (RUS>- MOBILIZE | RUS>- STATEMENT)
    assert all_found("heldout17_prose.tsv", "L038")


def test_a_state_says_that_it_has_launched():
    # held-out 52 ML034: "China says that it has launched a rocket with a dummy warhead into the Pacific, ..."
    # (CHN>- MOBILIZE | CHN>- STATEMENT)
    assert all_found("heldout52_prose.tsv", "ML034")


def test_a_general_sentence():
    kinds = _kinds("India says it successfully test-fired a nuclear-capable Agni missile off its eastern coast on Monday.")
    assert ("IND", None, None) in kinds


def test_no_report_with_no_pronoun():
    # guard (passes on both): with no pronoun after "says" the state named alone may be the doer told (round 174's line)
    assert ("PRK", None, None) not in _kinds("North Korea says the launch of the new missile was successful.")
