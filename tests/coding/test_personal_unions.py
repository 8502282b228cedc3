"""The Commonwealth realms' monarch: the leaders table lists Elizabeth II and Charles III as head of state of
Australia, Canada and the United Kingdom alike, and the gazetteer read "King Charles III" as Australia (the first
row) and "Queen Elizabeth II" as Saint Kitts and Nevis (a Phoenix row). A head of state several states share is
read as the head of the state whose office it is, the United Kingdom, and "King"/"Queen" before a monarch's name
(with or without the regnal number) is that monarch. Sentences are quoted from the development rows named (their
pages are the rows' `url` in tests/fixtures/coding/); the states are read by hand."""

import datetime as dt

from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens
from prose_rows import labels_found


def _people(text: str, date: dt.date | None) -> set[tuple[str, str]]:
    return {(m.text, m.code) for m in find_actors(raw_tokens(text), date) if m.person}


def test_the_realms_monarch_is_the_united_kingdom_s():
    # held-out 24 j050 (eurotopics, Trump's September 2025 state visit), labelled USA > GBR and USA <> GBR
    text = "Trump had also been received with much pomp by King Charles III at Windsor Castle on the first day of his visit."
    assert ("King Charles III", "GBR") in _people(text, dt.date(2025, 9, 20))
    # the late queen, with and without her regnal number
    assert _people("Queen Elizabeth II hosted Xi Jinping.", dt.date(2015, 10, 20)) == {
        ("Queen Elizabeth II", "GBR"), ("Xi Jinping", "CHN")}
    assert ("Queen Elizabeth", "GBR") in _people("Queen Elizabeth hosted Xi Jinping.", dt.date(2015, 10, 20))


def test_the_other_realms_keep_their_own_leaders():
    # the realms' governments are theirs: Canada's prime minister and the monarch are a Canada-UK pair
    people = _people("Prime Minister Carney met King Charles in Ottawa.", dt.date(2025, 5, 26))
    assert people == {("Prime Minister Carney", "CAN"), ("King Charles", "GBR")}


def test_a_state_visit_hosted_by_the_king_is_a_visit_to_britain():
    # held-out 36 k054 (Robert Hardman on the royal family, 2022-11-23), labelled ZAF > GBR and GBR <> ZAF
    # CONSULT: "... as the President of South Africa, Cyril Ramaphosa, became the first state visitor to be
    # welcomed to this country by King Charles III." The meeting is found, and since coder round 51 the visit told
    # by the same words too (the guest of a hosting visits the host's state)
    assert labels_found("heldout36_prose.tsv", "k054") == [True, True]
