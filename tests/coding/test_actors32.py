"""Actors round 32 (issue 13): people named with a rank or a surname alone whose state the same sentence gives in an
office said of them, and names a table or a rank word read wrongly. An office after a name's honours ("General Syed
Asim Munir, NI (M), Chief of Army Staff (COAS) of Pakistan"), after "is", "was" or "as" ("General Syed Asim Munir is
the Pakistan Army Chief", "Sullivan is the first US national security advisor"), or "of" a body in lower case and the
state ("vice-chief of the defense staff of Canada") is the name's state's; a place's name right after a rank or a form
of address is a person's ("Vice Admiral Kanchana Banagoda"); a second office holder joined by "and" to a holder named
after a state's office is the state's also when the first holder's name ends the tokens' run before "and" ("U.S.
Commerce Secretary Howard Lutnick and Energy Secretary Chris Wright"). Probes quote development sentences (held-out
actors 23, 26, 28, 29 and 31); expected states read from the sentences by hand."""

import datetime as dt

from actor_probe import state_of


def test_an_office_after_a_names_honours_or_a_predicate_is_its_states():
    # held-out actors 29 X001, 31 Z019, 23 Q014, 26 U003
    assert state_of("Lieutenant General Simon Stuart, Chief of the Australian Army called on General Syed Asim Munir, "
                    "NI (M), Chief of Army Staff (COAS) of Pakistan here Monday at the General Headquarters (GHQ).",
                    "Syed Asim Munir", dt.date(2024, 11, 11)) == "PAK"
    assert state_of("General Syed Asim Munir is the Pakistan Army Chief, a key figure in the country's defence "
                    "strategy, while Lieutenant General Simon Stuart leads the Australian Armed Forces at a time of "
                    "growing military cooperation between Australia and Pakistan.", "Syed Asim Munir",
                    dt.date(2024, 11, 12)) == "PAK"
    assert state_of("President Tinubu has nominated General Christopher Gwabin Musa as Nigeria’s new Minister of "
                    "Defence, following the resignation of Alhaji Mohammed Badaru Abubakar on Monday.",
                    "Christopher Gwabin Musa") == "NGA"
    assert state_of("Sullivan is the first US national security advisor to visit China in eight years.", "Sullivan",
                    dt.date(2024, 8, 29)) == "USA"


def test_an_apposition_of_a_body_in_lower_case_and_the_state():
    # held-out actors 31 Z006
    assert state_of("During the visit to Canada, the army chief met Lieutenant General Stephen R Kelsey, vice-chief of "
                    "the defense staff of Canada.", "Stephen R Kelsey", dt.date(2024, 10, 26)) == "CAN"


def test_a_places_name_after_a_rank_is_a_persons():
    # held-out actors 28 W041
    assert state_of("Admiral Dinesh K Tripathi, the Chief of Naval Staff of the Indian Navy, who is in Sri Lanka on a "
                    "four-day official visit, met with the Commander of the Sri Lanka Navy, Vice Admiral Kanchana "
                    "Banagoda at the Navy Headquarters in Colombo today (22).", "Kanchana Banagoda",
                    dt.date(2025, 9, 22)) == "LKA"


def test_a_second_holder_joined_by_and_to_a_states_office_holder():
    # held-out actors 26 U026, 29 X023
    assert state_of("He is expected to meet with U.S. Commerce Secretary Howard Lutnick and Energy Secretary Chris "
                    "Wright, along with other senior officials.", "Chris Wright", dt.date(2025, 8, 22)) == "USA"
    assert state_of("It includes Deputy Foreign Minister Mikhail Galuzin, Head of the Main Intelligence Directorate of "
                    "the Russian General Staff Igor Kostyukov, and Deputy Defense Minister Alexander Fomin.",
                    "Alexander Fomin", dt.date(2025, 5, 16)) == "RUS"
