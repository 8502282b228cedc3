"""Issue 13, coder round 208: the article's act told again by its noun, coded earlier but not carried. Coder round
169's reader of the article's attack told again by its noun as the subject of a verb of time (`coder._timed_attack`:
"The attack came as ...") took only verbs of time, so the same subject with a verb of result ("The strikes mark a
dangerous new escalation ...", "The attack marks the Houthis' first attack on a ship since ...") was lost though the
article's attack was coded on an earlier row. The verbs of result "mark(s)", "marked", "triggered" and "caused" now
count as well (`coder._TIMED_VERBS`; code_article only). Rows are quoted from cited development sets
(tests/fixtures/coding/, row ids given); the expectations are their hand labels. The first three tests fail with main's
code (d9514fcd)."""

import datetime as dt

from prose_rows import labels_found

from latitude.coding.coder import Article, code_article


def _second(text: str) -> set[tuple]:
    records = code_article(Article("round208", text, dt.date(2025, 5, 8)))
    second = text.split(". ", 1)[1]
    return {(r["source"], r["target"], r["plover"]) for r in records if r["sentence"] == second}


def test_the_strikes_mark_a_new_escalation():
    # held-out 160 ET009: "The strikes mark a dangerous new escalation in already sky-high tensions between India and
    # Pakistan, ..." (IND>PAK ASSAULT/MOBILIZE), after the article's Indian strikes on Pakistan
    assert labels_found("heldout160_prose.tsv", "ET009")[0]


def test_the_attack_marks_the_first_attack():
    # held-out 197 ZD002: "The attack marks the Houthis' first attack on a ship since Israel struck the Port of
    # Hudaydah, ..." (YEM>- ASSAULT/MOBILIZE)
    assert labels_found("heldout197_prose.tsv", "ZD002")[0]


def test_a_general_sentence():
    kinds = _second(
        "Pakistan fired missiles at Indian military bases on Saturday, India's army said. "
        "The attack marked a sharp escalation between the two neighbours."
    )
    assert ("PAK", "IND", "ASSAULT") in kinds


def test_guards():
    # guards (pass on both): a hedged or future verb is no retelling, and another state's attack is not the article's
    assert not any(k[2] == "ASSAULT" for k in _second(
        "Russia fired missiles at Ukraine's capital on Sunday, Ukrainian officials said. "
        "The attack may have triggered air raid alerts across the whole country."
    ))
    assert ("RUS", "UKR", "ASSAULT") not in _second(
        "Russia fired missiles at Ukraine's capital on Sunday, Ukrainian officials said. "
        "Japan's attack marked a turn in the war."
    )
