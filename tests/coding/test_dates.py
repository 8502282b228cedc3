"""Date resolution against the article date (calendar facts checked by hand: 2026-01-15 is a Thursday)."""

import datetime as dt

import pytest

from latitude.coding.dates import parse_article_date, resolve_date

ARTICLE = dt.date(2026, 1, 15)  # a Thursday

CASES = [
    ("The talks were held in January 2026.", ARTICLE, "2026-01"),
    ("Officials met in early January.", ARTICLE, "2026-01"),
    ("The envoy visited Seoul in December.", ARTICLE, "2025-12"),  # last December, not a future one
    ("The January visits of President Lee to China and Japan", dt.date(2026, 2, 10), "2026-01"),
    ("Their December summit ended without a statement.", ARTICLE, "2025-12"),
    ("The May Day rally drew crowds.", ARTICLE, "2026-01-15"),  # 'the May' alone is no date (a name, a holiday)
    ("The minister will visit Tokyo in March.", ARTICLE, "2026-03"),
    ("The summit will take place in early January.", dt.date(2025, 12, 1), "2026-01"),
    ("North Korea fired a missile on Thursday.", ARTICLE, "2026-01-15"),  # the article's own weekday
    ("North Korea fired a missile on Tuesday.", ARTICLE, "2026-01-13"),
    ("The ministers met on Sunday.", ARTICLE, "2026-01-11"),
    ("Lee will meet Takaichi on Saturday.", ARTICLE, "2026-01-17"),
    ("They met last Thursday.", ARTICLE, "2026-01-08"),
    ("China protested yesterday.", ARTICLE, "2026-01-14"),
    ("Seoul announced the sanctions last week.", ARTICLE, "2026-W02"),
    ("Tokyo will send an envoy next week.", ARTICLE, "2026-W04"),
    ("Exports fell last month.", ARTICLE, "2025-12"),
    ("Trade rose last year.", ARTICLE, "2025"),
    ("The accord was signed on Nov. 2, 2025.", ARTICLE, "2025-11-02"),
    ("The accord was signed on 2 November 2025.", ARTICLE, "2025-11-02"),
    ("The treaty signed on 2024-06-19 took effect.", ARTICLE, "2024-06-19"),
    ("On Dec. 28 the two sides met.", ARTICLE, "2025-12-28"),
    ("Tokyo may impose tariffs.", ARTICLE, "2026-01-15"),  # the modal 'may' is no month
    ("Japan lodged a protest.", ARTICLE, "2026-01-15"),  # nothing in the text: the article date
    ("Uganda paid for assets lost in 1972.", ARTICLE, "2026-01-15"),  # a bare year does not beat it
    ("Uganda paid for assets lost in 1972.", None, "1972"),
    ("Officials met on Thursday.", None, None),
]


@pytest.mark.parametrize(("sentence", "article", "expected"), CASES)
def test_resolve_date(sentence, article, expected):
    assert resolve_date(sentence, article) == expected


def test_iso_weeks_are_the_calendar_weeks():
    # ISO week 2 of 2026 runs Monday 5 to Sunday 11 January (2026-01-01 is a Thursday, so week 1 holds it).
    assert dt.date(2026, 1, 5).isocalendar()[:2] == (2026, 2)
    assert resolve_date("They talked last week.", dt.date(2026, 1, 12)) == "2026-W02"


def test_parse_article_date():
    assert parse_article_date("2026-01-15T09:30:00Z") == dt.date(2026, 1, 15)
    assert parse_article_date("") is None
    with pytest.raises(ValueError):
        parse_article_date("15/01/2026")
