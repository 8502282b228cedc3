"""Layout of the held-out set of actors round 52 (issue 13: the article's own office beats the tables' holder of a
name: a state's office written before the name, "Iraqi Foreign Minister Fuad Hussein", "Rep. Jim Jordan (R-Ohio)",
"South Korean Foreign Minister Park Jin", "Jordan's Deputy Prime Minister and Minister of Foreign Affairs, Ayman
Safadi", for people whose surname or name another holder in the tables shares or that is a state's name; collected
2026-12-06 before any change to the people rules): real news sentences of 2022-26, each citing its page, with the
state of every named person. Its scores are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors52_layout():
    frame, items = read_actor_set("heldout_actors52.tsv", rows=36, pages=16, dated=20)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 55
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 15
    assert sum(item.endswith("=USA") for item in items) == 16
    assert sum(item.endswith("=IRQ") for item in items) == 8
    assert sum(len(states.split()) for states in frame["states"]) == 68
    check_names_in_rows(frame, codes)


def test_heldout_actors52_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors52.tsv")
