"""Layout of the held-out set of actors round 49 (issue 13: officials whose surname is also a state's or a people's
word, "Turk"/"Türk" (Volker Türk, the UN High Commissioner for Human Rights) and "Jordan" (Jim Jordan, chairman of
the US House Judiciary Committee), and officials with a state's post written after the name ("Vassily Nebenzia,
permanent representative of Russia to the United Nations", "Ohio Republican Jim Jordan is chairman of the House
Judiciary Committee"); collected 2026-12-06 before any change to the people rules): real news sentences of 2022-26,
each citing its page, with the state of every named person (`IGO` for an official of an international
organisation). Its scores are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors49_layout():
    frame, items = read_actor_set("heldout_actors49.tsv", rows=40, pages=18, dated=13)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 48
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 4
    assert sum(item.endswith("=IGO") for item in items) == 29
    assert sum(len(states.split()) for states in frame["states"]) == 64
    check_names_in_rows(frame, codes)


def test_heldout_actors49_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors49.tsv")
