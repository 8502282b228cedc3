"""PLOVER round 26 (issue 13): the event type of a news act, second pass.

Each case quotes a development row of the real-news sets (tests/fixtures/coding/plover_news_*.tsv, the
row id in the comment) with the PLOVER category it is labelled with; every case failed on main's code.
"""

import pytest

from latitude.coding.coder import classify, plover_of


def test_imposed_sanctions_are_a_sanction_as_the_codebook_and_the_news_sets_read_them():
    # CAMEO 163 (impose embargo, boycott, or sanctions): COERCE in CAMEO2PLOVER 2021, SANCTION in the PLOVER
    # codebook and gold records; the one documented departure from the table (test_tables)
    assert plover_of("163") == "SANCTION"
    for sentence in (
        "The United States yesterday imposed sanctions on three Nicaraguan officials over their support for "
        "leftist President Daniel Ortega’s government.",  # H094
        "China has imposed sanctions on seven top US officials and organizations in retaliation for measures "
        "taken by Washington against Chinese figures in Hong Kong, the Ministry of Foreign Affairs said in a "
        "statement on Friday.",  # N005
    ):
        assert (classify(sentence).cameo, classify(sentence).plover) == ("163", "SANCTION")


def test_an_envoy_told_to_leave_is_expelled():
    event = classify(
        "Mali’s ruling junta on Monday told the French ambassador to Mali to leave the country, according to a "
        "government statement."
    )  # C068
    assert (event.cameo, event.plover) == ("166", "SANCTION")
    assert classify("The minister told the ambassador that talks would continue.").cameo != "166"


ASSAULTS = [
        "DUBAI — Yemen’s Houthi movement said on Tuesday it has fired several ballistic missiles and 25 armed "
        "drones on Saudi Arabia, including at Aramco facilities in Jeddah and the defense ministry in Riyadh.",  # K096
        "The militant Hezbollah group said it fired a barrage of rockets near Israeli positions close to the "
        "Lebanese border on Friday, calling it retaliation for Israeli airstrikes on southern Lebanon a day "
        "earlier.",  # L015
        "Pakistani forces fired artillery rounds late Wednesday at Afghan border police in the Goshta district "
        "of Nangarhar province, according to Interior Ministry spokesman Sediq Sediqi.",  # G012
        "Israel said it was firing back after 19 rockets were launched from Lebanon, and Prime Minister Naftali "
        "Bennett swiftly convened a meeting with the country's top defence officials.",  # L019
        "Uganda’s army has launched joint air and artillery strikes against the Allied Democratic Forces rebel "
        "group in eastern Congo.",  # O067
    "Azerbaijani forces shelled Armenian positions on the north-eastern part of the border 17 times last night "
    "and in the morning, the Armenian Defense Ministry said on Monday.",  # G036
    "Iran launched a series of attacks using missiles and drones in Pakistan’s Balochistan on Tuesday, "
    "potentially raising further tensions in the Middle East, which has already been roiled by Israel’s war on "
    "Gaza.",  # M003
    "U.S. Central Command (CENTCOM) said it conducted a precision airstrike against a key command and control "
    "facility operated by Iran-backed Houthis within Houthi-controlled territory in Sana’a, Yemen.",  # M013
]


def test_fire_on_or_near_a_place_artillery_fire_back_and_launched_strikes_are_assaults():
    assert [classify(sentence).plover for sentence in ASSAULTS] == ["ASSAULT"] * len(ASSAULTS)
    # a missile fired "on" a day is still a launch
    assert classify("North Korea fired a ballistic missile on Sunday, Japan said.").plover == "MOBILIZE"


@pytest.mark.parametrize(
    "sentence",
    [
        "In response to China’s military exercises, the US Department of Defense has expressed its concern "
        "about the moves.",  # B088
        "On Tuesday, Spanish Foreign Minister Arancha Gonzalez expressed discontent to Benyaich about the influx "
        "of illegal migrants to Ceuta on the northern coast of Africa.",  # J081
    ],
)
def test_concern_or_displeasure_expressed_is_an_accusation(sentence):
    event = classify(sentence)
    assert (event.cameo, event.plover) == ("110", "ACCUSE")
    # concern for people is sympathy, a statement (a ConfliBERT test sentence, class 0)
    fate = "Saudi Arabia’s ambassador to the United Kingdom expressed concern on Friday about the fate of a journalist."
    assert classify(fate).cameo != "110"


def test_troops_increased_are_a_mobilization():
    event = classify(
        "India has increased the number of troops along its northeastern border with China, reports said Friday, "
        "amid a tense standoff between Delhi and Beijing over a strategically key Himalayan plateau."
    )  # N050
    assert (event.cameo, event.plover) == ("154", "MOBILIZE")


def test_an_envoy_summoned_home_for_consultations_is_recalled():
    event = classify(
        "Also on Wednesday, a spokesman for the Sudanese Foreign Ministry said the country’s ambassador to Addis "
        "Ababa had been summoned for “consultations,” Reuters reported"
    )  # H092
    assert (event.cameo, event.plover) == ("161", "SANCTION")
