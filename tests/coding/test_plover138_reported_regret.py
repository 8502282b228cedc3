"""PLOVER round 138 (issue 13): an accusation told as regret, concern or disappointment after a saying verb — a
reporting verb whose clause judges the other party's act by a form of "be" before "concerned", "disappointing",
"disappointed", "regrettable" or "deplorable" (`coder._BLAME_REGRET`; past "deeply", "seriously" and the like,
`coder._BLAME_REGRET_ADVERBS`) is the accusation, CAMEO 112 (ACCUSE), reporter > the one judged, as round 126's words
of wrongdoing are (`coder._blame_at`, read by round 96's `_reported_blame_read`). The development row quoted is from
the real-news set AA (`ACCUSE`); the general sentences and the guards are made up."""

from latitude.coding.coder import code_sentence
from prose_rows import lone_codes


def test_presence_said_to_be_of_deep_concern():
    # AA015 (ACCUSE VNM > CHN; main's code: a statement with no type, the same pair)
    assert lone_codes(
        "Vietnam's foreign ministry on Thursday said it was deeply concerned over the presence of a Chinese survey "
        "vessel in its exclusive economic zone."
    ) == ("ACCUSE", "VNM", "CHN")


def test_decision_said_to_be_regrettable():
    # a general sentence (main's code: a statement with no type)
    assert lone_codes("South Korea said Japan's decision to expand its export controls was regrettable.") == (
        "ACCUSE", "KOR", "JPN",
    )


def test_detention_said_to_be_deplorable():
    # a general sentence (main's code: a statement with no type)
    assert lone_codes("Canada said China's detention of the two men was deplorable.") == ("ACCUSE", "CAN", "CHN")


def test_programme_of_serious_concern():
    # a general sentence (main's code: a statement with no type)
    assert lone_codes("Japan said it was seriously concerned about North Korea's missile programme.") == (
        "ACCUSE", "JPN", "PRK",
    )


def test_negated_concern_is_no_accusation():
    # guard, the same on main's code: "was not concerned" judges nothing
    records = code_sentence("Vietnam's foreign ministry said it was not concerned over the presence of a Chinese vessel.")
    assert all(r["plover"] != "ACCUSE" for r in records)


def test_concern_with_no_saying_verb_is_left_alone():
    # guard, the same on main's code: a main clause of concern is no reported judgement
    records = code_sentence("Vietnam is concerned over the presence of a Chinese survey vessel in its waters.")
    assert all(r["plover"] != "ACCUSE" for r in records)
