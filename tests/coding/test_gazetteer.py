"""Gazetteer: tricky mentions from `gazetteer_cases.tsv`, checked row by row (terms of office from
Wikipedia's lists of presidents and prime ministers; Kim Dae-jung from PETRARCH2's Phoenix dictionary)."""

import csv
import datetime as dt
from pathlib import Path

import pytest

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
