"""Issue 13, coder round 58 (launches, sixth pass): a launch whose weapon's noun phrase is long ("test launches of two
of its nuclear-capable ballistic missiles", "launch of the nuclear capable long-range ballistic missile Agni-V"), told
after "for a second time", or owned by a state in a clause with "long-range" in it; and a launch called off. Each
sentence is a development row (its set and id, the page it quotes), coded in its article as the prose scores code
it; the expected events are the rows' hand labels."""

from __future__ import annotations

from prose_rows import has, quiet, row_records


def test_test_fired_for_a_second_time_a_missile():
    # heldout45 LZ076 (Times of India, 2013): IND>- MOBILIZE
    records = row_records(
        "heldout45_prose.tsv", "LZ076",
        "BHUBANESHWAR: India today successfully test-fired for a second time a long-range missile capable of carrying a "
        "nuclear warhead, marking another advance in its military capabilities.",
    )
    assert has(records, "IND", None, "MOBILIZE")


def test_test_launches_of_a_long_weapon_phrase():
    # heldout52 ML090 (Defence Insider, https://www.defenceinsider.in/successful-missile-test-fires-from-odisha): IND>- MOBILIZE
    records = row_records(
        "heldout52_prose.tsv", "ML090",
        "In a major demonstration of its strategic deterrence capabilities, India successfully conducted night-time test "
        "launches of two of its nuclear-capable ballistic missiles—Prithvi-II and Agni-I—from separate launch sites off "
        "the coast of Odisha on July 17, 2025.",
    )
    assert has(records, "IND", None, "MOBILIZE")


def test_an_owned_launch_of_a_long_range_missile():
    # heldout49 NK063 (IBTimes, https://ibtimes.com/india-missile-launch-chinese-government-reacts-cautiously-media-slam-india-439362):
    # IND>- MOBILIZE
    records = row_records(
        "heldout49_prose.tsv", "NK063",
        "The Chinese government Thursday reacted diplomatically to India's successful launch of the nuclear capable "
        "long-range ballistic missile Agni-V while the government-controlled media lashed out at India for attempting to "
        "compete with China.",
    )
    assert has(records, "IND", None, "MOBILIZE")
    # heldout45 LZ086: USA>PRK ACCUSE | PRK>- MOBILIZE
    records = row_records(
        "heldout45_prose.tsv", "LZ086",
        "Washington DC - The United States has condemned North Korea for its Friday test of a long-range ballistic missile.",
    )
    assert has(records, "PRK", None, "MOBILIZE") and has(records, "USA", "PRK", "ACCUSE")


def test_a_scrubbed_launch_is_none_and_a_call_to_cancel_one_leaves_it():
    # heldout52 ML053 (Stratfor, 2017), labelled "-": a launch called off
    assert quiet("heldout52_prose.tsv", "ML053")
    # heldout26 q052 (the Japan Times editorial, 2012): the launch others called to cancel happened, PRK>- MOBILIZE
    records = row_records(
        "heldout26_prose.tsv", "q052",
        "It ignored repeated calls by the international community to cancel the launch, the second this year following an "
        "attempt on April 13.",
    )
    assert has(records, "PRK", None, "MOBILIZE")

