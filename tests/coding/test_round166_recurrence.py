"""Issue 13, coder round 166: a series of meetings or visits told by a recurrence after the meeting or visit word.
"Leaders of the three countries had met every year since 2008." sums up a series, none of them told: "every year",
"each year", "every two years", "annually" or "yearly" after the visit or meeting verb or noun, in its clause, is read
as coder round 32's habitual adverbs ("regularly") are, for the frames (`coder._generic_frame`) and for the lexicon's
act (`coder._records`); a year after it ("since 2008") dates the series, not one meeting. An agreement to meet every
year is still an agreement, and a dated meeting is still a meeting.
Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given); the expectations are their hand
labels. The first two tests fail with main's code."""

from prose_rows import coded_row

from latitude.coding.coder import code_sentence


def _kinds(records: list[dict]) -> set[tuple]:
    return {(r["source"], r["target"], r["plover"]) for r in records}


def test_leaders_who_met_every_year_since_2008_tell_no_meeting():
    # held-out 99 SU014, labelled '-' on a page about the Camp David trilateral: "Leaders of the three countries had
    # met every year since 2008."; main: CHN>JPN, CHN>KOR and KOR>JPN CONSULT in its article
    row, records = coded_row("heldout99_prose.tsv", "SU014")
    assert not row.events and records == []


def test_a_meeting_every_year_told_alone_is_no_meeting():
    # a general sentence: main gives JPN>KOR CONSULT
    assert not any(r["plover"] == "CONSULT" for r in code_sentence("Kishida met Yoon in Seoul every year."))
    assert not any(r["plover"] == "CONSULT" for r in code_sentence("The two leaders met every two years until 2019."))


def test_a_dated_meeting_is_still_a_meeting():
    # a general sentence (guard)
    assert ("JPN", "KOR", "CONSULT") in _kinds(code_sentence("Kishida met Yoon in Seoul on Monday."))


def test_an_agreement_to_meet_every_year_is_still_an_agreement():
    # a general sentence (guard): held-out 32's KR080 ("The two leaders also formed a consensus to meet every year.")
    # is labelled KOR>CHN AGREE; the recurrence does not undo the agreement
    assert ("JPN", "KOR", "AGREE") in _kinds(code_sentence("Kishida and Yoon agreed to meet every year."))
