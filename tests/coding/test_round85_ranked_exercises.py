"""Coder round 85 (issue 13, the headline case, seventh pass): a named exercise (Freedom Shield, Freedom Edge, ...)
ranked in its series by a copula and an ordinal ("The latest Freedom Edge exercise is the third of its kind",
"Freedom Shield is the first joint exercise since ...") has taken place: a joint exercise of its participants; and an
exercise noun's place in its series ("inaugural", "second", "regular") is one of its modifiers, so "The inaugural and
second regular drills took place ..." after a joint exercise is that exercise. The development rows are read in their
articles, as `prose_scores` reads them; each test fails with the code before this round."""

from prose_rows import all_found, exercise_pairs, labels_found

def test_a_named_exercise_ranked_in_its_series_is_held():
    # held-out 79's KE058 (KBS World, 2025): "The latest Freedom Edge exercise is the third of its kind." labelled as
    # the exercise's three pairs (COOPERATE)
    assert all_found("heldout79_prose.tsv", "KE058")
    assert exercise_pairs(
        "The United States and South Korea held talks on Monday.\nThe latest Freedom Shield exercise is the third of its kind."
    ) == [set(), {frozenset(("USA", "KOR"))}]


def test_a_named_exercise_subject_of_a_ranked_exercise_noun_is_held():
    # held-out 13's M046 (2023): "Freedom Shield is the first joint exercise since North Korea scrapped a 2018
    # inter-Korean military accord ...", labelled USA<>KOR COOPERATE (its PRK>KOR '*' is another kind's)
    assert labels_found("heldout13_prose.tsv", "M046")[0]


def test_an_exercise_noun_ranked_in_its_series_is_the_last_joint_exercise():
    # held-out 79's KE059 (KBS World, 2025): "The inaugural and second regular drills took place in June and November
    # of last year respectively." after the Freedom Edge exercise, labelled as its three pairs
    assert all_found("heldout79_prose.tsv", "KE059")
