"""Actors round 64 (issue 13): a state given beside the person in a list or a long title. The development sort of the
people not read right by article over held-out actors 18-63 whose state the sentence gives in one of the theme's
shapes (a state's name right before a person in a list of counterparts, a parliament's speaker or chair, a state at
the end of a long title after the name) found each small; the largest that one general construction reaches without
a new word is the long title in apposition after the name whose office holds words the office lists lack: one word
before the office head ("Vassily Nebenzia, permanent representative of Russia to the United Nations", held-out actors
49 AR028; "the Permanent Representative of the Russian Federation", 59 BB008) or capitalised words after it ("Teferi
Fikre Gossaye, Ambassador Extraordinary and Plenipotentiary of the Federal Democratic Republic of Ethiopia", 23 Q063).
Guards: a list of offices each before its holder gives no apposition ("Minister for Defence Industry & Capability
Delivery of Australia Pat Conroy", 36 AE011), and a body's name before an office is no person ("Kirill Dmitriev, the
head of the Russian Direct Investment Fund (RDIF) and Special Representative of the Russian President ...", 26 U045).
Probes quote development rows and general sentences, each failing on main's code."""

import datetime as dt

from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens


def _people(text: str, date: dt.date | None = None) -> dict[str, str]:
    return {m.text: m.code for m in find_actors(raw_tokens(text), date) if m.person}


def _state_of(text: str, name: str, date: dt.date | None = None) -> str | None:
    return next((code for found, code in _people(text, date).items() if found.endswith(name)), None)


def test_a_long_apposed_office_with_an_adjective_before_its_head_gives_the_state():
    # held-out actors 49 AR028 (2022-10-12): main reads no state for him
    text = ("Vassily Nebenzia, permanent representative of Russia to the United Nations, speaks during a meeting of "
            "the UN Security Council, Tuesday, March 29, 2022, at United Nations headquarters.")
    assert _state_of(text, "Vassily Nebenzia", dt.date(2022, 10, 12)) == "RUS"
    # held-out actors 59 BB008 (2023-12-28), read alone: the adjective capitalised
    text = ("According to Mikhail Ulyanov, the Permanent Representative of the Russian Federation to international "
            "organizations in Vienna, the specific date will depend on the readiness of the parties involved, who are "
            "engaged in a “sufficiently intense dialogue.”")
    assert _state_of(text, "Mikhail Ulyanov", dt.date(2023, 12, 28)) == "RUS"
    # a general sentence
    text = "Ana Lopes, permanent representative of Portugal to the OSCE, spoke on Monday."
    assert _state_of(text, "Ana Lopes") == "PRT"


def test_a_long_apposed_office_with_capitalised_words_after_its_head_gives_the_state():
    # held-out actors 23 Q063 (undated)
    text = ("H.E. Mr. Teferi Fikre Gossaye, Ambassador Extraordinary and Plenipotentiary of the Federal Democratic "
            "Republic of Ethiopia to the Republic of Ghana had a meeting with Hon. Shirley Ayorkor Botchwey, Minister "
            "for Foreign Affairs and Regional Integration of the Republic Ghana, on 19th of June 2024.")
    assert _state_of(text, "Teferi Fikre Gossaye") == "ETH"
    # a general sentence
    text = "The talks were opened by Lars Holm, Ambassador Extraordinary and Plenipotentiary of Denmark to Kenya."
    assert _state_of(text, "Lars Holm") == "DNK"


def test_a_list_of_offices_and_a_body_before_an_office_give_no_apposition():
    # held-out actors 36 AE011 (undated): Kim Yong Hyun stays South Korea's, not Australia's
    text = ("Defence Minister Rajnath Singh on Thursday held meetings with Minister of National Defence of South Korea "
            "Kim Yong Hyun, Minister for Defence Industry & Capability Delivery of Australia Pat Conroy and Defence "
            "Minister of New Zealand Judith Collins on the sidelines of 11th ASEAN Defence Ministers’ Meeting "
            "(ADMM)-Plus at Vientiane, Lao PDR.")
    assert _state_of(text, "Kim Yong Hyun") != "AUS"
    # held-out actors 26 U045: "Direct Investment Fund" is no person
    text = ("US Special Envoy Steven Whitcoff has arrived in Moscow, where he was welcomed by Kirill Dmitriev, the "
            "head of the Russian Direct Investment Fund (RDIF) and Special Representative of the Russian President for "
            "Economic Cooperation with Foreign Countries.")
    assert "Direct Investment Fund" not in _people(text)
