"""Layout of the held-out set of actors round 53 (issue 13: a first name read as a place, and a legislator's title:
people whose first name or surname is also a place's or a state's name, "Paraguayan President Santiago Peña",
"Defense Minister Israel Katz", "Jordan Bardella", "Victoria Nuland", "U.S. Defense Secretary Lloyd Austin", and
legislators named by their title, "Rep. Michael McCaul of Texas", "U.S. Representatives Jake Ellzey (R-TX)", "US
Senators Marco Rubio, Ben Cardin, ..."; collected 2026-12-06 before any change to the people rules): real news
sentences of 2022-26, each citing its page, with the state of every named person. Its scores are reported once in
docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors53_layout():
    frame, items = read_actor_set("heldout_actors53.tsv", rows=33, pages=17, dated=24)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 64
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 18
    assert sum(item.endswith("=USA") for item in items) == 21
    assert sum(item.endswith("=PRY") for item in items) == 11
    assert sum(len(states.split()) for states in frame["states"]) == 67
    check_names_in_rows(frame, codes)


def test_heldout_actors53_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors53.tsv")
