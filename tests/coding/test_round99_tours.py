"""Issue 13, coder round 99 (tours told over several clauses): of the development visit and meeting labels missed in
a sentence that tells a tour's stop or leg ("stop", "stops", "stopover", "leg") or a journey's later move ("before
heading to", "headed for"), the largest group is the places of a tour listed after a trip or stop noun whose visitor
stands elsewhere, and the most regular is a stop or leg noun owned by its traveller as the subject of a copula whose
complement is the place: "Trump's first stop was Kuala Lumpur", "Modi's next stop will be Argentina". That one is
fixed: the traveller visits the place (announced after "will"). A stop that is a subject of another verb, a stop with
no owner, and "pulled out all the stops" are left alone. Each development row is quoted with its set and id and coded
in its article as the prose scores code it; the expected events are the rows' hand labels (the general sentences':
a reader's)."""

from __future__ import annotations

from latitude.coding.coder import code_sentence
from prose_rows import has, row_records


def test_a_first_stop_was_a_place_is_a_visit_there():
    # heldout63 TV039 (Trump's 2025 Asian tour): labelled USA>MYS CONSULT and THA<>KHM AGREE
    records = row_records(
        "heldout63_prose.tsv", "TV039",
        "Trump's first stop was Kuala Lumpur where the annual ASEAN Summit was going on and the Thai-Cambodian peace "
        "agreement was to be signed in front of him.",
    )
    assert has(records, "USA", "MYS", "CONSULT")


def test_a_next_stop_will_be_a_place_is_a_visit_announced():
    # heldout92 HT008 (Modi's five-nation tour of 2025): labelled IND>ARG CONSULT
    records = row_records(
        "heldout92_prose.tsv", "HT008",
        "Modi’s next stop will be Argentina, marking the first bilateral visit by the Prime Minister to the country in "
        "57 years.",
    )
    assert has(records, "IND", "ARG", "CONSULT")


def test_the_final_leg_of_a_named_tour_is_its_traveller_s_visit_but_an_unowned_stop_is_none():
    # general sentences: the traveller owns the leg, "final" between, and the complement opens with "in" and a place;
    # no traveller owns "The first stop"; the stop is the subject of "hosted", not of a copula
    assert has(code_sentence("The Japanese prime minister's final leg was in Vietnam on Friday."), "JPN", "VNM", "CONSULT")
    assert not has(code_sentence("The first stop was Vietnam, officials said on Friday."), None, "VNM", "CONSULT")
    assert not any(r["target"] == "ARG" for r in code_sentence("Argentina's first stop hosted a trade fair on Monday."))
