"""Claims round 49 (issue 13): trading-partner rank claims of two shapes the finder missed. A rank told in an apposition
after a dash names the state before the dash ("purchases from Mexico — the second-biggest supplier of goods to America —"),
as "Mexico is the second-biggest supplier of goods to America" does; and a partner ranked "second only to" a state puts
that state first, as "second, behind" it does."""
from latitude.scenarios.claims import find_claims


def _trade(text: str, date: str) -> set[tuple[str, str, int | None, str]]:
    return {(c.subject, c.other, c.rank, c.flow) for c in find_claims(text, date) if c.kind == "trading partner"}


def test_a_rank_in_an_apposition_after_a_dash() -> None:
    # held50-004 (development data): Mexico the second source of US imports, the year through August 2019
    assert ("USA", "MEX", 2, "imports") in _trade(
        "Washington: US imports from China fell 12.5 per cent in the year through August, the Census Bureau said Friday, "
        "while purchases from Mexico — the second-biggest supplier of goods to America — posted the biggest increase.",
        "2019-10-04")


def test_second_only_to_a_state_puts_that_state_first() -> None:
    # a general sentence: Japan second among Australia's export markets, China first
    found = _trade("Japan is Australia's second largest export market, second only to China.", "2020-06-01")
    assert ("AUS", "CHN", 1, "exports") in found and ("AUS", "JPN", 2, "exports") in found


def test_second_only_to_a_state_as_a_source_of_imports() -> None:
    # a general sentence: Taiwan first among the sources of China's imports
    assert ("CHN", "TWN", 1, "imports") in _trade(
        "South Korea is China's second-largest source of imports, second only to Taiwan.", "2020-06-01")
