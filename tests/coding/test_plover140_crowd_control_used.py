"""PLOVER round 140 (issue 13): crowd-control weapons used to disperse a crowd — a verb of using, deploying or firing
whose object holds tear gas, water cannon, rubber bullets, batons, truncheons, pepper spray or stun grenades, followed
by "to" and a verb of dispersing or driving back ("to disperse", "to break up", "to push back"), or by "against",
"on", "at" or "into" a crowd's noun, is crowd control, CAMEO 170 (COERCE), where main's code read "used ... water
cannons" as violent repression (175, ASSAULT) or the protest's words as PROTEST (`verbs._crowd_control_used`). The
development rows quoted are from the real-news sets AS, CA and AD (`COERCE`); the general sentences and the guards are
made up."""

from latitude.coding.coder import code_sentence
from latitude.coding.evaluate import classify
from prose_rows import lone_codes


def test_tear_gas_and_water_cannons_used_to_disperse():
    # AS020 (COERCE LKA > LKA; main's code: ASSAULT, CAMEO 175, the same pair)
    assert lone_codes(
        "Riot police used tear gas and water cannons to disperse protesters near the World Trade Center (WTC) in "
        "Colombo, a short while ago."
    ) == ("COERCE", "LKA", "LKA")


def test_rubber_bullets_used_to_push_back_crowds():
    # CA013 (COERCE NPL > NPL; main's code: ASSAULT, CAMEO 175, the same pair)
    assert lone_codes(
        "Nepali police used tear gas and rubber bullets to push back crowds of young protesters who attempted to "
        "storm the Parliament building, according to authorities and witnesses."
    ) == ("COERCE", "NPL", "NPL")


def test_water_cannon_used_to_disperse():
    # CA029 (COERCE GEO > GEO; main's code: ASSAULT, CAMEO 175, the same pair)
    assert lone_codes(
        "The police used a water cannon to disperse protesters in Tbilisi, arrests began, RIA Novosti correspondent "
        "reports."
    ) == ("COERCE", "GEO", "GEO")


def test_tear_gas_used_in_lima_is_typed_coerce():
    # AD054 (COERCE PER > PER; main's code: PROTEST by the classifier, no record)
    sentence = (
        "Police used tear gas to disperse protesters trying to protest in lima downtown, as hundreds took to the "
        "streets over the ousting of former President Pedro Castillo."
    )
    assert classify(sentence).plover == "COERCE"


def test_water_cannon_used_on_striking_teachers():
    # a general sentence (main's code: ASSAULT, CAMEO 175)
    assert lone_codes("Kenyan police used water cannon to disperse striking teachers in Nairobi on Tuesday.") == (
        "COERCE", "KEN", "KEN",
    )


def test_tear_gas_deployed_to_break_up_a_march():
    # a general sentence (main's code: AGREE)
    assert lone_codes("Peruvian police deployed tear gas to break up a march of farmers in Lima.") == ("COERCE", "PER", "PER")


def test_tear_gas_and_batons_used_against_demonstrators():
    # a general sentence (main's code: ASSAULT, CAMEO 175; the classifier PROTEST)
    sentence = "Serbian riot police used tear gas and batons against demonstrators outside the parliament in Belgrade."
    assert lone_codes(sentence) == ("COERCE", "SRB", "SRB")
    assert classify(sentence).plover == "COERCE"


def test_water_cannon_at_a_ship_is_left_alone():
    # guard, the same on main's code: no dispersal and no crowd, the force between states stays ASSAULT
    assert lone_codes("China's coast guard used water cannon to block a Philippine supply boat near Second Thomas Shoal.") == (
        "ASSAULT", "CHN", "PHL",
    )


def test_live_fire_keeps_the_force_reading():
    # guard, the same on main's code: live bullets and deaths are force, as the news sets label them
    assert lone_codes("Ugandan police used tear gas and live bullets to disperse protesters in Kampala, killing two people.")[0] == (
        "ASSAULT"
    )


def test_a_call_not_to_use_tear_gas_is_no_crowd_control():
    # guard, the same on main's code: a negated use tells no act
    records = code_sentence("Kenya's president urged police not to use tear gas to disperse protesters in Nairobi.")
    assert all(r["plover"] != "COERCE" for r in records)
