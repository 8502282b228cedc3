"""Claims round 51 (issue 13): arms-supplier and arms-export claims the finder missed, sorted by construction on development
data. The round reads a supplier's rank told by a noun phrase: the goods after "supplier of" may be arms coordinated with
arms or ammunition ("the principal supplier of weapons and ammunition to Armenia"), and a state's "status", "position",
"role" or "place" as a ranked supplier to another is that rank ("Russia's status as the principal supplier ... to
Armenia")."""
from latitude.scenarios.claims import find_claims


def _suppliers(text: str, date: str | None) -> set[tuple[str, str, int | None]]:
    return {(c.subject, c.other, c.rank) for c in find_claims(text, date) if c.kind == "arms supplier"}


def test_a_status_as_the_principal_supplier_of_weapons_and_ammunition() -> None:
    # held46-007 (development data): Russia, Armenia's first arms supplier (the label: contradicted, India first in 2020-24)
    assert ("ARM", "RUS", 1) in _suppliers(
        "The reported deals may undermine Russia’s status as the principal supplier of weapons and ammunition to Armenia.",
        None)


def test_a_position_as_the_second_largest_supplier_of_arms() -> None:
    # a general sentence: France's position as India's second arms supplier
    assert ("IND", "FRA", 2) in _suppliers(
        "The deals threaten France's position as the second largest supplier of arms to India.", "2020-03-09")


def test_a_supplier_of_weapons_and_military_equipment() -> None:
    # a general sentence: the goods after "supplier of" coordinated with "and"
    assert ("IND", "RUS", 1) in _suppliers(
        "Russia is the largest supplier of weapons and military equipment to India.", "2020-03-09")
