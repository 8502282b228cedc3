"""PLOVER round 58 (issue 13): the reporting state read as the doer.

The development news rows (sets A to AU) where the victim's ministry, army or official that reports an act of
force is read as its doer are counted and sorted by construction (a reporting verb with or without "that",
"according to", a reporter after the act, a dateline); the rule written here: the doer of an act of force told
in the clause a state reports is the reported clause's subject, when it names another state right after the
reporting verb ("X said Y's forces killed ..."), and the reporter is its target. Sentences quoted from the
real-news development sets (tests/fixtures/coding/plover_news_*.tsv), expected sources and targets their hand
labels. The records of every development news row and every prose row (`build.PROSE_SETS`, each read alone) were
diffed before and after.

The fresh set AV (tests/fixtures/coding/plover_news_av.tsv) is held out: its layout test is in
tests/coding/test_plover_news.py and reads only the labels.
"""

from latitude.coding.coder import code_sentence


def _first(text: str) -> tuple[str | None, str | None, str | None]:
    records = code_sentence(text)
    return (records[0]["plover"], records[0]["source"], records[0]["target"]) if records else (None, None, None)


def test_a_bare_reporting_verb_before_the_doer_of_an_attack():
    # news set AF, row AF024, labelled ASSAULT AFG > PAK: the Pakistan army reports, Afghan forces kill
    text = "The Pakistan army said Afghan border forces killed six civilians across the border in Pakistan on Sunday (December 11)."
    assert _first(text) == ("ASSAULT", "AFG", "PAK")


def test_a_bare_reporting_verb_before_a_demonym_of_shelling():
    # news set AN, row AN039, labelled ASSAULT PAK > IND: New Delhi reports, Pakistani shelling kills
    text = "New Delhi said Pakistani shelling across the LoC killed an off-duty soldier and his wife on Saturday."
    assert _first(text) == ("ASSAULT", "PAK", "IND")
