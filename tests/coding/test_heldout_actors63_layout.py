"""Layout of the held-out set of actors round 63 (issue 13: people the tables may hold no row for, as the pages come:
ministers, deputy and vice ministers, envoys, secretaries and officers of many states and one UN coordinator, named in
full after a title with the state's adjective or possessive ("Chilean counterpart Alberto van Klaveren", "Mexico's
Marcelo Ebrard", "Acting South African Secretary of Defence, Dr. Thodekile Gamede"), in an apposition naming the state
("Dimitris Keridis, Minister of Migration and Asylum of the Republic of Greece"), after a title of the state's ministry
with no state ("Foreign Secretary Ms Amna Baloch", "Mr Kofi Amankwa-Manu, the Deputy Minister of Defence") and by the
surname alone ("Saqr", "Okano", "Karner"); collected 2026-12-07 before any change to the people rules): real news,
agency, government and ministry sentences of 2022-25, each citing its page, with the state of every named person. Its
scores are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors63_layout():
    frame, items = read_actor_set("heldout_actors63.tsv", rows=36, pages=16, dated=28)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 58
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 23
    assert sum(item.endswith("=USA") for item in items) == 9
    assert sum(item.endswith("=PAK") for item in items) == 8
    assert sum(item.endswith("=IGO") for item in items) == 1
    assert sum(len(states.split()) for states in frame["states"]) == 73
    check_names_in_rows(frame, codes)


def test_heldout_actors63_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors63.tsv")
