"""PLOVER round 33 (issue 13): the target of a domestic act. A sentence whose act has a source and no target, that
names no other state and names a party inside the source's state (its rebels, insurgents, militants or opposition),
reports a domestic act: the PLOVER gold records and the news sets code it with the state as target. And the
Liberation Tigers (the LTTE) are Sri Lanka's rebels, not the bare Phoenix "Tigers" (SWZ). Sentences from the
development news set V and the PLOVER gold records; expected codes read by hand, as the sets label them."""

import datetime as dt

from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens
from prose_rows import lone_codes, lone_record


def test_an_act_of_or_on_a_states_rebels_or_opposition_has_the_state_as_target():
    # set V (V021, V048): rebels withdraw, release hostages
    assert lone_codes(
        "Sudanese rebels on Monday said they had withdrawn from a railway town they briefly occupied before the "
        "government launched air strikes."
    )[1:] == ("SDN", "SDN")
    assert lone_codes(
        "Muslim rebels released their remaining 89 hostages Wednesday in exchange for safe passage through Philippine "
        "military forces that had besieged them for 24 hours."
    )[1:] == ("PHL", "PHL")
    # set V (V004): government forces retake a town from Al Shabaab militants
    assert lone_codes(
        "Somali Federal Government forces have retaken control of a strategic town in Middle Shabelle region on "
        "Saturday from Al Shabaab militants, authorities said.",
        dt.date(2018, 3, 11),
    )[1:] == ("SOM", "SOM")
    # set V (V037, V086): an opposition's boycott, opposition leaders sentenced
    assert lone_codes(
        "Georgia's main opposition bloc has said it will boycott the country's new parliament, protesting against "
        "what it says was a rigged election, reported BBC.",
        dt.date(2008, 5, 24),
    ) == ("PROTEST", "GEO", "GEO")
    assert lone_codes(
        "Five opposition leaders in Guinea have been sentenced in connection with a series of protests that hit the "
        "country last week."
    ) == ("COERCE", "GIN", "GIN")
    # set A: a launch names no party inside the state, and keeps no target
    assert lone_record(
        "Seoul/Tokyo, Dec. 17 (Jiji Press)—North Korea fired a ballistic missile into the Sea of Japan on Sunday, the "
        "South Korean military said."
    )["target"] != "PRK"


def test_the_liberation_tigers_are_sri_lankas_rebels():
    # PLOVER gold record: COERCE LKA > LKA ("according to a press release by the Liberation Tigers" only reports it)
    sentence = (
        "The Sri Lankan army has been holding thousands of Tamil civilian refugees as human shields in the battle "
        "zones of the southern sector of the Jaffna peninsula, according to a press release by the Liberation Tigers."
    )
    tigers = [m for m in find_actors(raw_tokens(sentence)) if m.code in ("LKA", "SWZ") and m.sector == "rebels"]
    assert [m.code for m in tigers] == ["LKA"]
    assert lone_codes(sentence)[1:] == ("LKA", "LKA")
