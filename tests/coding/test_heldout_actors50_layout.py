"""Layout of the held-out set of actors round 50 (issue 13: people whose surname is also a word for a people, named
alone or with their office: "Türk"/"Turk" for Volker Türk, the UN High Commissioner for Human Rights, and for Ahmet
Türk, the removed mayor of Mardin in Türkiye; "Fleming" for Melissa Fleming, the UN Under-Secretary-General for Global
Communications; "Breton" for Thierry Breton, the European Commissioner for the Internal Market to 2024; collected
2026-12-06 before any change to the people rules): real news sentences of 2022-26, each citing its page, with the
state of every named person (`IGO` for an official of an international organisation). Its scores are reported once
in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors50_layout():
    frame, items = read_actor_set("heldout_actors50.tsv", rows=40, pages=16, dated=14)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 58
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 5
    assert sum(item.endswith("=IGO") for item in items) == 30
    assert sum(item.endswith("=TUR") for item in items) == 21
    assert sum(len(states.split()) for states in frame["states"]) == 59
    check_names_in_rows(frame, codes)


def test_heldout_actors50_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors50.tsv")
