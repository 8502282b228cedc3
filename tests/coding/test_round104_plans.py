"""Issue 13, coder round 104 (false events in opinion and analysis, tenth pass: plans and hypotheticals, quoted
opinion and negated meetings): a meeting or visit whose noun opens with "no" did not happen. A verb whose object
opens with "no" ("held no talks with", "paid no visit to") reports no act (not "fired no fewer than three
missiles"); "no" right before a meeting or visit noun denies it as "no" past a modifier already did ("no
equivalent meeting"), so a light verb holds no meeting with it; and a meeting noun so denied in a sentence keeps its
two office holders from being read as having met ("He met Team GB athletes but held no bilateral meeting with
President Emmanuel Macron"). The development row is coded in its article as the prose scores code it, its
expected events are its hand label; the general sentences' expected events are what they say."""

from __future__ import annotations

from prose_rows import all_found, row_records

from latitude.coding.coder import code_sentence


def _codes(sentence: str) -> set[tuple[str, str | None, str]]:
    return {(r["source"], r["target"], r["plover"]) for r in code_sentence(sentence)}


def test_no_bilateral_meeting_is_no_meeting_of_the_pair():
    # heldout63 TV029 (a feature on Keir Starmer's trips abroad): labelled no event
    assert row_records(
        "heldout63_prose.tsv", "TV029",
        "He met Team GB athletes but held no bilateral meeting with President Emmanuel Macron.",
    ) == []
    # the guard: the row before, TV028, labelled GBR>FRA CONSULT ("Starmer attended the opening ceremony of the Paris
    # Olympics, ..."), stays a visit
    assert all_found("heldout63_prose.tsv", "TV028")


def test_talks_held_with_no_are_no_meeting():
    assert ("IND", "CHN", "CONSULT") not in _codes("Modi held no talks with Xi.")
    assert ("IND", "CHN", "CONSULT") in _codes("Modi held talks with Xi.")


def test_a_visit_paid_with_no_is_no_visit():
    assert _codes("Modi paid no official visit to Pakistan.") == set()
    assert ("IND", "PAK", "CONSULT") in _codes("Modi paid an official visit to Pakistan.")
    # "no fewer than" counts the weapons: still a launch
    assert ("PRK", None, "MOBILIZE") in _codes("North Korea fired no fewer than three missiles into the sea on Sunday.")
