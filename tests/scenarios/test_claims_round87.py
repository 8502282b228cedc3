"""Claims round 87 (issue 13): arms rankings continued by places told with coordinated ordinals and "respectively". A
sentence "The second- and third-largest buyers were X and Y, respectively, followed by ..." (or "X and Y were the second
and third largest ..., respectively") places X second and Y third, and each state of a "followed by" chain after them
next, in the ranking the sentence before gave; when the sentence before is read both as a ranking and as a share of
another kind for the same owner, the ranking (the reading with a place) is the one continued. The development row quoted
(held46-004) was an "owner only in the sentence before" miss on main. A sentence that names its own suppliers ("were the
second and third largest suppliers") is still left to the readers of suppliers, which do not read it (not changed here)."""
from latitude.scenarios.claims import find_claims


def _arms(text: str, date: str | None = None) -> dict[tuple[str, str, str], int | None]:
    return {(c.kind, c.subject, c.others[0]): c.rank for c in find_claims(text, date)
            if c.kind in ("arms supplier", "arms exports")}


def test_respectively_after_a_first_buyer() -> None:
    # held46-004 (development), after its context sentence, which names the exporter and its first buyer
    got = _arms("But the largest buyer of German exports was Turkey, which accounted for 14 percent of the arms shipped "
                "abroad. The second- and third-largest buyers were Greece and South Africa, respectively, followed by "
                "South Korea, Spain, Austria, Italy, Malaysia, Australia and Chile.", "2010-03-15")
    assert got.get(("arms exports", "DEU", "GRC")) == 2
    assert got.get(("arms exports", "DEU", "ZAF")) == 3
    assert got.get(("arms exports", "DEU", "KOR")) == 4
    assert got.get(("arms exports", "DEU", "CHL")) == 10


def test_respectively_in_a_general_sentence() -> None:
    got = _arms("Pakistan was the largest buyer of Chinese arms in 2015-2019. Bangladesh and Algeria were the second and "
                "third largest buyers, respectively.")
    assert got.get(("arms exports", "CHN", "BGD")) == 2
    assert got.get(("arms exports", "CHN", "DZA")) == 3
    got = _arms("India was the largest buyer of Russian arms in 2015-2019. The second, third and fourth largest buyers were "
                "China, Algeria and Egypt, respectively.")
    assert [got.get(("arms exports", "RUS", code)) for code in ("CHN", "DZA", "EGY")] == [2, 3, 4]


def test_no_ranking_before_no_places() -> None:
    # the same words with no arms ranking before them place nobody
    got = _arms("The talks were held in Geneva. The second- and third-largest buyers were Greece and South Africa, "
                "respectively.")
    assert got == {}
