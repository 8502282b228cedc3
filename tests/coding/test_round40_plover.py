"""PLOVER round 40 (issue 13): real news sentences that got no record at all, second pass — a subject that
names a party by the state it is in ("Militants in Pakistan", "A court in the Maldives") gives the act a source.

Each sentence is a development row of the real-news sets (tests/fixtures/coding/plover_news_*.tsv), quoted as
published; the expected type, source and target are the sets' labels, read by hand.
"""

from latitude.coding.coder import code_sentence


def _first(sentence: str) -> tuple:
    records = code_sentence(sentence)
    assert records, sentence
    return records[0]["plover"], records[0]["source"], records[0]["target"]


def test_a_party_placed_in_a_state_by_the_subject_is_that_states_party():
    # AA: militants inside Pakistan shooting at its police, ASSAULT PAK > PAK (no record before)
    assert _first(
        "Militants in Pakistan shot at the country’s police force in a volatile northwestern province overnight, "
        "killing two officers, officials said."
    ) == ("ASSAULT", "PAK", "PAK")
    # X: Nepal's Maoist rebels agreeing to resume talks, AGREE NPL > NPL
    assert _first(
        "Maoist rebels in Nepal have agreed to resume stalled peace talks, a peace facilitator told the BBC."
    ) == ("AGREE", "NPL", "NPL")
    # AC: "in the Central African Republic", the article before the state's name
    assert _first(
        "Rebels in the Central African Republic say they have agreed to a temporary cease-fire deal with the government."
    )[1:] == ("CAF", "CAF")

