"""PLOVER round 121 (issue 13): an attack told by its noun with the attacker's adjective or possessive, the target only
as the place after "in" ("... damaged as a result of a Ukrainian drone attack in Russia's Krasnodar region", "... an
Israeli air strike on Saturday in southern Lebanon killed nine people"), gives, in a sentence read alone, the first
ASSAULT record the adjective's state as source and the place's state as target, when that record had no target, the
attacker as target or the place's state as source (`coder._attack_noun_place_pair`). The development rows quoted are
from the real-news sets DD, AW, AV, AN and AT."""

from latitude.coding.coder import code_sentence


def _first(sentence: str) -> tuple:
    records = code_sentence(sentence)
    assert records
    return records[0]["plover"], records[0]["source"], records[0]["target"]


def test_a_drone_attack_in_a_region_of_the_struck_state():
    # DD019 (ASSAULT UKR > RUS; main's code: ASSAULT - > UKR, the attacker as target)
    assert _first(
        "Dec 22 (Reuters) – Two vessels and two piers were damaged as a result of a Ukrainian drone attack in Russia’s "
        "Krasnodar region, authorities in the southern Russia region said on Monday."
    ) == ("ASSAULT", "UKR", "RUS")


def test_a_reporter_of_the_struck_state_is_not_the_source():
    # AW038 (ASSAULT ISR > LBN; main's code: ASSAULT LBN > ISR, reversed)
    assert _first(
        "Beirut: Lebanon's health ministry said an Israeli air strike on Saturday in southern Lebanon killed nine people, "
        "as the Israeli military reported hitting weapons stores of the Iran-backed Hezbollah movement."
    ) == ("ASSAULT", "ISR", "LBN")


def test_a_strike_in_a_province_told_by_its_state_s_possessive():
    # AV033 (ASSAULT TUR > IRQ; main's code: ASSAULT IRQ > IRN)
    assert _first(
        "TEHRAN (Tasnim) – Five people were killed on Sunday in a Turkish drone strike in Iraq's northern province of "
        "Nineveh, official sources said."
    ) == ("ASSAULT", "TUR", "IRQ")


def test_shelling_of_an_area_in_the_struck_territory():
    # AN008 (ASSAULT ISR > PSE; main's code: ASSAULT PSE > ISR, the victims as source)
    assert _first(
        "Some 200 Palestinians were also injured in the “random” Israeli shelling of the Rafah area in southern Gaza."
    ) == ("ASSAULT", "ISR", "PSE")


def test_general_sentences():
    # not from any set (main's code: ASSAULT SYR > ISR, ASSAULT - > RUS, ASSAULT IRQ > TUR)
    assert _first(
        "Syria's defence ministry said an Israeli air strike on Tuesday in southern Syria killed two soldiers."
    ) == ("ASSAULT", "ISR", "SYR")
    assert _first(
        "Three houses were damaged as a result of a Russian drone attack in Ukraine's Odesa region, officials said on "
        "Sunday."
    ) == ("ASSAULT", "RUS", "UKR")
    assert _first(
        "Iraq's foreign ministry said a Turkish drone strike on Monday in northern Iraq killed four people."
    ) == ("ASSAULT", "TUR", "IRQ")


def test_the_strike_after_another_act_is_not_re_paired():
    # the attack noun after "after" tells the earlier act, not the sentence's (round 228's second act): the first
    # record stays the rocket fire's pair
    assert _first(
        "Hezbollah fired rockets at northern Israel after an Israeli air strike in southern Lebanon killed two people."
    ) == ("ASSAULT", "LBN", "ISR")
