"""Layout of the held-out set of actors round 85 (issue 13: people named with another state nearby: ambassadors and
envoys "Croatia's ambassador to the US", "Israel's Ambassador to the United States", "the US ambassador to the UK",
"previously served as ambassador to Mauritania", foreign ministers meeting another state's minister "Lavrov's meeting
with Iran's acting Foreign Minister, Ali Bagheri", and former leaders "Former Philippine President Rodrigo Duterte",
"when ... David Cameron was UK prime minister"; collected 2026-12-07 before any change to the people rules): real news
sentences of 2024-25, each citing its page, with the state of every named person. Its scores are reported once in
docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors85_layout():
    frame, items = read_actor_set("heldout_actors85.tsv", rows=16, pages=8, dated=11)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 29
    assert not [item for item in items if item.startswith("@")]
    assert {item.rsplit("=", 1)[1] for item in items} == {"RUS", "IRN", "HRV", "BWA", "CYP", "ISR", "USA", "GBR", "PHL"}
    assert sum(item.endswith("=ISR") for item in items) == 13
    assert sum(" " not in item.rsplit("=", 1)[0] for item in items) == 9
    assert sum(len(states.split()) for states in frame["states"]) == 31
    check_names_in_rows(frame, codes)


def test_heldout_actors85_keeps_each_pages_rows_together_full_name_first():
    frame, _ = read_actor_set("heldout_actors85.tsv", rows=16, pages=8, dated=11)
    urls = list(frame["url"])
    assert all(urls.index(url) + urls.count(url) - 1 == len(urls) - 1 - urls[::-1].index(url) for url in set(urls))
    for url in set(urls):
        first = frame[frame["url"] == url].iloc[0]
        assert any(" " in item.rsplit("=", 1)[0] for item in first["names"].split(";"))


def test_heldout_actors85_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors85.tsv")
