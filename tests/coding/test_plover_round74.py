"""PLOVER round 74 (issue 13): news rows held by the gate. The rows of news sets A to BK between two states that
`code_sentence` (read alone) gives no record but would with the gate forced open were sorted by how their act is told
(docs/coding.md); the construction taken is a reprisal threatened on a condition and told in reported speech — a saying
verb ("said", "warned"), "would" or "will", a verb of reprisal ("retaliate", "take countermeasures", "use military
means", "expel ... media") and then "if", "should" or "unless" — whose record with the gate forced names two different
parties: it is a told threat (THREATEN) however low the is-it-an-event model scores its conditional
(`coder._reported_reprisal`). Sentences quoted from the real-news development sets
(tests/fixtures/coding/plover_news_*.tsv) with their article dates, one general sentence, and two development prose rows
(non-events whose "would ... if" is no reprisal); expected sources and targets their hand labels. Held-out news set
BL's layout test is in test_plover_news.py with the other sets'."""

import datetime as dt

import pytest

from latitude.coding.coder import code_sentence


@pytest.mark.parametrize(
    ("text", "date", "source", "target"),
    [
        # set AD, row AD076: labelled THREATEN, CHN > USA (no record before)
        (
            "China warned Tuesday it would take countermeasures if the US goes ahead with plans to deploy ground-based "
            "missiles in the Asia-Pacific region.",
            dt.date(2019, 8, 6),
            "CHN",
            "USA",
        ),
        # set BG, row BG006: labelled THREATEN, RUS > GBR (no record before)
        (
            "And Moscow said it would expel British media if the UK forced the Russia state funded broadcaster, RT, "
            "off the air.",
            dt.date(2018, 3, 14),
            "RUS",
            "GBR",
        ),
        # set BH, row BH012: labelled THREATEN, RUS > USA (no record before)
        (
            "MOSCOW — Russia’s Ministry of Foreign Affairs on Friday said Moscow would retaliate should the United "
            "States deploy ground-based missiles in Japan, the Interfax news agency reported.",
            dt.date(2021, 3, 12),
            "RUS",
            "USA",
        ),
        # set BH, row BH013: labelled THREATEN, RUS > USA (no record before)
        (
            "MOSCOW (Reuters) – Russia said on Tuesday it would use military means if the United States deployed a "
            "missile defense shield close to Russia’s borders.",
            dt.date(2008, 7, 8),
            "RUS",
            "USA",
        ),
        # a general sentence of the same construction
        (
            "Iran said it would retaliate if Israel attacked its nuclear facilities.",
            None,
            "IRN",
            "ISR",
        ),
    ],
)
def test_a_reprisal_threatened_on_a_condition_in_reported_speech_is_a_threat(text, date, source, target):
    records = code_sentence(text, date)
    assert records, text
    first = records[0]
    assert (first["plover"], first["source"], first["target"]) == ("THREATEN", source, target)
    assert first["cameo"] == "130"


@pytest.mark.parametrize(
    "text",
    [
        # development prose rows (held-out prose 46 row 79, held-out prose 124 row 75): non-events, no reprisal verb
        "During the South Korean election campaign this year, Lee Jae Myung said he would crawl between President "
        "Trump’s legs, if necessary, to protect his country’s national interests.",
        "Before returning to the White House in January, Trump said that Seoul would pay billions more annually if he "
        "won the presidential election.",
    ],
)
def test_a_would_if_without_a_reprisal_stays_held(text):
    assert code_sentence(text) == []
