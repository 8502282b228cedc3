"""Actors round 52 (issue 13): the article's own office beats the tables' holder of a name. The development sort of the
people read as another state's, or not at all, whose state the sentence writes with the office before or after the name
(held-out actors 18-51, read by article) found the tables' holder winning over the state's office in several shapes: a
titled first name the tables hold for another state ("Lebanese Foreign Minister Abdullah Bou Habib": the tables'
"Foreign Minister Abdullah" is Afghanistan's), a state's body the tables give another state between the state and the
name ("US Chairman of the Joint Chiefs of Staff General Mark Milley": the tables' "Joint Chiefs of Staff" is South
Korea's), a first name read as a place or another state's word ("Victoria", "Nasser"), and a surname that is a state's
name after a legislature's title with no state ("Rep. Jordan"). The construction taken is the first two: a state's office
written right before the name decides the person's state over the tables' reading of the office's words or the name.
Probes quote development sentences (held-out actors 40 AI036, 42 AK038) and general sentences; expected states read
from the sentences by hand."""

import datetime as dt

from prose_rows import states_over


def test_a_states_office_before_a_titled_name_the_tables_give_another_state():
    # held-out actors 40 AI036
    sentence = ("Thus, Bourita discussed ways to strengthen bilateral cooperation in areas of common interest with Libyan "
                "Foreign Affairs ministry's Business Management Director, Taher Salem Al Baour, Mauritanian Foreign "
                "Minister Mohamed Salem Ould Marzouk and Lebanese Foreign Minister Abdullah Bou Habib.")
    assert states_over(sentence, "Abdullah Bou Habib", dt.date(2023, 12, 20), clauses=True) == {"LBN"}
    # a general sentence
    sentence = "Kuwaiti Foreign Minister Abdullah Al-Yahya met the visiting delegation in Kuwait City on Monday."
    assert states_over(sentence, "Abdullah Al-Yahya", dt.date(2024, 9, 2), clauses=True) == {"KWT"}


def test_a_states_office_before_a_body_the_tables_give_another_state():
    # held-out actors 42 AK038
    sentence = ("Head of the Office of the President of Ukraine Andriy Yermak and Commander-in-Chief of the Armed Forces "
                "of Ukraine, General Valerii Zaluzhny held a phone conversation with US President’s National Security "
                "Advisor Jacob Sullivan and US Chairman of the Joint Chiefs of Staff General Mark Milley as part of the "
                "ongoing dialogue.")
    assert states_over(sentence, "Mark Milley", clauses=True) == {"USA"}
    # a general sentence
    sentence = "The talks were attended by US Chairman of the Joint Chiefs of Staff General Dan Caine on Tuesday."
    assert states_over(sentence, "Dan Caine", dt.date(2025, 6, 3), clauses=True) == {"USA"}


def test_the_tables_holder_is_kept_where_no_states_office_heads_the_name():
    # guards from the development diff: a comma between the office and the name (actors 31 Z027), a plural office over a
    # list of two states' ministers (actors 19 N057), a nationality before an organisation's official (actors 41
    # AJ033), a dateline's state before a name the tables hold in full (held-out 16 P024)
    sentence = ("In the meeting with the Venezuelan ambassador, Raisi stated that the relations between the two "
                "countries are very close and friendly.")
    assert states_over(sentence, "Raisi", dt.date(2023, 6, 12), clauses=True) == {"IRN"}
    sentence = ("Statement given yesterday from UK and Italian Foreign and Defence Ministers Yvette Cooper, Antonio "
                "Tajani, John Healey and Guido Crosetto following a virtual meeting.")
    assert "ITA" not in states_over(sentence, "Yvette Cooper", dt.date(2025, 7, 1), clauses=True)
    sentence = ("The United Nations on Thursday approved Austrian diplomat Volker Turk to be its new high commissioner "
                "for human rights, replacing former Chilean president Michelle Bachelet in the sensitive, high-profile "
                "post.")
    assert states_over(sentence, "Volker Turk", clauses=True) == {"IGO"}
    sentence = ("HANOI, Vietnam—President Joe Biden arrived in Vietnam on Sept. 10 after wrapping up his meetings at "
                "the G20 summit in India.")
    assert states_over(sentence, "Joe Biden", dt.date(2023, 9, 10), clauses=True) == {"USA"}
