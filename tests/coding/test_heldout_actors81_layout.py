"""Layout of the held-out set of actors round 81 (issue 13: officials named by an office and a full name with no
state before the office whose surname the tables give a former leader of another state, "Defence Minister Bill
Blair", "Premier Danielle Smith", "Business Secretary Jonathan Reynolds", "Gov. Kim Reynolds", "Governor Wes Moore",
"Senator Pauline Hanson", and some whose surname is their own state's former leader's, "Leader of the Opposition
Rahul Gandhi", "MPP Caroline Mulroney", "former prime minister Stephen Harper"; collected 2026-12-07 before any
change to the people rules): real news and parliamentary sentences of 2024-26, each citing its page, with the state
of every named person. Its scores are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors81_layout():
    frame, items = read_actor_set("heldout_actors81.tsv", rows=17, pages=10, dated=11)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 20
    assert not [item for item in items if item.startswith("@")]
    assert {item.rsplit("=", 1)[1] for item in items} == {"CAN", "GBR", "USA", "IND", "AUS"}
    assert sum(" " not in item.rsplit("=", 1)[0] for item in items) == 5
    assert sum(len(states.split()) for states in frame["states"]) == 19
    check_names_in_rows(frame, codes)


def test_heldout_actors81_keeps_each_pages_rows_together_full_name_first():
    frame, _ = read_actor_set("heldout_actors81.tsv", rows=17, pages=10, dated=11)
    urls = list(frame["url"])
    assert all(urls.index(url) + urls.count(url) - 1 == len(urls) - 1 - urls[::-1].index(url) for url in set(urls))
    for url in set(urls):
        first = frame[frame["url"] == url].iloc[0]
        assert any(" " in item.rsplit("=", 1)[0] for item in first["names"].split(";"))


def test_heldout_actors81_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors81.tsv")
