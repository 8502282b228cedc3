"""Issue 13, coder round 202: a weapon told as the subject of its hit. "A Russian drone struck an apartment building in
Kharkiv ..." was typed a violent protest (CAMEO 145) by the lexicon's "struck" beside a building's noun, and the
article left the protest out, so the row had no record of the attack at all. A verb of hitting (`_WEAPON_HITS`) with a
weapon's noun (`WEAPON_NOUNS`) at most four words before it, typed 145, is now the attack (CAMEO 190, ASSAULT)
(`coder._weapon_hit_typed`, in `analyse`). Rows are quoted from cited development sets (tests/fixtures/coding/, row ids
given); the expectations are their hand labels. The first four tests fail with main's code (25f53085)."""

import datetime as dt

from prose_rows import all_found

from latitude.coding.coder import Article, analyse, code_article


def _kinds(text: str) -> set[tuple]:
    records = code_article(Article("round202", text, dt.date(2024, 11, 13)))
    return {(r["source"], r["target"], r["plover"]) for r in records}


def test_a_drone_striking_an_apartment_building():
    # held-out 160 KH001: "A Russian drone struck an apartment building in Kharkiv's Saltivskyi district on Wednesday,
    # November 13, wounding four people." (RUS>UKR ASSAULT/MOBILIZE)
    assert all_found("heldout160_prose.tsv", "KH001")


def test_the_drone_carried_to_the_next_sentence():
    # held-out 160 KH003: "According to Terekhov, the drone hit an apartment block in the Saltivskyi district."
    # (RUS>UKR ASSAULT/MOBILIZE | UKR>- STATEMENT), the attack of KH001 carried
    assert all_found("heldout160_prose.tsv", "KH003")


def test_a_drone_striking_after_a_time_phrase():
    # held-out 160 KI001: "In the early hours of April 23, a Russian drone struck an apartment building in the
    # Industrialnyi district of Kharkiv." (RUS>UKR ASSAULT/MOBILIZE)
    assert all_found("heldout160_prose.tsv", "KI001")


def test_a_general_sentence():
    kinds = _kinds("Russian drones struck an apartment building in Sumy overnight.")
    assert ("RUS", "UKR", "ASSAULT") in kinds and not any(k[2] == "PROTEST" for k in kinds)


def test_no_weapon_no_retyping():
    # guards (pass on both): a verb of hitting with no weapon's noun before it keeps the lexicon's type, and a weapon's
    # hit typed otherwise is untouched
    found = analyse("Russian forces struck an apartment building in Kharkiv on Wednesday.")
    assert found is not None and found.event.cameo == "145"
    assert _kinds("A Ukrainian drone struck an oil depot in the Rostov region.") == {("UKR", "RUS", "ASSAULT")}
