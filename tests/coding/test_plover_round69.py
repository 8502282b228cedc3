"""PLOVER round 69 (issue 13): news records with the roles reversed. Of the rows of news sets A to BF whose first
record misses the labelled target, 157 give a labelled source as the target; sorted by the construction that reverses
them (docs/coding.md), one small, general construction of news English was taken: a wire dateline. A lead that opens
with the place where the report was filed ("JAMMU, Nov 7:", "MANILA, Philippines -", "SEOUL/TOKYO (Reuters) -")
names that place before its doer, and the coder read the place's state as the source and the subject as the target.
When the source is the dateline's place (the mention ends inside the dateline) and the target is the first party
named after it, before the act, the two change places (`coder._dateline_place`, `_subject_after_dateline`). A
dateline that runs on into the subject's own state ("ISLAMABAD -- Pakistani airstrikes on Iran ...") keeps its reading.
Sentences quoted from the real-news development sets (tests/fixtures/coding/plover_news_*.tsv), with their article
dates, and one general sentence; expected categories, sources and targets their hand labels. Held-out news set BG's
layout test is in test_plover_news.py with the other sets'."""

import datetime as dt

import pytest

from latitude.coding.coder import code_sentence


@pytest.mark.parametrize(
    ("text", "date", "source", "target"),
    [
        # set AK, row AK009: labelled ASSAULT, PAK > IND (coded IND > PAK before)
        (
            "JAMMU, Nov 7: Pakistan army today again resorted to heavy shelling along the Line of Control (LoC) in "
            "Balakote, Mendhar and Mankote sectors in Poonch district causing extensive damage to about a dozen houses "
            "while some cattle were killed or injured.",
            None,
            "PAK",
            "IND",
        ),
        # set AN, row AN059: labelled ASSAULT/COERCE, CHN > PHL (coded PHL > CHN before)
        (
            "MANILA, Philippines — The China Coast Guard (CCG) fired water cannons at three Philippine vessels engaged "
            "in a regular rotation and resupply mission Sunday morning, the Philippine Coast Guard said.",
            None,
            "CHN",
            "PHL",
        ),
        # set E, row E016: labelled THREATEN, JPN > KOR (coded KOR > JPN before)
        (
            "SEOUL/TOKYO (Reuters) – Japan warned it could expand strict checks on exports to South Korea, after "
            "earlier granting approval for the shipment of a high-tech material to its neighbour for the first time "
            "since imposing tighter curbs last month.",
            None,
            "JPN",
            "KOR",
        ),
        # general sentences: a dateline, then the doer, then its target
        (
            "HANOI, Vietnam — The China Coast Guard (CCG) fired water cannons at two Vietnamese fishing boats near the "
            "Paracel Islands on Sunday, the Vietnamese foreign ministry said.",
            None,
            "CHN",
            "VNM",
        ),
        (
            "SEOUL/BEIJING (Reuters) – China warned it could curb exports of graphite to South Korea.",
            None,
            "CHN",
            "KOR",
        ),
    ],
)
def test_the_place_of_a_dateline_is_not_the_doer_of_the_lead(text, date, source, target):
    records = code_sentence(text, date)
    assert records
    assert (records[0]["source"], records[0]["target"]) == (source, target)


def test_a_dateline_that_runs_into_the_doers_own_state_keeps_its_reading():
    # set C, row C008: labelled ASSAULT, PAK > IRN; the dateline and the demonym are one mention of Pakistan
    records = code_sentence(
        "ISLAMABAD -- Pakistani airstrikes on Iran this morning killed four children and three women, a local "
        "official told Iranian state television.",
        dt.date(2024, 1, 18),
    )
    assert (records[0]["source"], records[0]["target"]) == ("PAK", "IRN")
