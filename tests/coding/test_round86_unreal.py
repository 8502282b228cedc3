"""Issue 13, coder round 86 (false events in opinion and analysis, seventh pass): an act only supposed is no event.
A visit, meeting or launch told by the verb of an "if" or "unless" clause ("a political slight ... that could have
occurred if he visited Tokyo and not Seoul") or by a counterfactual perfect ("should have gone a step further, and
shot the rocket down") did not happen. Each sentence is a development row (its set and id), coded in its article as
the prose scores code it; the expected events are the rows' hand labels. The guards: a noun with its determiner in
an "if" clause names a launch the article told ("if the launch is confirmed"), "even if" grants its clause ("even if
the summit meeting fell short of expectations"), and "might have" reports a suspected launch."""

from __future__ import annotations

from prose_rows import all_found, coded_row, has, row_records


def test_a_visit_in_an_if_clause_is_no_visit():
    # heldout65 FL083 (analysis of Obama's decision to add Seoul to his trip to Tokyo): labelled no event
    assert row_records(
        "heldout65_prose.tsv", "FL083",
        "It indicates that Obama is keen to avoid dealing a political slight to South Korean President Park Geun-Hye "
        "that could have occurred if he visited Tokyo and not Seoul.",
    ) == []
    # guards: the told launch of "if the launch is confirmed" (heldout83 RL006, labelled PRK>- MOBILIZE) and the
    # summit granted by "even if" (heldout68 SV085, labelled USA<>PRK CONSULT) stay events
    assert all_found("heldout83_prose.tsv", "RL006")
    assert all_found("heldout68_prose.tsv", "SV085")


def test_a_meeting_not_yet_clear_if_held_is_no_meeting():
    # heldout40 q024 (a piece on Xi's trip to the Samarkand summit): labelled only Modi's presence in Uzbekistan
    # (IND>UZB CONSULT); no meeting with Xi is told
    records = row_records(
        "heldout40_prose.tsv", "q024",
        "Prime Minister Narendra Damodardas Modi will be in Samarkhand too, but it is not yet clear if he will meet Xi "
        "for a one to one meeting.",
    )
    assert not has(records, "IND", "CHN", "CONSULT")


def test_a_launch_that_should_have_been_shot_down_is_none():
    # heldout61 HS043 (a commentary on a North Korean launch): labelled no event
    assert row_records(
        "heldout61_prose.tsv", "HS043", "Mazza believes President Obama should have gone a step further, and shot the rocket down."
    ) == []
    # the guard: a launch a state suspects with "might have" (heldout83 RL010, labelled PRK>- MOBILIZE) stays one
    assert has(coded_row("heldout83_prose.tsv", "RL010")[1], "PRK", None, "MOBILIZE")
