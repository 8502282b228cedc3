"""Layout of the held-out set of actors round 79 (issue 13: officials named by an office and a full name with no
state before the office, "Trade Minister Don Farrell", "Treasury Secretary Scott Bessent", "Vice President JD Vance",
and organisations' officials whose surname a state's leader shares, the UN's "Francesca Albanese", the European
Council's "António Costa"; collected 2026-12-07 before any change to the people rules): real news sentences of
2024-25, each citing its page, with the state of every named person. Its scores are reported once in
docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors79_layout():
    frame, items = read_actor_set("heldout_actors79.tsv", rows=19, pages=8, dated=3)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 23
    assert not [item for item in items if item.startswith("@")]
    assert {item.rsplit("=", 1)[1] for item in items} == {"USA", "IGO", "AUS", "ISR", "CHN"}
    assert sum(item.endswith("=IGO") for item in items) == 8
    assert sum(" " not in item.rsplit("=", 1)[0] for item in items) == 7
    assert sum(len(states.split()) for states in frame["states"]) == 40
    check_names_in_rows(frame, codes)


def test_heldout_actors79_keeps_each_pages_rows_together_full_name_first():
    frame, _ = read_actor_set("heldout_actors79.tsv", rows=19, pages=8, dated=3)
    urls = list(frame["url"])
    assert all(urls.index(url) + urls.count(url) - 1 == len(urls) - 1 - urls[::-1].index(url) for url in set(urls))
    for url in set(urls):
        first = frame[frame["url"] == url].iloc[0]
        assert any(" " in item.rsplit("=", 1)[0] for item in first["names"].split(";"))


def test_heldout_actors79_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors79.tsv")
