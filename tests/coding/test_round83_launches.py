"""Issue 13, coder round 83 (missile launches and weapons tests, eleventh pass): launches a state reports as suspected.
A launch noun whose "of" phrase is hedged ("the launch of what was believed to be a ballistic missile", "the test of
what appeared to be a hypersonic missile") is read as the verb's "fired what appeared to be" was (tenth round), and a
launch verb after "may have" or "might have" whose launcher is named right before the modal ("North Korea may have
fired a ballistic missile", "North Korea might have conducted a launch of a ballistic missile") is the named state's
launch, not the reporting state's; one with no named doer or after "what" stays a guess. Each sentence is a
development row, coded in its article as the prose scores code it; the expected value is its hand label."""

from __future__ import annotations

from prose_rows import has, row_records

from latitude.coding.coder import Article, code


def _launchers(fixture: str, row_id: str, text: str) -> set[str]:
    return {r["source"] for r in row_records(fixture, row_id, text) if r["plover"] == "MOBILIZE"}


def test_a_launch_noun_whose_weapon_is_hedged():
    # held-out 83 RL016 (Sputnik, 2025-11-07), labelled PRK>- MOBILIZE | JPN>- STATEMENT
    assert "PRK" in _launchers(
        "heldout83_prose.tsv", "RL016",
        "Earlier, the Japan Coast Guard reported the launch of what was believed to be a ballistic missile by North Korea.",
    )
    # held-out 83 RL033 (Occasional Digest, 2024-11-05), labelled PRK>- MOBILIZE | JPN>- STATEMENT: the launcher is the
    # article's
    assert "PRK" in _launchers(
        "heldout83_prose.tsv", "RL033",
        "Japan’s government has also confirmed the launch of what is suspected to be a ballistic missile.",
    )
    # held-out 66 MX049 (thepenpk), labelled PRK>- MOBILIZE | KOR>- STATEMENT
    assert "PRK" in _launchers(
        "heldout66_prose.tsv", "MX049",
        "The JCS official said the test of what appeared to be a hypersonic missile ended in failure after a journey of "
        "some 250 kilometres (155 miles).",
    )


def test_a_launch_after_may_have_is_the_named_state_s():
    # held-out 83 RL002 (Newshub, 2021), labelled PRK>- MOBILIZE | JPN>- STATEMENT
    assert has(row_records(
        "heldout83_prose.tsv", "RL002",
        "The Japanese coast guard has claimed North Korea may have fired a ballistic missile on Thursday.",
    ), "PRK", None, "MOBILIZE")
    # held-out 83 RL010 (Central Chronicle, UNI), labelled PRK>- MOBILIZE | JPN>- STATEMENT: not Japan's launch
    assert _launchers(
        "heldout83_prose.tsv", "RL010",
        "Tokyo, Jan 14 (UNI) North Korea might have conducted a launch of a ballistic missile, the Japan Coast Guard said "
        "on Sunday, citing the defense ministry.",
    ) == {"PRK"}
    # a modal perfect with no named doer, or after "what", stays a guess (held-out 66 MX055 and 69 MZ013, no event)
    for sentence in (
        "North Korea fired a missile on Sunday. Re-entry testing could have been conducted on this flight.",
        "Regardless of what North Korea may have tested, it seems likely that we will soon find out.",
    ):
        records = code(Article("https://example.org/guess", sentence, None))
        assert not [r for r in records if r["sentence"].startswith(("Re-entry", "Regardless"))]
