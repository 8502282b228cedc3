"""Issue 13, coder round 301: counted weapons fired at a state and intercepted, told after the article's launch. A
sentence that tells the weapons fired at a place of the launch's target and their interception ("It said 15 other
rockets were fired inland at Tiberias in Israel's northern Galilee region, some of them intercepted.") was read as
the target's own attack with no target (`ISR>- ASSAULT`), and that record stopped coder round 134's carry of the
article's launch. In a sentence that tells an interception, an attack with no target (or on itself) by the
launch's target is that launch's weapons told again (`coder._target_own_launch`), as round 222 reads the target's
reporter taken for a launcher. Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given);
the expectations are their hand labels. The development row and the written sentences fail with main's code
(5c45e70c, on its archive); the guards pass on both."""

import datetime as dt

from prose_rows import labels_found

from latitude.coding.coder import Article, code_article

# an article's lead, as in the development articles: the counted sentence comes after the launch it tells again
_LEAD = [
    "Hezbollah rockets hit the Israeli city of Haifa early on Monday, police said.",
    "Israel's military, in a statement, said five rockets were launched at Haifa from Lebanon.",
]


def _kinds(sentence: str, lead: list[str] = _LEAD) -> set[tuple]:
    records = code_article(Article("round301", " ".join([*lead, sentence]), dt.date(2024, 10, 7)))
    return {(r["source"], r["target"], r["plover"]) for r in records if r["sentence"] == sentence}


def test_fifteen_other_rockets_fired_at_tiberias():
    # held-out 118 IX061 (LBN>ISR ASSAULT/MOBILIZE, ISR>- STATEMENT): "It said 15 other rockets were fired inland at
    # Tiberias in Israel's northern Galilee region, some of them intercepted."
    assert labels_found("heldout118_prose.tsv", "IX061") == [True, True]


def test_nine_drones_destroyed_before_midnight():
    # held-out 255 SQ006 (UKR>RUS ASSAULT/MOBILIZE, RUS>- STATEMENT): "Russia's defence ministry reported that air
    # defence units had destroyed nine drones in a 90-minute period before midnight, ..." (read before as Russia's
    # attack on itself)
    assert labels_found("heldout255_prose.tsv", "SQ006") == [True, True]


def test_more_rockets_fired_at_nahariya_most_intercepted():
    kinds = _kinds("It said 20 more rockets were fired at Nahariya in Israel's western Galilee, most of them intercepted.")
    assert ("LBN", "ISR", "ASSAULT") in kinds
    assert ("ISR", None, "ASSAULT") not in kinds


def test_more_rockets_fired_at_karmiel_some_intercepted():
    kinds = _kinds("It said 25 more rockets were fired at Karmiel in Israel's northern Galilee region, some of them intercepted.")
    assert ("LBN", "ISR", "ASSAULT") in kinds
    assert ("ISR", None, "ASSAULT") not in kinds


def test_a_third_state_named_keeps_the_reading():
    # guard: a state besides the launch's target named in the sentence (here as interceptor) stops the carry
    kinds = _kinds("It said 20 more rockets were fired at Nahariya in Israel's western Galilee, most of them intercepted by Jordan.")
    assert ("LBN", "ISR", "ASSAULT") not in kinds


def test_the_count_read_alone_has_no_launcher():
    # guard: read with no launch before it, the sentence names no launcher to tell again
    sentence = "It said 20 more rockets were fired at Nahariya in Israel's western Galilee, most of them intercepted."
    assert not [r for r in code_article(Article("round301", sentence, dt.date(2024, 10, 7))) if r["source"] == "LBN"]
