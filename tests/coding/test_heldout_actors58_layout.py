"""Layout of the held-out set of actors round 58 (issue 13: a surname the tables give another person: "Iraqi Foreign
Minister Fuad Hussein", "Singapore's Deputy Prime Minister Lawrence Wong", "Senator Wong" (Penny Wong), "House Speaker
Mike Johnson", "British prosecutor Karim Khan", "Vedant Patel"; collected 2026-12-06 before any change to the people
rules): real news sentences of 2022-25, each citing its page, with the state of every named person. Its scores are
reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors58_layout():
    frame, items = read_actor_set("heldout_actors58.tsv", rows=35, pages=14, dated=23)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 61
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 12
    assert sum(item.endswith("=USA") for item in items) == 19
    assert sum(item.endswith("=SGP") for item in items) == 11
    assert sum(item.endswith("=IGO") for item in items) == 4
    assert sum(len(states.split()) for states in frame["states"]) == 68
    check_names_in_rows(frame, codes)


def test_heldout_actors58_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors58.tsv")
