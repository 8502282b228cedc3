"""Actors round 19 (issue 13): heads of state and government, deputies and Washington envoys of every state up
to the CIA World Factbook's 2025 edition (`factbook_holders.tsv`) resolve to their states within their terms;
a monarch's regnal name does not stand alone. Probes written from the source and the development sets, not
from the round's held-out set."""

import datetime as dt

from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens


def _found(sentence: str, date: dt.date | None = None) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.code, m.sector) for m in find_actors(raw_tokens(sentence), date)]


def test_heads_after_2024_resolve_in_and_out_of_term():
    # Factbook 2025: "President Karol NAWROCKI (since 6 August 2025)", "Prime Minister Sifi GHRIEB (since 28 August 2025)"
    assert _found("President Karol Nawrocki met the envoy.", dt.date(2025, 9, 1)) == [("Karol Nawrocki", "POL", "government")]
    assert _found("Nawrocki met the envoy.", dt.date(2025, 9, 1)) == [("Nawrocki", "POL", "government")]
    assert _found("Nawrocki met the envoy.", dt.date(2024, 1, 1)) == [("Nawrocki", "POL", None)]
    assert _found("Prime Minister Sifi Ghrieb met the envoy.", dt.date(2025, 10, 1)) == [("Sifi Ghrieb", "DZA", "government")]


def test_envoys_in_washington_and_of_the_united_states():
    # "Diplomatic representation in the US: chief of mission: Ambassador YAMADA Shigeo (since 27 February 2024)",
    # written in the press's order; "from the US: Ambassador George GLASS (since 17 July 2025)"
    assert _found("Ambassador Shigeo Yamada met the envoy.", dt.date(2025, 3, 1)) == [("Shigeo Yamada", "JPN", "government")]
    assert _found("Ambassador George Glass met the envoy.", dt.date(2025, 10, 1)) == [("George Glass", "USA", "government")]


def test_a_regnal_name_is_not_a_surname():
    # "King FREDERIK X": "Frederik" alone is no actor (held-out 29 Y044, Sweden's Frederik Reinfeldt); the title and
    # regnal name together are Denmark's king since 14 January 2024 (actors_extra.tsv's reigning monarchs)
    assert _found("King Frederik met the envoy.", dt.date(2025, 1, 1)) == [("King Frederik", "DNK", "government")]
    assert _found("Frederik met the envoy.", dt.date(2025, 1, 1)) == []
    assert _found("Prime Minister Frederik Reinfeldt met the envoy.", dt.date(2013, 9, 4)) == [("Reinfeldt", "SWE", "government")]
    assert _found("Prime Minister Anutin Charnvirakul met the envoy.", dt.date(2025, 10, 1)) == [
        ("Anutin Charnvirakul", "THA", "government")
    ]


def test_factbook_names_and_days():
    from latitude.coding.build import _factbook_day, _factbook_name

    assert _factbook_name("Prime Minister Sanae TAKAICHI") == ("Sanae", "Takaichi", "")
    assert _factbook_name("President LEE Jae-myung") == ("", "Lee", "Jae-myung")
    assert _factbook_name("Vice President Joseph R. BIDEN, Jr.") == ("Joseph", "Biden", "")
    assert _factbook_name("President Claudia SHEINBAUM Pardo") == ("Claudia", "Sheinbaum", "Pardo")
    assert _factbook_name("Supreme Leader Ali Hoseini-KHAMENEI") == ("Ali", "Hoseini-Khamenei", "")
    assert _factbook_name("the president") is None
    assert (_factbook_day("4 June 2025"), _factbook_day("April 2018"), _factbook_day("1997")) == (
        "2025-06-04", "2018-04-01", "1997-01-01")
