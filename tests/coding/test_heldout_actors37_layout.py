"""Layout of the held-out set of actors round 37 (issue 13: spokespeople and officials named after their ministry,
department or office, "Russian Foreign Ministry spokeswoman Maria Zakharova", "MEA spokesperson Randhir Jaiswal",
"Nasser Kanaani, the spokesperson for Iran's Foreign Ministry"; collected 2026-12-06 before any change to the people
rules): real news sentences of 2022-25, each citing its page, with the state of every named person and place. Its
scores are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors37_layout():
    frame, items = read_actor_set("heldout_actors37.tsv", rows=48, pages=24, dated=16)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 75
    assert len([item for item in items if item.startswith("@")]) == 10
    assert len({item.rsplit("=", 1)[1] for item in items}) == 17
    assert sum(len(states.split()) for states in frame["states"]) == 95
    check_names_in_rows(frame, codes)


def test_heldout_actors37_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors37.tsv")
