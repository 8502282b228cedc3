"""Layout of the held-out set of actors round 73 (issue 13: officials whose surname is shared with a well-known person
of another state, named in full once and then by surname in the same article: Australia's trade minister "Don
Farrell" then "Senator Farrell" / "Mr Farrell"; Australia's foreign minister "Penny Wong" then "Senator Wong" (a
surname Singapore's prime minister shares); Canada's foreign minister "Anita Anand" then "Anand"; collected
2026-12-07 before any change to the people rules): real news sentences of 2022-25, each citing its page, with the
state of every named person. Its scores are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors73_layout():
    frame, items = read_actor_set("heldout_actors73.tsv", rows=20, pages=10, dated=10)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 31
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 7
    assert sum(" " not in item.rsplit("=", 1)[0] for item in items) == 12
    assert sum(item.endswith("=AUS") for item in items) == 18
    assert sum(item.endswith("=CAN") for item in items) == 4
    assert sum(len(states.split()) for states in frame["states"]) == 41
    check_names_in_rows(frame, codes)


def test_heldout_actors73_keeps_each_pages_rows_together_full_name_first():
    frame, _ = read_actor_set("heldout_actors73.tsv", rows=20, pages=10, dated=10)
    urls = list(frame["url"])
    assert all(urls.index(url) + urls.count(url) - 1 == len(urls) - 1 - urls[::-1].index(url) for url in set(urls))
    for url in set(urls):
        first = frame[frame["url"] == url].iloc[0]
        assert any(" " in item.rsplit("=", 1)[0] for item in first["names"].split(";"))


def test_heldout_actors73_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors73.tsv")
