"""PLOVER round 118 (issue 13): aid told by its carrier's arrival or departure ("A Saudi cargo plane loaded with 70 tons
of foodstuffs ... arrived in Sana'a today.") is, in a sentence read alone, the giving of aid (AID, CAMEO 070) and comes
first when the coder read the carrier's arrival as a visit (CONSULT), a statement with no type, or nothing
(`coder._carried_aid_first`). The development rows quoted are from the real-news sets BP, G, BQ and BO."""

from latitude.coding.coder import code_sentence


def _first(sentence: str) -> tuple:
    records = code_sentence(sentence)
    assert records
    return records[0]["plover"], records[0]["source"], records[0]["target"]


def test_a_cargo_plane_of_foodstuffs_arrived_is_aid_not_a_visit():
    # BP038 (AID SAU > YEM; main's code: CONSULT SAU > YEM)
    assert _first(
        "A Saudi cargo plane loaded with 70 tons of foodstuffs, including wheat, rice, oil, milk and biscuits, arrived "
        "in Sana’a today."
    ) == ("AID", "SAU", "YEM")


def test_a_flight_from_a_state_carrying_relief_gives_its_state_as_the_giver():
    # G007 (AID ARE > PAK; main's code: CONSULT with no source)
    assert _first(
        "The first flight from the United Arab Emirates carrying flood relief assistance arrived at Noor Khan Air Base "
        "Rawalpindi on Tuesday."
    ) == ("AID", "ARE", "PAK")


def test_supplies_donated_by_a_state_reached_a_capital():
    # BQ030 (AID PAK > AFG; main's code: CONSULT PAK > AFG)
    assert _first(
        "Tons of food and medical supplies donated by Pakistan reached Kabul on Thursday afternoon to address the "
        "impending humanitarian crisis in Afghanistan."
    ) == ("AID", "PAK", "AFG")


def test_an_aircraft_landed_with_aid_for_a_third_place():
    # BO014 (AID RUS > PSE; main's code: no record): the receiver is the one the aid is for, not the airport's state
    assert _first(
        "An IL-76 aircraft from the Russian Emergencies Ministry, carrying 27 tons of humanitarian aid for the Gaza "
        "Strip's population, has landed at El-Arish Airport in Egypt, a TASS correspondent reports."
    ) == ("AID", "RUS", "PSE")


def test_a_general_sentence_a_relief_plane_arrived():
    # Main's code: CONSULT KWT > LBN
    assert _first("A third Kuwaiti relief plane arrived at Beirut airport on Thursday.") == ("AID", "KWT", "LBN")


def test_a_general_sentence_a_convoy_of_trucks_reached():
    # Main's code: CONSULT EGY > PSE
    assert _first(
        "A convoy of trucks carrying Egyptian relief supplies reached the Gaza Strip on Saturday."
    ) == ("AID", "EGY", "PSE")


def test_a_general_sentence_a_cargo_plane_for_a_state_arrived_in_its_capital():
    # Main's code: CONSULT CHN > NPL
    assert _first(
        "A Chinese cargo plane carrying relief supplies for Nepal arrived in Kathmandu on Tuesday."
    ) == ("AID", "CHN", "NPL")


def test_aid_told_in_the_future_is_not_given():
    # A carrier that "will land" tells a pledge, not aid given: no AID record, as on main's code
    records = code_sentence("A plane carrying aid from Turkey will land in Damascus on Friday, officials said.")
    assert all(r["plover"] != "AID" for r in records)


def test_a_minister_arriving_is_still_a_visit():
    assert _first("The Chinese foreign minister arrived in Islamabad on a two-day visit.") == ("CONSULT", "CHN", "PAK")


def test_the_sentence_own_act_before_an_aid_convoy_stays_first():
    # V051 (REQUEST IGO > PSE): the call is the act; the trucks' arrival is its background
    assert _first(
        "U.N. agencies called on Saturday for a ceasefire and unrestricted humanitarian access throughout Gaza after 20 "
        "trucks carrying a shipment of aid reached the enclave."
    )[0] == "REQUEST"
