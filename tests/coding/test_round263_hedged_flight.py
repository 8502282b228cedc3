"""Issue 13, coder round 263: a launch with no target told again by its weapon's flight or fall, the launcher named only
in an earlier sentence, when the fall is hedged, failed or told in the air. Coder round 168's carry of the article's
last launch with no target (`coder._carried_lone_launch`) reads a sentence that tells the weapon's flight or fall, but
took any modal for an act not told: a hedge of the weapon's past course ("may have fallen", "may have been fired",
"likely crashed") no longer untells the launch (`coder._fate_hedges`), "failed" is a verb of the flight's end, and
"was in the air" / "was in flight for" tell the flight. "could have" (a capability or a counterfactual) and a present
modal stay untold. Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given); the
expectations are their hand labels. The first eight tests fail with main's code (b5231cb2, on its archive); the guards
pass on both."""

import datetime as dt

from prose_rows import labels_found

from latitude.coding.coder import Article, code_article

_LAUNCH = "North Korea fired a short-range ballistic missile into the sea off its east coast on Tuesday."


def _kinds(*sentences: str) -> set[tuple]:
    records = code_article(Article("round263", " ".join(sentences), dt.date(2024, 5, 14)))
    return {(r["source"], r["target"], r["plover"]) for r in records if r["sentence"] == sentences[-1]}


def test_military_sources_said_the_second_missile_likely_crashed():
    # held-out 8 V077 (PRK>- MOBILIZE): "The news outlet also reported that military sources said the second missile
    # likely crashed on land."
    assert labels_found("heldout8_prose.tsv", "V077") == [True]


def test_the_missile_may_have_been_fired_at_a_lofted_trajectory():
    # held-out 94 QN025 (PRK>- MOBILIZE): "A ministry official said the missile may have been fired at a lofted
    # trajectory, meaning it traveled at a steep, almost vertical angle."
    assert labels_found("heldout94_prose.tsv", "QN025")[0]


def test_the_missile_was_in_the_air_for_about_70_minutes():
    # held-out 67 MY008 (PRK>- MOBILIZE): "The missile was in the air for about 70 minutes."
    assert labels_found("heldout67_prose.tsv", "MY008") == [True]


def test_general_article_the_missile_may_have_fallen():
    kinds = _kinds(_LAUNCH, "The missile may have fallen outside Japan's exclusive economic zone, Japan's defence ministry said.")
    assert ("PRK", None, "MOBILIZE") in kinds


def test_general_article_officials_said_the_missile_likely_crashed():
    kinds = _kinds(_LAUNCH, "Military officials said the missile likely crashed shortly after launch.")
    assert ("PRK", None, "MOBILIZE") in kinds


def test_general_article_the_missile_was_in_the_air():
    kinds = _kinds(_LAUNCH, "The missile was in the air for about 40 minutes.")
    assert ("PRK", None, "MOBILIZE") in kinds


def test_general_article_the_missile_seems_to_have_failed():
    kinds = _kinds(_LAUNCH, "The missile seems to have failed shortly after liftoff.")
    assert ("PRK", None, "MOBILIZE") in kinds


def test_general_article_the_rocket_was_in_flight_for_an_hour():
    kinds = _kinds(_LAUNCH, "The rocket was in flight for almost an hour.")
    assert ("PRK", None, "MOBILIZE") in kinds


def test_guard_the_missile_could_have_flown_further():
    kinds = _kinds(_LAUNCH, "Officials said the missile could have flown more than 10,000 kilometres on a normal trajectory.")
    assert not any(plover == "MOBILIZE" for _, _, plover in kinds)


def test_guard_a_present_modal_of_reach_is_no_flight():
    kinds = _kinds(_LAUNCH, "Analysts said the new missile may reach targets across the region.")
    assert not any(plover == "MOBILIZE" for _, _, plover in kinds)
