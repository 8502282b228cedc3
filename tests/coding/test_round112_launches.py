"""Issue 13, coder round 112: launches, eighteenth pass — a launch noun as the object of a verb, and the launcher a
sentence's answering launch leaves. A definite "the test" that is the object of a verb of taking part or being present
("supported the test", "inspected the test", "witnessed the test") names the article's launch once the article has
reported one, as "the test" opening its clause does; and when a sentence tells a launch "in response to" another
state's launch, the article's launcher stays the answering state, so "the launch" and "the test" after it are its.
Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given) or are general sentences; the
expectations are their hand labels. Each test fails with main's code."""

from prose_rows import codes_of, coded_row, excerpt_codes, has


def test_the_test_supported_by_airmen():
    # held-out 108 ZT036 (a Minuteman III launch told before), labelled USA>- MOBILIZE: "Airmen from the 91st Missile
    # Wing at Minot AFB, N.D., and 625th Strategic Operations Squadron at Offutt AFB, Neb., supported the test, which
    # occurred within the established time window despite some issues that arose like inclement weather downrange."
    assert has(coded_row("heldout108_prose.tsv", "ZT036")[1], "USA", None, "MOBILIZE")


def test_the_test_inspected_by_a_minister():
    # held-out 111 YH066 (South Korea's test told "in response to North Korea's missile test"), labelled KOR>- MOBILIZE:
    # "Defense Minister Han Min-koo inspected the test, according to the report."
    assert has(coded_row("heldout111_prose.tsv", "YH066")[1], "KOR", None, "MOBILIZE")


def test_the_launch_after_an_answering_launch_is_the_answering_states():
    # held-out 111 YH064, after YH062 ("South Korea successfully test-launched a missile on Thursday (local time) in
    # response to North Korea's missile test from a day earlier, ..."), labelled KOR>- MOBILIZE: "Defense officials in
    # Seoul said the launch could send a warning to North Korea which ..." (main's code: a North Korean launch)
    records = coded_row("heldout111_prose.tsv", "YH064")[1]
    assert has(records, "KOR", None, "MOBILIZE") and not has(records, "PRK", None, "MOBILIZE")


def test_the_test_witnessed_after_a_launch_told_in_an_excerpt():
    # a general excerpt: the second sentence names no state, its "the test" is Pakistan's
    coded = excerpt_codes([
        "Pakistan test-fired a ballistic missile on Monday, the military said.",
        "Senior officers and engineers witnessed the test, which met all its objectives.",
    ])
    assert ("PAK", None, "MOBILIZE") in codes_of(coded, "Senior officers")
