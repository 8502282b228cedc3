"""Coder round 62 (issue 13, false events in pieces full of events): launches counted over years ("since 1999", "in 13
years", "since the 2016 US election") and an indefinite event noun in a clause negated before it ("are not going to
... in one meeting", "does not specifically bar Tehran from missile launches") report no event. Every sentence is a
development row read in its article, as `prose_scores` reads it; each test of a quiet row fails with the code before
this round, and the kept rows guard what must stay found."""

from prose_rows import all_found, coded_row, quiet, row_codes


def test_tests_counted_since_a_year_are_no_launch():
    # held-out 61's HS062: "The defense department conducted 17 tests of its missile defense shield since 1999."
    assert quiet("heldout61_prose.tsv", "HS062")
    # held-out 18's T109 keeps its launch: "The country conducted four missile tests last week and a total of 23 since
    # January." (two launches until labels round 18, which left one: the week's four tests; the 23 since January are
    # no event)
    assert all_found("heldout18_prose.tsv", "T109")


def test_tests_counted_over_a_number_of_years_are_no_launch():
    # held-out 61's HS064: "And only half of the 10 missile defense system tests conducted in 13 years was successful."
    assert quiet("heldout61_prose.tsv", "HS064")


def test_possessed_tests_since_an_election_year_are_no_launch():
    # held-out 20's J121: "But since the 2016 US election, the US has greeted North Korea's missile tests with the
    # typical disjointed reaction ..."
    assert quiet("heldout20_prose.tsv", "J121")


def test_one_meeting_in_a_negated_clause_is_no_meeting():
    # held-out 59's SF016: "Trump and ... Putin are not going to come up with the solutions ... in one meeting."
    assert ("USA", "RUS", "040") not in row_codes("heldout59_prose.tsv", "SF016")
    # a negated "rule out" leaves the summit possible, and no meeting is coded (as before this round): held-out 13's
    # M063, "Ishiba also did not rule out the possibility of visiting the US to hold a face-to-face summit with Trump"
    row, records = coded_row("heldout13_prose.tsv", "M063")
    assert not row.events and records == []


def test_bare_launches_a_resolution_does_not_bar_are_no_launch():
    # held-out 58's MN083: "... calls on Iran to refrain from testing missiles ..., but does not specifically bar Tehran
    # from missile launches."
    assert quiet("heldout58_prose.tsv", "MN083")
    # a definite or possessed event after a negated verb happened and stays found: held-out 34's d045, "This Wagnerian
    # fortissimo did not dampen the Navy's 21-gun salute for the monarch"; held-out 61's HS072, "had not given him any
    # direct information about the aborted Minuteman missile test"
    assert all_found("heldout34_prose.tsv", "d045")
    assert all_found("heldout61_prose.tsv", "HS072")
