"""Gazetteer: tricky mentions from `gazetteer_cases.tsv`, checked row by row (terms of office from
Wikipedia's lists of presidents and prime ministers; Kim Dae-jung from PETRARCH2's Phoenix dictionary)."""

import csv
import datetime as dt
from pathlib import Path

import pytest

from latitude import countries
from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens

CASES = list(csv.DictReader(open(Path(__file__).with_name("gazetteer_cases.tsv"), encoding="utf-8"), delimiter="\t"))


@pytest.mark.parametrize("case", CASES, ids=[f"{c['text']}@{c['date']}" for c in CASES])
def test_mention(case):
    mentions = find_actors(raw_tokens(case["text"]), dt.date.fromisoformat(case["date"]))
    if not case["code"]:
        assert mentions == [], case["why"]
        return
    assert len(mentions) == 1, (mentions, case["why"])
    assert mentions[0].code == case["code"], case["why"]
    assert mentions[0].sector == (case["sector"] or None), case["why"]


def test_two_actors_keep_their_order_and_spans():
    raw = raw_tokens("South Korean President Lee Jae-myung met Chinese President Xi Jinping.")
    first, second = find_actors(raw, dt.date(2025, 11, 1))
    assert (first.code, second.code) == ("KOR", "CHN")
    assert first.end <= raw.index("met") < second.start


def test_every_current_state_is_found_by_its_names():
    # Phoenix lists states born after 1990 (Ukraine, Kuwait, Iraq, South Sudan, ...) with dated codes
    # under a bare header; each must still be found, by its short and its full name.
    table = countries.state_table()
    missing = []
    for row in table[table["end"].isna()].itertuples():
        for name in {row.short_name, row.name} - {"Congo"}:  # bare "Congo" is the DRC in news (actors_extra.tsv)
            found = find_actors(raw_tokens(f"Officials from {name} met on Monday."))
            if not any(m.code == row.iso3 for m in found):
                missing.append((row.iso3, name))
    assert missing == []


@pytest.mark.parametrize(
    "text, code",
    [("Ukrainian", "UKR"), ("Kiev", "UKR"), ("Baghdad", "IRQ"), ("Soviet Union", "RUS"),
     ("East Timor", "TLS"), ("Kosovo", "XKX"), ("Türkiye", "TUR")],
)  # fmt: skip
def test_dated_phoenix_states_and_renamed_states(text, code):
    assert [m.code for m in find_actors(raw_tokens(f"{text} said on Monday."))] == [code]


def test_regions_and_test_states_are_not_actors():
    # Phoenix's region codes (MEA, WEU) and its fictional test state Kinakuta (KNT) are not ISO3.
    assert find_actors(raw_tokens("Kinakuta said on Monday.")) == []
