"""Layout of the held-out set of actors round 25 (issue 13: places named by a state's demonym and a site noun, and
sites standing alone; collected 2026-12-05 before any change to the place rules): real news and analysis sentences
of 2007-2025 naming places written as "the Russian Black Sea port of Novorossiysk", "the Pakistani city of Quetta",
"the Persian Gulf island of Abu Musa", "the border village of Houla", "Yemen's Red Sea port city of Hodeidah", and
sites standing alone (Kadena Air Base, Futenma, Diego Garcia, Kinmen Island, Molkino, Ras Issa), each citing its
page, with the state of every named place (a base abroad is its host state's, a disputed island its administering
state's) and person. Its scores are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors25_layout():
    frame, items = read_actor_set("heldout_actors25.tsv", rows=73, pages=31, dated=24)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 114
    assert len([item for item in items if item.startswith("@")]) == 100
    assert len({item.rsplit("=", 1)[1] for item in items}) == 17
    assert sum(len(states.split()) for states in frame["states"]) == 114
    check_names_in_rows(frame, codes)


def test_heldout_actors25_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors25.tsv")
