"""Issue 13, coder round 63 (launches, seventh pass): a launch told by its weapon as the subject, of a passive
interception verb ("The missile was intercepted ..."), of a past verb coordinated with a flight verb ("fizzled and
fell", "failed and broke apart"), of the flight verbs added ("leaped", "arced") or of a flight it "appears to have"
made. Each sentence is a development row (its set and id, the page it quotes), coded in its article as the prose
scores code it; the expected events are the rows' hand labels. The guards: a flight only "believed" to have ended
somewhere (held-out 6's S094) and analysts' comment on a launch (held-out 4's Q043) stay no event."""

from __future__ import annotations

from prose_rows import excerpt_codes, has, quiet, row_records


def test_an_intercepted_missile_is_its_launchers_fired_at_the_interceptor():
    # heldout45 LZ056 (smc.sd, the Saudi Press Agency's report of a Houthi missile): YEM>SAU ASSAULT/MOBILIZE, the
    # target the state the article's launch was fired at
    records = row_records(
        "heldout45_prose.tsv", "LZ056",
        "The missile was intercepted at around 6.30 p.m. Monday and destroyed without any casualties or damage on the ground.",
    )
    assert has(records, "YEM", "SAU", "MOBILIZE")
    # heldout45 LZ052 (Reuters): YEM>SAU ASSAULT/MOBILIZE, "had been intercepted"
    records = row_records(
        "heldout45_prose.tsv", "LZ052",
        "Saudi-owned Arabiya TV reported earlier on Monday that a missile had been intercepted in the city of Khamees "
        "Mushait in the Kingdom's southwest.",
    )
    assert has(records, "YEM", "SAU", "MOBILIZE")


def test_the_interceptions_by_agent_is_the_target_not_the_launcher():
    # an interception's "by" agent intercepted the weapon: the launch was fired at it, its launcher is the article's
    codes = excerpt_codes([
        "North Korea fired a ballistic missile on Sunday.",
        "The missile was shot down by Japan over the sea.",
    ])
    assert ("PRK", "JPN", "MOBILIZE") in {(s, t, p) for s, t, p, _ in codes}
    assert not any(s == "JPN" for s, _, _, _ in codes)


def test_a_failure_or_fall_coordinated_with_a_past_verb():
    # heldout49 NK079 (milavia forum, Iran's failed launch): IRN>- MOBILIZE (and, since labels round 15, the
    # Pentagon source's USA>- STATEMENT)
    records = row_records(
        "heldout49_prose.tsv", "NK079",
        "Soon after reaching an altitude above 500,000 feet, the missile failed and broke apart, the source said.",
    )
    assert has(records, "IRN", None, "MOBILIZE")
    # heldout61 HS013 (the Staten Island Advance's editorial, 2010): PRK>- MOBILIZE
    records = row_records(
        "heldout61_prose.tsv", "HS013",
        "The missile fizzled and fell in the Pacific, but the attempt was widely regarded as a serious provocation by the "
        "ever-bellicose Kim Jong-il regime.",
    )
    assert has(records, "PRK", None, "MOBILIZE")


def test_a_leap_and_an_arc_are_flights():
    # heldout61 HS026 and HS027 (an AP feature on a Minuteman test): USA>- MOBILIZE each
    records = row_records(
        "heldout61_prose.tsv", "HS026",
        "At 11:01pm Pacific Standard Time on Thursday, the Minuteman missile, toting a payload of test instruments "
        "rather than a nuclear warhead, leaped into the darkness in an explosion of flame.",
    )
    assert has(records, "USA", None, "MOBILIZE")
    records = row_records(
        "heldout61_prose.tsv", "HS027",
        "It arced toward its test range in the waters of the Kwajalein Atoll, an island chain about 2500 miles (4000km) "
        "southwest of Honolulu.",
    )
    assert has(records, "USA", None, "MOBILIZE")


def test_a_flight_that_appears_to_have_ended_but_not_one_believed_to():
    # heldout58 MN026 (devdiscourse, Reuters): PRK>- MOBILIZE
    records = row_records(
        "heldout58_prose.tsv", "MN026",
        "The North Korean missile appears to have landed outside Japan's exclusive economic zone, Japanese public "
        "broadcaster NHK reported citing multiple defence ministry officials.",
    )
    assert has(records, "PRK", None, "MOBILIZE")
    # heldout6 S094 ("The missile is believed to have landed in waters inside Japan's exclusive economic zone.") and
    # heldout4 Q043 (analysts view the test as a show of force): labelled no event
    assert quiet("heldout6_prose.tsv", "S094")
    assert quiet("heldout4_prose.tsv", "Q043")
