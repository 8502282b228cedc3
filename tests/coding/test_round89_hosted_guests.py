"""Issue 13, coder round 89 (the guests of a host, from the summit-host and tour misses of the development prose):
a guest hosted for a dinner, a lunch, a banquet or a reception came to the host. "Biden hosted Prime Minister Modi
for a private dinner" tells the hosting (CAMEO 043) and, as "hosted Trump for a state visit" already did (coder
round 43), the guest's visit to the host's state (042), unless the sentence places the hosting in the guest's own
state. Each development row is quoted with its set and id and coded in its article as the prose scores code it;
the expected events are the rows' hand labels (the general sentence's: a reader's)."""

from __future__ import annotations

from latitude.coding.coder import code_sentence
from prose_rows import has, row_records


def test_a_guest_hosted_for_a_private_dinner_visits_the_host():
    # heldout57 SE083 (Modi's state visit to Washington): labelled IND>USA and IND<>USA CONSULT
    records = row_records(
        "heldout57_prose.tsv", "SE083",
        "Last night, President Joe Biden and First Lady of US Jill Biden hosted Prime Minister Modi for a private "
        "dinner at the White House.",
    )
    assert has(records, "IND", "USA", "CONSULT")


def test_a_guest_hosted_for_a_working_lunch_visits_the_host():
    # heldout90 TS022 (Kerry's trip to Vietnam, recalling the Vietnamese president's visit to Washington):
    # labelled USA<>VNM and VNM>USA CONSULT
    records = row_records(
        "heldout90_prose.tsv", "TS022", "During that visit, Kerry hosted the Vietnamese leader for a working lunch."
    )
    assert has(records, "VNM", "USA", "CONSULT")


def test_a_guest_hosted_at_a_banquet_visits_the_host():
    # a general sentence: the hosting and the guest's visit to China
    records = code_sentence("Chinese President Xi Jinping hosted Russian President Vladimir Putin at a state banquet on Tuesday.")
    assert has(records, "RUS", "CHN", "CONSULT")
