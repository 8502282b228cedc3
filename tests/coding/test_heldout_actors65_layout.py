"""Layout of the held-out set of actors round 65 (issue 13: officials whose state the sentence gives away from their
name, or only another sentence of the page does, and speakers after a saying verb, as the pages come: an office
whose state is the organ's ("Foreign Ministry spokesman Esmaeil Baqaei", "spokesperson of the Ministry of Foreign
Affairs"), a possessive or adjective two or more words off ("the spokesman for Ukraine's Air Force, Yuriy Ihnat",
"Philippine Coast Guard (PCG) spokesperson for the West Philippine Sea Jay Tarriela"), the state after a long office
("the press secretary of the Foreign Ministry of Azerbaijan Ayhan Gadjizade"), and a speaker after "said" with his
office after him ("..., said Commodore Jay Tarriela, PCG's spokesperson for West Philippine Sea."); collected
2026-12-07 before any change to the people rules): real news, agency, government and ministry sentences of 2023-25,
each citing its page, with the state of every named person. Its scores are reported once in docs/coding.md, never
asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors65_layout():
    frame, items = read_actor_set("heldout_actors65.tsv", rows=28, pages=16, dated=19)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 32
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 12
    assert sum(item.endswith("=PHL") for item in items) == 5
    assert sum(item.endswith("=JPN") for item in items) == 5
    assert sum(item.endswith("=PAK") for item in items) == 4
    assert sum(len(states.split()) for states in frame["states"]) == 53
    check_names_in_rows(frame, codes)


def test_heldout_actors65_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors65.tsv")
