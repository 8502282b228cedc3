"""Issue 13, coder round 267: a strike told by its weapon's noun with the doer's adjective as the subject. Coder round
243's reader of a state, its force or a noun of attack with the doer's adjective opening a clause as the subject of a
past verb of striking or harm (`coder._struck_owner`) also takes a weapon's noun ("missile", "drone", "rocket",
"bomb", "shell", "projectile", with words of its kind: "glide bomb", "artillery shell") with the doer's adjective as
the subject of a past verb of harm or of "crashed into", and a clause opened right after "when" or "after": "A Russian
glide bomb struck a five-story apartment block in Kharkiv, Ukraine's second-largest city, ...", read with
`RULED_THRESHOLD` and keeping that state's attacks. Rows are quoted from cited development sets
(tests/fixtures/coding/, row ids given); the expectations are their hand labels. The first four tests fail with main's
code (05210b66, on its archive); the guards pass on both."""

import datetime as dt

from prose_rows import labels_found

from latitude.coding.coder import Article, code_article


def _kinds(sentence: str) -> set[tuple]:
    # the sentence leads a short news report, as the development rows do, and is read under its register threshold
    text = " ".join([sentence, *_AFTER])
    records = code_article(Article("round267", text, dt.date(2025, 6, 12)))
    return {(r["source"], r["target"], r["plover"]) for r in records if r["sentence"] == sentence}


_AFTER = (
    "Rescue workers were still searching the rubble on Friday evening.",
    "The regional governor said emergency services were at the scene.",
)


def test_a_russian_glide_bomb_struck_an_apartment_block_in_kharkiv():
    # held-out 157 ST001 (RUS>UKR ASSAULT/MOBILIZE, UKR>- STATEMENT): "A Russian glide bomb struck a five-story
    # apartment block in Kharkiv, Ukraine's second-largest city, injuring at least 12 people including a 3-year-old
    # girl, local officials said Thursday."
    assert labels_found("heldout157_prose.tsv", "ST001")[0]


def test_killed_after_a_russian_drone_crashed_into_an_apartment_block_in_odesa():
    # held-out 165 IB001 (RUS>UKR ASSAULT/MOBILIZE): "Four people were killed, eight wounded and six still missing after
    # a Russian drone crashed into an apartment block in Ukraine's southern port city of Odesa on Saturday."
    assert labels_found("heldout165_prose.tsv", "IB001") == [True]


def test_general_article_a_glide_bomb_struck_a_school():
    kinds = _kinds("A Russian glide bomb struck a school in the Ukrainian city of Sumy, injuring at least nine people, "
                   "local officials said.")
    assert ("RUS", "UKR", "ASSAULT") in kinds


def test_general_article_wounded_after_a_drone_crashed_into_a_warehouse():
    kinds = _kinds("Three people were wounded after a Russian drone crashed into a warehouse in Ukraine on Sunday.")
    assert ("RUS", "UKR", "ASSAULT") in kinds


def test_a_weapon_that_crashed_with_no_into_keeps_no_strike():
    # a weapon that crashed somewhere is no strike on the state named: only "crashed into" is read
    kinds = _kinds("A Russian drone crashed in a field near the border with Ukraine, local officials said.")
    assert ("RUS", "UKR", "ASSAULT") not in kinds


def test_a_habit_of_weapons_keeps_none():
    # round 243's habits ("regularly", "since") stay out for a weapon's noun as for the act's noun
    kinds = _kinds("Russian missiles have regularly hit cities in Ukraine since the war began.")
    assert ("RUS", "UKR", "ASSAULT") not in kinds
