"""Actors round 54 (issue 13): a place's name used as a first name. The development sort of the people whose first name
is a place's or a state's name, missed or read as that place (held-out actors 18-53, read by article and alone), found
most of them after an office title ("Paraguayan President Santiago Peña" read as the Chilean city, "US Deputy Secretary
of State Victoria Nuland" as the Seychelles, "Batman Mayor Gülistan Sönük" as Uzbekistan). Actors round 40's reading of
a one-word name as the first word of a longer name after an office another state opens (`gazetteer.
_first_of_longer_name`) now takes "President", "Mayor" and "Secretary of State" before a place's or a state's name (a
person the tables give keeps them). Probes quote development sentences (held-out actors 53 AV008, 39 AH003, 50 AS020) and
general sentences; expected states read from the sentences by hand."""

import datetime as dt

from prose_rows import states_over


def test_a_place_as_first_name_after_president():
    # held-out actors 53 AV008
    sentence = ("Paraguayan President Santiago Peña is due in La Paz on Thursday for talks with his local counterpart "
                "Luis Arce Catacora, Bolivia's Deputy Communications Minister Gabriela Alcón confirmed Tuesday.")
    assert states_over(sentence, "Santiago Peña", dt.date(2024, 6, 12), clauses=True) == {"PRY"}


def test_a_place_as_first_name_after_secretary_of_state():
    # held-out actors 39 AH003
    sentence = ("Kremlin spokesman Dmitry Peskov commented on statements by US Deputy Secretary of State Victoria Nuland "
                "about Washington’s support for Kyiv in attacking targets in Crimea.")
    assert states_over(sentence, "Victoria Nuland", clauses=True) == {"USA"}
    # a general sentence
    sentence = "The talks were led by US Secretary of State Jordan Miller and his deputy."
    assert states_over(sentence, "Jordan Miller", dt.date(2024, 3, 4), clauses=True) == {"USA"}


def test_a_place_as_first_name_after_mayor():
    # held-out actors 50 AS020
    sentence = ("The ministry cited the convictions and ongoing investigations over the membership of the PKK terrorist "
                "organization as the reason for the move targeting Mardin Mayor Ahmet Türk, Batman Mayor Gülistan Sönük "
                "and Halfeti Mayor Mehmet Karayılan.")
    assert states_over(sentence, "Gülistan Sönük", clauses=True) == {"TUR"}
    # a general sentence
    sentence = "Lebanese Mayor Jordan Haddad said the town had no water for a week."
    assert states_over(sentence, "Jordan Haddad", dt.date(2024, 3, 4), clauses=True) == {"LBN"}


def test_a_place_after_the_title_stays_a_place_before_a_place_noun():
    # a general sentence: "Jordan Valley" is a place (a place noun after the name)
    assert states_over("Finance Minister Jordan Valley officials met on Monday.", "Jordan", dt.date(2024, 3, 4),
                       clauses=True) == {"JOR"}
