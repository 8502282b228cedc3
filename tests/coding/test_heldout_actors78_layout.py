"""Layout of the held-out set of actors round 78 (issue 13: people whose first name is a state's name, the United
States' "Chad Mizelle", "Chad Wolf" and "Chad Daybell", and people named right after a state's name with punctuation
between, "Chad's newly elected president and junta leader Mahamat Idriss Deby, in N'djamena, Chad", "succeeding his
late father, Idriss Deby", "Earlier today, Safadi met with"; collected 2026-12-07 before any change to the people
rules): real news sentences of 2024-25, each citing its page, with the state of every named person. Its scores are
reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors78_layout():
    frame, items = read_actor_set("heldout_actors78.tsv", rows=17, pages=9, dated=10)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 32
    assert not [item for item in items if item.startswith("@")]
    assert {item.rsplit("=", 1)[1] for item in items} == {"USA", "TCD", "JOR", "ESP", "FRA", "MLI"}
    assert sum(" " not in item.rsplit("=", 1)[0] for item in items) == 12
    first = [item.rsplit("=", 1)[0].split()[0] for item in items if " " in item.rsplit("=", 1)[0]]
    assert sum(name == "Chad" for name in first) == 6
    assert sum(len(states.split()) for states in frame["states"]) == 20
    check_names_in_rows(frame, codes)


def test_heldout_actors78_keeps_each_pages_rows_together_full_name_first():
    frame, _ = read_actor_set("heldout_actors78.tsv", rows=17, pages=9, dated=10)
    urls = list(frame["url"])
    assert all(urls.index(url) + urls.count(url) - 1 == len(urls) - 1 - urls[::-1].index(url) for url in set(urls))
    for url in set(urls):
        first = frame[frame["url"] == url].iloc[0]
        assert any(" " in item.rsplit("=", 1)[0] for item in first["names"].split(";"))


def test_heldout_actors78_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors78.tsv")
