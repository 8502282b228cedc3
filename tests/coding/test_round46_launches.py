"""Coder round 46 (issue 13, launches, fourth pass): launches told through their interception, their footage or
site, "its launch" and "the latest test" in an article that has reported a launch. Each case is a development
sentence that main's coder missed, read in its own article (expected codes from the fixtures' labels)."""

import pytest

from prose_rows import coded_row


def _row_codes(name: str, row_id: str) -> set[tuple]:
    """(source, target, PLOVER type) of the records coded for one row of a prose set, read in its article."""
    return {(r["source"], r["target"], r["plover"]) for r in coded_row(name, row_id)[1]}


@pytest.mark.parametrize("row_id", ["LZ049", "LZ054", "LZ064", "LZ065"])
def test_a_missile_a_state_intercepted_was_fired_at_it(row_id):
    # "The Saudi Arabian air force intercepted a ballistic missile fired from Yemen", "Saudi air defenses intercepted a
    # Houthi ballistic missile over Saudi capital Riyadh on Saturday": a launch from Yemen at Saudi Arabia
    codes = _row_codes("heldout45_prose.tsv", row_id)
    assert {("YEM", "SAU", "MOBILIZE"), ("YEM", "SAU", "ASSAULT")} & codes


@pytest.mark.parametrize(("name", "row_id", "launcher"), [
    ("heldout6_prose.tsv", "S063", "PRK"),  # "... the movement of the missile since right after its launch ..."
    ("heldout45_prose.tsv", "LZ110", "RUS"),  # "... so its test launch is not a surprise for the West"
    ("heldout37_prose.tsv", "MS127", "PRK"),  # "The latest test served a reminder of a bevy of weapons ..."
    ("heldout37_prose.tsv", "MS071", "IRN"),  # "... released footage of the nighttime launch for the Simorgh rocket."
    ("heldout37_prose.tsv", "MS072", "IRN"),  # "... the footage showed that it took place at the Imam Khomeini Spaceport ..."
    ("heldout45_prose.tsv", "LZ082", "IND"),  # "The Agni V was first tested in April last year."
])
def test_the_articles_launch_told_again(name, row_id, launcher):
    assert (launcher, None, "MOBILIZE") in _row_codes(name, row_id)


def test_its_launch_but_not_its_launch_sites_nor_its_launches():
    # "... since right after its launch ..." is the article's launch; "Recently North Korea has tended to alter its
    # launch sites one after another." and "... for three out of four of its successful launches of satellites into
    # orbit." (a record) are not
    assert ("PRK", None, "MOBILIZE") in _row_codes("heldout6_prose.tsv", "S063")
    for row_id in ("MS011", "MS050"):
        assert not {c for c in _row_codes("heldout37_prose.tsv", row_id) if c[2] == "MOBILIZE"}
