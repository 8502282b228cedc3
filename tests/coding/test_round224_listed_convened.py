"""Issue 13, coder round 224: a meeting of three or more states read pair by pair. A sentence listing three or more
states as one written list ("foreign ministers from Japan, China, and South Korea") whose meeting the frames read as
one joint visit pair (CONSULT, CAMEO 042, joint: "convened") is, in an article, the meeting of the whole list, as coder
round 181's `_listed_partners` reads a list's meeting pair (CAMEO 036, 040, 043, 044, 046): the list's other pairs get
that pair's record, and the article's group (`_article_group`) is set for its later sentences (the trilateral
convention of labels round 9). Development rows are quoted from cited sets (tests/fixtures/coding/, row ids given),
expectations their hand labels; the first two tests fail with main's code (the rows get one pair or none); the guards
hold on both."""

from latitude.coding.coder import code_sentence
from prose_rows import all_found, article_records


def _pairs(text: str, start: str) -> set[frozenset[str]]:
    return {frozenset((r["source"], r["target"])) for r in article_records(text)
            if r["sentence"].startswith(start) and r["plover"] == "CONSULT" and r["target"] is not None}


def test_a_listed_meeting_told_by_convened_and_its_later_rows():
    # held-out 205 YX024: "In an effort to bolster regional cooperation amidst escalating tensions, foreign ministers from
    # Japan, China, and South Korea convened on Saturday." (JPN<>CHN | JPN<>KOR | CHN<>KOR CONSULT; main: JPN<>CHN only)
    assert all_found("heldout205_prose.tsv", "YX024")
    # its later rows, the article's group meeting told again: YX025 "The discussion focused on common challenges such as
    # low birth rates, cultural exchanges, and natural disasters." and YX028 "The agenda also included discussions on
    # North Korea's developments and Russia's war on Ukraine." (main: one pair, none)
    assert all_found("heldout205_prose.tsv", "YX025")
    assert all_found("heldout205_prose.tsv", "YX028")


def test_a_general_listed_meeting():
    sentence = ("In an effort to ease a dispute over water rights, foreign ministers from Chile, Peru, and Bolivia convened "
                "in Lima on Saturday.")
    assert {frozenset(("CHL", "PER")), frozenset(("CHL", "BOL")), frozenset(("PER", "BOL"))} <= _pairs(sentence, "In an effort")


def test_guards_one_travellers_visits_negation_and_alone():
    # one party's visits to a list (CAMEO 042, not joint) are no meeting of the list
    text = "The Peruvian foreign minister visited Chile, Bolivia and Ecuador last week."
    assert frozenset(("CHL", "BOL")) not in _pairs(text, "The Peruvian")
    # a negated meeting
    assert not _pairs("Foreign ministers from Chile, Peru, and Bolivia did not convene on Saturday.", "Foreign ministers")
    # read alone, the sentence keeps its own records
    alone = code_sentence("In an effort to ease a dispute over water rights, foreign ministers from Chile, Peru, and "
                          "Bolivia convened in Lima on Saturday.")
    assert not any({r["source"], r["target"]} == {"PER", "BOL"} for r in alone)
