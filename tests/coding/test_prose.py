"""Scores on the cited real-prose sets (tests/fixtures/coding/). The dev set's floors are development
figures (its errors were read while the coder was changed); the held-out set is only read and checked
for its layout here, its scores are reported in docs/coding.md."""

from pathlib import Path

import pytest

from latitude.coding.prose import LabelledEvent, prose_scores, read_prose
from latitude.errors import LatitudeError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "coding"


@pytest.fixture(scope="module")
def dev():
    frame = prose_scores(FIXTURES / "dev_prose.tsv")
    return dict(zip(frame["measure"], frame["value"]))


def test_dev_set_floors(dev):
    # before issue 13 the coder gave 0.705 false events per non-event sentence and found 0.211 of the
    # visits and meetings on this set (measured with the first commit of prose.py)
    # The is-it-an-event model (fit on this set among others) trades recall for precision inside
    # analysis articles: 0.095 -> 0.0 false events, labelled events found 0.619 -> 0.452 (2026-12-04).
    assert dev["false events per non-event sentence"] <= 0.05
    assert dev["sentences reporting an event: precision"] >= 0.9
    assert dev["visits and meetings found (dyad and type)"] >= 0.5
    assert dev["labelled events found (dyad and type)"] >= 0.4


@pytest.mark.parametrize("name", ["dev_prose.tsv", "heldout_prose.tsv", "eventness_train.tsv", "eventness_heldout.tsv", "heldout8_prose.tsv",
                                  "heldout9_prose.tsv"])
def test_sets_cite_every_row_and_have_non_events(name):
    rows = read_prose(FIXTURES / name)
    assert all(row.url.startswith(("http://", "https://")) for row in rows)
    quiet = [row for row in rows if not row.events]
    assert len(quiet) >= 14 and len(rows) - len(quiet) >= 25


def test_false_event_set_is_mostly_non_events():
    # held-out 10 (issue 13, seventh round) measures false events, so most of its rows are not events:
    # 72 rows from 9 pages, 53 without an event, 19 with one (counted by hand when it was labelled)
    rows = read_prose(FIXTURES / "heldout10_prose.tsv")
    assert all(row.url.startswith(("http://", "https://")) for row in rows)
    assert len({row.url for row in rows}) >= 8
    quiet = [row for row in rows if not row.events]
    assert len(quiet) >= 50 and len(rows) - len(quiet) >= 15


def test_opinion_event_set_layout():
    # held-out 11 (issue 13, eighth round) measures events in opinion writing: 60 rows from 9 pages,
    # 46 without an event, 14 with one, 22 labelled events (counted by hand when it was labelled)
    rows = read_prose(FIXTURES / "heldout11_prose.tsv")
    assert all(row.url.startswith(("http://", "https://")) for row in rows)
    assert len({row.url for row in rows}) >= 7
    quiet = [row for row in rows if not row.events]
    assert len(quiet) == 46 and len(rows) - len(quiet) == 14
    assert sum(len(row.events) for row in rows) == 22


def test_labelled_event_matching():
    joint = LabelledEvent("KOR", "JPN", frozenset({"CONSULT"}), joint=True)
    assert joint.matches({"source": "JPN", "target": "KOR", "plover": "CONSULT"})
    assert not joint.matches({"source": "JPN", "target": "KOR", "plover": "ACCUSE"})
    untargeted = LabelledEvent("PRK", None, frozenset({"MOBILIZE"}), joint=False)
    assert untargeted.matches({"source": "PRK", "target": "JPN", "plover": "MOBILIZE"})
    statement = LabelledEvent("JPN", None, frozenset({"STATEMENT"}), joint=False)
    assert statement.matches({"source": "JPN", "target": None, "plover": None})


def test_bad_prose_file(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("id\turl\tarticle_date\tkind\ttext\tevents\nX1\thttps://x\t\tsentence\tJapan met China.\tJPN CONSULT\n",
                    encoding="utf-8")
    with pytest.raises(LatitudeError, match="SRC>TGT"):
        read_prose(path)
    with pytest.raises(LatitudeError, match="no prose set"):
        read_prose(tmp_path / "missing.tsv")


def test_heldout12_layout():
    # held-out 12 (issue 13, ninth round) measures visits, meetings and their false events in news and
    # opinion on diplomacy: 126 rows from 17 pages, 39 without an event (2 headlines), 87 with one,
    # 137 labelled events, 95 of them visits or meetings (counted by hand when it was labelled)
    rows = read_prose(FIXTURES / "heldout12_prose.tsv")
    assert all(row.url.startswith(("http://", "https://")) for row in rows)
    assert len({row.url for row in rows}) == 17
    quiet = [row for row in rows if not row.events]
    assert len(quiet) == 39 and len(rows) - len(quiet) == 87
    assert sum(len(row.events) for row in rows) == 137


def test_heldout13_layout():
    # held-out 13 (issue 13, tenth round) measures visits, meetings, calls, launches, exercises and
    # sanctions in news and opinion: 137 rows from 16 pages, 42 without an event (6 headlines), 95
    # with one, 154 labelled events, 72 of them visits or meetings, 14 missile launches, 10 joint
    # exercises and 8 sanctions (counted when it was labelled, before any code change of the round)
    rows = read_prose(FIXTURES / "heldout13_prose.tsv")
    assert all(row.url.startswith(("http://", "https://")) for row in rows)
    assert len({row.url for row in rows}) == 16
    quiet = [row for row in rows if not row.events]
    assert len(quiet) == 42 and len(rows) - len(quiet) == 95
    assert sum(row.kind == "headline" for row in rows) == 6
    events = [event for row in rows for event in row.events]
    assert len(events) == 154
    assert sum("CONSULT" in e.types for e in events) == 72
    assert sum("MOBILIZE" in e.types for e in events) == 14
    assert sum("COOPERATE" in e.types for e in events) == 10
    assert sum("SANCTION" in e.types for e in events) == 8


def test_heldout14_layout():
    # held-out 14 (issue 13, eleventh round) measures visits, meetings and launches in news, analysis and
    # opinion: 181 rows from 20 pages, 75 without an event (17 headlines), 106 with one, 143 labelled
    # events, 63 of them visits or meetings and 26 missile launches (counted when it was labelled, before
    # any code change of the round)
    rows = read_prose(FIXTURES / "heldout14_prose.tsv")
    assert all(row.url.startswith(("http://", "https://")) for row in rows)
    assert len({row.url for row in rows}) == 20
    quiet = [row for row in rows if not row.events]
    assert len(quiet) == 75 and len(rows) - len(quiet) == 106
    assert sum(row.kind == "headline" for row in rows) == 17
    events = [event for row in rows for event in row.events]
    assert len(events) == 143
    assert sum("CONSULT" in e.types for e in events) == 63
    assert sum("MOBILIZE" in e.types for e in events) == 26


def test_heldout15_layout():
    # held-out 15 (issue 13, twelfth round) measures visits, meetings and launches whose parties the
    # surrounding article names: 160 rows from 21 pages, 39 without an event (16 headlines), 121 with one,
    # 190 labelled events, 112 of them visits, meetings, summits or calls and 18 missile launches (counted
    # when it was labelled, before any code change of the round)
    rows = read_prose(FIXTURES / "heldout15_prose.tsv")
    assert all(row.url.startswith(("http://", "https://")) for row in rows)
    assert len({row.url for row in rows}) == 21
    quiet = [row for row in rows if not row.events]
    assert len(quiet) == 39 and len(rows) - len(quiet) == 121
    assert sum(row.kind == "headline" for row in rows) == 16
    events = [event for row in rows for event in row.events]
    assert len(events) == 190
    assert sum("CONSULT" in e.types for e in events) == 112
    assert sum("MOBILIZE" in e.types for e in events) == 18


def test_heldout16_layout():
    # held-out 16 (issue 13, thirteenth round) measures visits, meetings, calls and launches in news,
    # analysis and opinion from other regions than most earlier sets: 152 rows from 21 pages, 40 without
    # an event (14 headlines), 112 with one, 162 labelled events, 97 of them visits, meetings, summits or
    # calls and 21 missile launches (counted when it was labelled, before any code change of the round)
    rows = read_prose(FIXTURES / "heldout16_prose.tsv")
    assert all(row.url.startswith(("http://", "https://")) for row in rows)
    assert len({row.url for row in rows}) == 21
    quiet = [row for row in rows if not row.events]
    assert len(quiet) == 40 and len(rows) - len(quiet) == 112
    assert sum(row.kind == "headline" for row in rows) == 14
    events = [event for row in rows for event in row.events]
    assert len(events) == 162
    assert sum("CONSULT" in e.types for e in events) == 97
    assert sum("MOBILIZE" in e.types for e in events) == 21
    earlier = {row.url for path in FIXTURES.glob("*_prose.tsv") if path.name != "heldout16_prose.tsv" for row in read_prose(path)}
    assert not earlier & {row.url for row in rows}


def test_heldout17_layout():
    # held-out 17 (issue 13, fourteenth round) measures missile launches and tests (China, Iran, Pakistan,
    # India, Russia, North Korea) besides visits, meetings and calls in news, analysis and opinion: 138
    # rows from 20 pages, 32 without an event (9 headlines), 106 with one, 184 labelled events, 73 of them
    # visits, meetings, summits or calls and 67 missile launches (counted when it was labelled, before any
    # code change of the round)
    rows = read_prose(FIXTURES / "heldout17_prose.tsv")
    assert all(row.url.startswith(("http://", "https://")) for row in rows)
    assert len({row.url for row in rows}) == 20
    quiet = [row for row in rows if not row.events]
    assert len(quiet) == 32 and len(rows) - len(quiet) == 106
    assert sum(row.kind == "headline" for row in rows) == 9
    events = [event for row in rows for event in row.events]
    assert len(events) == 184
    assert sum("CONSULT" in e.types for e in events) == 73
    assert sum("MOBILIZE" in e.types for e in events) == 67
    earlier = {row.url for path in FIXTURES.glob("*_prose.tsv") if path.name != "heldout17_prose.tsv" for row in read_prose(path)}
    assert not earlier & {row.url for row in rows}

def test_heldout18_layout():
    # held-out 18 (issue 13, fifteenth round) measures visits, meetings, calls and launches in analysis,
    # opinion and news on a state's diplomacy (Vietnam, Turkey's Gulf tour, ASEAN meetings, Modi's
    # neighbourhood, trilateral summits, North Korean launches): 159 rows from 21 pages, 45 without an
    # event (10 headlines), 114 with one, 190 labelled events, 99 of them visits, meetings, summits or
    # calls and 40 launches or exercises (counted when it was labelled, before any code change of the round)
    rows = read_prose(FIXTURES / "heldout18_prose.tsv")
    assert all(row.url.startswith(("http://", "https://")) for row in rows)
    assert len({row.url for row in rows}) == 21
    quiet = [row for row in rows if not row.events]
    assert len(quiet) == 45 and len(rows) - len(quiet) == 114
    assert sum(row.kind == "headline" for row in rows) == 10
    events = [event for row in rows for event in row.events]
    assert len(events) == 190
    assert sum("CONSULT" in e.types for e in events) == 99
    assert sum("MOBILIZE" in e.types for e in events) == 40
    earlier = {row.url for path in FIXTURES.glob("*_prose.tsv") if path.name != "heldout18_prose.tsv" for row in read_prose(path)}
    assert not earlier & {row.url for row in rows}


def test_heldout19_layout():
    # held-out 19 (issue 13, sixteenth round) measures visits, meetings, calls and launches in analysis,
    # opinion and news on a middle power's diplomacy between great powers (Prabowo's first tour),
    # presidential tours and state visits (Obama in Asia, Trump and Xi) and missile tests (India, Iran,
    # North Korea): 177 rows from 26 pages, 56 without an event (11 headlines), 121 with one, 203 labelled
    # events, 108 of them visits, meetings, summits or calls and 49 launches or exercises (counted when it
    # was labelled, before any code change of the round)
    rows = read_prose(FIXTURES / "heldout19_prose.tsv")
    assert all(row.url.startswith(("http://", "https://")) for row in rows)
    assert len({row.url for row in rows}) == 26
    quiet = [row for row in rows if not row.events]
    assert len(quiet) == 56 and len(rows) - len(quiet) == 121
    assert sum(row.kind == "headline" for row in rows) == 11
    events = [event for row in rows for event in row.events]
    assert len(events) == 203
    assert sum("CONSULT" in e.types for e in events) == 108
    assert sum("MOBILIZE" in e.types for e in events) == 49
    earlier = {row.url for path in FIXTURES.glob("*_prose.tsv") if path.name != "heldout19_prose.tsv" for row in read_prose(path)}
    assert not earlier & {row.url for row in rows}


def test_heldout20_layout():
    # held-out 20 (issue 13, seventeenth round) measures false events in opinion, editorials and analysis
    # on states' diplomacy (visits, meetings and missile tests they comment on): 133 rows from 17 pages,
    # 98 without an event (14 headlines), 35 with one, 62 labelled events, 45 of them visits, meetings,
    # summits or calls (CONSULT among their types) and 2 launches (counted when it was labelled, before
    # any code change of the round)
    rows = read_prose(FIXTURES / "heldout20_prose.tsv")
    assert all(row.url.startswith(("http://", "https://")) for row in rows)
    assert len({row.url for row in rows}) == 17
    quiet = [row for row in rows if not row.events]
    assert len(quiet) == 98 and len(rows) - len(quiet) == 35
    assert sum(row.kind == "headline" for row in rows) == 14
    events = [event for row in rows for event in row.events]
    assert len(events) == 62
    assert sum("CONSULT" in e.types for e in events) == 45
    assert sum("MOBILIZE" in e.types for e in events) == 2
    earlier = {row.url for path in FIXTURES.glob("*_prose.tsv") if path.name != "heldout20_prose.tsv" for row in read_prose(path)}
    assert not earlier & {row.url for row in rows}


def test_heldout21_layout():
    # held-out 21 (issue 13, eighteenth round) measures visits, meetings and summits named in opinion,
    # editorials and analysis on states' diplomacy (Korea, Japan, China and the US): 109 rows from 14
    # pages, 44 without an event (9 headlines), 65 with one, 104 labelled events, 88 of them visits,
    # meetings, summits or calls (CONSULT among their types), no launches (counted when it was labelled,
    # before any code change of the round)
    rows = read_prose(FIXTURES / "heldout21_prose.tsv")
    assert all(row.url.startswith(("http://", "https://")) for row in rows)
    assert len({row.url for row in rows}) == 14
    quiet = [row for row in rows if not row.events]
    assert len(quiet) == 44 and len(rows) - len(quiet) == 65
    assert sum(row.kind == "headline" for row in rows) == 9
    events = [event for row in rows for event in row.events]
    assert len(events) == 104
    assert sum("CONSULT" in e.types for e in events) == 88
    assert not any("MOBILIZE" in e.types for e in events)
    earlier = {row.url for path in FIXTURES.glob("*_prose.tsv") if path.name != "heldout21_prose.tsv" for row in read_prose(path)}
    assert not earlier & {row.url for row in rows}


def test_heldout22_layout():
    # held-out 22 (issue 13, nineteenth round) measures false events in editorials and opinion on a
    # middle power's diplomacy between great powers (Yoon's 2022-2024 summits with the US, Japan and
    # China, Pelosi's 2022 trip, Wang Yi's and Yang Jiechi's visits to Korea): 90 rows from 11 pages,
    # 46 without an event (10 headlines), 44 with one, 89 labelled events, 82 of them visits, meetings,
    # summits or calls (CONSULT among their types) and 2 launches or shows of force (counted when it
    # was labelled, before any code change of the round)
    rows = read_prose(FIXTURES / "heldout22_prose.tsv")
    assert all(row.url.startswith(("http://", "https://")) for row in rows)
    assert len({row.url for row in rows}) == 11
    quiet = [row for row in rows if not row.events]
    assert len(quiet) == 46 and len(rows) - len(quiet) == 44
    assert sum(row.kind == "headline" for row in rows) == 10
    events = [event for row in rows for event in row.events]
    assert len(events) == 89
    assert sum("CONSULT" in e.types for e in events) == 82
    assert sum("MOBILIZE" in e.types for e in events) == 2
    earlier = {row.url for path in FIXTURES.glob("*_prose.tsv") if path.name != "heldout22_prose.tsv" for row in read_prose(path)}
    assert not earlier & {row.url for row in rows}


def test_heldout23_layout():
    # held-out 23 (issue 13, twentieth round) measures false events in editorials and opinion on a middle
    # power's diplomacy between great powers (Albanese's 2022 and 2023 meetings with Xi, Kishida's 2023
    # and 2024 summits with Biden, Prabowo's 2024 trips, Modi's 2014 and 2023 visits to the US, Erdogan's
    # 2022 talks with Putin): 95 rows from 11 pages, 67 without an event (10 headlines), 28 with one, 39
    # labelled events, all visits, meetings, summits or calls (CONSULT among their types), no launch
    # (counted when it was labelled, before any code change of the round)
    rows = read_prose(FIXTURES / "heldout23_prose.tsv")
    assert all(row.url.startswith(("http://", "https://")) for row in rows)
    assert len({row.url for row in rows}) == 11
    quiet = [row for row in rows if not row.events]
    assert len(quiet) == 67 and len(rows) - len(quiet) == 28
    assert sum(row.kind == "headline" for row in rows) == 10
    events = [event for row in rows for event in row.events]
    assert len(events) == 39
    assert sum("CONSULT" in e.types for e in events) == 39
    assert sum("MOBILIZE" in e.types for e in events) == 0
    earlier = {row.url for path in FIXTURES.glob("*_prose.tsv") if path.name != "heldout23_prose.tsv" for row in read_prose(path)}
    assert not earlier & {row.url for row in rows}


def test_heldout24_layout():
    # held-out 24 (issue 13, twenty-first round) measures missed visits and meetings in editorials and
    # opinion on states' summits and visits (Trump's 2019 and 2025 state visits to Britain, Xi's 2013
    # Sunnylands summit and 2015 state visit, Modi's 2017 Russia talks, the 2014 US-Africa summit):
    # 59 rows from 11 pages, 42 without an event (14 headlines), 17 with one, 20 labelled events, all
    # visits, meetings or summits (CONSULT among their types), no launch (counted when it was labelled,
    # before any code change of the round)
    rows = read_prose(FIXTURES / "heldout24_prose.tsv")
    assert all(row.url.startswith(("http://", "https://")) for row in rows)
    assert len({row.url for row in rows}) == 11
    quiet = [row for row in rows if not row.events]
    assert len(quiet) == 42 and len(rows) - len(quiet) == 17
    assert sum(row.kind == "headline" for row in rows) == 14
    events = [event for row in rows for event in row.events]
    assert len(events) == 20
    assert sum("CONSULT" in e.types for e in events) == 20
    assert sum("MOBILIZE" in e.types for e in events) == 0
    earlier = {row.url for path in FIXTURES.glob("*_prose.tsv") if path.name != "heldout24_prose.tsv" for row in read_prose(path)}
    assert not earlier & {row.url for row in rows}
