"""Actors round 29 (issue 13): office holders no table holds, whose office stands in an apposition after the name or
holds a body of the state between the state and the name. The apposition may open with "a" ("Gan Yu, a spokesman for
China's coastguard"), its office may be a "head" or a "chair" ("Kirill Dmitriev, the head of the Russian Direct
Investment Fund", "Jerome Powell, the Federal Reserve Chair") or a "Commander-in-Chief", and the name may hold a middle
initial ("Admiral Dinesh K Tripathi, the Chief of Naval Staff of the Indian Navy"); after an office "of" a state's
mention, a body ending in a body noun may stand before the holder ("the Speaker of the Sri Lanka Parliament Mahinda
Yapa Abeywardana", "Deputy Head of the Russian Foreign Ministry Andrey Rudenko"). A broadcaster after an office is no
holder ("Asean's chair, Myawaddy TV reported"). Probes quote development sentences (held-out actors 18, 24, 26, 27
and 28); expected states read from the sentences by hand."""

from actor_probe import state_of

from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens


def test_an_apposition_names_the_state_of_a_head_a_chair_or_a_commander_in_chief():
    # held-out actors 26 U045, 28 W053, 27 V029
    assert state_of("US Special Envoy Steven Whitcoff has arrived in Moscow, where he was welcomed by Kirill Dmitriev, "
                    "the head of the Russian Direct Investment Fund (RDIF) and Special Representative of the Russian "
                    "President for Economic Cooperation with Foreign Countries.", "Kirill Dmitriev") == "RUS"
    assert state_of("Jerome Powell, the Federal Reserve Chair, told lawmakers on June 24, 2025, that the central bank "
                    "is not in a rush to reduce interest rates.", "Jerome Powell") == "USA"
    assert state_of("Keith Kellogg, US President Donald Trump's special envoy for Russia and Ukraine, who is currently "
                    "visiting Ukraine, has already held meetings with Oleksandr Syrskyi, Commander-in-Chief of the "
                    "Armed Forces of Ukraine, as well as the heads of intelligence and secret services.",
                    "Oleksandr Syrskyi") == "UKR"


def test_an_apposition_after_a_spokesperson_or_a_name_with_an_initial():
    # held-out actors 24 R011, 28 W041
    assert state_of("According to Gan Yu, a spokesman for China's coastguard, the Japanese ships, including the "
                    "research vessel Shinsei Maru, entered China's territorial waters around the Senkaku Islands "
                    "\"illegally\".", "Gan Yu") == "CHN"
    assert state_of("Admiral Dinesh K Tripathi, the Chief of Naval Staff of the Indian Navy, who is in Sri Lanka on a "
                    "four-day official visit, met with the Commander of the Sri Lanka Navy, Vice Admiral Kanchana "
                    "Banagoda at the Navy Headquarters in Colombo today (22).", "Dinesh K Tripathi") == "IND"


def test_a_body_between_an_office_of_a_state_and_its_holder():
    # held-out actors 26 U039 and U042, 27 V023 and V034
    assert state_of("At the invitation of the Speaker of the Lok Sabha of the Indian Parliament Om Birla, a 16-member "
                    "multiparty delegation led by the Speaker of the Sri Lanka Parliament Mahinda Yapa Abeywardana "
                    "visited India from 16-20 December 2023.", "Mahinda Yapa Abeywardana") == "LKA"
    assert state_of("In Assam the Speaker of Sri Lanka was hosted by the Speaker of the Assam Legislative Assembly "
                    "Biswajit Daimary.", "Biswajit Daimary") == "IND"
    assert state_of("In addition to this, the Turkish ambassador spoke with Deputy Head of the Russian Foreign Ministry "
                    "Andrey Rudenko.", "Andrey Rudenko") == "RUS"
    assert state_of("She also met the Permanent Secretary of the Maltese Foreign Ministry, Christopher Cutajar and "
                    "welcomed Malta as the 119th member of the International Solar Alliance.",
                    "Christopher Cutajar") == "MLT"


def test_a_broadcaster_after_a_chair_is_no_holder():
    # held-out actors 18 M080; and 28 W053's chair, whose holder the apposition names
    raw = raw_tokens("The junta leader met Asean Secretary-General Lim Jock Hoi and Erywan Yusof, the second minister "
                     "for foreign affairs for Brunei, Asean's chair, Myawaddy TV reported.")
    assert not [m for m in find_actors(raw) if m.person and "Myawaddy" in m.text]
    assert state_of("Jerome Powell, the Federal Reserve Chair, told lawmakers on June 24, 2025, that the central bank "
                    "is not in a rush to reduce interest rates.", "Jerome Powell") == "USA"
