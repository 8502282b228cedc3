"""Actors round 90 (issue 13): round 89's surname tie (`gazetteer.tied_names`) read only for a run of capitalised
words shaped as a person's name (`gazetteer._person_run`): a person the article named in full in a sentence of one
state, whom no table holds and no rule read there, keeps that state when a later sentence names them by the surname
alone; the name of a thing (a sea, a weapon, a force, an exercise) ties nothing. Expected states read by hand from
the sentences."""

import datetime as dt

from prose_rows import last_sentence_states as _last


def test_a_surname_keeps_the_state_its_full_name_was_tied_to():
    # actors set 28's W018-W019 (development): "the head of the country's SBU security service, Vasyl Maliuk"
    found = _last([
        "Ukrainian President Volodymyr Zelenskiy said on Monday that he planned to replace the head of the country’s SBU "
        "security service, Vasyl Maliuk, as part of a wider reshuffle that has also seen a new prime minister appointed.",
        "Maliuk was appointed SBU chief in February 2023, having already served as acting head for months before.",
    ], dt.date(2025, 7, 21))
    assert found.get("Maliuk") == "UKR"
    # actors set 39's AH011-AH012 (development): "the country's most senior soldier, Valery Gerasimov"
    found = _last([
        "On January 11th Russia’s government announced that the country’s most senior soldier, Valery Gerasimov, had "
        "been appointed to oversee the war instigated by President Vladimir Putin.",
        "General Gerasimov replaces Sergei Surovikin, a ruthless general who in October was appointed the first "
        "official overall commander.",
    ], dt.date(2023, 1, 12))
    assert found.get("Gerasimov") == "RUS"


def test_written_sentences_of_the_same_shape():
    found = _last([
        "The Ghanaian government appointed the lawyer Kwabena Asantewaa to lead the inquiry.",
        "Asantewaa will report within three months.",
    ], dt.date(2025, 3, 4))
    assert found.get("Asantewaa") == "GHA"
    found = _last([
        "Chile's senate confirmed the economist Tomas Irarrazabal as head of the central bank on Wednesday.",
        "Irarrazabal said inflation would ease this year.",
    ], dt.date(2025, 5, 7))
    assert found.get("Irarrazabal") == "CHL"


def test_the_name_of_a_thing_ties_nothing():
    """A guard that holds with main's code too: a sea, a weapon's system, a force or an exercise named in a sentence of
    one state is no person of it, and its last word written alone later reads no state."""
    assert "Dome" not in _last([
        "Israel's Iron Dome intercepted most of the rockets on Tuesday.",
        "Dome batteries were moved north overnight.",
    ], dt.date(2024, 4, 2))
    assert "Shield" not in _last([
        "North Korea condemned Freedom Shield as a rehearsal for invasion.",
        "Shield drills will run for eleven days.",
    ], dt.date(2025, 3, 10))
    assert "Force" not in _last([
        "China's Rocket Force has replaced two of its commanders.",
        "Force officers were questioned this year.",
    ], dt.date(2024, 1, 2))
    # a run with no given name, no title before it and no verb of speech after it is no sure name
    assert "Kamotho" not in _last([
        "Kenya's parliament on Tuesday approved Wanjiru Kamotho as the new head of the revenue authority.",
        "Kamotho is expected to take up the post next month.",
    ], dt.date(2025, 3, 4))


def test_a_destination_an_origin_or_a_second_state_ties_no_one():
    """A guard that holds with main's code too: these readings must not change."""
    assert "Asantewaa" not in _last([
        "Kwabena Asantewaa will head for Washington on Sunday for talks.",
        "Asantewaa is expected to return next week.",
    ], dt.date(2025, 3, 4))
    assert "Asantewaa" not in _last([
        "Kwabena Asantewaa spoke about Kenya and Uganda on Sunday.",
        "Asantewaa is expected to return next week.",
    ], dt.date(2025, 3, 4))
