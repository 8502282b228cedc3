"""Reigning monarchs known by a regnal name that no leader table holds (actors_extra.tsv, cited to Wikipedia's
"List of current monarchs of sovereign states"). Before these rows "King Philippe" was read as France (a French
office holder's given name) and "King Felipe", "King Harald" and "King Willem-Alexander" as no one."""

import datetime as dt

import pytest

from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens


@pytest.mark.parametrize(("title", "state", "day"), [
    ("King Philippe", "BEL", dt.date(2023, 5, 1)),          # Belgium, since 21 July 2013
    ("King Felipe", "ESP", dt.date(2023, 5, 1)),            # Spain, since 19 June 2014
    ("King Harald", "NOR", dt.date(2023, 5, 1)),            # Norway, since 17 January 1991
    ("King Willem-Alexander", "NLD", dt.date(2020, 3, 10)),  # the Netherlands, since 30 April 2013
    ("Emir Tamim", "QAT", dt.date(2025, 5, 14)),            # Qatar, since 25 June 2013
])
def test_a_monarch_named_by_title_and_regnal_name_is_his_state(title: str, state: str, day: dt.date) -> None:
    mentions = find_actors(raw_tokens(f"{title} met the visiting delegation."), day)
    assert [(m.code, m.person) for m in mentions if m.start == 0] == [(state, True)]
