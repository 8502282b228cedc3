"""Actors round 23 (issue 13): a person no name table holds, named right after a state (or a state's place or body)
and an office, is that state's person ("Iranian Foreign Minister Abbas Araghchi", "his Omani counterpart Badr bin
Hamad Al Busaidi", "Tamil Nadu Chief Minister MK Stalin"). Probes quote development sentences (held-out actors 18,
19, 21 and 22); expected states read from the sentences by hand."""

import datetime as dt

from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens


def _people(sentence: str, date: dt.date | None = None) -> list[tuple[str, str]]:
    return [(m.text, m.code) for m in find_actors(raw_tokens(sentence), date) if m.person]


def test_a_name_after_a_state_and_an_office_is_that_states_person():
    # held-out actors 21 H037
    found = _people(
        "Iranian Foreign Minister Abbas Araghchi and US Middle East envoy Steve Witkoff spoke briefly in the presence "
        "of Omani Foreign Minister Badr Al Busaidi, Tehran said, although it had earlier said that talks would be "
        "indirect.", dt.date(2025, 4, 12))
    assert found == [("Iranian Foreign Minister Abbas Araghchi", "IRN"), ("US Middle East envoy Steve Witkoff", "USA"),
                     ("Omani Foreign Minister Badr Al Busaidi", "OMN")]
    # held-out actors 19 N062: an envoy; 21 H039: a counterpart, the comma between them dropped
    assert ("Russian Ambassador Alexander Matsegora", "RUS") in _people(
        "Russian Ambassador Alexander Matsegora accompanied the minister to the airport, the Russian Embassy in "
        "Pyongyang said in a statement.", dt.date(2025, 10, 26))
    assert ("Omani counterpart Badr bin Hamad Al Busaidi", "OMN") in _people(
        "Foreign Minister Abbas Araqchi has met with his Omani counterpart, Badr bin Hamad Al Busaidi, in Muscat, "
        "ahead of indirect negotiations with the United States.")
    # no person without an office or a name: a body after the office, a ministry, a state's possessive with no
    # office (held-out actors 18 M002)
    assert _people("The US Ambassador Residence hosted a reception.") == []
    assert _people("The Chinese Foreign Ministry said on Monday that talks would go on.") == []
    assert not [text for text, _ in _people("He met Bahrain Foreign Minister and Bangladesh’s AK Abdul Momen.")
                if "Momen" in text]


def test_a_place_before_the_office_gives_its_state_and_a_post_is_not_the_state():
    # held-out actors 18 M022: a chief minister of an Indian state
    assert ("Tamil Nadu Chief Minister MK Stalin", "IND") in _people(
        "Tamil Nadu Chief Minister MK Stalin on Tuesday wrote an official letter to Union Minister of External "
        "Affairs S Jaishankar seeking an immediate intervention.", dt.date(2023, 8, 22))
    # held-out actors 18 M075: each envoy is the sending state's, not the post's
    found = _people(
        "The meeting was attended by Foreign Affairs Principal Secretary Macharia Kamau, Kenya’s Ambassador to "
        "Ethiopia Catherine Mwangi and her Ethiopian counterpart to Kenya Meles Alem Tikea.", dt.date(2020, 3, 12))
    assert ("Catherine Mwangi", "KEN") in found and ("Meles Alem Tikea", "ETH") in found

