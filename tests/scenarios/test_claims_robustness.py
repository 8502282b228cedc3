"""The claim checker is bounded and never crashes: fuzzed with random text and with real sentences
cut, repeated and garbled (Hypothesis, bounded), and timed on 100,000-character single lines."""
from __future__ import annotations

import json
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from latitude.scenarios.claims import find_claims
from latitude.scenarios.claims._text import MAX_SENTENCE, sentences
from latitude.scenarios.claims.events import window

FIXTURES = Path(__file__).parents[1] / "fixtures" / "claims"
SETS = ("dev.jsonl", "heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl", "heldout4.jsonl",
        "heldout5.jsonl", "heldout6.jsonl", "heldout7.jsonl", "heldout8.jsonl", "heldout9.jsonl", "heldout10.jsonl",
        "heldout11.jsonl", "heldout12.jsonl", "heldout13.jsonl")   # development sets only
REAL = [json.loads(line)["sentence"] for name in SETS
        for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines()]
WORDS = sorted({w for s in REAL for w in s.split()})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000))
def test_random_text_never_raises(text: str) -> None:
    for claim in find_claims(text, "2026-02-10"):
        assert claim.sentence and claim.kind


def test_an_at_sign_in_the_text_is_not_a_placeholder() -> None:
    """'@3' in an article is text, not the template's fourth country (Hypothesis found the crash)."""
    claims = find_claims("For @3, Japan is its largest trading partner. @0 -- China is Korea's largest trading partner.",
                         "2020-01-01")
    assert [(c.subject, c.other) for c in claims] == [("KOR", "CHN")]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), max_size=300), st.sampled_from([None, "2026-02-10", "1999-12-31"]))
def test_shuffled_real_words_never_raise(words: list[str], date: str | None) -> None:
    find_claims(" ".join(words), date)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(REAL), min_size=1, max_size=12), st.integers(0, 400), st.text(max_size=40))
def test_real_sentences_cut_and_garbled_never_raise(chosen: list[str], cut: int, noise: str) -> None:
    text = " ".join(chosen)
    find_claims(text[cut:] + noise + text[:cut], "2018-06-01")


# the tenth round's readers rewrite the template (descriptions of countries, "those countries", an opening "It was
# X's ...", relative clauses) and read new shapes; fuzz them together with countries, numbers and real words
PHRASES = ["The world's second largest economy", "Europe's biggest economy", "the Asian giant", "Those countries",
           "the two countries", "The two allies", "It was", "It is", "it has test-fired", "carried out a missile test",
           "since 2010", "in 2009/13", "since 1960-64", ", which has been", "its NATO ally", "NATO ally", "US sanctions over",
           "Russian-made", "its purchase of a", "purchased Russia's S-400", "The euro's share", "China's share of reserves",
           "touched down in", "SEOUL, April 25 --", "arrived here", "other allies such as", "and other allies",
           "authorized the sale of bombs to", "supplied over 98 percent of weapons imported by", "provided by", "reliant on",
           "its biggest foreign weapons buyer,", "signed a deal for", "to get", "@0", "@12", "'s", ",", ".", "%", "40th"]
COUNTRIES = ["China", "Japan", "Russia", "Turkey", "the United States", "Washington", "Moscow", "Poland", "South Korea",
             "Vietnam", "India", "Saudi Arabia", "Australia", "Mongolia", "Brazil"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PHRASES + COUNTRIES + WORDS[:400]), max_size=80),
       st.sampled_from([None, "2026-02-10", "1999-12-31", "2009-06-30"]))
def test_the_tenth_rounds_phrases_never_raise(words: list[str], date: str | None) -> None:
    for claim in find_claims(" ".join(words), date):
        assert claim.sentence and claim.kind and claim.subject is not None


def test_dates_of_every_form_give_a_window_or_none() -> None:
    # ISO week 6 of 2026 runs from Monday 2 to Sunday 8 February (1 January 2026 is a Thursday).
    assert window("2026-W06") == ("2026-02-02", "2026-02-08")
    assert window("2026-02") == ("2026-02-01", "2026-02-28")
    assert window("2024-02") == ("2024-02-01", "2024-02-29")
    assert window("2018-06-01") == ("2018-05-29", "2018-06-04")
    assert window("2026") == ("2026-01-01", "2026-12-31")
    for bad in ("2026-W60", "2026-13", "2026-02-30", "", None, "W06", "2026-W06-01"):
        assert window(bad) is None


def _timed(text: str) -> float:
    start = time.perf_counter()
    find_claims(text, "2026-02-10")
    return time.perf_counter() - start


def test_a_100000_character_line_is_read_in_seconds() -> None:
    """Single lines of 100,000 characters: no sentence ends, abbreviations only, and a real article's
    sentences run together. Bounds are generous because the test machine is shared."""
    assert _timed("x" * 100_000) < 5
    assert _timed(("U.S. " * 20_000)[:100_000]) < 30
    real = (" ".join(REAL) + " ") * 20
    assert _timed(real[:100_000]) < 60


def test_over_long_sentences_are_skipped_and_counted() -> None:
    text = "China is Japan's largest trading partner " + "and so on " * 200 + ". Japan trades too."
    found, skipped = sentences(text)
    assert skipped == 1 and all(len(s) <= MAX_SENTENCE for s in found)
