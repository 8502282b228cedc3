"""Issue 13, coder round 264: false events on analysis and opinion sentences. Coder round 211's reader of a campaign
summed up in the present perfect (`coder._campaign_sum`) also takes a campaign told as going on: "exchanging" fire in
the perfect progressive, and "continue(s) to" or "has / have continued to" before a verb of force ("launch", "fire",
"strike", "shell", "target" ...), so the sentence's attack and launch records are dropped; a day named beside it, the
simple past "continued to" and "continue to" after a modal or "to" stay as they were. Rows are quoted from cited
development sets (tests/fixtures/coding/, row ids given); the expectations are their hand labels. The first five tests
fail with main's code (b5231cb2, on its archive); the guards pass on both."""

import datetime as dt

from prose_rows import quiet

from latitude.coding.coder import Article, code_article


def _kinds(*sentences: str) -> set[tuple]:
    records = code_article(Article("round264", " ".join(sentences), dt.date(2025, 3, 4)))
    return {(r["source"], r["target"], r["plover"]) for r in records if r["sentence"] == sentences[-1]}


def test_has_continued_to_launch_frequent_airstrikes():
    # held-out 238 IP007 (-): "Israel has continued to launch frequent airstrikes in Lebanon since Hezbollah agreed to a
    # ceasefire to end the 14-month war in November."
    assert quiet("heldout238_prose.tsv", "IP007")


def test_have_been_exchanging_fire_repeatedly():
    # held-out 245 XY006 (-): "Israel and Hezbollah have been exchanging fire repeatedly since the October 7, 2023
    # attacks."
    assert quiet("heldout245_prose.tsv", "XY006")


def test_general_has_continued_to_launch_missile_strikes():
    kinds = _kinds("Russia has continued to launch missile strikes on Ukrainian cities since the talks collapsed in June.")
    assert not any(plover in ("ASSAULT", "MOBILIZE") for _, _, plover in kinds)


def test_general_have_been_exchanging_fire_along_the_border():
    kinds = _kinds("India and Pakistan have been exchanging artillery fire along the Line of Control since the attack.")
    assert not any(plover in ("ASSAULT", "MOBILIZE") for _, _, plover in kinds)


def test_general_has_continued_to_fire_artillery():
    kinds = _kinds("India has continued to fire artillery across the Line of Control since the ceasefire ended.")
    assert not any(plover in ("ASSAULT", "MOBILIZE") for _, _, plover in kinds)


def test_guard_continued_to_shell_in_the_simple_past():
    kinds = _kinds("Russian forces continued to shell Kharkiv on Monday.")
    assert ("RUS", "UKR", "ASSAULT") in kinds


def test_guard_a_day_named_beside_the_campaign():
    # held-out 94 QN038 (LBN>ISR ASSAULT/MOBILIZE): "Hezbollah continues to target civilian communities in northern
    # Israel; on Tuesday, a house in one of the communities was damaged beyond repair by a terrorist rocket fired ..."
    kinds = _kinds("Russia has continued to shell Kharkiv, and on Tuesday its missiles struck a power plant in the city.")
    assert ("RUS", "UKR", "ASSAULT") in kinds
