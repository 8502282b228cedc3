"""Issue 13, coder round 98 (false events in opinion and analysis, ninth pass): background told in a feature names
no event. Talks premodified by "stalled" (or "deadlocked", "stalemated", "frozen", "suspended") are talks that are
not going on ("amid stalled nuclear talks with the United States"), no meeting held; a launch word whose object is an
undertaking the weapon names ("The DRDO had launched the Agni project in 1983") starts the undertaking, as one after
it already did ("a guided missile development project launched in 1983"), no launch. Each sentence is a development
row (its set and id), coded in its article as the prose scores code it; the expected events are the rows' hand
labels. The guards: a visit told with "to revive stalled nuclear talks" stays a visit, and a programme that launched
a missile stays a launch."""

from __future__ import annotations

from prose_rows import all_found, row_records


def test_stalled_talks_are_no_meeting():
    # heldout91 QL034 (Forces News on North Korea's cruise missiles): labelled no event
    assert row_records(
        "heldout91_prose.tsv", "QL034",
        "In recent weeks, North Korea has carried out a series of short-range missile and other weapons tests amid "
        "stalled nuclear talks with the United States.",
    ) == []
    # the guard: heldout46 KT103, labelled USA>KOR CONSULT ("His visit had fueled speculation that he might seek to
    # resume personal diplomacy with Kim to revive stalled nuclear talks between Washington and Pyongyang"), stays
    # an event
    assert all_found("heldout46_prose.tsv", "KT103")


def test_being_part_of_stalled_talks_is_no_meeting():
    # heldout75 NV074 (SCMP on China's foreign minister in Seoul): labelled no event; the launch told in its "after"
    # clause is background of another cause (left)
    records = row_records(
        "heldout75_prose.tsv", "NV074",
        "The Chinese government has previously backed UN Security Council sanctions against the North after it "
        "test-fired missiles, and it has also been part of stalled six-nation talks with Pyongyang – inculding the US, "
        "South Korea and Russia – on possible nuclear disarmament.",
    )
    assert not [r for r in records if r["plover"] == "CONSULT"]


def test_launching_a_weapons_project_is_no_launch():
    # heldout78 LQ088 (a piece on India's Agni-V test): labelled no event
    assert row_records(
        "heldout78_prose.tsv", "LQ088",
        "The DRDO had launched the Agni project in 1983 as Integrated Guided Missile Development Programme in India.",
    ) == []
    # the guard: heldout78 LQ027, labelled USA>- MOBILIZE ("A joint U.S. Army and Navy program launched a missile
    # from a Virginia facility Wednesday"), stays an event
    assert all_found("heldout78_prose.tsv", "LQ027")
