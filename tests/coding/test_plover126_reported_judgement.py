"""PLOVER round 126 (issue 13): an accusation told as a judgement after a saying verb — a reporting verb whose clause
judges the other party's act by a form of "be" before a word of wrongdoing ("were unjustified", "is complicit", "was
illegal", "is another provocation": `coder._BLAME_JUDGED`) is the accusation, CAMEO 112 (ACCUSE), reporter > the one
judged (`coder._blame_at`, read by round 96's `_reported_blame_read`), also when the classifier had typed the
reporting verb with another type (THREATEN, CONCEDE). The development rows quoted are from the real-news sets N and DK
(`ACCUSE`); the general sentences and the guards are made up."""

import datetime as dt

from latitude.coding.coder import code_sentence


def _first(sentence: str, date: dt.date | None = None) -> tuple:
    records = code_sentence(sentence, date)
    assert records
    return records[0]["plover"], records[0]["source"], records[0]["target"]


def test_attitudes_said_to_be_unjustified():
    # N051 (ACCUSE MEX > USA; main's code: THREATEN)
    assert _first(
        "The decision has raising tensions with Mexico, whose President Enrique Pena Nieto said Mr. Trump’s "
        "“threatening or disrespectful attitudes” were unjustified.",
        dt.date(2018, 4, 7),
    ) == ("ACCUSE", "MEX", "USA")


def test_state_said_to_be_complicit():
    # DK016 (ACCUSE USA > IRN; main's code: CONCEDE; the White House is not read as the United States' here)
    assert _first(
        "John Kirby, White House National Security spokesman, said on Monday, 9 October that Iran is complicit in the "
        "war in Israel, although the United States has no intelligence or evidence pointing to Iran's direct "
        "involvement in the attacks.",
        dt.date(2023, 10, 10),
    )[::2] == ("ACCUSE", "IRN")


def test_act_said_to_be_unacceptable():
    # a general sentence (main's code: a statement with no type)
    assert _first(
        "The Turkish foreign ministry said on Monday that Greece's military build-up on the islands was unacceptable."
    ) == ("ACCUSE", "TUR", "GRC")


def test_act_said_to_be_illegal():
    # a general sentence (main's code: a statement with no type)
    assert _first("Egypt said Ethiopia's filling of the dam was illegal.") == ("ACCUSE", "EGY", "ETH")


def test_negated_judgement_is_no_accusation():
    # guard, the same on main's code: "was not illegal" judges nothing wrong
    records = code_sentence(
        "The Turkish foreign ministry said on Monday that Greece's military build-up on the islands was not illegal."
    )
    assert all(r["plover"] != "ACCUSE" for r in records)


def test_praise_after_a_saying_verb_is_no_accusation():
    # guard, the same on main's code
    records = code_sentence("Greece's foreign ministry said the talks with Turkey were a good start.")
    assert all(r["plover"] != "ACCUSE" for r in records)
