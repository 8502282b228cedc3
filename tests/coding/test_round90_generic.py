"""Issue 13, coder round 90 (false events in opinion and analysis, eighth pass): generic statements and descriptions of
a relation are no events. A launch verb in the present passive in a sentence told wholly in the present says how a
weapon is launched ("The Hwasong-12 ... is fired from a road-mobile launcher"), a state's own plural launches in such
a sentence are its launches in general ("Iran insists that its satellite launches are for communications purposes"),
and a state that hosts a body's seat hosts no visit ("Botswana hosts the SADC Secretariat"). Each sentence is a
development row (its set and id), coded in its article as the prose scores code it; the expected events are the
rows' hand labels. The guard: a launch told in the present in a clause of time ("before the missile is fired into the
sky") is the article's launch."""

from __future__ import annotations

from prose_rows import all_found, row_records


def test_a_launch_verb_in_the_present_passive_tells_how_a_weapon_is_launched():
    # heldout66 MX079 (an explainer on North Korea's Hwasong-12 launch over Japan): labelled no event
    assert row_records(
        "heldout66_prose.tsv", "MX079",
        "The Hwasong-12, known to American agencies as the KN-17, is fired from a road-mobile launcher — usually a "
        "modified truck — making it easy to move around the country and launch on short notice.",
    ) == []
    # the guard: heldout17 L041, labelled RUS>- MOBILIZE, stays an event
    assert all_found("heldout17_prose.tsv", "L041")


def test_a_states_own_launches_told_in_the_present_are_launches_in_general():
    # heldout37 MS056 (an analysis of Iran's satellite launches): labelled no event
    assert row_records(
        "heldout37_prose.tsv", "MS056",
        "Iran insists that its satellite launches are for communications purposes, but many see the regime’s ‘space "
        "program’ as part of its missile program, especially since both are driven and governed by the IRGC.",
    ) == []


def test_hosting_a_bodys_seat_is_no_visit():
    # heldout77 VS027 (a piece on SADC and Botswana): labelled no event
    assert row_records(
        "heldout77_prose.tsv", "VS027",
        "Botswana hosts the SADC Secretariat while Namibia will take over the SADC's chairmanship from South Africa "
        "later this year.",
    ) == []
