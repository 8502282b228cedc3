"""Layout of the held-out set of actors round 71 (issue 13: officials whose state the sentence names after their
name, as the pages come: an apposition, "Nicu Popescu, the Minister of Foreign Affairs and European Integration of
Moldova, announced ...", "Albert Shingiro, Minister of External Relations and International Cooperation of the
Republic of Burundi"; a relative clause, "Mitchell, who has been in Mozambique since Tuesday, said ..."; a verb of
representing, "Hon. Francis Fonseca, Minister of Foreign Affairs, ..., represented Belize at the opening ceremony";
the state only as the object of the person's clause, "Hon. Haimbe emphasized that the trip aims to advance Zambia's
interests ..."; collected 2026-12-07 before any change to the people rules): real news, agency and government
sentences of 2023-25, each citing its page, with the state of every named person. Its scores are reported once in
docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors71_layout():
    frame, items = read_actor_set("heldout_actors71.tsv", rows=21, pages=15, dated=12)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 30
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 15
    assert sum(item.endswith("=BWA") for item in items) == 6
    assert sum(item.endswith("=ZMB") for item in items) == 5
    assert sum(item.endswith("=GUY") for item in items) == 3
    assert sum(item.endswith("=IGO") for item in items) == 1
    assert sum(len(states.split()) for states in frame["states"]) == 38
    check_names_in_rows(frame, codes)


def test_heldout_actors71_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors71.tsv")
