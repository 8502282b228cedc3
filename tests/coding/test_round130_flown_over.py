"""Issue 13, coder round 130: launches, twenty-second pass — in an article, a launch with no target whose weapon was
fired or intercepted "over" a state is fired at that state, as the prose sets label it ("Two ballistic missiles fired
by Yemen's Huthi rebels have been intercepted and destroyed over the United Arab Emirates": Yemen's launch at the UAE;
"North Korea fired the ballistic missile ... over Japan"). Read alone, `_frame_target` already gave these targets; in
an article a launch's later states are mostly its critics and were left out, and so was the state it flew over. "Over"
after a noun of quarrel ("tensions over Taiwan") tells what the quarrel is about and gives no target. Rows are quoted
from cited development sets (tests/fixtures/coding/, row ids given); the expectations are their hand labels. The first
four tests fail with main's code."""

from prose_rows import coded_row

from latitude.coding.coder import Article, code


def _launched_at(records: list[dict], source: str, target: str) -> bool:
    """Whether a record is `source`'s launch or attack fired at `target` (a label `SRC>TGT (ASSAULT/)MOBILIZE`)."""
    return any((r["source"], r["target"]) == (source, target) and r["plover"] in ("ASSAULT", "MOBILIZE") for r in records)


def test_missiles_intercepted_over_a_state():
    # held-out 122 DX042, labelled YEM>ARE ASSAULT/MOBILIZE | ARE>- STATEMENT: "ABU DHABI, United Arab Emirates (AFP) —
    # Two ballistic missiles fired by Yemen's Huthi rebels have been intercepted and destroyed over the United Arab
    # Emirates, the defence ministry said on Monday."
    assert _launched_at(coded_row("heldout122_prose.tsv", "DX042")[1], "YEM", "ARE")


def test_a_missile_fired_over_japan():
    # held-out 104 LX011, labelled PRK>JPN MOBILIZE: "North Korea fired the ballistic missile, with a range of 3,700 Kms
    # over Japan on Friday morning."
    assert _launched_at(coded_row("heldout104_prose.tsv", "LX011")[1], "PRK", "JPN")


def test_a_missile_lobbed_over_japan():
    # held-out 41 MT019, labelled PRK>JPN MOBILIZE: "Instead, it lobbed the missile in a northeasterly direction, over
    # Japan and into the Pacific Ocean." (the launcher from the article)
    assert _launched_at(coded_row("heldout41_prose.tsv", "MT019")[1], "PRK", "JPN")


def test_a_general_sentence():
    text = "Two cruise missiles fired by Russia were intercepted over Moldova on Sunday, the government said."
    assert _launched_at(list(code(Article("general", text, None))), "RUS", "MDA")


def test_tensions_over_a_state_give_no_target():
    # held-out 130 KM013, labelled PRK>- MOBILIZE: "The summit occurred amid North Korea's recent ballistic missile tests
    # and escalating tensions between China and Japan over Taiwan." (passes with main's code too)
    records = coded_row("heldout130_prose.tsv", "KM013")[1]
    assert not any(r["source"] == "PRK" and r["target"] == "TWN" for r in records)
