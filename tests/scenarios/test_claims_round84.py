"""Claims round 84 (issue 13): trading-partner rankings that go on after the sentence naming their owner. A bare place
told with an article or an adverb between the verb and the ordinal ("came a distant second", "ranked the second"), or by a
copula when a "followed by" chain or a trade value comes next ("The United States is second, followed by Japan", "was
third at $50 billion"), continues the ranking the article carries, as "The United States comes second" already did. The
development row quoted (held81-003) was an "owner only in the sentence before" miss on main."""
from latitude.scenarios.claims import find_claims


def _trade(text: str, date: str | None = None) -> dict[tuple[str, str], int | None]:
    return {(c.subject, c.others[0]): c.rank for c in find_claims(text, date) if c.kind == "trading partner"}


def test_a_distant_second_followed_by_a_third() -> None:
    # held81-003 (development), after its context sentence, which names the owner and its first partner
    got = _trade("According to a Yahoo report citing Foreign Office figures, Australia’s total trade with China, "
                 "Australia's top partner, grew 23.6% in 2010 to AUD$105.3 billion, accounting for 19.1 % of all imports "
                 "and exports. Japan came a distant second, at $66.1 billion or 12%, followed by the United States, with 9% "
                 "or $49.8 billion.")
    assert got.get(("AUS", "JPN")) == 2
    assert got.get(("AUS", "USA")) == 3


def test_a_copula_place_followed_by_the_next() -> None:
    got = _trade("China is South Korea's largest trading partner. The United States is second, followed by Japan.")
    assert got.get(("KOR", "USA")) == 2
    assert got.get(("KOR", "JPN")) == 3


def test_a_copula_place_with_a_trade_value() -> None:
    got = _trade("China is Vietnam's largest trading partner. South Korea was a distant second, with $78 billion.")
    assert got.get(("VNM", "KOR")) == 2


def test_a_copula_place_with_a_bare_share_is_left_alone() -> None:
    # held54-037 (development): an arms ranking told with no arms word; "is second with 15 percent" stays unread as trade
    got = _trade("Russia is still the largest supplier to India and 62 percent import is from Russia. "
                 "America is second with 15 percent.")
    assert ("IND", "USA") not in got


def test_no_ranking_before_no_places() -> None:
    got = _trade("The talks were held in Geneva. The United States is second, followed by Japan.")
    assert got == {}
