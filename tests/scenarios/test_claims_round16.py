"""The years a claim is judged on since the sixteenth round (issue 13): a sentence that names no year of its own takes the
range or the year the sentence before names, a part of the article's own year ("in the January-June period") is that
year, and "2013-’17" is a five-year period ("2020-’21", an Indian fiscal year, its first year). Each test quotes the
development sentence it was written from (tests/fixtures/claims/*.jsonl: the id in each docstring, its URL there); the
years are read off the sentences by hand, the verdicts from the raw files as the fixtures' `basis` fields say."""
from __future__ import annotations

from latitude.scenarios.claims import check_text, find_claims


def _claims(text: str, kind: str, date: str | None = None) -> dict[tuple, object]:
    return {(c.subject, c.other): c for c in find_claims(text, date) if c.kind == kind}


def test_a_range_the_sentence_before_names_is_the_claims_period(store_con) -> None:
    """held18-021 (Menafocus): the SIPRI period is only in the sentence before; Russia supplied 80.2% of Azerbaijan's
    arms in 2010-2014 (the 85% holds within 15%), none in the latest period."""
    text = ("Compared to 2005-2009, Azerbaijan increased weapons imports by 249 percent in 2010-2014. "
            "Azerbaijan imports 85 percent of the arms from Russia.")
    claim = _claims(text, "arms supplier")[("AZE", "RUS")]
    assert (claim.span, claim.year) == ((2010, 2014), 2014)
    verdicts = check_text(store_con, text)
    row = verdicts[verdicts["claim"].str.contains("AZE")].iloc[0]
    assert row["verdict"] == "supported" and "2010" in row["years"]


def test_one_year_the_sentence_before_names_is_the_claims_year(store_con) -> None:
    """held16-011 (Reuters via igmt-gmbh): "in 2019" is only in the sentence before; China was 4th of Germany's partners in
    2019 (7.1%, the Netherlands 10.1%), so "remained Germany's most important trading partner" is contradicted. held9-018
    (the sentence before names 2022): one year is the end of SIPRI's five-year period, not a one-year span; held8-030: a
    sentence that speaks of the time since ("has since become") keeps no year of the sentence before."""
    text = ("Berlin (Reuters) - Eastern Europe is becoming increasingly important for Germany's economy: Poland has ousted "
            "Great Britain from its position as Germany's fifth largest trading partner in 2019. "
            "According to the report, China remained Germany's most important trading partner with a trade volume of almost "
            "206 billion Euros.")
    claim = next(c for c in find_claims(text) if c.kind == "trading partner" and c.other == "CHN")
    assert claim.year == 2019
    verdicts = check_text(store_con, text)
    assert verdicts[verdicts["claim"].str.contains("CHN")].iloc[0]["verdict"] == "contradicted"
    qatar = _claims("Qatar’s purchases during 2022 included aircraft, air defense systems, armored vehicles, missiles, naval "
                    "weapons, sensors and ships. The Gulf country’s main suppliers and their share of its total imports: US "
                    "(42 percent), France (29 percent) and Italy (14 percent).", "arms supplier", "2023-03-13")
    assert {(pair, c.year, c.span) for pair, c in qatar.items()} >= {(("QAT", "FRA"), 2022, None)}
    # held8-030 (with the sentence before): "It has since become one of Beijing's leading customers" is about now, not 1986
    thai = [c for c in find_claims("The Thai army, which gets most of its arms from the United States, began purchasing "
                                   "Chinese weapons in 1986. It has since become one of Beijing's leading customers for "
                                   "armored vehicles, artillery and has bought six frigates.")
            if c.sentence.startswith("It has since")]
    assert [(c.kind, c.subject, c.other, c.year, c.span) for c in thai] == [("arms exports", "CHN", "THA", None, None)]


def test_a_part_of_the_articles_year_is_that_year(store_con) -> None:
    """held7-044 (Kyodo, 15 August 2019): "in the January-June period" is 2019, when China was 3rd of the US's partners
    (13.5%, Mexico 14.8%), not 2018; held15-016 (Trade Law Daily, 5 August 2019): "from January to June" likewise."""
    text = ("China fell to third place in the U.S.’ trade table in the January-June period, with the total value of goods "
            "bought and sold between the two countries falling to $289.7 billion, behind the $311.5 billion recorded with "
            "Mexico and the $305.6 billion with Canada.")
    claim = _claims(text, "trading partner", "2019-08-15")[("USA", "CHN")]
    assert claim.year == 2019 and claim.rank == 3
    verdicts = check_text(store_con, text, "2019-08-15")
    assert verdicts[verdicts["claim"].str.contains("CHN")].iloc[0]["verdict"] == "supported"
    mexico = _claims("Although imports and exports to Canada were also down, Canada has now surpassed China as the "
                     "second-largest U.S. trading partner in goods. Mexican imports were up 6.7 percent in the first half the "
                     "year, and it is now the top trading partner in goods, with $311 billion in two-way trade from January "
                     "to June.", "trading partner", "2019-08-05")
    assert mexico[("USA", "MEX")].rank == 1 and mexico[("USA", "MEX")].year == 2019


def test_an_abbreviated_period_and_a_fiscal_year() -> None:
    """held6-003 (Scroll, with the sentence before): "during the 2013-’17 period" is 2013-2017; held13-002 (Scroll):
    "in 2020-’21" is India's fiscal year 2020-21, read as 2020."""
    claims = _claims("On the other hand, India was the largest importer of arms during the 2013-’17 period. "
                     "Its largest arms supplier was Russia, from which it bought 62% of its weaponry.", "arms supplier",
                     "2018-03-12")
    assert (claims[("IND", "RUS")].span, claims[("IND", "RUS")].year) == ((2013, 2017), 2017)
    india = _claims("China had been India’s top trading partner between 2013-’14 and 2017-’18 and also in 2020-’21.",
                    "trading partner", "2022-05-29")
    assert india[("IND", "CHN")].year == 2020
