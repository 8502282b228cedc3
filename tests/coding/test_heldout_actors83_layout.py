"""Layout of the held-out set of actors round 83 (issue 13: people whose surname is a state's word, named beside
states: the UN human rights chief "Volker Türk" (also spelt "Volker Turk") on Sudan, Israel and Gaza, and the House
Judiciary chair "Jim Jordan" on the European Union's Digital Services Act, with "Henna Virkkunen" and the cities his
delegation visited; collected 2026-12-07 before any change to the people rules): real news sentences of 2024-26, each
citing its page, with the state (or `IGO`) of every named person and the state of every named city. Its scores are
reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors83_layout():
    frame, items = read_actor_set("heldout_actors83.tsv", rows=12, pages=10, dated=4)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 18
    assert sum(item.startswith("@") for item in items) == 4
    people = [item for item in items if not item.startswith("@")]
    assert {item.rsplit("=", 1)[1] for item in people} == {"IGO", "USA"}
    assert sum(item.endswith("=IGO") for item in people) == 7
    assert sum(" " not in item.rsplit("=", 1)[0] for item in people) == 2
    assert sum(len(states.split()) for states in frame["states"]) == 25
    check_names_in_rows(frame, codes)


def test_heldout_actors83_keeps_each_pages_rows_together_full_name_first():
    frame, _ = read_actor_set("heldout_actors83.tsv", rows=12, pages=10, dated=4)
    urls = list(frame["url"])
    assert all(urls.index(url) + urls.count(url) - 1 == len(urls) - 1 - urls[::-1].index(url) for url in set(urls))
    for url in set(urls):
        first = frame[frame["url"] == url].iloc[0]
        assert any(" " in item.rsplit("=", 1)[0] for item in first["names"].split(";") if not item.startswith("@"))


def test_heldout_actors83_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors83.tsv")
