"""Claims round 78 (issue 13): an arms recipient's share of an exporter's "sales" or "deliveries" told with no arms word
before the noun ("Saudi Arabia alone accounted for 22 per cent of US sales", "each accounting for 13% of Russia's
deliveries"), read in an arms sentence or one right after it as "X's arms sales" was. Both were "rank or share word not
read" misses of development rows (held46-015, held72-022) on main."""
from latitude.scenarios.claims import find_claims


def _shares(text: str) -> dict[tuple[str, str], float | None]:
    return {(c.subject, c.others[0]): c.share for c in find_claims(text, None) if c.kind == "arms exports"}


def test_a_share_of_us_sales() -> None:
    # held46-015 (development), after its context sentence about US arms deliveries
    got = _shares("US deliveries included advanced weapons such as combat aircraft and guided bombs. More than half of "
                  "the US sales went to the Middle East, where Saudi Arabia alone accounted for 22 per cent of US sales, "
                  "making it the country's single-most important market.")
    assert got.get(("USA", "SAU")) == 22


def test_a_share_of_russias_deliveries() -> None:
    # held72-022 (development), after its context sentence
    got = _shares("India remained the largest buyer of Russian weapons, receiving 48% of Moscow’s exports. China and "
                  "Belarus followed, each accounting for 13% of Russia’s deliveries.")
    assert got.get(("RUS", "BLR")) == 13


def test_a_general_sentence() -> None:
    assert _shares("Arms transfers grew. Algeria accounted for 15 per cent of Russia's sales in 2014-18.").get(
        ("RUS", "DZA")) == 15


def test_guard_no_arms_word() -> None:
    # trade, not arms: no arms word in the sentence or the one before, no claim
    assert _shares("Car makers had a good year. Canada accounted for 15 per cent of US sales in 2019.") == {}
