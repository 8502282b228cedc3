"""Claims round 79 (issue 13): two trading partners given two places of one ranking in one phrase, in the order they are
named ("while the United States and the Netherlands came second and third", "France also overtook the United States,
moving into second and third place respectively"); the ranking's owner is the one the sentence's other claims rank for,
else the one the article carries. Both development rows quoted were "rank or share word not read" misses on main
(held18-005, held53-031)."""
from latitude.scenarios.claims import find_claims


def _ranks(text: str) -> dict[tuple[str, str], int | None]:
    return {(c.subject, c.others[0]): c.rank for c in find_claims(text, None) if c.kind == "trading partner"}


def test_two_places_after_a_first() -> None:
    # held18-005 (development)
    got = _ranks("Out of 123 countries Ethiopia exports to, Somalia was the number one destination, while the United "
                 "States and the Netherlands came second and third, according to the Ministry of Trade & Industry.")
    assert got.get(("ETH", "USA")) == 2 and got.get(("ETH", "NLD")) == 3


def test_two_places_after_overtaking() -> None:
    # held53-031 (development), after its context sentence, which names the ranking's owner
    got = _ranks("Data on Germany's total exports and imports indicate that China unseated the US as its largest trading "
                 "partner last year. France also overtook the United States, moving into second and third place "
                 "respectively.")
    assert got.get(("DEU", "FRA")) == 2 and got.get(("DEU", "USA")) == 3


def test_a_general_sentence() -> None:
    got = _ranks("China was Vietnam's largest trading partner in 2019, with South Korea and Japan taking the second and "
                 "third spots.")
    assert got.get(("VNM", "KOR")) == 2 and got.get(("VNM", "JPN")) == 3


def test_guard_no_owner() -> None:
    # no ranking's owner in the sentence or the article: no claim from the pair of places
    assert _ranks("Brazil and India came second and third.") == {}


def test_guard_not_a_place() -> None:
    # ordinals before a noun that is no place in the owner's ranking are left alone
    got = _ranks("China is Vietnam's largest trading partner, and Japan and Korea are the second and third largest "
                 "economies in Asia.")
    assert ("VNM", "JPN") not in got and ("VNM", "KOR") not in got
