"""Layout of the held-out set of actors round 60 (issue 13: officials of international organisations the name
tables may not hold, as the pages come: "World Bank Managing Director (Operations) Anna Bjerde", "UN Special
Coordinator for Afghanistan, Feridun Sinirlioğlu", "Associate Spokesperson for the UN Secretary-General", "Deputy
Managing Director Kenji Okamura", "his deputy, Selma Malika Haddadi", "Mr. Okamura", "Banga"; collected 2026-12-06
before any change to the people rules and before any table row was written): real news sentences of 2023-26, each
citing its page, with the state of every named person (an international organisation's official `IGO`). Its scores
are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors60_layout():
    frame, items = read_actor_set("heldout_actors60.tsv", rows=44, pages=15, dated=31)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 63
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 11
    assert sum(item.endswith("=IGO") for item in items) == 35
    assert sum(item.endswith("=BGD") for item in items) == 5
    assert sum(len(states.split()) for states in frame["states"]) == 77
    check_names_in_rows(frame, codes)


def test_heldout_actors60_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors60.tsv")
