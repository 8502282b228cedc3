"""Actors round 66 (issue 13): an envoy whose state's adjective, possessive or name stands two or more words before
the name, the state or body the envoy is sent to between. The development sort of the people not read right by article
over held-out actors 18-65, by where the sentence gives their state, found the theme's cells broad and mixed (the state
elsewhere in the sentence, 337; a possessive or adjective two or more words off, office words between, 74); inside the
second the largest shape one general construction reaches is an envoy sent "to" a state or body named with "the"
("Saudi Ambassador to the United States Princess Reema bint Bandar", held-out actors 34 AC044; "Deputy US Ambassador to
the United Nations Lisa Carty", 47 AP012; "Russian Ambassador to the United Nations Vassily Nebenzia", 49 AR029), or an
envoy "of" the state ("Permanent Representative of Russia to the UN Vasily Nebenzya", 49 AR032): the destination was
passed over only right after "to" and only after "ambassador", "envoy" or "counterpart". Guard: a verb after the
destination ends the office, so a holder named after it keeps the tables' state. Probes quote development rows and
general sentences, each failing on main's code."""

import datetime as dt

from prose_rows import people_states


def _state_of(text: str, name: str, date: dt.date | None = None) -> str | None:
    return next((code for found, code in people_states(text, date).items() if name in found), None)


def test_an_envoy_to_the_destination_is_the_sending_states():
    # held-out actors 47 AP012 (undated): main reads no state for Lisa Carty
    text = ("Deputy US Ambassador to the United Nations Lisa Carty said Turk “must serve as an independent, impartial, "
            "and unwavering voice for human rights issues around the world.”")
    assert _state_of(text, "Lisa Carty") == "USA"
    # held-out actors 49 AR029 (undated)
    text = ("The attempts to accuse Russia of abusing its presidency at the UN Security Council violated every "
            "conceivable rule, Russian Ambassador to the United Nations Vassily Nebenzia told Sputnik.")
    assert _state_of(text, "Vassily Nebenzia") == "RUS"
    # held-out actors 34 AC044 (undated)
    text = ("Accompanying the Crown Prince during the reception were several notable figures, including Saudi "
            "Ambassador to the United States Princess Reema bint Bandar, Minister of Foreign Affairs Prince Faisal bin "
            "Farhan, Minister of State and National Security Advisor Dr. Musaed Al-Aiban, and Secretary to the Crown "
            "Prince Dr. Bandar Al-Rasheed.")
    assert _state_of(text, "Reema bint Bandar") == "SAU"


def test_an_envoy_of_the_state_to_a_body_is_the_states():
    # held-out actors 49 AR032 (undated)
    text = ("Permanent Representative of Russia to the UN Vasily Nebenzya spoke about the draft resolution of the UN "
            "Security Council, which condemns the Russian special operation in the Donbass.")
    assert _state_of(text, "Vasily Nebenzya") == "RUS"


def test_general_sentences_of_an_envoy_sent_to_a_state_or_body():
    text = "Japanese Ambassador to the United States Kenta Harugawa met senators in Washington on Tuesday."
    assert _state_of(text, "Kenta Harugawa", dt.date(2024, 3, 5)) == "JPN"
    text = "The Permanent Representative of Brazil to the United Nations Marcos Telhado addressed the Security Council."
    assert _state_of(text, "Marcos Telhado", dt.date(2024, 3, 5)) == "BRA"
    text = "Kenya's envoy to the African Union Amina Wekesa said the summit would be held in Addis Ababa."
    assert _state_of(text, "Amina Wekesa", dt.date(2024, 3, 5)) == "KEN"
    text = "The Indian envoy in the United Arab Emirates Rohan Mehtani said the talks went well."
    assert _state_of(text, "Rohan Mehtani", dt.date(2024, 3, 5)) == "IND"


def test_a_holder_named_after_the_envoys_verb_keeps_the_tables_state():
    text = "The Japanese ambassador to China met Foreign Minister Wang Yi in Beijing on Monday."
    assert _state_of(text, "Wang Yi", dt.date(2024, 3, 5)) == "CHN"
