"""Claims round 81 (issue 13): trading-partner claims missed for their owner or partner. Two readings of the trade reader:
a list of two or more partners after "ahead of" a ranked partner takes the places after its place, in the order named
("China was the most important supplier of imported goods, ahead of the Netherlands, France, the US and Italy"); and a
place told with no owner after a sentence in which its subject sells or buys ("The United States shipped $157 billion in
exports to Canada and $79 billion to Mexico. Japan was in third place at $58 billion") is a place in that trader's
ranking. The development rows quoted were "partner read wrong or missing" (held47-005) and "owner only in the sentence
before" (held37-019) misses on main."""
from latitude.scenarios.claims import find_claims


def _ranks(text: str, date: str | None = None) -> dict[tuple[str, str], tuple[int | None, str]]:
    return {(c.subject, c.others[0]): (c.rank, c.flow) for c in find_claims(text, date) if c.kind == "trading partner"}


def test_a_list_ahead_of_a_first_place() -> None:
    # held47-005 (development), after its context sentence, which names the ranking's owner
    got = _ranks("Taken together, 37% of total German exports went to these five countries. China was the most important "
                 "supplier of imported goods, ahead of the Netherlands, France, the US and Italy.", "2018-10-21")
    assert {p: got.get(("DEU", p)) for p in ("CHN", "NLD", "FRA", "USA", "ITA")} == {
        "CHN": (1, "imports"), "NLD": (2, "imports"), "FRA": (3, "imports"), "USA": (4, "imports"), "ITA": (5, "imports")}


def test_a_list_ahead_of_a_general_sentence() -> None:
    got = _ranks("In 2019 China was Brazil's largest export market, well ahead of the United States and Argentina.")
    assert got.get(("BRA", "USA")) == (2, "exports") and got.get(("BRA", "ARG")) == (3, "exports")


def test_a_place_after_the_trader_of_the_sentence_before() -> None:
    # held37-019 (development): the owner is the subject of the sentence before, which ships exports
    got = _ranks("The United States shipped $157 billion in exports to Canada and $79 billion to Mexico. Japan was in "
                 "third place at $58 billion, followed by the United Kingdom with $39 billion.")
    assert got.get(("USA", "JPN")) == (3, "exports") and got.get(("USA", "GBR")) == (4, "exports")


def test_a_place_after_the_trader_general_sentence() -> None:
    got = _ranks("Kenya exported goods worth $6 billion in 2019. Uganda came in second place with $0.8 billion.")
    assert got.get(("KEN", "UGA"), (None, ""))[0] == 2


def test_guard_one_state_ahead_of() -> None:
    # held31-014 (development): one state "ahead of" a first place was passed, not placed second
    got = _ranks("Further analysis of the data indicated that goods exports to China rose by $57 million, or 9.2 per cent, "
                 "making China the top export destination for New Zealand businesses this year, edging ahead of "
                 "Australia.")
    assert ("NZL", "AUS") not in got


def test_guard_a_ranked_subject_is_no_trader() -> None:
    # held34-022 (development): the sentence before ranks its subject (an import value is no trade of Japan's own)
    got = _ranks("Japan ranked second, with 10.8 percent or an import value of 859.65 million U.S. dollars in the month, "
                 "the PSA said, adding this recorded an increase of 7.2 percent year-on-year. South Korea placed third "
                 "with an import value of 657.05 million U.S. dollars, or a share of 8.3 percent.")
    assert ("JPN", "KOR") not in got
