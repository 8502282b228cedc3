"""Actors round 30 (issue 13): office holders no table holds, whose office a person or another office owns, whose office
holds an ordinal, or whose office is of a body named by its acronym. In an apposition after the name a person's mention
with "'s" owns the office after it ("Keith Kellogg, US President Donald Trump's special envoy for Russia and Ukraine"),
and before the holder an office head's "'s" does ("U.S. President's Special Envoy Steve Witkoff"); a person's
"counterpart" is another state's. "Second" ranks an office ("Brunei's second minister for foreign affairs"), an
apposition's office may end in a complement "for" a place ("Japan's Special Envoy for Horn of Africa"), and an office
"of" a body's acronym heads its holder ("the head of the SBU Vasyl Malyuk"). Probes quote development sentences
(held-out actors 18, 23, 26, 27 and 28) or a general sentence; expected states read from the sentences by hand."""

from actor_probe import state_of

from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens


def test_an_office_a_person_or_an_office_owns_is_of_their_state():
    # held-out actors 27 V029 and V056, 26 U043; and a general sentence
    assert state_of("Keith Kellogg, US President Donald Trump's special envoy for Russia and Ukraine, who is currently "
                    "visiting Ukraine, has already held meetings with Oleksandr Syrskyi, Commander-in-Chief of the "
                    "Armed Forces of Ukraine, as well as the heads of intelligence and secret services.",
                    "Keith Kellogg") == "USA"
    assert state_of("Retired Lt. Gen. Keith Kellogg, Trump’s envoy on the war in Ukraine, arrived in Kyiv soon after the "
                    "spat erupted, with Trump describing the Ukrainian president as failing and blaming him for "
                    "Russia’s 2022 invasion of the country.", "Keith Kellogg") == "USA"
    assert state_of("U.S. President’s Special Envoy Steve Witkoff stated that he will fly to Moscow on Thursday evening "
                    "along with businessman Jared Kushner.", "Steve Witkoff") == "USA"
    # a person's counterpart is another state's, which this general sentence does not name
    raw = raw_tokens("Tomas Verhelst, Macron's counterpart, said the summit was useful.")
    assert not [m for m in find_actors(raw) if m.person and "Verhelst" in m.text]


def test_an_ordinal_or_a_complement_inside_the_office():
    # held-out actors 18 M031, 23 Q022, 27 V046
    sentence = ("Erywan Pehin Yusof, Brunei’s second minister for foreign affairs and ASEAN Secretary-General Lim Jock "
                "Hoi arrived in the capital Naypwidaw late Thursday, a senior Myanmar official, who didn’t want to be "
                "named, told AFP.")
    assert state_of(sentence, "Erywan Pehin Yusof") == "BRN"
    assert state_of(sentence, "Lim Jock Hoi") == "IGO"
    assert state_of("Cabinet Secretary Dr. Alfred Mutua held a meeting with H.E. Shimizu Shinsuke, Japan’s Special Envoy "
                    "for Horn of Africa on January 11, 2023.", "Shimizu Shinsuke") == "JPN"
    assert state_of("The MoS held bilateral meetings with Priyanca Radhakrishnan, New Zealand's minister for Ethnic "
                    "Community and Voluntary Sector and Jan Tinetti, the minister for Education.",
                    "Priyanca Radhakrishnan") == "NZL"


def test_an_office_of_a_bodys_acronym_heads_its_holder():
    # held-out actors 28 W024
    assert state_of("President of Ukraine Volodymyr Zelenskyy met with the head of the SBU Vasyl Malyuk.",
                    "Vasyl Malyuk") == "UKR"
