"""Issue 13, coder round 302: a third state's interception of weapons on their way to another. "Jordan's air force
intercepted and shot down dozens of Iranian drones that violated its airspace and were heading to Israel" was read in
an article as the owner's launch at the interceptor (`IRN>JOR`); the prose sets label the launch at the state the
weapons were heading to (`IRN>ISR`), the interceptor only as the reporter. `coder._bound_target` now gives an owner's
launch or attack record at the interceptor the third state named after "heading", "headed", "toward(s)", "bound",
"route" or "way" as its target. Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given);
the expectations are their hand labels. The development rows and the written articles fail with main's code
(131da49e, on its archive); the guard passes on both."""

import datetime as dt

from prose_rows import labels_found

from latitude.coding.coder import Article, code_article

_EARLIER = "Air raid sirens sounded across the region overnight."
_LATER = "Residents said the explosions shook buildings across the area."


def _kinds(sentence: str) -> set[tuple]:
    records = code_article(Article("round302", " ".join([_EARLIER, sentence, _LATER]), dt.date(2024, 4, 14)))
    return {(r["source"], r["target"], r["plover"]) for r in records if r["sentence"] == sentence}


def test_jordans_air_force_shot_down_iranian_drones_heading_to_israel():
    # held-out 133 AD058 (IRN>ISR ASSAULT/MOBILIZE): "AMMAN (Reuters) – Jordan's air force intercepted and shot down
    # dozens of Iranian drones that violated its airspace and were heading to Israel, two regional security sources said."
    assert labels_found("heldout133_prose.tsv", "AD058") == [True]


def test_jordanian_jets_shot_down_drones_on_the_way_to_attack_israel():
    # held-out 146 AP001 (IRN>ISR ASSAULT/MOBILIZE): "Fighter jets of the Jordanian Air Force shot down dozens of
    # Iranian drones crossing its airspace on the way to attack targets in neighboring Israel early on Sunday morning, ..."
    assert labels_found("heldout146_prose.tsv", "AP001") == [True]


def test_jordans_air_force_destroyed_drones_on_their_way_to_israel():
    # held-out 146 CH002 (IRN>ISR ASSAULT/MOBILIZE): "According to two regional security sources, Jordan's air force
    # intercepted and destroyed dozens of Iranian drones as they violated the Middle Eastern kingdom's airspace on their
    # way to targets in Israel."
    assert labels_found("heldout146_prose.tsv", "CH002") == [True]


def test_jordans_air_force_shot_down_drones_heading_towards_israel():
    # held-out 146 AV001 (IRN>ISR ASSAULT/MOBILIZE): "In a significant development, Jordan's air force has successfully
    # intercepted and shot down numerous Iranian drones that breached its airspace while heading towards Israel, ..."
    assert labels_found("heldout146_prose.tsv", "AV001") == [True]


def test_jordanian_air_defenses_intercepted_a_drone_headed_towards_eilat():
    # held-out 151 IH010 (IRQ>ISR ASSAULT/MOBILIZE): "In December, Jordanian air defenses intercepted an armed drone
    # fired by the group that was headed towards Eilat."
    assert labels_found("heldout151_prose.tsv", "IH010") == [True]


def test_general_article_jordans_air_force_destroyed_drones_heading_towards_israel():
    kinds = _kinds("Jordan's air force intercepted and destroyed several Iranian drones that crossed its airspace while heading towards Israel.")
    assert ("IRN", "ISR", "MOBILIZE") in kinds
    assert not any(k[:2] == ("IRN", "JOR") for k in kinds)


def test_general_article_egypts_defences_intercepted_drones_on_their_way_to_israel():
    kinds = _kinds("Egypt's air defences intercepted two drones fired by Yemen's Houthis on their way to Israel, officials said.")
    assert ("YEM", "ISR", "MOBILIZE") in kinds
    assert not any(k[:2] == ("YEM", "EGY") for k in kinds)


def test_guard_weapons_heading_to_the_interceptor_itself_stay_its_target():
    # the weapons were on their way to the interceptor: no third state, the launch is at the interceptor
    kinds = _kinds("Saudi air defences intercepted a ballistic missile fired by Yemen's Houthis toward Riyadh, the coalition said.")
    assert ("YEM", "SAU", "ASSAULT") in kinds


def test_guard_no_word_of_heading_keeps_the_interceptor_as_target():
    # no state the weapons were heading to: the owner's launch at the interceptor, as coder round 146 reads it
    kinds = _kinds("Jordan's air force intercepted and shot down Iranian drones over the north of the kingdom, the army said.")
    assert ("IRN", "JOR", "MOBILIZE") in kinds
