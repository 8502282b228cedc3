"""PLOVER round 113 (issue 13): an organ named bare as the doer whose state is named later in the sentence only as the
owner of its own waters, territory, airspace, nationals, citizens or sovereignty gives the record with no source that
state (`coder._organ_own_domain_source`). The development rows quoted are from the real-news sets AF, AW, CU and M."""

from latitude.coding.coder import code_sentence


def _first(sentence: str) -> dict:
    records = code_sentence(sentence)
    assert records
    return records[0]


def test_a_coast_guard_arresting_fishermen_in_its_states_waters():
    # AW008 (COERCE IND > LKA)
    first = _first("A Coast Guard team apprehended 15 Sri Lankan fishermen found illegally fishing in Indian waters in the early hours of Monday.")
    assert (first["plover"], first["source"], first["target"]) == ("COERCE", "IND", "LKA")


def test_an_agency_arresting_fishermen_for_violating_its_states_territorial_waters():
    # AF013 (COERCE PAK > IND)
    first = _first("The Maritime Security Agency (MSA) arrested 40 Indian fishermen for violating Pakistan’s territorial waters on Thursday.")
    assert (first["plover"], first["source"], first["target"]) == ("COERCE", "PAK", "IND")


def test_a_foreign_ministry_protesting_remarks_about_its_nationals():
    # CU018 (ACCUSE BGD > IND)
    first = _first(
        "The foreign ministry today lodged a strong protest against the highly deplorable remarks reportedly made by "
        "Indian Home Minister Amit Shah about Bangladeshi nationals during his recent visit to Jharkhand."
    )
    assert (first["plover"], first["source"], first["target"]) == ("ACCUSE", "BGD", "IND")


def test_air_defence_units_intercepting_drones_over_their_states_territory():
    # M043 (ASSAULT RUS > UKR)
    first = _first(
        "Air defence units intercepted and destroyed 147 Ukrainian drones over Russian territory, including the Moscow "
        "region, overnight, the Defence Ministry said on Tuesday."
    )
    assert (first["plover"], first["source"], first["target"]) == ("ASSAULT", "RUS", "UKR")


def test_a_general_sentence_the_navy_seizing_a_boat_in_its_states_waters():
    first = _first("The navy seized a Vietnamese fishing boat for fishing illegally in Indonesian waters on Sunday.")
    assert (first["source"], first["target"]) == ("IDN", "VNM")


def test_a_diplomatic_mission_is_not_taken_as_the_organs_own():
    # Q015's shape: the mission named is the other state's; the rule leaves its source as it was
    records = code_sentence(
        "The Ministry of External Affairs (MEA) on Tuesday said that the Government of India has declared a Pakistani "
        "official at the Pakistan High Commission in New Delhi ‘persona non grata’ for engaging in activities "
        "incompatible with his diplomatic status."
    )
    assert all(r["source"] != "PAK" for r in records)


def test_a_subject_with_its_states_adjective_is_left_to_the_reading():
    # the doer's state is told in the subject: the rule does not apply, whatever the waters' owner
    first = _first("The Sri Lankan Navy detained seven Indian fishermen in Sri Lankan waters on Sunday.")
    assert first["source"] == "LKA"
