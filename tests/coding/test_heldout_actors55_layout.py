"""Layout of the held-out set of actors round 55 (issue 13: a place's name as a first name with no title, and long
offices before a comma: "Israel Katz, the Israeli Defense Minister, expressed concerns ...", "Jordan Bardella, 28,
leads the RN list ...", "Santiago Peña, a former finance minister, has taken office ...", "The president of Paraguay,
Santiago Peña, met in Taipei ...", "US Under Secretary of State for Political Affairs, Victoria Nuland, decided ...";
collected 2026-12-06 before any change to the people rules): real news sentences of 2022-26, each citing its page,
with the state of every named person. Its scores are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors55_layout():
    frame, items = read_actor_set("heldout_actors55.tsv", rows=38, pages=22, dated=15)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 61
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 9
    assert sum(item.endswith("=PRY") for item in items) == 14
    assert sum(item.endswith("=FRA") for item in items) == 12
    assert sum(len(states.split()) for states in frame["states"]) == 63
    check_names_in_rows(frame, codes)


def test_heldout_actors55_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors55.tsv")
