"""Layout of the held-out set of actors round 29 (issue 13: people named with a rank alone, with a body between their
state and their name, as a "head" of a body, or with "of" and their state after the name; collected 2026-12-05
before any change to the people rules): real news sentences of 2022-25 naming army and navy chiefs ("Lieutenant
General Simon Stuart, Chief of the Australian Army"), speakers and members of parliaments ("the Speaker of Maldives
People's Majlis Abdul Raheem Abdulla"), the delegations at the Russia-Ukraine talks in Istanbul ("Head of the Main
Intelligence Directorate of the Russian General Staff Igor Kostyukov"), and the Philippine, Malaysian and Nigerian
leaders and commanders, with the places they are in, each citing its page, with the state of every named person and
place. Its scores are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors29_layout():
    frame, items = read_actor_set("heldout_actors29.tsv", rows=62, pages=19, dated=42)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 126
    assert len([item for item in items if item.startswith("@")]) == 21
    assert len({item.rsplit("=", 1)[1] for item in items}) == 18
    assert sum(len(states.split()) for states in frame["states"]) == 98
    check_names_in_rows(frame, codes)


def test_heldout_actors29_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors29.tsv")
