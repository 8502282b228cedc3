"""Issue 13, coder round 234: attacks read the wrong way round. The target's reporter named as the subject of a saying
verb, with the attacker named only by its adjective before the attack's noun ("Ukrainian officials said on Wednesday
that at least one person died in a Russian drone attack ...", "Syrian state media says the number of people killed in
overnight Israeli strikes in Syria has risen to 14 ..."), was read as the reporter's attack on the attacker
(`UKR>RUS`); the record is the attacker's act at the reporter (`coder._named_attacker` in `coder._origin_reversed`).
Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given); the expectations are their hand
labels. The first three tests fail with main's code (cecaf51c)."""

import datetime as dt

from prose_rows import labels_found

from latitude.coding.coder import Article, code_article


def _kinds(*sentences: str) -> set[tuple]:
    records = code_article(Article("round234", " ".join(sentences), dt.date(2025, 5, 9)))
    return {(r["source"], r["target"], r["plover"]) for r in records if r["sentence"] == sentences[-1]}


def test_officials_said_a_person_died_in_a_russian_drone_attack():
    # held-out 210 VZ001 (RUS>UKR ASSAULT/MOBILIZE | UKR>- STATEMENT)
    assert labels_found("heldout210_prose.tsv", "VZ001")[0] is True


def test_state_media_says_people_were_killed_in_israeli_strikes():
    # held-out 186 ZS001 (ISR>SYR ASSAULT): "DAMASCUS (AP) — Syrian state media says the number of people killed in
    # overnight Israeli strikes in Syria has risen to 14 with more than 40 wounded."
    assert labels_found("heldout186_prose.tsv", "ZS001")[0] is True


def test_general_sentence():
    kinds = _kinds("Iraqi officials said on Monday that three soldiers died in a Turkish drone strike near the border.")
    assert ("TUR", "IRQ", "ASSAULT") in kinds
    assert not any(k[:2] == ("IRQ", "TUR") and k[2] in ("ASSAULT", "MOBILIZE") for k in kinds)


def test_the_reporter_s_own_strike_is_kept():
    # the reporter named as the subject of its own strike keeps it
    kinds = _kinds("Israel struck Hezbollah positions in southern Lebanon on Monday, the army said.")
    assert ("ISR", "LBN", "ASSAULT") in kinds
