"""Issue 13, coder round 101: launches, fifteenth pass — a launch told in a relative clause on its weapon, and an
interception by an air defence system that one state alone operates. An object relative clause's launch verb right
after its actor subject ("a ballistic missile that North Korea launched Thursday morning") is the weapon's launch; a
subject relative clause's flight verb ("a medium-range KN-15 missile that flew just 40 miles") is its flight; a weapon
"intercepted by Iron Dome" (or David's Sling, each operated by the Israeli Air Force alone) was fired at Israel, also
when an adverb "also" stands before the participle. Rows are quoted from cited development sets
(tests/fixtures/coding/, row ids given); the expectations are their hand labels. Each test fails with main's code."""

from prose_rows import coded_row, has


def test_an_object_relative_clause_tells_the_launch_of_its_weapon():
    # held-out 94 QN022, labelled PRK>- MOBILIZE and a Japanese statement: "The Japanese government says a ballistic
    # missile that North Korea launched Thursday morning appears to have fallen outside Japan’s exclusive economic zone."
    assert has(coded_row("heldout94_prose.tsv", "QN022")[1], "PRK", None, "MOBILIZE")


def test_an_object_relative_clause_after_a_preposition_tells_the_launch():
    # held-out 69 MZ029, labelled PRK>- MOBILIZE: "South Korea did not provide any further details about the missile
    # that North Korea launched on Sunday."
    assert has(coded_row("heldout69_prose.tsv", "MZ029")[1], "PRK", None, "MOBILIZE")


def test_an_object_relative_clause_whose_subject_is_the_north():
    # held-out 41 MT072, labelled PRK>- MOBILIZE: "The missile that the North launched early Sunday at 7:55 a.m. local
    # time (2255 Sunday UTC) apparently was of a type capable of reaching Japan."
    assert has(coded_row("heldout41_prose.tsv", "MT072")[1], "PRK", None, "MOBILIZE")


def test_a_subject_relative_clause_tells_the_flight_of_its_weapon():
    # held-out 69 MZ015 (North Korea's launch told in the article's first sentences), labelled PRK>- MOBILIZE:
    # "Initial assessments indicated the rocket was a medium-range KN-15 missile that flew just 40 miles."
    assert has(coded_row("heldout69_prose.tsv", "MZ015")[1], "PRK", None, "MOBILIZE")


def test_a_missile_that_landed_in_a_zone_after_a_launch_gerund():
    # held-out 66 MX118, labelled PRK>- MOBILIZE: "North Korea's latest act Monday involved firing a short-range
    # ballistic missile that landed in Japan's maritime economic zone."
    assert has(coded_row("heldout66_prose.tsv", "MX118")[1], "PRK", None, "MOBILIZE")


def test_a_missile_reported_to_be_one_that_flew_a_distance():
    # held-out 83 RL050 (Iran's launch told before), labelled IRN>- MOBILIZE: "The missile was reported to be a Shahab-3
    # missile that flew a distance of 1,000km (Approx. 600 miles) to an area outside Tehran."
    assert has(coded_row("heldout83_prose.tsv", "RL050")[1], "IRN", None, "MOBILIZE")


def test_a_rocket_intercepted_by_the_iron_dome_was_fired_at_israel():
    # held-out 94 QN063, labelled PSE>ISR ASSAULT/MOBILIZE: "Over the weekend, two rockets fired from the Gaza Strip
    # were intercepted by the Iron Dome." (main's code: a Palestinian launch with no target)
    assert has(coded_row("heldout94_prose.tsv", "QN063")[1], "PSE", "ISR", "MOBILIZE")


def test_a_rocket_also_intercepted_by_iron_dome_was_fired_at_israel():
    # held-out 71 NC004, labelled PSE>ISR ASSAULT/MOBILIZE: "Another rocket had been launched around 11PM on Friday
    # night, and was also intercepted by Iron Dome." (main's code: a Palestinian launch with no target)
    assert has(coded_row("heldout71_prose.tsv", "NC004")[1], "PSE", "ISR", "MOBILIZE")
