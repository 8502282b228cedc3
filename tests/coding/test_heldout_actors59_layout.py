"""Layout of the held-out set of actors round 59 (issue 13: officials of international organisations read as a
state: "UN Secretary-General Antonio Guterres", "the NATO Secretary General, Mr Mark Rutte", "former Prime Minister of
the Netherlands Mark Rutte", "Mr. Türk", "Kallas served as Estonian prime minister", "ASEAN Secretary-General Kao Kim
Hourn", "the Managing Director of the International Monetary Fund (IMF) Kristalina Georgieva"; collected 2026-12-06
before any change to the people rules): real news sentences of 2022-25, each citing its page, with the state of every
named person (an international organisation's official `IGO`). Its scores are reported once in docs/coding.md, never
asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors59_layout():
    frame, items = read_actor_set("heldout_actors59.tsv", rows=48, pages=23, dated=27)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 83
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 25
    assert sum(item.endswith("=IGO") for item in items) == 45
    assert sum(item.endswith("=NPL") for item in items) == 5
    assert sum(len(states.split()) for states in frame["states"]) == 98
    check_names_in_rows(frame, codes)


def test_heldout_actors59_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors59.tsv")
