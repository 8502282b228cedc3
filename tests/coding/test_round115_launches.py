"""Issue 13, coder round 115: launches, nineteenth pass — a weapon's flight told with a second, coordinated predicate.
When the verb right after a weapon (or a visit, meeting or launch noun) is a past verb that reports an act, an "and"
after it opens a second predicate whose modal or negation is its own ("... reached a maximum altitude of 50 km and may
have flown on an irregular trajectory", "... landed outside Japan's exclusive economic zone and that there was no
information about damage"): the weapon's flight is still reported. Rows are quoted from cited development sets
(tests/fixtures/coding/, row ids given) or are general sentences; the expectations are their hand labels. Each test
fails with main's code."""

from prose_rows import codes_of, coded_row, excerpt_codes, has


def test_a_flight_with_a_coordinated_modal_predicate():
    # held-out 67 MY037 (North Korea's launch told before), labelled PRK>- MOBILIZE | JPN>- STATEMENT: "Japan estimates
    # that the missile reached a maximum altitude of 50 km and may have flown on an irregular trajectory."
    assert has(coded_row("heldout67_prose.tsv", "MY037")[1], "PRK", None, "MOBILIZE")


def test_a_flight_with_a_coordinated_negated_clause():
    # held-out 83 RL015 (North Korea's launch told before), labelled PRK>- MOBILIZE | JPN>- STATEMENT: "Prime Minister
    # Sanae Takaichi, speaking urgently to reporters at her office, said the missile landed outside Japan's exclusive
    # economic zone and that there was no information about damage."
    assert has(coded_row("heldout83_prose.tsv", "RL015")[1], "PRK", None, "MOBILIZE")


def test_a_flight_then_a_hedged_second_predicate_in_an_excerpt():
    # a general excerpt: the second sentence's flight is North Korea's launch; "may have carried" is its second
    # predicate's hedge, not the flight's
    coded = excerpt_codes([
        "North Korea fired a ballistic missile into the sea on Sunday, South Korea's military said.",
        "The missile flew about 400 kilometres and may have carried a dummy warhead.",
    ])
    assert ("PRK", None, "MOBILIZE") in codes_of(coded, "The missile flew")
