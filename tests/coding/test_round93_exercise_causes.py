"""Issue 13, coder round 93 (the headline case, eighth pass): a joint exercise named as the object of "in response
to" or "a reaction to" is held, as one after "amid" is: its participants in its own "by" phrase or its modifiers make
it a joint exercise (CAMEO 062, PLOVER COOPERATE), a trilateral one as its three pairs."""

from latitude.coding.coder import code_sentence
from prose_rows import lone_codes, pairs, row_records


def test_a_trilateral_exercise_a_test_answered_is_its_three_pairs():
    # held-out 91 QL097, labelled USA<>KOR, USA<>JPN and KOR<>JPN COOPERATE (with PRK>- MOBILIZE twice)
    records = row_records(
        "heldout91_prose.tsv", "QL097",
        "The missile launch came days after Pyongyang announced it had conducted a test of an underwater nuclear "
        "weapons system in response to joint military exercises by the US, South Korea and Japan.",
    )
    assert pairs(records, "COOPERATE") == {frozenset(("USA", "KOR")), frozenset(("USA", "JPN")), frozenset(("KOR", "JPN"))}


def test_an_exercise_after_in_reaction_to_is_held():
    # a general sentence: the exercise by two states is their joint exercise
    records = code_sentence(
        "North Korea fired two missiles on Monday in reaction to joint military exercises by the United States and "
        "South Korea."
    )
    assert pairs(records, "COOPERATE") == {frozenset(("USA", "KOR"))}


def test_an_exercise_named_by_its_modifiers_after_a_reaction_to_is_held():
    # a general sentence: "U.S.-South Korea" before the noun names the participants
    assert lone_codes("The missile test was a reaction to recent U.S.-South Korea joint military exercises.") == (
        "COOPERATE", "USA", "KOR",
    )
