"""Coder round 76 (issue 13, the headline case, sixth pass: the trilateral and exercises as cooperation): a list of
three states before an exercise verb is every participant ("the US, Japan, and South Korea carried out ...", the
comma that parts the first items is no token), a comma between an exercise noun's adjectives opens no clause, a
trilateral exercise is its three pairs, a plural stand-in ("the three countries") is the whole group, Freedom Edge
is the exercise of Japan, South Korea and the United States (a participle phrase may stand between the name and its
happening), and a definite exercise noun with no party of its own that opens a clause reporting an act is the
article's last joint exercise. The development rows are read in their articles, as `prose_scores` reads them; each
test fails with the code before this round."""

import datetime as dt

from latitude.coding.coder import analyse
from prose_rows import TRILATERAL, all_found, exercise_pairs, quiet

def test_a_list_of_three_states_holding_an_exercise_is_every_pair():
    # held-out 64's SK073 (2024): "On Thursday, the US, Japan, and South Korea carried out a complex, trilateral naval
    # exercise in East Asia, the last joint drill before President Joe Biden hands over ..."
    assert all_found("heldout64_prose.tsv", "SK073")
    assert exercise_pairs("South Korea, the United States and Japan staged a joint drill on Monday.") == [TRILATERAL]
    assert exercise_pairs("Japan, South Korea and the United States held a trilateral exercise near Jeju.") == [TRILATERAL]
    # two states stay one pair
    assert exercise_pairs("The US and South Korea carried out a complex, naval exercise in East Asia.") == [
        {frozenset(("USA", "KOR"))}
    ]


def test_a_trilateral_exercise_held_with_two_partners_is_three_pairs():
    assert exercise_pairs("Japan held a trilateral drill with the United States and South Korea on Friday.") == [TRILATERAL]


def test_the_three_countries_are_the_whole_group():
    assert exercise_pairs(
        "Japan, South Korea and the United States held a trilateral exercise near Jeju.\n"
        "The three countries staged the drills to deter North Korea."
    ) == [TRILATERAL, TRILATERAL]


def test_freedom_edge_is_the_exercise_of_japan_south_korea_and_the_united_states():
    # held-out 64's SK074 (2024): "The Freedom Edge exercise, led by the USS “George Washington” carrier and its
    # fighter jets, took place south of the Korean peninsula and west of Japan, ..."
    assert all_found("heldout64_prose.tsv", "SK074")
    assert exercise_pairs("The Freedom Edge exercise began on Monday in waters southeast of Jeju.") == [TRILATERAL]


def test_a_definite_exercise_noun_with_no_party_is_the_articles_last_exercise():
    # held-out 64's SK075: "The exercises, which could continue next year, leave Trump’s administration with a
    # critical decision ..." (after SK073's trilateral exercise); held-out 13's M044: "The exercise comes as tensions
    # remain at the highest point in years on the Korean Peninsula."
    assert all_found("heldout64_prose.tsv", "SK075")
    assert all_found("heldout13_prose.tsv", "M044")
    # what the drills are to do, a drill judged, or one with no joint exercise before it, is none
    assert quiet("heldout10_prose.tsv", "X005")
    assert exercise_pairs(
        "The United States and South Korea began a joint military exercise on Monday.\n"
        "North Korea condemned the drills as a rehearsal for invasion.\n"
        "The drills will test the allies' readiness."
    ) == [{frozenset(("USA", "KOR"))}, set(), set()]
    assert exercise_pairs("The exercise comes as tensions remain high on the Korean Peninsula.") == [set()]


def _agreement_pairs(sentence: str) -> set[frozenset[str]]:
    """The unordered state pairs of a lone sentence's AGREE frames (CAMEO 030)."""
    found = analyse(sentence, dt.date(2025, 10, 30))
    return {frozenset((f.source.code, f.target.code)) for f in found.frames if f.code == "030" and f.target is not None}


def test_an_agreement_reached_struck_or_finalised_by_two_states_is_an_agreement():
    # held-out 14's N026: "The two sides reached a broad agreement on modernizing the alliance, ..."; held-out 4's
    # Q007: "Seoul and Washington reached a tentative agreement at the end of July ..."; held-out 55's SB034 ("...
    # just weeks after Seoul and Washington struck a trade deal ...") and SB074 ("In Seoul, he finalised a major
    # investment and tariff agreement with South Korean President Lee Jae Myung, ..."); held-out 4's Q058: "... the two
    # leaders issued a joint statement which mentioned "North Korea" by name."
    for fixture, row in (("heldout14_prose.tsv", "N026"), ("heldout4_prose.tsv", "Q007"), ("heldout55_prose.tsv", "SB034"),
                         ("heldout55_prose.tsv", "SB074"), ("heldout4_prose.tsv", "Q058")):
        assert all_found(fixture, row), row
    assert _agreement_pairs("China and Japan clinched a fisheries deal on Friday.") == {frozenset(("CHN", "JPN"))}
    assert _agreement_pairs("Trump sealed agreements with Xi Jinping in Busan.") == {frozenset(("USA", "CHN"))}
    # no agreement of one party, no hoped-for one, and no signature
    assert _agreement_pairs("Seoul reached an agreement to cut tariffs on steel.") == set()
    assert _agreement_pairs("China and Japan could reach a fisheries deal next year.") == set()
    # signing a formal agreement is CAMEO 057 (PLOVER SUPPORT), as the news sets label it: left to the lexicon
    assert _agreement_pairs("India and Egypt signed a memorandum of understanding on defence cooperation.") == set()
