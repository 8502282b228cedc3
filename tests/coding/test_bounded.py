"""Bounded work (issue 16): sentence splitting is linear and sentences are capped, so one very long
line costs seconds; dates never raise, whatever the text and the article date."""

import datetime as dt
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from latitude.coding import code
from latitude.coding.dates import period_bounds, resolve_date
from latitude.coding.text import MAX_SENTENCE_CHARS, split_sentences


def test_one_long_line_with_abbreviations_is_fast():
    # 100,000 characters on one line; the abbreviations ("Mr.", "U.S.") used to make splitting quadratic
    line = ("Mr. Kim met the U.S. envoy Mr. Lee " * 2900)[:100_000]
    start = time.perf_counter()
    pieces = split_sentences(line)
    records = list(code(line, date="2026-01-14"))
    assert time.perf_counter() - start < 10  # about 1 s measured on a shared 2-core machine
    assert all(len(p) <= MAX_SENTENCE_CHARS for p in pieces) and len(pieces) >= 100_000 // MAX_SENTENCE_CHARS
    assert records  # the pieces are still coded


def test_long_sentences_are_cut_at_spaces():
    words = ["word"] * 400
    pieces = split_sentences(" ".join(words), max_chars=100)
    assert all(len(p) <= 100 for p in pieces) and " ".join(pieces).split() == words


def test_last_week_resolves_to_a_week_whose_bounds_exist():
    # the claim checker crashed on "last week" (DateParseError 2026-W06-01); period_bounds reads the week
    value = resolve_date("Seoul protested last week.", dt.date(2026, 2, 10))
    assert value == "2026-W06"
    assert period_bounds(value) == (dt.date(2026, 2, 2), dt.date(2026, 2, 8))  # ISO week 6 of 2026: Mon 2 - Sun 8 Feb


def test_no_article_date():
    # documented in `latitude events code --help` and docs/coding.md
    assert resolve_date("Lee visited Beijing in January 2026.", None) == "2026-01"
    assert resolve_date("Lee visited Beijing in early January.", None) is None
    assert resolve_date("Lee visited Beijing last week.", None) is None


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(list("0123456789-/ ,.") + [
        "in ", "last ", "next ", "week", "month", "year", "January ", "Feb. ", "May ", "Thursday ", "on ",
        "yesterday", "9999", "0000", "31", "29", "2026", "W53", "early ", "will "]), max_size=30).map("".join),
    st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))),
)
def test_dates_never_raise(text, article):
    value = resolve_date(text, article)
    assert value is None or period_bounds(value) is not None
