"""Issue 13, coder round 200: a doer's own organ or official in a reporting clause that ends the sentence. Coder round
174 keeps a named reporter's report of its own state's strikes or launches only when the reporting verb is followed by
the doer as a pronoun ("said it fired"), and round 193 after "according to"; "Pakistan on Thursday conducted a
successful training launch of Shaheen-II, ..., the Inter-Services Public Relations (ISPR) said." gave the launch and no
report, though labels round 15 (O1, F) labels the doer's own organ's or official's report `SRC>- STATEMENT` beside the
act. In an article the coder now keeps that report when the organ's reporting clause follows the told act and ends the
sentence (`coder._trailing_reporter`, in `_reporter_statement`). Rows are quoted from cited development sets
(tests/fixtures/coding/, row ids given); the expectations are their hand labels. The first four tests fail with main's
code (cb055551)."""

import datetime as dt

from prose_rows import all_found

from latitude.coding.coder import Article, code_article


def _kinds(text: str) -> set[tuple]:
    records = code_article(Article("round200", text, dt.date(2024, 5, 1)))
    return {(r["source"], r["target"], r["plover"]) for r in records}


def test_a_launch_told_by_the_doers_organ_after_it():
    # held-out 66 MX106: "Pakistan on Thursday conducted a successful training launch of Shaheen-II, a surface-to-surface
    # ballistic missile, the Inter-Services Public Relations (ISPR) said." (PAK>- MOBILIZE | PAK>- STATEMENT)
    assert all_found("heldout66_prose.tsv", "MX106")


def test_a_strike_told_by_the_doers_military_after_it():
    # held-out 167 NO003: "The Israel Defense Forces struck the rocket launchers and Hezbollah infrastructure in southern
    # Lebanon, the Israeli military added on Monday." (ISR>LBN ASSAULT | ISR>- STATEMENT)
    assert all_found("heldout167_prose.tsv", "NO003")


def test_a_launch_told_by_the_doers_spokesperson_after_it():
    # held-out 100 MU083: "Russia launched an inter-continental ballistic missile on Thursday from its Plesetsk
    # cosmodrome in the north of the country, a Russian military spokesperson said." (RUS>- MOBILIZE | RUS>- STATEMENT)
    assert all_found("heldout100_prose.tsv", "MU083")


def test_a_general_sentence():
    kinds = _kinds("China fired a ballistic missile into the Pacific Ocean on Tuesday, China's defence ministry said.")
    assert ("CHN", None, None) in kinds and ("CHN", None, "MOBILIZE") in kinds


def test_no_report_of_a_bare_organ_a_medium_or_a_meeting():
    # guards (pass on both): a bare organ with no state named before on the doer's launch, a medium after the act, and
    # an organ telling a meeting
    assert ("PAK", None, None) not in _kinds("Pakistan test-fired a cruise missile on Thursday, the military said.")
    assert ("PAK", None, None) not in _kinds("Pakistan test-fired a cruise missile on Thursday, Reuters reported.")
    assert ("IND", None, None) not in _kinds("India and Japan held talks in New Delhi on Monday, India's foreign ministry said.")
