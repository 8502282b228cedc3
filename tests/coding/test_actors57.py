"""Actors round 57 (issue 13): a person's name word read as a state. The development sort of the people resolved to a
wrong state because a word of their name was read as a state or a place (held-out actors 18-56, read by article and
alone) found a state's own name as a surname or first name after a title that no state opens ("Rep. Jim Jordan",
"House Judiciary Committee Chairman Jim Jordan", "MEP Jordan Bardella") read as Jordan. A person's name follows a title;
a state's does not: a state's one-word name read alone as the state is not the state when it is a word of the name
right after a title (`gazetteer._place_word_in_titled_name`): the first name before a capitalised name word the tables
do not start, the surname alone, or the surname after one given name the tables read nothing in. Probes quote
development sentences (held-out actors 49 AR034 and AR038, 52 AU010, 55 AX022) and general sentences; the state the
sentence names elsewhere is still read."""

import datetime as dt

from prose_rows import states_over


def test_a_state_name_as_surname_after_a_title_is_not_the_state():
    # held-out actors 52 AU010
    sentence = ("Republican Rep. Jim Jordan (R-Ohio) described his plans for the House Judiciary Committee should he "
                "become chair next year.")
    assert states_over(sentence, "Jim Jordan", dt.date(2022, 1, 21), clauses=True) == set()
    # held-out actors 49 AR038
    sentence = ("House Judiciary Committee Chairman Jim Jordan will hold the first investigative hearing on Border "
                "Security on Wednesday.")
    assert states_over(sentence, "Jim Jordan", clauses=True) == set()
    # a general sentence
    sentence = "Senator Mark Chad told reporters that the bill would pass."
    assert states_over(sentence, "Mark Chad", dt.date(2024, 3, 4), clauses=True) == set()


def test_a_state_name_alone_after_a_title_is_not_the_state():
    # held-out actors 49 AR034
    sentence = ("In the ensuing two years, Rep. Jordan has issued at least 91 subpoenas to others in his role as "
                "chairman of the House Judiciary Committee and its Select Subcommittee on the Weaponization of the "
                "Federal Government (Weaponization Subcommittee).")
    assert states_over(sentence, "Jordan", clauses=True) == set()


def test_a_state_name_as_first_name_after_a_title_is_not_the_state():
    # held-out actors 55 AX022
    sentence = "At the helm of the movement presently is 27-year-old MEP Jordan Bardella."
    assert states_over(sentence, "Jordan Bardella", clauses=True) == set()
    # a general sentence: the state named after the name is still read
    sentence = "Spokesman Jordan Okafor said the delegation would fly to Jordan on Monday."
    raw_states = states_over(sentence, "Jordan Okafor", dt.date(2024, 3, 4), clauses=True)
    assert raw_states == set()
    assert states_over("The delegation would fly to Jordan on Monday.", "Jordan", clauses=True) == {"JOR"}
