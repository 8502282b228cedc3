"""Layout of the held-out set of actors round 61 (issue 13: people whose names contain or extend a well-known
holder's name, beside the holders themselves, as the pages come: "Maryam Nawaz Sharif" beside "Nawaz Sharif" and
"Shehbaz Sharif", "Sajeeb Wazed Joy" and "Saima Wazed" beside "Sheikh Hasina" and "Sheikh Rehana", "Bilawal Bhutto
Zardari" beside "Asif Ali Zardari", "Kim Yo Jong" beside "Kim", "Eric Trump" and "Lara Trump" beside "Donald Trump";
collected 2026-12-06 before any change to the people rules): real news sentences of 2022-25, each citing its page,
with the state of every named person (an international organisation's official `IGO`). Its scores are reported once
in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors61_layout():
    frame, items = read_actor_set("heldout_actors61.tsv", rows=31, pages=12, dated=27)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 60
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 9
    assert sum(item.endswith("=PAK") for item in items) == 21
    assert sum(item.endswith("=BGD") for item in items) == 14
    assert sum(len(states.split()) for states in frame["states"]) == 47
    check_names_in_rows(frame, codes)


def test_heldout_actors61_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors61.tsv")
