"""Layout of the held-out set of actors round 36 (issue 13: people whose full name and office stand with no state's
mention in their sentence, so that only the article gives the state; collected 2026-12-06 before any change to the
people rules): real news sentences of 2022-26 where a minister, president or envoy is named by an office and a name
alone ("Foreign Minister AK Abdul Momen will have a number of bilateral meetings", "President Droupadi Murmu arrived
in the Slovakian capital"), then often by surname, with the places they are in, each citing its page, with the state
of every named person and place. Its scores are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors36_layout():
    frame, items = read_actor_set("heldout_actors36.tsv", rows=60, pages=23, dated=37)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 111
    assert len([item for item in items if item.startswith("@")]) == 14
    assert len({item.rsplit("=", 1)[1] for item in items}) == 26
    assert sum(len(states.split()) for states in frame["states"]) == 119
    check_names_in_rows(frame, codes)


def test_heldout_actors36_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors36.tsv")
