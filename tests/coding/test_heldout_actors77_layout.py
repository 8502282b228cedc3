"""Layout of the held-out set of actors round 77 (issue 13: people whose first name is a state's name, "Chad
Bianco", Riverside County's sheriff, and "India Walton", Buffalo's progressive, named in full and then by surname
alone in the same article, "Bianco was first elected sheriff", "Walton rose to the national spotlight"; collected
2026-12-07 before any change to the people rules): real news sentences of 2024-25, each citing its page, with the
state of every named person. Its scores are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors77_layout():
    frame, items = read_actor_set("heldout_actors77.tsv", rows=15, pages=8, dated=9)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 22
    assert not [item for item in items if item.startswith("@")]
    assert {item.rsplit("=", 1)[1] for item in items} == {"USA"}
    assert sum(" " not in item.rsplit("=", 1)[0] for item in items) == 11
    first = [item.rsplit("=", 1)[0].split()[0] for item in items if " " in item.rsplit("=", 1)[0]]
    assert sum(name in {"Chad", "India"} for name in first) == 8
    assert sum(len(states.split()) for states in frame["states"]) == 15
    check_names_in_rows(frame, codes)


def test_heldout_actors77_keeps_each_pages_rows_together_full_name_first():
    frame, _ = read_actor_set("heldout_actors77.tsv", rows=15, pages=8, dated=9)
    urls = list(frame["url"])
    assert all(urls.index(url) + urls.count(url) - 1 == len(urls) - 1 - urls[::-1].index(url) for url in set(urls))
    for url in set(urls):
        first = frame[frame["url"] == url].iloc[0]
        assert any(" " in item.rsplit("=", 1)[0] for item in first["names"].split(";"))


def test_heldout_actors77_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors77.tsv")
