"""Claims round 43 (issue 13): 'trader' read as a partner noun (and a word of trade) by the general reading."""
from latitude.scenarios.claims import find_claims


def _ranks(text: str) -> set[tuple[str, str, int]]:
    return {(c.subject, c.other, c.rank) for c in find_claims(text, "2020-01-01") if c.kind == "trading partner"}


def test_most_important_trader_is_a_rank_one_partner() -> None:
    # held45-023 (development data): the US first among Jamaica's partners
    text = ("The US is Jamaica’s most important trader; this could also be because Jamaica is a popular vacation "
            "spot for American tourists.")
    assert _ranks(text) == {("JAM", "USA", 1)}

