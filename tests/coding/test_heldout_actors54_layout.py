"""Layout of the held-out set of actors round 54 (issue 13: a place's name used as a first name: people whose first
name is also a place's or a state's name, with and without their office, "Argentine Vice President Victoria
Villarruel", "Argentine Foreign Minister Santiago Cafiero", "Santiago Abascal inaugurated the political course",
"Salvador Illa (La Roca del Vallès, 1966)"; collected 2026-12-06 before any change to the people rules): real news
sentences of 2022-26, each citing its page, with the state of every named person. Its scores are reported once in
docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors54_layout():
    frame, items = read_actor_set("heldout_actors54.tsv", rows=31, pages=13, dated=15)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 49
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 6
    assert sum(item.endswith("=ARG") for item in items) == 26
    assert sum(item.endswith("=ESP") for item in items) == 12
    assert sum(len(states.split()) for states in frame["states"]) == 59
    check_names_in_rows(frame, codes)


def test_heldout_actors54_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors54.tsv")
