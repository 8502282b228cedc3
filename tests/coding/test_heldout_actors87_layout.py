"""Layout of the held-out set of actors round 87 (issue 13: lesser-known officials, spokespeople and lawmakers whose
names no table holds, tied to their states in the sentence or the sentence before: a deputy minister "First Deputy
Minister of Foreign Affairs of Uzbekistan, Bahromjon Aloyev", lawmakers "MQM MNA, Khawaja Izharul Hassan",
"Chairman Pakistan Tehreek-e-Insaf Barrister Gohar Ali Khan", spokespeople "Foreign Office Spokesperson Mumtaz Zahra
Baloch", "Foreign Ministry spokesperson Esmaeil Baqaei", a general "his French counterpart, General Fabien Mandon",
surnames told by the sentence before "Gharibabadi said on November 29", "Bozay and Papadopoulou"; collected
2026-12-07 before any change to the people rules): real news sentences of 2024-25, each citing its page, with the
state of every named person. Its scores are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors87_layout():
    frame, items = read_actor_set("heldout_actors87.tsv", rows=12, pages=8, dated=9)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 17
    assert not [item for item in items if item.startswith("@")]
    assert {item.rsplit("=", 1)[1] for item in items} == {"UZB", "SAU", "PAK", "IRN", "USA", "OMN", "FRA", "TUR", "GRC"}
    assert sum(item.endswith("=PAK") for item in items) == 4
    assert sum(" " not in item.rsplit("=", 1)[0] for item in items) == 4
    assert sum(len(states.split()) for states in frame["states"]) == 24
    check_names_in_rows(frame, codes)


def test_heldout_actors87_keeps_each_pages_rows_together_full_name_first():
    frame, _ = read_actor_set("heldout_actors87.tsv", rows=12, pages=8, dated=9)
    urls = list(frame["url"])
    assert all(urls.index(url) + urls.count(url) - 1 == len(urls) - 1 - urls[::-1].index(url) for url in set(urls))
    for url in set(urls):
        first = frame[frame["url"] == url].iloc[0]
        assert any(" " in item.rsplit("=", 1)[0] for item in first["names"].split(";"))


def test_heldout_actors87_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors87.tsv")
