"""Claims round 58 (issue 13): ranks whose owner only the sentence before names, the largest construction of the round's
sort of the development misses with the causes "owner only in the sentence before" and "partner only in the sentence
before" (a ranking the sentence before tells, carried on by a place in the next sentence). The round reads three more
ways of telling such a place: a verb of displacement before "to ... place" ("Mexico was displaced to second place"), a
bare ordinal after "comes" or "came" before "at" or "with" ("The Netherlands comes third at Kshs 20.43 billion"), and the
places sixth to tenth in both ("was relegated to sixth place")."""
from latitude.scenarios.claims import find_claims


def _ranks(text: str, date: str | None) -> set[tuple[str, str, int | None]]:
    return {(c.subject, c.other, c.rank) for c in find_claims(text, date) if c.kind == "trading partner"}


def test_a_place_a_verb_of_displacement_tells() -> None:
    # held23-020 (development data): Mexico second among the United States' partners of 2020 (labelled supported)
    assert ("USA", "MEX", 2) in _ranks(
        "The Chinese market became the main trading partner of the United States in 2020 by registering a trade "
        "exchange (exports plus imports) of 560.97 billion dollars, revealed the U.S. Census Bureau. Mexico was "
        "displaced to second place, as trade with its northern neighbor amounted to 538.66 billion dollars.", None)


def test_a_bare_ordinal_after_comes() -> None:
    # held50-013 (development data): the Netherlands third among Kenya's export markets (labelled supported)
    assert ("KEN", "NLD", 3) in _ranks(
        "Uganda tops the list as Kenya’s export destination, with approximately Kshs. 21.46 billion between January "
        "and May this year. Kenya’s exports to Pakistan follow closely with approximately Kshs. 21.2 billion, mostly "
        "from tea. The Netherlands comes third at Kshs 20.43 billion.", None)


def test_a_place_after_the_fifth() -> None:
    # a general sentence: the ranking of the sentence before goes on past the fifth place
    assert ("GRC", "LBN", 6) in _ranks(
        "Italy was Greece's largest export market in 2017. Lebanon was relegated to sixth place.", "2018-02-27")
