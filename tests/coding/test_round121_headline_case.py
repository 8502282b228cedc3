"""Issue 13, coder round 121: the headline case, tenth pass — the misses of the development sets about South Korea,
North Korea, Japan, China and the United States sorted by type and construction, and one general construction read.
A launch aimed "toward" a sea that the launcher owns ("toward the North's eastern waters", "in a direction toward
North Korea's eastern waters") is no attack: the possessive names the launcher itself, so the launch has no target and
is a launch into the sea (PLOVER MOBILIZE), as "toward the East Sea" or "into the sea off its east coast" always were;
a launch toward another state ("toward Japan") still targets it.
Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given) or are general sentences; the
expectations are their hand labels. Each test fails with main's code."""

from prose_rows import coded_row, has, lone_codes


def test_a_launch_toward_the_launchers_own_waters():
    # held-out 91 QL042, labelled PRK>- MOBILIZE and a South Korean statement: "North Korea launched a ballistic missile
    # toward the North’s eastern waters on Monday (local time), South Korea's military said, according to The
    # Associated Press."
    records = coded_row("heldout91_prose.tsv", "QL042")[1]
    assert has(records, "PRK", None, "MOBILIZE")
    assert not has(records, "PRK", None, "ASSAULT")


def test_missiles_fired_in_a_direction_toward_the_launchers_waters():
    # held-out 114 KL047, labelled PRK>- MOBILIZE and a South Korean statement: "It said the missiles were fired in a
    # direction toward North Korea’s eastern waters but gave no further details like how far they traveled."
    records = coded_row("heldout114_prose.tsv", "KL047")[1]
    assert has(records, "PRK", None, "MOBILIZE")
    assert not has(records, "PRK", None, "ASSAULT")


def test_a_state_that_fires_toward_its_own_waters():
    # a general sentence; hand label IRN>- MOBILIZE
    assert lone_codes("Iran fired two missiles toward Iran's southern Gulf waters on Friday.") == ("MOBILIZE", "IRN", None)
