"""Actors round 68 (issue 13): an international official read as their home state. The development sort of every
wrong reading of a labelled person over held-out actors 18-67 (146 by article, 194 each sentence alone), by cause,
found the largest cause the officials of an international organisation read as their home state (46 by article, 91
alone); of them, a reading mechanism, not a word list or a row, misses the World Health Organization named by its
acronym: the tables cannot hold "WHO", its word being the pronoun "who", so on an undated page "WHO chief Tedros
Adhanom Ghebreyesus" (held-out actors 45 AN029) and "WHO Director-General Tedros Adhanom Ghebreyesus" (59 BB043)
named no organisation, and the tables' Ethiopian minister was read. `gazetteer._names_organisation` now takes the
acronym in capitals right before an organisation's office. Guard: a state's office with its state right before the
name keeps the state, "WHO" elsewhere in the sentence or not. Probes quote development rows and general sentences,
each failing on the code of the branch point."""

import datetime as dt

from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens
from prose_rows import sentence_state_of


def _state_alone(text: str, name: str, date: dt.date | None = None) -> str | None:
    raw = raw_tokens(text)
    return next(
        (m.code for m in find_actors(raw, date) if m.person and name.lower() in " ".join(raw[m.start : m.end]).lower()),
        None,
    )


def test_the_who_before_an_office_names_the_organisation():
    # held-out actors 45 AN029 (undated): the branch point read the Ethiopian minister, ETH
    text = ("Today, the emergency committee met and advised me that in its view, the situation constitutes a public "
            "health emergency of international concern. I have accepted that advice, WHO chief Tedros Adhanom "
            "Ghebreyesus told a press conference.")
    assert sentence_state_of(text, "Tedros Adhanom Ghebreyesus") == "IGO"
    assert _state_alone(text, "Tedros Adhanom Ghebreyesus") == "IGO"
    # held-out actors 59 BB043 (undated)
    text = ("WHO Director-General Tedros Adhanom Ghebreyesus announced that he held a meeting with Singapore Health "
            "Minister Ong Ye Kung.")
    assert sentence_state_of(text, "Tedros Adhanom Ghebreyesus") == "IGO"
    assert _state_alone(text, "Tedros Adhanom Ghebreyesus") == "IGO"


def test_general_sentences_of_the_who_and_its_head():
    text = "WHO chief Tedros Adhanom Ghebreyesus warned on Monday that the outbreak was spreading across the region."
    assert sentence_state_of(text, "Tedros Adhanom Ghebreyesus") == "IGO"
    text = "Kenya's health minister met WHO Director General Tedros Adhanom Ghebreyesus in Nairobi."
    assert sentence_state_of(text, "Tedros Adhanom Ghebreyesus") == "IGO"


def test_a_state_office_before_the_name_keeps_the_state():
    text = "Ethiopian Foreign Minister Tedros Adhanom Ghebreyesus met WHO officials in Geneva."
    assert sentence_state_of(text, "Tedros Adhanom Ghebreyesus") == "ETH"
