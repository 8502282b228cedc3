"""Issue 13, coder round 173: a launch told by its place in a series. One article reading (`coder.code_article`,
`_counted_launch`; a sentence read alone, `code_sentence`, is unchanged): a sentence that opens with "it", "this",
"that" or a weekday before "marks" or a verb of being, or with "the" and an ordinal, and tells an ordinal before a
launch's noun ("It marks the regime's first such launch in nearly two months", "Sunday marks the first ballistic
missile provocation this year from the reclusive state.", "The last such launch was in December 2012.") takes the
article's last launch (fired at a state, else with no target), when it has no launch record of its own, names no state
but the launcher (a state after "since" is a point of time) and is not negated, hedged, modal or future.
Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given); the expectations are their hand
labels. The first nine tests fail with main's code (38d630bd)."""

from prose_rows import all_found, article_records, coded_row, launched

from latitude.coding.coder import code_sentence


def test_it_marks_the_regimes_first_such_launch():
    # held-out 164 JD002, labelled PRK>- MOBILIZE: "It marks the regime's first such launch in nearly two months and its
    # second since the start of the Donald Trump administration's second term in January."; main: no record
    assert all_found("heldout164_prose.tsv", "JD002")


def test_sunday_marks_the_first_provocation_this_year():
    # held-out 58 MN018, labelled PRK>- MOBILIZE: "Sunday marks the first ballistic missile provocation this year from
    # the reclusive state."; main: no record
    assert all_found("heldout58_prose.tsv", "MN018")


def test_it_was_the_first_time_the_north_carried_out_such_a_launch():
    # held-out 67 MY039, labelled PRK>- MOBILIZE; main: no record
    assert all_found("heldout67_prose.tsv", "MY039")


def test_the_last_such_launch_was_in_december_2012():
    # held-out 78 LQ060, labelled PRK>- MOBILIZE: "(The last such launch was in December 2012.)"; main: no record
    assert all_found("heldout78_prose.tsv", "LQ060")


def test_sundays_was_the_first_failure_in_six_tests():
    # held-out 115 LN040, labelled FRA>- MOBILIZE: "Sunday's was the first failure in the six tests of the M51 so
    # far."; main: no record
    assert all_found("heldout115_prose.tsv", "LN040")


def test_it_was_the_third_consecutive_intercept_flight():
    # held-out 66 MX019, labelled USA>- MOBILIZE: "It was the third consecutive target intercept flight."; main: no
    # record
    assert launched(coded_row("heldout66_prose.tsv", "MX019")[1], "USA")


def test_general_it_marks_the_regimes_third_such_launch():
    records = article_records(
        "North Korea fired a short-range ballistic missile into the sea on Tuesday morning, South Korea's military said. "
        "It marks the regime's third such launch in a month."
    )
    assert sum(launched([r], "PRK") for r in records) >= 2


def test_general_tuesday_marked_the_first_provocation():
    records = article_records(
        "North Korea fired a short-range ballistic missile into the sea on Tuesday morning, South Korea's military said. "
        "Tuesday marked the first missile provocation since the spring."
    )
    assert sum(launched([r], "PRK") for r in records) >= 2


def test_general_the_groups_third_such_launch_at_a_state():
    records = article_records(
        "The Houthis fired a ballistic missile at Israel on Monday night, the Israeli military said. "
        "It marks the group's third such launch in a week."
    )
    assert sum(launched([r], "YEM", "ISR") for r in records) >= 2


def test_a_negated_count_is_not_carried():
    records = article_records(
        "North Korea fired a short-range ballistic missile into the sea on Tuesday morning, South Korea's military said. "
        "It was not the first such test this month."
    )
    assert sum(launched([r], "PRK") for r in records) == 1


def test_a_sentence_read_alone_is_unchanged():
    # the reading is the article's: the count read alone names no launcher and keeps no launch
    assert code_sentence("It marks the regime's first such launch in nearly two months.") == []
