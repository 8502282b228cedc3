"""PLOVER round 72 (issue 13): news rows the is-it-an-event gate holds back. The rows of news sets A to BI between two
states that `code_sentence` (read alone) gives no record but would with the gate forced open were sorted by
construction (docs/coding.md); strikes are the largest family, and the ones told as the sentence's act — a strike noun
("airstrike", "drone strike", "military strike") after a verb of carrying out ("carried out", "executed",
"conducted", "launched") or opening the sentence — whose record the coder already reads as an act of force between
two states pass the gate (`coder._carried_out_strike`, `coder._struck_between_states`). A campaign ("numerous
airstrikes") and a strike after "after", a threat, modal, negation or "if" keep the old reading. Sentences quoted
from the real-news development sets (tests/fixtures/coding/plover_news_*.tsv) with their article dates, one
general sentence, and a development prose row (a non-event); expected sources and targets their hand labels.
Held-out news set BJ's layout test is in test_plover_news.py with the other sets'."""

import datetime as dt

import pytest

from latitude.coding.coder import code_sentence


@pytest.mark.parametrize(
    ("text", "date", "source", "target"),
    [
        # set M, row M004: labelled ASSAULT, IRN > PAK (no record before)
        (
            "Iran has executed a military strike against the headquarters of the militant group, Jaish al-Adl, "
            "situated in Pakistan's Balochistan province, according to Iranian state media.",
            dt.date(2024, 1, 16),
            "IRN",
            "PAK",
        ),
        # set S, row S072: labelled ASSAULT, TUR > IRQ (no record before)
        (
            "A Turkish drone strike in northern Iraq has resulted in the death of a senior member and three "
            "militants of the Kurdistan Workers’ Party (PKK), according to the Counter-Terrorism Service of Iraq’s "
            "Kurdistan region.",
            None,
            "TUR",
            "IRQ",
        ),
        # set AJ, row AJ002: labelled ASSAULT, USA > SYR;IRN (no record before)
        (
            "In a major development, the United States has carried out airstrikes in Syria targeting Iran-backed "
            "militia groups which is in response to attacks on American forces and coalition forces stationed in "
            "Iraq earlier this month.",
            None,
            "USA",
            "IRN",
        ),
        # set AN, row AN007: labelled ASSAULT, ISR > PSE (no record before)
        (
            "An Israeli airstrike on a house in the southern Gaza Strip resulted in the death of a Palestinian "
            "militant and the injury of four people.",
            dt.date(2023, 5, 11),
            "ISR",
            "PSE",
        ),
        # set AT, row AT004: labelled ASSAULT, ISR > SYR (no record before)
        ("Israel has carried out a rare airstrike on a military target in Syria.", None, "ISR", "SYR"),
        # a general sentence of the same construction (written for this test)
        ("Turkey has carried out a rare airstrike on a village in Armenia.", None, "TUR", "ARM"),
    ],
)
def test_a_strike_carried_out_by_one_state_on_another_is_an_act(text, date, source, target):
    records = code_sentence(text, date)
    assert records, text
    first = records[0]
    assert first["plover"] == "ASSAULT"
    assert (first["source"], first["target"]) == (source, target)


@pytest.mark.parametrize(
    "text",
    [
        # held-out prose 122, a non-event (a campaign told as background): no record (guard, the same on main)
        "Israel has carried out numerous retaliatory airstrikes on Houthi targets in Yemen.",
        # a strike not done: no record (guard, the same on main)
        "Israel could carry out an airstrike on a military target in Syria, analysts in Beirut said.",
    ],
)
def test_a_strike_campaign_or_a_strike_not_done_gets_no_record(text):
    assert code_sentence(text) == []
