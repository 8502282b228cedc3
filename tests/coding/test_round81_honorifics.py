"""Coder round 81 (issue 13): a royal honorific that names no one itself ("Their majesties", "His Majesty", "HRH
Crown Prince") stands for the monarch (or the royal title after it) the article named before, and a courtesy word
between a title and a name ("Prime Minister Hon. Manasseh Sogavare") does not hide the title from a later "the Prime
Minister". Expected states read by hand from the sentences."""

import datetime as dt

from prose_rows import last_sentence_states as _stand_ins


def test_their_majesties_are_the_monarchs_named_before():
    # held-out 50's w030-w031 (development): the British King and Queen on a State visit to Kenya
    found = _stand_ins(["President William Ruto has received King Charles III and Queen Camilla at State House, Nairobi.",
                        "Their majesties are in Kenya on a four-day State visit."], dt.date(2023, 10, 31))
    assert found.get("their majesties") == "GBR"


def test_an_honorific_before_a_title_is_that_title_holder():
    found = _stand_ins(["Saudi Crown Prince Mohammed bin Salman arrived in Islamabad on Sunday.",
                        "HRH Crown Prince was received by the President."], dt.date(2019, 2, 17))
    assert found.get("hrh crown prince") == "SAU"
    alone = _stand_ins(["Jordan's King Abdullah II received the Saudi foreign minister in Amman on Monday.",
                        "His Majesty then hosted a luncheon at the palace."], dt.date(2024, 2, 5))
    assert alone.get("his majesty") == "JOR"
    # before a name the honorific is left to the name's own mention
    named = _stand_ins(["Sultan Haitham bin Tarik spoke on Monday.",
                        "His Majesty King Abdullah received the envoy."], dt.date(2024, 2, 1))
    assert "his majesty" not in named


def test_a_courtesy_word_between_title_and_name():
    # held-out 77's VS048-VS049 (development): "the Prime Minister" is Sogavare (Solomon Islands)
    found = _stand_ins(["Prime Minister Hon. Manasseh Sogavare, MP has arrived in Beijing for his first-ever official "
                        "visit to the People's Republic of China.",
                        "On arrival, the Prime Minister was met by government officials from the Government of PRC."],
                       dt.date(2023, 7, 10))
    assert found.get("the prime minister") == "SLB"
