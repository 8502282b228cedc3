"""Layout of the held-out set of actors round 34 (issue 13: people resolved to their states where several office
holders are joined by commas, or a mention runs over a comma; collected 2026-12-06 before any change to the people
rules): real news sentences of 2022-26 naming presidents, prime ministers, foreign and defence ministers, army
chiefs and envoys of many states in lists and appositions ("Inter-Services Intelligence (ISI) chief Lt Gen Nadeem
Ahmed Anjum, Pakistan's Special Representative for Afghanistan Mohammad Sadiq, Foreign Secretary Asad Majeed Khan",
"Prime Minister Carney, President Macron, Prime Minister Martin", "General Angus J. Campbell, Chief of Defence Forces
Australia"), with the places they are in, each citing its page, with the state of every named person and place. Its
scores are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors34_layout():
    frame, items = read_actor_set("heldout_actors34.tsv", rows=53, pages=21, dated=34)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 139
    assert len([item for item in items if item.startswith("@")]) == 22
    assert len({item.rsplit("=", 1)[1] for item in items}) == 25
    assert sum(len(states.split()) for states in frame["states"]) == 112
    check_names_in_rows(frame, codes)


def test_heldout_actors34_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors34.tsv")
