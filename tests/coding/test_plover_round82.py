"""PLOVER round 82 (issue 13): aircraft and ships intercepted.

In the development news rows labelled COERCE, "Two Canadian CF-18 fighter jets intercepted two Russian Bear long-range
bombers", "launched two F-22 fighter jets to intercept a pair of Tu-95 Bear long-range bombers", "scrambled eight
F-16 fighter jets to intercept a Russian IL-20" and "all were intercepted by Greek aircraft" were typed COOPERATE,
CONCEDE, RETREAT, ASSAULT or nothing, and "Three motorised vessels ... were intercepted" COOPERATE. A verb of
interception whose object (or passive subject) is an aircraft, or jets scrambled "to intercept", is CAMEO 170, and one
whose object is a ship, vessel or boat CAMEO 171 (PLOVER COERCE, `verbs._craft_intercepted`); a weapon named first
(missiles, rockets, drones, UAVs) keeps the reading of a shoot-down. Sentences quoted from the real-news development
sets (tests/fixtures/coding/plover_news_*.tsv); expected categories, sources and targets their hand labels.
"""

from latitude.coding.coder import classify, code_sentence
from latitude.coding.text import tokens
from latitude.coding.verbs import rule_match


def _words(sentence: str) -> list[str]:
    return tokens(sentence)  # the coder's words: lower case, hyphens and punctuation split off


def test_an_aircraft_intercepted_is_coerce():
    match, gated = rule_match(_words("Two fighter jets intercepted a foreign bomber near the coast on Monday."))
    assert match.code == "170" and not gated
    match, _ = rule_match(_words("The air force scrambled four jets to intercept the formation."))
    assert match.code == "170"
    match, _ = rule_match(_words("A patrol plane was intercepted by two fighters over the sea."))
    assert match.code == "170"
    match, _ = rule_match(_words("The coast guard intercepted a fishing boat in its waters."))
    assert match.code == "171"


def test_a_weapon_intercepted_or_a_noun_intercept_is_no_aircraft_interception():
    assert rule_match(_words("Air defences intercepted three missiles fired by enemy jets.")) is None
    assert rule_match(_words("Air defence units intercepted 41 aircraft-type unmanned aerial vehicles overnight.")) is None
    assert rule_match(_words("The fighters did not intercept the airliner.")) is None
    assert rule_match(_words("They protested over the mid-air intercept of the plane.")) is None


def test_fighter_jets_intercepting_bombers_is_coerce():
    # BI022 (COOPERATE before), BI021 (RETREAT), BH019 (COOPERATE), BH020 (ASSAULT), BI020 (CONCEDE), BH018 (no type)
    sentence = "Two Canadian CF-18 fighter jets intercepted two Russian Bear long-range bombers in the Beaufort Sea, the statement said."
    assert classify(sentence).plover == "COERCE"
    assert [(r["source"], r["target"], r["plover"]) for r in code_sentence(sentence)] == [("CAN", "RUS", "COERCE")]
    for sentence in (
        "Two Alaskan-based F-22 fighter jets intercepted two Russian IL-78 refueling tankers, two Russian Mig-31 "
        "fighter jets and two Russian Bear long-range bombers, a statement from NORAD said.",
        "At 10:30 on the morning of July 4, the US Air Force launched two F-22 fighter jets to intercept a pair of "
        "Tu-95 Bear long-range bombers off the coast of Alaska.",
        "NORAD launched Canadian and American fighter jets to intercept two Russian bombers near U.S. airspace, "
        "officials said Friday.",
        "Turkey scrambled eight F-16 fighter jets to intercept a Russian IL-20 over the Black Sea coast when the "
        "Russian military plane began flying parallel to Turkish airspace.",
        "The North American Aerospace Defense Command (NORAD) said that it had to scramble two pair of U.S. F-22 "
        "fighter jets to intercept the Russian formation on Tuesday.",
    ):
        assert classify(sentence).plover == "COERCE"
    assert code_sentence(
        "Two Alaskan-based F-22 fighter jets intercepted two Russian IL-78 refueling tankers, two Russian Mig-31 "
        "fighter jets and two Russian Bear long-range bombers, a statement from NORAD said."
    )[0]["plover"] == "COERCE"


def test_aircraft_or_vessels_intercepted_in_the_passive_are_coerce():
    # BG034 (COOPERATE before), AW010 (COOPERATE, no record before)
    sentence = (
        "Two of the Turkish jets were armed, the sources said, adding that all were intercepted by Greek aircraft in "
        "line with international rules of engagement."
    )
    assert classify(sentence).plover == "COERCE"
    assert [(r["source"], r["target"], r["plover"]) for r in code_sentence(sentence)] == [("GRC", "TUR", "COERCE")]
    sentence = "Three motorised vessels, with the foreign nationals on board, were intercepted about 160 nautical miles off Paradip coast."
    assert classify(sentence).plover == "COERCE"
    assert code_sentence(sentence)[0]["plover"] == "COERCE"


def test_intercepted_weapons_stay_assault():
    # A078, M043, AV016 (labelled ASSAULT, read so before and after) and a UAV intercepted (held-out prose)
    for sentence in (
        "Syrian forces on Monday intercepted and shot down three weaponized drones dispatched by a rebel group in the "
        "northwestern provinces of Idlib and Hama, the state news agency SANA reported.",
        "Air defence units intercepted and destroyed 147 Ukrainian drones over Russian territory, including the Moscow "
        "region, overnight, the Defence Ministry said on Tuesday.",
        "Syrian state media says government air defences have intercepted missiles fired by Israeli fighter jets near "
        "the capital, Damascus.",
        "\"This past night, air defense systems on duty intercepted and destroyed 41 Ukrainian aircraft-type unmanned "
        "aerial vehicles,\" the ministry said.",
    ):
        assert classify(sentence).plover == "ASSAULT"
