"""Layout of the held-out set of actors round 33 (issue 13: people resolved to their states where several office
holders are joined by commas, a one-word name is part of a longer name, or a rank or title stands before a name
whose state an apposition or an "of" phrase names; collected 2026-12-06 before any change to the people rules): real
news sentences of 2022-25 naming foreign, defence and other ministers, deputy ministers, army chiefs and presidents
("Foreign Minister of China Qin Gang, Foreign Minister of Argentina Santiago Cafiero, Mauritius Foreign Minister Alan
Ganoo", "Foreign Minister Osman Saleh, Minister of Finance and National Development Dr. Gergis Teklemicael",
"Anniken Huitfeldt, Minister of Foreign Affairs of Norway"), with the places they are in, each citing its page, with
the state of every named person and place. Its scores are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors33_layout():
    frame, items = read_actor_set("heldout_actors33.tsv", rows=61, pages=18, dated=52)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 126
    assert len([item for item in items if item.startswith("@")]) == 19
    assert len({item.rsplit("=", 1)[1] for item in items}) == 37
    assert sum(len(states.split()) for states in frame["states"]) == 134
    check_names_in_rows(frame, codes)


def test_heldout_actors33_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors33.tsv")
