"""Layout of the held-out set of actors round 28 (issue 13: heads of agencies, military commanders, central bankers,
party leaders and ministers of 2024-26; collected 2026-12-05 before any change to the people rules): real news
sentences naming army, navy and defence chiefs ("Chief of the Naval Staff, Admiral Naveed Ashraf", "the Commander of
the Sri Lanka Navy, Vice Admiral Kanchana Banagoda"), central bank governors ("Bank of Japan Governor Kazuo Ueda"),
intelligence and security service heads ("the head of the SBU Vasyl Malyuk") and party leaders, with the places they
are in, each citing its page, with the state of every named person and place. Its scores are reported once in
docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors28_layout():
    frame, items = read_actor_set("heldout_actors28.tsv", rows=64, pages=19, dated=34)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 112
    assert len([item for item in items if item.startswith("@")]) == 14
    assert len({item.rsplit("=", 1)[1] for item in items}) == 14
    assert sum(len(states.split()) for states in frame["states"]) == 83
    check_names_in_rows(frame, codes)


def test_heldout_actors28_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors28.tsv")
