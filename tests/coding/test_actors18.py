"""Actors round 18 (issue 13): ministers of 56 states from Wikidata and GeoNames' first-level divisions
and large cities resolve to their states; names that several states' places share, or that are words,
do not. Probes written from the development sets (the PLOVER news sets, the prose sets) and the tables'
sources, not from the round's held-out set."""

import datetime as dt

from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens


def _found(sentence: str, date: dt.date | None = None) -> list[tuple[str, str, str | None, bool]]:
    return [(m.text, m.code, m.sector, m.person) for m in find_actors(raw_tokens(sentence), date)]


def test_foreign_minister_outside_the_leaders_table_resolves_in_and_out_of_term():
    # Wikidata: Hossein Amir-Abdollahian, Iran's foreign minister from 2021-08-25 (in office at the snapshot)
    assert _found("Foreign Minister Hossein Amirabdollahian met the envoy.", dt.date(2022, 6, 1)) == [
        ("Hossein Amirabdollahian", "IRN", "government", True)
    ]
    assert _found("Amirabdollahian said the talks went well.", dt.date(2022, 6, 1)) == [
        ("Amirabdollahian", "IRN", "government", True)
    ]
    # before his term: the state, no sector (as for former leaders)
    assert _found("Amirabdollahian said the talks went well.", dt.date(2015, 6, 1)) == [
        ("Amirabdollahian", "IRN", None, True)
    ]


def test_places_below_the_capital_resolve_and_shared_names_or_words_do_not():
    for place, code in [("Rakhine", "MMR"), ("Kherson", "UKR"), ("Wonsan", "PRK"), ("Garissa", "KEN"),
                        ("Muzaffarabad", "PAK"), ("Sindh", "PAK")]:
        assert _found(f"Officials met in {place} on Monday.") == [(place, code, None, False)]
    # Punjab is a state of India and a province of Pakistan: no actor
    assert _found("Officials met in Punjab on Monday.") == []
    # words and people's names (dev: heldout19 G062, heldout12 Z100, heldout23 F019)
    assert _found("The president arrived at Andrews Air Force Base.") == []
    assert _found("The meeting was held in Palm Springs.") == []
    assert _found("Madam Peng speaks fluent English.") == []
    assert _found("The Balkan states met.") == []


def test_term_days_from_years_months_and_days():
    from latitude.coding.build import _term_day

    assert (_term_day("2018", False), _term_day("2018", True)) == ("2018-01-01", "2019-01-01")
    assert (_term_day("2018-12", False), _term_day("2018-12", True)) == ("2018-12-01", "2019-01-01")
    assert (_term_day("2018-05-31", False), _term_day("2018-05-31", True)) == ("2018-05-31", "2018-06-01")
    assert _term_day("", True) == ""
