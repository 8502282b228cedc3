"""Actors round 65 (issue 13): a person whose state the sentence gives only through the office holder before them.
The development sort of the people not read right by article over held-out actors 18-64, by where the sentence gives
their state, found the theme's cells broad and mixed (the state elsewhere in the sentence, 243; a possessive or
adjective two or more words off, 217; in an earlier sentence of the page, 149; nowhere else, 218); inside them the largest
shape one general construction reaches is a titled person joined by "and" to an office holder the tables know, whose
state is that holder's ("Prime Minister Shehbaz Sharif and Deputy Prime Minister Ishaq Dar", held-out actors 40 AI013;
"Indonesia's second President Mr Suharto and Defence Minister Ryamizard Ryacudu", 21 H067; "Foreign Minister Ohira and
Chief Cabinet Secretary Susumu Nikaido", 21 H081). Guards: a name the tables give another state keeps it ("Secretary
Blinken and President Marcos", 29 X047), a list written with commas joins no one (34 AC015), and a rank alone heads no
joined office. Probes quote development rows and general sentences, each failing on main's code."""

import datetime as dt

from prose_rows import people_states


def _state_of(text: str, name: str, date: dt.date | None = None) -> str | None:
    return next((code for found, code in people_states(text, date).items() if found.endswith(name)), None)


def test_a_titled_person_after_a_known_holder_and_and_is_the_holders_state():
    # held-out actors 40 AI013 (undated): main reads no state for Ishaq Dar
    text = ("Thaw appears to have set in the frigid Pakistan-India diplomatic relations after the Indian Foreign "
            "Minister Subrahmanyam Jaishankar met with Prime Minister Shehbaz Sharif and Deputy Prime Minister Ishaq "
            "Dar here on Wednesday.")
    assert _state_of(text, "Ishaq Dar") == "PAK"
    # held-out actors 21 H067 (undated)
    text = ("The late Mr Lee Kuan Yew spoke Bahasa Indonesia to only two people - Indonesia's second President Mr "
            "Suharto and Defence Minister Ryamizard Ryacudu, the latter told reporters on Friday.")
    assert _state_of(text, "Ryamizard Ryacudu") == "IDN"
    # held-out actors 21 H081 (undated)
    text = ("In the early hours of September 25, only two months after his appointment, he left Haneda Airport for "
            "Beijing along with Foreign Minister Ohira and Chief Cabinet Secretary Susumu Nikaido to open diplomatic "
            "relations with China.")
    assert _state_of(text, "Susumu Nikaido") == "JPN"


def test_general_sentences_of_a_holder_and_a_titled_person():
    text = "Chancellor Olaf Scholz and Interior Minister Karla Brennecke visited the border on Tuesday."
    assert _state_of(text, "Karla Brennecke", dt.date(2023, 5, 2)) == "DEU"
    text = "The delegation was received by President Cyril Ramaphosa and Trade Minister Thabo Mokoena in Pretoria."
    assert _state_of(text, "Thabo Mokoena", dt.date(2023, 5, 2)) == "ZAF"


def test_another_states_name_a_comma_list_and_a_rank_join_no_one():
    # held-out actors 29 X047, read alone: "Marcos" is the Philippines' in the tables, not the US's
    text = ("Secretary Blinken and President Marcos emphasized the importance of the U.S.-Philippine Alliance to "
            "security and prosperity in the Indo-Pacific region and underscored their shared commitment to upholding "
            "international law in the South China Sea.")
    assert _state_of(text, "Marcos") != "USA"
    # held-out actors 34 AC015: leaders listed with commas are each their own state's
    text = ("This statement was adopted by Prime Minister Carney, President Macron, Prime Minister Martin, Prime "
            "Minister Meloni, Chancellor Merz, Prime Minister Sánchez, Prime Minister Schoof, Prime Minister Starmer, "
            "Prime Minister Støre, President Stubb, Prime Minister Takaichi, President Costa, and President von der "
            "Leyen.")
    assert _state_of(text, "Martin") != "FRA"
    text = "Prime Minister Shehbaz Sharif and General Karim Tarvane inspected the troops."
    assert _state_of(text, "Karim Tarvane", dt.date(2024, 5, 2)) is None
