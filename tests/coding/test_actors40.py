"""Actors round 40 (issue 13): people resolved to the wrong state. The development sort found the largest general
cause in a name whose first word the tables give someone else alone: "Iranian Foreign Ministry spokesman Nasser
Kanaani" read as Egypt's (Phoenix's "Nasser"), "Bahrain Foreign Minister Khalid bin Ahmed ... Al Khalifa" as Saudi
Arabia's (its king Khalid). After an office another state's name or adjective opens, the one-word name that starts a
longer name is that state's holder's first name. Probes quote development sentences (held-out actors 37 AF010, 18
M002, 32 AA020) and general sentences; expected states read from the sentences by hand."""

import datetime as dt

from prose_rows import states_over


def test_a_first_name_after_another_states_office_is_that_states_holder():
    # held-out actors 37 AF010
    sentence = ("Iranian Foreign Ministry spokesman Nasser Kanaani attends in a news conference in Tehran, Iran "
                "November 1, 2022.")
    assert states_over(sentence, "Nasser Kanaani", dt.date(2022, 11, 1)) == {"IRN"}
    # held-out actors 18 M002
    sentence = ("She held bilateral meetings with Bahrain Foreign Minister Khalid bin Ahmed bin Mohammed Al Khalifa "
                "and Bangladesh's AK Abdul Momen.")
    assert "BHR" in states_over(sentence, "Khalid bin Ahmed", dt.date(2019, 3, 1))
    assert "SAU" not in states_over(sentence, "Khalid bin Ahmed", dt.date(2019, 3, 1))
    # a general sentence
    assert states_over("The Jordanian Foreign Ministry Spokesman Nasser Haddad said on Sunday that the talks would "
                        "resume.", "Nasser Haddad") == {"JOR"}


def test_the_tables_reading_stays_where_no_other_state_owns_the_office():
    # held-out actors 32 AA020: Pakistan's by the minister Naveed Qamar's surname, right by the tables
    sentence = ("US CENTCOM General Michael Erik Kurilla, along with a delegation, visited the General Headquarters "
                "(GHQ) in Rawalpindi and held a one-on-one meeting with Chief of Army Staff (COAS) General Qamar Javed "
                "Bajwa, a statement issued by the Pakistani military said.")
    assert "PAK" in states_over(sentence, "Qamar Javed Bajwa", dt.date(2022, 8, 18))
    assert states_over("Egypt under Nasser Tuesday marked the anniversary.", "Nasser") == {"EGY"}
    assert "USA" in states_over("The Biden Administration said on Monday it would act.", "Biden", dt.date(2023, 5, 1))
