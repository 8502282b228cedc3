"""PLOVER round 47 (issue 13): the people expelled, deported, detained or summoned, told in the passive with no
doer named, are the act's patient; the other state acts on them. Sentences quoted from the real-news development
sets (tests/fixtures/coding/plover_news_*.tsv, labels by hand)."""

from latitude.coding.coder import code_sentence


def _first(text: str) -> tuple[str | None, str | None]:
    record = code_sentence(text)[0]
    return record["source"], record["target"]


def test_refugees_deported_from_two_states_are_deported_by_the_first():
    # set AF: labelled COERCE PAK;IRN > AFG
    text = (
        "Around 7,061 Afghan refugees were forcibly deported to Afghanistan from Pakistan and Iran on Thursday, "
        "according to Afghanistan’s High Commission for Addressing Refugee Affairs."
    )
    assert _first(text) == ("PAK", "AFG")


def test_a_diplomat_expelled_in_a_reported_clause_is_expelled_by_the_reporter():
    # set J: labelled SANCTION CAN > IND
    text = (
        "In a further deterioration of India-Canada relations, Canadian Foreign Minister Melanie Joy on Monday "
        "announced that an Indian diplomat has been expelled as Justin Trudeau alleged that the Indian government "
        "played a role in the killing of wanted Khalistani leader Hardeep Singh Nijjar."
    )
    assert _first(text) == ("CAN", "IND")


def test_an_embassy_attache_expelled_is_expelled_by_the_state_the_embassy_stands_in():
    # set T: labelled SANCTION VEN > USA
    text = (
        "David Delmonaco, an Air Force attache for the U.S. Embassy in Caracas, was expelled Tuesday “for being "
        "implicated in conspiratorial plans,” the country’s information ministry said."
    )
    assert _first(text) == ("VEN", "USA")


def test_diplomats_declared_persona_non_grata_are_expelled_by_the_host():
    # set R: labelled SANCTION USA > RUS ("United States" is no reporting verb "states")
    text = (
        "Two employees of the Russian diplomatic mission in the United States were declared persona non grata and "
        "expelled from the country."
    )
    assert _first(text) == ("USA", "RUS")


def test_expatriates_arrested_and_deported_are_deported_by_the_state_they_leave():
    # set A: labelled COERCE KWT > EGY
    text = "At least 21 Egyptian expatriates have been arrested and deported from Kuwait for supporting Mohamed ElBaradei."
    assert _first(text) == ("KWT", "EGY")



def test_a_host_who_welcomes_a_guest_for_a_state_visit_is_the_first_record_source():
    # set F: labelled CONSULT USA > CHN (the hosting verb comes before the visit noun)
    text = (
        "U.S. President Barack Obama welcomed Chinese President Xi Jinping and first lady Peng Liyuan at the White "
        "House for an official state visit Friday."
    )
    record = code_sentence(text)[0]
    assert (record["cameo"], record["source"], record["target"]) == ("043", "USA", "CHN")
