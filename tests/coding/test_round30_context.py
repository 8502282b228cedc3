"""Issue 13, coder round 30 (meetings and visits whose parties the article named earlier): a definite meeting
noun with no party when no meeting of the article was coded yet takes the two states whose people the article
named together; a definite visit to a named place with no visitor is the article's visitor there (or the other
party of its current pair); "the failed summit" is definite. Sentences are quoted from cited development sets
(tests/fixtures/coding/, row ids given) and their expectations are their hand labels. Each test fails with
main's coder (what main gives is said)."""

import pytest

from prose_rows import labels_found


@pytest.fixture(autouse=True)
def _mirror(gold_folder):  # leaders' names come from the mirror (skipped without it)
    return gold_folder


def test_the_meeting_of_the_two_leaders_named_before():
    # held-out 9 W091 (opinion, 2025), labelled USA <> RUS CONSULT: "And yet, the meeting goes ahead.", three
    # sentences after "... the Alaska meeting between Donald Trump and Vladimir Putin" (not coded itself: a
    # "when I look at" clause); main: nothing
    assert labels_found("heldout9_prose.tsv", "W091") == [True]


def test_the_trip_to_a_place_is_the_article_s_visitor_s():
    # held-out 29 Y045 (a DC Spotlight column, 2013), labelled USA > SWE CONSULT: "The trip to Stockholm was a
    # much-needed prelude to the G-20 summit, ..." after "The president first made a detour to Stockholm";
    # main: nothing (a visit with no visitor)
    assert labels_found("heldout29_prose.tsv", "Y045") == [True]


def test_a_state_visit_to_a_country_for_a_leader_named_before():
    # held-out 23 F025, labelled JPN > USA CONSULT twice: "This marks the first state visit to the U.S. for a
    # Japanese prime minister in nine years since Shinzo Abe's visit in 2015."; main: nothing
    assert labels_found("heldout23_prose.tsv", "F025") == [True, True]


def test_the_failed_summit_is_the_article_s():
    # held-out 16 P074 (analysis of the 2019 Hanoi summit), labelled USA <> PRK CONSULT: "Here are three
    # takeaways from the failed summit."; main: nothing ("failed" made the noun indefinite)
    assert labels_found("heldout16_prose.tsv", "P074") == [True]
