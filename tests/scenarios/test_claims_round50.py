"""Claims round 50 (issue 13): trade and arms share claims the finder missed, sorted by construction on development data.
The round reads one general construction: a state's share of an exporter's arms exports told with a pronoun for the
flow ("France's exports also increased sharply, with India receiving 30% of them", "with India receiving 30% of its
exports"); the exporter is the possessor of the exports noun before it in the sentence, in a sentence on arms or right
after one."""
from latitude.scenarios.claims import find_claims


def _exports(text: str, date: str | None) -> set[tuple[str, str, float | None]]:
    return {(c.subject, c.other, c.share) for c in find_claims(text, date) if c.kind == "arms exports"}


def test_a_share_of_them_after_the_exporters_exports() -> None:
    # held40-003 (development data): India took 30% of France's arms exports, 2018-22
    assert ("FRA", "IND", 30.0) in _exports(
        "The gap between the U.S. and Russia as the two largest global arms exporters thus widened significantly. "
        "France's exports also increased sharply, with India receiving 30% of them.", "2023-03-13")


def test_a_share_of_its_exports_after_the_exporters_arms_exports() -> None:
    # held51-004 (development data): India took 30% of France's arms exports, 2018-22
    assert ("FRA", "IND", 30.0) in _exports(
        "France’s arms exports jumped 44% between 2013-17 and 2018-22, with India receiving 30% of its exports during "
        "the past five years.", None)


def test_a_share_taken_of_its_arms_exports() -> None:
    # a general sentence: China's share of Russia's arms exports
    assert ("RUS", "CHN", 21.0) in _exports(
        "Russia's arms exports fell by a third, with China taking 21 percent of its arms exports.", "2023-03-13")
