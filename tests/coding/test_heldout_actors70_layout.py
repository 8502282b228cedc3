"""Layout of the held-out set of actors round 70 (issue 13: officials of smaller states whose state the sentence or
the article gives other than by a title before the name, as the pages come: "Ghana's new central bank governor,
Johnson Asiama, said on Monday ...", "The Governor of the Bank of Ghana, Dr. Johnson Pandit Asiama, has emphasised
...", "Nandi-Ndaitwah, who also doubles as the country's deputy prime minister, ...", "Johnson Asiamah has worked at
the Bank of Ghana ...", "Posting on his Facebook page this morning, Chakwera said ...", "Hon. Jenelly Matundu, Deputy
Minister of International Relations and Cooperation paid a courtesy call on ..."; collected 2026-12-07 before any
change to the people rules): real news, agency and government sentences of 2022-26, each citing its page, with the
state of every named person. Its scores are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors70_layout():
    frame, items = read_actor_set("heldout_actors70.tsv", rows=21, pages=14, dated=7)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 30
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 10
    assert sum(item.endswith("=NAM") for item in items) == 9
    assert sum(item.endswith("=GHA") for item in items) == 6
    assert sum(item.endswith("=MWI") for item in items) == 4
    assert sum(item.endswith("=USA") for item in items) == 3
    assert sum(len(states.split()) for states in frame["states"]) == 34
    check_names_in_rows(frame, codes)


def test_heldout_actors70_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors70.tsv")
