"""Issue 13, coder round 193: a doer's own organ after "according to". Coder round 174 keeps a named reporter's report
of its own state's strikes or launches only when the reporting verb is followed by the doer as a pronoun ("said it
fired"); a state named in an "according to" clause of organ words is always the teller, so "Pakistan on Thursday test
fired ... cruise missile ..., according to Pakistani army." gave the launch and no report, though labels rounds 10 and
12 label the doer's own organ's report `SRC>- STATEMENT` beside the act. In an article the coder now keeps that report
(`coder._according_to`, in `_reporter_statement`). Rows are quoted from cited development sets (tests/fixtures/coding/,
row ids given); the expectations are their hand labels. The first four tests fail with main's code (c1784922)."""

import datetime as dt

from prose_rows import all_found

from latitude.coding.coder import Article, code_article


def _kinds(text: str) -> set[tuple]:
    records = code_article(Article("round193", text, dt.date(2024, 5, 1)))
    return {(r["source"], r["target"], r["plover"]) for r in records}


def test_a_launch_according_to_the_doers_army():
    # held-out 37 MS086: "Pakistan on Thursday test fired an "indigenously-developed" cruise missile from a submarine,
    # according to Pakistani army." (PAK>- MOBILIZE | PAK>- STATEMENT)
    assert all_found("heldout37_prose.tsv", "MS086")


def test_a_fronted_according_to_on_the_doers_launch():
    # held-out 26 q104: "According to South Korea's Joint Chiefs of Staff, one Hyunmoo II-A intermediate-range ballistic
    # missile splashed into the East Sea within a few seconds of being launched." (KOR>- MOBILIZE | KOR>- STATEMENT)
    assert all_found("heldout26_prose.tsv", "q104")


def test_an_attack_according_to_the_army_of_its_side():
    # the shape of held-out 157 DT001 ("A drone attack launched by the paramilitary Rapid Support Forces (RSF) struck a
    # military airport in the city of Port Sudan on Sunday, according to the Sudanese army.", SDN>- ASSAULT/MOBILIZE |
    # SDN>- STATEMENT), which the refit of 2026-12-07's third stop moved under the is-it-an-event gate in its article:
    # two general sentences of it, each failing on c1784922 (the attack only, no report)
    for text in (
        "A drone attack launched by the Rapid Support Forces struck a military base in the city of Omdurman on Monday, "
        "according to the Sudanese army.",
        "Drones launched by the paramilitary Rapid Support Forces struck an airport in the city of Kassala on Sunday, "
        "according to the Sudanese army.",
    ):
        kinds = _kinds(text)
        assert ("SDN", None, "ASSAULT") in kinds and ("SDN", None, None) in kinds, text


def test_a_general_sentence():
    kinds = _kinds("India test-fired a nuclear-capable Agni missile on Monday, according to India's defence ministry.")
    assert ("IND", None, None) in kinds and ("IND", None, "MOBILIZE") in kinds


def test_no_report_of_a_medium_or_of_a_meeting():
    # guards (pass on both): a medium alone after "according to" on the doer's launch, and an organ telling a meeting
    assert ("PAK", None, None) not in _kinds("Pakistan test-fired a cruise missile on Thursday, according to Reuters.")
    assert ("IND", None, None) not in _kinds(
        "India and Japan held talks in New Delhi on Monday, according to India's foreign ministry."
    )
