"""Layout of the held-out set of actors round 41 (issue 13: officials of international organisations, "NATO
Secretary General Mark Rutte", "UN High Commissioner for Human Rights Volker Turk", "ASEAN Secretary-General Kao
Kim Hourn", "The Chairperson of the African Union (AU) Commission Moussa Faki Mahamat", and people whose surnames
are the names of other states' leaders or peoples, "Kurt Campbell", "Penny Wong", "Turk"; collected 2026-12-06
before any change to the people rules): real news sentences of 2022-26, each citing its page, with the state of
every named person (`IGO` for an official of an international organisation). Its scores are reported once in
docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors41_layout():
    frame, items = read_actor_set("heldout_actors41.tsv", rows=42, pages=21, dated=13)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 55
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 11
    assert sum(item.endswith("=IGO") for item in items) == 28
    assert sum(len(states.split()) for states in frame["states"]) == 83
    check_names_in_rows(frame, codes)


def test_heldout_actors41_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors41.tsv")
