"""Issue 13, coder round 75 (false events in articles about missile launches and weapons tests): launches in general,
none of them told, are no launch and no attack: launches of many kinds ("has tested various ICBMs", "most of China's
nuclear weapons tests", "an array of ... missiles since ..."), a perfect launch after a fronted "Since ...," that is
not recent ("Since November 9, the Iran-backed Houthis have launched ballistic missiles and aerial drones at
Israel"), and launches told in the present ("U.S. officials test long-range ballistic missiles several times a
year", "this type of testing of missiles is routine"). Each sentence is a development row (its set and id, the page
it quotes), coded in its article as the prose scores code it; the expected events are the rows' hand labels. The
guards: a counted series of kinds ("various types of missiles 18 times so far this year"), launches since a recent
point and a launch named with a determiner ("This test launch reinforces ...") stay a launch, as their sets label
them."""

from __future__ import annotations

from prose_rows import has, row_records


def test_launches_of_many_kinds_are_no_event():
    # heldout69 MZ100 and MZ027 (news on North Korea's solid-fuel ICBM test): each labelled no event
    assert row_records(
        "heldout69_prose.tsv", "MZ100",
        "It has tested various ICBMs, but these were powered by liquid propellants, which must be fuelled directly ahead "
        "of launch – a process that can take hours.",
    ) == []
    assert row_records(
        "heldout69_prose.tsv", "MZ027",
        "North Korea has tested an array of solid-fuel short-range ballistic missiles since the collapse of direct "
        "diplomacy in 2019 between its leader, Kim Jong-un, and President Donald J. Trump.",
    ) == []
    # heldout52 ML030 (a piece on China's ICBM test into the Pacific): labelled no event
    assert row_records(
        "heldout52_prose.tsv", "ML030", "Since then, most of China’s nuclear weapons tests have been conducted underground."
    ) == []
    # (the guard on heldout22 K029, "North Korea has fired various types of missiles 18 times so far this year ...", was
    # dropped by labels round 18: a counted series over more than a week is labelled no event now)


def test_launches_at_a_state_since_a_fronted_point_are_no_event():
    # heldout71 NC058 (an AP report on a drone from Yemen shot down over the Red Sea): labelled no event
    assert row_records(
        "heldout71_prose.tsv", "NC058",
        "Since November 9, the Iran-backed Houthis have launched ballistic missiles and aerial drones at Israel.",
    ) == []
    # (the guard on heldout14 N118, "Pyongyang has launched a flurry of missiles since last month.", was dropped by
    # labels round 18: a counted series over more than a week is labelled no event now)


def test_launches_in_general_told_in_the_present_are_no_event():
    # heldout69 MZ041 (news on North Korea's ICBM test), heldout61 HS037 (analysis of an Indian test) and heldout71
    # NC018 (a report on rockets from Gaza): each labelled no event
    assert row_records("heldout69_prose.tsv", "MZ041", "U.S. officials test long-range ballistic missiles several times a year.") == []
    assert row_records(
        "heldout61_prose.tsv", "HS037", "Defense experts, however, say that this type of testing of missiles is routine and expected."
    ) == []
    assert row_records(
        "heldout71_prose.tsv", "NC018",
        "Israel holds Hamas responsible for all rocket fire from the coastal enclave since this group holds itself out as "
        "the governing force in the area.",
    ) == []
    # the guards: a launch named with a determiner stays a launch; heldout73 NQ087 and heldout14 N087, each labelled
    # with the launch (USA>- MOBILIZE, PRK>- MOBILIZE)
    records = row_records(
        "heldout73_prose.tsv", "NQ087",
        "\"This test launch reinforces what our allies and partners already know — we're always ready to defend the "
        "United States with combat-ready nuclear forces anytime, anywhere, on order, to conduct global strike,\" said Gen. "
        "Thomas A. Bussiere, commander, Air Force Global Strike Command, in a post-launch statement.",
    )
    assert has(records, "USA", None, "MOBILIZE")
    records = row_records(
        "heldout14_prose.tsv", "N087",
        "With the “success” of this launch, North Korea may put more effort into developing an intercontinental ballistic "
        "missile that would reach the U.S. mainland.",
    )
    assert has(records, "PRK", None, "MOBILIZE")
