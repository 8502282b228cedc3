"""Actors round 28 (issue 13): office holders no table holds, named right after an office "of" a state: "Deputy Foreign
Minister of Russia Mikhail Galuzin", "Minister of Foreign Affairs of Thailand Maris Sangiampongsa", "the incoming
Governor of Katsina State, Dr. Dikko Radda", "Commander-in-Chief of the Ukrainian Armed Forces Oleksandr Syrskyi". The
office's words before "of" hold an office head, and the holder follows the state's mention, with office words between
("State, Dr.", "Armed Forces") or right after the state's own name; a capitalised word right after a place's name is
the rest of that name, not a holder ("the governor of Krasnodar Krai region"). Probes quote development sentences
(held-out actors 18, 23, 25 and 27); expected states read from the sentences by hand."""

from actor_probe import state_of

from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens


def test_a_holder_named_after_an_office_of_a_state_is_the_states():
    # held-out actors 27 V022 and V062
    sentence = ("According to the Russian Foreign Ministry, Deputy Foreign Minister of Russia Mikhail Galuzin and "
                "Ambassador of Türkiye Tanju Bilgiç held a meeting in Moscow.")
    assert state_of(sentence, "Mikhail Galuzin") == "RUS"
    assert state_of(sentence, "Tanju Bilgiç") == "TUR"
    assert state_of("Minister of Foreign Affairs of Thailand Maris Sangiampongsa is scheduled to meet his Indian "
                    "counterpart S. Jaishankar in Delhi on November 2, 2024, as part of his soon-to-begin visit to "
                    "India, according to the Ministry of External Affairs (MEA).", "Maris Sangiampongsa") == "THA"


def test_a_holder_after_an_office_of_a_place_or_a_body_follows_office_words():
    # held-out actors 18 M041, held-out actors 23 Q041; held-out actors 25 T002 (a place's name goes on after it)
    assert state_of("President Buhari received Governors Mai Mala Buni of Yobe, Professor Babagana Zulum of Borno, and "
                    "the incoming Governor of Katsina State, Dr. Dikko Radda, at the Makkah Guest Palace, where he is "
                    "housed by the government of the host nation.", "Dikko Radda") == "NGA"
    assert state_of("Ukrainian Defense Minister Rustem Umerov and Commander-in-Chief of the Ukrainian Armed Forces "
                    "Oleksandr Syrskyi had a phone call with the Supreme Allied Commander Europe (SACEUR) and "
                    "Commander, U.S. European Command, General Christopher Cavoli.", "Oleksandr Syrskyi") == "UKR"
    raw = raw_tokens("Veniamin Kondratyev, governor of Krasnodar Krai region where the city of Novorossiysk is "
                     "located, has said on his Telegram channel that at least two people were killed.")
    assert not [m for m in find_actors(raw) if m.person and "Krai" in m.text]
