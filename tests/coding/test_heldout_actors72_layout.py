"""Layout of the held-out set of actors round 72 (issue 13: officials named in full once and then by surname in the
same article, the page's earlier sentences kept before the surname's: "Foreign Ministry spokesman Heorhiy Tykhy said
..." then "According to Tykhy, ..."; "... Hon. Dr. Peya Mushelenga, Minister of International Relations and
Cooperation of the Republic of Namibia." then "Hon. Dr. Mushelenga said that ..."; "Minister in the Presidency
Khumbudzo Ntshaveni says ..." then "Ntshaveni has briefed the media ..."; collected 2026-12-07 before any change to
the people rules): real news, agency and government sentences of 2023-25, each citing its page, with the state of
every named person. Its scores are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors72_layout():
    frame, items = read_actor_set("heldout_actors72.tsv", rows=22, pages=9, dated=20)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 34
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 15
    assert sum(" " not in item.rsplit("=", 1)[0] for item in items) == 15
    assert sum(item.endswith("=USA") for item in items) == 5
    assert sum(item.endswith("=ZAF") for item in items) == 4
    assert sum(len(states.split()) for states in frame["states"]) == 46
    check_names_in_rows(frame, codes)


def test_heldout_actors72_keeps_each_pages_rows_together_full_name_first():
    frame, _ = read_actor_set("heldout_actors72.tsv", rows=22, pages=9, dated=20)
    urls = list(frame["url"])
    assert all(urls.index(url) + urls.count(url) - 1 == len(urls) - 1 - urls[::-1].index(url) for url in set(urls))
    for url in set(urls):
        first = frame[frame["url"] == url].iloc[0]
        assert any(" " in item.rsplit("=", 1)[0] for item in first["names"].split(";"))


def test_heldout_actors72_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors72.tsv")
