"""Actors round 24 (issue 13): a place no table holds, written as a site of a state the sentence names, is that
state's place: after the state's (or its place's) "'s" and before a site noun ("Arunachal Pradesh's Tawang
sector"), or before a site noun and "in" or "of" and the state ("al-Asad base in western Iraq"), or after a site
noun and "of" ("the town of Mays al Jabal in south Lebanon"); a base abroad is its host state's. Probes quote
development sentences (held-out actors 20 and 22, held-out 43 and 61 prose); expected states read from the
sentences by hand."""

import datetime as dt

from actor_probe import state_of

from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens


def test_a_site_after_a_states_possessive_is_its_place():
    # held-out actors 20 V060 and V047, 22 P053
    assert state_of("Over two years after the deadly Galwan clash, the Indian and Chinese troops clashed on December 9 "
                    "in Arunachal Pradesh's Tawang sector.", "Tawang") == "IND"
    sentence = ("Armenians stationed in the village of Chinari of Armenia’s Berd district opened fire on the "
                "Azerbaijani armed forces’ positions located in the village of Kokhanebi of the Tovuz district.")
    assert (state_of(sentence, "Berd"), state_of(sentence, "Chinari")) == ("ARM", "ARM")
    assert state_of("He spent about an hour in the district before proceeding to Manokwari – the provincial capital – "
                    "and Kaimana district, before ending his trip in Papua’s Jayawijaya district.", "Jayawijaya",
                    dt.date(2019, 10, 28)) == "IDN"


def test_a_site_in_a_state_is_its_place_and_a_base_abroad_its_hosts():
    # held-out actors 20 V032: a US base in Iraq is Iraq's; V009, V059, V078
    assert state_of("On that same day, another four American personnel suffered minor injuries during two separate "
                    "drone attacks against U.S. and coalition forces stationed at al-Asad base in western Iraq, "
                    "CENTCOM said.", "al-Asad", dt.date(2023, 10, 27)) == "IRQ"
    assert state_of("An Israeli airstrike Sunday in the town of Mays al Jabal in south Lebanon killed four civilians "
                    "and wounded several others, Lebanese state media and the town’s municipality reported.", "Mays",
                    dt.date(2024, 5, 5)) == "LBN"
    assert state_of("U.S. warplanes launched fresh airstrikes Friday targeting Houthi positions at Yemen's strategic "
                    "Ras Issa oil terminal in Hodeidah governorate, security sources confirmed.", "Ras") == "YEM"
    assert state_of("Today’s attack comes hours after Somali troops captured Harardhere town in the Mudug region from "
                    "Al-Shabaab.", "Harardhere") == "SOM"


def test_a_list_of_sites_takes_thestate_of():
    # held-out actors 20 V042, 22 P067
    sentence = ("On Wednesday evening, Arakan Army forces seized the camp near Ge Laung and Lone Kauk villages of "
                "Rakhine state’s Ann township, where the junta’s Western Regional Military Headquarters is located.")
    assert [state_of(sentence, name, dt.date(2024, 3, 28)) for name in ("Ge", "Lone", "Ann")] == ["MMR"] * 3
    assert state_of("Gen Asim Munir, Chief of the Army Staff (COAS), visited the Khuzdar and Basima areas of "
                    "Balochistan.", "Basima", dt.date(2023, 1, 18)) == "PAK"


def test_a_site_of_a_known_place_is_its_state_but_no_airport_tail_of_a_name_or_capitalised_word_before_it():
    # held-out actors 20 V047: the village of a district the tables know
    assert state_of("Armenians stationed in the village of Chinari of Armenia’s Berd district opened fire on the "
                    "Azerbaijani armed forces’ positions located in the village of Kokhanebi of the Tovuz district.",
                    "Kokhanebi") == "AZE"
    # held-out 43 r010: an airport named with an adjective; held-out 61 HS002: "Force" is the service's, which keeps
    # its sector; held-out actors 20 V022: "Azad" is no adjective, and "Jammu and Kashmir" after it is India's
    assert state_of("The leader of the escort squadron sought permission from Sheikh Mishal to accompany his aircraft "
                    "to the Presidential Airport in Abu Dhabi, welcoming him to his second home, the UAE.",
                    "Presidential") is None
    raw = raw_tokens("The ballistic missile launched from a U.S. Air Force base in California last Wednesday came "
                     "down in the middle of a South Pacific atoll, right on target.")
    assert [(m.code, m.sector) for m in find_actors(raw)] == [("USA", "military"), ("USA", None)]
    assert state_of("Considered previously to be 'comparatively’ safe, the remote Gurez sub-valley in the upper belt of "
                    "the Neelum district of Azad Jammu and Kashmir (AJK) was heavily shelled by Indian troops from "
                    "across the Line of Control (LoC) on Tuesday, leaving two civilians dead and four others wounded, "
                    "local officials said.", "Neelum", dt.date(2019, 8, 27)) is None
