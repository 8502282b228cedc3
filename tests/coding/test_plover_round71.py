"""PLOVER round 71 (issue 13): news rows that get no record at all. The rows of news sets A to BH that `code_sentence`
(read alone) gives no record were sorted by the first stage that loses them (docs/coding.md): the is-it-an-event gate
loses most of them, and within the gate no construction is large; the one taken is an expulsion of envoys between two
named states ("expelling 35 Russian diplomats", "expels all diplomats from its embassy"), which every threshold of a
sentence read alone turned away (`coder._expelled_diplomats`). A threat, a modal, a negation or an "if" in the three
words before the verb keeps the old reading. Sentences quoted from the real-news development sets
(tests/fixtures/coding/plover_news_*.tsv) with their article dates, and one general sentence; expected sources and
targets their hand labels. Held-out news set BI's layout test is in test_plover_news.py with the other sets'."""

import datetime as dt

import pytest

from latitude.coding.coder import code_sentence


@pytest.mark.parametrize(
    ("text", "date", "source", "target"),
    [
        # set E, row E003: labelled SANCTION, CZE > RUS (no record before)
        (
            "The Czech government said Saturday it would expel 18 Russian diplomats identified by local intelligence "
            "as secret agents of the Russian SVR and GRU services that are suspected of involvement in a 2014 "
            "explosion.",
            None,
            "CZE",
            "RUS",
        ),
        # set G, row G021: labelled SANCTION, VEN > COL (no record before)
        (
            "Venezuela breaks relations with its neighbor Colombia and expels all diplomats from its embassy, "
            "President Nicolas Maduro declared during a rally in Caracas.",
            dt.date(2019, 2, 23),
            "VEN",
            "COL",
        ),
        # set AL, row AL026: labelled SANCTION, USA > RUS (no record before)
        (
            "Anyway, the Obama Administration leaves office with a lively final thrust in the general direction of "
            "Moscow, expelling 35 Russian diplomats and shutting down some of the Russian government’s diplomatic "
            "bases in the USA.",
            dt.date(2017, 1, 1),
            "USA",
            "RUS",
        ),
        # set BF, row BF002: labelled COERCE/SANCTION, USA > RUS (no record before)
        (
            "These acts followed measures by the Obama administration, which locked Russians out of diplomatic "
            "compounds in Maryland and New York and expelled 35 Russian diplomats in December 2016.",
            dt.date(2017, 9, 13),
            "USA",
            "RUS",
        ),
        # a general sentence of the same construction (written for this test)
        ("Anyway, Norway closed the year expelling two Belarusian diplomats.", None, "NOR", "BLR"),
    ],
)
def test_an_expulsion_of_envoys_between_two_states_is_an_act(text, date, source, target):
    records = code_sentence(text, date)
    assert records, text
    first = records[0]
    assert first["plover"] == "SANCTION"
    assert (first["source"], first["target"]) == (source, target)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a threatened expulsion stays the threat it is (guard, the same on main)
        ("Moscow has threatened to expel British diplomats if London goes ahead with the measures.", "THREATEN"),
        # a modal expulsion is no act (guard, the same on main)
        ("Russia could expel German diplomats, analysts in Berlin said.", None),
    ],
)
def test_an_expulsion_not_done_keeps_its_reading(text, expected):
    records = code_sentence(text)
    assert (records[0]["plover"] if records else None) == expected
