"""Layout of the held-out set of actors round 75 (issue 13: a state's officials named as "<state adjective or U.S.>
<office> <first name> <surname>", some in datelined wire copy whose dateline is a capital ("BERLIN (Reuters): ...,
German Foreign Minister Annalena Baerbock said", "ISLAMABAD: Deputy Prime Minister and Foreign Minister Ishaq Dar",
"Ankara, SANA-Turkish Defense Minister Yasar Guler"), then by surname alone in the same article ("Baerbock told
reporters", "Dar further revealed", "Guler said"); collected 2026-12-07 before any change to the people rules): real
news sentences of 2024-25, each citing its page, with the state of every named person. Its scores are reported once
in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors75_layout():
    frame, items = read_actor_set("heldout_actors75.tsv", rows=22, pages=11, dated=12)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 32
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 10
    assert sum(" " not in item.rsplit("=", 1)[0] for item in items) == 12
    assert sum(item.endswith("=KOR") for item in items) == 5
    assert sum(item.endswith("=TUR") for item in items) == 5
    assert sum(item.endswith("=DEU") for item in items) == 4
    assert sum(len(states.split()) for states in frame["states"]) == 47
    check_names_in_rows(frame, codes)


def test_heldout_actors75_keeps_each_pages_rows_together_full_name_first():
    frame, _ = read_actor_set("heldout_actors75.tsv", rows=22, pages=11, dated=12)
    urls = list(frame["url"])
    assert all(urls.index(url) + urls.count(url) - 1 == len(urls) - 1 - urls[::-1].index(url) for url in set(urls))
    for url in set(urls):
        first = frame[frame["url"] == url].iloc[0]
        assert any(" " in item.rsplit("=", 1)[0] for item in first["names"].split(";"))


def test_heldout_actors75_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors75.tsv")
