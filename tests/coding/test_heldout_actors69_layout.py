"""Layout of the held-out set of actors round 69 (issue 13: people a word of whose name is a state's or a place's
name, as the pages come: "Paraguayan President Santiago Peña held a series of strategic meetings ...", "Jordan is one
of five House Republicans, including House Minority Leader Kevin McCarthy, ...", "Defense Minister Israel Katz ...",
"Jordan Bardella, president of France's far-right National Rally, ...", "Paris Hilton made her third appearance on
Capitol Hill ...", "According to the Pentagon, Austin is scheduled to depart the US ...", "Acting deputy secretary
of state Victoria Nuland traveled to Niamey, Niger ..."; collected 2026-12-07 before any change to the people rules):
real news and agency sentences of 2022-26, each citing its page, with the state of every named person. Its scores are
reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors69_layout():
    frame, items = read_actor_set("heldout_actors69.tsv", rows=22, pages=17, dated=16)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 31
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 8
    assert sum(item.endswith("=USA") for item in items) == 13
    assert sum(item.endswith("=FRA") for item in items) == 6
    assert sum(item.endswith("=PRY") for item in items) == 5
    assert sum(item.endswith("=ISR") for item in items) == 3
    assert sum(len(states.split()) for states in frame["states"]) == 41
    check_names_in_rows(frame, codes)


def test_heldout_actors69_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors69.tsv")
