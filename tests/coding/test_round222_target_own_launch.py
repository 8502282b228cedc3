"""Issue 13, coder round 222: the row's own record of another pair after a launch fired at a state. The target's
reporter as the subject of a saying verb over the weapons' fall ("IDF Spokesman Daniel Hagari confirmed in a press
briefing that most of the rockets fell in open fields, causing no injuries.", "Airport authorities said the projectile
had landed by a road near a Terminal 3 parking lot.") was read as the target's own launch with no target
(`ISR>- MOBILIZE`), and that record stopped coder round 134's carry of the article's launch (`coder._carried_launch`).
Such a record (`coder._target_own_launch`) no longer stops the carry and gives way to the carried launch, unless the
sentence names that state as its weapons' origin ("... the missile was launched from Yemen, ...", held-out 182's TT003,
after a launch read the wrong way round). Rows are quoted from cited development sets (tests/fixtures/coding/, row ids
given); the expectations are their hand labels. The first three tests fail with main's code (91815195)."""

import datetime as dt

from prose_rows import labels_found

from latitude.coding.coder import Article, code_article


def _kinds(*sentences: str) -> set[tuple]:
    records = code_article(Article("round222", " ".join(sentences), dt.date(2025, 5, 9)))
    return {(r["source"], r["target"], r["plover"]) for r in records if r["sentence"] == sentences[-1]}


def test_the_spokesman_confirmed_the_rockets_fell():
    # held-out 149 ZN004 (LBN>ISR ASSAULT/MOBILIZE | ISR>- STATEMENT), after ZN001's "At least 40 rockets were fired
    # from Lebanon into northern Israel on Friday night, ..."
    assert labels_found("heldout149_prose.tsv", "ZN004")[0] is True


def test_airport_authorities_said_the_projectile_had_landed():
    # held-out 156 NY007 (YEM>ISR ASSAULT/MOBILIZE | ISR>- STATEMENT), after NY006's "Projectile debris from a Yemeni
    # missile scattered near Ben Gurion airport, the Israeli army said."
    assert labels_found("heldout156_prose.tsv", "NY007")[0] is True


def test_general_sentence():
    kinds = _kinds(
        "At least 20 rockets were fired from Lebanon into northern Israel on Monday.",
        "Police said the rockets had landed near a road outside Safed.",
    )
    assert ("LBN", "ISR", "ASSAULT") in kinds or ("LBN", "ISR", "MOBILIZE") in kinds
    assert ("ISR", None, "MOBILIZE") not in kinds


def test_the_state_named_as_the_origin_is_the_launcher():
    # held-out 182 TT003: "The army added that the missile was launched from Yemen, and the explosive sounds heard
    # moments earlier were due to the interceptor missiles." (YEM>ISR ASSAULT/MOBILIZE | ISR>- STATEMENT): its article's
    # launch was read the wrong way round (ISR>YEM); Yemen named as the origin keeps the carry from reading it
    assert labels_found("heldout182_prose.tsv", "TT003")[1] is True
