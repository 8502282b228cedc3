"""Claims round 90 (issue 13): an arms ranking continued by a sentence whose subject is the state the sentence before
placed, written as "it" or named again, "followed by" the next states in order ("It was followed by Saudi Arabia, $7.8
billion; Morocco, $2.4 billion; ...", "It is followed by China and Vietnam"): each listed state takes the next place in
that ranking, for its owner (`frames._ranking_followed`). The development rows quoted (held91-007, held76-004) were
"owner only in the sentence before" and "rank or share word not read" misses on main: "it" stood for the sentence
before's first state (held76-004: Russia, the exporter, not India, the buyer placed first) or its list of values was
not read."""
from latitude.scenarios.claims import find_claims


def _arms(text: str, date: str | None = None) -> dict[tuple[str, str, str], int | None]:
    return {(c.kind, c.subject, c.others[0]): c.rank for c in find_claims(text, date)
            if c.kind in ("arms supplier", "arms exports")}


def test_it_was_followed_by_a_list_with_values() -> None:
    # held91-007 (development), after its context sentence, which names the first client and the exporter
    got = _arms("In 2008 alone, the United Arab Emirates was the top U.S. client, with $8.9 billion in arms deals. It was "
                "followed by Saudi Arabia, $7.8 billion; Morocco, $2.4 billion; Iraq, $2 billion and Egypt, $1.3 billion, "
                "said the report by Richard Grimmett, the service's resident arms-trade expert.")
    assert [got.get(("arms exports", "USA", code)) for code in ("SAU", "MAR", "IRQ", "EGY")] == [2, 3, 4, 5]


def test_it_is_the_state_placed_not_the_sentence_before_subject() -> None:
    # held76-004 (development): "it" is India, the buyer placed first, not Russia, the exporter the sentence opens with
    got = _arms("The biggest buyer of Russian military equipment was India, during this period accounted for 39% of "
                "Russian exports. It is followed by China and Vietnam, which accounted for 11%.")
    assert got.get(("arms exports", "RUS", "CHN")) == 2
    assert got.get(("arms exports", "RUS", "VNM")) == 3
    assert ("arms exports", "CHN", "VNM") not in got


def test_followed_in_a_general_sentence() -> None:
    got = _arms("Germany was the largest supplier of arms to Greece in 2015-2019. It was followed by the United States and "
                "France.")
    assert got.get(("arms supplier", "GRC", "USA")) == 2
    assert got.get(("arms supplier", "GRC", "FRA")) == 3
    got = _arms("Saudi Arabia was the top buyer of US weapons in 2016-2020. Saudi Arabia was followed by Australia (8 "
                "percent) and the United Arab Emirates.")
    assert got.get(("arms exports", "USA", "AUS")) == 2
    assert got.get(("arms exports", "USA", "ARE")) == 3


def test_guards() -> None:
    # another state "followed by", an "it" that anticipates, and no ranking before: nobody placed
    assert _arms("Saudi Arabia was the top buyer of US weapons in 2016-2020. Australia was followed by Japan.") == {
        ("arms exports", "USA", "SAU"): 1}
    assert _arms("China was the largest arms supplier to Pakistan in 2016-2020. It is expected to remain so.") == {
        ("arms supplier", "PAK", "CHN"): 1}
    assert _arms("The talks were held in Geneva. It was followed by a dinner with France and Italy.") == {}
