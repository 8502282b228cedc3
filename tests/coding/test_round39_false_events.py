"""Issue 13, coder round 39: false events in opinion and features on leaders' trips. False events main's coder
gave development rows labelled with no event: a meeting the sentence says did not happen ("there was no
Obama-Abe meeting", "the absence of an Obama-Abe meeting"), a risk told with "threatened to undermine", and a
leader's choice of his own course ("preferred to use the occasion to ..."). Each sentence is a development
row (its set and id, the page it quotes), coded in its article as the prose scores code it; the expected
events are the rows' hand labels (none)."""

from __future__ import annotations

from prose_rows import quiet, row_records

FORBES = "heldout40_prose.tsv"  # forbes.com, Stephen Harner, 2013-06-19, after the Obama-Xi summit


def test_no_named_meeting_is_no_meeting():
    # heldout40 q076: main coded USA>JPN CONSULT from "no Obama-Abe meeting"
    assert row_records(
        FORBES, "q076", "During the just concluded G8 summit in Northern Ireland there was no Obama-Abe meeting."
    ) == []


def test_the_absence_of_a_meeting_is_no_meeting():
    # heldout40 q079: main coded USA>JPN CONSULT from "the absence of an Obama-Abe meeting"; q080, "Both
    # leaders preferred to use the occasion to meet with other counterparts", favours no one (coded USA>JPN
    # SUPPORT once q076's meeting was no longer remembered, before "prefer ... to" was read as a choice)
    assert quiet(FORBES, "q079")
    assert quiet(FORBES, "q080")


def test_threatened_to_undermine_is_a_risk_not_a_threat():
    # heldout12 Z086 (Japan Times editorial, 2017-04-11): main coded CHN>USA THREATEN
    assert row_records(
        "heldout12_prose.tsv", "Z086",
        "The belief in Washington that China could do more to influence North Korea also threatened to undermine "
        "the two countries' attempts to tackle shared global concerns.",
    ) == []
