"""Issue 13, coder round 38: launches, second pass. Launches main's coder missed or invented on the development
sets because it read no target in "into waters around / near" a state, took a witness ("reported by Taiwan's
Ministry", "According to the Japanese Defense Ministry") for the launcher, lacked "shoot" as a launch verb, or
read plural launches in a sentence that spans years as one launch. Each sentence is a development row (its set
and id, the page it quotes), coded in its article as the prose scores code it; the expected events are the
rows' hand labels."""

from __future__ import annotations

from prose_rows import has, labels_found, quiet, row_records


def test_a_launch_into_the_waters_around_a_state_targets_it():
    # heldout37 MS103 (Deccan Herald) and MS105 (dailyhonker): CHN>TWN MOBILIZE; main coded CHN>- only
    records = row_records(
        "heldout37_prose.tsv", "MS105",
        "TAIPEI, Taiwan—China fired several Dongfeng ballistic missiles into waters near Taiwan on Thursday, drawing "
        "condemnation from the island’s defense ministry.",
    )
    assert has(records, "CHN", "TWN", "MOBILIZE")
    assert labels_found("heldout37_prose.tsv", "MS103")[0]


def test_a_witness_is_no_launcher():
    # heldout37 MS106 (dailyhonker) and MS123 (mixedtimes): main coded TWN>- and JPN>- MOBILIZE, the states that
    # reported the launch
    records = row_records(
        "heldout37_prose.tsv", "MS106",
        "The missile launch was reported by Taiwan’s Ministry of National Defense at around 3:30 p.m. local time, and "
        "the missiles landed into water around Taiwan’s northeast and southwest.",
    )
    assert not has(records, "TWN", None, "MOBILIZE")
    records = row_records(
        "heldout37_prose.tsv", "MS123",
        "According to the Japanese Defense Ministry, the missile flew for a little more than an hour before crashing "
        "into Japanese waters near the northernmost island of Hokkaido.",
    )
    assert not has(records, "JPN", None, "MOBILIZE")


def test_shot_is_a_launch_verb_and_shot_down_is_none():
    # heldout37 MS024 (kscopeonline): PRK>JPN MOBILIZE; main coded nothing
    records = row_records(
        "heldout37_prose.tsv", "MS024",
        "North Korea shot a ballistic missile over the northern “Japanese island of Hokkaido Friday” (Cnn.com).",
    )
    assert has(records, "PRK", "JPN", "MOBILIZE")
    # heldout37 MS019 (roundnews): an interception attempt, no launch
    assert quiet("heldout37_prose.tsv", "MS019")


def test_plural_launches_over_years_are_no_event():
    # heldout37 MS089 (Yeni Şafak) and MS050 (DEBKA): no event; main coded PAK>- and IRN>- MOBILIZE
    assert quiet("heldout37_prose.tsv", "MS089")
    assert quiet("heldout37_prose.tsv", "MS050")
    # heldout18 T100 (Arab Today): "one of its most provocative missile tests in recent years" is still the launch
    assert labels_found("heldout18_prose.tsv", "T100") == [True]
