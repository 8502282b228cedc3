"""PLOVER round 156 (issue 13): an attack told by its doer, with the attacked side's reporter in a clause after it —
in a sentence read alone, the first ASSAULT record whose source is the state of a reporter named after the act ("...,
Ukraine's Air Force command said", "..., regional governor Valentyn Reznichenko announced") and whose target is the
doer named first, before the act's word and not as a place, takes the pair the other way round
(`coder._trailing_reporter_reversed`). Main's code read these attacks as the reporter's on the doer. The rows quoted
are from the development real-news sets AN, CF, CG and DG (the expectations are their hand labels); the guards, which
must keep their reading, are development rows of sets AT and AW."""

import datetime as dt

from prose_rows import lone_codes


def test_drones_sent_to_attack_ukraine_reported_by_its_air_force():
    # CF016 (ASSAULT RUS > UKR; main's code: ASSAULT UKR > RUS)
    sentence = (
        "Russia sent 17 Iranian-made Shahed drones to attack Ukraine overnight, Ukraine's Air Force command said early "
        "on Tuesday, with its air-defence systems destroying 14 of them."
    )
    assert lone_codes(sentence) == ("ASSAULT", "RUS", "UKR")


def test_shelling_of_nikopol_reported_by_the_regional_governor():
    # CG006 (ASSAULT RUS > UKR; main's code: ASSAULT UKR > RUS)
    sentence = (
        "Russian forces launched shelling in the Ukrainian town of Nikopol, Dnipropetrovsk Oblast overnight on Monday, "
        "regional governor Valentyn Reznichenko announced."
    )
    assert lone_codes(sentence) == ("ASSAULT", "RUS", "UKR")


def test_missiles_that_struck_a_city_reported_by_ukrainian_authorities():
    # DG005 (ASSAULT RUS > UKR; main's code: ASSAULT UKR > RUS)
    sentence = (
        "Russian missiles that struck a city in central Ukraine killed at least 20 people and wounding about 90 more on "
        "Thursday, Ukrainian authorities said."
    )
    assert lone_codes(sentence, dt.date(2022, 7, 14)) == ("ASSAULT", "RUS", "UKR")


def test_shelling_of_armenian_positions_under_a_yerevan_dateline():
    # AN057 (ASSAULT AZE > ARM; main's code: ASSAULT ARM > AZE): the attacked state's dateline may stand first
    sentence = (
        "YEREVAN, December 9. /TASS/. The Azerbaijani Armed Forces began the heavy shelling of Armenian positions in the "
        "Gegharkunik region, the Armenian Defense Ministry said in a statement on Thursday."
    )
    assert lone_codes(sentence, dt.date(2021, 12, 9)) == ("ASSAULT", "AZE", "ARM")


def test_guard_a_leading_reporter_of_the_attacked_side_keeps_the_attacker_as_source():
    # AW038 (ASSAULT ISR > LBN), unchanged: the first state named reports the act, the later clause is the doer's own
    sentence = (
        "Beirut: Lebanon's health ministry said an Israeli air strike on Saturday in southern Lebanon killed nine "
        "people, as the Israeli military reported hitting weapons stores of the Iran-backed Hezbollah movement."
    )
    assert lone_codes(sentence)[1:] == ("ISR", "LBN")


def test_guard_the_passive_patient_named_first_is_not_the_doer():
    # AT023 (ASSAULT USA > IRN), unchanged: the first state named is the passive's patient
    sentence = (
        "An Iranian drone was shot down by the US military on Thursday after coming within 1,000 yards of a US Navy "
        "vessel in the Strait of Hormuz, US President Donald Trump said."
    )
    assert lone_codes(sentence, dt.date(2019, 7, 18))[1:] == ("USA", "IRN")
