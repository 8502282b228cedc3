"""Issue 13, coder round 279: the article's launch with no target told again by a passive of launching or testing with
no "by". A sentence that tells the launch as "was launched", "were fired", "was tested" (at most one adverb between),
or a test's, trial's or launch's noun as "was conducted" / "was carried out" ("Both were fired towards the northeast,
it said."), is the article's last launch with no target (`coder._passive_lone_launch`), when it names no state but the
launcher, a reporter or a sea. Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given);
the expectations are their hand labels. The first five tests fail with main's code (bb4b3b33, on its archive); the
guards pass on both."""

import datetime as dt

from prose_rows import labels_found

from latitude.coding.coder import Article, code_article


def _kinds(lead: str, sentence: str) -> set[tuple]:
    # the passive sentence follows the lead that names the launcher, as in the development articles
    records = code_article(Article("round279", " ".join([lead, sentence]), dt.date(2025, 6, 12)))
    return {(r["source"], r["target"], r["plover"]) for r in records if r["sentence"] == sentence}


def test_both_were_fired_towards_the_northeast():
    # held-out 221 GA004 (PRK>- MOBILIZE, KOR>- STATEMENT): "Both were fired towards the northeast, it said."
    assert labels_found("heldout221_prose.tsv", "GA004")[0]


def test_the_missile_was_tested_as_part_of_the_exercise():
    # held-out 108 ZT005 (PAK>- MOBILIZE): "This surface-to-surface missile, which boasts a range of 450 kilometers,
    # was tested as part of the ongoing military exercise, Ex INDUS."
    assert labels_found("heldout108_prose.tsv", "ZT005")[0]


def test_its_first_trial_was_conducted_last_year():
    # held-out 45 LZ069 (IND>- MOBILIZE): "This short-range missile has a striking range of about 700 km and its first
    # trial was conducted on January 25 last year from the same complex."
    assert labels_found("heldout45_prose.tsv", "LZ069")[0]


def test_two_missiles_were_fired_from_near_the_capital():
    lead = "North Korea fired two ballistic missiles into the sea on Monday, South Korea's military said."
    sentence = "Both were fired towards the northeast from near Pyongyang, it said."
    assert ("PRK", None, "MOBILIZE") in _kinds(lead, sentence)


def test_the_flight_test_was_conducted_off_the_coast():
    lead = "India carried out a flight test of a new ballistic missile on Thursday."
    sentence = "The Ministry of Defence said the flight test was conducted from an island off the coast of Odisha."
    assert ("IND", None, "MOBILIZE") in _kinds(lead, sentence)


def test_guard_tests_summed_up_in_the_present_perfect():
    # a present perfect sums up tests over a span (labels round 17), not the article's launch
    lead = "Pakistan carried out a training launch of a cruise missile on Monday."
    sentence = "Since then, most of Pakistan's missile tests have been conducted over the Arabian Sea."
    assert not any(kind[2] == "MOBILIZE" for kind in _kinds(lead, sentence))


def test_guard_a_parade_conducted_is_no_launch():
    # "conducted" tells a launch only of a test's, trial's or launch's noun
    lead = "North Korea fired a ballistic missile into the sea on Tuesday, South Korea's military said."
    sentence = "A military parade was conducted in the capital the next day."
    assert not any(kind[2] == "MOBILIZE" for kind in _kinds(lead, sentence))
