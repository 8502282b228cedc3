"""Issue 13, coder round 300: a strike told by a state's armed force as the subject of "hit", "launched" or "fired",
or of a present perfect ("has struck", "have hit"). Read alone the sentence gives the attack, but in an article it
falls under the register's threshold, and coder round 243's reader of a clause's striking subject (`_struck_owner`)
took only "struck", "targeted", "attacked", "bombed", "bombarded", "shelled" and "pounded" right after the subject; it
now takes "hit", "launched" and "fired" too, and an armed force's "has" or "have" right before the verb, not a
state's own perfect (habits and campaigns: "have regularly fired"). Rows are quoted from cited development sets
(tests/fixtures/coding/, row ids given); the expectations are their hand labels. The development rows and written
articles fail with main's code (8d2182ea, on its archive); the guard passes on both."""

import datetime as dt

from prose_rows import labels_found

from latitude.coding.coder import Article, code_article

_EARLIER = "Russia fired missiles at Kyiv on Monday, killing three people."
_LATER = "Residents said the explosions shook buildings across the area."


def _kinds(sentence: str) -> set[tuple]:
    # the sentence follows the article's first act of force (which coder round 290 reads apart) and is read as news
    records = code_article(Article("round300", " ".join([_EARLIER, sentence, _LATER]), dt.date(2025, 6, 12)))
    return {(r["source"], r["target"], r["plover"]) for r in records if r["sentence"] == sentence}


def test_the_israeli_army_launched_a_surprise_aerial_campaign():
    # held-out 257 XZ015 (ISR>PSE ASSAULT): "The Israeli army launched a surprise aerial campaign on the Gaza Strip on
    # March 18, killing at least 730 people ..."
    assert labels_found("heldout257_prose.tsv", "XZ015") == [True]


def test_the_us_forces_hit_two_houthi_weapon_storage_facilities():
    # held-out 269 QKA017 (USA>YEM ASSAULT, USA>- STATEMENT): "The U.S. forces hit two Houthi underground advanced
    # conventional weapon storage facilities with what it called multiple precision strikes in regions of
    # Houthi-controlled Yemen, CENTCOM said."
    assert labels_found("heldout269_prose.tsv", "QKA017") == [True, True]


def test_the_israeli_military_aircraft_also_hit_a_village():
    # held-out 269 QKA002 (ISR>LBN ASSAULT, LBN>- STATEMENT): "The Israeli military aircraft also hit the village of
    # Al-Najjariyah near the port city of Sidon, ..., the NNA said."
    assert labels_found("heldout269_prose.tsv", "QKA002") == [True, True]


def test_the_israeli_air_force_has_struck_houthi_targets():
    # held-out 149 NH007 (ISR>YEM ASSAULT): "In response, the Israeli air force has struck Houthi targets in Yemen,
    # including Sanaa's international airport."
    assert labels_found("heldout149_prose.tsv", "NH007") == [True]


def test_the_russian_armed_forces_have_hit_ukrainian_energy_facilities():
    # held-out 177 DR009 (RUS>UKR ASSAULT, RUS>- STATEMENT): "The Russian Armed Forces have hit Ukrainian energy
    # facilities in response to the AFU's attempts to strike at Russian territory, the Russian Defence Ministry has said."
    assert labels_found("heldout177_prose.tsv", "DR009") == [True, True]


def test_us_military_forces_have_struck_at_targets_in_yemen():
    # held-out 296 RJV024 (USA>YEM ASSAULT, USA>- STATEMENT): "U.S. military forces have struck at targets in
    # Houthi-controlled Yemen in the past 24 hours, ..., the U.S. Central Command (CENTCOM) said."
    assert labels_found("heldout296_prose.tsv", "RJV024") == [True, True]


def test_general_article_the_indian_army_hit_pakistani_army_posts():
    kinds = _kinds("The Indian army hit Pakistani army posts along the Line of Control, the officials said.")
    assert ("IND", "PAK", "ASSAULT") in kinds


def test_general_article_the_israeli_air_force_hit_hezbollah_positions():
    kinds = _kinds("The Israeli air force hit Hezbollah positions in southern Lebanon overnight, the military said.")
    assert ("ISR", "LBN", "ASSAULT") in kinds


def test_general_article_the_israeli_army_has_hit_hamas_positions():
    kinds = _kinds("The Israeli army has hit Hamas positions in Gaza, the military said.")
    assert ("ISR", "PSE", "ASSAULT") in kinds


def test_guard_a_states_own_perfect_is_a_habit_not_read():
    # a state, not its armed force, in the perfect: round 243's habits and campaigns ("have regularly fired")
    kinds = _kinds("Israel has hit targets in Syria many times over the years.")
    assert not any(k[0] == "ISR" and k[2] == "ASSAULT" for k in kinds)
