"""Issue 13, coder round 261: the act that provoked an attack, told beside it by its noun. Coder round 228's reader of
a row's second act (`coder._prior_strike`: the target's own strike named right after "after", "following", "in
response to") also takes the provoking act's noun of attack after its doer's possessive or adjective ("following
Iran's missile attack", "in response to Israel's raid"), the phrase "retaliation for" ("in what is seen as retaliation
for Iranian strikes on its territory"), and the provoking act's noun of attack or weapon with its doer after "from" or
"by" ("following missile attacks from Hezbollah"): T>S ASSAULT beside the row's S>T act, unless a third state is
named after the connective. Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given); the
expectations are their hand labels. The first eight tests fail with main's code (bfe6007a, on its archive); the
guards pass on both."""

import datetime as dt

from prose_rows import labels_found

from latitude.coding.coder import Article, code_article


def _kinds(*sentences: str) -> set[tuple]:
    records = code_article(Article("round261", " ".join(sentences), dt.date(2025, 5, 9)))
    return {(r["source"], r["target"], r["plover"]) for r in records if r["sentence"] == sentences[-1]}


def test_strikes_following_iran_s_missile_attack():
    # held-out 233 RP002 (ISR>IRN ASSAULT | IRN>ISR ASSAULT/MOBILIZE): "Israel launched strikes on Iranian military
    # targets following Iran's missile attack on October 1."
    assert labels_found("heldout233_prose.tsv", "RP002") == [True, True]


def test_airstrikes_following_missile_attacks_from_hezbollah():
    # held-out 253 XD001 (ISR>LBN ASSAULT | LBN>ISR ASSAULT/MOBILIZE): "Israel launched a series of airstrikes on Beirut,
    # the capital of Lebanon, following missile attacks from Hezbollah aimed at Israel."
    assert labels_found("heldout253_prose.tsv", "XD001") == [True, True]


def test_strikes_seen_as_retaliation_for_iranian_strikes():
    # held-out 230 WV001 (PAK>IRN ASSAULT/MOBILIZE | IRN>PAK ASSAULT/MOBILIZE): "Pakistan carried out drone and missile
    # strikes inside Iran early on Thursday, January 18, in what is seen as retaliation for Iranian strikes on its
    # territory on Tuesday."
    assert labels_found("heldout230_prose.tsv", "WV001") == [True, True]


def test_general_shelling_following_the_neighbour_s_attack():
    kinds = _kinds("Armenia shelled Azerbaijani positions near the border on Monday following Azerbaijan's attack on a village.")
    assert ("AZE", "ARM", "ASSAULT") in kinds


def test_general_strikes_in_retaliation_for_pakistani_strikes():
    kinds = _kinds("Afghanistan's forces struck border posts in Pakistan on Sunday in retaliation for Pakistani airstrikes in Paktika.")
    assert ("PAK", "AFG", "ASSAULT") in kinds


def test_general_rockets_in_response_to_israel_s_raid():
    kinds = _kinds("Hezbollah fired rockets at northern Israel on Friday in response to Israel's raid on a village in the south.")
    assert ("ISR", "LBN", "ASSAULT") in kinds


def test_general_jets_struck_in_response_to_rocket_fire_from_hamas():
    kinds = _kinds("Israeli jets struck Gaza on Tuesday in response to rocket fire from Hamas.")
    assert ("PSE", "ISR", "ASSAULT") in kinds


def test_general_shelling_after_artillery_fire_by_the_indian_army():
    kinds = _kinds("Pakistan shelled Indian posts on Friday after artillery fire by the Indian army.")
    assert ("IND", "PAK", "ASSAULT") in kinds


def test_guard_a_statement_after_the_connective_is_no_attack():
    # a provoking act that is no attack ("Syria's warning") is no second act
    kinds = _kinds("Israel struck targets in Syria on Monday following Syria's warning of a response.")
    assert ("ISR", "SYR", "ASSAULT") in kinds and ("SYR", "ISR", "ASSAULT") not in kinds


def test_guard_a_visit_from_the_target_is_no_attack():
    # "from" after a word that is no attack or weapon ("a visit from") names no doer of a second act
    kinds = _kinds("Israel struck targets in Syria on Monday after a visit from Syria's foreign minister to Moscow.")
    assert ("SYR", "ISR", "ASSAULT") not in kinds


def test_guard_a_third_state_after_the_connective():
    # a third state named after the connective makes the provoking act's target unclear (coder round 228's guard)
    kinds = _kinds("Israel struck targets in Lebanon following Iran's attack on the United States embassy.")
    assert ("IRN", "LBN", "ASSAULT") not in kinds and ("LBN", "ISR", "ASSAULT") not in kinds
