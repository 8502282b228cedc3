"""Issue 13, coder round 273: the article's meeting of three states told again by its noun, read as one pair of it,
gets the group's other pairs (coder round 171's `_group_retold`) also when the sentence names a state only in a phrase
of place, the meeting's topic or venue ("The discussions focused on the situation in Syria, ..."); a state named
otherwise ("Syria's request") still keeps the sentence to its one pair. Development rows are quoted from cited sets
(tests/fixtures/coding/, row ids given), expectations their hand labels; the gains fail with main's code (0b63d84f:
one pair of the three on each row, or on each article); the guards hold on both."""

from prose_rows import all_found, row_pairs, sentence_pairs

ASTANA = "The foreign ministers of Turkey, Iran and Russia met in Doha on Saturday. "
AMMAN = "Egypt, Jordan and Saudi Arabia held talks on Tuesday. "
EVERY_PAIR_TUR = {frozenset({"TUR", "IRN"}), frozenset({"TUR", "RUS"}), frozenset({"IRN", "RUS"})}


def test_development_rows_of_the_group_told_with_a_topic_place():
    # held-out 214 XM003 "The discussions focused on the situation in Syria, with sources describing the meeting as
    # "constructive."" (TUR<>IRN | TUR<>RUS | IRN<>RUS CONSULT: the Astana format's three foreign ministers)
    assert row_pairs("heldout214_prose.tsv", "XM003") == EVERY_PAIR_TUR
    # held-out 214 XL004 "The discussion will center on strengthening the strategic partnership between the nations,
    # ..., and regional instability, particularly the ongoing conflict in Syria." (GRC<>CYP | GRC<>EGY | CYP<>EGY
    # AGREE/CONSULT: the trilateral summit of Greece, Cyprus and Egypt)
    assert all_found("heldout214_prose.tsv", "XL004")


def test_general_group_meetings_told_with_a_topic_place():
    assert sentence_pairs(ASTANA + "The discussions focused on the situation in Syria.", "The discussions") == EVERY_PAIR_TUR
    assert sentence_pairs(AMMAN + "The discussions centred on the humanitarian crisis in Sudan.", "The discussions") == {
        frozenset({"EGY", "JOR"}), frozenset({"EGY", "SAU"}), frozenset({"JOR", "SAU"}),
    }


def test_guards_keep_one_pair():
    # a state named as a possessor, not in a phrase of place: the sentence may be of another pair, so it keeps its one
    assert sentence_pairs(ASTANA + "The discussions focused on Syria's request for aid.", "The discussions") == {
        frozenset({"IRN", "RUS"})
    }
    # a meeting of two: no group, the topic's place adds nothing
    assert sentence_pairs(
        "Turkish President Recep Tayyip Erdogan met Iranian President Masoud Pezeshkian in Ankara on Monday. "
        "The discussions focused on the situation in Syria.",
        "The discussions",
    ) == {frozenset({"TUR", "IRN"})}
