"""PLOVER round 41 (issue 13): the target of an act of force told in a clause that another state reports.

The sentences are quoted from the development news sets (tests/fixtures/coding/plover_news_j.tsv and _t.tsv);
the expected pairs are the sets' hand labels.
"""

from pathlib import Path

from latitude.coding import gold
from latitude.coding.coder import code_sentence

FIXTURES = Path(__file__).parents[1] / "fixtures" / "coding"


def _pair(sentence: str) -> tuple[str | None, str | None, str | None]:
    first = code_sentence(sentence)[0]
    return first["plover"], first["source"], None if first["joint"] else first["target"]


def _row(name: str, opening: str) -> str:
    return next(r.text for r in gold.news_records(FIXTURES / name) if r.text.startswith(opening))


def test_a_joint_strike_reported_by_a_third_state_is_aimed_at_it():
    sentence = _row("plover_news_t.tsv", "The Houthi group in Yemen said the US and the UK conducted four airstrikes")
    assert _pair(sentence) == ("ASSAULT", "USA", "YEM")


def test_fire_reported_by_another_state_is_aimed_at_it_not_at_a_place_of_the_doer():
    sentence = _row("plover_news_j.tsv", "Thailand’s military said on Thursday that Cambodian troops")
    assert _pair(sentence) == ("ASSAULT", "KHM", "THA")
