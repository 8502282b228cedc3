"""Layout of the held-out set of actors round 42 (issue 13: officials named with their office after the name, in
apposition or a relative clause: "Philippe Lazzarini, the Commissioner-General of UNRWA", "Rafael Grossi, director
of the International Atomic Energy Agency (IAEA)", "Kaja Kallas, EU's High Representative", "Wang Yi, who is the
foreign policy chief for the Chinese Communist Party", "Jake Sullivan, the National Security Advisor to the U.S.
President"; collected 2026-12-06 before any change to the people rules): real news sentences of 2022-26, each citing
its page, with the state of every named person (`IGO` for an official of an international organisation). Its scores
are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors42_layout():
    frame, items = read_actor_set("heldout_actors42.tsv", rows=45, pages=28, dated=20)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 65
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 7
    assert sum(item.endswith("=IGO") for item in items) == 33
    assert sum(len(states.split()) for states in frame["states"]) == 91
    check_names_in_rows(frame, codes)


def test_heldout_actors42_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors42.tsv")
