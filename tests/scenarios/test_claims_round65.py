"""Claims round 65 (issue 13): a found claim judged on the wrong year. A sentence that names one month of the article's
own year ("with 15.3 percent share in March" in an article of May, "in the quarter to the end of March" in one of April)
is about that year, as "in the January-June period" and "in the first half" already were; a month later than the
article's own is last year's and is left to the year before the article."""
from latitude.scenarios.claims import find_claims


def _years(text: str, date: str | None) -> dict[tuple[str, str], int | None]:
    return {(c.subject, c.other): c.year for c in find_claims(text, date) if c.kind == "trading partner"}


def test_a_month_named_in_a_sentence_with_its_context() -> None:
    # held54-012 (development data): China the Philippines' biggest source of imports in March 2018 (labelled
    # contradicted on DOTS 2018: the share is 15.3% against 19.64%)
    text = ("China remains Philippines' biggest source of imports in March China remains the biggest source of imports "
            "with 15.3 percent share in March, Philippine Statistics Authority (PSA) said Wednesday.")
    assert _years(text, "2018-05-09")[("PHL", "CHN")] == 2018


def test_the_quarter_to_the_end_of_a_month() -> None:
    # held61-013 (development data): China New Zealand's biggest export destination in the quarter to March 2013
    # (labelled supported on DOTS 2013)
    years = _years("WELLINGTON, April 26 (Xinhua) -- China overtook Australia to become New Zealand's biggest export "
                   "destination for the first time in the quarter to the end of March, the New Zealand government "
                   "statistics announced Friday.", "2013-04-26")
    assert years[("NZL", "CHN")] == 2013


def test_a_general_sentence_and_a_later_month() -> None:
    # a general sentence (the round's brief): a month before the article's is the article's year
    assert _years("In February, Japan was the largest buyer of Thai exports.", "2015-06-01")[("THA", "JPN")] == 2015
    # a month after the article's date is last year's: the year before the article, as before
    assert _years("In October, Japan was the largest buyer of Thai exports.", "2015-03-01")[("THA", "JPN")] == 2014
