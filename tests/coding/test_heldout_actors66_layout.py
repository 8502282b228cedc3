"""Layout of the held-out set of actors round 66 (issue 13: officials whose state the sentence gives away from their
name, by a possessive or adjective two or more words off or elsewhere in the sentence, or not at all, and speakers
after a saying verb, as the pages come: "South Korea's First Vice Foreign Minister Chang Ho-jin and his Japanese
counterpart, Masataka Okano", "National Security Adviser Eduardo Año spoke with his United States counterpart Jake
Sullivan", "the head of the Main Intelligence Directorate of Ukraine's Ministry of Defense, Kyrylo Budanov",
"Lieutenant General Herzi Halevi, the Chief of Staff of the Israel Defense Forces", "..., said Jonathan Malaya,
assistant director-general of the National Security Council, ..."; collected 2026-12-07 before any change to the
people rules): real news and agency sentences of 2023-25, each citing its page, with the state of every named person.
Its scores are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors66_layout():
    frame, items = read_actor_set("heldout_actors66.tsv", rows=23, pages=15, dated=10)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 31
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 9
    assert sum(item.endswith("=PHL") for item in items) == 8
    assert sum(item.endswith("=ISR") for item in items) == 6
    assert sum(item.endswith("=USA") for item in items) == 5
    assert sum(len(states.split()) for states in frame["states"]) == 43
    check_names_in_rows(frame, codes)


def test_heldout_actors66_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors66.tsv")
