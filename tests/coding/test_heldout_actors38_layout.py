"""Layout of the held-out set of actors round 38 (issue 13: officials of security councils, intelligence services,
directorates and agencies, "National Security Council spokesman John Kirby", "the head of the Israel Security Agency
(Shin Bet), Ronen Bar", and people named before their office, "Kyrylo Budanov, the head of Ukraine's Defence
Intelligence"; collected 2026-12-06 before any change to the people rules): real news sentences of 2022-26, each
citing its page, with the state of every named person and place. Its scores are reported once in docs/coding.md,
never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors38_layout():
    frame, items = read_actor_set("heldout_actors38.tsv", rows=49, pages=24, dated=24)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 71
    assert len([item for item in items if item.startswith("@")]) == 6
    assert len({item.rsplit("=", 1)[1] for item in items}) == 11
    assert sum(len(states.split()) for states in frame["states"]) == 87
    check_names_in_rows(frame, codes)


def test_heldout_actors38_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors38.tsv")
