"""Actors round 21 (issue 13): a short surname alone ("Kohl", "Moon", "Abe", four letters or fewer, which the tables
resolve only within a term in force) resolves outside its term when the sentence names a year of the holder's term,
or, with no year named, when every person the tables give that name, alone or as a word of a full name, is of one
state; a name people of two states bear ("Lee") does not. Probes from the development sets (the leaders set,
held-out 8, 12 and 40, PLOVER news J and M), not from the round's held-out set."""

import datetime as dt

from latitude.coding.gazetteer import find_actors, named_years
from latitude.coding.text import raw_tokens


def _found(sentence: str, date: dt.date | None = None) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.code, m.sector) for m in find_actors(raw_tokens(sentence), date)]


def test_the_years_a_sentence_names():
    assert named_years(raw_tokens("Kohl met Mitterrand in 1984 and again in the 1990s, not in 1700.")) == [
        (1984, 1984), (1990, 1999)
    ]
    assert named_years(raw_tokens("The 125 delegates met at 2 pm.")) == []


def test_an_undated_surname_of_one_state_resolves():
    # the leaders set L116 (undated): Helmut Kohl, Germany's chancellor 1982-98
    assert _found("Kohl emphasises that he is not prepared to pay any price.") == [("Kohl", "DEU", "government")]
    # held-out 12 Z111 (undated): Moon Jae-in and Abe Shinzo
    assert _found('"Moon and Abe agreed that the pressure on North Korea should increase."') == [
        ("Moon", "KOR", "government"), ("Abe", "JPN", "government"), ("North Korea", "PRK", None)
    ]
    # PLOVER news J088 (undated): Melanie Joly, Canada's foreign minister
    assert _found("Joly said she expects India to fully collaborate with us.") == [
        ("Joly", "CAN", "government"), ("India", "IND", None)
    ]


def test_a_former_holder_in_a_dated_article_keeps_the_state_without_the_office():
    # held-out 40 q077 (2013-06-19): Noda Yoshihiko, Japan's prime minister to December 2012
    assert _found("Noda and the Chinese president faced off.", dt.date(2013, 6, 19)) == [
        ("Noda", "JPN", None), ("Chinese president", "CHN", "government")
    ]


def test_a_named_year_picks_the_holder_of_that_year():
    # held-out 8 V014 (the page's date left out): Lee Jae-myung, in office in 2025; "Lee" alone is of three states
    assert _found("Lee and Takaichi last met in late October 2025 in Gyeongju.") == [
        ("Lee", "KOR", "government"), ("Takaichi", "JPN", "government"), ("Gyeongju", "KOR", None)
    ]
    assert _found("Lee and Takaichi met in Gyeongju.")[0] == ("Takaichi", "JPN", "government")
    # a year outside every term of the name's holders leaves it unresolved
    assert _found("Kohl wrote to him in 1950.") == []


def test_a_name_two_states_bear_or_not_written_as_a_name_stays_unresolved():
    assert _found("Lee visited the border.") == []
    # PLOVER news M: "the Line of Control (LoC)", not a Vietnamese office holder named Loc
    assert [code for _, code, _ in _found("Pakistani troops fired along the LoC.")] == ["PAK"]
