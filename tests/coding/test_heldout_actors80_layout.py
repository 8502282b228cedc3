"""Layout of the held-out set of actors round 80 (issue 13: officials named by an office and a full name with no
state before the office whose surname a former leader of another state shares, "Education Secretary Linda McMahon",
"Governor Greg Abbott", "Sen. Maggie Hassan", "Former prime minister Naftali Bennett", and some whose surname is their
own state's former leader's, "agriculture minister Shinjiro Koizumi", "Ambassador Kevin Rudd", "former President
Barack Obama"; collected 2026-12-07 before any change to the people rules): real news sentences of 2024-25, each
citing its page, with the state of every named person. Its scores are reported once in docs/coding.md, never
asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors80_layout():
    frame, items = read_actor_set("heldout_actors80.tsv", rows=17, pages=8, dated=7)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 25
    assert not [item for item in items if item.startswith("@")]
    assert {item.rsplit("=", 1)[1] for item in items} == {"USA", "JPN", "ISR", "AUS"}
    assert sum(" " not in item.rsplit("=", 1)[0] for item in items) == 11
    assert sum(len(states.split()) for states in frame["states"]) == 20
    check_names_in_rows(frame, codes)


def test_heldout_actors80_keeps_each_pages_rows_together_full_name_first():
    frame, _ = read_actor_set("heldout_actors80.tsv", rows=17, pages=8, dated=7)
    urls = list(frame["url"])
    assert all(urls.index(url) + urls.count(url) - 1 == len(urls) - 1 - urls[::-1].index(url) for url in set(urls))
    for url in set(urls):
        first = frame[frame["url"] == url].iloc[0]
        assert any(" " in item.rsplit("=", 1)[0] for item in first["names"].split(";"))


def test_heldout_actors80_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors80.tsv")
