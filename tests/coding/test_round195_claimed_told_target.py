"""Issue 13, coder round 195: claims of responsibility with no target. A claim of "the attack" the article has told
before ("The Islamic Resistance in Iraq claimed responsibility for the attack.", "Hezbollah claimed responsibility for
the assault, stating it launched several drones ...") names no target, and when the article's earlier act got no launch
record at a state, round 150's claim reading (`coder._claimed_attack`) gave nothing. The definite noun right after
"responsibility for" refers back to the article's attack: its target is the one state other than the claimant's that
the article's earlier sentences name (`coder._claimed_told_target`); "assault" is a claimed act's noun. Rows are quoted
from cited development sets (tests/fixtures/coding/, row ids given); the expectations are their hand labels. Every test
but the guards fails with main's code."""

import datetime as dt

from prose_rows import coded_row

from latitude.coding.coder import Article, code_article


def _acts(records: list[dict]) -> set[tuple]:
    return {(r["source"], r["target"]) for r in records if r["plover"] in ("ASSAULT", "MOBILIZE")}


def test_the_attack_claimed_after_the_article_named_its_target():
    # held-out 151 NM003, labelled IRQ>ISR ASSAULT/MOBILIZE | IRQ>- STATEMENT: "The Islamic Resistance in Iraq claimed
    # responsibility for the attack." after "An Iranian-backed armed group in Iraq claimed responsibility for a drone
    # attack in southern Israel on Monday." and "Israel's Red Sea port city of Eilat came under an aerial attack ...";
    # main: no record
    row, records = coded_row("heldout151_prose.tsv", "NM003")
    assert ("IRQ", "ISR") in _acts(records)


def test_the_drone_attack_claimed_with_the_claimants_own_words():
    # held-out 151 AR004, labelled YEM>ISR ASSAULT/MOBILIZE | YEM>- STATEMENT: "Yemen's Houthi group claimed
    # responsibility for the drone attack, saying in a statement that Eilat "will remain under constant targeting.""
    # after the Israeli military's word on a drone that crashed in Eilat; main: no record
    row, records = coded_row("heldout151_prose.tsv", "AR004")
    assert ("YEM", "ISR") in _acts(records)


def test_the_assault_claimed_is_the_articles_attack():
    # held-out 157 HF002, labelled LBN>ISR ASSAULT/MOBILIZE | LBN>- STATEMENT: "Hezbollah claimed responsibility for
    # the assault, stating it launched several drones laden with explosives at an army position in the area." after
    # "Hurfeish, a town in northern Israel, was rocked by an explosive-laden drone attack, ..."; main: no record, and
    # HF003 ("The attack occurred just several kilometers from the Lebanese border, ...") none either
    row, records = coded_row("heldout157_prose.tsv", "HF002")
    assert ("LBN", "ISR") in _acts(records)
    row, records = coded_row("heldout157_prose.tsv", "HF003")
    assert ("LBN", "ISR") in _acts(records)


def test_a_general_article_of_a_claimed_attack():
    # a general article: the earlier sentence names the target's state only; main: no record on the claim
    text = ("A drone exploded near a military base in northern Iraq on Sunday, officials said. "
            "The Kurdistan Workers' Party claimed responsibility for the attack.")
    records = [r for r in code_article(Article("t", text, dt.date(2024, 5, 1))) if "claimed" in r["sentence"]]
    claimed = _acts(records)
    assert claimed and all(target == "IRQ" for _, target in claimed)


def test_an_indefinite_act_or_two_earlier_states_give_no_target():
    # guards (pass with both): "an attack" is no reference back, and two states other than the claimant's named
    # earlier leave the target unknown
    indefinite = ("Sirens sounded across northern Israel on Tuesday. "
                  "Hezbollah claimed responsibility for an attack, its statement said.")
    two = ("Drones struck bases in Syria and Jordan on Monday. "
           "The Islamic Resistance in Iraq claimed responsibility for the attack.")
    for text in (indefinite, two):
        records = [r for r in code_article(Article("t", text, dt.date(2024, 5, 1))) if "claimed" in r["sentence"]]
        assert not _acts(records)
