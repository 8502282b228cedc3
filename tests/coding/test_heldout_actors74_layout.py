"""Layout of the held-out set of actors round 74 (issue 13: officials named by title, first name and surname, then by
surname alone in the same article, where the tables hold the surname for another state's person or the title may
split the full mention: "Deputy Secretary of State Kurt Campbell" then "Deputy Secretary Campbell"; Australia's prime
minister "Anthony Albanese" then "Albanese"; the EU's "Kaja Kallas" then "Kallas"; Türkiye's foreign minister "Hakan
Fidan" then "Fidan"; collected 2026-12-07 before any change to the people rules): real news and readout sentences of
2024-25, each citing its page, with the state of every named person. Its scores are reported once in docs/coding.md,
never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors74_layout():
    frame, items = read_actor_set("heldout_actors74.tsv", rows=21, pages=8, dated=15)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 34
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 10
    assert sum(" " not in item.rsplit("=", 1)[0] for item in items) == 16
    assert sum(item.endswith("=USA") for item in items) == 8
    assert sum(item.endswith("=TUR") for item in items) == 9
    assert sum(item.endswith("=AUS") for item in items) == 6
    assert sum(len(states.split()) for states in frame["states"]) == 49
    check_names_in_rows(frame, codes)


def test_heldout_actors74_keeps_each_pages_rows_together_full_name_first():
    frame, _ = read_actor_set("heldout_actors74.tsv", rows=21, pages=8, dated=15)
    urls = list(frame["url"])
    assert all(urls.index(url) + urls.count(url) - 1 == len(urls) - 1 - urls[::-1].index(url) for url in set(urls))
    for url in set(urls):
        first = frame[frame["url"] == url].iloc[0]
        assert any(" " in item.rsplit("=", 1)[0] for item in first["names"].split(";"))


def test_heldout_actors74_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors74.tsv")
