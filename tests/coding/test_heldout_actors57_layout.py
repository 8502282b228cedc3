"""Layout of the held-out set of actors round 57 (issue 13: a person's name word read as a state: "Rep. Jim
Jordan", "Deputy Secretary Kurt Campbell", "President-elect Santiago Peña", "US climate envoy John Kerry", "Paris
Hilton", "Vice President Francia Márquez Mina", "Foreign Secretary David Cameron", "Defense Minister Israel Katz";
collected 2026-12-06 before any change to the people rules): real news sentences of 2022-25, each citing its page,
with the state of every named person. Its scores are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors57_layout():
    frame, items = read_actor_set("heldout_actors57.tsv", rows=37, pages=20, dated=22)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 54
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 11
    assert sum(item.endswith("=USA") for item in items) == 25
    assert sum(item.endswith("=PRY") for item in items) == 5
    assert sum(len(states.split()) for states in frame["states"]) == 57
    check_names_in_rows(frame, codes)


def test_heldout_actors57_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors57.tsv")
