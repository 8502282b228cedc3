"""Issue 13, coder round 64 (launches, eighth pass): a launch told through a report, a detection or a condemnation is
the launcher's, never the reporting, detecting or condemning state's: a weapon that a state "reported detecting" or
that "was detected", a launch told by "it" in the reason or time clause of a condemnation ("condemned Iran ... after
it conducted ..."), and a missile that the reporting state's own forces ("its military", "its Arrow air defense
system") intercepted, launched "by" a state named further on. Each sentence is a development row (its set and id,
the page it quotes), coded in its article as the prose scores code it; the expected events are the rows' hand
labels. The guards: a detection in general ("The radar can detect ballistic missiles") stays no event."""

from __future__ import annotations

from prose_rows import excerpt_codes, has, row_records


def test_a_detected_weapon_is_the_articles_launchers_launch():
    # heldout55 SB112 (a news report of a North Korean salvo): PRK>- MOBILIZE, not the detecting South Korea's
    records = row_records(
        "heldout55_prose.tsv", "SB112",
        "South Korea's Joint Chiefs of Staff also reported detecting multiple missiles heading toward the East Sea.",
    )
    assert has(records, "PRK", None, "MOBILIZE")
    assert not any(r["source"] == "KOR" and r["plover"] == "MOBILIZE" for r in records)
    # heldout55 SB110: PRK>- MOBILIZE, a passive detection; the lexicon coded the detecting Japan's launch at North Korea
    records = row_records(
        "heldout55_prose.tsv", "SB110",
        "Japan's Coast Guard, citing the Ministry of Defense, stated that two guided missiles were detected being "
        "launched from North Korean territory.",
    )
    assert has(records, "PRK", None, "MOBILIZE")
    assert not any(r["source"] == "JPN" and r["plover"] == "MOBILIZE" for r in records)
    # the guard: a detection in general is no launch
    codes = excerpt_codes(["The new radar can detect ballistic missiles at long range."])
    assert not any(p == "MOBILIZE" for _, _, p, _ in codes)


def test_a_launch_in_a_condemnations_pronoun_clause_is_the_condemned_states():
    # heldout58 MN053 (a 2017 report on Iran's missile test): IRN>- MOBILIZE with USA>IRN ACCUSE
    records = row_records(
        "heldout58_prose.tsv", "MN053",
        "The US State Department sharply condemned Iran on Tuesday as “provocative” and “irresponsible” after it "
        "conducted its first missile test since President Donald Trump took office.",
    )
    assert has(records, "IRN", None, "MOBILIZE")
    assert not any(r["source"] == "USA" and r["plover"] == "MOBILIZE" for r in records)
    # heldout58 MN054, the next sentence: its passive launch is the article's last launcher's, now Iran
    records = row_records(
        "heldout58_prose.tsv", "MN054",
        "A US defense official told CNN the medium-range missile was launched on Sunday, and that the test failed, "
        "posing no threat to the US or its allies in the region.",
    )
    assert has(records, "IRN", None, "MOBILIZE")


def test_an_interception_by_the_reporters_own_forces_is_the_by_agents_launch_at_it():
    # heldout66 MX101 (a report of a Houthi missile over Riyadh): YEM>SAU ASSAULT/MOBILIZE
    records = row_records(
        "heldout66_prose.tsv", "MX101",
        "Saudi state media reported Tuesday that its military intercepted a ballistic missile fired at the capital city "
        "of Riyadh by Houthi rebels in Yemen.",
    )
    assert has(records, "YEM", "SAU", "MOBILIZE")
    assert not any(r["source"] == "SAU" and r["plover"] == "MOBILIZE" for r in records)
    # heldout52 ML064 (a report of a Houthi missile at Eilat): YEM>ISR ASSAULT/MOBILIZE
    records = row_records(
        "heldout52_prose.tsv", "ML064",
        "On February 22, the Israeli Defense Forces (IDF) announced that its Arrow air defense system intercepted a "
        "ballistic missile that was apparently launched by the Houthis (Ansar Allah) from Yemen over the Red Sea.",
    )
    assert has(records, "YEM", "ISR", "MOBILIZE")
