"""Issue 13, coder round 210: the weapon's flight, fall or interception told under a reporter, or with its launcher
named as the weapons' origin. Coder round 134's carry of the article's launch fired at a state (`coder._carried_launch`)
took a later sentence telling its weapons' fate only when that sentence named no state but the launch's target, so
"The IDF confirmed ... that two additional drones fired from Yemen were shot down." (the launcher named after "from")
and "'Some shrapnel fell in multiple places ...,' the Jordan cabinet statement added." (a third state only as the
reporter) were read as the report alone or not at all, while round 168's carry of a launch with no target already let
the launcher and a reporter stand. In an article, a state the sentence names may now be the launcher named as its
weapons' origin (after "from", or at most three words before a weapon's noun: "a Houthi missile") or a reporter (a
saying verb at most five words after it with no pronoun between, or "according to" before it)
(`coder._launcher_or_reporter`; `code_article` only, round 182's carry of an attack unchanged). Rows are quoted from
cited development sets (tests/fixtures/coding/, row ids given); the expectations are their hand labels. The first four
tests fail with main's code (77f82611)."""

import datetime as dt

from prose_rows import labels_found

from latitude.coding.coder import Article, code_article


def _kinds(*sentences: str) -> set[tuple]:
    records = code_article(Article("round210", " ".join(sentences), dt.date(2025, 5, 9)))
    return {(r["source"], r["target"], r["plover"]) for r in records if r["sentence"] == sentences[-1]}


def test_drones_fired_from_yemen_were_shot_down():
    # held-out 157 IS005: "The IDF confirmed that search and rescue teams were dispatched and announced that two
    # additional drones fired from Yemen were shot down." (YEM>ISR ASSAULT/MOBILIZE | ISR>- STATEMENT)
    assert labels_found("heldout157_prose.tsv", "IS005")[0]


def test_launches_identified_crossing_from_lebanese_territory():
    # held-out 185 HC004: 'The Israeli army said "approximately 40 launches were identified crossing from Lebanese
    # territory, some of which were intercepted."' (LBN>ISR ASSAULT/MOBILIZE | ISR>- STATEMENT): both now found
    assert labels_found("heldout185_prose.tsv", "HC004") == [True, True]


def test_shrapnel_fell_the_jordan_cabinet_statement_added():
    # held-out 133 AD064: '"Some shrapnel fell in multiple places during that time without causing any significant
    # damage or any injuries to citizens," the Jordan cabinet statement added.' (IRN>ISR ASSAULT/MOBILIZE | JOR>-
    # STATEMENT): a third state named only as the reporter; both now found
    assert labels_found("heldout133_prose.tsv", "AD064") == [True, True]


def test_general_sentences():
    # the launcher named before its weapon's noun, and a third state only as the reporter
    kinds = _kinds(
        "Hezbollah fired dozens of rockets at northern Israel on Sunday.",
        "Two Hezbollah drones later crossed into Israeli airspace and were shot down, the army said.",
    )
    assert ("LBN", "ISR", "ASSAULT") in kinds
    kinds = _kinds(
        "Russia launched a wave of drones at Ukraine overnight.",
        "Fragments of a downed drone fell on a house in Kyiv, Poland's army said.",
    )
    assert ("RUS", "UKR", "ASSAULT") in kinds


def test_guards():
    # guards (pass on both): a state before a pronoun's saying verb is no reporter (held-out 166 AN005, "The strike
    # also wounded five Lebanese nationals, it added.", labelled ISR>LBN, gets no LBN>ISR attack), and the launcher
    # named as another party, not as its weapons' origin, still stops the carry (held-out 153 LB008, "According to
    # Russia's Ministry of Defence, Russian air defences also destroyed 86 Ukrainian drones overnight.", keeps its
    # labelled UKR>RUS attack)
    kinds = _kinds(
        "Hezbollah fired a barrage of rockets at northern Israel on Monday.",
        "The strike also wounded five Lebanese nationals, it added.",
    )
    assert ("LBN", "ISR", "ASSAULT") not in kinds and ("LBN", "ISR", "MOBILIZE") not in kinds
    assert labels_found("heldout153_prose.tsv", "LB008")[0]
