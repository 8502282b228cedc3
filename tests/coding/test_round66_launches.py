"""Issue 13, coder round 66 (false events in articles about launches): a perfect launch verb whose clause goes on to
"since" and a point that is not recent sums up launches over a span, none of them told ("The Houthis have fired
several ballistic missiles and drones at Eilat since the beginning of the Israel-Hamas war"): no launch and no
attack. Each sentence is a development row (its set and id, the page it quotes), coded in its article as the prose
scores code it; the expected events are the rows' hand labels. The guard: launches counted since a recent point
("since last month") stay a launch, as their set labels them."""

from __future__ import annotations

from prose_rows import row_records


def test_launches_fired_at_a_state_since_a_war_began_are_no_event():
    # heldout52 ML078 (a Times of Israel report on an interception over Eilat): labelled no event
    assert row_records(
        "heldout52_prose.tsv", "ML078",
        "The Houthis have fired several ballistic missiles and drones at Eilat since the beginning of the Israel-Hamas "
        "war, all of which were intercepted or missed their targets.",
    ) == []
    # heldout67 MY083, MY091 and MY098 (reports on Houthi missiles fired at Israel): each labelled no event
    assert row_records(
        "heldout67_prose.tsv", "MY083",
        "The Houthis have repeatedly launched rockets and drones at Israel since the start of the war in Gaza following "
        "Hamas' Oct. 7, 2023 attack on Israel.",
    ) == []
    assert row_records(
        "heldout67_prose.tsv", "MY091",
        "The Houthi group, which controls much of northern Yemen, has been firing missiles and drones at Israel since "
        "November 2023, saying the attacks are in support of Palestinians in the Gaza war.",
    ) == []
    assert row_records(
        "heldout67_prose.tsv", "MY098",
        "Yemen’s Huthis, who control Sanaa, have fired missiles and drones toward Israel since war broke out in Gaza in "
        "October 2023.",
    ) == []
    # (the guard on heldout14 N118, "Pyongyang has launched a flurry of missiles since last month.", was dropped by
    # labels round 18: a counted series over more than a week is labelled no event now)
