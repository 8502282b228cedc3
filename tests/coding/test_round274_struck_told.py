"""Issue 13, coder round 274: the article's attack told again by what it struck, in the passive with no "by". A
sentence whose doer is named only in an earlier sentence and that tells a place or building of the target as hit,
struck, damaged, bombed, shelled, targeted or attacked ("Several districts in Kyiv were hit in the attack, said Kyiv
City Military Administration head Tymur Tkachenko.") is the article's last attack of one state on another
(`coder._struck_told`), when it names that attack's target and no other state. Rows are quoted from cited development
sets (tests/fixtures/coding/, row ids given); the expectations are their hand labels. The first nine tests fail with
main's code (0b63d84f, on its archive); the guards pass on both."""

import datetime as dt

from prose_rows import labels_found

from latitude.coding.coder import Article, code_article


def _kinds(lead: str, sentence: str) -> set[tuple]:
    # the passive sentence follows the lead that names the doer, as in the development articles
    records = code_article(Article("round274", " ".join([lead, sentence]), dt.date(2025, 6, 12)))
    return {(r["source"], r["target"], r["plover"]) for r in records if r["sentence"] == sentence}


_KHARKIV = "Russian missiles struck the Ukrainian city of Kharkiv overnight, local officials said."


def test_several_districts_in_kyiv_were_hit_in_the_attack():
    # held-out 255 TO003 (RUS>UKR ASSAULT/MOBILIZE, UKR>- STATEMENT): "Several districts in Kyiv were hit in the
    # attack, said Kyiv City Military Administration head Tymur Tkachenko."
    assert labels_found("heldout255_prose.tsv", "TO003")[0]


def test_buildings_were_damaged_in_the_city_of_kharkiv():
    # held-out 171 SX005 (RUS>UKR ASSAULT, UKR>- STATEMENT): "Civilian infrastructure, a school, a kindergarten and 10
    # apartment buildings were damaged in the city of Kharkiv, he said."
    assert labels_found("heldout171_prose.tsv", "SX005")[0]


def test_a_home_was_directly_hit_in_kiryat_shmona():
    # held-out 137 CB004 (LBN>ISR ASSAULT/MOBILIZE, ISR>- STATEMENT): "At least one home was directly hit in Kiryat
    # Shmona, the Times of Israel reported, citing local authorities."
    assert labels_found("heldout137_prose.tsv", "CB004")[0]


def test_an_educational_institution_was_also_damaged_in_the_cherkasy_region():
    # held-out 171 SX006 (RUS>UKR ASSAULT, UKR>- STATEMENT): "An educational institution was also damaged in the
    # Cherkasy region, regional governor Ihor Taburets said."
    assert labels_found("heldout171_prose.tsv", "SX006")[0]


def test_rocket_launchers_in_southern_lebanon_were_also_struck():
    # held-out 211 WQ003 (ISR>LBN ASSAULT, ISR>- STATEMENT): "The army said Hezbollah rocket launchers adjacent to a
    # military site in the area of Nabatieh, in southern Lebanon, were also struck."
    assert labels_found("heldout211_prose.tsv", "WQ003")[0]


def test_buildings_were_bombed_in_the_village_of_hula():
    # held-out 179 BO007 (ISR>LBN ASSAULT, ISR>- STATEMENT): "Buildings belonging to Hezbollah were bombed in the
    # village of Hula, in Marjayoun district, ..."
    assert labels_found("heldout179_prose.tsv", "BO007")[0]


def test_an_industrial_facility_in_odessa_was_hit():
    # held-out 257 XZ024 (RUS>UKR ASSAULT/MOBILIZE): "Despite the effective and fruitful work of air defense to repel
    # enemy attacks, unfortunately, an industrial facility in Odessa was hit, and residential buildings ..."
    assert labels_found("heldout257_prose.tsv", "XZ024") == [True]


def test_general_article_a_hospital_was_damaged_in_kharkiv():
    kinds = _kinds(_KHARKIV, "A hospital and two schools were damaged in Kharkiv, the regional governor said.")
    assert ("RUS", "UKR", "ASSAULT") in kinds


def test_general_article_a_power_station_in_kharkiv_was_struck():
    kinds = _kinds(_KHARKIV, "A power station in Kharkiv was struck twice, the mayor said on Telegram.")
    assert ("RUS", "UKR", "ASSAULT") in kinds


def test_nothing_damaged_keeps_no_attack():
    # a negation up to the passive verb undoes the act
    kinds = _kinds(_KHARKIV, "No buildings were damaged in Kharkiv, the mayor said.")
    assert ("RUS", "UKR", "ASSAULT") not in kinds


def test_a_third_state_named_keeps_no_carried_attack():
    # a place of another state is no place of the article's target: the carried attack is not read there
    kinds = _kinds(_KHARKIV, "A farm in Poland was hit in the night, officials in Warsaw said.")
    assert ("RUS", "UKR", "ASSAULT") not in kinds and ("RUS", "POL", "ASSAULT") not in kinds


def test_a_passive_in_a_clause_of_time_keeps_no_carried_attack():
    # held-out 215 BJ003 is labelled `-` ("Photos from the site showed ... after a car was heavily damaged on the street
    # below."): a passive after "after" is background to a main clause that tells no attack
    kinds = _kinds(_KHARKIV, "Photos showed smoke over central Kharkiv after a school was hit, residents said.")
    assert ("RUS", "UKR", "ASSAULT") not in kinds
