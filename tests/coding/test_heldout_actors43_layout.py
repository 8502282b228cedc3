"""Layout of the held-out set of actors round 43 (issue 13: ministers, spokespeople and officials of states and
organisations whose first names or surnames are also other people's names in the tables, or whose office is an
organisation's: "Nasser Kanaani, the spokesman of the Ministry of Foreign Affairs of Iran", "Moroccan Minister of
Foreign Affairs ... Nasser Bourita", "Christine Lagarde, the European Central Bank (ECB) President", "Maros Sefcovic
of Slovakia, the EU's candidate for trade and economic security commissioner", "Austria's Volker Türk", "Prince
Faisal and Safadi", "Minister Abdel Aty"; collected 2026-12-06 before any change to the people rules): real news
sentences of 2022-26, each citing its page, with the state of every named person (`IGO` for an official of an
international organisation). Its scores are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors43_layout():
    frame, items = read_actor_set("heldout_actors43.tsv", rows=40, pages=25, dated=17)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 61
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 11
    assert sum(item.endswith("=IGO") for item in items) == 15
    assert sum(len(states.split()) for states in frame["states"]) == 72
    check_names_in_rows(frame, codes)


def test_heldout_actors43_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors43.tsv")
