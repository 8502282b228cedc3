"""Actors round 33 (issue 13): ranks and titles before a name whose state the apposition after the name gives. An
office written with no "of" before a state's command or force ("Admiral Samuel J. Paparo, Commander, United States
Indo-Pacific Command"), an office "of" a numbered unit and the state ("commander of the 7th Fleet of the U.S. Navy")
and an assistant's office after the state ("US Assistant Secretary of Defence") are the name's state's. Probes quote
development sentences (held-out actors 23, 24 and 32); expected states read from the sentences by hand."""

import datetime as dt

from actor_probe import state_of


def test_an_office_before_a_states_command_with_no_of():
    # held-out actors 32 AA015
    sentence = ("He will also meet Admiral Samuel J. Paparo, Commander, United States Indo-Pacific Command "
                "(USINDOPACOM), and Admiral Stephen T. Koehler, Commander, United States Pacific Fleet (USPACFLT), "
                "besides other senior naval leadership and dignitaries.")
    assert state_of(sentence, "Samuel J. Paparo", dt.date(2025, 11, 13)) == "USA"
    assert state_of(sentence, "Stephen T. Koehler", dt.date(2025, 11, 13)) == "USA"


def test_an_office_of_a_numbered_unit_of_the_state():
    # held-out actors 24 R027
    assert state_of("Marking the arrival, Vice Adm. Fred Kacher, commander of the 7th Fleet of the U.S. Navy, said "
                    "that he appreciates Japan's acceptance of the George Washington.", "Fred Kacher",
                    dt.date(2024, 11, 22)) == "USA"


def test_an_assistants_office_after_the_state():
    # held-out actors 23 Q044
    assert state_of("Earlier, commenting on the changes in Ukraine's military leadership, Celeste Wallander, US "
                    "Assistant Secretary of Defence, reaffirmed the US’s readiness to work with the new "
                    "commander-in-chief of the Ukrainian Armed Forces.", "Celeste Wallander",
                    dt.date(2024, 2, 9)) == "USA"
