"""Claims round 45 (issue 13): a trade ranking whose first sentence tells a flow with its verb ("The United States shipped
$157 billion in exports to Canada and $79 billion to Mexico.") is continued by the next sentence's places ("Japan was in
third place ..., followed by the United Kingdom"): the places belong to the flow's owner and direction, and the partners
the flow named hold the places before. Each expected value is the hand reading of the sentence."""
from latitude.scenarios.claims import find_claims


def _read(text: str) -> set[tuple[str, str, int | None, str]]:
    return {(c.subject, c.other, c.rank, c.flow) for c in find_claims(text) if c.kind == "trading partner"}


def test_places_after_a_flow_told_by_its_verb() -> None:
    # held37-019 (manzellareport.com): the United States' export markets, Japan third and the United Kingdom fourth
    text = ("The United States shipped $157 billion in exports to Canada and $79 billion to Mexico. "
            "Japan was in third place at $58 billion, followed by the United Kingdom with $39 billion.")
    assert {("USA", "JPN", 3, "exports"), ("USA", "GBR", 4, "exports")} <= _read(text)


def test_places_after_a_flow_of_imports() -> None:
    # a general sentence pair: a flow bought from one partner begins a ranking of suppliers, the next place is second
    text = ("Germany bought $90 billion of goods from China. "
            "The Netherlands came in second with $70 billion.")
    assert ("DEU", "NLD", 2, "imports") in _read(text)
