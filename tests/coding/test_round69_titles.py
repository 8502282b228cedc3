"""Coder round 69 (issue 13, visits and meetings whose party is in no table or named only earlier): a bare title
("the Prime Minister", "the president") standing for a leader the article named with no title, found by the office
the leaders tables give him, and the place visited written "the country" after a visit word ("He is visiting the
country"). The development rows are read in their articles, as `prose_scores` reads them; each test fails with the
code before this round."""

from latitude.coding.gazetteer import leader_offices
from prose_rows import all_found


def test_the_leaders_tables_give_each_name_word_its_bare_titles():
    offices = leader_offices()
    assert ("prime", "minister") in offices[("cameron", "GBR")]
    assert ("president",) in offices[("obama", "USA")]
    assert ("chancellor",) in offices[("merkel", "DEU")]
    # a monarch is "the king", "the queen" or "the monarch"; "King and Prime Minister" is both
    assert {("king",), ("prime", "minister")} <= offices[("salman", "SAU")]
    assert ("queen",) in offices[("elizabeth", "GBR")]
    assert ("president",) not in offices[("cameron", "GBR")]


def test_a_bare_title_stands_for_a_leader_named_before_without_it():
    # held-out 68's SV021 (the London Post): "David Cameron and President Xi held talks at Chequers ..." before
    # "... the Prime Minister and the Chinese President held bilateral talks today at Chequers."
    assert all_found("heldout68_prose.tsv", "SV021")


def test_the_country_after_a_visit_word_is_the_place_the_visitor_is_in():
    # held-out 39's o100 (Devdiscourse, 2023): "The Sultan of Oman began his three-day state visit to India on
    # Friday." before "He is visiting the country with a high-level delegation ..."
    assert all_found("heldout39_prose.tsv", "o100")
    # held-out 54's VM067 (Brookings, 2015): Obama's visit to Kenya, "President Obama's trip to the country"
    assert all_found("heldout54_prose.tsv", "VM067")
