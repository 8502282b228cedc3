"""Issue 13, coder round 284: the article's attack told again by a counted or indefinite weapon as the subject of its
harm. A sentence whose doer is named only in an earlier sentence and that tells the weapon with "a", a count or "one
of the" ("Two bombs hit a car carrying civilians ...", "One of the bombs hit a cultural institution, ..."), or a
bomb's or shell's noun after "the" ("The bomb hit between the third and fourth floors of the building ..."), as the
subject of a verb of harm, is the article's last launch fired at a state, else its last attack of one state on another
(`coder._counted_weapons_told`), when it names no state but that act's two. Rows are quoted from cited development sets
(tests/fixtures/coding/, row ids given); the expectations are their hand labels. The development rows and written
sentences fail with main's code (e55a27cc, on its archive); the guards pass on both."""

import datetime as dt

from prose_rows import labels_found

from latitude.coding.coder import Article, code_article


def _kinds(lead: str, sentence: str) -> set[tuple]:
    # the weapon's sentence follows the lead that names the doer, as in the development articles
    records = code_article(Article("round284", " ".join([lead, sentence]), dt.date(2025, 6, 12)))
    return {(r["source"], r["target"], r["plover"]) for r in records if r["sentence"] == sentence}


_KHARKIV = "Russia struck the Ukrainian city of Kharkiv with guided bombs on Tuesday, local officials said."


def test_two_bombs_hit_a_car_carrying_civilians():
    # held-out 272 QVT021 (RUS>UKR ASSAULT): "Two bombs hit a car carrying civilians and set a residential building on
    # fire, Sinehubov said."
    assert labels_found("heldout272_prose.tsv", "QVT021")[0]


def test_one_of_the_bombs_hit_a_cultural_institution():
    # held-out 245 TU009 (RUS>UKR ASSAULT/MOBILIZE): "One of the bombs hit a cultural institution, seriously damaging
    # the building and setting off a fire."
    assert labels_found("heldout245_prose.tsv", "TU009") == [True]


def test_the_bomb_hit_between_the_third_and_fourth_floors():
    # held-out 157 ST002 (RUS>UKR ASSAULT/MOBILIZE, UKR>- STATEMENT): "The bomb hit between the third and fourth floors
    # of the building on Wednesday night, igniting blazes, Kharkiv regional Gov. Oleh Syniehubov said."
    assert labels_found("heldout157_prose.tsv", "ST002")[0]


def test_the_drone_started_a_fire_on_the_17th_floor():
    # held-out 255 SQ003 (UKR>RUS ASSAULT/MOBILIZE, RUS>- STATEMENT): "Andrei Vorobyov, governor of the Moscow region,
    # said the drone started a fire on the 17th floor of the building in the town of Krasnogorsk, ..."
    assert labels_found("heldout255_prose.tsv", "SQ003")[0]


def test_general_article_a_bomb_damaged_a_school():
    kinds = _kinds(_KHARKIV, "A bomb damaged a school in the Kyivskyi district, the mayor said.")
    assert ("RUS", "UKR", "ASSAULT") in kinds


def test_general_article_three_shells_struck_a_market():
    kinds = _kinds(_KHARKIV, "Three shells struck a market near the centre, wounding six people.")
    assert ("RUS", "UKR", "ASSAULT") in kinds


def test_a_negated_hit_keeps_no_carried_attack():
    # only a negation up to the verb undoes the act
    kinds = _kinds(_KHARKIV, "One of the bombs did not hit the school, the mayor said.")
    assert ("RUS", "UKR", "ASSAULT") not in kinds


def test_a_third_state_named_keeps_no_carried_attack():
    # a state other than the act's two named in the sentence: another act, not the article's
    kinds = _kinds(_KHARKIV, "A drone hit a farm in Poland, officials in Warsaw said.")
    assert ("RUS", "UKR", "ASSAULT") not in kinds and ("RUS", "POL", "ASSAULT") not in kinds
