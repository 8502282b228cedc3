"""Claims round 46 (issue 13): rank and share words the checker did not read. A share a partner "accounted for",
"bought" or "received" of a flow whose owner follows the flow noun ("24 percent of the exports from Sri Lanka",
"17.7% of all imports into Ukraine") is a share of that owner's flow, as "of Sri Lanka's exports" is."""
from latitude.scenarios.claims import find_claims


def _shares(text: str, date: str) -> set[tuple[str, str, float | None, str]]:
    return {(c.subject, c.other, c.share, c.flow) for c in find_claims(text, date) if c.kind == "trading partner"}


def test_a_share_of_the_exports_from_a_state_bought_by_a_partner() -> None:
    # held34-026 (development data): the United States' share of Sri Lanka's exports
    assert ("LKA", "USA", 24.0, "exports") in _shares("The US has bought 24 percent of the exports from Sri Lanka.",
                                                     "2021-07-01")


def test_a_share_of_all_imports_into_a_state() -> None:
    # held40-029 (development data): China's share of Ukraine's imports
    assert ("UKR", "CHN", 17.7, "imports") in _shares("In January-May 2020, China accounted for 17.7% of all imports "
                                                      "into Ukraine.", "2020-06-20")


def test_a_share_taken_of_total_imports_into_a_state() -> None:
    # a general sentence: the partner named first, the owner after "imports into"
    assert ("KEN", "CHN", 21.0, "imports") in _shares("China has taken 21 percent of total imports into Kenya.",
                                                      "2019-05-01")
