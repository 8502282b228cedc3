"""Layout of the held-out set of actors round 40 (issue 13: officials and politicians of many states whose names
share a first name or a surname with well-known leaders, "Nasser Kanaani", "Nasser Bourita", "Ali Bagheri Kani",
"Kim Doo-gwan", "Lee Un-ju", "JP Singh", "Rajnath Singh"; collected 2026-12-06 before any change to the people
rules): real news sentences of 2022-26, each citing its page, with the state of every named person. Its scores are
reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors40_layout():
    frame, items = read_actor_set("heldout_actors40.tsv", rows=44, pages=18, dated=32)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 80
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 17
    assert sum(len(states.split()) for states in frame["states"]) == 96
    check_names_in_rows(frame, codes)


def test_heldout_actors40_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors40.tsv")
