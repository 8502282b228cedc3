"""Claims round 82 (issue 13): arms rankings continued past the sentence that names their owner. A sentence that opens
with a state that "followed" (or "came next") with its share, then more states "with" theirs, continues the ranking the
sentence before gave for one recipient's suppliers or one exporter's clients: "At least 35 nations have supplied weapons to
Ukraine, with the United States leading as the primary supplier, providing 45% ... Germany followed with 12%, and Poland
with 11%" (Germany second, Poland third). The development row quoted (held72-008) was an "owner only in the sentence
before" miss on main."""
from latitude.scenarios.claims import find_claims


def _arms(text: str, date: str | None = None) -> dict[tuple[str, str, str], tuple[int | None, float | None]]:
    return {(c.kind, c.subject, c.others[0]): (c.rank, c.share) for c in find_claims(text, date)
            if c.kind in ("arms supplier", "arms exports")}


def test_shares_that_follow_a_first_supplier() -> None:
    # held72-008 (development), after its context sentence, which names the recipient and its first supplier
    got = _arms("At least 35 nations have supplied weapons to Ukraine, with the United States leading as the primary "
                "supplier, providing 45% of the country’s imported arms. Germany followed with 12%, and Poland with 11%.")
    assert got.get(("arms supplier", "UKR", "DEU")) == (2, 12.0)
    assert got.get(("arms supplier", "UKR", "POL")) == (3, 11.0)


def test_shares_that_follow_a_general_sentence() -> None:
    got = _arms("Russia supplied 58 percent of Algeria's arms imports in 2015-2019. China came next with 13 percent, "
                "and Germany with 11 percent.")
    assert got.get(("arms supplier", "DZA", "CHN")) == (2, 13.0)
    assert got.get(("arms supplier", "DZA", "DEU")) == (3, 11.0)


def test_no_ranking_before_no_places() -> None:
    # the same words with no arms ranking before them place nobody
    got = _arms("The talks were held in Geneva. Germany followed with 12%, and Poland with 11%.")
    assert got == {}
