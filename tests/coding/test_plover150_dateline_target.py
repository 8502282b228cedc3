"""PLOVER round 150 (issue 13): a wire dateline's state is not the party acted on — in a sentence read alone, a record
whose target is a state named only in the opening dateline (where the report was filed), done by another state, takes
as its target the first state the sentence names after the record's subject, when that state is named as the place
the act reaches ("in northwestern Syria", "on the Gaza Strip", "on Afghan soil", "in the capital, Naypyitaw";
`coder._dateline_target_moved`). Main's code gave these records the dateline's state as target. The development rows
quoted are from the real-news sets AC, AQ, CD and CO; the general sentences and the guards are made up, but for the
two development guards (K, DG)."""

import datetime as dt

from prose_rows import lone_codes


def test_a_rejection_under_a_peshawar_dateline_is_afghan():
    # AC025 (REJECT AFG > AFG; main's code: REJECT AFG > PAK, the dateline's state)
    sentence = (
        "PESHAWAR: The Afghan Taliban on Friday rejected the government offer of peace talks, saying that talks cannot "
        "be held in presence of foreign troops on Afghan soil."
    )
    assert lone_codes(sentence) == ("REJECT", "AFG", "AFG")


def test_an_offensive_in_syria_under_a_beirut_dateline_is_inside_syria():
    # AQ003 (ASSAULT SYR > SYR; main's code: ASSAULT SYR > LBN)
    sentence = (
        "BEIRUT - Syrian government forces expanded their ground offensive in northwestern Syria, pushing Saturday into "
        "the last rebel stronghold and regaining control of a number of villages along its southern corner, activists "
        "and media said, despite calls for honouring a cease-fire put in place in September."
    )
    assert lone_codes(sentence, dt.date(2019, 5, 11)) == ("ASSAULT", "SYR", "SYR")


def test_a_strike_on_the_gaza_strip_under_a_dubai_dateline():
    # CD023 (ASSAULT ISR > PSE; main's code: ASSAULT ISR > ARE)
    sentence = (
        "DUBAI, September 16. /TASS/. At least five people have been killed in a strike by the Israel Defense Forces "
        "(IDF) on the Gaza Strip, the Palestine Red Crescent Society (PRCS) said."
    )
    assert lone_codes(sentence, dt.date(2024, 9, 16)) == ("ASSAULT", "ISR", "PSE")


def test_drone_attacks_in_naypyitaw_under_a_bangkok_dateline():
    # CO027 (ASSAULT MMR > MMR; main's code: ASSAULT MMR > THA)
    sentence = (
        "BANGKOK (AP) — Myanmar’s main pro-democracy resistance group said Thursday its armed wing launched drone attacks "
        "on the airport and a military headquarters in the capital, Naypyitaw, but the country’s ruling military said it "
        "destroyed the drones as they attacked."
    )
    assert lone_codes(sentence, dt.date(2024, 4, 4)) == ("ASSAULT", "MMR", "MMR")


def test_shelling_in_northern_syria_under_an_istanbul_dateline():
    sentence = (
        "ISTANBUL (Reuters) - Syrian troops shelled rebel positions in northern Syria on Sunday, a monitoring group said."
    )
    assert lone_codes(sentence) == ("ASSAULT", "SYR", "SYR")


def test_an_attack_in_southern_somalia_under_a_nairobi_dateline():
    sentence = "NAIROBI, Kenya (AP) — Somali forces attacked militant bases in southern Somalia on Monday, officials said."
    assert lone_codes(sentence) == ("ASSAULT", "SOM", "SOM")


def test_guard_an_attack_beside_a_border_keeps_the_dateline_state():
    # K082 (ASSAULT NGA > CMR), unchanged: the state after the subject is a border beside the place, not the place
    sentence = (
        "YAOUNDE, Cameroon: At least five soldiers have been killed and three others injured in a Boko Haram attack in "
        "northern part of the country near the Nigerian border, according to military sources on Tuesday."
    )
    assert lone_codes(sentence)[1:] == ("NGA", "CMR")


def test_guard_a_demonym_on_a_group_keeps_the_dateline_state():
    # DG013 (ASSAULT IRN > IRQ), unchanged: the first state after the subject is a demonym on the groups struck
    sentence = (
        "ERBIL, Kurdistan Region - Islamic Revolutionary Guard Corps (IRGC) fired a barrage of missiles and Kamikaze "
        "drones on Monday targeting the bases of Iranian-Kurdish opposition groups inside the Kurdistan Region for the "
        "second time in two months as anti-government protests in Iran see no sign of abetting across the country."
    )
    assert lone_codes(sentence, dt.date(2022, 11, 14))[1:] == ("IRN", "IRQ")
