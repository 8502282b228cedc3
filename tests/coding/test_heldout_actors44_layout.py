"""Layout of the held-out set of actors round 44 (issue 13: officials of international organisations read by their
nationality: the heads of NATO, the IMF, the World Bank, the African Union Commission, ASEAN, UNHCR, the ECB and the
EU's High Representative, often by surname alone after the first mention and next to their home state: "Norway's
former prime minister, Jens Stoltenberg", "An Indian-born, naturalized US citizen, Banga", "Moussa Faki Mahamat,
former Chadian Prime Minister and Chairperson of the African Union Commission", "Kao, originally from Cambodia",
"Born in Soviet-occupied Estonia, ... Kallas"; collected 2026-12-06 before any change to the
people rules): real news sentences of 2022-26, each citing its page, with the state of every named person (`IGO` for
an official of an international organisation). Its scores are reported once in docs/coding.md, never asserted
here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors44_layout():
    frame, items = read_actor_set("heldout_actors44.tsv", rows=45, pages=23, dated=19)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 58
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 5
    assert sum(item.endswith("=IGO") for item in items) == 46
    assert sum(len(states.split()) for states in frame["states"]) == 82
    check_names_in_rows(frame, codes)


def test_heldout_actors44_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors44.tsv")
