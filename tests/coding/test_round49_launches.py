"""Coder round 49 (issue 13, launches, fifth pass): a named system's launch is its owner's, the flight verbs and
launch nouns in every form, a decision to fire that was carried out, where a fired missile was headed, and a launch
the writer points at in a "that" clause. Each case is a development sentence that main's coder missed, read in its
own article (expected codes from the fixtures' labels)."""

import pytest

from latitude.coding.diplomacy import weapon_owner
from latitude.coding.text import tokens
from prose_rows import coded_row


def _row_codes(name: str, row_id: str) -> set[tuple]:
    """(source, target, PLOVER type) of the records coded for one row of a prose set, read in its article."""
    return {(r["source"], r["target"], r["plover"]) for r in coded_row(name, row_id)[1]}


@pytest.mark.parametrize(("phrase", "owner"), [
    ("the Hwasong-17 launch", "PRK"),
    ("the second successful launch of Agni-V", "IND"),
    ("a DF-41 was fired", "CHN"),
    ("the Sarmat had been tested", "RUS"),
    ("an Iranian-made Shahab-3", "IRN"),
    ("the Hwasongpho-17 missile", "PRK"),  # the spelling of held-out 49's NK088
    ("a Scud missile", None),  # fielded by several states: no owner
    ("the DF flag", None),  # "df" only with a number after it
])
def test_a_named_system_has_its_owner(phrase, owner):
    found = weapon_owner(tokens(phrase), 0, 10)
    assert (found.code if found is not None else None) == owner


@pytest.mark.parametrize(("name", "row_id", "launcher"), [
    # "... when asked for his reaction to the second successful launch of Agni-V.": India's, not China's
    ("heldout49_prose.tsv", "NK058", "IND"),
    # "The launch, the nation's first successful ICBM test since 2017, was described as the Hwasong-17, ...": the
    # article's launcher is now the owner of the Hwasong-17 named before
    ("heldout30_prose.tsv", "X004", "PRK"),
    ("heldout30_prose.tsv", "X007", "PRK"),
])
def test_a_named_systems_launch_is_its_owners(name, row_id, launcher):
    assert (launcher, None, "MOBILIZE") in _row_codes(name, row_id)


def test_the_flight_verbs_in_every_form():
    # "London's Financial Times had reported China's hypersonic missile had circled the Earth ..."
    assert ("CHN", None, "MOBILIZE") in _row_codes("heldout45_prose.tsv", "LZ104")
    # "North Korea's most recent missile launch — on Aug. 29 — was the first to fly over Japan in several years."
    assert ("PRK", "JPN", "MOBILIZE") in _row_codes("heldout49_prose.tsv", "NK098")


def test_the_launching_as_a_noun_but_not_the_gerund():
    # "For the White House, the launching prompts a series of diplomatic and military challenges."
    assert ("PRK", None, "MOBILIZE") in _row_codes("heldout37_prose.tsv", "MS021")
    # "A recent US intelligence assessment suggested that launching satellites "shortens the timeline" for Iran ..."
    assert _row_codes("heldout37_prose.tsv", "MS057") == set()


def test_a_decision_to_fire_that_was_carried_out():
    # "When the North Koreans decided to fire an intermediate-range missile over northern Japan, they took a big gamble."
    assert ("PRK", "JPN", "MOBILIZE") in _row_codes("heldout49_prose.tsv", "NK010")
    # "But Russia's invasion of Ukraine ... likely played a part in North Korea's decision to fire the missile precisely
    # at this moment.": North Korea's launch, not Russia's
    codes = _row_codes("heldout45_prose.tsv", "LZ008")
    assert ("PRK", None, "MOBILIZE") in codes and not {c for c in codes if c[0] == "RUS"}


def test_where_a_launched_missile_was_headed_is_its_target():
    # "... the Pentagon said a US warship in the Red Sea intercepted missiles and drones fired by the Houthis in Yemen
    # that were headed toward Israel.": fired at Israel, not at the warship's state
    assert {("YEM", "ISR", "ASSAULT"), ("YEM", "ISR", "MOBILIZE")} & _row_codes("heldout49_prose.tsv", "NK087")
    # "The missile was fired from the Yemeni capital Sanaa and targeted the southern Saudi city of Yemen, ..."
    assert {("YEM", "SAU", "ASSAULT"), ("YEM", "SAU", "MOBILIZE")} & _row_codes("heldout45_prose.tsv", "LZ055")


def test_a_launch_the_writer_points_at_in_a_that_clause():
    # "The North Koran leadership should understand that this rocket launch will only deepen its isolation in the
    # international community." ("should" bears on "understand", not on the launch)
    assert ("PRK", None, "MOBILIZE") in _row_codes("heldout26_prose.tsv", "q053")
