"""Layout of the held-out set of actors round 62 (issue 13: officials of international organisations named by office
and by name, with and without the organisation in the sentence, as the pages come: "Director General of the
International Atomic Energy Agency (IAEA) Rafael Grossi", "The IAEA chief said", "the Secretary-General took part",
"Martin Griffiths, the Emergency Relief Coordinator", "High Commissioner Grandi", "chief prosecutor Karim Khan",
"Secretary General Rutte", "the EU foreign policy chief"; collected 2026-12-07 before any change to the people
rules): real news, agency, government and organisation sentences of 2022-25, each citing its page, with the state of
every named person (an international organisation's official `IGO`). Its scores are reported once in
docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors62_layout():
    frame, items = read_actor_set("heldout_actors62.tsv", rows=35, pages=13, dated=29)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 49
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 12
    assert sum(item.endswith("=IGO") for item in items) == 31
    assert sum(item.endswith("=USA") for item in items) == 4
    assert sum(len(states.split()) for states in frame["states"]) == 75
    check_names_in_rows(frame, codes)


def test_heldout_actors62_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors62.tsv")
