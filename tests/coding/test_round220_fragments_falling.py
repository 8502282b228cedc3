"""Issue 13, coder round 220: the weapon's flight or fall after a launch fired at a state. Coder round 134's carry of the
article's launch fired at a state (`coder._carried_launch`) read a fall by "fell", "landed", "crashed" and the like
after a weapon's or the fragments' noun, not by their present participles: "... there are reports of shrapnel landing
in the city of Rishon Lezion." A fall verb's present participle right after the fragments' noun ("debris", "shrapnel",
"fragments") now tells the fall (`coder._fragments_falling`); after a weapon's noun further back it does not ("The
missile flew about 1,000km (621 miles) before crashing into the water, ...", held-out 118's IX028, would carry its
article's misread launch). Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given); the
expectations are their hand labels. The first two tests fail with main's code (d5de5d8a)."""

import datetime as dt

from prose_rows import labels_found

from latitude.coding.coder import Article, code_article


def _kinds(*sentences: str) -> set[tuple]:
    records = code_article(Article("round220", " ".join(sentences), dt.date(2025, 5, 9)))
    return {(r["source"], r["target"], r["plover"]) for r in records if r["sentence"] == sentences[-1]}


def test_shrapnel_landing_in_the_city():
    # held-out 197 YF008: "No injuries were reported in the attack, though there are reports of shrapnel landing in the
    # city of Rishon Lezion." (PSE>ISR ASSAULT/MOBILIZE), after YF001's "Terrorists operating in the Gaza Strip launched
    # rockets towards Tel Aviv ..."
    assert labels_found("heldout197_prose.tsv", "YF008") == [True]


def test_general_sentence():
    kinds = _kinds(
        "Hezbollah fired a barrage of rockets at northern Israel on Monday.",
        "Residents later reported debris crashing into several gardens.",
    )
    assert ("LBN", "ISR", "ASSAULT") in kinds or ("LBN", "ISR", "MOBILIZE") in kinds


def test_a_participle_far_after_the_weapon_is_not_read():
    # held-out 118 IX028: "The missile flew about 1,000km (621 miles) before crashing into the water, South Korea's
    # military said." (PRK>- MOBILIZE | KOR>- STATEMENT): its article's launch was read as aimed at Japan, and the
    # participle after "missile" further back is not carried
    kinds = _kinds(
        "North Korea fired a missile toward Japan on Tuesday.",
        "The missile flew about 1,000km (621 miles) before crashing into the water, South Korea's military said.",
    )
    assert ("PRK", "JPN", "ASSAULT") not in kinds and ("PRK", "JPN", "MOBILIZE") not in kinds
