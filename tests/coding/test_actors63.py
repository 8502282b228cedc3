"""Actors round 63 (issue 13): people the tables hold no row for. The development sort of the people not read right
by article over held-out actors 18-62 whose name no table holds with their state found most of them named with no
state in the sentence or with one the sentence names elsewhere; of those whose state stands in the office written
right before the name, the largest part that one general construction reaches is an office whose head or modifier
the office word lists lacked: a state's consul ("US Consul General Kristin Hawkins"), attaché ("British Military
Attaché Colonel Jonathan Frame"), spy chief ("Canadian spy chief Daniel Rogers") and prosecutor general ("Ukraine's
Prosecutor General Iryna Venediktova"), and an organisation's prosecutor ("ICC Prosecutor Karim Khan"). "Prosecutor"
alone heads no state's office: "British prosecutor Karim Khan" (held-out actors 58 BA029) is the ICC's, and is left
unread. Probes quote development rows (held-out actors 38 AG041, 51 AT008, AT019, 61 BD002) and general sentences,
each failing on main's code; a guard keeps a state's adjective before "prosecutor" alone unread."""

import datetime as dt

from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens


def _people(text: str, date: dt.date = dt.date(2024, 9, 24)) -> dict[str, str]:
    return {m.text: m.code for m in find_actors(raw_tokens(text), date) if m.person}


def _state_of(text: str, name: str, date: dt.date = dt.date(2024, 9, 24)) -> str | None:
    return next((code for found, code in _people(text, date).items() if found.endswith(name)), None)


def test_a_states_consul_and_attache_are_its_people():
    # held-out actors 61 BD002 and 51 AT019: main reads none of them
    text = ("Ambassador Blome and US Consul General Kristin Hawkins discussed ways to enhance trade opportunities and "
            "investment, while also exploring avenues to improve relations between the peoples of both nations.")
    assert _state_of(text, "Kristin Hawkins") == "USA"
    text = ("Minister of Defense, Lieutenant General Mohsen al-Daeri, held meetings today with British Military Attaché "
            "Colonel Jonathan Frame and French Military Attaché Lieutenant Colonel Junaid Judeh.")
    assert _state_of(text, "Jonathan Frame") == "GBR"
    assert _state_of(text, "Junaid Judeh") == "FRA"
    # a general sentence
    assert _state_of("The Japanese Consul General Ryota Mori visited the port on Friday.", "Ryota Mori") == "JPN"


def test_a_spy_chief_and_a_prosecutor_general_are_their_states():
    # held-out actors 38 AG041 (2025-03-16)
    text = ("The US director of national intelligence and Canadian spy chief Daniel Rogers were among top global "
            "intelligence czars who attended the India-hosted security conclave that was chaired by Doval.")
    assert _state_of(text, "Daniel Rogers", dt.date(2025, 3, 16)) == "CAN"
    # held-out actors 51 AT008 (2022-04-14): the ICC's prosecutor and Ukraine's prosecutor general
    text = ("International Criminal Court (ICC) Prosecutor Karim Khan and Ukraine's Prosecutor General Iryna "
            "Venediktova visit a site of a mass grave in the town of Bucha, outside Kyiv, Ukraine April 13, 2022.")
    assert _state_of(text, "Iryna Venediktova", dt.date(2022, 4, 14)) == "UKR"
    assert _state_of(text, "Karim Khan", dt.date(2022, 4, 14)) == "IGO"
    # a general sentence
    assert _state_of("Moldova's Prosecutor General Ion Munteanu resigned on Monday.", "Ion Munteanu") == "MDA"


def test_a_prosecutor_alone_after_a_state_is_no_state_office():
    # held-out actors 58 BA029 (2023-05-19): the ICC's prosecutor, described by his nationality
    text = "British prosecutor Karim Khan was added to the Interior Ministry's wanted database."
    assert _state_of(text, "Karim Khan", dt.date(2023, 5, 19)) is None
