"""Actors round 43 (issue 13): first names the tables misread. The development sort of the people wrong or missed for
a first name read alone, an apposition not followed, an organisation's official read by nationality or an office the
tables do not know found the largest general construction in a one-word name the tables give a state (a Phoenix name
such as "Nasser", a first name such as "Philippe") that opens a longer name: the longer name is no table's person when
an apposition right after it gives another state's office or an organisation's own ("Nasser Kanaani, the spokesperson
for Iran's Foreign Ministry", "Philippe Lazzarini, the head of the United Nations Relief and Works Agency"), or when a
state's office written in lower case stands before it ("Iran's foreign ministry spokesman, Nasser Kanaani"); the name
is then read by its office. Probes quote development sentences (held-out actors 37 AF014 and AF019, 42 AK022 and
AK024) and general sentences; expected states read from the sentences by hand."""

import datetime as dt

from prose_rows import states_over


def _states_over(sentence: str, name: str, date: dt.date | None = None) -> set[str]:
    return states_over(sentence, name, date, clauses=True)


def test_a_first_name_before_an_apposition_of_another_states_office_is_no_table_person():
    # held-out actors 37 AF019
    sentence = ("Nasser Kanaani, the spokesperson for Iran’s Foreign Ministry, reacted on the same social network, "
                "writing that the meddlesome remarks of the U.S. Deputy Special Representative on Iran regarding our "
                "country’s presidential elections are nonsense and a clear act of interference.")
    assert _states_over(sentence, "Nasser Kanaani") == {"IRN"}
    # a general sentence
    sentence = "Nasser Haddad, the spokesman of Jordan's Ministry of Interior, said the border was closed."
    assert _states_over(sentence, "Nasser Haddad") == {"JOR"}


def test_a_first_name_before_an_organisations_office_is_the_organisations_official():
    # held-out actors 42 AK022 and AK024
    sentence = ("Philippe Lazzarini, the Commissioner-General of the United Nations Relief and Works Agency for "
                "Palestine Refugees (UNRWA), announced on Tuesday that 160 of the agency’s facilities in the Gaza "
                "Strip have been completely destroyed.")
    assert _states_over(sentence, "Philippe Lazzarini") == {"IGO"}
    sentence = ("Philippe Lazzarini, the head of the United Nations Relief and Works Agency for Palestine Refugees "
                "(UNRWA), has strongly criticized recent calls for the agency's closure, labeling them "
                "\"short-sighted\" and warning of potential disastrous consequences for Gaza.")
    assert _states_over(sentence, "Philippe Lazzarini", dt.date(2024, 2, 13)) == {"IGO"}


def test_a_first_name_after_a_states_office_in_lower_case_is_no_table_person():
    # held-out actors 37 AF014
    sentence = ("Iran’s foreign ministry spokesman, Nasser Kanaani, at a press conference on the developments in Gaza "
                "and Western countries’ support for the Zionist regime, said: “Important developments are taking place "
                "in regard to Palestine and that region.")
    assert _states_over(sentence, "Nasser Kanaani", dt.date(2023, 10, 9)) == {"IRN"}


def test_a_first_name_with_no_office_beside_it_keeps_the_tables_reading():
    # the tables' reading stays where nothing says whose office the longer name holds (actors 30 Y049's
    # "Vladimir Titov" is Russia's by Phoenix's "Vladimir")
    assert _states_over("Vladimir Titov met the delegation in Moscow on Monday.", "Vladimir Titov") == {"RUS"}
    # and a plural office in the apposition is of a list of names, not of the name before it: the rule leaves the
    # first name's reading as it was (the tables' Egyptian "Nasser"), giving it neither Jordan nor Yemen
    sentence = "Nasser Haddad and Ali Saleh, the ministers of Jordan and Yemen, met on Monday."
    assert _states_over(sentence, "Nasser Haddad") == {"EGY"}
