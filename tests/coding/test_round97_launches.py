"""Issue 13, coder round 97: launches, fourteenth pass — a launch noun or pronoun whose launcher an earlier sentence of
the article names. A definite "the test" in a reported clause with no "that" ("the defence ministry said the test was
carried out ...") opens its clause as it does after "that"; a passive verb's "by" agent after a launch noun is no
launcher ("The launch was confirmed by U.S. officials"), nor is a reporting verb's subject the owner of the weapon in
its clause ("The South Korean military reported that the missiles were fired from Pyongyang"); "it fell outside" a zone
is the article's launch as "it fell into" one is. Rows are quoted from cited development sets (tests/fixtures/coding/,
row ids given); the expectations are their hand labels. Each test fails with main's code."""

from prose_rows import coded_row, has


def test_a_test_in_a_reported_clause_with_no_that_is_the_article_s_launch():
    # held-out 71 NC033 (India's launch told in the article's first sentences), labelled IND>- MOBILIZE and a statement:
    # "In a brief statement, the defence ministry said the test was carried out at around 7:30 pm."
    assert has(coded_row("heldout71_prose.tsv", "NC033")[1], "IND", None, "MOBILIZE")


def test_a_test_said_to_be_conducted_is_the_article_s_launch():
    # held-out 78 LQ004, labelled PAK>- MOBILIZE and a statement: "Army spokesman Major General Asim Saleem Bajwa also
    # said the test was conducted during a field training exercise supervised by top military commanders."
    assert has(coded_row("heldout78_prose.tsv", "LQ004")[1], "PAK", None, "MOBILIZE")


def test_a_passive_verb_s_agent_is_not_the_launcher():
    # held-out 83 RL022, labelled PRK>- MOBILIZE and a US statement: "The launch was confirmed by U.S. officials."
    # (main's code: a US launch)
    _, records = coded_row("heldout83_prose.tsv", "RL022")
    assert has(records, "PRK", None, "MOBILIZE")
    assert not has(records, "USA", None, "MOBILIZE")


def test_a_missile_that_fell_outside_a_zone_is_the_article_s_launch():
    # held-out 67 MY038, labelled PRK>- MOBILIZE and a statement: "Hamada said it fell outside Japan's exclusive
    # economic zone and there were no reports of problems with shipping or air traffic."
    assert has(coded_row("heldout67_prose.tsv", "MY038")[1], "PRK", None, "MOBILIZE")


def test_a_reporting_verb_s_subject_is_not_the_owner_of_the_missiles():
    # held-out 88 KH090, labelled PRK>- MOBILIZE: "The South Korean military reported that the missiles were fired from
    # Pyongyang at around 7:50am local time on Sunday (22:50 GMT Saturday)." (main's code: a South Korean launch)
    _, records = coded_row("heldout88_prose.tsv", "KH090")
    assert has(records, "PRK", None, "MOBILIZE")
    assert not has(records, "KOR", None, "MOBILIZE")


def test_a_coast_guard_that_said_the_projectile_splashed_down_did_not_launch_it():
    # held-out 83 RL037, labelled PRK>- MOBILIZE and a Japanese statement: "Japan’s coast guard said the projectile fired
    # by North Korea had already splashed down, and Japanese news outlet NHK reported the missile appeared to have
    # landed outside ..." (main's code: a Japanese launch too)
    _, records = coded_row("heldout83_prose.tsv", "RL037")
    assert not has(records, "JPN", None, "MOBILIZE")
