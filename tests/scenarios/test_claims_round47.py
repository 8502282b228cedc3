"""Claims round 47 (issue 13): arms shares whose owner follows the flow. A share a recipient "received" of the arms
"exported by" or "sold by" a state is a share of that state's arms exports ("India received 31 percent of the total
arms exported by Russia"), as "of Russia's arms exports" is."""
from latitude.scenarios.claims import find_claims


def _arms(text: str, date: str) -> set[tuple[str, str, str, float | None]]:
    return {(c.kind, c.subject, c.other, c.share) for c in find_claims(text, date) if c.kind.startswith("arms")}


def test_a_share_of_the_arms_exported_by_a_state() -> None:
    # held49-014 (development data): India's share of Russia's arms exports, 2018-2022
    assert ("arms exports", "RUS", "IND", 31.0) in _arms(
        "The report said that India received 31 percent of the total arms exported by Russia during this time frame.",
        "2023-03-14")


def test_a_share_of_all_weapons_sold_by_a_state() -> None:
    # a general sentence: the recipient first, the exporter after "sold by"
    assert ("arms exports", "FRA", "EGY", 12.0) in _arms("Egypt took 12 percent of all weapons sold by France.",
                                                        "2020-03-09")
