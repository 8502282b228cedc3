"""Issue 13, coder round 88 (missile launches and weapons tests, twelfth pass): a launch told by a noun in a sentence
of comment, whose launcher the sentence names. A singular launch noun right after an actor's possessive "s", with only
launch modifiers, days and dates between ("North Korea's latest launch", "Pyongyang's launch", "Iran's firing"), is
that actor's launch in an article that has reported a launch, as "Iran's test" was since the fourteenth round; and
"previous" before a singular launch noun names the one launch before ("North Korea's previous missile test took place
in October 2021"), not launches in general, as "previous missile tests" still are. Each sentence is a development row,
coded in its article as the prose scores code it; the expected value is its hand label."""

from __future__ import annotations

from prose_rows import row_records


def _launchers(fixture: str, row_id: str, text: str) -> set[str]:
    return {r["source"] for r in row_records(fixture, row_id, text) if r["plover"] == "MOBILIZE"}


def test_a_possessed_launch_noun_is_the_possessor_s_launch():
    # held-out 79 KE073 (allthe.news), labelled PRK>- MOBILIZE
    assert _launchers(
        "heldout79_prose.tsv", "KE073",
        "The presidential Office of National Security (ONS) stated that it held an emergency meeting on Friday to discuss "
        "North Korea's latest launch, presumed to be a short-range ballistic missile.",
    ) == {"PRK"}
    # held-out 67 MY021 (UrduPoint, 2022-03-24), labelled KOR>PRK ACCUSE | PRK>- MOBILIZE
    assert _launchers(
        "heldout67_prose.tsv", "MY021",
        "South Korean President-elect Yoon Suk Yeol also denounced Pyongyang's launch, calling it unconditional violation "
        "of UN Security Council resolutions.",
    ) == {"PRK"}
    # held-out 41 MT078 (nosint, 2008), labelled IRN>- MOBILIZE | USA>IRN ACCUSE
    assert _launchers(
        "heldout41_prose.tsv", "MT078",
        "The White House on Monday branded Iran's firing a rocket into space \"unfortunate\" and warned that the move "
        "would further isolate the Islamic republic from the international community.",
    ) == {"IRN"}


def test_a_previous_launch_is_one_launch():
    # held-out 58 MN005 (TASS, 2022-01-05), labelled PRK>- MOBILIZE
    assert _launchers(
        "heldout58_prose.tsv", "MN005", "North Korea’s previous missile test took place in October 2021."
    ) == {"PRK"}
