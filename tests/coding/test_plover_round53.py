"""PLOVER round 53 (issue 13): target recall of acts of force inside one state. An attack, an arrest or a
raid (ASSAULT, COERCE) whose record has a source and no target, in a sentence that names no other state, names
the people it kills, wounds or holds ("civilians", "people", "soldiers", "a police convoy", "another bomber") and
no border or line of control, is done inside the source's state: its target is that state, as the news sets
label a state's forces acting on its own people and an armed group attacking its state's forces. Sentences
quoted from the real-news development sets (tests/fixtures/coding/plover_news_*.tsv), expected sources and
targets their hand labels."""

from latitude.coding.coder import code_sentence


def _pair(text: str) -> tuple[str | None, str | None]:
    first = code_sentence(text)[0]
    return first["source"], first["target"]


def test_civilians_killed_by_a_states_security_forces_are_that_states():
    # set AE, row AE003: labelled ASSAULT, IND > IND
    text = (
        "More than a dozen civilians were killed by Indian security forces in the northeastern state of Nagaland, "
        "government officials said Sunday."
    )
    assert _pair(text) == ("IND", "IND")


def test_people_killed_by_a_states_jets_in_a_valley_are_that_states():
    # set AE, row AE005: labelled ASSAULT, PAK > PAK
    text = (
        "Earlier on Tuesday, Pakistani military jets bombed an area in the nearby Swat valley killing at least 10 "
        "people and wounding dozens, a security official said."
    )
    assert _pair(text) == ("PAK", "PAK")


def test_soldiers_killed_by_guerillas_are_their_own_states():
    # set AD, row AD051: labelled ASSAULT, PHL > PHL
    text = (
        "Communist guerillas killed six Philippine soldiers and wounded six others on Tuesday, the military said, in "
        "one of the deadliest recent attacks in the country's 50-year-old Maoist insurgency."
    )
    assert _pair(text) == ("PHL", "PHL")


def test_a_bomber_detained_by_a_states_forces_is_that_states():
    # set AD, row AD003: labelled COERCE, AFG > AFG
    assert _pair("A spokesman said another bomber was detained by Afghan forces.") == ("AFG", "AFG")


def test_a_police_convoy_ambushed_by_gunmen_is_the_states():
    # set AI, row AI063: labelled ASSAULT, PAK > PAK
    text = (
        "LAHORE, Pakistan (AP) — Pakistani officials say gunmen armed with rocket-propelled grenades ambushed a police "
        "convoy in eastern Punjab province, killing at least 11 officers and wounding several others."
    )
    assert _pair(text) == ("PAK", "PAK")

