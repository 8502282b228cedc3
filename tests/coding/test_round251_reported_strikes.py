"""Issue 13, coder round 251: strikes told as a report verb's object with its "that" left out. Coder round 243's reader
of a state or its armed force (or a noun of attack with the doer's adjective) opening a clause as the subject of a past
verb of striking or harm (`coder._struck_owner`) takes the clause right after a report verb ("said", "reported",
"claimed", ...) as it takes one after "that": "Lebanese security sources in southern Lebanon said Israeli airstrikes hit
hills in ... southern Lebanon ...", read with `RULED_THRESHOLD` and keeping that state's attacks. Rows are quoted from
cited development sets (tests/fixtures/coding/, row ids given); the expectations are their hand labels. The first four
tests fail with main's code (8710b078, on its archive); the guard passes on both."""

import datetime as dt

from prose_rows import labels_found

from latitude.coding.coder import Article, code_article


def _kinds(*sentences: str) -> set[tuple]:
    records = code_article(Article("round251", " ".join(sentences), dt.date(2025, 5, 9)))
    return {(r["source"], r["target"], r["plover"]) for r in records if r["sentence"] == sentences[-1]}


def test_sources_said_israeli_airstrikes_hit_hills_in_southern_lebanon():
    # held-out 211 WQ006 (ISR>LBN ASSAULT, LBN>- STATEMENT): "Lebanese security sources in southern Lebanon said Israeli
    # airstrikes hit hills in the Iqlim al Tuffah region in southern Lebanon and combed areas at the outskirts of the
    # southern Lebanese village of Bint Jbeil."
    assert labels_found("heldout211_prose.tsv", "WQ006")[0]


def test_authorities_said_russian_troops_targeted_kramatorsk():
    # held-out 245 TU003 (RUS>UKR ASSAULT/MOBILIZE, UKR>- STATEMENT): "Local authorities said Russian troops targeted the
    # center of Kramatorsk, damaging two high-rise buildings, shops, and cars."
    assert labels_found("heldout245_prose.tsv", "TU003")[0]


def test_general_article_officials_said():
    kinds = _kinds(
        "Relations between the two neighbours have been tense for years.",
        "Analysts say the dispute over the border has deep roots.",
        "Officials said Israeli airstrikes hit targets in southern Lebanon on Sunday.",
    )
    assert ("ISR", "LBN", "ASSAULT") in kinds


def test_general_article_media_reported():
    kinds = _kinds(
        "Relations between the two neighbours have been tense for years.",
        "Analysts say the dispute over the border has deep roots.",
        "Local media reported Turkish warplanes bombed villages in northern Iraq overnight.",
    )
    assert ("TUR", "IRQ", "ASSAULT") in kinds


def test_a_habit_after_a_report_verb_keeps_none():
    # round 243's habits ("regularly", "since") stay out after a report verb as after "that"
    kinds = _kinds(
        "Relations between the two neighbours have been tense for years.",
        "Analysts say the dispute over the border has deep roots.",
        "Officials said Israeli airstrikes regularly hit targets in Lebanon since the war began.",
    )
    assert ("ISR", "LBN", "ASSAULT") not in kinds
