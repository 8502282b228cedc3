"""Layout of the held-out set of actors round 35 (issue 13: people named by surname or rank alone after the article
named them in full; collected 2026-12-06 before any change to the people rules): real news sentences of 2022-26 where
a president, prime minister, minister or envoy named in full in one sentence is named by surname alone, or by a rank
and surname, in the next ("President Yoon Suk Yeol ... President Yoon said", "Lula is on a trip to Argentina", "Hasan
said that in the meeting, Prabowo and Jokowi did not discuss ..."), with the places they are in, each citing its page,
with the state of every named person and place. Its scores are reported once in docs/coding.md, never asserted
here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors35_layout():
    frame, items = read_actor_set("heldout_actors35.tsv", rows=60, pages=23, dated=42)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 124
    assert len([item for item in items if item.startswith("@")]) == 20
    assert len({item.rsplit("=", 1)[1] for item in items}) == 22
    assert sum(len(states.split()) for states in frame["states"]) == 121
    check_names_in_rows(frame, codes)


def test_heldout_actors35_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors35.tsv")
