"""Claims round 108 (issue 13): a ranking continued from the sentence before. A sentence that names no owner and goes on
with the ranking the sentence before told takes that ranking's owner, kind (the trade readers when the sentence before
has no arms word, the arms readers when it told an arms ranking) and the place reached: the listed states after
"followed by" may each carry a value or share ("followed by China with $1.7 billion and Germany with $1.6 billion"); a
move to a place needs no place noun ("China dropped to second with $427 billion, followed by Canada"); a list may be the
subject of "followed" ("The U.K. ..., Italy ... and Spain followed Germany": the places after the one the sentence before
gave Germany) or take coordinated ordinals ("China and France followed second and third"). The development rows quoted
(held100-003, held103-005, held88-002) were not found on main."""
from latitude.scenarios.claims import find_claims


def _ranks(text: str, kind: str, date: str | None = None) -> dict[tuple[str, str], int | None]:
    return {(c.subject, c.others[0]): c.rank for c in find_claims(text, date) if c.kind == kind}


def test_listed_states_with_their_values_after_followed_by() -> None:
    # held100-003 (development): main read China and stopped at "with $1.7 billion"
    got = _ranks("The biggest source of Turkish imports was Russia with goods worth $1.8 billion. Russia was followed by "
                 "China with $1.7 billion and Germany with $1.6 billion.", "trading partner", "2019-11-02")
    assert got[("TUR", "CHN")] == 2 and got[("TUR", "DEU")] == 3


def test_a_move_to_a_place_with_no_place_noun() -> None:
    # held103-005 (development): the owner carried from two sentences before
    got = _ranks("Before 2023, China had been the top importer to the US since at least 2009. In 2023, Mexico surpassed "
                 "China, selling $475 billion of goods and services to its northerly neighbor. China dropped to second with "
                 "$427 billion, followed by Canada with $419 billion.", "trading partner")
    assert got[("USA", "CHN")] == 2 and got[("USA", "CAN")] == 3


def test_a_list_followed_with_coordinated_ordinals() -> None:
    # held88-002 (development)
    claims = [c for c in find_claims("The United States was the biggest customer country for German exports in 2021, "
                                     "unchanged since 2015, according to Destatis. China and France followed second and "
                                     "third.") if c.sentence.startswith("China and France")]
    assert {(c.subject, c.others[0], c.rank, c.flow) for c in claims} == {("DEU", "CHN", 2, "exports"),
                                                                         ("DEU", "FRA", 3, "exports")}


def test_a_general_sentence_it_was_followed_by_with_values() -> None:
    got = _ranks("Japan was Thailand's largest export market last year. It was followed by the United States with $40 "
                 "billion and China with $35.2 billion.", "trading partner")
    assert got[("THA", "USA")] == 2 and got[("THA", "CHN")] == 3


def test_a_general_list_as_subject_of_followed() -> None:
    got = _ranks("China is Brazil's biggest trading partner. The United States ($75 billion), Argentina ($28 billion) and "
                 "the Netherlands followed China.", "trading partner")
    assert got == {("BRA", "CHN"): 1, ("BRA", "USA"): 2, ("BRA", "ARG"): 3, ("BRA", "NLD"): 4}


def test_a_general_fall_to_a_place_then_followed_by() -> None:
    got = _ranks("China was Chile's top export market in 2022. Japan fell to third, followed by South Korea with $5.1 "
                 "billion.", "trading partner")
    assert got[("CHL", "JPN")] == 3 and got[("CHL", "KOR")] == 4


def test_coordinated_places_are_not_read_as_one() -> None:
    # main read "the Netherlands came second" alone (the bare place before "and third")
    got = _ranks("China was Germany's largest trading partner in 2022. The United States and the Netherlands came second "
                 "and third.", "trading partner")
    assert got[("DEU", "USA")] == 2 and got[("DEU", "NLD")] == 3


def test_the_kind_is_carried_from_an_arms_ranking() -> None:
    claims = find_claims("Russia was India's largest arms supplier in 2018-22. France and Israel followed second and third.")
    later = [c for c in claims if c.sentence.startswith("France")]
    assert {(c.kind, c.subject, c.others[0], c.rank) for c in later} == {("arms supplier", "IND", "FRA", 2),
                                                                         ("arms supplier", "IND", "ISR", 3)}


def test_the_owner_named_in_the_list_is_not_carried() -> None:
    # a guard (passes on main too): the owner the article carries is one of the listed states
    claims = find_claims("China is Japan's largest trading partner. Japan and South Korea followed second and third.")
    assert not [c for c in claims if c.sentence.startswith("Japan and")]
