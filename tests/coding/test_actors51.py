"""Actors round 51 (issue 13): a person resolved from the article's own words. The development sort of the people
missed or read wrongly whose state's post the sentence writes in apposition after the name (held-out actors 18-50, read
by article) found the appositions `_apposition_state` does not follow: an adviser "to" a state's office holder
("Dmytro Lytvyn, advisor to the President of Ukraine", "Jake Sullivan, the National Security Advisor to the U.S.
President"), an office "of" a state's body the tables read as a titled person ("the head of Ukraine's Defence
Intelligence"), and offices no word list holds ("permanent representative of Russia"). The construction taken is the
first: an adviser to a state's office holder is that holder's state's, as a spokesperson "for" a body is the body's; an
adviser "to" a state (not its office holder) says nothing of the adviser's own state. Probes quote development
sentences (held-out actors 28 W023, 42 AK034) and general sentences; expected states read from the sentences by hand."""

import datetime as dt

from prose_rows import states_over


def test_an_adviser_to_a_states_office_holder_is_that_states():
    # held-out actors 28 W023
    sentence = "Dmytro Lytvyn, advisor to the President of Ukraine, told journalists about this, as reported by UNN."
    assert states_over(sentence, "Dmytro Lytvyn") == {"UKR"}
    # held-out actors 42 AK034
    sentence = ("Head of the Ukrainian President’s Office Andriy Yermak had a phone call with Jake Sullivan, the National "
                "Security Advisor to the U.S. President, in the framework of the ongoing dialogue with allies.")
    assert states_over(sentence, "Jake Sullivan") == {"USA"}
    # a general sentence
    sentence = "Marta Velloso, a senior adviser to the Brazilian president, said the talks would resume in March."
    assert states_over(sentence, "Marta Velloso", dt.date(2025, 2, 1)) == {"BRA"}


def test_an_adviser_to_a_state_is_not_read_as_its_national():
    # a guard: a foreign adviser to a government is no holder's adviser, and no state is given
    sentence = "Jonathan Whitcombe, an adviser to Ukraine on energy reform, said the grid was stable."
    assert states_over(sentence, "Jonathan Whitcombe", dt.date(2025, 2, 1)) == set()


def test_an_adviser_with_no_to_keeps_the_other_readings():
    # a guard: the office "of" a state is read as before (actors round 29)
    sentence = "Anna Kowalczyk, the national security adviser of Poland, met the delegation on Monday."
    assert states_over(sentence, "Anna Kowalczyk", dt.date(2025, 2, 1)) == {"POL"}
