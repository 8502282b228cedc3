"""Claims round 61 (issue 13): owners named only in the sentence before. A sentence that goes on with the ranking the
sentence before told, naming no owner of its own, takes that ranking's owner: its last place "followed by" the next ones
("The Asian country was followed by France", "It was followed by Japan") and a bare place after "comes" or "ranks" ("The
United States comes second, followed by Japan")."""
from latitude.scenarios.claims import find_claims


def _ranks(text: str, date: str | None) -> dict[tuple[str, str], int | None]:
    return {(c.subject, c.other): c.rank for c in find_claims(text, date) if c.kind == "trading partner"}


def test_a_ranking_the_sentence_before_told_followed_by_the_next_place() -> None:
    # held59-022 (development data): France second among Germany's trading partners of 2016 (labelled supported)
    assert _ranks("China became the most important trading partner of Germany in 2016, with exports and imports "
                  "totaling €170 billion, according to data from Federal Statistics office. The Asian country was "
                  "followed by France with €167 billion.", None)[("DEU", "FRA")] == 2


def test_a_pronoun_for_the_first_place_followed_by_the_next() -> None:
    # a general sentence: "it" is the state the sentence before placed first
    assert _ranks("China is Australia's largest export market. It was followed by Japan and South Korea.",
                  "2019-06-01") == {("AUS", "CHN"): 1, ("AUS", "JPN"): 2, ("AUS", "KOR"): 3}


def test_a_bare_place_goes_on_with_the_ranking_before() -> None:
    # a general sentence (the round's brief): the owner of "the largest buyer" carried over to "comes second"
    assert _ranks("China is the largest buyer of Australia's exports. The United States comes second, followed by "
                  "Japan.", "2019-06-01") == {("AUS", "CHN"): 1, ("AUS", "USA"): 2, ("AUS", "JPN"): 3}


def test_a_chain_of_shares_of_the_total_stays_a_chain_of_shares() -> None:
    # held28-011 (development data): Japan's and India's shares of Saudi exports (labelled supported on the shares);
    # "followed by" with shares "of the total" is read as shares, no place
    claims = _ranks("China emerged as the top global export destination for Saudi Arabia in January 2023 accounting for "
                    "14.8 percent of total Saudi exports valued at SR15.6 billion ($4.15 billion). It was followed by "
                    "Japan with exports valued at SR11.7 billion – 11.2 percent of the total, and India SR10.8 "
                    "billion, which was responsible for 10.2 percent, data released by the General Authority for "
                    "Statistics showed on Monday.", "2023-03-27")
    assert claims[("SAU", "JPN")] is None and claims[("SAU", "IND")] is None
