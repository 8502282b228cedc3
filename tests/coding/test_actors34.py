"""Actors round 34 (issue 13): holders listed with commas. `find_actors` takes the sentence's clause breaks (where a
comma or other punctuation the tokens drop stood), and an office holder after a comma that follows a holder whose
state a mention before the office gives is that state's, as one joined by "and" is ("Indonesian Military (TNI)
commander Air Chief Marshal Hadi Tjahjanto, Home Affairs Minister Tito Karnavian"). Probes quote development
sentences (held-out actors 22 and 29); expected states read from the sentences by hand."""

import datetime as dt

from latitude.coding.coder import analyse
from latitude.coding.text import raw_tokens

from actor_probe import state_of


def test_a_holder_after_a_comma_is_the_listed_states():
    # held-out actors 22 P054
    sentence = ("He was accompanied by first lady Iriana, Indonesian Military (TNI) commander Air Chief Marshal Hadi "
                "Tjahjanto, Home Affairs Minister Tito Karnavian and Public Works and Housing Minister Basuki "
                "Hadimuljanto.")
    assert state_of(sentence, "Tito Karnavian", dt.date(2019, 10, 28)) == "IDN"


def test_a_holder_with_honorifics_after_a_comma_is_the_listed_states():
    # held-out actors 29 X061
    sentence = ("The delegation includes Sarawak Premier Tan Sri Abang Johari Abang Openg, Sabah Chief Minister Datuk "
                "Seri Hajiji Noor, Foreign Minister Datuk Seri Mohamad Hasan, and other key ministers.")
    assert state_of(sentence, "Mohamad Hasan", dt.date(2025, 7, 27)) == "MYS"


def test_the_coder_reads_the_commas_of_a_list_of_holders():
    # held-out actors 22 P054, read by the coder as a sentence of its own
    sentence = ("He was accompanied by first lady Iriana, Indonesian Military (TNI) commander Air Chief Marshal Hadi "
                "Tjahjanto, Home Affairs Minister Tito Karnavian and Public Works and Housing Minister Basuki "
                "Hadimuljanto.")
    raw = raw_tokens(sentence)
    name = raw.index("Karnavian")
    reading = analyse(sentence, dt.date(2019, 10, 28))
    assert any(m.code == "IDN" and m.start <= name < m.end for m in reading.mentions)
