"""Layout of the held-out set of actors round 39 (issue 13: officials of presidential offices, general staffs,
national security councils and other bodies named without their state, "Kremlin spokesman Dmitry Peskov", "the Head of
the President's Office, Andriy Yermak", "the Chief of the General Staff, LTG Herzi Halevi", "National Security Council
head Tzachi Hanegbi"; collected 2026-12-06 before any change to the people rules): real news sentences of 2022-26,
each citing its page, with the state of every named person and place. Its scores are reported once in
docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors39_layout():
    frame, items = read_actor_set("heldout_actors39.tsv", rows=55, pages=31, dated=24)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 101
    assert len([item for item in items if item.startswith("@")]) == 2
    assert len({item.rsplit("=", 1)[1] for item in items}) == 12
    assert sum(len(states.split()) for states in frame["states"]) == 75
    check_names_in_rows(frame, codes)


def test_heldout_actors39_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors39.tsv")
