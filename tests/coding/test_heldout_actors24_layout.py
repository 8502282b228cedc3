"""Layout of the held-out set of actors round 24 (issue 13: places resolved to their states — military bases,
ports, islands, disputed areas, seats of power and landmarks; collected 2026-12-05 before any change to the place
tables): real news and analysis sentences of 2003-2025 naming bases at home and abroad (Camp Humphreys, Yokosuka,
Atsugi, Iwakuni, Futenma, Incirlik, Al Udeid, Camp Lemonnier, Hmeymim, Tartus), ports (Chabahar, Gwadar,
Hambantota, Zhanjiang), islands held by one state (the Senkakus, Kinmen, Yonaguni, Pag-asa, Diego Garcia), seats
of power (the Blue House, Zhongnanhai) and the Kaesong complex, each citing its page, with the state of every
named place (a base abroad is its host state's) and person. Its scores are reported once in docs/coding.md,
never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors24_layout():
    frame, items = read_actor_set("heldout_actors24.tsv", rows=89, pages=44, dated=46)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 168
    assert len([item for item in items if item.startswith("@")]) == 127
    assert len({item.rsplit("=", 1)[1] for item in items}) == 21
    assert sum(len(states.split()) for states in frame["states"]) == 167
    check_names_in_rows(frame, codes)


def test_heldout_actors24_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors24.tsv")
