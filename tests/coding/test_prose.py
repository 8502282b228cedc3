"""Scores on the cited real-prose sets (tests/fixtures/coding/). The dev set's floors are development
figures (its errors were read while the coder was changed); the held-out set is only read and checked
for its layout here, its scores are reported in docs/coding.md."""

from functools import cache
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
    # labels round 21 made D038 (a summit Japan only sought and floated) `-`: the coder's two CONSULT records on it
    # are false events now, 1 in 41 -> 3 in 42 (0.024 -> 0.071)
    assert dev["false events per non-event sentence"] <= 0.08
    assert dev["sentences reporting an event: precision"] >= 0.9
    assert dev["visits and meetings found (dyad and type)"] >= 0.5
    assert dev["labelled events found (dyad and type)"] >= 0.4


@pytest.mark.parametrize("name", ["dev_prose.tsv", "heldout_prose.tsv", "eventness_train.tsv", "eventness_heldout.tsv", "heldout8_prose.tsv",
                                  "heldout9_prose.tsv"])
def test_sets_cite_every_row_and_have_non_events(name):
    rows = read_prose(FIXTURES / name)
    assert all(row.url.startswith(("http://", "https://")) for row in rows)
    quiet = [row for row in rows if not row.events]
    assert len(quiet) >= 12 and len(rows) - len(quiet) >= 25  # eventness_heldout: 13 since labels round 3 (K013), 12 since labels round 22 (K017)


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
    # 46 without an event, 14 with one, 22 labelled events (counted by hand when it was labelled; labels round 8
    # added Y012's reporting party, `USA>- STATEMENT` beside the launch it reports: 23 events)
    rows = read_prose(FIXTURES / "heldout11_prose.tsv")
    assert all(row.url.startswith(("http://", "https://")) for row in rows)
    assert len({row.url for row in rows}) >= 7
    quiet = [row for row in rows if not row.events]
    assert len(quiet) == 46 and len(rows) - len(quiet) == 14
    assert sum(len(row.events) for row in rows) == 23


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


# The held-out sets of the issue 13 rounds, as counted by hand when each was labelled, before any code
# change of its round: rows' pages, rows without and with an event, headlines, labelled events and the
# events of some types; "disjoint": the layout test also checks that no other prose set cites its pages.
HELDOUT_LAYOUTS = [
    # held-out 12 (ninth round): visits, meetings and their false events in news and opinion on diplomacy
    # (labels round 10: Z126: a reported type of the launched weapon: the act added beside the report; quiet was 39, events 137, types {})
    # (labels round 13: Z025: the article's own meeting, visit or act told by its noun, a plan or a withheld detail labelled as that event; quiet was 39, events 138)
    # (labels round 19: the article's own meeting named by its noun: Z077 relabelled `-` -> the article's meeting or visit (1 label); quiet was 38, events 139)
    dict(name="heldout12_prose.tsv", pages=17, quiet=37, eventful=89, headlines=None, events=140, types={},
         disjoint=False),
    # held-out 13 (tenth round): visits, meetings, calls, launches, exercises and sanctions in news and opinion
    # (labels round 7: M014 relabelled from no event to the article's own event (one party's emphasis, a welcome or a
    # first visit); quiet was 42, events 154)
    # (labels round 8: M022, M029: the reporting party's `SRC>- STATEMENT` added beside the act it reports; quiet was
    # 41, events 155)
    # (labels round 9: M135: planned topics of the article's announced or under-way meeting labelled as that meeting; quiet was 41, events 157, types {"CONSULT": 73, "MOBILIZE": 14, "COOPERATE": 10, "SANCTION": 8, "STATEMENT": 24})
    dict(name="heldout13_prose.tsv", pages=16, quiet=40, eventful=97, headlines=6, events=158,
         types={"CONSULT": 74, "MOBILIZE": 14, "COOPERATE": 10, "SANCTION": 8, "STATEMENT": 24}, disjoint=False),
    # held-out 14 (eleventh round): visits, meetings and launches in news, analysis and opinion
    # (labels round 8: N112: the reporting party's `SRC>- STATEMENT` on a report of another party's launch, no event ->
    # the report; quiet was 75, events 143)
    # (labels round 10: N176, N178: the doer's own state media or agency: the doer's `SRC>- STATEMENT` added beside its act; N112: a reported detail of the act's flight: the act added beside the report; quiet was 74, events 144, types {"CONSULT": 63, "MOBILIZE": 26})
    # (labels round 18: counted series of acts: N118 ("Pyongyang has launched a flurry of missiles since last month.") relabelled `PRK>- MOBILIZE` -> `-`; quiet was 74, events 147, MOBILIZE 27)
    dict(name="heldout14_prose.tsv", pages=20, quiet=75, eventful=106, headlines=17, events=146,
         types={"CONSULT": 63, "MOBILIZE": 26}, disjoint=False),
    # held-out 15 (twelfth round): visits, meetings and launches whose parties the surrounding article names
    # (labels round 8: O022, O024, O030: the reporting party's `SRC>- STATEMENT` added beside the act it reports; quiet
    # was 39, events 190)
    # (labels round 9: O038, O040: planned topics of the article's announced or under-way meeting labelled as that meeting; a trilateral meeting's pair between the two partners added or the meeting labelled; quiet was 39, events 193, types {"CONSULT": 112, "MOBILIZE": 18, "STATEMENT": 30})
    # (labels round 10: O032: the doer's own report: the doer's `SRC>- STATEMENT` added beside its act; O029: the doer's own state media or agency: the doer's `SRC>- STATEMENT` added beside its act; quiet was 37, events 199, types {"CONSULT": 118, "MOBILIZE": 18, "STATEMENT": 30})
    # (labels round 14: O038: headline rows `-`, whatever they tell; quiet was 37, events 201, types {"CONSULT": 118, "MOBILIZE": 18, "STATEMENT": 32})
    dict(name="heldout15_prose.tsv", pages=21, quiet=38, eventful=122, headlines=16, events=198,
         types={"CONSULT": 115, "MOBILIZE": 18, "STATEMENT": 32}, disjoint=False),
    # held-out 16 (thirteenth round): visits, meetings, calls and launches from other regions than most
    # earlier sets
    dict(name="heldout16_prose.tsv", pages=21, quiet=40, eventful=112, headlines=14, events=162,
         types={"CONSULT": 97, "MOBILIZE": 21}, disjoint=True),
    # held-out 17 (fourteenth round): missile launches and tests (China, Iran, Pakistan, India, Russia,
    # North Korea) besides visits, meetings and calls
    # (labels round 10: L002, L006: the doer's own state media or agency: the doer's `SRC>- STATEMENT` added beside its act; quiet was 32, events 184, types {"CONSULT": 73, "MOBILIZE": 67})
    # (labels round 12: L026: a medium citing the doer's own organ's sources: `IND>- STATEMENT` added; quiet was 32, events 186, types {"CONSULT": 73, "MOBILIZE": 67})
    # (labels round 17: acts summed up over a span: L044: `PRK>- MOBILIZE` ("amid multiple tests by North Korea") removed; events 187, MOBILIZE 67)
    # (labels round 18: counted series of acts: L044 ("The ICBM test comes after America tested two of its own Minutemen III missiles earlier this year, ..."): `USA>- MOBILIZE` removed, `RUS>- MOBILIZE` kept; events 186, MOBILIZE 66)
    dict(name="heldout17_prose.tsv", pages=20, quiet=32, eventful=106, headlines=9, events=185,
         types={"CONSULT": 73, "MOBILIZE": 65}, disjoint=True),
    # held-out 18 (fifteenth round): a state's diplomacy (Vietnam, Turkey's Gulf tour, ASEAN meetings, Modi's
    # neighbourhood, trilateral summits, North Korean launches); MOBILIZE counts launches and exercises
    # (labels round 14: T031: headline rows `-`, whatever they tell; quiet was 44, events 193, types {"CONSULT": 102, "MOBILIZE": 40})
    # (labels round 17: acts summed up over a span: T070 ("After firing 68 missiles, including eight ICBMs, last year, ...") relabelled `PRK>- MOBILIZE` -> `-`; quiet was 45, events 190, MOBILIZE 40)
    # (labels round 18: counted series of acts: T109 ("The country conducted four missile tests last week and a total of 23 since January."): one of its two `PRK>- MOBILIZE` removed (the 23 since January); events 189, MOBILIZE 39)
    # (labels round 19: the article's own meeting named by its noun: T133 relabelled `-` -> the article's meeting or visit (5 labels); quiet was 46, events 188, types {"CONSULT": 99, "MOBILIZE": 38})
    # (labels round 22: a launch analysed under a modal or hedge: T075 `-` -> `PRK>- MOBILIZE`; quiet was 45, events 193, MOBILIZE 38)
    dict(name="heldout18_prose.tsv", pages=21, quiet=44, eventful=115, headlines=10, events=194,
         types={"CONSULT": 104, "MOBILIZE": 39}, disjoint=True),
    # held-out 19 (sixteenth round): a middle power's diplomacy between great powers (Prabowo's first tour),
    # presidential tours and state visits (Obama in Asia, Trump and Xi), missile tests (India, Iran, North Korea)
    # (labels round 7: G095 relabelled from no event to the article's own event (one party's emphasis, a welcome or a
    # first visit); quiet was 54, events 208)
    # (labels round 10: G166: the doer's own report: the doer's `SRC>- STATEMENT` added beside its act; G162: the doer's own state media or agency: the doer's `SRC>- STATEMENT` added beside its act; quiet was 53, events 209, types {"CONSULT": 114, "MOBILIZE": 49})
    # (labels round 15: a state's own sources: G141: `IND>- STATEMENT` added; quiet was 53, events 211)
    # (labels round 17: acts summed up over a span: G154 ("... test-fired 38 ballistic and three cruise missiles this year.") relabelled `PRK>- MOBILIZE` -> `-`; quiet was 53, events 212, MOBILIZE 49)
    dict(name="heldout19_prose.tsv", pages=26, quiet=54, eventful=123, headlines=11, events=211,
         types={"CONSULT": 114, "MOBILIZE": 48}, disjoint=True),
    # held-out 20 (seventeenth round): false events in opinion, editorials and analysis on states' diplomacy
    # (labels round 6: J073 relabelled from no event to their own or an earlier meeting, call or visit; quiet was 96,
    # events 70)
    # (labels round 7: J075 relabelled from no event to the article's own event (one party's emphasis, a welcome or a
    # first visit); quiet was 95, events 74)
    # (labels round 9: J013: planned topics of the article's announced or under-way meeting labelled as that meeting; quiet was 94, events 78, types {"CONSULT": 61, "MOBILIZE": 2})
    # (labels round 13: J045: the article's own meeting, visit or act told by its noun, a plan or a withheld detail labelled as that event; quiet was 93, events 79, types CONSULT 62)
    # (labels round 14: J073: headline rows `-`, whatever they tell; quiet was 92, events 80, types {"CONSULT": 63, "MOBILIZE": 2})
    # (labels round 19: the article's own meeting named by its noun: J007, J040, J044 relabelled `-` -> the article's meeting or visit (4 labels); quiet was 93, events 76, types {"CONSULT": 59, "MOBILIZE": 2})
    dict(name="heldout20_prose.tsv", pages=17, quiet=90, eventful=43, headlines=14, events=80,
         types={"CONSULT": 63, "MOBILIZE": 2}, disjoint=True),
    # held-out 21 (eighteenth round): visits, meetings and summits named in opinion, editorials and analysis
    # on Korea, Japan, China and the US
    # (labels round 14: I067, I087: headline rows `-`, whatever they tell; quiet was 42, events 106, types {"CONSULT": 90, "MOBILIZE": 0})
    dict(name="heldout21_prose.tsv", pages=14, quiet=44, eventful=65, headlines=9, events=104,
         types={"CONSULT": 88, "MOBILIZE": 0}, disjoint=True),
    # held-out 22 (nineteenth round): false events in editorials on a middle power's diplomacy (Yoon's
    # 2022-2024 summits with the US, Japan and China, Pelosi's 2022 trip, Wang Yi's and Yang Jiechi's visits)
    # (labels round 18: counted series of acts: K029 ("North Korea has fired various types of missiles 18 times so far this year ...") relabelled `PRK>- MOBILIZE` -> `-`; quiet was 46, events 89, MOBILIZE 2)
    dict(name="heldout22_prose.tsv", pages=11, quiet=47, eventful=43, headlines=10, events=88,
         types={"CONSULT": 82, "MOBILIZE": 1}, disjoint=True),
    # held-out 23 (twentieth round): false events in editorials and opinion on a middle power's diplomacy
    # (Albanese with Xi, Kishida with Biden, Prabowo's trips, Modi in the US, Erdogan with Putin)
    dict(name="heldout23_prose.tsv", pages=11, quiet=67, eventful=28, headlines=10, events=39,
         types={"CONSULT": 39, "MOBILIZE": 0}, disjoint=True),
    # held-out 24 (twenty-first round): missed visits and meetings in editorials on summits and state visits
    # (Trump in Britain, Xi at Sunnylands and in Washington, Modi in Russia, the 2014 US-Africa summit)
    # (labels round 14: j010: headline rows `-`, whatever they tell; quiet was 41, events 21, types {"CONSULT": 21, "MOBILIZE": 0})
    dict(name="heldout24_prose.tsv", pages=11, quiet=42, eventful=17, headlines=14, events=20,
         types={"CONSULT": 20, "MOBILIZE": 0}, disjoint=True),
    # held-out 25 (twenty-second round): visits, meetings and missile launches among many non-event sentences in
    # editorials and opinion from other regions (Iran's launches, Modi in the Gulf, Erdogan in Africa, Macron in China)
    # (labels round 14: L059: headline rows `-`, whatever they tell; quiet was 83, events 40, types {"CONSULT": 30, "MOBILIZE": 6})
    dict(name="heldout25_prose.tsv", pages=13, quiet=84, eventful=21, headlines=15, events=33,
         types={"CONSULT": 23, "MOBILIZE": 6}, disjoint=True),
    # held-out 26 (twenty-third round): missile, rocket, satellite and hypersonic launches and tests by Russia,
    # Iran, India, Pakistan, the US, South Korea, China and North Korea in news and editorials
    dict(name="heldout26_prose.tsv", pages=18, quiet=43, eventful=66, headlines=9, events=106,
         types={"MOBILIZE": 71, "STATEMENT": 27, "CONSULT": 0}, disjoint=True),
    # held-out 27 (twenty-fourth round): visits and meetings among many non-event sentences in opinion and
    # analysis (Biden in Jeddah, Xi in Moscow and Europe, Lula in Beijing, Kishida in Africa, Modi in Kyiv,
    # Ramaphosa and Zelensky in the Oval Office, Putin in Mongolia)
    dict(name="heldout27_prose.tsv", pages=14, quiet=48, eventful=36, headlines=4, events=50,
         types={"CONSULT": 43, "MOBILIZE": 0}, disjoint=True),
    # held-out 28 (twenty-fifth round): false events in editorials, opinion and analysis on states' diplomacy
    # (Pakistan's leaders in Washington, Marcos at ASEAN, Kim and Putin, the Saudi-Iran deal, Li in Africa,
    # Scholz and Lula in China); many non-event sentences, the visits and meetings they report labelled
    dict(name="heldout28_prose.tsv", pages=14, quiet=54, eventful=18, headlines=12, events=24,
         types={"CONSULT": 23, "ACCUSE": 1, "MOBILIZE": 0}, disjoint=True),
    # held-out 29 (twenty-sixth round): leaders' trips, stopovers, arrivals and meetings in news and opinion from
    # South Asia, Africa, the Gulf, Europe, Latin America and Australasia, with many non-event sentences
    # (labels round 6: Y018 relabelled from no event to their own or an earlier meeting, call or visit; quiet was 76,
    # events 95)
    # (labels round 7: Y028 relabelled from no event to the article's own event (one party's emphasis, a welcome or a
    # first visit); quiet was 75, events 96)
    dict(name="heldout29_prose.tsv", pages=22, quiet=74, eventful=74, headlines=13, events=97,
         types={"CONSULT": 97, "MOBILIZE": 0}, disjoint=True),
    # held-out 30 (twenty-seventh round): missile, rocket, satellite and hypersonic launches and tests whose
    # launcher is often named only in an earlier sentence (North Korea, Pakistan, Iran, India, Russia, China,
    # the US) in news, editorials and opinion, with the non-event sentences around them
    # (labels round 8: X082: the reporting party's `SRC>- STATEMENT` added beside the act it reports; quiet was 32,
    # events 82)
    # (labels round 15: a state's own sources: X051: the unnamed sources' `STATEMENT` removed; quiet was 32, events 83, types {"MOBILIZE": 58, "STATEMENT": 23, "CONSULT": 1, "ACCUSE": 1})
    dict(name="heldout30_prose.tsv", pages=16, quiet=32, eventful=59, headlines=4, events=82,
         types={"MOBILIZE": 58, "STATEMENT": 22, "CONSULT": 1, "ACCUSE": 1}, disjoint=True),
    # held-out 31 (twenty-eighth round): hosts, guests, courtesy calls, talks and tours in news, blogs and opinion
    # from East Africa, the Gulf, Southeast Asia, Australia, China and the Koreas, the US and Argentina
    dict(name="heldout31_prose.tsv", pages=21, quiet=59, eventful=68, headlines=12, events=91,
         types={"CONSULT": 91, "MOBILIZE": 0}, disjoint=True),
    # held-out 32 (twenty-ninth round): the headline case, opinion, editorials and analysis on South Korea's
    # diplomacy in 2025-26 (Lee's calls, his Tokyo, Washington and Beijing trips, the Gyeongju APEC summits)
    # (labels round 6: KR044 relabelled from no event to their own or an earlier meeting, call or visit; quiet was 40,
    # events 61)
    # (labels round 7: KR048 relabelled from no event to the article's own event (one party's emphasis, a welcome or a
    # first visit); quiet was 39, events 62)
    # (labels round 9: KR066, KR068: planned topics of the article's announced or under-way meeting labelled as that meeting; quiet was 38, events 63, types {"CONSULT": 51, "AGREE": 18, "MOBILIZE": 2})
    # (labels round 12: KR077: the doer's own state agency (KCNA) on its launch: `PRK>- STATEMENT` added; quiet was 36, events 65, types {"CONSULT": 53, "AGREE": 20, "MOBILIZE": 2})
    dict(name="heldout32_prose.tsv", pages=15, quiet=36, eventful=45, headlines=6, events=66,
         types={"CONSULT": 53, "AGREE": 20, "MOBILIZE": 2}, disjoint=True),
    # held-out 33 (thirtieth round): editorials, opinion and analysis on the Biden-Xi summits of 2021 and 2023 and
    # Modi's July 2024 visit to Moscow, whose meetings are told over several sentences ("the summit", "their talks")
    dict(name="heldout33_prose.tsv", pages=7, quiet=21, eventful=22, headlines=4, events=24,
         types={"CONSULT": 24, "AGREE": 1, "MOBILIZE": 0}, disjoint=True),
    # held-out 34 (thirty-first round): opinion, analysis and features whose visits and meetings are told through
    # their ceremony (landings, greetings, salutes, dinners, walks) and by parties the article named earlier
    dict(name="heldout34_prose.tsv", pages=13, quiet=55, eventful=44, headlines=10, events=48,
         types={"CONSULT": 48, "AGREE": 4, "MOBILIZE": 0}, disjoint=True),
    # held-out 35 (coder round 32, false events): think-tank analysis, op-eds, editorials and blogs on the Gulf,
    # Macron and Xi's trips, Xi's 2013 Africa tour, the 2014 US-Africa summit and the Japan-Philippines pact
    dict(name="heldout35_prose.tsv", pages=11, quiet=66, eventful=20, headlines=6, events=26,
         types={"CONSULT": 26, "AGREE": 4, "MOBILIZE": 0}, disjoint=True),
    # held-out 36 (coder round 33, hospitality and ceremony): opinion columns, blogs and features on red carpets,
    # gun salutes, state banquets, royal welcomes and Modi's hugs
    dict(name="heldout36_prose.tsv", pages=14, quiet=84, eventful=39, headlines=11, events=49,
         types={"CONSULT": 49, "AGREE": 3, "MOBILIZE": 0}, disjoint=True),
    # held-out 37 (coder round 34, every missile launch and test): editorials, opinion, analysis and news features
    # on launches by North Korea, Iran, the Houthis, Russia, China and Pakistan, with the non-event sentences around them
    # (labels round 10: MS071: footage shown with no words: the `SRC>- STATEMENT` removed; quiet was 55, events 113, types {"MOBILIZE": 71, "STATEMENT": 35, "ACCUSE": 3, "CONSULT": 1})
    dict(name="heldout37_prose.tsv", pages=22, quiet=55, eventful=74, headlines=10, events=112,
         types={"MOBILIZE": 71, "STATEMENT": 34, "ACCUSE": 3, "CONSULT": 1}, disjoint=True),
    # held-out 39 (coder round 36, parties named by a title, a role or a list): opinion, blogs, analysis and features
    # on royal and Gulf state visits (the Emir, the Crown Prince, the Sultan, the Queen at the White House)
    # held-out 40 (coder round 37, second party and second event; parties named earlier): news features, opinion and
    # analysis on leaders' multi-stop trips (Modi 2016/2017, Singh 2009, Obama 2010/2014, Xi 2022, Kim 2018), with
    # the non-event sentences around them; counted by hand when labelled
    # (labels round 14: q033: headline rows `-`, whatever they tell; quiet was 42, events 105, types {"CONSULT": 98, "AGREE": 4, "REJECT": 1})
    # (labels round 19: the article's own meeting named by its noun: q061, q069 relabelled `-` -> the article's meeting or visit (5 labels); quiet was 43, events 104, types {"CONSULT": 97, "AGREE": 4, "REJECT": 1})
    dict(name="heldout40_prose.tsv", pages=14, quiet=41, eventful=62, headlines=3, events=109,
         types={"CONSULT": 102, "AGREE": 4, "REJECT": 1}, disjoint=True),
    # (labels round 6: o005 relabelled from no event to their own or an earlier meeting, call or visit; quiet was 43,
    # events 77)
    # (labels round 11: o010, o011 relabelled to the tour and "may" convention; quiet was 42,
    # events 78, types {"CONSULT": 78, "AGREE": 0, "MOBILIZE": 0})
    # (labels round 19: the article's own meeting named by its noun: o004 relabelled `-` -> the article's meeting or visit (1 label); quiet was 41, events 88, types {"CONSULT": 88, "AGREE": 0, "MOBILIZE": 0})
    dict(name="heldout39_prose.tsv", pages=14, quiet=40, eventful=69, headlines=6, events=89,
         types={"CONSULT": 89, "AGREE": 0, "MOBILIZE": 0}, disjoint=True),
    # held-out 38 (coder round 35, the headline case again): editorials, opinion and analysis on South Korea's
    # diplomacy with the USA, China and Japan in 2025-26, with the non-event sentences around its visits and meetings
    dict(name="heldout38_prose.tsv", pages=11, quiet=36, eventful=45, headlines=2, events=68,
         types={"CONSULT": 59, "AGREE": 24, "ACCUSE": 3}, disjoint=True),
    # held-out 41 (coder round 38, launches, second pass): opinion, analysis, blogs and news features on North
    # Korean and Iranian launches (2008-2022), with the non-event sentences around them
    dict(name="heldout41_prose.tsv", pages=14, quiet=34, eventful=58, headlines=13, events=92,
         types={"MOBILIZE": 54, "STATEMENT": 22, "ACCUSE": 8, "CONSULT": 2}, disjoint=True),
    # held-out 42 (coder round 39, false events in opinion and features on leaders' trips): editorials, opinion,
    # blogs and analysis on Obama's Asia trips (2009, 2011, 2012), Xi's 2024 European tour and Trudeau's 2016
    # Washington visit, most of their sentences without an event; counted by hand when labelled
    # (labels round 6: g054 relabelled from no event to their own or an earlier meeting, call or visit; quiet was 54,
    # events 45)
    # (labels round 11: g004, g005, g045, g056 relabelled to the tour and "may" convention; quiet was 53,
    # events 48, types {"CONSULT": 47, "AGREE": 1})
    # (labels round 19: the article's own meeting named by its noun: g020, g050 relabelled `-` -> the article's meeting or visit (5 labels); quiet was 49, events 58, types {"CONSULT": 57, "AGREE": 1})
    dict(name="heldout42_prose.tsv", pages=8, quiet=47, eventful=36, headlines=7, events=63,
         types={"CONSULT": 62, "AGREE": 1}, disjoint=True),
    # held-out 43 (coder round 40, parties named by a title, second pass): Jordan's Royal Court, Khaleej Times,
    # Gulf News and Emirates Business on Gulf royal visits, VOV, Arab News and People's Daily on Kerry's first trip
    # as secretary of state, Tasnim via kaaf.at and Lokmat on Saudi foreign ministers' meetings; counted by hand
    # (labels round 11: r027, r035 relabelled to the tour and "may" convention; quiet was 20,
    # events 84, types {"CONSULT": 84})
    # (labels round 14: r001, r014, r047: headline rows `-`, whatever they tell; quiet was 18, events 102, types {"CONSULT": 102})
    # (labels round 19: the article's own meeting named by its noun: r018, r020 relabelled `-` -> the article's meeting or visit (2 labels); quiet was 21, events 99, types {"CONSULT": 99})
    dict(name="heldout43_prose.tsv", pages=9, quiet=19, eventful=38, headlines=5, events=101,
         types={"CONSULT": 101}, disjoint=True),
    # held-out 44 (coder round 41, visits and meetings told through nouns, ceremony and parties named earlier): The
    # Australian, the Star (2018, 2023), Asia Times, the Spectator, Table.Media, the Jakarta Post, Strategic Analysis
    # Australia, the Guardian (via bvi.org), a translated feature (via spamchronicles) and News India Times on Albanese, Anwar,
    # Scholz, Prabowo and Lula in Beijing and Modi in Washington; counted by hand when labelled
    # (labels round 14: r020, r034, r065: headline rows `-`, whatever they tell; quiet was 32, events 84, types {"CONSULT": 82, "STATEMENT": 1})
    dict(name="heldout44_prose.tsv", pages=12, quiet=35, eventful=62, headlines=3, events=81,
         types={"CONSULT": 79, "STATEMENT": 1}, disjoint=True),
    # held-out 45 (coder round 42, launches, third pass): an Asahi editorial, news analysis, blogs and reports on
    # North Korean, Iranian, Houthi, Indian, Chinese and Russian launches (2003-2022), with the sentences around them
    # (labels round 12: LZ043: "Iranian media" (no state cue) on its state's act: `IRN>- STATEMENT` removed; quiet was 44, events 102, types {"MOBILIZE": 71, "STATEMENT": 25, "ASSAULT": 13, "ACCUSE": 4, "CONSULT": 0})
    # (labels round 15: a state's own sources: LZ066: the unnamed sources' `STATEMENT` removed; LZ068: the unnamed sources' `STATEMENT` removed; quiet was 44, events 101, types {"MOBILIZE": 71, "STATEMENT": 24, "ASSAULT": 13, "ACCUSE": 4, "CONSULT": 0})
    dict(name="heldout45_prose.tsv", pages=16, quiet=44, eventful=69, headlines=11, events=99,
         types={"MOBILIZE": 71, "STATEMENT": 22, "ASSAULT": 13, "ACCUSE": 4, "CONSULT": 0}, disjoint=True),
    # held-out 46 (coder round 43, the headline case, third pass): think-tank analysis (KEIA, Korea On Point), editorials
    # (Yomiuri, China Daily), news analysis and commentary on South Korea between the USA, China and Japan in 2025-26,
    # most of its sentences without an event; counted by hand when labelled
    # (labels round 6: KT055 relabelled from no event to their own or an earlier meeting, call or visit; quiet was 64,
    # events 68)
    dict(name="heldout46_prose.tsv", pages=15, quiet=63, eventful=43, headlines=8, events=69,
         types={"CONSULT": 56, "AGREE": 22, "MOBILIZE": 5, "STATEMENT": 3}, disjoint=True),
    # held-out 47 (coder round 44, visits and meetings whose party is a pronoun or named earlier, later places of a
    # tour): a VOA editorial and a blog on Obama's 2015 Kenya-Ethiopia trip, Asharq Al-Awsat on Shoukry's 2017 Arab
    # tour, Al-Ahed and The News on Amir-Abdollahian's 2023 Gulf tour, MercoPress and Siasat on Clinton's 2010 Latin
    # America tour, Tellerreport on Scholz's 2023 South America trip, People's Daily on Xi's 2015 US state visit,
    # allnewspress on Kishida's 2023 Seoul visit, the Japanese government on Abe at PyeongChang, VOV on Nguyen Tan
    # Dung in Vientiane and news.am on Tillerson in Beijing; counted by hand when labelled
    # (labels round 11: v010 relabelled to the tour and "may" convention; quiet was 23,
    # events 100, types {"CONSULT": 95, "STATEMENT": 3, "THREATEN": 2})
    # (labels round 14: v008, v065, v081: headline rows `-`, whatever they tell; quiet was 23, events 101, types {"CONSULT": 96, "STATEMENT": 3, "THREATEN": 2})
    dict(name="heldout47_prose.tsv", pages=13, quiet=26, eventful=63, headlines=3, events=97,
         types={"CONSULT": 92, "STATEMENT": 3, "THREATEN": 2}, disjoint=True),
    # held-out 48 (coder round 45, false events in opinion and analysis, third pass): editorials, columns, think-tank
    # commentary and analysis on NATO and Ukraine, India-China, Iran and Saudi Arabia, Lula's South America, Marcos and
    # the South China Sea, and the AU in China, most of their sentences without an event; counted by hand when labelled
    dict(name="heldout48_prose.tsv", pages=18, quiet=106, eventful=16, headlines=6, events=22,
         types={"CONSULT": 19, "AGREE": 8}, disjoint=True),
    # held-out 49 (coder round 46, launches, fourth pass: launches told through their report, footage or site, launch
    # nouns in comment): editorials and opinion (Jordan Times, The Statesman, SCMP, New America), ABC analysis, a blog,
    # the NY Daily News and pledgetimes on launch footage, CSIS Missile Threat on imagery of an Iranian launch site, NBC
    # (via milavia), rediff and IBTimes on China's reactions to Agni-V, OWP, Antiwar.com on the Houthis and Spacedaily on
    # Pakistan's 2003 Shaheen test, with the non-event sentences around them; counted by hand when labelled
    # (labels round 15: a state's own sources: NK079: `USA>- STATEMENT` added; NK080: `USA>- STATEMENT` added; quiet was 49, events 92, types {"MOBILIZE": 65, "STATEMENT": 18, "ACCUSE": 4, "ASSAULT": 4, "THREATEN": 3, "CONSULT": 1})
    dict(name="heldout49_prose.tsv", pages=15, quiet=49, eventful=65, headlines=12, events=94,
         types={"MOBILIZE": 65, "STATEMENT": 20, "ACCUSE": 4, "ASSAULT": 4, "THREATEN": 3, "CONSULT": 1}, disjoint=True),
    # held-out 50 (coder round 47, visits told from the host's side): readouts and features on receptions, welcomes,
    # banquets and talks in the host's capital (Ada Derana and rediff on Dissanayake in New Delhi, edition.mv, KUNA via
    # menafn, the Standard, pledgetimes, CCTV, ANI, NDTV, Times of Oman, a Bhutan blog, Global Times, AsiaToday) and
    # analysis and opinion on hosting (the Economist, newswireline), with the non-event sentences around them;
    # counted by hand when labelled: 72 CONSULT, 19 of them a guest's visit and 53 joint meetings
    # (labels round 14: w010, w016, w023, w043, w069, w076, w085: headline rows `-`, whatever they tell; quiet was 26, events 72, types {"CONSULT": 72})
    dict(name="heldout50_prose.tsv", pages=15, quiet=33, eventful=55, headlines=9, events=65,
         types={"CONSULT": 65}, disjoint=True),
    # held-out 51 (coder round 48, announced and future trips, definite or possessed visit nouns in opinion and
    # analysis): Japan Times editorials and commentary, the FT (via euro2day), PBS, GlobalPost, China Daily opinion, The
    # Week, H+K Strategies, a Guardian editorial (via 24newscafe), PTI (Business Standard), indiavsdisinformation,
    # Firstpost, the Wilson Center, infobalkans, paturkey, Daily Sabah, VOA, a BBC rewrite (sparkstepzone), baby-ace and
    # capitalmovement on leaders' trips and summits (Japan-US, US-China, India-US, Russia-Turkey, Germany-China), with the
    # non-event sentences around them; counted by hand when labelled: 78 CONSULT, 61 of them announced (AGREE/CONSULT)
    # (labels round 14: ha016, ha040, ha050, ha065, ha077, ha080, ha087, ha097, ha098: headline rows `-`, whatever they tell; quiet was 41, events 78, types {"CONSULT": 78, "AGREE": 61})
    dict(name="heldout51_prose.tsv", pages=21, quiet=50, eventful=61, headlines=11, events=69,
         types={"CONSULT": 69, "AGREE": 53}, disjoint=True),
    # held-out 52 (coder round 49, launches, fifth pass): opinion (Defense Priorities), a Washington Post analysis (via
    # worldusnews), Epoch Times analysis (via thethinkingconservative) and briefs (theexpressnewstoday, OODA Loop) on
    # China's 2024 ICBM test, a blog and Stratfor and Breitbart on Iran's 2016 and 2017 tests, southfront and the Times
    # of Israel on Houthi missiles at Eilat, usanews.net on Sarmat, defenceinsider on India's 2025 Prithvi-II and Agni-I
    # tests, brahmand (PTI) on Pakistan's 2015 Ghauri test, nourished.news on Iran's 2025 test, Xinhua (via hxen) on
    # Iran's 2008 tests, Sputnik on North Korea's 2022 cruise missiles and Political Wire (2017), with the non-event
    # sentences around them; counted by hand when labelled
    # (labels round 18: counted series of acts: ML118 ("Pyongyang has carried out seven other rounds of missile tests in the last two weeks, ...") relabelled `PRK>- MOBILIZE` -> `-`; quiet was 58, events 90, MOBILIZE 60)
    dict(name="heldout52_prose.tsv", pages=17, quiet=59, eventful=66, headlines=13, events=89,
         types={"MOBILIZE": 59, "STATEMENT": 22, "ASSAULT": 9, "THREATEN": 4, "ACCUSE": 1, "AGREE": 1, "CONSULT": 1},
         disjoint=True),
    # held-out 53 (coder round 50, false events in opinion and analysis, fourth pass): editorials, columns, blog posts,
    # think-tank commentary and analysis on foreign policy and security (the Dong-A Ilbo, commonspace.eu, ASPI, the
    # Canberra Times and CSIS on AUKUS, Responsible Statecraft, SSI, the American Conservative, Foreign Affairs, Arab
    # News, CSS/NUPI, APARC, NK News, the Star, thirdeyeanalyst, the Yorkshire Post, the Standard, the Hurriyet Daily
    # News, Kiwiblog, the Frontier Post, Espreso, the Spectator), the first six rows of each page; counted by hand when
    # labelled: 18 CONSULT (visits, meetings, talks, 7 of them planned or scheduled, AGREE/CONSULT), 3 agreements, a refusal
    dict(name="heldout53_prose.tsv", pages=25, quiet=114, eventful=19, headlines=15, events=22,
         types={"CONSULT": 18, "AGREE": 10, "REJECT": 1, "STATEMENT": 1}, disjoint=True),
    # held-out 54 (coder round 51, the parties of visits and meetings): editorials, opinion columns, blog posts and
    # analysis on visits, meetings and summits (the Missourian, the Japan Times, the FT (via a copy), Watching America,
    # colonel-sturgeon, the Standard (Kenya), Blueprint, lopolics, the New Indian Express, Brookings, Outlook India,
    # churchmousec, CBC, KCRW, Africa News Watch (FT), CGTN, ABC News' Political Punch, the US embassy in New Zealand's
    # blog), the opening rows of each page's stored excerpt; counted by hand when labelled: 74 visits, meetings and
    # talks (CONSULT; 13 of them planned or scheduled, AGREE/CONSULT)
    # (labels round 6: VM025 relabelled from no event to their own or an earlier meeting, call or visit; quiet was 49,
    # events 74)
    # (labels round 14: VM019, VM063, VM064, VM069, VM081, VM095: headline rows `-`, whatever they tell; quiet was 48, events 75, types {"CONSULT": 75, "AGREE": 13})
    dict(name="heldout54_prose.tsv", pages=18, quiet=54, eventful=60, headlines=6, events=67,
         types={"CONSULT": 67, "AGREE": 12}, disjoint=True),
    # (labels round 8: SB108, SB110, SB112: the reporting party's `SRC>- STATEMENT` added beside the act it reports;
    # quiet was 74, events 59)
    dict(name="heldout55_prose.tsv", pages=19, quiet=74, eventful=47, headlines=8, events=63,
         types={"CONSULT": 33, "AGREE": 13, "MOBILIZE": 17, "ACCUSE": 2, "COOPERATE": 1, "STATEMENT": 4},
         disjoint=True),
    # held-out 56 (coder round 53: meetings and visits whose sentence names both parties): 16 pages of features,
    # opinion and analysis on leaders' and ministers' meetings, visits, talks and summits (the Hindu twice, RANEPA,
    # the Hindustan Times, the Daily Trojan, ecns.cn (China Daily), asiaviews.net (China Daily), Dawn, eurotopics,
    # germanroadraces.de, Reaction, RT, TASS, kapitoshka.info (AFP), AsiaToday, The News (Pakistan)); counted by hand
    # when labelled: 108 events, 106 visits, meetings and talks (CONSULT; 14 of them expected or announced,
    # AGREE/CONSULT) and 2 threats
    # (labels round 14: SD001, SD008, SD030, SD038, SD060, SD064, SD085, SD090, SD098, SD107: headline rows `-`, whatever they tell; quiet was 32, events 108, types {"CONSULT": 106, "AGREE": 14, "THREATEN": 2})
    dict(name="heldout56_prose.tsv", pages=16, quiet=42, eventful=69, headlines=11, events=96,
         types={"CONSULT": 94, "AGREE": 12, "THREATEN": 2}, disjoint=True),
    # held-out 57 (coder round 54: visits, meetings, summits and talks told by a noun): 18 pages of features, news,
    # opinion and analysis on summits, meetings, talks and visits (rg21.jp, NBC Washington, jagoroniya, a PIB blog
    # copy, thetokyoeye, a Korean news site, news24 (the Japan News), the Asia Business Daily, China Plus, CIGI,
    # CBC, wordola (TIME quotes), East Coast Daily, Orissa Diary, ecns.cn twice, the SCMP, VOA); counted by hand
    # when labelled: 89 visits, meetings and talks (CONSULT; 24 of them announced or scheduled, AGREE/CONSULT)
    # (labels round 9: SE036, SE043: a specific earlier meeting or visit labelled; planned topics of the article's announced or under-way meeting labelled as that meeting; quiet was 43, events 89, types {"CONSULT": 89, "AGREE": 24})
    # (labels round 14: SE012, SE017, SE021, SE030, SE046, SE093, SE101: headline rows `-`, whatever they tell; quiet was 41, events 91, types {"CONSULT": 91, "AGREE": 25})
    dict(name="heldout57_prose.tsv", pages=18, quiet=48, eventful=68, headlines=8, events=84,
         types={"CONSULT": 84, "AGREE": 23}, disjoint=True),
    # held-out 58 (coder round 55: launches, sixth pass, a launch told through a noun or a report whose launcher the
    # article named earlier): 17 pages of news, briefs and comment on missile launches and tests (TASS, the Japan News
    # (Jiji), KBS, devdiscourse (Reuters), the Bangkok Post (Reuters), nkreports, the Global Times, gantdaily (CNN), RFI,
    # VOA, RFE/RL, Israel Hayom, The News (Pakistan), Scroll twice, The Nation (Pakistan), siliconindia (IANS));
    # counted by hand when labelled: 132 events, 77 launches and tests (MOBILIZE), 43 reports and confirmations
    # (STATEMENT), 11 condemnations (ACCUSE) and a phone call
    # (labels round 12: MN048: a third state's agency (Xinhua) on North Korea's launch, MN052: a call told by the state's agency: `CHN>- STATEMENT` removed from both; quiet was 26, events 132, types {"MOBILIZE": 77, "STATEMENT": 43, "ACCUSE": 11, "CONSULT": 1})
    # (labels round 15: a state's own sources: MN106: `IND>- STATEMENT` added; quiet was 26, events 130, types {"MOBILIZE": 77, "STATEMENT": 41, "ACCUSE": 11, "CONSULT": 1})
    dict(name="heldout58_prose.tsv", pages=17, quiet=26, eventful=84, headlines=7, events=131,
         types={"MOBILIZE": 77, "STATEMENT": 42, "ACCUSE": 11, "CONSULT": 1}, disjoint=True),
    # held-out 59 (coder round 56: false events in features and analysis about summits and meetings): 11 pages of
    # features, analysis and commentary on summits and meetings (CNBC twice, newsfromrss (CNA), the Japan Times,
    # gla.news (CBC), WFDD and WOSU (NPR), the Boston Herald, Hilal, the Valdai Club, an Arirang transcript);
    # counted by hand when labelled: 45 events, 44 visits, meetings and talks (CONSULT; 20 of them announced,
    # expected or scheduled, AGREE/CONSULT) and 1 demand (REQUEST)
    # (labels round 14: SF001, SF007, SF071: headline rows `-`, whatever they tell; quiet was 43, events 45, types {"CONSULT": 44, "AGREE": 20, "REQUEST": 1})
    dict(name="heldout59_prose.tsv", pages=11, quiet=46, eventful=35, headlines=4, events=42,
         types={"CONSULT": 41, "AGREE": 17, "REQUEST": 1}, disjoint=True),
    # held-out 60 (coder round 57: visits and meetings in opinion and analysis pieces, recall): 9 pages of opinion,
    # analysis and commentary (The Hindu, The Statesman twice, China Daily, daily8, Atalayar, AsiaNews, Market Express,
    # Ian Chisnall's Argus column); counted by hand when labelled: 42 events, all visits, meetings and talks
    # (CONSULT; 7 of them announced, planned or proposed, AGREE/CONSULT)
    # (labels round 14: SG056: headline rows `-`, whatever they tell; quiet was 57, events 42, types {"CONSULT": 42, "AGREE": 7})
    dict(name="heldout60_prose.tsv", pages=9, quiet=58, eventful=29, headlines=6, events=41,
         types={"CONSULT": 41, "AGREE": 6}, disjoint=True),
    # held-out 61 (coder round 58: launches and tests, sixth pass): 10 pages of editorials, analysis, a reader's
    # letter, features and news on missile launches and tests (the Staten Island Advance editorial 2010, the Christian
    # Science Monitor 2016, an AP feature copy, CNN 2018, Newser (the Diplomat column), the Santa Barbara Independent
    # letter 2015, the Gospel Herald, SIA NYUAD on Medium, the Taipei Times 2011, wcrynews 2023); counted by hand when
    # labelled: 60 events, 40 launches and tests (MOBILIZE), 12 reports and confirmations (STATEMENT), 4
    # condemnations (ACCUSE), 3 meetings (CONSULT) and 1 call (REQUEST)
    # (labels round 12: HS065: footage released with no words: `PRK>- STATEMENT` removed; quiet was 45, events 60, types {"MOBILIZE": 40, "STATEMENT": 12, "ACCUSE": 4, "CONSULT": 3, "REQUEST": 1})
    # (labels round 17: acts summed up over a span: HS066 ("... via their testing of more than 7 ballistic missiles ..." this year) relabelled `PRK>- MOBILIZE` -> `-`; quiet was 45, events 59, MOBILIZE 40)
    # (labels round 22: a test analysed under a modal or hedge: HS019, HS022 `-` -> `USA>- MOBILIZE`; quiet was 46, events 58, MOBILIZE 39)
    dict(name="heldout61_prose.tsv", pages=10, quiet=44, eventful=44, headlines=5, events=60,
         types={"MOBILIZE": 41, "STATEMENT": 11, "ACCUSE": 4, "CONSULT": 3, "REQUEST": 1}, disjoint=True),
    # held-out 62 (coder round 59: false events in opinion and analysis, sixth pass): 7 pages of editorials,
    # commentary and explainers on foreign policy and security (The Hindu, newsfromrss, a copy of Hudson's Kochis
    # commentary, a copy of a Washington Post editorial, an editorial in the Reflector, the Taipei Times,
    # china.org.cn); counted by hand when labelled: 14 events, 8 visits, meetings and talks (CONSULT; 1 scheduled,
    # AGREE/CONSULT) and 7 partnerships signed, announced or started (AGREE, the scheduled meeting included)
    dict(name="heldout62_prose.tsv", pages=7, quiet=73, eventful=12, headlines=6, events=14,
         types={"CONSULT": 8, "AGREE": 7}, disjoint=True),
    # held-out 63 (coder round 60: every party of a list): 13 pages of features, opinion, analysis and news on
    # leaders' tours and meetings with several partners (Australian Outlook, the Express & Star, newuktoday, a blog
    # copy on Blair's farewell tour, On Line Opinion, Asia Times, moneyoval, the Daily Times, BBC News 2001,
    # tudorsantalya, the Straits Times, Business Recorder, RTHK); counted by hand when labelled: 84 events, 80 visits,
    # meetings and talks (CONSULT; 19 of them announced or planned, AGREE/CONSULT) and 4 deals signed or agreed (AGREE)
    # (labels round 6: TV091 relabelled from no event to their own or an earlier meeting, call or visit; quiet was 48,
    # events 84)
    # (labels round 7: TV060 relabelled from no event to the article's own event (one party's emphasis, a welcome or a
    # first visit); quiet was 47, events 86)
    dict(name="heldout63_prose.tsv", pages=13, quiet=46, eventful=51, headlines=6, events=87,
         types={"CONSULT": 83, "AGREE": 24}, disjoint=True),
    # held-out 64 (coder round 61: the headline case, fifth pass): 11 pages of opinion, analysis, editorials and
    # features on South Korea between the USA, China and Japan and on its neighbours' diplomacy, 2024-26 (Korea
    # Bizwire, the Dong-A Ilbo, the Global Times, bne IntelliNews, true-news-daily, Jiji via Adnkronos, honestcitizens,
    # link4din, globalpulseonline, the Washington Examiner, Semafor); counted by hand when labelled: 83 events, 48
    # visits, meetings and talks (CONSULT; 18 of them announced or scheduled, AGREE/CONSULT), 3 agreements, 11 joint
    # exercises and drills (COOPERATE), 7 launches (MOBILIZE), 5 condemnations, 2 trade restrictions, 1 warning and
    # 6 acts judged by their dyad only
    # (labels round 8: SK093, SK096: the reporting party's `SRC>- STATEMENT` added beside the act it reports; quiet was
    # 49, events 83)
    # (labels round 20: meetings told as expected, planned or scheduled: SK047 (a planned topic of the meeting under way) gained `KOR<>USA CONSULT` (1 label); quiet was 49, events 85, types {"CONSULT": 48})
    dict(name="heldout64_prose.tsv", pages=11, quiet=49, eventful=54, headlines=3, events=86,
         types={"CONSULT": 49, "AGREE": 21, "COOPERATE": 11, "MOBILIZE": 7, "ACCUSE": 5, "SANCTION": 2,
                "THREATEN": 1, "STATEMENT": 2}, disjoint=True),
    # held-out 65 (coder round 62: false events in pieces full of events): 13 pages of features, analysis, editorials
    # and news on leaders' tours, summits and missile launches (the Idaho Statesman (AP) and the Chicago Tribune on
    # Obama's 2009 Asia trip, the Christian Science Monitor 2009, Fortune and the Japan Times on Trump's 2017 Asia tour,
    # a 5wangxiao copy of a 2014 report on Obama's Asia stops, Newsday and Blazing Cat Fur on North Korea's 2017 ICBMs,
    # ABC News's 2012 analysis, Newser on the 2017 launch before the US-China summit, BSS (AFP) on Xi's 2024 European
    # tour, WTOP and Centreline on the 2019 Hanoi summit); counted by hand when labelled: 53 events, 42 visits,
    # meetings and talks (CONSULT; 24 of them announced or planned, AGREE/CONSULT), 8 launches (MOBILIZE), 2
    # confirmations (STATEMENT) and a joint exercise (COOPERATE)
    # (labels round 14: FL018, FL050: headline rows `-`, whatever they tell; quiet was 71, events 60, types {"CONSULT": 49, "AGREE": 28, "MOBILIZE": 8, "STATEMENT": 2, "COOPERATE": 1})
    dict(name="heldout65_prose.tsv", pages=13, quiet=73, eventful=31, headlines=10, events=53,
         types={"CONSULT": 42, "AGREE": 24, "MOBILIZE": 8, "STATEMENT": 2, "COOPERATE": 1}, disjoint=True),
    # held-out 66 (coder round 63: launches, seventh pass: the weapon as the subject, interceptions, launches reported
    # by a state): 19 pages of news, features, blogs, editorials and analysis on missile and rocket launches, tests
    # and interceptions (VOA, the Southeast Missourian, veltnews, PIX11, ROK Drop, thepenpk (AFP), Instapundit,
    # Watching America, the Wentworth Report, Hamodia, the Times of Israel, the Free Beacon, the Hindustan Times,
    # topix, the Daily Beast, RT, Dawn, Metro News, Elements of Power); counted by hand when labelled: 99 events, 65
    # launches and tests (MOBILIZE; 14 of them rockets or missiles fired at a state, ASSAULT/MOBILIZE), 32 reports
    # and confirmations (STATEMENT), 1 air strike (ASSAULT) and 1 condemnation (ACCUSE)
    # (labels round 10: MX032, MX038: a reported type of the launched weapon: the act added beside the report; quiet was 58, events 99, types {"MOBILIZE": 65, "ASSAULT": 15, "STATEMENT": 32, "ACCUSE": 1})
    # (labels round 22: a launch analysed under a modal or hedge: MX054, MX055, MX056, MX057 `-` -> `PRK>- MOBILIZE`; quiet was 57, events 101, MOBILIZE 67)
    dict(name="heldout66_prose.tsv", pages=19, quiet=53, eventful=71, headlines=12, events=105,
         types={"MOBILIZE": 71, "ASSAULT": 15, "STATEMENT": 32, "ACCUSE": 1}, disjoint=True),
    # held-out 67 (coder round 64: launches told through a report or a detection, the reporting or condemning
    # state): 17 pages of news on missile, rocket and drone launches, tests and interceptions (news1global,
    # Sputnik, cmio (RIA Novosti), UrduPoint, China Daily 2016 and 2006, KBS, the Nation (Thailand), defencetalk
    # (AFP), Al Jazeera, the Sun-Sentinel, Business Standard, L'Orient Today, Xinhua, LBC (AFP), Prothom Alo,
    # Devdiscourse); counted by hand when labelled: 129 events, 64 launches and tests (MOBILIZE; 13 of them fired at
    # a state, ASSAULT/MOBILIZE), 44 reports and claims (STATEMENT), 13 condemnations and protests (ACCUSE), 1 air
    # strike (ASSAULT), 3 meetings and visits (CONSULT), 2 joint drills (COOPERATE), 1 warning, 1 demand
    # (labels round 8: MY092: an answer told in the present perfect, no event -> the strikes; quiet was 29, events 129)
    # (labels round 13: MY061, MY065: the article's own meeting, visit or act told by its noun, a plan or a withheld detail labelled as that event; quiet was 28, events 130, types MOBILIZE 64)
    # (labels round 14: MY061: headline rows `-`, whatever they tell; quiet was 26, events 132, types {"MOBILIZE": 66, "ASSAULT": 15, "STATEMENT": 44, "ACCUSE": 13, "CONSULT": 3, "COOPERATE": 2, "THREATEN": 1, "REQUEST": 1})
    dict(name="heldout67_prose.tsv", pages=17, quiet=27, eventful=77, headlines=4, events=131,
         types={"MOBILIZE": 65, "ASSAULT": 15, "STATEMENT": 44, "ACCUSE": 13, "CONSULT": 3, "COOPERATE": 2, "THREATEN": 1, "REQUEST": 1}, disjoint=True),
    # held-out 68 (coder round 65: summits, visits and talks told by a noun whose parties the article named earlier):
    # 16 pages of news, blogs, editorials and opinion on summits, state visits and bilateral talks (Pakistan Today,
    # samajweekly, LatestLY (PTI), the London Post, a blog copy of a Downing Street release, the Moscow Times, Gulf
    # News, crcconnection, ecns (Xinhua), VOA, two blogs, the Japan Times, ruthfullyyours, the Daily Telegraph, the
    # Arizona Republic); counted by hand when labelled: 98 events, 83 visits, meetings and talks (CONSULT; 3 of them
    # an invitation or acceptance, AGREE/CONSULT), 18 agreements and pledges (AGREE) and 4 statements (STATEMENT)
    dict(name="heldout68_prose.tsv", pages=16, quiet=50, eventful=87, headlines=6, events=98,
         types={"CONSULT": 83, "AGREE": 18, "STATEMENT": 4}, disjoint=True),
    # held-out 69 (coder round 66: false events in articles about launches): 12 pages of news, analysis and
    # features on missile launches and tests, with their background, capability and reaction sentences (the
    # Washington Examiner, WORLD, newsfox1188 (NYT), Spotlight Nepal (NHK), ABC News, investmoneyuk (Al Jazeera),
    # News Front, the Indian Express, india.com, National Daily (CNN), Armenian Public Radio (BBC), Business
    # Standard); counted by hand when labelled: 77 events, 49 launches and tests (MOBILIZE; one of them
    # MOBILIZE/STATEMENT), 24 reports and claims (STATEMENT), 2 sanctions (COERCE), 1 meeting (CONSULT), 1 warning
    # (THREATEN) and 1 proposal of any type (*)
    # (labels round 22: a test analysed under a modal or hedge: MZ003, MZ005, MZ030 `-` -> `PRK>- MOBILIZE`; quiet was 44, events 77, MOBILIZE 49)
    dict(name="heldout69_prose.tsv", pages=12, quiet=41, eventful=62, headlines=4, events=80,
         types={"MOBILIZE": 52, "STATEMENT": 24, "COERCE": 2, "CONSULT": 1, "THREATEN": 1, "*": 1}, disjoint=True),
    # held-out 70 (coder round 67: headlines, standfirsts and subheads are no events): 7 pages of news on visits,
    # security talks and the 2025 Pakistan-Saudi defence pact, each with its headline, standfirst, subheads and a
    # "Read more" line as `headline` rows (usmuslims (AA), Mehr News, MENAFN, Devdiscourse, bizsamachar, Daily The
    # Destination, a Devdiscourse copy); counted by hand when labelled: 16 headline rows, 38 events, 13 visits and
    # talks (CONSULT), 19 statements (STATEMENT), 4 signings (AGREE), 1 strike (ASSAULT), 1 recognition of any type (*)
    # (labels round 9: NB002: planned topics of the article's announced or under-way meeting labelled as that meeting; quiet was 27, events 38, types {"CONSULT": 13, "STATEMENT": 19, "AGREE": 4, "ASSAULT": 1, "*": 1})
    # (labels round 13: NB019: the article's own meeting, visit or act told by its noun, a plan or a withheld detail labelled as that event; quiet was 26, events 39, types CONSULT 14)
    # (labels round 14: NB002, NB019: headline rows `-`, whatever they tell; quiet was 25, events 40, types {"CONSULT": 15, "STATEMENT": 19, "AGREE": 4, "ASSAULT": 1, "*": 1})
    dict(name="heldout70_prose.tsv", pages=7, quiet=27, eventful=34, headlines=16, events=38,
         types={"CONSULT": 13, "STATEMENT": 19, "AGREE": 4, "ASSAULT": 1, "*": 1}, disjoint=True),
    # held-out 71 (coder round 68: active and pronoun interceptions, launches whose doer comes after "by"): 8 pages
    # of news on Gaza rockets intercepted by Iron Dome, Indian Agni tests and drones from Yemen shot down by US
    # destroyers (the Jewish Press, Reason (Reuters), World Israel News, Hamodia, LatestLY (ANI), ABP Live (PTI),
    # abc27 (AP), Indian Defense News); counted by hand when labelled: 53 events, 13 rockets and drones fired at a
    # state and intercepted (ASSAULT/MOBILIZE), 18 other launches and tests (MOBILIZE), 18 reports (STATEMENT), 4 strikes
    # and a drone shot down (ASSAULT)
    dict(name="heldout71_prose.tsv", pages=8, quiet=24, eventful=39, headlines=3, events=53,
         types={"MOBILIZE": 31, "ASSAULT": 17, "STATEMENT": 18}, disjoint=True),
    # held-out 72 (coder round 69: visits and meetings whose party is in no table or named only earlier): 10 pages
    # of news, analysis, opinion and official releases on visits, talks and envoys' calls (ARY News, China-US Focus,
    # the Express Tribune, Ada Derana, the Manila Times (AFP), Equatorial Guinea's press office, Afghanistan's foreign
    # ministry, a blog, Business Standard (PTI), Cameroon Tribune); counted by hand when labelled: 11 headline rows,
    # 72 events, 68 visits, meetings and talks (CONSULT), 2 statements (STATEMENT), 1 signing (AGREE), 1 blame (ACCUSE)
    dict(name="heldout72_prose.tsv", pages=10, quiet=41, eventful=58, headlines=11, events=72,
         types={"CONSULT": 68, "STATEMENT": 2, "AGREE": 1, "ACCUSE": 1}, disjoint=True),
    # held-out 73 (coder round 70: launches by any state): 10 pages of news on missile tests and launches of Iran,
    # the Houthis, China, India, France, South Korea and the US (the Times of Israel, the Frontier Post, Yahoo
    # (IBTimes), Radio Farda, TRT World (AP), DNA India, Defense News, Defense Mirror, Yonhap, the Lompoc Record);
    # counted by hand when labelled: 79 events, 11 missiles fired at a state (ASSAULT/MOBILIZE), 37 other launches
    # and tests (MOBILIZE), 28 reports and claims (STATEMENT), 1 strike (ASSAULT), 1 warning (THREATEN), 1 act of any
    # type (*)
    # (labels round 15: a state's own sources: NQ080: the unnamed sources' `STATEMENT` removed; quiet was 32, events 79, types {"MOBILIZE": 48, "ASSAULT": 12, "STATEMENT": 28, "THREATEN": 1, "*": 1})
    dict(name="heldout73_prose.tsv", pages=10, quiet=32, eventful=55, headlines=6, events=78,
         types={"MOBILIZE": 48, "ASSAULT": 12, "STATEMENT": 27, "THREATEN": 1, "*": 1}, disjoint=True),
    # held-out 74 (coder round 71: visits, meetings, calls and summits whose sentence names both parties): 12 pages of
    # news, readouts, analysis and opinion (VOA, the White House readout in the American Presidency Project, stockbiz
    # (AFP), The News, Geo, Darpan (IANS), News Cubic, the Financial Express, the Asan Forum, nhub, China Daily
    # (opinion), Stimson); counted by hand when labelled: 7 headline rows, 65 events, all visits, meetings, talks and
    # calls (CONSULT)
    dict(name="heldout74_prose.tsv", pages=12, quiet=18, eventful=53, headlines=7, events=65,
         types={"CONSULT": 65}, disjoint=True),
    # held-out 75 (coder round 72: visits and meetings whose sentence names more than two states or places): 10 pages
    # of news and analysis on summits, talks and tours (A News, Daily News Dunya (Minsk), India TV, uaposition (The
    # Indian Express), UNN, The New Indian Express, the Japan Times, WorldTribune, the South China Morning Post, the
    # Straits Times); counted by hand when labelled: 9 headline rows, 96 events, all visits, meetings and talks (CONSULT)
    # (labels round 9: NV066: planned topics of the article's announced or under-way meeting labelled as that meeting; quiet was 16, events 96, types {"CONSULT": 96})
    # (labels round 14: NV066: headline rows `-`, whatever they tell; quiet was 15, events 97, types {"CONSULT": 97})
    dict(name="heldout75_prose.tsv", pages=10, quiet=16, eventful=68, headlines=9, events=96,
         types={"CONSULT": 96}, disjoint=True),
    # held-out 76 (coder round 73: visits and meetings told by a reception, hosting, attendance or light verb): 15 pages
    # of news and foreign-ministry and presidency releases on courtesy calls, receptions, talks, phone calls and a
    # summit (the Maldives' foreign ministry, NewsDrum (PTI), Cedar News, Middle East Monitor, the Frontier Post, the
    # Vietnamese embassy (VNA), Trend, Business Recorder, NewsMobile, CanIndia (IANS), the Pakistan Observer, the State
    # Department blog, Nyasa Times, Serbia's foreign ministry, Cambodia News Gazette); counted by hand when labelled: 11
    # headline rows, 81 events, all visits, meetings, calls and talks (CONSULT)
    dict(name="heldout76_prose.tsv", pages=15, quiet=16, eventful=59, headlines=11, events=81,
         types={"CONSULT": 81}, disjoint=True),
    # held-out 77 (coder round 74: visits and meetings whose visit or meeting word a frame reads but whose gate or
    # parties fail): 13 pages of news, analysis and opinion on state visits, envoys' tours, talks and summits (The Hawk,
    # Sahara Reporters, The Sun (Nigeria), Nairobi Wire, AllAfrica (The East African), Capital Post, Vigour Times, SIBC,
    # The News (Pakistan), VietnamPlus (VNA), Reuters' MacroScope blog, The Asian Age, OZY); counted by hand when
    # labelled: 3 headline rows, 75 events, all visits, meetings, receptions and talks (CONSULT)
    # (labels round 10: VS050: a planned signing of the article's meeting or visit: the pair's `AGREE` added; quiet was 39, events 75, types {"CONSULT": 75})
    dict(name="heldout77_prose.tsv", pages=13, quiet=39, eventful=49, headlines=3, events=76,
         types={"CONSULT": 75}, disjoint=True),
    # held-out 78 (coder round 75: false events in articles about missile launches and weapons tests): 17 pages of
    # news, analysis and opinion on missile and weapons tests of Pakistan, India, Iran, North Korea and the US, more
    # than half of the rows background, capability, history and opinion (Iranian Diplomacy, the BBC, VOA, Republic
    # Policy, Newsmax, the South China Morning Post, Engadget, Asian Defence News, the Peninsula, the Times, the
    # Economist, CSIS Missile Threat, walls-work, Sputnik, TwoCircles, India Today, the Manila Times); counted by hand
    # when labelled: 11 headline rows, 66 events, 47 launches and tests (MOBILIZE), 15 reports and claims (STATEMENT),
    # 3 condemnations (ACCUSE), 1 sanction (COERCE)
    # (labels round 10: LQ069: the doer's own state media or agency: the doer's `SRC>- STATEMENT` added beside its act; quiet was 53, events 66, types {"MOBILIZE": 47, "STATEMENT": 15, "ACCUSE": 3, "COERCE": 1})
    # (labels round 12: LQ041: a medium citing the doer's official: `USA>- STATEMENT` added; quiet was 53, events 67, types {"MOBILIZE": 47, "STATEMENT": 16, "ACCUSE": 3, "COERCE": 1})
    # (labels round 15: a state's own sources: LQ078: the unnamed sources' `STATEMENT` removed; quiet was 53, events 68, types {"MOBILIZE": 47, "STATEMENT": 17, "ACCUSE": 3, "COERCE": 1})
    dict(name="heldout78_prose.tsv", pages=17, quiet=53, eventful=45, headlines=11, events=67,
         types={"MOBILIZE": 47, "STATEMENT": 16, "ACCUSE": 3, "COERCE": 1}, disjoint=True),
    # held-out 79 (coder round 76: the headline case, sixth pass): 12 pages of editorials, analysis, features and news
    # on South Korea between the USA, China and Japan in 2025-26 (the JoongAng Daily (2), theindiansystem, PRISM
    # (Liabooks), askmethings, Chinascope, KBS World, AJP, Devdiscourse, allthe.news, Breitbart, theconverser); counted
    # by hand when labelled: 76 events, 37 visits, meetings, calls and talks (CONSULT; 6 announced or scheduled,
    # AGREE/CONSULT), 6 agreements and a truce (AGREE), 17 joint exercises (COOPERATE, trilateral ones as their three
    # pairs), 11 launches (MOBILIZE), 2 refusals (REJECT), 1 accusation and 1 import suspension (SANCTION)
    # (labels round 8: KE070, KE073, KE074: the reporting party's `SRC>- STATEMENT` added beside the act it reports;
    # quiet was 42, events 76)
    dict(name="heldout79_prose.tsv", pages=12, quiet=42, eventful=50, headlines=2, events=79,
         types={"CONSULT": 37, "AGREE": 13, "COOPERATE": 17, "MOBILIZE": 11, "REJECT": 2, "ACCUSE": 1,
                "SANCTION": 1, "STATEMENT": 3}, disjoint=True),
    # held-out 80 (coder round 77: visits and meetings whose party stands in another clause of the sentence, or far
    # from the visit or meeting word in the same clause): 12 pages of news and features on foreign ministers' and
    # leaders' visits, talks and summits (Ada Derana (2), Fast News, Samaa, The News (Pakistan) (2), The Hindu, APP,
    # ELINEPA, India TV, Business Standard, Free Press Journal); counted by hand when labelled: 7 headline rows, 112
    # events, all visits, meetings, receptions and talks (CONSULT)
    # (labels round 10: PC089: a planned signing of the article's meeting or visit: the pair's `AGREE` added; quiet was 15, events 112, types {"CONSULT": 112})
    dict(name="heldout80_prose.tsv", pages=12, quiet=14, eventful=80, headlines=7, events=113,
         types={"CONSULT": 112}, disjoint=True),
    # held-out 81 (coder round 78: false visit and meeting events in opinion and analysis): 19 pages of editorials,
    # opinion, blogs and analysis on summitry and on India-Pakistan, US-North Korea and Pakistan-Iran talks and visits,
    # most rows what summits do, what a leader should do and what talks need (DiploFoundation, the Saudi Gazette, 38
    # North, a negotiation blog, Daily Alert (New York Sun), Foreign Policy, Afterthought Group, the Hindu, the Indian
    # Express, the Express Tribune (2), the Nation (2), the Herald (Goa), India Today's blog, New Pakistan, the News (2),
    # Siasat); counted by hand when labelled: 14 headline rows, 17 events, all visits, meetings, summits and talks
    # (CONSULT)
    dict(name="heldout81_prose.tsv", pages=19, quiet=85, eventful=14, headlines=14, events=17,
         types={"CONSULT": 17}, disjoint=True),
    # held-out 82 (coder round 79: visits and meetings whose party is a pronoun or a stand-in): 11 pages of news and
    # features on leaders' and ministers' visits and talks told over several sentences (Deccan Herald, TASS, the
    # Kremlin, TesfaNews, KBC, wideo.ovh (CCTV), nanacoker (BBC), the German embassy in Washington, gov.cn, Diaspora
    # Messenger (the Star), EbonyLife TV); counted by hand when labelled: 7 headline rows, 78 events, 75 visits,
    # meetings, receptions and talks (CONSULT), 3 signed or agreed accords (AGREE)
    # (labels round 9: CY042: planned topics of the article's announced or under-way meeting labelled as that meeting; quiet was 19, events 79, types {"CONSULT": 76, "AGREE": 3})
    # (labels round 14: CY035: headline rows `-`, whatever they tell; quiet was 18, events 80, types {"CONSULT": 77, "AGREE": 3})
    dict(name="heldout82_prose.tsv", pages=11, quiet=19, eventful=64, headlines=7, events=79,
         types={"CONSULT": 76, "AGREE": 3}, disjoint=True),
    # held-out 83 (coder round 80: launches reported, detected or condemned by another state): 13 pages of news on
    # North Korean launches told by Japan's coast guard, defence ministry or government and South Korea's Joint Chiefs
    # of Staff, and on Iranian tests told by US officials (Newshub, Central Chronicle (UNI), Sputnik, KBS World (3),
    # CW39, GlobeEcho, Occasional Digest, KUSI (AP), Pakistan Observer, the Jerusalem Post, Al-Manar); counted by hand
    # when labelled: 7 headline rows, 76 events, 40 launches and tests (MOBILIZE), 36 reports (STATEMENT)
    dict(name="heldout83_prose.tsv", pages=13, quiet=9, eventful=45, headlines=7, events=76,
         types={"MOBILIZE": 40, "STATEMENT": 36}, disjoint=True),
    # coder round 81: royal and ministerial visits and audiences whose party is an honorific or a title alone (Kuensel,
    # Kuwait Times twice, Times of Oman, Yomiuri, Gulf News, Japan Today); counted by hand when labelled: no headline
    # rows, 32 events, all visits, meetings, audiences and talks (CONSULT); 5 domestic audiences labelled quiet
    # (labels round 6: DH018, DH019 relabelled from no event to their own or an earlier meeting, call or visit; quiet
    # was 21, events 32)
    # (labels round 7: DH016 relabelled from no event to the article's own event (one party's emphasis, a welcome or a
    # first visit); quiet was 19, events 34)
    dict(name="heldout84_prose.tsv", pages=7, quiet=18, eventful=30, headlines=0, events=35,
         types={"CONSULT": 35}, disjoint=True),
    # coder round 82: announced, planned and invited visits, trips and talks (Samaa, Shine twice, the New Times
    # (Rwanda), Albawaba, EIN Presswire (VNS), Forum Macau, India Live Today, AJP, Today's Chronic, the Korea Herald,
    # Yonhap); counted by hand when labelled: 2 headline rows, both with one, 77 events, all visits, meetings and talks
    # (CONSULT); a trip "considered", a visit that "could take place" labelled quiet
    # (labels round 9: UV056: planned topics of the article's announced or under-way meeting labelled as that meeting; quiet was 15, events 77, types {"CONSULT": 77})
    # (labels round 10: UV004, UV040: a planned signing of the article's meeting or visit: the pair's `AGREE` added; quiet was 14, events 78, types {"CONSULT": 78})
    # (labels round 14: UV034, UV064: headline rows `-`, whatever they tell; quiet was 14, events 80, types {"CONSULT": 78})
    dict(name="heldout85_prose.tsv", pages=12, quiet=16, eventful=52, headlines=2, events=78,
         types={"CONSULT": 76}, disjoint=True),
    # held-out 86 (coder round 83: missile launches and weapons tests, eleventh pass): 11 pages of news on launches
    # and tests of North Korea, Pakistan, the US, India, Iran, Russia and the Houthis, with their non-event sentences
    # (the Spokesman-Review (AP), NHK World, Rediff (PTI), Defence Point, IBTimes, the Daily Asian Age (BBC), UrduPoint
    # (Sputnik), Al Arabiya (AFP), Afriquecan (AFP), UAE Views, Prothom Alo (AFP)); counted by hand when labelled: 6
    # headline rows, 61 events, 37 launches and tests (MOBILIZE; 8 of them attacks, ASSAULT/MOBILIZE), 23 reports and
    # claims (STATEMENT), 1 strike (ASSAULT)
    # (labels round 10: WT002, WT003, WT004, WT008, WT009, WT051, WT052: the doer's own state media or agency: the doer's `SRC>- STATEMENT` added beside its act; quiet was 22, events 61, types {"MOBILIZE": 37, "STATEMENT": 23, "ASSAULT": 9})
    dict(name="heldout86_prose.tsv", pages=11, quiet=22, eventful=39, headlines=6, events=68,
         types={"MOBILIZE": 37, "STATEMENT": 30, "ASSAULT": 9}, disjoint=True),
    dict(name="heldout87_prose.tsv", pages=11, quiet=40, eventful=38, headlines=5, events=58,
         types={"CONSULT": 58}, disjoint=True),
    # held-out 88 (coder round 85: the headline case, seventh pass): 11 pages of opinion, analysis and news of
    # 2025-26 on South Korea between the US, China and Japan (the Taipei Times, AsiaNews, the Straits Times, the
    # Tycoon Times, the Dong-A Ilbo, Army Recognition, Asia Economy, Korea Daily US (JoongAng), RismadarVoice, the
    # JoongAng Daily, NewsBytes); counted by hand when labelled: 6 headline rows, none with one, 86 events, 45
    # visits, meetings and summits (CONSULT; 16 of them announced, AGREE/CONSULT), 6 agreements (AGREE), 15 joint
    # exercises (COOPERATE, Freedom Edge as its three pairs), 10 launches (MOBILIZE), 3 refusals of a summit or
    # meeting (REJECT), 3 accusations (ACCUSE), 2 requests (REQUEST), an export ban (SANCTION), a strike (ASSAULT)
    # (labels round 7: KH081 relabelled from no event to the article's own event (one party's emphasis, a welcome or a
    # first visit); quiet was 39, events 86)
    # (labels round 8: KH084, KH090, KH092: the reporting party's `SRC>- STATEMENT` added beside the act it reports;
    # quiet was 38, events 87)
    dict(name="heldout88_prose.tsv", pages=11, quiet=38, eventful=56, headlines=6, events=90,
         types={"CONSULT": 46, "AGREE": 22, "COOPERATE": 15, "MOBILIZE": 10, "REJECT": 3, "ACCUSE": 3,
                "REQUEST": 2, "SANCTION": 1, "ASSAULT": 1, "STATEMENT": 3}, disjoint=True),
    # coder round 86 (false events in opinion and analysis, seventh pass): 9 opinion and analysis pages on the Nile dam
    # dispute, Greece and Turkey, and South American foreign policy (the Ethiopian Herald, Trends N Africa, the
    # National (editorial), a blog, Daily Sabah (column), euvolution (Ahval), Politika Akademisi, dnyuz (Foreign
    # Policy), ICDS); counted by hand when labelled: 7 headline rows, none with one, 16 events, 8 visits, meetings
    # and talks (CONSULT), 2 statements, 2 requests, 2 accusations, 1 pact (AGREE), 1 deployment (MOBILIZE), 1 support
    dict(name="heldout89_prose.tsv", pages=9, quiet=102, eventful=10, headlines=7, events=16,
         types={"CONSULT": 8, "STATEMENT": 2, "REQUEST": 2, "ACCUSE": 2, "AGREE": 1, "MOBILIZE": 1, "SUPPORT": 1},
         disjoint=True),
    # held-out 90 (coder round 87: visits and meetings that are the second event of their sentence, or whose parties
    # are a stand-in): 11 pages on leaders' and ministers' tours, summits and sideline meetings (the Moscow Times, the
    # Global Times, the Diplomat, 16 News, Feedblix, Metro US (Reuters), the Korea Herald, Free Malaysia Today,
    # Mid-day, China Daily, the Colombo Gazette); counted by hand when labelled: 2 headline rows, both with one, 121
    # events, 114 visits, meetings, talks and trips (CONSULT), 4 agreements (AGREE; one a credit line, AGREE/AID),
    # 2 condemnations (ACCUSE), 1 raid (ASSAULT)
    # (labels round 9: TS016, TS017: planned topics of the article's announced or under-way meeting labelled as that meeting; quiet was 15, events 121, types {"CONSULT": 114, "AGREE": 4, "ACCUSE": 2, "ASSAULT": 1, "AID": 1})
    # (labels round 14: TS042, TS052: headline rows `-`, whatever they tell; quiet was 13, events 123, types {"CONSULT": 116, "AGREE": 4, "ACCUSE": 2, "ASSAULT": 1, "AID": 1})
    dict(name="heldout90_prose.tsv", pages=11, quiet=15, eventful=74, headlines=2, events=117,
         types={"CONSULT": 110, "AGREE": 4, "ACCUSE": 2, "ASSAULT": 1, "AID": 1}, disjoint=True),
    # held-out 91 (coder round 88: a launch told by a noun in a sentence of comment, twelfth pass on launches): 10
    # pages of editorials, analysis and news reacting to missile launches and weapons tests of North Korea, Iran and
    # Pakistan (Higher Ground Times (an editorial), 11Alive, the Charlotte Observer, Forces News, Israel National
    # News, the Irish Times, ThePrint, UPI, the Hill, vietnam.vn); counted by hand when labelled: 8 headline rows, 113
    # events, 58 launches and tests (MOBILIZE), 36 reports and claims (STATEMENT), 10 joint drills (COOPERATE, as
    # their pairs), 7 condemnations (ACCUSE), 2 calls (CONSULT)
    # (labels round 6: QL038 relabelled from no event to their own or an earlier meeting, call or visit; quiet was 34,
    # events 113)
    # (labels round 10: QL070, QL072, QL074, QL091: the doer's own state media or agency: the doer's `SRC>- STATEMENT` added beside its act; QL079: a reported type of the launched weapon: the act added beside the report; quiet was 33, events 114, types {"MOBILIZE": 58, "STATEMENT": 36, "COOPERATE": 10, "ACCUSE": 7, "CONSULT": 3})
    dict(name="heldout91_prose.tsv", pages=10, quiet=33, eventful=65, headlines=8, events=119,
         types={"MOBILIZE": 59, "STATEMENT": 40, "COOPERATE": 10, "ACCUSE": 7, "CONSULT": 3}, disjoint=True),
    # held-out 92 (coder round 89: the stops of a tour and the guests of a summit): 9 pages on leaders' and
    # ministers' multi-country tours (the North News, the Tribune, NDTV, Mint, the Nation (Jiji), SGGP, the Irish
    # Examiner, TRT World, Hawaii Public Radio); counted by hand when labelled: 1 headline row, with one, 128 events,
    # 127 visits, meetings, talks and trips (CONSULT), 1 partnership (AGREE)
    # (labels round 14: HT076: headline rows `-`, whatever they tell; quiet was 22, events 129, types {"CONSULT": 128, "AGREE": 1})
    dict(name="heldout92_prose.tsv", pages=9, quiet=23, eventful=71, headlines=1, events=128,
         types={"CONSULT": 127, "AGREE": 1}, disjoint=True),
    # held-out 93 (coder round 90: false events in opinion and analysis, eighth pass): 8 pages of opinion, analysis
    # and think-tank commentary (Manamostatabi, CNAS, a blog's copy of Foreign Affairs, Amaraia, Responsible
    # Statecraft, Stratagem, Ehsan Ahrari's blog, a copy of China Daily) on India and China, the United States and
    # China, the Saudi-Iranian thaw, the Arctic and the Gulf states; counted by hand when labelled: 9 headline rows,
    # 7 events, 4 agreements (AGREE), 2 talks and a trip (CONSULT), 1 statement (STATEMENT)
    dict(name="heldout93_prose.tsv", pages=8, quiet=77, eventful=5, headlines=9, events=7,
         types={"AGREE": 4, "CONSULT": 2, "STATEMENT": 1}, disjoint=True),
    # held-out 94 (coder round 91: interceptions and a weapon as the subject of a flight or fall verb, thirteenth pass
    # on launches): 13 pages of news on missiles, rockets and drones intercepted, shot down, landing or falling
    # (Naharnet, Business Recorder, NHK World, KBS, WKZO (Reuters), the Jewish Press, the Los Angeles Times,
    # Devdiscourse (two), Al Arabiya, the Jerusalem Post, Independent Alabama, UrduPoint); counted by hand when
    # labelled: 7 headline rows (a title and a standfirst among them, none with an event), 79 events, 39 launches
    # (MOBILIZE; 25 of them fired at a state, ASSAULT/MOBILIZE), 32 reports and claims (STATEMENT), 6 strikes and
    # shelling (ASSAULT), 2 condemnations and protests (ACCUSE)
    # (labels round 13: QN050: the article's own meeting, visit or act told by its noun, a plan or a withheld detail labelled as that event; quiet was 29, events 79, types MOBILIZE 39, ASSAULT 31)
    dict(name="heldout94_prose.tsv", pages=13, quiet=28, eventful=49, headlines=7, events=80,
         types={"MOBILIZE": 40, "ASSAULT": 32, "STATEMENT": 32, "ACCUSE": 2}, disjoint=True),
    # (labels round 9: NP035: planned topics of the article's announced or under-way meeting labelled as that meeting; quiet was 16, events 64, types {"CONSULT": 61, "AGREE": 3})
    # (labels round 14: NP009, NP043, NP055, NP062: headline rows `-`, whatever they tell; quiet was 15, events 65, types {"CONSULT": 62, "AGREE": 3})
    dict(name="heldout95_prose.tsv", pages=9, quiet=19, eventful=52, headlines=4, events=60,
         types={"CONSULT": 57, "AGREE": 3}, disjoint=True),
    dict(name="heldout96_prose.tsv", pages=12, quiet=35, eventful=41, headlines=4, events=73,
         types={"COOPERATE": 34, "AGREE": 23, "CONSULT": 13, "ACCUSE": 3}, disjoint=True),
    # held-out 97 (coder round 94: meetings whose verb or noun no frame reads, shared activities of two leaders): 10
    # pages of news and releases on leaders' meetings, talks, summits, walks and tree plantings (Rusreality, Zee
    # News, Business Standard, the Quint, the Writers Town, Pulse (a Downing Street release), GOV.UK, the Los
    # Angeles Times, Peteyvid, MENAFN); counted by hand when labelled: 6 headline rows, 5 with one, 70 events, 54
    # visits, meetings, talks and shared activities (CONSULT), 13 agreements (AGREE), 3 strikes (ASSAULT)
    # (labels round 14: RR001, WT001, PA001, LA001, PV001, MF001: headline rows `-`, whatever they tell; quiet was 23, events 72, types {"CONSULT": 56, "AGREE": 13, "ASSAULT": 3})
    dict(name="heldout97_prose.tsv", pages=10, quiet=29, eventful=55, headlines=6, events=66,
         types={"CONSULT": 50, "AGREE": 13, "ASSAULT": 3}, disjoint=True),
    # held-out 98 (coder round 95: agreements signed or reached, told by an outcome noun or a relative clause): 10
    # pages of news on memorandums, pacts and joint declarations signed between states (the New Times, VOV World,
    # People's Review, Daily African News, A News, Prensa Latina, Equatorial Guinea News Wire, News.Az, News 1st,
    # an IINR blog copy); counted by hand when labelled: 5 headline rows (none with an event), 46 events,
    # 25 agreements signed or reached (AGREE), 21 visits, meetings and talks (CONSULT)
    # (labels round 6: KD068 relabelled from no event to their own or an earlier meeting, call or visit; quiet was 33,
    # events 46)
    # (labels round 7: KD055 relabelled from no event to the article's own event (one party's emphasis, a welcome or a
    # first visit); quiet was 32, events 47)
    # (labels round 13: KD042, KD052: the article's own meeting, visit or act told by its noun, a plan or a withheld detail labelled as that event; quiet was 31, events 48, types CONSULT 23)
    # (labels round 20: meetings told as expected, planned or scheduled: KD061 relabelled `-` -> `LKA<>PAK AGREE/CONSULT` (a meeting announced for "this morning", 1 label); quiet was 29, events 50, types {"AGREE": 25, "CONSULT": 25})
    dict(name="heldout98_prose.tsv", pages=10, quiet=28, eventful=42, headlines=5, events=51,
         types={"AGREE": 26, "CONSULT": 26}, disjoint=True),
    # held-out 99 (coder round 96: summits and multilateral meetings, trilaterals and sideline meetings): 11 pages of
    # news and analysis on three-way summits and meetings at the G20, APEC, NATO and BRICS summits (VTV, Free Jobs
    # News, Mangalorean (IANS), the Diplomatic Insight, Big News Network, the Japan News (Yomiuri), Korea Times US,
    # Rustavi 2, the Voice, AAN World, Al Ayham); counted by hand when labelled: 6 headline rows, 4 with one, 120
    # events, 56 meetings, summits, talks and visits (CONSULT), 43 announced or planned ones (AGREE/CONSULT), 15
    # agreements (AGREE), 6 condemnations (ACCUSE)
    # (labels round 6: SU052 relabelled from no event to their own or an earlier meeting, call or visit; quiet was 29,
    # events 120)
    # (labels round 7: SU032 relabelled from no event to the article's own event (one party's emphasis, a welcome or a
    # first visit); quiet was 28, events 123)
    # (labels round 14: SU003, SU011, SU039, SU043: headline rows `-`, whatever they tell; quiet was 27, events 126, types {"CONSULT": 105, "AGREE": 61, "ACCUSE": 6})
    # (labels round 19: the article's own meeting named by its noun: SU054 relabelled `-` -> the article's meeting or visit (3 labels); quiet was 31, events 114, types {"CONSULT": 93, "AGREE": 49, "ACCUSE": 6})
    dict(name="heldout99_prose.tsv", pages=11, quiet=30, eventful=44, headlines=6, events=117,
         types={"CONSULT": 96, "AGREE": 49, "ACCUSE": 6}, disjoint=True),
    # held-out 100 (coder round 97: launches, fourteenth pass): 11 pages of news on missile launches, interceptor
    # tests, interceptions and their reactions (Anadolu Agency, DD India, Dawn, Alaska Native News, Iran
    # International, Mindanao Examiner (Reuters), the Moscow Times, the Korea Herald (Yonhap), Haaretz, Geo News, the
    # Mail & Guardian (Reuters)); counted by hand when labelled: no headline row, 137 events, 62 launches and tests
    # (MOBILIZE; 5 of them fired at a state, ASSAULT/MOBILIZE), 41 reports and claims (STATEMENT), 15 condemnations
    # and protests (ACCUSE), 7 threats (THREATEN), 1 strike (ASSAULT), 5 joint drills and tests (COOPERATE), 4 calls
    # and a meeting (CONSULT), 2 bans and sanctions (SANCTION)
    # (labels round 10: MU047: the doer's own state media or agency: the doer's `SRC>- STATEMENT` added beside its act; quiet was 16, events 137, types {"MOBILIZE": 62, "ASSAULT": 6, "STATEMENT": 41, "ACCUSE": 15, "THREATEN": 7, "COOPERATE": 5, "CONSULT": 4, "SANCTION": 2})
    # (labels round 17: acts summed up over a span: MU046 ("Since the Gaza war began, dozens of strikes have been launched by Yemen, ...") relabelled `YEM>ISR ASSAULT/MOBILIZE` -> `-`; quiet was 16, events 138, MOBILIZE 62, ASSAULT 6)
    dict(name="heldout100_prose.tsv", pages=11, quiet=17, eventful=73, headlines=0, events=137,
         types={"MOBILIZE": 61, "ASSAULT": 5, "STATEMENT": 42, "ACCUSE": 15, "THREATEN": 7, "COOPERATE": 5,
                "CONSULT": 4, "SANCTION": 2}, disjoint=True),
    # held-out 101 (coder round 98: false events in opinion and analysis, ninth pass): 10 pages of opinion, analysis
    # and explainers (China-Russia Report, Beacon News, Brewminate, a copy of The Economist explains, Topcor,
    # Asia Scot, Balita, the Daily Pioneer, the Quint, Crikey) on China and Russia, Turkey between NATO and Russia,
    # AUKUS, the South China Sea and India's strategic autonomy; counted by hand when labelled: 8 headline rows (none
    # with an event), 9 events, 4 visits and meetings (CONSULT), 3 agreements (AGREE), 1 statement (STATEMENT),
    # 1 sanction (SANCTION)
    # (labels round 9: OA038: a trilateral meeting's pair between the two partners added or the meeting labelled; quiet was 82, events 10, types {"CONSULT": 5, "AGREE": 3, "STATEMENT": 1, "SANCTION": 1})
    # (labels round 11: OA011 relabelled to the tour and "may" convention; quiet was 82,
    # events 11, types {"CONSULT": 6, "AGREE": 3, "STATEMENT": 1, "SANCTION": 1})
    dict(name="heldout101_prose.tsv", pages=10, quiet=81, eventful=7, headlines=8, events=12,
         types={"CONSULT": 7, "AGREE": 3, "STATEMENT": 1, "SANCTION": 1}, disjoint=True),
    # held-out 102 (coder round 99: tours told over several clauses, the later stops as nouns, stand-in visitors):
    # 10 pages of news and features on leaders' and ministers' multi-stop trips (Ventures Africa, Leadercall,
    # Hawaii Reporter, the National, the Journal-News, the Daily Tribune, Manila Bulletin, myGC, Firstpost,
    # Jawawa (the Jakarta Post)); counted by hand when labelled: 1 headline row (none with an event), 82 events,
    # 81 visits, meetings, talks and stops (CONSULT), 1 pact announced (AGREE)
    # (labels round 11: TV001, TV041, TV060, TV066 relabelled to the tour and "may" convention; quiet was 21,
    # events 87, types {"CONSULT": 86, "AGREE": 1})
    dict(name="heldout102_prose.tsv", pages=10, quiet=20, eventful=58, headlines=1, events=94,
         types={"CONSULT": 93, "AGREE": 1}, disjoint=True),
    # held-out 103 (coder round 100: visits and meetings, a whole-population sort): 13 pages of news, features and
    # opinion on leaders' and ministers' visits, meetings, talks and calls (Korea Times US, UrduPoint,
    # Turkmenistan News Gazette, Breitbart, East Coast Daily, APA, Report.az, TASS, Islamabad Post, Kiwiblog,
    # Newsio, the South China Morning Post, Topix); counted by hand when labelled: 3 headline rows, 2 with one,
    # 62 events, 59 visits, meetings, talks and calls (CONSULT; 2 of them agreed or invited, AGREE/CONSULT),
    # 4 agreements (AGREE), 1 accusation (ACCUSE)
    # (labels round 6: VM044 relabelled from no event to their own or an earlier meeting, call or visit; quiet was 32,
    # events 62)
    # (labels round 14: VM004, VM025: headline rows `-`, whatever they tell; quiet was 31, events 63, types {"CONSULT": 60, "AGREE": 4, "ACCUSE": 1})
    dict(name="heldout103_prose.tsv", pages=13, quiet=33, eventful=46, headlines=3, events=61,
         types={"CONSULT": 58, "AGREE": 4, "ACCUSE": 1}, disjoint=True),
    # held-out 104 (coder round 101: launches, fifteenth pass): 13 pages of news on North Korean launches over and
    # near Japan, Houthi missiles intercepted over Saudi Arabia, rockets and a drone from Lebanon shot down by Iron
    # Dome, and an Agni-V test (Face of Malawi, an 18.133.168.103 news page, TASS, NHK World, UrduPoint, the Media
    # Line, value-cii, National Yemen, the New Indian Express, Daily Sabah, Eagle Eye Intel, Military View, India TV
    # News); counted by hand when labelled: no headline row, 93 events, 51 launches and tests (MOBILIZE; 21 of them
    # fired at a state, ASSAULT/MOBILIZE), 30 reports and claims (STATEMENT), 9 protests and condemnations (ACCUSE),
    # 2 strikes (ASSAULT), 1 threat (THREATEN)
    dict(name="heldout104_prose.tsv", pages=13, quiet=24, eventful=56, headlines=0, events=93,
         types={"MOBILIZE": 51, "ASSAULT": 23, "STATEMENT": 30, "ACCUSE": 9, "THREATEN": 1}, disjoint=True),
    # held-out 105 (coder round 102: visits and trips told by nouns): 10 pages of news, features and opinion on
    # leaders' and ministers' visits and trips (Asian Mirror, Business Standard (PTI), the Sentinel Assam, Etemaad
    # Daily, a blog copy of a Reuters report, Japan Today, Sputnik, Shining India News, Trendy News Now, the Local
    # Germany); counted by hand when labelled: 6 headline rows, 5 with one, 90 events, 82 visits, trips, meetings and
    # talks (CONSULT), 8 agreements (AGREE)
    # (labels round 9: VN063: planned topics of the article's announced or under-way meeting labelled as that meeting; quiet was 16, events 91, types {"CONSULT": 83, "AGREE": 8})
    # (labels round 14: VN001, VN032, VN040, VN045, VN057: headline rows `-`, whatever they tell; quiet was 15, events 95, types {"CONSULT": 87, "AGREE": 8})
    dict(name="heldout105_prose.tsv", pages=10, quiet=20, eventful=59, headlines=6, events=90,
         types={"CONSULT": 82, "AGREE": 8}, disjoint=True),
    # held-out 106 (coder round 103: visits and meetings whose second state is named only in an earlier row): 12
    # pages of news and features on leaders' and ministers' visits, meetings, talks and calls (Rediff, OnLanka, India
    # Africa Connect, China Daily, the South China Morning Post, the Saudi embassy in Washington, Arab News, Breaking
    # News Turkey, the Hindustan Times, UrduPoint, MNI Markets, the Irish Times); counted by hand when labelled: no
    # headline row, 78 events, 77 visits, meetings, talks and calls (CONSULT), 1 agreement to be signed (AGREE)
    dict(name="heldout106_prose.tsv", pages=12, quiet=14, eventful=57, headlines=0, events=79,
         types={"CONSULT": 78, "AGREE": 1}, disjoint=True),
    # held-out 107 (coder round 104: false events in opinion and analysis, tenth pass — plans and hypotheticals,
    # quoted opinion, negated meetings): 10 pages of opinion, analysis and explainers on summits, talks and visits
    # (Issues Connect, the Heritage Foundation, a Prophecy Update blog copy, the Atlantic, the Daily Signal, VOA,
    # Worldsnap, Newz, Albis, the Commentator); counted by hand when labelled: 3 headline rows (none with an event),
    # 10 events, 7 visits, meetings and talks (CONSULT), 3 announced or accepted ones (AGREE/CONSULT)
    # (labels round 6: RW071 relabelled from no event to their own or an earlier meeting, call or visit; quiet was 91,
    # events 12)
    # (labels round 9: RW030: planned topics of the article's announced or under-way meeting labelled as that meeting; quiet was 90, events 13, types {"CONSULT": 13, "AGREE": 5})
    # (labels round 19: the article's own meeting named by its noun: RW068 relabelled `-` -> the article's meeting or visit (1 label); quiet was 89, events 14, types {"CONSULT": 14, "AGREE": 6})
    dict(name="heldout107_prose.tsv", pages=10, quiet=88, eventful=14, headlines=3, events=15,
         types={"CONSULT": 15, "AGREE": 6}, disjoint=True),
    # held-out 108 (coder round 105: launches, sixteenth pass): 12 pages of news on missile tests by Pakistan, Iran,
    # the United States and India (Daily Pakistan, the Jerusalem Post, the New Arab, AP, af.mil, Air & Space Forces
    # Magazine, the Santa Barbara Independent, KSBY, the Lompoc Record, LatestLY, IBTimes India, Kalinga TV); counted
    # by hand when labelled: no headline row, 73 events, 57 launches and tests (MOBILIZE), 14 reports and claims
    # (STATEMENT), 2 condemnations (ACCUSE)
    # (labels round 12: ZT021: a state's source telling a medium: `USA>- STATEMENT` added; quiet was 11, events 73, types {"MOBILIZE": 57, "STATEMENT": 14, "ACCUSE": 2})
    dict(name="heldout108_prose.tsv", pages=12, quiet=11, eventful=58, headlines=0, events=74,
         types={"MOBILIZE": 57, "STATEMENT": 15, "ACCUSE": 2}, disjoint=True),
    # held-out 109 (coder round 106: visits and meetings whose visitor or host is a pronoun or a bare title): 7 pages
    # of news and features on leaders' visits told over several sentences (Newsfirst, Ada Derana, a blog copy of a
    # CNN report, Arab News, Zaman al-Wasl, Lokmat Times (ANI), All About Royal Families); counted by hand when
    # labelled: 1 headline row (with one), 70 events, 69 visits, meetings, talks and welcomes (CONSULT), 1
    # agreement (AGREE)
    # (labels round 14: OM042: headline rows `-`, whatever they tell; quiet was 15, events 71, types {"CONSULT": 70, "AGREE": 1})
    dict(name="heldout109_prose.tsv", pages=7, quiet=16, eventful=49, headlines=1, events=69,
         types={"CONSULT": 68, "AGREE": 1}, disjoint=True),
    # held-out 110 (coder round 107: visits and meetings whose second state is named only in an earlier row): 10
    # pages of news on leaders' and ministers' visits and tours told over several sentences (Orissa Diary, ABC7, ARY
    # News, Iran Press, Islamic Invitation Turkey, Emirates News Flash, the National, AllAfrica, the Citizen,
    # EIN Presswire); counted by hand when labelled: 4 headline rows (2 with one), 104 events, 99 visits, meetings,
    # talks, welcomes and farewells (CONSULT), 5 agreements (AGREE)
    # (labels round 11: PK043 relabelled to the tour and "may" convention; quiet was 22,
    # events 104, types {"CONSULT": 99, "AGREE": 5})
    # (labels round 14: PK009, PK054: headline rows `-`, whatever they tell; quiet was 21, events 108, types {"CONSULT": 103, "AGREE": 5})
    dict(name="heldout110_prose.tsv", pages=10, quiet=23, eventful=67, headlines=4, events=105,
         types={"CONSULT": 100, "AGREE": 5}, disjoint=True),
    # held-out 111 (coder round 108: launches, seventeenth pass): 13 pages of news on missile tests by North Korea,
    # Iran, South Korea, Pakistan and China (Kyodo, investmoneyuk, WTXL, NBC4i, NK News, KBS, NewsCenter1 (AP), the
    # Quest, WeForNews, Business Recorder, PHnotes, Israel National News, Telkdeep); counted by hand when labelled: no
    # headline row, 116 events, 58 launches and tests (MOBILIZE), 52 reports and claims (STATEMENT), 6 criticisms
    # and condemnations (ACCUSE)
    # (labels round 10: YH006: footage shown with no words: the `SRC>- STATEMENT` removed; quiet was 10, events 116, types {"MOBILIZE": 58, "STATEMENT": 52, "ACCUSE": 6})
    # (labels round 12: YH062: Yonhap alone on South Korea's act: `KOR>- STATEMENT` removed; YH015, YH018: footage with no words: `IRN>- STATEMENT` removed; quiet was 10, events 115, types {"MOBILIZE": 58, "STATEMENT": 51, "ACCUSE": 6})
    dict(name="heldout111_prose.tsv", pages=13, quiet=10, eventful=65, headlines=0, events=112,
         types={"MOBILIZE": 58, "STATEMENT": 48, "ACCUSE": 6}, disjoint=True),
    # held-out 112 (coder round 109: false events in opinion and analysis, eleventh pass): 12 pages of opinion,
    # editorials, analysis and explainers on relations between states (To Vima, the Canberra Times, the New Indian
    # Express, Project Syndicate, Africa Times, TigraiOnline, a blog on the Nile dam, InfoBalkans, Exbulletin,
    # GZERO Media, Teller Report, Voice Asia News); counted by hand when labelled: no headline row, 18 events, 17
    # meetings, visits, talks and planned meetings (CONSULT, 4 of them announced: AGREE/CONSULT), 1 agreement (AGREE)
    # (labels round 13: OQ068: the article's own meeting, visit or act told by its noun, a plan or a withheld detail labelled as that event; quiet was 76, events 18, types CONSULT 17)
    # (labels round 19: the article's own meeting named by its noun: OQ003, OQ032, OQ072 relabelled `-` -> the article's meeting or visit (3 labels); quiet was 75, events 19, types {"CONSULT": 18, "AGREE": 5})
    dict(name="heldout112_prose.tsv", pages=12, quiet=72, eventful=21, headlines=0, events=22,
         types={"CONSULT": 21, "AGREE": 5}, disjoint=True),
    # held-out 113 (coder round 110: visits and meetings told in foreign ministries' readouts and news of
    # diplomatic meetings): 15 pages (Lokmat Times, Republic World, ARY News, News18, UrduPoint (two), Devdiscourse
    # (two), Business Recorder, Newswire, AllAfrica, A News, the Global Times (Xinhua), Vestnik Kavkaza,
    # Newsbulletin247); counted by hand when labelled: no headline row, 99 events, 96 meetings, talks, calls,
    # credentials received and visits (CONSULT), 3 agreements (AGREE)
    # (labels round 6: FM031, FM035, FM080 relabelled from no event to their own or an earlier meeting, call or visit;
    # quiet was 24, events 99)
    # (labels round 7: FM083 relabelled from no event to the article's own event (one party's emphasis, a welcome or a
    # first visit); quiet was 21, events 102)
    # (labels round 9: FM067: planned topics of the article's announced or under-way meeting labelled as that meeting; quiet was 20, events 103, types {"CONSULT": 100, "AGREE": 3})
    dict(name="heldout113_prose.tsv", pages=15, quiet=19, eventful=70, headlines=0, events=104,
         types={"CONSULT": 101, "AGREE": 3}, disjoint=True),
    # held-out 114 (coder round 111: the headline case, ninth pass): 13 pages of news of 2025-26 on South Korea's
    # diplomacy between the United States, China and Japan and the launches reported beside it (the Taipei Times,
    # Interbellum News, NewsGram (IANS), KBS (twice), the Japan News (a Reuters story, and the Yomiuri on the
    # trilateral foreign ministers' meeting), WION, the Korea Herald, A News (Anadolu), the Korea JoongAng Daily, VOV
    # World, Al Mayadeen); counted by hand when labelled: no headline row, 105 events, 59 visits, meetings, summits,
    # talks, calls and welcomes (CONSULT), 22 announced or planned ones (AGREE/CONSULT), 7 agreements (AGREE), 8
    # launches (MOBILIZE), 6 reports (STATEMENT), 3 pairs of a trilateral exercise (COOPERATE)
    # (labels round 19: the article's own meeting named by its noun: KL010 relabelled `-` -> the article's meeting or visit (1 label); quiet was 21, events 105, types {"CONSULT": 81, "AGREE": 29, "MOBILIZE": 8, "STATEMENT": 6, "COOPERATE": 3})
    dict(name="heldout114_prose.tsv", pages=13, quiet=20, eventful=63, headlines=0, events=106,
         types={"CONSULT": 82, "AGREE": 29, "MOBILIZE": 8, "STATEMENT": 6, "COOPERATE": 3}, disjoint=True),
    # held-out 115 (coder round 112: launches, eighteenth pass): 11 pages of news on missile tests by Pakistan, the
    # United States, France, the United Kingdom and China (Dunya News (twice), UNI, Daily Magazine, Aerotech News, Air
    # & Space Forces, CSIS Missile Threat, the Star Tribune (AP), Chronicles Live, the Japan Times, Pledge Times);
    # counted by hand when labelled: no headline row, 69 events, 45 launches and tests (MOBILIZE), 24 reports and
    # claims (STATEMENT)
    dict(name="heldout115_prose.tsv", pages=11, quiet=7, eventful=47, headlines=0, events=69,
         types={"MOBILIZE": 45, "STATEMENT": 24}, disjoint=True),
    # held-out 116 (coder round 113: visits and meetings whose party is a group noun or a stand-in: delegations,
    # envoys, "the two sides"): 13 pages of news and readouts of 2018-25; counted by hand when labelled: no headline
    # row, 86 events, 49 visits, meetings, talks and calls (CONSULT), 21 announced or planned ones (AGREE/CONSULT),
    # 16 agreements (AGREE)
    # (labels round 6: DS051, DS053 relabelled from no event to their own or an earlier meeting, call or visit; quiet
    # was 6, events 86)
    # (labels round 7: DS029 relabelled from no event to the article's own event (one party's emphasis, a welcome or a
    # first visit); quiet was 4, events 88)
    dict(name="heldout116_prose.tsv", pages=13, quiet=3, eventful=69, headlines=0, events=89,
         types={"CONSULT": 73, "AGREE": 37}, disjoint=True),
    # held-out 117 (coder round 114: false events on the non-event rows of news and readouts): 10 pages of news and
    # readouts of 2012-25 on visits and meetings; counted by hand when labelled: no headline row, 50 events, 41 visits,
    # meetings, talks and calls (CONSULT), 7 announced or planned ones (AGREE/CONSULT), 2 agreements (AGREE)
    # (labels round 6: FE033 relabelled from no event to their own or an earlier meeting, call or visit; quiet was 15,
    # events 50)
    dict(name="heldout117_prose.tsv", pages=10, quiet=14, eventful=44, headlines=0, events=51,
         types={"CONSULT": 49, "AGREE": 9}, disjoint=True),
    # held-out 118 (coder round 115: launches, nineteenth pass: interceptions with no launcher named and flights told
    # with no launch verb): 16 pages of news on missiles, rockets and drones fired by the Houthis, North Korea and
    # Hezbollah, intercepted or tracked, and on United States test flights; counted by hand when labelled: no headline
    # row, 106 events, 57 launches, tests and attacks by missile, rocket or drone (MOBILIZE, 23 of them fired at a
    # state: ASSAULT/MOBILIZE), 44 reports and claims (STATEMENT), 2 air strikes (ASSAULT), 2 condemnations (ACCUSE),
    # 1 threat (THREATEN)
    dict(name="heldout118_prose.tsv", pages=16, quiet=17, eventful=61, headlines=0, events=106,
         types={"MOBILIZE": 57, "STATEMENT": 44, "ASSAULT": 25, "ACCUSE": 2, "THREATEN": 1}, disjoint=True),
    # held-out 119 (coder round 116: visits and meetings told in readouts and news: courtesy calls, phone calls, a
    # guest hosted): 13 pages of news and readouts of 2019-25; counted by hand when labelled: no headline row, 81
    # events, 73 visits, meetings, talks, courtesy calls and phone calls (CONSULT), 3 announced or planned visits
    # (AGREE/CONSULT), 5 agreements (AGREE)
    # (labels round 7: CC056 relabelled from no event to the article's own event (one party's emphasis, a welcome or a
    # first visit); quiet was 20, events 81)
    dict(name="heldout119_prose.tsv", pages=13, quiet=19, eventful=63, headlines=0, events=82,
         types={"CONSULT": 77, "AGREE": 8}, disjoint=True),
    # held-out 120 (coder round 117: visits and meetings in opinion and analysis that the gate or a comment, plan or
    # negation check holds back): 11 pages of editorials, opinion, analysis and commentary of 2018-23 on summits and
    # state visits (the Japan Times, Asianet Newsable, the Deccan Chronicle, the Friday Times, TRT Global, SCEEUS,
    # aijune (a copy of a Guardian analysis), the Eastern Herald, JGNT, Firstpost, eurotopics); counted by hand when
    # labelled: no headline row, 45 events, 39 visits, meetings, summits and welcomes (CONSULT, 6 of them announced:
    # AGREE/CONSULT), 6 agreements (AGREE)
    # (labels round 6: OW049 relabelled from no event to their own or an earlier meeting, call or visit; quiet was 55,
    # events 47)
    # (labels round 11: OW031 relabelled to the tour and "may" convention; quiet was 54,
    # events 48, types {"CONSULT": 42, "AGREE": 13})
    # (labels round 13: OW006, OW077, OW082: the article's own meeting, visit or act told by its noun, a plan or a withheld detail labelled as that event; quiet was 53, events 49, types CONSULT 43, AGREE 13)
    # (labels round 19: the article's own meeting named by its noun: OW009, OW086 relabelled `-` -> the article's meeting or visit (2 labels); quiet was 50, events 54, types {"CONSULT": 48, "AGREE": 14})
    dict(name="heldout120_prose.tsv", pages=11, quiet=48, eventful=44, headlines=0, events=56,
         types={"CONSULT": 50, "AGREE": 14}, disjoint=True),
    # held-out 121 (coder round 118: visits and meetings whose host or visitor is told by a bare title or office: state
    # banquets, luncheons, audiences, receptions and courtesy calls hosted by heads of state and government, speakers
    # and monarchs): 14 pages of news and readouts of 2019-25; counted by hand when labelled: no headline row, 71
    # events, 68 visits, meetings, talks, audiences, receptions and courtesy calls (CONSULT), 1 planned meeting
    # (AGREE/CONSULT), 2 agreements (AGREE)
    dict(name="heldout121_prose.tsv", pages=14, quiet=26, eventful=51, headlines=0, events=71,
         types={"CONSULT": 69, "AGREE": 3}, disjoint=True),
    # held-out 122 (coder round 119: launches and interceptions, twentieth pass: the interceptor read as the attacker,
    # "X-backed" read as a party): 18 pages of news of 2019-26 on drones, missiles and rockets fired at Ukraine,
    # Russia, Israel, Saudi Arabia and the United Arab Emirates and shot down or intercepted by them; counted by hand
    # when labelled: no headline row, 91 events, 46 drones, missiles and rockets fired at a state (ASSAULT/MOBILIZE),
    # 42 reports and claims (STATEMENT), 2 air strikes (ASSAULT), 1 threat (THREATEN)
    dict(name="heldout122_prose.tsv", pages=18, quiet=24, eventful=50, headlines=0, events=91,
         types={"MOBILIZE": 46, "STATEMENT": 42, "ASSAULT": 48, "THREATEN": 1}, disjoint=True),
    # held-out 123 (coder round 120: false events in opinion and analysis, twelfth pass): 12 pages of editorials,
    # columns, a letter to the editor, think-tank and blog commentary of 2018-23 on NATO, sanctions on Russia, North
    # Korea, the G20, the Quad and Modi's visits; counted by hand when labelled: no headline row, 28 events, 20 visits,
    # meetings and talks (CONSULT, 6 of them announced: AGREE/CONSULT), 1 agreement (AGREE), 3 deployments and
    # launches (MOBILIZE), 2 sanctions (SANCTION/COERCE), 1 threat (THREATEN), 1 meeting cancelled (REJECT)
    # (labels round 19: the article's own meeting named by its noun: FO052 relabelled `-` -> the article's meeting or visit (2 labels); quiet was 63, events 28, types {"CONSULT": 20, "AGREE": 7, "MOBILIZE": 3, "SANCTION": 2, "THREATEN": 1, "REJECT": 1})
    dict(name="heldout123_prose.tsv", pages=12, quiet=62, eventful=21, headlines=0, events=30,
         types={"CONSULT": 22, "AGREE": 9, "MOBILIZE": 3, "SANCTION": 2, "THREATEN": 1, "REJECT": 1},
         disjoint=True),
    # held-out 124 (coder round 121: the headline case, tenth pass): 14 pages of news of 2025-26 on South Korea's
    # diplomacy between the United States, China and Japan, the tariffs and sanctions beside it and North Korea's
    # launches (the People's Daily (Xinhua), Korea.net (twice), KBS, AM 920 the Answer (AP), Channel NewsAsia, Israel
    # National News, the Korea JoongAng Daily (twice), StratNews Global, the Drum Online, Devdiscourse, BSS (AFP), the
    # Chosun Ilbo); counted by hand when labelled: no headline row, 115 events, 32 visits, meetings, talks and calls
    # (CONSULT), 30 announced or planned ones (AGREE/CONSULT), 7 agreements (AGREE), 4 pledges of investment
    # (AGREE/SUPPORT), 17 launches and tests (MOBILIZE), 10 reports (STATEMENT), 6 sanctions and tariffs
    # (SANCTION, 3 of them COERCE/SANCTION), 3 threats (THREATEN), 2 requests (REQUEST), 2 accusations (ACCUSE), 2
    # strikes (ASSAULT)
    # (labels round 6: KJ085 relabelled from no event to their own or an earlier meeting, call or visit; quiet was 24,
    # events 115)
    dict(name="heldout124_prose.tsv", pages=14, quiet=23, eventful=66, headlines=0, events=116,
         types={"CONSULT": 63, "AGREE": 41, "MOBILIZE": 17, "STATEMENT": 10, "SANCTION": 6, "THREATEN": 3,
                "REQUEST": 2, "ACCUSE": 2, "ASSAULT": 2}, disjoint=True),
    # held-out 125 (coder round 122: visits and meetings coded with the wrong party): 11 pages of news and readouts of
    # 2021-25 on visits, talks and courtesy calls whose sentences name hosts, guests and places of more than one
    # state; counted by hand when labelled: no headline row, 83 events, 76 visits, meetings, talks and courtesy calls
    # (CONSULT), 4 planned or scheduled talks (AGREE/CONSULT), 3 agreements (AGREE)
    dict(name="heldout125_prose.tsv", pages=11, quiet=17, eventful=52, headlines=0, events=83,
         types={"CONSULT": 80, "AGREE": 7}, disjoint=True),
    # held-out 126 (coder round 123: visits and meetings whose row gets no record at all): 17 pages of news and readouts
    # of 2019-25 on visits, trips, talks and meetings between leaders, ministers and officials of many states (the Global
    # Times, Scroll, Zee News, the New Indian Express, Qalampir, EIN Presswire, BelTA, Politico Europe, the Local, UPI,
    # the Kyiv Post, AllAfrica (the New Times), the Herald, the Independent (Xinhua), Egypt Today, Sputnik Africa,
    # Africanews); counted by hand when labelled: no headline row, 98 events, 70 visits, meetings, talks and receptions
    # (CONSULT), 20 announced or planned ones (AGREE/CONSULT), 6 agreements (AGREE), 1 buildup (MOBILIZE), 1 threat
    # (THREATEN)
    # (labels round 6: VT091 relabelled from no event to their own or an earlier meeting, call or visit; quiet was 21,
    # events 98)
    # (labels round 7: VT037 relabelled from no event to the article's own event (one party's emphasis, a welcome or a
    # first visit); quiet was 20, events 99)
    dict(name="heldout126_prose.tsv", pages=17, quiet=19, eventful=72, headlines=0, events=100,
         types={"CONSULT": 92, "AGREE": 26, "MOBILIZE": 1, "THREATEN": 1}, disjoint=True),
    dict(name="heldout127_prose.tsv", pages=12, quiet=18, eventful=51, headlines=0, events=83,
         types={"CONSULT": 82, "AGREE": 69}, disjoint=True),
    # held-out 128 (coder round 125: visits and meetings whose list of stops or partners is dropped): 17 pages of news
    # and readouts of 2014-24 on tours, visits and bilateral meetings naming several stops or partners (ABP Live,
    # APAC Daily, the Northern Farmer (PA), NDTV, Hurriyet Daily News, Al Jazeera, Arabs Today, Ynetnews (Reuters),
    # the Straits Times, Moneycontrol (PTI), VietnamPlus, the New Indian Express, EIN Presswire, the Hindustan Times,
    # the Washington Post, the Jewish Press, the Yonkers Tribune); counted by hand when labelled: no headline row,
    # 145 events, 40 visits, meetings and talks (CONSULT), 104 announced or planned ones (AGREE/CONSULT), 1 agreement
    # (AGREE)
    # (labels round 6: LS073 relabelled from no event to their own or an earlier meeting, call or visit; quiet was 18,
    # events 159)
    dict(name="heldout128_prose.tsv", pages=17, quiet=17, eventful=68, headlines=0, events=161,
         types={"CONSULT": 160, "AGREE": 121}, disjoint=True),
    # held-out 129 (coder round 126): missile, rocket, drone and satellite launches, tests and interceptions
    # (labels round 13: LT037: the article's own meeting, visit or act told by its noun, a plan or a withheld detail labelled as that event; quiet was 18, events 90, types MOBILIZE 48, ASSAULT 17)
    dict(name="heldout129_prose.tsv", pages=16, quiet=17, eventful=54, headlines=0, events=91,
         types={"MOBILIZE": 49, "STATEMENT": 37, "ASSAULT": 18, "ACCUSE": 3, "AGREE": 1}, disjoint=True),
    # held-out 130 (coder round 127: the headline case, eleventh pass): 16 pages of 2025-26 news on South Korea's
    # summits, visits and talks with China, Japan and the United States, the tariff deal, Freedom Shield and North
    # Korea's launches (allthe.news (five stories), Voz, Aju Press, Newser (AP), Republic World, Devdiscourse, BOL
    # News, Boltflight, Pano News, Dhaka Gate, the Star (Reuters), Capitol Daily); counted by hand when labelled: no
    # headline row, 78 events, 32 visits, meetings and talks (CONSULT), 16 planned ones (AGREE/CONSULT), 8 launches,
    # 6 condemnations, 3 reports, 3 pledges of investment or purchase, 4 exercises, 2 requests, 2 threats, 2 agreements
    # (labels round 6: KM014 relabelled from no event to their own or an earlier meeting, call or visit; quiet was 22,
    # events 80)
    # (labels round 9: KM009, KM032, KM027: planned topics of the article's announced or under-way meeting labelled as that meeting; a stated willingness to meet is the speaker's statement, not the meeting; quiet was 21, events 81, types {"CONSULT": 51, "AGREE": 22, "MOBILIZE": 8, "ACCUSE": 6, "COOPERATE": 4, "STATEMENT": 3, "SUPPORT": 3, "REQUEST": 2, "THREATEN": 2})
    # (labels round 19: the article's own meeting named by its noun: KM061 relabelled `-` -> the article's meeting or visit (1 label); quiet was 19, events 83, types {"CONSULT": 52, "AGREE": 23, "MOBILIZE": 8, "ACCUSE": 6, "COOPERATE": 4, "STATEMENT": 4, "SUPPORT": 3, "REQUEST": 2, "THREATEN": 2})
    # (labels round 20: meetings told as expected, planned or scheduled: KM029 (the upcoming summit as subject) and KM049 (the negotiations' planned topic) gained `KOR<>USA AGREE/CONSULT` (2 labels); quiet was 18, events 84, types {"CONSULT": 53, "AGREE": 23})
    dict(name="heldout130_prose.tsv", pages=16, quiet=18, eventful=52, headlines=0, events=86,
         types={"CONSULT": 55, "AGREE": 25, "MOBILIZE": 8, "ACCUSE": 6, "COOPERATE": 4, "STATEMENT": 4, "SUPPORT": 3, "REQUEST": 2, "THREATEN": 2}, disjoint=True),
    # held-out 131 (coder round 128: false events in news and analysis, thirteenth pass): 14 pages of 2023-26 news
    # features, explainers and analysis on diplomacy and security (CFISS, NATO Watch, Jeff McCausland, S-RM, the
    # Christian Science Monitor, Strategic Study India (Carl Thayer), Global Affairs (Navarra), Cherumbu (Vox), the
    # Independent, the Asia Live, Asharq Al-Awsat (AP), Britbrief, Learnerz, West Timelines); counted by hand when
    # labelled: no headline row, 16 events, 5 meetings and talks (CONSULT, 2 of them planned AGREE/CONSULT), 3
    # accusations (ACCUSE), 1 statement (STATEMENT), 3 attacks (ASSAULT, 1 of them ASSAULT/MOBILIZE), 3 launches, deployments and drills (MOBILIZE),
    # 2 threats (THREATEN)
    # (labels round 6: FK004 relabelled from no event to their own or an earlier meeting, call or visit; quiet was 72,
    # events 16)
    # (labels round 17: acts summed up over a span: FK038 ("Since mid-November, Houthi rebels ... have been attacking shipping ...") relabelled `YEM>- ASSAULT/MOBILIZE` -> `-`; quiet was 71, events 17, ASSAULT 3, MOBILIZE 3)
    # (labels round 19: the article's own meeting named by its noun: FK062, FK064, FK070 relabelled `-` -> the article's meeting or visit (3 labels); quiet was 72, events 16, types {"CONSULT": 6, "AGREE": 2, "ACCUSE": 3, "STATEMENT": 1, "ASSAULT": 2, "MOBILIZE": 2, "THREATEN": 2})
    dict(name="heldout131_prose.tsv", pages=14, quiet=69, eventful=16, headlines=0, events=19,
         types={"CONSULT": 9, "AGREE": 5, "ACCUSE": 3, "STATEMENT": 1, "ASSAULT": 2, "MOBILIZE": 2, "THREATEN": 2}, disjoint=True),
    # held-out 132 (coder round 129: records whose source is their own target): 21 pages of 2024-25 news on security
    # operations, arrests, strikes and cross-border incidents naming parties of one state and of others (the News,
    # Tribal News Network and Khaama Press and the Peninsula (MENAFN), Pakistan Observer, Devdiscourse, the Moscow
    # Times, Josey M Agency, Dunya News, Greek City Times, Particle, Ground Zero, Indian Defence News, Link4Din, TASS,
    # Mid-day, A News, TRT World (twice), Daily Post, ANR); counted by hand when labelled: no headline row, 48 events,
    # 30 attacks, strikes and clashes (ASSAULT, 1 of them joint), 7 accusations (ACCUSE), 9 statements and reports
    # (STATEMENT), 4 threats (THREATEN), 3 denials (REJECT), 4 arrests (COERCE), 1 call to evacuate (REQUEST), 4
    # rocket fire (MOBILIZE); 17 events name no target (SRC>-: a state's forces at home)
    # (labels round 8: XS025, XS073: the reporting party's `SRC>- STATEMENT` added beside the act it reports; quiet was
    # 39, events 48)
    # (labels round 10: XS066, XS070, XS072, XS080: the doer's own report: the doer's `SRC>- STATEMENT` added beside its act; XS082: the doer's own state media or agency: the doer's `SRC>- STATEMENT` added beside its act; quiet was 39, events 50, types {"ASSAULT": 30, "ACCUSE": 7, "STATEMENT": 11, "THREATEN": 4, "REJECT": 3, "COERCE": 4, "REQUEST": 1, "MOBILIZE": 4})
    # (labels round 12: XS001: the military's media wing on its own act: `PAK>- STATEMENT` added; quiet was 39, events 55, types {"ASSAULT": 30, "ACCUSE": 7, "STATEMENT": 16, "THREATEN": 4, "REJECT": 3, "COERCE": 4, "REQUEST": 1, "MOBILIZE": 4})
    # (labels round 15: a state's own sources: XS014: `PAK>- STATEMENT` added; XS026: `IND>- STATEMENT` added; XS053: `IRN>- STATEMENT` added; XS058: `ISR>- STATEMENT` added; XS060: `ISR>- STATEMENT` added; XS062: `ISR>- STATEMENT` added; XS069: `ISR>- STATEMENT` added; XS075: `TUR>- STATEMENT` added; XS077: `TUR>- STATEMENT` added; quiet was 39, events 56, types {"ASSAULT": 30, "ACCUSE": 7, "STATEMENT": 17, "THREATEN": 4, "REJECT": 3, "COERCE": 4, "REQUEST": 1, "MOBILIZE": 4})
    dict(name="heldout132_prose.tsv", pages=21, quiet=39, eventful=45, headlines=0, events=65,
         types={"ASSAULT": 30, "ACCUSE": 7, "STATEMENT": 26, "THREATEN": 4, "REJECT": 3, "COERCE": 4, "REQUEST": 1,
                "MOBILIZE": 4}, disjoint=True),
    # held-out 133 (coder round 130: launches, twenty-second pass): 15 pages of 2022-25 news on missiles and drones fired
    # at the UAE, Saudi Arabia, Qatar (Al Udeid), Israel, Ukraine and Poland and intercepted by their or a neighbour's
    # air defences; counted by hand when labelled: no headline row, 108 events, 56 launches fired at a state
    # (ASSAULT/MOBILIZE), 11 air strikes (ASSAULT), 39 reports and claims (STATEMENT), 2 condemnations (ACCUSE)
    # (labels round 8: AD075: the reporting party's `SRC>- STATEMENT` added beside the act it reports; quiet was 21,
    # events 108)
    dict(name="heldout133_prose.tsv", pages=15, quiet=21, eventful=60, headlines=0, events=109,
         types={"ASSAULT": 67, "MOBILIZE": 56, "STATEMENT": 40, "ACCUSE": 2}, disjoint=True),
    # held-out 134 (coder round 131: phone calls told by a transitive "call"): 21 pages of 2021-26 readouts and news of
    # phone and video calls between leaders and ministers (gov.uk, Devdiscourse, Global Times via nanhai.org.cn, India
    # TV, The American Conservative, WSGW (CBS), CNBC, SOFREP, Indileak, Mint, India Narrative, Daily Sabah, Hurriyet
    # Daily News, Euromaidan Press, Ukrinform, Interfax-Ukraine, armenia.co.il, SSBCrack, president.gov.ua); counted by
    # hand when labelled: no headline row, 38 events, 35 calls and talks (CONSULT), 2 requests (REQUEST), 1 accusation
    # (labels round 6: FQ012 relabelled from no event to their own or an earlier meeting, call or visit; quiet was 21,
    # events 47)
    # (labels round 7: FQ003, FQ006 relabelled from no event to the article's own event (one party's emphasis, a
    # welcome or a first visit); quiet was 20, events 48)
    # (labels round 9: FQ005, FQ009, FQ018, FQ019, FQ051: the call's report as predicate labelled as the call; quiet was 18, events 50, types {"CONSULT": 47, "REQUEST": 2, "ACCUSE": 1})
    # (labels round 13: FQ013, FQ048: the article's own meeting, visit or act told by its noun, a plan or a withheld detail labelled as that event; quiet was 13, events 55, types CONSULT 52)
    # (labels round 19: the article's own meeting named by its noun: FQ027, FQ055, FQ058 relabelled `-` -> the article's meeting or visit (3 labels); quiet was 11, events 57, types {"CONSULT": 54, "REQUEST": 2, "ACCUSE": 1})
    dict(name="heldout134_prose.tsv", pages=21, quiet=8, eventful=53, headlines=0, events=60,
         types={"CONSULT": 57, "REQUEST": 2, "ACCUSE": 1}, disjoint=True),
    # held-out 135 (coder round 132: courtesy calls and calls told by a noun): 28 pages of 2020-25 news and readouts of
    # courtesy calls by envoys and ministers and of phone and video calls between officials (TASS, Vestnik Kavkaza,
    # Spotlight Nepal, Business Recorder, CGTN via WFMZ, The Independent (Uganda), narendramodi.in, Trend, AZERTAC,
    # News.Az, einpresswire (DIRCO), mofa.gov.iq, gov.uk, MyVue News, mfa.gov.lk, samoa.org.nz, news-pravda, anews.az,
    # kremlin.ru, Mehr, fm.gov.om, The Standard (Gambia), A News, UNN); counted by hand when labelled: no headline
    # row, 39 events, all calls, courtesy calls and talks (CONSULT)
    # (labels round 6: FR029, FR010 relabelled from no event to their own or an earlier meeting, call or visit; quiet
    # was 21, events 53)
    # (labels round 9: FR007: a specific earlier meeting or visit labelled; quiet was 19, events 55, types {"CONSULT": 55})
    # (labels round 19: the article's own meeting named by its noun: FR021, FR065 relabelled `-` -> the article's meeting or visit (2 labels); quiet was 18, events 56, types {"CONSULT": 56})
    dict(name="heldout135_prose.tsv", pages=28, quiet=16, eventful=49, headlines=0, events=58,
         types={"CONSULT": 58}, disjoint=True),
    # held-out 136 (coder round 133: launches fired at a state, told by the victim's officials, twenty-third pass): 14
    # pages of 2023-26 news on Russian missiles and drones fired at Ukraine, Ukrainian drones at Russia, Houthi missiles
    # and drones and Hezbollah rockets at Israel and Iranian missiles and drones at Kuwait, Bahrain and the UAE, as the
    # victims' air forces, militaries and ministries report them; counted by hand when labelled: no headline row, 93
    # events, 55 launches fired at a state (ASSAULT/MOBILIZE), 2 air strikes (ASSAULT), 35 reports and claims
    # (STATEMENT), 1 condemnation (ACCUSE)
    # (labels round 15: a state's own sources: MH001: `ISR>- STATEMENT` added; quiet was 16, events 93, types {"ASSAULT": 57, "MOBILIZE": 55, "STATEMENT": 35, "ACCUSE": 1})
    dict(name="heldout136_prose.tsv", pages=14, quiet=16, eventful=56, headlines=0, events=94,
         types={"ASSAULT": 57, "MOBILIZE": 55, "STATEMENT": 36, "ACCUSE": 1}, disjoint=True),
    # held-out 137 (coder round 134: the launcher named only in an earlier sentence): 12 pages of 2024-25 news on
    # missiles and drones from Yemen and Hezbollah rockets and drones fired at Israel and Russian drones and missiles
    # fired at Ukraine, whose later sentences tell the interception, fall or damage without naming the launcher;
    # counted by hand when labelled: no headline row, 100 events, 59 launches fired at a state (ASSAULT/MOBILIZE), 2
    # other attacks (ASSAULT), 39 reports and claims (STATEMENT)
    # (labels round 8: CB004: the reporting party's `SRC>- STATEMENT` added beside the act it reports; quiet was 19,
    # events 100)
    dict(name="heldout137_prose.tsv", pages=12, quiet=19, eventful=61, headlines=0, events=101,
         types={"ASSAULT": 61, "MOBILIZE": 59, "STATEMENT": 40}, disjoint=True),
    # held-out 138 (coder round 135: false events in readouts of calls and meetings): 11 pages of 2022-26 readouts and
    # news of meetings, receptions of envoys and talks between officials (einpresswire (VNA/Viet Nam News, two pages),
    # KPL, The Nation (Thailand), The Indian Awaaz, MENAFN (WAM, KUNA, two more pages), ExBulletin, News.Az,
    # KSA Players (WAM)); counted by hand when labelled: no headline row, 33 events, 30 meetings, receptions and talks
    # (CONSULT), 3 agreements (AGREE); 50 rows without an event (relabelled 2026-12-06, label convention: 40 CONSULT,
    # 43 events, 40 rows without one)
    # (labels round 6: FT027, FT036, FT047, FT048, FT050, FT051, FT035, FT058 relabelled from no event to their own or
    # an earlier meeting, call or visit; quiet was 40, events 43)
    # (labels round 7: FT028 relabelled from no event to the article's own event (one party's emphasis, a welcome or a
    # first visit); quiet was 32, events 63)
    # (labels round 19: the article's own meeting named by its noun: FT044 relabelled `-` -> the article's meeting or visit (1 label); quiet was 31, events 64, types {"CONSULT": 61, "AGREE": 3})
    dict(name="heldout138_prose.tsv", pages=11, quiet=30, eventful=33, headlines=0, events=65,
         types={"CONSULT": 62, "AGREE": 3}, disjoint=True),
    # held-out 139 (coder round 136: calls told by a noun or with a partner the call verbs do not reach): 27 pages of
    # 2022-25 news and readouts of phone and video calls between leaders and ministers (gov.uk, MENAFN (two pages),
    # mofa.go.jp (two pages), NewzVille, Himalaya Diary, news-pravda (two pages), livenews24h, UNN, Yahoo News
    # (European Pravda), LIGA.net, Al Arabiya, UrduPoint, WE News, Asharq Al-Awsat, Zawya, china-embassy.gov.cn (two
    # pages), Voice of Europe, Pledge Times, EIR News, MarketScreener (Reuters), Ukrainska Pravda (two pages),
    # online.ua); counted by hand when labelled: no headline row, 30 events, all calls and talks (CONSULT); labels
    # round 5 relabelled 20 rows to the readout convention (what the parties discussed at their own call): 50 events
    # (labels round 6: FU035, FU009, FU049 relabelled from no event to their own or an earlier meeting, call or visit;
    # quiet was 14, events 50)
    # (labels round 7: FU014 relabelled from no event to the article's own event (one party's emphasis, a welcome or a
    # first visit); quiet was 11, events 53)
    # (labels round 9: FU062: the call's report as predicate labelled as the call; quiet was 10, events 54, types {"CONSULT": 54})
    # (labels round 19: the article's own meeting named by its noun: FU010, FU059 relabelled `-` -> the article's meeting or visit (2 labels); quiet was 9, events 55, types {"CONSULT": 55})
    dict(name="heldout139_prose.tsv", pages=27, quiet=7, eventful=56, headlines=0, events=57,
         types={"CONSULT": 57}, disjoint=True),
    # held-out 140 (coder round 137: visits and summits in opinion and analysis, told by a noun): 11 pages of 2025-26
    # editorials, analysis and features on the Trump-Xi meeting in Busan, Lee Jae-myung's state visit to China and his
    # summit with Takaichi in Nara (Fortune Fwd, the New Indian Express (editorial), Whizolosophy, The Morning News, a Big
    # Picture feature at 103.16.74.116, EconoTimes, America Herald News, Sarawak Daily, Live Index, The SC Journal,
    # Entrepreneur Mirror); counted by hand when labelled: no headline row, 23 events, 17 visits, meetings and summits
    # held (CONSULT), 6 planned meetings (AGREE/CONSULT); 50 rows without an event
    # (labels round 5: EC002 gains its own planned summit, KOR<>JPN AGREE/CONSULT)
    # (labels round 6: NE002 relabelled from no event to their own or an earlier meeting, call or visit; quiet was 47,
    # events 27)
    # (labels round 9: EC006: planned topics of the article's announced or under-way meeting labelled as that meeting; quiet was 46, events 28, types {"CONSULT": 28, "AGREE": 7})
    # (labels round 13: SD002, WZ002: the article's own meeting, visit or act told by its noun, a plan or a withheld detail labelled as that event; quiet was 45, events 29, types CONSULT 29)
    # (labels round 19: the article's own meeting named by its noun: WZ003, WZ006, WZ008, TB002, SD007 relabelled `-` -> the article's meeting or visit (5 labels); quiet was 43, events 31, types {"CONSULT": 31, "AGREE": 8})
    dict(name="heldout140_prose.tsv", pages=11, quiet=38, eventful=33, headlines=0, events=36,
         types={"CONSULT": 36, "AGREE": 8}, disjoint=True),
    # held-out 141 (coder round 138: attacks told by a noun): 16 pages of 2022-25 news on Russian missile and drone
    # attacks on Kyiv and Odesa, Houthi drone attacks on Eilat, Iran's missile attack on Israel and Hezbollah rocket
    # barrages at northern Israel (Swissinfo (Reuters), RBC-Ukraine, online.ua, Ukrinform, Jurnal Time, the Kyiv Post,
    # Moneytreck, Ynetnews (two pages), Indo-US Tribune, bne IntelliNews, Echosphere, CNA, Productive Clue, the Yeshiva
    # World, Yeni Safak); counted by hand when labelled: no headline row, 83 events, 55 launches fired at a state
    # (ASSAULT/MOBILIZE), 1 air strike (ASSAULT), 27 reports and claims (STATEMENT); 24 rows without an event
    # (labels round 8: YN001: the reporting party's `SRC>- STATEMENT` added beside the act it reports; quiet was 24,
    # events 83)
    dict(name="heldout141_prose.tsv", pages=16, quiet=24, eventful=56, headlines=0, events=84,
         types={"ASSAULT": 56, "MOBILIZE": 55, "STATEMENT": 28}, disjoint=True),
    # held-out 142 (coder round 139: false events in tours and multi-stop visits): 11 pages of 2023-25 news on leaders'
    # and ministers' tours and state visits with several stops (karwar.net, TheTravelsInsider, Indian Defence News,
    # Business Recorder, Diary Times, A News, Journal du Cameroun, Interfax-Ukraine, ANM News, The Europe Today,
    # ExBulletin); counted by hand when labelled: no headline row, 72 events, 37 visits, arrivals and meetings held
    # (CONSULT), 34 announced or planned visits and meetings (AGREE/CONSULT), 1 agreement (AGREE); 36 rows without an
    # event
    # (labels round 7: TW039, TW041, TW050 relabelled from no event to the article's own event (one party's emphasis,
    # a welcome or a first visit); quiet was 30, events 98)
    # (labels round 9: TW038: planned topics of the article's announced or under-way meeting labelled as that meeting; quiet was 27, events 110, types {"CONSULT": 109, "AGREE": 53})
    # (labels round 11: TW026, TW067 relabelled to the tour and "may" convention; quiet was 26,
    # events 115, types {"CONSULT": 114, "AGREE": 58})
    # (labels round 19: the article's own meeting named by its noun: TW060, TW062 relabelled `-` -> the article's meeting or visit (6 labels); quiet was 24, events 122, types {"CONSULT": 121, "AGREE": 62})
    dict(name="heldout142_prose.tsv", pages=11, quiet=22, eventful=49, headlines=0, events=128,
         types={"CONSULT": 127, "AGREE": 68}, disjoint=True),
    # held-out 143 (coder round 140: visits whose visitor or host is named only in an earlier sentence): 13 pages of
    # 2023-25 news of visits and meetings told over several sentences, with pronouns and titles (The Northlines,
    # Pragativadi, MENAFN (Live Mint), ExBulletin, Togo News Gazette (TAP), UrduPoint, VNA, bdnews24, Bahrain
    # Excellence (BNA), Pratidin Time, Lokmat Times (two pages), European Pravda); counted by hand when labelled: no
    # headline row, 75 events, 49 visits, arrivals and meetings held (CONSULT), 23 announced or planned visits and
    # meetings (AGREE/CONSULT), 3 agreements (AGREE); 18 rows without an event
    # (labels round 5: 6 comment, purpose and ceremony rows of the article's own visit relabelled to the visit)
    # (labels round 6: PN030, PN055 relabelled from no event to their own or an earlier meeting, call or visit; quiet
    # was 12, events 81)
    # (labels round 19: the article's own meeting named by its noun: PN032 relabelled `-` -> the article's meeting or visit (2 labels); quiet was 10, events 83, types {"CONSULT": 80, "AGREE": 26})
    # (labels round 20: meetings told as expected, planned or scheduled: PN047 relabelled `-` -> `BTN>BGD CONSULT` (a programme item shared with the host, 1 label); quiet was 9, events 85, types {"CONSULT": 82, "AGREE": 26})
    dict(name="heldout143_prose.tsv", pages=13, quiet=8, eventful=73, headlines=0, events=86,
         types={"CONSULT": 83, "AGREE": 26}, disjoint=True),
    # held-out 144 (coder round 141: courtesy calls told by "call on" and "pay a call on"): 15 pages of 2022-26 news and
    # readouts of envoys, ministers, delegations and army chiefs calling on leaders and ministers (news.lk, Business
    # Recorder, Daily Times, The News, APP, MENAFN (two pages), gg2.net, Bangla Mirror News, India Narrative,
    # IndiaBlooms, LatestLY (two pages), Hindustan Times, Dawn); counted by hand when labelled: no headline row, 32
    # events, all calls, meetings, visits and a welcome (CONSULT); 32 rows without an event
    # (labels round 5: CK002, the visit as subject, and CK054, "During the meeting, ...", relabelled to the call)
    # (labels round 7: CK027, CK039 relabelled from no event to the article's own event (one party's emphasis, a
    # welcome or a first visit); quiet was 30, events 34)
    # (labels round 13: CK044: the article's own meeting, visit or act told by its noun, a plan or a withheld detail labelled as that event; quiet was 28, events 36, types CONSULT 36)
    dict(name="heldout144_prose.tsv", pages=15, quiet=27, eventful=34, headlines=0, events=37,
         types={"CONSULT": 37}, disjoint=True),
    # held-out 145 (coder round 142: sentences about the article's own visit or meeting under the label conventions):
    # 11 pages of 2023-25 news and readouts of visits, summits and meetings (indiaties, Report.az (TASS), Pan-African
    # News Wire (TASS), EIN Presswire (Tajikistan's presidency), Nepal News, The Business Standard (BSS), Viet Nam
    # News, UrduPoint, Republic World, templateblender, ExBulletin); counted by hand when labelled: no headline row,
    # 55 events, 42 visits, meetings and what was done at them (CONSULT), 11 announced or planned visits and meetings
    # (AGREE/CONSULT), 2 documents signed (AGREE); 20 rows without an event
    # (labels round 6: EX003, EX004 relabelled from no event to their own or an earlier meeting, call or visit; quiet
    # was 20, events 55)
    # (labels round 9: EX002: a specific earlier meeting or visit labelled; quiet was 18, events 57, types {"CONSULT": 55, "AGREE": 13})
    dict(name="heldout145_prose.tsv", pages=11, quiet=17, eventful=56, headlines=0, events=58,
         types={"CONSULT": 56, "AGREE": 13}, disjoint=True),
    # held-out 146 (coder round 143: launches reported by third states, defenders and launchers, with an interceptor, a
    # reporting state or a state flown over beside the launcher and target): 14 pages of 2023-24 news on North Korean
    # launches reported by Japan and South Korea, Iranian drones shot down over Jordan, Houthi missiles at US warships
    # and ships, and Russian drones and a missile falling in or crossing Romania and Poland (KBS, Asia Point News,
    # Capital Hill News, The Advocate Post, Counter Terror Business, NBC News, RBC-Ukraine, Sputnik, Royal Patriot, New
    # Indian Express, Planet Chronicle, RFE/RL, Manila Bulletin, BNO News); counted by hand when labelled: no headline
    # row, 83 events, 39 launches fired at a state (ASSAULT/MOBILIZE), 7 launches with no target state (MOBILIZE), 7
    # air strikes (ASSAULT), 30 reports and claims (STATEMENT); 22 rows without an event
    # (labels round 8: RH002: the reporting party's `SRC>- STATEMENT` added beside the act it reports; quiet was 22,
    # events 83)
    # (labels round 15: a state's own sources: AP006: `JOR>- STATEMENT` added; quiet was 22, events 84, types {"ASSAULT": 46, "MOBILIZE": 46, "STATEMENT": 31})
    dict(name="heldout146_prose.tsv", pages=14, quiet=22, eventful=50, headlines=0, events=85,
         types={"ASSAULT": 46, "MOBILIZE": 46, "STATEMENT": 32}, disjoint=True),
    # held-out 147 (coder round 144: arrival ceremonies, receptions and comment on the article's own visit, under the
    # label conventions): 10 pages of 2023-25 news of state and official visits (WION, rapidospace, NationalWorld,
    # NewsDrum (PTI), The Sun Malaysia, TASS, ExBulletin, Gulf News, inkl (AFP), ETV Bharat); counted by hand when
    # labelled: no headline row, 43 events, 33 visits, ceremonies and meetings held (CONSULT), 9 announced or planned
    # meetings and programme items (AGREE/CONSULT), 1 set of documents signed (AGREE); 25 rows without an event
    # (labels round 9: RS009: a specific earlier meeting or visit labelled; quiet was 25, events 43, types {"CONSULT": 42, "AGREE": 10})
    # (labels round 19: the article's own meeting named by its noun: SU006 relabelled `-` -> the article's meeting or visit (1 label); quiet was 24, events 44, types {"CONSULT": 43, "AGREE": 10})
    # (labels round 20: meetings told as expected, planned or scheduled: EX007, RS010, SU008 relabelled `-` -> the announced visit or its programme items (3 labels); quiet was 23, events 45, types {"CONSULT": 44, "AGREE": 10})
    dict(name="heldout147_prose.tsv", pages=10, quiet=20, eventful=47, headlines=0, events=48,
         types={"CONSULT": 47, "AGREE": 12}, disjoint=True),
    # held-out 148 (coder round 145: false events on readout and visit rows the label conventions leave empty): 8
    # pages of 2023-25 news of meetings, calls and visits (ecns, The Sun Malaysia, Devdiscourse, MENAFN, Taranga News,
    # Desifeo, ASB Media, Daily Digest 360); counted by hand when labelled: no headline row, 48 events, 17 meetings,
    # calls and visits held (CONSULT), 25 announced or planned visits and meetings (AGREE/CONSULT), 3 agreements
    # (AGREE), 1 ASSAULT, 1 SANCTION, 1 `*`; 30 rows without an event
    # (labels round 7: YB007 relabelled from no event to the article's own event (one party's emphasis, a welcome or a
    # first visit); quiet was 30, events 48)
    dict(name="heldout148_prose.tsv", pages=8, quiet=29, eventful=40, headlines=0, events=49,
         types={"CONSULT": 43, "AGREE": 29, "ASSAULT": 1, "SANCTION": 1}, disjoint=True),
    # held-out 149 (coder round 146: the reporting state read as the launcher): 9 pages of 2023-25 news of missile,
    # rocket and drone launches reported by another state's military, ministry or air force (AJC (AP), Geo News, TRT
    # World, Our Naija News, CNA, The Epoch Times, Naharnet, Zee News, Buzz Global News); counted by hand when
    # labelled: no headline row, 96 events, 22 launches fired at a state (ASSAULT/MOBILIZE), 16 launches with no
    # target state and 4 Chinese firings around Taiwan (MOBILIZE), 7 air strikes and shelling (ASSAULT), 34 reports
    # and claims (STATEMENT), 9 COOPERATE, 3 ACCUSE, 1 `*`; 11 rows without an event
    # (labels round 8: GT001: a report by private media alone, `KOR>- STATEMENT` removed; quiet was 11, events 96)
    dict(name="heldout149_prose.tsv", pages=9, quiet=11, eventful=46, headlines=0, events=95,
         types={"ASSAULT": 29, "MOBILIZE": 42, "STATEMENT": 33, "COOPERATE": 9, "ACCUSE": 3}, disjoint=True),
    # held-out 150 (coder round 147: visits and meetings on rows that name both parties, under the label conventions):
    # 13 pages of 2025 news of leaders' and ministers' meetings and visits (Daily Pakistan, Free Press Journal,
    # Plataforma Media, TRT World, WION, Hindustan Times, the Yomiuri, The Envoy Post, Prensa Latina, Tokyo Weekender,
    # Chosun Biz, nippon.com (Jiji), Head Post); counted by hand when labelled: no headline row, 45 events, 36 meetings,
    # visits and ceremonies held (CONSULT), 6 announced or planned visits and meetings (AGREE/CONSULT), 3 agreements
    # signed (AGREE); 21 rows without an event
    # (labels round 10: HQ050: a planned signing of the article's meeting or visit: the pair's `AGREE` added; quiet was 21, events 45, types {"CONSULT": 42, "AGREE": 9})
    # (labels round 11: HQ057 relabelled to the tour and "may" convention; quiet was 20,
    # events 46, types {"CONSULT": 42, "AGREE": 10})
    dict(name="heldout150_prose.tsv", pages=13, quiet=19, eventful=46, headlines=0, events=47,
         types={"CONSULT": 43, "AGREE": 11}, disjoint=True),
    # held-out 151 (coder round 148: launches told in their own sentence by an armed group's name, a place fired from
    # or a passive): 10 pages of 2023-25 news of rockets, missiles and drones fired by Hezbollah, the Houthis, Hamas
    # and the Islamic Resistance in Iraq, or from Lebanon, Yemen, Iraq and Gaza (Bastille Post, Shafaq News, Munsif
    # Daily, Famagusta Gazette, ARY News, Newsmax, Israel Hayom, MENAFN (NNN-NINA), City Roma, The Nation Thailand);
    # counted by hand when labelled: no headline row, 84 events, 45 launches fired at a state (ASSAULT/MOBILIZE), 1
    # launch with no target state (MOBILIZE), 6 air strikes and killings (ASSAULT), 31 reports and claims
    # (STATEMENT), 1 vow (THREATEN); 15 rows without an event
    # (labels round 8: FG001: the reporting party's `SRC>- STATEMENT` added beside the act it reports; quiet was 15,
    # events 84)
    dict(name="heldout151_prose.tsv", pages=10, quiet=15, eventful=52, headlines=0, events=85,
         types={"ASSAULT": 51, "MOBILIZE": 46, "STATEMENT": 32, "THREATEN": 1}, disjoint=True),
    # held-out 152 (coder round 149: false events in opinion and analysis, fourteenth pass): 9 opinion, editorial,
    # column and analysis pages of 2025-26 on Japan and China after Takaichi's Taiwan remarks, the Korea-US tariff
    # deal, the Trump-Xi meeting in Busan and the dollar (the SCMP, two China Daily pieces, the JoongAng Daily, Asia
    # Sentinel, a JoongAng column's copy, The Economist's copy at Livemint, imdpc, a Hankyoreh copy); counted by hand
    # when labelled: no headline row, 13 events, 4 meetings held (CONSULT), 2 visits planned (AGREE/CONSULT),
    # 5 agreements (AGREE), 2 protests (ACCUSE); 56 rows without an event
    dict(name="heldout152_prose.tsv", pages=9, quiet=56, eventful=10, headlines=0, events=13,
         types={"CONSULT": 6, "AGREE": 7, "ACCUSE": 2}, disjoint=True),
    # held-out 153 (coder round 150: launches told with varied verbs and nouns, barrages, salvos, strikes, shelling,
    # rocket fire): 9 pages of 2024-26 news of rockets, missiles, drones and artillery fired by states (Russia, Iran,
    # Cambodia, Pakistan) and by the Houthis (Bangkok Post, Appic News, Hath al-Yawm, LBC,
    # Interbellum News, Odisha Bytes, VoicePlux, News Central, Big News Network); counted by hand when labelled: no
    # headline row, 90 events, 43 launches fired at a state (ASSAULT/MOBILIZE), 14 shelling, artillery, air strikes and
    # raids (ASSAULT), 27 reports and claims (STATEMENT), 6 vows and threats (THREATEN); 13 rows without an event
    # (labels round 8: BK003, BK005, BK007: the reporting party's `SRC>- STATEMENT` added beside the act it reports;
    # quiet was 13, events 90)
    # (labels round 9: IB008: a specific earlier meeting or visit labelled; quiet was 13, events 93, types {"ASSAULT": 57, "MOBILIZE": 43, "STATEMENT": 30, "THREATEN": 6})
    dict(name="heldout153_prose.tsv", pages=9, quiet=12, eventful=56, headlines=0, events=94,
         types={"ASSAULT": 57, "MOBILIZE": 43, "STATEMENT": 30, "THREATEN": 6}, disjoint=True),
    # held-out 154 (coder round 151: meetings of three or more parties read as other pairs): 16 pages of 2023-25 news
    # of trilateral and multilateral meetings (US-Japan-South Korea in Hiroshima and Munich, China-Japan-South Korea in
    # Busan, Tokyo and Seoul, US-Japan-Philippines in Washington, the Quad in Wilmington, AUKUS in San Diego: the Japan
    # Times twice, LBC Group, vietnam.vn twice, The Tundra Drums, Eastern Mirror, isociallinks (Reuters), Dimsum Daily,
    # ENM News, DTN (AP), the Yomiuri, Korea Times US, sproutwired (AFP), Lokmat Times, The Hindu); counted by hand when
    # labelled: no headline row, 135 events, 64 meetings, visits and summits held (CONSULT), 59 announced or planned
    # (AGREE/CONSULT), 12 agreements reached (AGREE); 16 rows without an event
    # (labels round 9: TH005, EM005: planned topics of the article's announced or under-way meeting labelled as that meeting; a trilateral meeting's pair between the two partners added or the meeting labelled; quiet was 16, events 135, types {"CONSULT": 123, "AGREE": 71})
    dict(name="heldout154_prose.tsv", pages=16, quiet=15, eventful=53, headlines=0, events=139,
         types={"CONSULT": 127, "AGREE": 75}, disjoint=True),
    # held-out 155 (coder round 152: labelled meetings and visits lost only in the article reading): 12 pages of 2025
    # news of leaders' and ministers' meetings, calls and visits told over several sentences (Myanmar International TV,
    # the Star Tribune (AP), Michael West (AAP), Antara, two Viet Nam News pages, Lao Dong, Caliber.Az, MENAFN
    # (Azernews), CityNews Toronto (CP), Mexico News Daily, InfoNews (CP)); counted by hand when labelled: no headline
    # row, 50 events, 39 meetings, calls, visits and ceremonies held (CONSULT), 7 announced or planned visits and
    # meetings (AGREE/CONSULT), 4 agreements (AGREE); 18 rows without an event
    # (labels round 9: HX009, HX061: planned topics of the article's announced or under-way meeting labelled as that meeting; quiet was 18, events 50, types {"CONSULT": 46, "AGREE": 11})
    # (labels round 10: HX062: a planned signing of the article's meeting or visit: the pair's `AGREE` added; quiet was 16, events 52, types {"CONSULT": 48, "AGREE": 11})
    # (labels round 11: HX007 relabelled to the tour and "may" convention; quiet was 15,
    # events 53, types {"CONSULT": 48, "AGREE": 12})
    # (labels round 19: the article's own meeting named by its noun: HX019 relabelled `-` -> the article's meeting or visit (1 label); quiet was 14, events 54, types {"CONSULT": 49, "AGREE": 12})
    dict(name="heldout155_prose.tsv", pages=12, quiet=13, eventful=52, headlines=0, events=55,
         types={"CONSULT": 50, "AGREE": 12}, disjoint=True),
    # held-out 156 (coder round 153: launches and strikes whose doer is a pronoun or a stand-in, "it fired", "they had
    # attacked", "the Shia militia claims to have fired", "the Thai response"): 10 pages of 2024-25 news of cross-border
    # fire and retaliation (Hezbollah and Israel, Thailand and Cambodia, the Houthis and Israel, Iran and Israel,
    # Pakistan and India, Russia and Ukraine); counted by hand when labelled: no headline row, 123 events, 28 launches
    # fired at a state (ASSAULT/MOBILIZE), 44 strikes, shelling, fire and attacks (ASSAULT), 44 reports and claims
    # (STATEMENT), 4 vows and threats (THREATEN), 3 accusations (ACCUSE); 8 rows without an event
    # (labels round 8: TH002, NY007, KT006: the reporting party's `SRC>- STATEMENT` added beside the act it reports;
    # quiet was 8, events 123)
    # (labels round 15: a state's own sources: TH003: `LBN>- STATEMENT` added; quiet was 8, events 126, types {"ASSAULT": 72, "MOBILIZE": 28, "STATEMENT": 47, "THREATEN": 4, "ACCUSE": 3})
    dict(name="heldout156_prose.tsv", pages=10, quiet=8, eventful=62, headlines=0, events=127,
         types={"ASSAULT": 72, "MOBILIZE": 28, "STATEMENT": 48, "THREATEN": 4, "ACCUSE": 3}, disjoint=True),
    # held-out 157 (coder round 154: drones, shells, glide bombs and other weapons the launch rule does not list): 12
    # pages of 2023-25 news of drone, glide-bomb and shelling attacks (Russia on Ukraine, Ukraine on Russia, the
    # Houthis on Eilat, Hezbollah on northern Israel, Iran's drones, India's drones into Pakistan, the RSF and the
    # Sudanese army's drones, the Myanmar military's drones; liga.net, Star Tribune, Israel365 News, Times of Israel,
    # i24NEWS, MENAFN, Shropshire Star, Daily Times, Pan-African News Wire, Europe Says, Babel, MyPressToday); counted
    # by hand when labelled: no headline row, 87 events, 50 drones, bombs, rockets and missiles fired
    # (ASSAULT/MOBILIZE), 11 shelling, strikes and exchanges of fire (ASSAULT), 25 reports and claims (STATEMENT), 1
    # vow (THREATEN); 11 rows without an event
    # (labels round 8: LG005, ST001, ST002, SH002: the reporting party's `SRC>- STATEMENT` added beside the act it
    # reports; quiet was 11, events 87)
    dict(name="heldout157_prose.tsv", pages=12, quiet=11, eventful=59, headlines=0, events=91,
         types={"ASSAULT": 61, "MOBILIZE": 50, "STATEMENT": 29, "THREATEN": 1}, disjoint=True),
    # held-out 163 (coder round 160: false events in tours and multilateral summits): 12 pages of 2023-24 news of
    # G20, APEC, BRICS, SCO, ASEAN, NATO and G7 summits and the meetings on their sidelines (Livemint, Arkansas
    # Democrat-Gazette (AP), A News twice, TASS, the Astana Times twice, the Laotian Times twice, Waradana, Report.az,
    # Asian News); counted by hand when labelled: no headline row, 61 events, 39 meetings and visits held and earlier
    # (CONSULT), 21 announced or planned meetings (AGREE/CONSULT), 1 agreement reached (AGREE); 34 rows without an
    # event
    dict(name="heldout163_prose.tsv", pages=12, quiet=34, eventful=33, headlines=0, events=61,
         types={"CONSULT": 60, "AGREE": 22}, disjoint=True),
    # held-out 161 (coder round 158: the article's own meeting on the comment rows the conventions now label): 9 pages
    # of 2023-25 readouts and news of meetings and calls (MENAFN twice, Devdiscourse, GOV.UK twice, governo.it twice,
    # NetIndian, Today.az); counted by hand when labelled: no headline row, 46 events, 42 meetings and calls held and 1
    # earlier visit (CONSULT), 2 planned visits (AGREE/CONSULT), 1 agreement (AGREE); 14 rows without an event
    # (labels round 7: QZ017, QZ020, QZ045, QZ046 relabelled from no event to the article's own event (one party's
    # emphasis, a welcome or a first visit); quiet was 14, events 46)
    dict(name="heldout161_prose.tsv", pages=9, quiet=10, eventful=48, headlines=0, events=50,
         types={"CONSULT": 49, "AGREE": 3}, disjoint=True),
    # held-out 159 (coder round 156: tours of several states and meetings with a list of partners): 10 pages of
    # 2023-25 news of leaders' and ministers' tours and of a minister's series of meetings on one trip (India TV on
    # Modi's Nigeria-Brazil-Guyana tour, NewsDrum (PTI) and Devdiscourse on Jaishankar's meetings at the UN General
    # Assembly, TanzaniaInvest on Harris's African trip, K24 on Ruto's Tanzania and Zimbabwe trip, Malay Mail (AFP) on
    # Xi's Southeast Asian tour, LBC Group (Reuters) on Blinken's Middle East tour, Daily Sabah and Al Bawaba on
    # Erdogan's Gulf tour, News Today on Modi's five-nation tour); counted by hand when labelled: no headline row, 89
    # events, 26 visits and meetings held (CONSULT), 62 announced or planned (AGREE/CONSULT), 1 agreement signed
    # (AGREE); 13 rows without an event
    dict(name="heldout159_prose.tsv", pages=10, quiet=13, eventful=51, headlines=0, events=89,
         types={"CONSULT": 88, "AGREE": 63}, disjoint=True),
    # held-out 158 (coder round 155: missile tests and launches told by a noun or by the flight, "the launch of",
    # "the test was conducted", "the missile flew ... before falling into the sea"): 10 pages of 2023-24 news of missile
    # and rocket tests and launches (North Korea's Hwasong-15, -18 and -19, India's Agni-Prime, China's Pacific ICBM
    # test, Russia's Yars and Bulava tests, Iran's Chamran 1 launch: Livemint, Daily Maverick, Al-Ahed News, the Chosun
    # Ilbo, the Baton Rouge Gazette, Head Post, MENAFN (IANS), Pledge Times, Buna Times, intellinews); counted by hand
    # when labelled: no headline row, 103 events, 53 launches and tests (MOBILIZE), 31 reports (STATEMENT), 14
    # condemnations and accusations (ACCUSE), 3 calls (CONSULT), 2 threats (THREATEN); 10 rows without an event
    # (labels round 10: AL006: the doer's own state media or agency: the doer's `SRC>- STATEMENT` added beside its act; quiet was 10, events 103, types {"MOBILIZE": 53, "STATEMENT": 31, "ACCUSE": 14, "CONSULT": 3, "THREATEN": 2})
    dict(name="heldout158_prose.tsv", pages=10, quiet=10, eventful=57, headlines=0, events=104,
         types={"MOBILIZE": 53, "STATEMENT": 32, "ACCUSE": 14, "CONSULT": 3, "THREATEN": 2}, disjoint=True),
    # held-out 160 (coder round 157: a weapon as the subject of the hit): 11 pages of 2023-26 news of strikes told by
    # the weapon that hit (a Russian drone on Kharkiv twice, a Ukrainian drone on a Belgorod oil depot, a glide bomb on
    # Zaporizhzhia, a Houthi missile on a tanker, Hezbollah rockets on Safed and Emek Hefer, an Israeli drone on a car
    # in Lebanon, Indian missiles on Pakistani mosques, Pakistani drones and shells on Jammu and Kashmir, an RSF drone
    # strike in El-Fasher; Ukrinform via MENAFN twice, Ukrainska Pravda, Euronews, The Hill via Yahoo, Ynetnews, A
    # News, England Times, New Indian Express, News Central, Israel National News); counted by hand when labelled: no
    # headline row, 49 events, 36 drones, bombs, rockets and missiles fired (ASSAULT/MOBILIZE), 10 shelling, strikes
    # and exchanges of fire (ASSAULT), 3 reports (STATEMENT); 17 rows without an event
    # (labels round 8: KH003, KI004, UP001, EN003, EN004, AN001, AN002, IN001: the reporting party's `SRC>- STATEMENT`
    # added beside the act it reports; quiet was 17, events 49)
    dict(name="heldout160_prose.tsv", pages=11, quiet=17, eventful=44, headlines=0, events=57,
         types={"ASSAULT": 46, "MOBILIZE": 36, "STATEMENT": 11}, disjoint=True),
    # held-out 162 (coder round 159: the two Koreas told by stand-ins, "the North", "the North's", "the South",
    # "the South's military", "Pyongyang", "Seoul", "the two Koreas", "the rivals"): 9 pages of 2024 news of launches,
    # balloons, drones, border crossings, shelling and the roads blown up (the Korea Herald, Manila Bulletin, Bao Nghe
    # An, Deccan Herald, Express & Star, Sun Online, Sputnik, Strategic Study India, Conservative Journal); counted by
    # hand when labelled: no headline row, 89 events, 24 reports (STATEMENT), 22 launches, firings, drills and alerts
    # (MOBILIZE), 17 acts judged by their dyad only (`*`: balloons, loudspeakers, border crossings, warning shots, roads
    # cut), 14 threats (THREATEN, one THREATEN/MOBILIZE), 10 accusations (ACCUSE), 2 shellings (ASSAULT), 1 cooperation
    # (COOPERATE); 12 rows without an event
    dict(name="heldout162_prose.tsv", pages=9, quiet=12, eventful=56, headlines=0, events=89,
         types={"STATEMENT": 24, "MOBILIZE": 22, "*": 17, "THREATEN": 14, "ACCUSE": 10, "ASSAULT": 2, "COOPERATE": 1},
         disjoint=True),
    # held-out 164 (coder round 161: another party's report of North Korea's act, "according to South Korea's Joint
    # Chiefs of Staff", "Seoul's military said", "was confirmed by the JCS", "state media KCNA reported"): 11 pages
    # of 2023-25 news of launches, an artillery drill, GPS jamming, border crossings and warning shots (Korea
    # JoongAng Daily twice, Korea News Gazette, Arab Telegraph, DW via odvt, The News, Conflict Watcher, Head Post,
    # VOA, MENAFN (KUNA), Manila PR); counted by hand when labelled: no headline row, 94 events, 36 acts judged by
    # their dyad only (`*`: jamming, crossings, warning shots, balloons, loudspeakers), 34 reports (STATEMENT), 15
    # launches, firings and drills (MOBILIZE), 4 calls to stop (REQUEST), 4 warnings (THREATEN), 1 accusation
    # (ACCUSE); 5 rows without an event
    dict(name="heldout164_prose.tsv", pages=11, quiet=5, eventful=54, headlines=0, events=94,
         types={"*": 36, "STATEMENT": 34, "MOBILIZE": 15, "REQUEST": 4, "THREATEN": 4, "ACCUSE": 1}, disjoint=True),
    # held-out 165 (coder round 162: a weapon whose owner is named only earlier, "the missile hit ...", "another drone
    # strike ..."): 8 pages of 2024-25 news of missile and drone strikes told over several sentences (Russian drones on
    # Odesa twice, a Ukrainian drone on Rostov, a Russian missile on Dnipro, a Houthi missile on Ben Gurion Airport
    # twice and another intercepted, a Ukrainian drone on the Novoshakhtinsk refinery; Business Recorder, theSun, IBTimes,
    # Daily Post, NDTV, Jewish News, Israel National News, Business Post); counted by hand when labelled: no headline
    # row, 42 events, 30 drones and missiles fired (ASSAULT/MOBILIZE), 1 artillery and mortar attacks (ASSAULT), 10
    # reports and claims (STATEMENT), 1 threat (THREATEN); 24 rows without an event
    # (labels round 8: BR001, SU001, SU003, SU004, IB006, DP002, DP005, DP006, BP001, BP005: the reporting party's
    # `SRC>- STATEMENT` added beside the act it reports; quiet was 24, events 42)
    dict(name="heldout165_prose.tsv", pages=8, quiet=24, eventful=32, headlines=0, events=52,
         types={"ASSAULT": 31, "MOBILIZE": 30, "STATEMENT": 20, "THREATEN": 1}, disjoint=True),
    # held-out 166 (coder round 163: a launch told by a noun after a verb of answering, "Israel later responded with
    # fighter jet strikes", "Iran's retaliation ... came in the morning"): 7 pages of 2024-25 news of missile, rocket
    # and air strikes told as answers or retaliation (Iran on Israel after the U.S. strikes and after Arak, Hezbollah's
    # rockets after Shama and after Arouri's killing, Israel on Lebanon after Safed, the Houthis on Israel twice; CBS
    # via openhouse4u, Harici, Arab News PK, UPI, Ynetnews, HNGN, Naharnet); counted by hand when labelled: no headline
    # row, 79 events, 33 missiles, rockets and drones fired (ASSAULT/MOBILIZE), 21 air strikes and attacks (ASSAULT),
    # 22 reports and claims (STATEMENT), 3 threats (THREATEN); 11 rows without an event
    dict(name="heldout166_prose.tsv", pages=7, quiet=11, eventful=43, headlines=0, events=79,
         types={"ASSAULT": 54, "MOBILIZE": 33, "STATEMENT": 22, "THREATEN": 3}, disjoint=True),
    # held-out 169 (coder round 166: false events on summit, trilateral and readout pages): 9 pages of 2023-25 news of
    # trilaterals, a leaders' meeting and a visit told with background, comment and analysis (the Tokyo and Busan
    # trilaterals of China, Japan and South Korea's foreign ministers, the Camp David anniversary statement, Starmer at
    # the White House twice, Modi with Putin near Moscow twice; To Vima, FBC News, CNews Live, GZERO, Devdiscourse,
    # Newstide247, Govima, ZeroHedge, Aussiedlerbote); counted by hand when labelled: no headline row, 60 events, 34
    # meetings and visits held or recalled (CONSULT), 6 planned (AGREE/CONSULT), 18 agreements and pledges (AGREE), 1
    # request (REQUEST), 1 missile attack (ASSAULT/MOBILIZE); 29 rows without an event
    # (labels round 20: meetings told as expected, planned or scheduled: AB003 relabelled `-` -> `IND>RUS CONSULT` (a planned topic of the visit under way, 1 label); quiet was 29, events 60, types {"CONSULT": 40})
    dict(name="heldout169_prose.tsv", pages=9, quiet=28, eventful=27, headlines=0, events=61,
         types={"CONSULT": 41, "AGREE": 24, "REQUEST": 1, "ASSAULT": 1, "MOBILIZE": 1}, disjoint=True),
    # held-out 168 (coder round 165: tours of several states and lists of partners, "will spend two days in North Korea
    # before traveling to Vietnam", "met his counterparts from Denmark, UAE, Turkmenistan, Uzbekistan and Singapore"):
    # 8 pages of 2023-25 news of tours and meetings with lists of partners (Macron in Central Africa, Putin in North
    # Korea and Vietnam, Wang Yi in Africa, Jaishankar at the 2024 General Assembly, Trump in Asia and the Gulf,
    # Amirabdollahian and Araghchi in the Gulf, Yoon at the NATO summit; Pledge Times, Islam Times, The Lagos Mail,
    # Lokmat Times, The Reporting Times, WEIS, L'Orient Today, KBS World); counted by hand when labelled: no headline
    # row, 85 events, 58 announced or planned visits and meetings (AGREE/CONSULT), 27 held (CONSULT); 11 rows without
    # an event
    # (labels round 11: LO001 relabelled to the tour and "may" convention; quiet was 11,
    # events 85, types {"CONSULT": 85, "AGREE": 58})
    dict(name="heldout168_prose.tsv", pages=8, quiet=11, eventful=30, headlines=0, events=88,
         types={"CONSULT": 88, "AGREE": 61}, disjoint=True),
    # held-out 173 (coder round 170: planned topics and trilateral pairs as labels round 9 settled them, "are expected
    # to discuss", "will focus on", "the agenda included", a trilateral with all three pairs): 9 pages of 2023-25 news
    # of trilateral and bilateral meetings previewed with their planned topics and then held (the Tokyo trilateral of
    # Japan's, China's and South Korea's foreign ministers previewed and held, the Camp David trilateral previewed,
    # Modi's state visit to Washington, Modi at the White House, Trump and Xi in Busan, Zelensky in Washington;
    # Yomiuri, Devdiscourse twice, Goa Chronicle, BusinessLine, Mint, MENAFN, The Thinking Conservative, a mirror of
    # KSAT); counted by hand when labelled: no headline row, 123 events, 83 announced or planned meetings and visits
    # (AGREE/CONSULT), 40 held or recalled (CONSULT); 10 rows without an event
    dict(name="heldout173_prose.tsv", pages=9, quiet=10, eventful=47, headlines=0, events=123,
         types={"CONSULT": 123, "AGREE": 83}, disjoint=True),
    # held-out 174 (coder round 171: the article's trilateral meeting told again by its noun, "the summit", "the
    # meeting", "the three leaders", "their trilateral talks"): 9 pages of 2023-24 news of trilateral summits previewed
    # and held (Camp David previewed and held, AUKUS in San Diego previewed, the Seoul trilateral of Japan, China and
    # South Korea previewed and held, the Weimar triangle's foreign ministers; Yomiuri twice, Arab News Japan, The
    # Straits Times, The San Diego Union-Tribune, IR-IA, Berlin Global, UPI, NTD); counted by hand when labelled: no
    # headline row, 116 events, 80 announced or planned meetings and visits (AGREE/CONSULT), 36 held or recalled
    # (CONSULT); 9 rows without an event
    dict(name="heldout174_prose.tsv", pages=9, quiet=9, eventful=38, headlines=0, events=116,
         types={"CONSULT": 116, "AGREE": 80}, disjoint=True),
    # held-out 167 (coder round 164: launches by armed groups named by the group, "Hezbollah launched about 35 rockets
    # toward northern Israel", "The militant group al-Shabaab shelled Mogadishu airport"): 8 pages of 2023-25 news of
    # rocket, missile, drone and mortar fire by armed groups (the Houthis, Hezbollah, Hamas, militias of Iraq at U.S.
    # bases in Syria, al-Shabaab, Sudan's RSF, Myanmar's resistance; todayheadline, Newsroom Odisha, Stamford Herald,
    # The Somali Digest, Middle East Monitor, Dawn, World Israel News, The Morning); counted by hand when labelled: no
    # headline row, 57 events, 34 rockets, missiles, drones and mortars fired (ASSAULT/MOBILIZE), 5 air strikes
    # (ASSAULT), 18 reports and claims (STATEMENT); 14 rows without an event
    # (labels round 12: TM003, TM005: a medium citing a source in the doer's group or department: `IRQ>- STATEMENT`, `USA>- STATEMENT` added; quiet was 14, events 57, types {"ASSAULT": 39, "MOBILIZE": 34, "STATEMENT": 18})
    dict(name="heldout167_prose.tsv", pages=8, quiet=14, eventful=38, headlines=0, events=59,
         types={"ASSAULT": 39, "MOBILIZE": 34, "STATEMENT": 20}, disjoint=True),
    # held-out 171 (coder round 168: an act whose doer is named only in an earlier row, "The missile fell short, ...",
    # "Another missile was intercepted later that evening", "It marks the North's fifth cruise missile launch this
    # year"): 9 pages of 2024-25 news of launches, strikes and incursions told over several sentences (North Korea's
    # missiles four times, Houthi missiles at Israel twice, Russian drones and missiles on Ukraine twice, Chinese
    # aircraft across the Taiwan Strait's median line; NHK via ganp, dotdotnews, The Media Line, Ynetnews, swissinfo
    # (Reuters) twice, KBS World, UNN, Turkiye Today); counted by hand when labelled: no headline row, 76 events, 42
    # launches, firings and incursions (MOBILIZE: 14 of them ASSAULT/MOBILIZE), 4 other attacks (ASSAULT), 30 reports
    # and claims (STATEMENT); 12 rows without an event
    dict(name="heldout171_prose.tsv", pages=9, quiet=12, eventful=45, headlines=0, events=76,
         types={"MOBILIZE": 42, "ASSAULT": 18, "STATEMENT": 30}, disjoint=True),
    # held-out 170 (coder round 167: the reporter's own STATEMENT beside the act it reports, "Japan's defence ministry
    # said ...", "..., the regional governor said", "Lebanon's health ministry said ..."): 10 pages of 2023-25 news of
    # launches, drone flights, drills, artillery firing and strikes told by a state's military, ministry, governor or
    # official (Firstpost, CNA, NDTV, Deccan Herald, VOV World, Mena Today, TheJournal.ie, Kyiv Post, The Moscow Times,
    # Eastern Mirror); counted by hand when labelled: no headline row, 72 events, 32 reports (STATEMENT), 22 drone
    # flights, drills and firings (MOBILIZE), 13 missiles and drones fired at a state (ASSAULT/MOBILIZE), 3 strikes
    # (ASSAULT), 2 accusations (ACCUSE); 10 rows without an event
    dict(name="heldout170_prose.tsv", pages=10, quiet=10, eventful=40, headlines=0, events=72,
         types={"STATEMENT": 32, "MOBILIZE": 35, "ASSAULT": 16, "ACCUSE": 2}, disjoint=True),
    # held-out 172 (coder round 169: an attack told by its noun and a claim of responsibility, "Hezbollah claimed
    # responsibility for the attack and said it targeted ...", "This attack has been conducted in response to ..."):
    # 9 pages of 2023-24 news of missile and drone attacks claimed by their doers (the Houthis at ships and Eilat,
    # Hezbollah at Israel's north, the Islamic Resistance in Iraq at U.S. bases, Iran's IRGC at Erbil; Arab News
    # Pakistan, Anadolu (aNews) twice, Rudaw, Daijiworld (IANS), NewsNation, Yahoo (Reuters), Mehr, Al-Ahed); counted
    # by hand when labelled: no headline row, 62 events, 36 missiles and drones fired (ASSAULT/MOBILIZE), 3 attacks
    # (ASSAULT), 23 reports and claims (STATEMENT); 11 rows without an event
    dict(name="heldout172_prose.tsv", pages=9, quiet=11, eventful=40, headlines=0, events=62,
         types={"ASSAULT": 39, "MOBILIZE": 36, "STATEMENT": 23}, disjoint=True),
    # held-out 175 (coder round 172: reporters the coder does not read, state news agencies and bare organs: "..., the
    # Korean Central News Agency (KCNA) said", "..., the ministry said", "A military statement said ...", "As per the
    # MND, ..."): 11 pages of 2024-26 news of North Korean missile tests, Ukrainian drones over Russia, Hezbollah
    # rockets and Chinese aircraft around Taiwan (gCaptain, Korea JoongAng Daily (2), nippon.com, The World Standard,
    # Sputnik, LBCI (2), Anadolu (anews), Business Standard, Ynetnews); counted by hand when labelled: no headline
    # row, 69 events, 31 reports (STATEMENT), 30 launches, drones and rockets (MOBILIZE, 13 of them ASSAULT/MOBILIZE),
    # 19 attacks and drones or rockets at a state (ASSAULT), 1 threat (THREATEN), 1 joint exercise (COOPERATE); 10 rows
    # without an event
    # (labels round 15: a state's own sources: YN003: `ISR>- STATEMENT` added; YN005: `ISR>- STATEMENT` added; quiet was 10, events 69, types {"STATEMENT": 31, "MOBILIZE": 30, "ASSAULT": 19, "THREATEN": 1, "COOPERATE": 1})
    dict(name="heldout175_prose.tsv", pages=11, quiet=10, eventful=41, headlines=0, events=71,
         types={"STATEMENT": 33, "MOBILIZE": 30, "ASSAULT": 19, "THREATEN": 1, "COOPERATE": 1}, disjoint=True),
    # held-out 176 (coder round 173: a launch told by its place in a series or by where it fell, "This was the sixth
    # launch of a ballistic missile by North Korea this year", "The last time North Korea fired a ballistic missile was
    # in January", "... believed to have landed within Japan's exclusive economic zone"): 10 pages of 2023-25 news of
    # North Korea's missile launches (nine) and a Houthi missile at Israel (Yomiuri twice, UrduPoint, The Japan Times,
    # Ynetnews, todayheadline, nippon.com (Jiji), The Straits Times, NHK World, Bangkok Post); counted by hand when
    # labelled: no headline row, 61 events, 38 launches (MOBILIZE: 3 of them ASSAULT/MOBILIZE), 22 reports
    # (STATEMENT), 1 condemnation (ACCUSE); 7 rows without an event
    # (labels round 22: a launch analysed under a modal: NW006 `-` -> `PRK>- MOBILIZE`; quiet was 7, events 61, MOBILIZE 38)
    dict(name="heldout176_prose.tsv", pages=10, quiet=6, eventful=39, headlines=0, events=62,
         types={"MOBILIZE": 39, "ASSAULT": 3, "STATEMENT": 22, "ACCUSE": 1}, disjoint=True),
    # held-out 178 (coder round 175: the article's group meeting told again by a noun or stand-in alone, "the three
    # would discuss ...", "They will also discuss ...", "This was the twelfth meeting among the defense leaders of the
    # three nations", "Last one was held in South Korea last year"): 8 pages of 2023-25 news of trilateral meetings
    # (the U.S.-Japan-Philippines summit previewed twice and held, the Australia-Japan-U.S. defence ministers twice,
    # Japan's, China's and South Korea's foreign ministers in Tokyo three times; HNGN, Rappler, NY1, The Defence Space,
    # Mirage News, The Independent, Devdiscourse twice); counted by hand when labelled: no headline row, 72 events, 33
    # announced or planned meetings (AGREE/CONSULT), 39 held or recalled (CONSULT); 12 rows without an event
    dict(name="heldout178_prose.tsv", pages=8, quiet=12, eventful=24, headlines=0, events=72,
         types={"CONSULT": 72, "AGREE": 33}, disjoint=True),
    # held-out 179 (coder round 176: a bare organ telling its own side's act, "..., the army claimed", "the military
    # said", "it added", "Ukraine's general staff said ..."): 9 pages of 2023-25 news of Israeli strikes in Lebanon,
    # Ukrainian strikes on Russian oil and drone depots, a North Korean cruise-missile drill and a Chinese patrol
    # near Taiwan (A News twice, Middle East Monitor, Xinhua, HT Syndication (ANI), Daily Mail (Reuters), Prothom Alo,
    # Dogra Herald, LBC Group); counted by hand when labelled: no headline row, 60 events, 30 reports (STATEMENT), 26
    # strikes and drones (ASSAULT, 2 of them drones shot down, ASSAULT/MOBILIZE), 4 drills and launches (MOBILIZE); 3
    # rows without an event
    dict(name="heldout179_prose.tsv", pages=9, quiet=3, eventful=30, headlines=0, events=60,
         types={"STATEMENT": 30, "ASSAULT": 26, "MOBILIZE": 6}, disjoint=True),
    # held-out 181 (coder round 178: the parties of the article's meeting as "they", "the two leaders", "the two sides"
    # or "the two countries" with a planned topic, "The two leaders are expected to review ...", "They will also
    # exchange views on ..."): 6 pages of 2023-26 previews of bilateral meetings and visits (Trump to China, Wang Yi in
    # Cairo, Marles in India, Rajnath Singh in Malaysia, Biden in New Delhi for the G20, Lee Jae Myung from Tokyo to
    # Washington; News.Az, MENAFN twice, Ommcom News, India TV, Millennium Post); counted by hand when labelled: no
    # headline row, 44 events, 31 announced or planned meetings and visits (AGREE/CONSULT), 10 held or recalled
    # (CONSULT), 3 pledges and agreements (AGREE); 6 rows without an event
    # (labels round 13: UB004: the article's own meeting, visit or act told by its noun, a plan or a withheld detail labelled as that event; quiet was 6, events 44, types CONSULT 41, AGREE 34)
    dict(name="heldout181_prose.tsv", pages=6, quiet=5, eventful=35, headlines=0, events=45,
         types={"CONSULT": 42, "AGREE": 35}, disjoint=True),
    # held-out 177 (coder round 174: a doer's report of its own act, "The Israeli military said it struck around 800
    # Hezbollah targets", "..., reported state media KCNA", "the Russian Defence Ministry has said", "Ukraine's General
    # Staff has confirmed that drones ... struck"): 9 pages of 2023-25 news of North Korean and Chinese drills, Israeli
    # strikes in Lebanon, Russian strikes in Ukraine, Ukrainian drones on Russian refineries and Houthi missiles at
    # Israel (i24news, NHK World, TASS, News Front, LBCI, Smart Economy, Ukrainska Pravda, Devdiscourse, Business
    # Times); counted by hand when labelled: no headline row, 60 events, 30 reports (STATEMENT), 19 strikes and missiles
    # at a state (ASSAULT, 6 of them ASSAULT/MOBILIZE), 15 drills and launches (MOBILIZE), 1 threat (THREATEN); 5 rows
    # without an event
    dict(name="heldout177_prose.tsv", pages=9, quiet=5, eventful=30, headlines=0, events=60,
         types={"STATEMENT": 30, "ASSAULT": 19, "MOBILIZE": 15, "THREATEN": 1}, disjoint=True),
    # held-out 180 (coder round 177: a launch's fall at a state told by the defender, "Japan's coast guard said a
    # projectile believed to be the North Korean ballistic missile appeared to have already fallen", "Both missiles
    # flew about 250 miles before falling into the sea, the military said"): 6 pages of 2023-24 news of North Korea's
    # launches told by South Korea's and Japan's militaries, coast guard and ministries (Sputnik, Japan Today, Kazinform,
    # ABC7 (AP), socialbites, Kyodo); counted by hand when labelled: no headline row, 46 events, 26 launches
    # (MOBILIZE), 20 reports (STATEMENT); 5 rows without an event
    # (labels round 18: counted series of acts: IK005 ("Pyongyang conducted five rounds of cruise missile tests this year, ...") relabelled `PRK>- MOBILIZE` -> `-`; quiet was 5, events 46, MOBILIZE 26)
    dict(name="heldout180_prose.tsv", pages=6, quiet=6, eventful=25, headlines=0, events=45,
         types={"MOBILIZE": 25, "STATEMENT": 20}, disjoint=True),
    # held-out 182 (coder round 179: a fall or hit told by the defender when the launcher is named only earlier,
    # "Japan said the projectile landed in waters outside of Japan's exclusive economic zone", "... fell in an open
    # area ...,\" the IDF said on Telegram"): 6 pages of 2024-25 news of North Korea's launches told by Japan and of
    # missiles from Yemen falling in Israel told by its military (KBS World twice, Sputnik, Tehran Times, Yemen Online,
    # Roya News); counted by hand when labelled: no headline row, 56 events, 29 launches and missiles (MOBILIZE, 19 of
    # them ASSAULT/MOBILIZE), 22 reports (STATEMENT), 21 attacks (ASSAULT), 3 threats (THREATEN); 6 rows without an event
    dict(name="heldout182_prose.tsv", pages=6, quiet=6, eventful=36, headlines=0, events=56,
         types={"MOBILIZE": 29, "STATEMENT": 22, "ASSAULT": 21, "THREATEN": 3}, disjoint=True),
    # held-out 186 (coder round 184: state news agencies as their state's reporter, "..., state media KCNA reported",
    # "Syrian state news agency SANA said ...", "..., the official SANA news agency said", "Iran's state TV IRNA said"):
    # 7 pages of 2023-24 news of North Korea's cruise missiles told by KCNA, Israeli strikes on Syria told by SANA,
    # Turkey's strikes told by its ministry through Anadolu, Iran's seizure and satellites told by Tasnim and IRNA, and a
    # meeting told by Xinhua (AsiaOne, nippon.com (Kyodo), KEYT (AP), UrduPoint (APP), News.Az, i24news, The Business
    # Times); counted by hand when labelled: no headline row, 45 events, 16 reports (STATEMENT), 14 attacks (ASSAULT),
    # 8 launches (MOBILIZE), 3 meetings (CONSULT), 3 seizures (SEIZE), 1 arrest (COERCE); 5 rows without an event
    # (labels round 17: acts summed up over a span: ZS005, ZU006 ("Israel has carried out hundreds of strikes ..." in recent years / since 2011) relabelled `ISR>SYR ASSAULT` -> `-`; quiet was 5, events 45, ASSAULT 14)
    dict(name="heldout186_prose.tsv", pages=7, quiet=7, eventful=23, headlines=0, events=43,
         types={"STATEMENT": 16, "ASSAULT": 12, "MOBILIZE": 8, "CONSULT": 3, "SEIZE": 3, "COERCE": 1}, disjoint=True),
    # held-out 189 (coder round 187: private or foreign media citing a state body, and acts told only by an agency,
    # "..., the South Korean military said, according to the Yonhap news agency", "..., Tokyo-based Kyodo News
    # reported", "..., the National News Agency said", "(North) Korean Central News Agency reported that \"the launched
    # strategic cruise missiles flew ...\""): 6 pages of 2024-25 news of North Korea's launches told by South Korea's
    # and Japan's militaries through Yonhap and Kyodo and by KCNA, and of Israeli strikes on Lebanon told by Lebanese
    # media and ministries (UrduPoint (APP), A News twice, The National, Chosun Biz, BNO News); counted by hand when
    # labelled: no headline row, 68 events, 26 launches (MOBILIZE, 5 of them ASSAULT/MOBILIZE), 25 reports (STATEMENT),
    # 20 attacks (ASSAULT), 1 accusation (ACCUSE), 1 untyped; 4 rows without an event
    dict(name="heldout189_prose.tsv", pages=6, quiet=4, eventful=38, headlines=0, events=68,
         types={"MOBILIZE": 26, "STATEMENT": 25, "ASSAULT": 20, "ACCUSE": 1}, disjoint=True),
    # held-out 193 (coder round 191: an act told only by an agency or medium after the article's act, "The missile flew
    # 1,500 kilometers to a simulated target at sea ..., the country's state-run Korean Central News Agency said.",
    # "KCNA added that the test was intended to improve the ...", "The separated warheads were guided correctly to three
    # targets, KCNA reported, ..."): 7 pages of 2024-26 news retelling state media's reports of launches and tests
    # (North Korea's warheads, hypersonic and intermediate-range missiles told by KCNA (Sputnik Africa, nippon.com
    # (Jiji), TRT World, MENAFN (Live Mint), NewsBytes), Iran's ship-launched ballistic missiles told by state TV (The
    # Defense Post) and Russia's ICBM test told by state media (Yahoo (Kyiv Independent))); counted by hand when
    # labelled: no headline row, 66 events, 33 launches (MOBILIZE), 30 reports (STATEMENT), 3 accusations (ACCUSE);
    # 8 rows without an event
    dict(name="heldout193_prose.tsv", pages=7, quiet=8, eventful=33, headlines=0, events=66,
         types={"MOBILIZE": 33, "STATEMENT": 30, "ACCUSE": 3}, disjoint=True),
    # held-out 183 (coder round 180: the article's group meeting told by "they", "the leaders", "the advisors" or "the
    # top diplomats", and its topics, "they will also discuss ways to expand joint cooperation ...", "This translates
    # to a willingness to cover a wide range of topics ..."): 8 pages of 2023-25 news of trilateral and Quad meetings
    # (the U.S.-Japan-South Korea foreign ministers in San Francisco and national security advisers in Seoul, the Camp
    # David and Lima summits previewed, the Quad foreign ministers in Washington four times; newzznow (Kyodo), Rumble,
    # baccaratsite (Arirang), viewusglobal, Devdiscourse, MENAFN (KUNA), DT Next, Business Standard); counted by hand
    # when labelled: no headline row, 99 events, 36 announced or planned meetings (AGREE/CONSULT), 63 held or
    # recalled (CONSULT); 7 rows without an event
    dict(name="heldout183_prose.tsv", pages=8, quiet=7, eventful=24, headlines=0, events=99,
         types={"CONSULT": 99, "AGREE": 36}, disjoint=True),
    # held-out 184 (coder round 182: a fall or hit reported by the targeted state when the launcher is named only
    # earlier, "Japan's coast guard said the projectile had fallen in the sea to the east of the DPRK", "The command
    # confirmed that the missiles fell in the waters near the ship ..."): 6 pages of 2023-25 news of North Korea's
    # launches told by Japan and South Korea (CGTN, KESQ (CNN), The Japan Times), a missile from Yemen at Israel told by
    # its military (frumspeak) and the Houthis' anti-ship missiles told by U.S. Central Command (Yahoo (UPI), Waradana);
    # counted by hand when labelled: no headline row, 74 events, 38 launches and missiles (MOBILIZE, 7 of them
    # ASSAULT/MOBILIZE), 30 reports (STATEMENT), 12 attacks (ASSAULT), 1 cooperation (COOPERATE); 3 rows without an event
    dict(name="heldout184_prose.tsv", pages=6, quiet=3, eventful=42, headlines=0, events=74,
         types={"MOBILIZE": 38, "STATEMENT": 30, "ASSAULT": 12, "COOPERATE": 1}, disjoint=True),
    # held-out 185 (coder round 183: armed groups' claims of responsibility and attacks told by a noun subject, "Yemen's
    # Houthi group has claimed responsibility for an attack on a cargo ship ...", "Hezbollah added that it also attacked
    # ...", "The latest attacks came amid ..."): 7 pages of 2023-24 news of the Houthis, Hezbollah, the Islamic
    # Resistance in Iraq and the Pakistani Taliban claiming attacks (Lokmat Times, Munsif Daily twice, Asian News
    # Channel, Shafaq News twice, KTVZ (AP)); counted by hand when labelled: no headline row, 55 events, 21 launches
    # (ASSAULT/MOBILIZE), 6 attacks (ASSAULT), 23 reports and claims (STATEMENT), 5 threats (THREATEN); 16 rows
    # without an event
    dict(name="heldout185_prose.tsv", pages=7, quiet=16, eventful=29, headlines=0, events=55,
         types={"ASSAULT": 27, "MOBILIZE": 21, "STATEMENT": 23, "THREATEN": 5}, disjoint=True),
    # held-out 191 (coder round 189: claims of responsibility that get no record, and a claimant read as its sponsor,
    # "The Islamic Resistance in Iraq, an Iran-backed Shiite militant group, claimed responsibility for the attack, ...",
    # "Yemen's Iran-backed Houthi rebels claimed responsibility Thursday for a drone ship attack ..."): 6 pages of
    # 2023-25 news of the Houthis and the Islamic Resistance in Iraq claiming attacks on ships, Israel and a U.S. base
    # (Siasat (IANS), aNews, The Times of Israel, China Daily HK (Xinhua), Israel National News, Shafaq News); counted
    # by hand when labelled: no headline row, 56 events, 27 launches (ASSAULT/MOBILIZE), 1 attack (ASSAULT), 25 reports
    # and claims (STATEMENT), 3 threats (THREATEN); 7 rows without an event
    dict(name="heldout191_prose.tsv", pages=6, quiet=7, eventful=27, headlines=0, events=56,
         types={"ASSAULT": 28, "MOBILIZE": 27, "STATEMENT": 25, "THREATEN": 3}, disjoint=True),
    # held-out 188 (coder round 186: false events on summit, trilateral and preview pages; analysis and background
    # sentences beside the preview's meeting, "Despite being security allies of the United States, Japan and South Korea
    # maintain substantial trade relations with China.", "The Camp David location holds symbolic significance."): 6
    # pages of 2023-24 previews and analyses of trilateral summits (China-Japan-South Korea in Seoul four times, the
    # U.S.-Japan-South Korea summits at Camp David and at NATO's July forum; Reuters' analysis on socastsrm,
    # justunicorns, Manila Press, news-pravda (Rybar), World Report Now, Leaders MENA); counted by hand when labelled:
    # no headline row, 86 events, 83 announced or planned meetings and visits (AGREE/CONSULT), 3 recalled (CONSULT);
    # 16 rows without an event
    dict(name="heldout188_prose.tsv", pages=6, quiet=16, eventful=29, headlines=0, events=86,
         types={"CONSULT": 86, "AGREE": 83}, disjoint=True),
    # held-out 187 (coder round 185: tours as labels round 11 settled them, the tour told as a whole with no stop named
    # every stop, a tour row naming stops exactly those: "Erdogan started his three-nation Gulf tour on Monday with Saudi
    # Arabia.", "His last stop will be the United Arab Emirates on Wednesday.", "This Gulf tour holds significance ..."):
    # 6 pages of 2023-25 news of tours of several states (Kallas in Central Asia (nCa), Wang Yi in Central Asia and
    # Erdogan in the Gulf (TRT World twice), Erdogan's Gulf tour previewed (Dogru Haber), Modi's return from Japan, Papua
    # New Guinea and Australia (TWF India), Kishida's Africa and Singapore tour (Japan News, Jiji)); counted by hand when
    # labelled: no headline row, 75 events, 52 announced or planned visits and meetings (AGREE/CONSULT), 23 held or
    # recalled (CONSULT); 9 rows without an event
    dict(name="heldout187_prose.tsv", pages=6, quiet=9, eventful=28, headlines=0, events=75,
         types={"CONSULT": 75, "AGREE": 52}, disjoint=True),
    # held-out 190 (coder round 188: a tour's stops listed and a leg's start and end, "The tour spans Ethiopia, Somalia,
    # Tanzania and Lesotho, ...", "U.S. President Donald Trump left Qatar on Thursday en route to the United Arab
    # Emirates (UAE), ...", "He will then depart for the Ghanaian capital, Accra, on May 1 before travelling to Nairobi,
    # Kenya, on the same day."): 6 pages of 2023-26 news of multi-country tours (Wang Yi in Africa twice (Radar Africa,
    # Sahel Liberty News), Kishida's Africa and Singapore tour (WE News English), Blinken in Israel and Jordan
    # (Kurdistan 24), Trump's Gulf tour (MENAFN, Dubai Times)); counted by hand when labelled: no headline row, 114
    # events, 99 announced or planned visits and meetings (AGREE/CONSULT), 15 held or under way (CONSULT); 7 rows
    # without an event
    dict(name="heldout190_prose.tsv", pages=6, quiet=7, eventful=37, headlines=0, events=114,
         types={"CONSULT": 114, "AGREE": 99}, disjoint=True),
    # held-out 192 (coder round 190: a tour told as a sequence of legs, "... will make a brief stopover in Los Angeles,
    # United States, before proceeding to Brasilia, ...", "From there, the President travelled to Brazil on July 4 ...",
    # "PM Modi will visit Nigeria first, followed by Brazil and then Guyana."): 6 pages of 2023-25 news of trips told leg
    # by leg (Tinubu's Japan and Brazil trip (The News Chronicle), Tinubu's Saint Lucia and Brazil trip (The Guild),
    # Modi's Japan, Papua New Guinea and Australia tour (Millennium Post), Modi's Nigeria, Brazil and Guyana tour
    # (Livemint), Kamikawa's six-country trip (Japan News), Margherita's Eswatini, Lesotho and South Africa trip (Assam
    # Tribune)); counted by hand when labelled: no headline row, 74 events, 60 announced or planned visits and meetings
    # (AGREE/CONSULT), 14 held or under way (CONSULT); 7 rows without an event
    dict(name="heldout192_prose.tsv", pages=6, quiet=7, eventful=36, headlines=0, events=74,
         types={"CONSULT": 74, "AGREE": 60}, disjoint=True),
    # held-out 194 (coder round 192: the article's announced meeting told by its noun or a plan, as labels round 13
    # settled it, "The talks are expected to focus on various regional issues, ...", "The upcoming visit marks Merz's
    # second meeting with Trump since taking office as chancellor.", "One of the major topics on the agenda is ..."): 7
    # pages of 2023-26 news announcing bilateral visits and meetings (ProPakistani, Dawn, UrduPoint (Sputnik), Sputnik's
    # BRICS day two, US Muslims (AA), News.Az, A News); counted by hand when labelled: no headline row, 46 events, 42
    # announced or planned visits and meetings (AGREE/CONSULT), 4 held (CONSULT); 9 rows without an event
    dict(name="heldout194_prose.tsv", pages=7, quiet=9, eventful=36, headlines=0, events=46,
         types={"CONSULT": 46, "AGREE": 42}, disjoint=True),
    # held-out 195 (coder round 193: acts reported "according to" a state's organ, official or medium, "Two people were
    # killed Monday in an Israeli strike on a vehicle in southern Lebanon, according to the health ministry, ...",
    # "..., according to South Korean military sources.", "According to the agency, drones and missiles were used during
    # the operation."): 6 pages of 2024 news of Israeli strikes on Lebanon and Syria told by Lebanese and Syrian
    # ministries and state media, North Korea's cruise missiles told by South Korea's military, and Iran's strike in
    # Pakistan told by Pakistan's ministry and Tasnim (strategianews (AFP), UrduPoint (APP), see.news, Al Arabiya, inkl,
    # UNN); counted by hand when labelled: no headline row, 53 events, 26 attacks (ASSAULT, 1 of them
    # ASSAULT/MOBILIZE), 20 reports (STATEMENT), 7 launches (MOBILIZE), 1 accusation (ACCUSE); 12 rows without an event
    # (labels round 17: acts summed up over a span: OZ008 ("... approximately 4,500 strikes against Hezbollah targets in the last five months ..."): `ISR>LBN ASSAULT`, `ISR>SYR ASSAULT` removed, `ISR>- STATEMENT` kept; events 53, ASSAULT 26)
    dict(name="heldout195_prose.tsv", pages=6, quiet=12, eventful=31, headlines=0, events=51,
         types={"ASSAULT": 24, "STATEMENT": 20, "MOBILIZE": 7, "ACCUSE": 1}, disjoint=True),
    # held-out 196 (coder round 194: headlines read as events, "Foreign minister visits India on an official trip",
    # "Turkish, Slovenian foreign ministers meet in Ankara", "JAISHANKAR MEETS PM"): 5 pages of 2024-25 news of
    # ministers' and leaders' visits and meetings, each page's headline row first (kind `headline`, `-` by labels
    # round 14) then its sentences (PSM News, Google Breaking (Aaj News), Hurriyet Daily News, Business Recorder, The
    # Daily Star, with one subhead); counted by hand when labelled: 6 headline rows (all `-`), 42 events, 41 visits,
    # meetings, talks and welcomes (CONSULT), 1 planned signing (AGREE); 11 rows without an event
    dict(name="heldout196_prose.tsv", pages=5, quiet=11, eventful=34, headlines=6, events=42,
         types={"CONSULT": 41, "AGREE": 1}, disjoint=True),
    # held-out 197 (coder round 195: claims of responsibility with no target and "claimed credit", "Shortly after the
    # attacks, the Al-Qassam Brigades, ... claimed responsibility for the attacks.", "Brig. Gen. Yahya Saree, a Houthi
    # military spokesman, claimed the attack in a prerecorded statement ...", "Hezbollah has said it is responsible for
    # firing dozens of rockets at a military base in northern Israel ..."): 7 pages of 2024-25 news of the Houthis'
    # claimed missile attacks on ships (People's Daily (Xinhua), MENAFN (IANS), Israel National News, The Hans India,
    # Shanghai Daily), Hezbollah's claimed rockets (DW) and Hamas's claimed rockets at Tel Aviv (World Israel News);
    # counted by hand when labelled: no headline row, 70 events, 38 launches (ASSAULT/MOBILIZE), 4 attacks (ASSAULT),
    # 26 reports and claims (STATEMENT), 2 threats (THREATEN); 2 rows without an event
    dict(name="heldout197_prose.tsv", pages=7, quiet=2, eventful=39, headlines=0, events=70,
         types={"ASSAULT": 42, "MOBILIZE": 38, "STATEMENT": 26, "THREATEN": 2}, disjoint=True),
    # held-out 199 (coder round 197: the tracked meeting's other forms, "The visit aims to enhance bilateral ties, sign
    # multiple MoUs, ...", "The trip is expected to elevate Bangladesh-China relations ...", "The summit will focus on
    # ..."): 6 pages of 2023-25 news of visits and a summit told with their aims, expectations and outcomes (MENAFN,
    # Devdiscourse, BOL News, Kalinga TV, Republic World, GCC News 24); counted by hand when labelled: no headline row,
    # 55 events, 47 visits, meetings and talks (CONSULT, 16 of them announced or planned, AGREE/CONSULT), 8 signings
    # held or planned (AGREE); 6 rows without an event
    dict(name="heldout199_prose.tsv", pages=6, quiet=6, eventful=39, headlines=0, events=55,
         types={"CONSULT": 47, "AGREE": 24}, disjoint=True),
    # held-out 198 (coder round 196: false events on non-event rows of pages about coming meetings, trips and
    # diplomacy, "Fidan will reaffirm Türkiye's commitment to ...", "A trip this year is seen as increasingly unlikely
    # ...", "The 46-nation Council of Europe, founded in 1949, ..."): 5 pages of 2023-25 news of announced visits and
    # trips (JoongAng Daily, MENAFN, Manila Standard, TRT Afrika, SIA); counted by hand when labelled: no headline row,
    # 29 events, 24 announced or planned visits and meetings (AGREE/CONSULT), 5 held or recalled (CONSULT); 21 rows
    # without an event
    dict(name="heldout198_prose.tsv", pages=5, quiet=21, eventful=21, headlines=0, events=29,
         types={"CONSULT": 29, "AGREE": 24}, disjoint=True),
    # held-out 200 (coder round 198: tour stops the coder does not read, "He will then travel to New Zealand's capital
    # Wellington on July 27 ... and conclude the trip with trip to Brisbane in Australia ...", "On the second leg of the
    # visit, Jaishankar will travel to Berlin ...", "... having previously visited Qatar and Oman, with Kuwait as the third
    # stop."): 9 pages of 2023-24 news of leaders' and ministers' tours of several states (Orissa Post, Lokmat Times,
    # UrduPoint (Sputnik), AsiaOne, see.news twice, Japan's MOFA, latestnewzfeed, LBCI); counted by hand when labelled:
    # no headline row, 90 events, 69 announced or planned visits and meetings (AGREE/CONSULT), 21 held, under way or
    # recalled (CONSULT); 7 rows without an event
    dict(name="heldout200_prose.tsv", pages=9, quiet=7, eventful=37, headlines=0, events=90,
         types={"CONSULT": 90, "AGREE": 69}, disjoint=True),
    # held-out 201 (coder round 199: the article's meeting told beside third states, venues, topics and earlier
    # meetings, "The meetings came on the sidelines of the G-20 Foreign Ministers Meeting in Brazil.", "It is noteworthy
    # that the meeting coincided with another session in which ... met with the Latvian Foreign Minister ...", "A
    # meeting between the leaders of the United States and China is to take place october 30 in South Korea ..."):
    # 7 pages of 2023-25 news of bilateral meetings (Daily Sabah twice, AllAfrica (SUNA) twice, MENAFN (Ukrinform),
    # LIGA.net, Beijing Review); counted by hand when labelled: no headline row, 48 events, 42 meetings, talks, calls and
    # visits held or recalled (CONSULT), 5 announced or agreed (AGREE/CONSULT), 1 framework reached (AGREE); 7 rows
    # without an event
    dict(name="heldout201_prose.tsv", pages=7, quiet=7, eventful=38, headlines=0, events=48,
         types={"CONSULT": 47, "AGREE": 6}, disjoint=True),
    # held-out 202 (coder round 200: a state's own sources, as labels round 15 settled them, "..., the military said in a
    # statement, ...", "The BSF said in a statement the unprovoked firing ...", "According to Pakistan's Inter-Services
    # Public Relations (ISPR), ..."): 7 pages of 2023-25 news of strikes, border firing, clashes and tests reported by the
    # doer's or target's military, ministry or officials (News.Az, Sputnik, Alternate Kashmir, Hindustan Times, MENAFN
    # (KUNA), Kyiv Independent, Coastal Digest); counted by hand when labelled: no headline row, 53 events, 29 attacks
    # (ASSAULT, 2 of them ASSAULT/MOBILIZE), 19 reports (STATEMENT), 6 launches and tests (MOBILIZE), 1 protest
    # (ACCUSE); 6 rows without an event
    dict(name="heldout202_prose.tsv", pages=7, quiet=6, eventful=28, headlines=0, events=53,
         types={"ASSAULT": 29, "STATEMENT": 19, "MOBILIZE": 6, "ACCUSE": 1}, disjoint=True),
    # held-out 203 (coder round 201: the article's meeting not tracked, "Foreign Ministers of Turkmenistan and Türkiye,
    # ... held political consultations in Ankara, ...", "The discussions highlighted the need for ...", "The meeting
    # addressed information security, ..."): 6 pages of 2023-25 news reporting or announcing a bilateral meeting of
    # ministers or leaders in the first sentence then telling it by its noun (MENAFN (AzerNews) twice, News.az, APP,
    # A News, The Truth International); counted by hand when labelled: no headline row, 34 events, 31 meetings, talks
    # and visits held, under way or recalled (CONSULT), 2 talks ahead (AGREE/CONSULT), 1 congratulation
    # (SUPPORT/STATEMENT); 3 rows without an event
    dict(name="heldout203_prose.tsv", pages=6, quiet=3, eventful=31, headlines=0, events=34,
         types={"CONSULT": 33, "AGREE": 2, "SUPPORT": 1}, disjoint=True),
    # held-out 204 (coder round 202: launches and attacks told in the passive or by the weapon, "a missile fired from
    # Yemen was intercepted by the IAF", "The missile was fired from the area surrounding Pyongyang, ...", "the UAVs were
    # launched from ..."): 6 pages of 2024-26 news of missile launches, tests and drone attacks (Munsif Daily, TASS,
    # NewsNet Daily, Head Post, News.Az, Orissa Post); counted by hand when labelled: no headline row, 58 events,
    # 20 launches and tests with no target (MOBILIZE), 12 attacks (ASSAULT, 11 of them ASSAULT/MOBILIZE), 26 reports
    # (STATEMENT); 3 rows without an event
    dict(name="heldout204_prose.tsv", pages=6, quiet=3, eventful=33, headlines=0, events=58,
         types={"ASSAULT": 12, "MOBILIZE": 31, "STATEMENT": 26}, disjoint=True),
    # held-out 205 (coder round 203: a meeting of three or more states in the article's lead, "The foreign ministers of
    # Türkiye, Georgia and Azerbaijan will come together at a trilateral meeting on March 15 in Baku ...", "... foreign
    # ministers from Japan, China, and South Korea convened on Saturday.", "The discussion focused on ..."): 7 pages of
    # 2023-25 news of trilateral meetings of foreign ministers and leaders (The Korea Herald, webjosh (VOA), Hurriyet
    # Daily News, nippon.com (Jiji), BusinessMirror, Devdiscourse, AzerNews); counted by hand when labelled: no headline
    # row, 93 events, 60 announced or planned meetings and visits (AGREE/CONSULT), 33 held or recalled (CONSULT); 3 rows
    # without an event
    dict(name="heldout205_prose.tsv", pages=7, quiet=3, eventful=29, headlines=0, events=93,
         types={"CONSULT": 93, "AGREE": 60}, disjoint=True),
    # held-out 206 (coder round 204: the doer's own report still dropped, a named doer in the present tense, "The IDF says
    # that t carried out precise strikes ...", "Since March, the U.S. says it has struck ...", claims of responsibility
    # by a named group, acronym subjects, "The IRGC announced on Saturday that ..."): 7 pages of 2024-25 news of strikes,
    # launches and interceptions reported by the doer's or target's military, ministry or officials (theSun (AFP), i24NEWS
    # twice, globalcurrent24, AJC (AP), Daily Sabah (AFP), Israel National News); counted by hand when labelled: no
    # headline row, 64 events, 39 attacks (ASSAULT, 20 of them ASSAULT/MOBILIZE), 25 reports (STATEMENT); 8 rows
    # without an event
    dict(name="heldout206_prose.tsv", pages=7, quiet=8, eventful=36, headlines=0, events=64,
         types={"ASSAULT": 39, "STATEMENT": 25, "MOBILIZE": 20}, disjoint=True),
    # held-out 207 (coder round 205: the act inside a reporting verb's complement, "The Israeli army said on Wednesday it
    # had intercepted a drone launched from the east ...", "He said that the Pakistan Army shot down 12 Indian drones ...",
    # "Tokyo's defense ministry also said Pyongyang had \"launched a possible ballistic missile.\""): 8 pages of 2023-25 news
    # of launches, interceptions and strikes told as what a military or ministry said (Local News Wave, Daily Guardian
    # (UAE), Kyiv Independent, Business Recorder, i24NEWS, KBS, Dunya News, A News); counted by hand when labelled: no
    # headline row, 53 events, 8 launches with no target (MOBILIZE), 24 attacks (ASSAULT, 23 of them ASSAULT/MOBILIZE),
    # 19 reports (STATEMENT), 2 accusations (ACCUSE); 4 rows without an event
    # (labels round 17: acts summed up over a span: OR004 ("... multiple sanctions-busting launches this year ...") `PRK>- MOBILIZE` -> `-`, OT003 ("... have been launching missiles and drones at Israel ...") `YEM>ISR ASSAULT/MOBILIZE` -> `-`; quiet was 4, events 53, ASSAULT 24, MOBILIZE 31)
    dict(name="heldout207_prose.tsv", pages=8, quiet=6, eventful=30, headlines=0, events=51,
         types={"ASSAULT": 23, "MOBILIZE": 29, "STATEMENT": 19, "ACCUSE": 2}, disjoint=True),
    # held-out 208 (coder round 206: false events on claims and report pages, the non-event sentences beside a claim or a
    # report: the ship's course, damage and casualty tallies, no comment, satellite imagery and analysts): 7 pages of
    # 2024-25 news of launches, attacks and their claims and reports (Korea Herald, Maritime Executive, DW, Orissa Post,
    # Al-Monitor, Business Recorder (AFP), The Business Daily); counted by hand when labelled: no headline row, 48 events,
    # 7 launches with no target (MOBILIZE), 21 attacks (ASSAULT, 11 of them ASSAULT/MOBILIZE), 20 reports (STATEMENT);
    # 13 rows without an event
    dict(name="heldout208_prose.tsv", pages=7, quiet=13, eventful=26, headlines=0, events=48,
         types={"ASSAULT": 21, "MOBILIZE": 18, "STATEMENT": 20}, disjoint=True),
    # held-out 209 (coder round 207: the act told by its noun after the first sentence, "This launch follows earlier
    # warnings by officials in Seoul and Tokyo ...", "Late Friday, the Israeli military said the strike killed 11
    # Hezbollah operatives, ...", "The strikes marked the second massive attack on the Ukrainian capital ..."): 6 pages
    # of 2023-25 news of launches, tests and strikes (World Report Now, a Korean outlet's English page, ilidea,
    # Springfield News-Sun (AP), Iola Register (AP), Namibia Daily News (Xinhua)); counted by hand when labelled: no
    # headline row, 66 events, 17 launches with no target (MOBILIZE), 24 attacks (ASSAULT, 10 of them ASSAULT/MOBILIZE),
    # 16 reports (STATEMENT), 5 COOPERATE, 3 ACCUSE, 1 THREATEN; 4 rows without an event
    # (labels round 17: acts summed up over a span: VQ008 ("Hezbollah has fired thousands of rockets, missiles and drones into Israel over the past year, ..."): `LBN>ISR ASSAULT/MOBILIZE` removed, `ISR>- STATEMENT` kept; events 66, ASSAULT 24, MOBILIZE 27)
    dict(name="heldout209_prose.tsv", pages=6, quiet=4, eventful=40, headlines=0, events=65,
         types={"ASSAULT": 23, "MOBILIZE": 26, "STATEMENT": 16, "COOPERATE": 5, "ACCUSE": 3, "THREATEN": 1},
         disjoint=True),
    # held-out 210 (coder round 208: the article's attack told again by its noun, "He said further strikes hit Kunar
    # and Paktika provinces, ...", "Pakistan authorities have not commented on the strikes.", "The strikes came a day
    # after ...", "... who lost his family in the strike.", "The airstrikes come as tension boils ...", "... the attack
    # damaged five houses ...", "... termed the hospital strike an \"act of terror\" ..."): 5 pages of 2023-25 news of
    # strikes (iraqiseu (DW), daily8 (AP), a fastseoul copy of an AP story, usheadlinenews, The Statesman); counted by
    # hand when labelled: no headline row, 51 events, 29 attacks (ASSAULT, 10 of them ASSAULT/MOBILIZE), 20 reports
    # (STATEMENT), 2 ACCUSE; 1 row without an event
    dict(name="heldout210_prose.tsv", pages=5, quiet=1, eventful=30, headlines=0, events=51,
         types={"ASSAULT": 29, "MOBILIZE": 10, "STATEMENT": 20, "ACCUSE": 2}, disjoint=True),
    # held-out 211 (coder round 209: the doer's own report told in the present tense, "North Korea's state-run news
    # agency says the country launched a rocket ...", "The Israeli army says it targeted the school building ...",
    # "Central Command says in a statement"): 7 pages of 2023-25 news of launches and strikes (Spotlight Nepal, Pledge
    # Times, Ynetnews, A News, a Times of Israel live-blog entry, Israel Headline News, ForexLive); counted by hand when
    # labelled: no headline row, 49 events, 13 launches (MOBILIZE, 1 of them ASSAULT/MOBILIZE), 14 attacks (ASSAULT),
    # 23 reports (STATEMENT); 7 rows without an event
    dict(name="heldout211_prose.tsv", pages=7, quiet=7, eventful=27, headlines=0, events=49,
         types={"ASSAULT": 14, "MOBILIZE": 13, "STATEMENT": 23}, disjoint=True),
    # held-out 212 (coder round 210: the weapon's flight or fall told under a reporter, "The missile flew approximately
    # 86 minutes, ... according to the Japanese Ministry of Defense.", "Japan's defense ministry said that two suspected
    # ballistic missiles ... appear to have fallen outside Japan's exclusive economic zone(EEZ)."): 8 pages of 2023-25
    # news of missile launches and tests told by a military, ministry or state media (the Korea Herald, TASS, KBS twice,
    # the Irish Times, The Hindu, LBC, Gulf Times); counted by hand when labelled: no headline row, 63 events, 33
    # launches (MOBILIZE, 2 of them ASSAULT/MOBILIZE), 24 reports (STATEMENT), 4 ACCUSE, 2 THREATEN; 5 rows without an
    # event
    dict(name="heldout212_prose.tsv", pages=8, quiet=5, eventful=34, headlines=0, events=63,
         types={"ASSAULT": 2, "MOBILIZE": 33, "STATEMENT": 24, "ACCUSE": 4, "THREATEN": 2}, disjoint=True),
    # held-out 213 (coder round 211: acts summed up over a span beside single acts, "have been firing missiles and
    # drones at Israel ... ever since the start of the war in Gaza", "From November 2023 to December 2024, the Houthis
    # targeted more than 100 ships ...", "Russia launched 72 drones overnight"): 8 pages of 2024-25 news (WION,
    # StratNews Global, Al Arabiya, Jewish Website, Asharq Al-Awsat, TRT World, Middle East Monitor, Voz); counted by
    # hand when labelled: no headline row, 34 events, 21 launches (all ASSAULT/MOBILIZE), 24 attacks (ASSAULT, 3 alone),
    # 10 reports (STATEMENT); 24 rows without an event
    dict(name="heldout213_prose.tsv", pages=8, quiet=24, eventful=21, headlines=0, events=34,
         types={"ASSAULT": 24, "MOBILIZE": 21, "STATEMENT": 10}, disjoint=True),
    # held-out 214 (coder round 212: a meeting of three or more states in the lead, read pair by pair, "Cyprus, Greece,
    # and Egypt are gearing up for a trilateral summit ...", "Turkish, Iranian, and Russian foreign ministers ...",
    # "... held a trilateral meeting with Azerbaijani Counterpart Ilham Aliyev and Pakistan Prime Minister ...",
    # "Deputy foreign ministers from Russia, Syria, Turkey and Iran will meet ..."): 8 pages of 2023-25 news of
    # trilateral and four-way meetings (Cyprus Mail, europesays, A News, Daily Sabah, BNN Breaking, Geo News, Al
    # Arabiya, Mehr News); counted by hand when labelled: no headline row, 111 events, 64 announced or planned meetings
    # and visits (AGREE/CONSULT), 47 held or recalled (CONSULT); 4 rows without an event
    # (labels round 20: meetings told as expected, planned or scheduled: XO005 ("The foreign ministers are expected to reaffirm ...", a planned act, not the talks) relabelled its three pairs -> `-` (3 labels removed); quiet was 4, events 111, types {"CONSULT": 111, "AGREE": 64})
    dict(name="heldout214_prose.tsv", pages=8, quiet=5, eventful=34, headlines=0, events=108,
         types={"CONSULT": 108, "AGREE": 61}, disjoint=True),
    # held-out 215 (coder round 213: strikes, attacks and launches whose act is told again by its noun in later
    # sentences, "The latest launch comes just days after ...", "A warship in the area was responding to the attack,
    # Ambrey said.", "The strike came shortly after another Israeli attack ..."): 7 pages of 2024-25 news (Israel
    # National News, CTV News (AP), NewsBytes, New Indian Express (AP), Business Recorder (AFP), A News, GDN Online);
    # counted by hand when labelled: no headline row, 50 events, 17 launches (MOBILIZE, 14 of them ASSAULT/MOBILIZE),
    # 27 attacks (ASSAULT, 13 alone), 17 reports (STATEMENT), 3 accusations (ACCUSE); 14 rows without an event
    dict(name="heldout215_prose.tsv", pages=7, quiet=14, eventful=30, headlines=0, events=50,
         types={"ASSAULT": 27, "MOBILIZE": 17, "STATEMENT": 17, "ACCUSE": 3}, disjoint=True),
    # held-out 216 (coder round 214: strikes and attacks whose later sentences tell their casualties, reactions and
    # reports by the act's noun, "The attack occurred mid-morning, ...", "Footage ... showed deep craters at the site of
    # the attack, ...", "UN Secretary General Antonio Guterres condemned Saturday Russia's biggest drone and missile
    # attack ..."): 6 pages of 2023-25 news (Moneycontrol, Munsif Daily, UrduPoint (APP, AFP), Cebu Daily News (AFP),
    # Myanmar International TV, Al-Siasi); counted by hand when labelled: no headline row, 53 events, 30 attacks
    # (ASSAULT, 7 of them ASSAULT/MOBILIZE), 18 reports (STATEMENT), 5 accusations (ACCUSE); 11 rows without an event
    dict(name="heldout216_prose.tsv", pages=6, quiet=11, eventful=30, headlines=0, events=53,
         types={"ASSAULT": 30, "MOBILIZE": 7, "STATEMENT": 18, "ACCUSE": 5}, disjoint=True),
    # held-out 217 (coder round 215: meetings that may, could or should happen, with conditions, offers and calls for
    # talks beside meetings that did happen, "Russian President Vladimir Putin is ready to meet with Ukrainian
    # counterpart Volodymyr Zelenskyy if the groundwork is done beforehand, ...", "Putin and Zelenskiy have not met since
    # December 2019.", "Putin and Trump held talks in Alaska on Friday."): 7 pages of 2023-25 news (Politico Europe,
    # RTHK (Reuters/AFP), Reuters via a syndication site, tag24 (AFP), Sputnik, RTW News, UrduPoint (Sputnik)); counted by
    # hand when labelled: no headline row, 17 events, 16 meetings, visits and talks (CONSULT, 3 of them announced or
    # accepted, AGREE/CONSULT) and an agreement of talks (AGREE); 23 rows without an event
    dict(name="heldout217_prose.tsv", pages=7, quiet=23, eventful=16, headlines=0, events=17,
         types={"CONSULT": 16, "AGREE": 4}, disjoint=True),
    # held-out 218 (coder round 216: tour stops with no traveller read, "The UK minister will then head to Saudi Arabia
    # ...", "Erdogan's Gulf tour will continue through Thursday, with subsequent visits to Qatar and Oman.", "... arrived
    # in Jordan, the third stop of his Middle Eastern tour, ..."): 9 pages of 2023-26 news of leaders' and ministers'
    # tours (ksaplayers (Arab News), MENAFN (KUNA), MENAFN, i24news, Hurriyet Daily News, Al Arabiya (Reuters), Doha
    # News, APP, TimesLIVE (Reuters)); counted by hand when labelled: no headline row, 74 events, 41 announced or
    # planned visits and meetings (AGREE/CONSULT), 33 held, under way or recalled (CONSULT); 6 rows without an event
    dict(name="heldout218_prose.tsv", pages=9, quiet=6, eventful=32, headlines=0, events=74,
         types={"CONSULT": 74, "AGREE": 41}, disjoint=True),
    # held-out 219 (coder round 217: strikes and attacks whose later sentences tell the act again by its noun inside a
    # prepositional phrase, "12 people were killed in the attack", "to honor the victims of this large-scale airstrike",
    # "... confirmed the fatalities from the airstrike ...", "... reported on the incident ..."): 7 pages of 2024-25
    # news (yourfeedwire (Ukrinform), news.online.ua, Ukrainska Pravda (two pages), Islam Times, MENAFN, easy-to-read.eu);
    # counted by hand when labelled: no headline row, 43 events, 33 attacks (ASSAULT, 20 of them ASSAULT/MOBILIZE),
    # 10 reports (STATEMENT); 11 rows without an event
    dict(name="heldout219_prose.tsv", pages=7, quiet=11, eventful=33, headlines=0, events=43,
         types={"ASSAULT": 33, "MOBILIZE": 20, "STATEMENT": 10}, disjoint=True),
    # held-out 220 (coder round 218: the article's own meeting named by its noun in comment and aftermath rows, "The
    # meeting's primary objective was ...", "The visit comes ahead of ...", "Kyiv was not present for the discussions."):
    # 6 pages of 2023-25 news of bilateral meetings and visits (devdiscourse, POLITICO Europe, Caliber.az, MENAFN,
    # UrduPoint, The Indian Awaaz); counted by hand when labelled: no headline row, 45 events, 23 announced or planned
    # visits and meetings (AGREE/CONSULT), 22 held, under way or recalled (CONSULT); 8 rows without an event
    dict(name="heldout220_prose.tsv", pages=6, quiet=8, eventful=33, headlines=0, events=45,
         types={"CONSULT": 45, "AGREE": 23}, disjoint=True),
    # held-out 221 (coder round 219: the weapon's flight or fall with no earlier launch coded, "... a second ballistic
    # missile that flew about 120 km, ...", "In addition, the rocket was in flight for almost an hour and a half.", "...
    # flew about 4,200 miles (6,700 kilometers) during a test launch and splashed down in the Marshall Islands area, ..."):
    # 6 pages of 2024-25 news of missile launches and tests (LBC (Reuters), UNN, TASS, The Brussels Times, news-pravda,
    # Saudi Gazette); counted by hand when labelled: no headline row, 53 events, 28 launches and tests (MOBILIZE), 21
    # reports (STATEMENT), 2 accusations (ACCUSE), a denial (REJECT) and an act of untold type (balloons, `*`); 3 rows
    # without an event
    dict(name="heldout221_prose.tsv", pages=6, quiet=3, eventful=33, headlines=0, events=53,
         types={"MOBILIZE": 28, "STATEMENT": 21, "ACCUSE": 2, "REJECT": 1}, disjoint=True),
    # held-out 222 (coder round 220: the weapon's flight or fall after a launch fired at a state, "... a fire sparked when
    # part of a missile fell on the roof of a residential building.", "In Kyiv, both missiles were intercepted, ...", "A
    # long-range missile fired from Yemen landed in an open area in central Israel early Sunday, ..."): 7 pages of
    # 2023-25 news of missiles fired toward Japan, Israel and Ukraine (nippon.com (Jiji Press), Israel National News,
    # Business Standard (AP), The Jewish World Seen By, Ukrainska Pravda, TV360 Nigeria, obkom.org.ua); counted by hand
    # when labelled: no headline row, 53 events, 26 attacks fired at a state (ASSAULT/MOBILIZE), 2 strikes (ASSAULT), 7
    # launches with no target (MOBILIZE), 16 reports (STATEMENT), 2 accusations (ACCUSE); 9 rows without an event
    dict(name="heldout222_prose.tsv", pages=7, quiet=9, eventful=36, headlines=0, events=53,
         types={"ASSAULT": 28, "MOBILIZE": 33, "STATEMENT": 16, "ACCUSE": 2}, disjoint=True),
    # held-out 223 (coder round 221: the meeting's noun with a copula or a topic predicate, "This marks Modi's fourth
    # trip to the UK ...", "The invitation comes days after a recent phone call ...", "The agenda is anticipated to
    # primarily address ...", "Central to their discussions was the signing of ..."): 6 pages of 2023-25 news of
    # bilateral visits, talks and calls (MENAFN, thetransparency.uk, Indian Defence News, The Asia Business Daily,
    # Headline Nepal, devdiscourse); counted by hand when labelled: no headline row, 53 events, 19 visits (`SRC>TGT`, 10
    # announced AGREE/CONSULT, 9 held CONSULT), 34 meetings, talks and calls (`SRC<>TGT`: 22 held CONSULT, 9 announced or
    # agreed AGREE/CONSULT, 3 agreements AGREE); 7 rows without an event
    dict(name="heldout223_prose.tsv", pages=6, quiet=7, eventful=38, headlines=0, events=53,
         types={"CONSULT": 50, "AGREE": 22}, disjoint=True),
    # held-out 224 (coder round 222: the launcher named beside the weapon's fall and the row's own record of another
    # pair, "Early Saturday morning, a missile that was launched from Yemen fell in Jaffa, ...", "Some missile wreckage
    # has reportedly crashed into a forest in Kyiv's Desnianskyi district."): 6 pages of 2023-25 news of missiles and
    # drones fired at Israel and Ukraine, intercepted or falling (Israel National News, Anadolu's anews, The Star
    # (Reuters), MENAFN (Ukrinform), Ukrainska Pravda, PerthNow (AAP)); counted by hand when labelled: no headline row,
    # 36 events, 24 attacks fired at a state (ASSAULT/MOBILIZE), 12 reports (STATEMENT); 12 rows without an event
    dict(name="heldout224_prose.tsv", pages=6, quiet=12, eventful=25, headlines=0, events=36,
         types={"ASSAULT": 24, "MOBILIZE": 24, "STATEMENT": 12}, disjoint=True),
    # held-out 225 (coder round 223: the article's own meeting named by its noun after a preposition, "During the
    # meeting, they exchanged views on ...", "After the meeting, a ceremony was held for the signing of ..."): 5 pages
    # of 2024-25 news of bilateral meetings and visits (Daily Pakistan, LatestLY (ANI), Newsmax India (IANS), New Delhi
    # Times, banglanews24); counted by hand when labelled: no headline row, 45 events, 42 visits, meetings and talks
    # (CONSULT; 1 of them an invitation accepted, AGREE/CONSULT), 3 agreements signed (AGREE); 5 rows without an event
    dict(name="heldout225_prose.tsv", pages=5, quiet=5, eventful=39, headlines=0, events=45,
         types={"CONSULT": 42, "AGREE": 4}, disjoint=True),
    # held-out 226 (coder round 224: meetings of three or more states read pair by pair in every row, "Officials from
    # the US, Japan, and South Korea on Friday met in Tokyo, ...", "... Kamikawa said as she met with her U.S. and South
    # Korean counterparts in New York.", "SHAFAQNA-Foreign ministers of Türkiye, Russia, Iran, and Syria meet in
    # Russia's capital on Wednesday."): 9 pages of 2023-25 news and readouts of trilateral and four-way meetings
    # (Anadolu, Japan Today, Azerbaycan24, devdiscourse, The Federal Newswire, NDTV, Shafaqna, Mehr News, Al Arabiya);
    # counted by hand when labelled: no headline row, 132 events, 33 announced or planned meetings (AGREE/CONSULT), 99
    # held or recalled meetings and visits (CONSULT, 3 of them visits); 8 rows without an event
    dict(name="heldout226_prose.tsv", pages=9, quiet=8, eventful=32, headlines=0, events=132,
         types={"CONSULT": 132, "AGREE": 33}, disjoint=True),
    # held-out 227 (coder round 225: launches told with words the coder does not read, "... fired their latest missile
    # salvo at 9:30 p.m. from Yemeni territory they control, ...", "At 5:35 a.m., Hezbollah launched another barrage of
    # 30 rockets towards the Upper Galilee."): 6 pages of 2024-25 news of missiles, rockets, drones, boats and artillery
    # fired in the Red Sea, at Israel, Russia and near Korea's sea border (Stars and Stripes, BOL News, The Moscow Times,
    # Shafaq News, revealinside, mmianblog (AFP's text)); counted by hand when labelled: no headline row, 58 events, 21
    # attacks fired at a state (ASSAULT/MOBILIZE), 9 launches with no target (MOBILIZE), 7 attacks (ASSAULT), 19 reports
    # (STATEMENT), 2 accusations (ACCUSE); 7 rows without an event
    dict(name="heldout227_prose.tsv", pages=6, quiet=7, eventful=36, headlines=0, events=58,
         types={"ASSAULT": 28, "MOBILIZE": 30, "STATEMENT": 19, "ACCUSE": 2}, disjoint=True),
    # held-out 228 (coder round 226: false events on counted series over more than a week and on meetings postponed,
    # cancelled or not made, "This year alone, North Korea has conducted at least 23 missile tests, ...", "But in
    # reality, the Trump-Putin summit faced several issues and has been indefinitely postponed."): 7 pages of 2023-25
    # news, analysis and explainers (The Star (Reuters), UNN, The Journal blog, TIME, United24 Media, the Kyiv
    # Independent, Islam Times (TASS)); counted by hand when labelled: no headline row, 12 events, 4 attacks or launches
    # (ASSAULT/MOBILIZE 3, MOBILIZE 1), 1 strike (ASSAULT), 3 meetings or calls (CONSULT), 2 reports (STATEMENT),
    # 1 sanction (SANCTION), 1 rejection (REJECT); 34 rows without an event
    dict(name="heldout228_prose.tsv", pages=7, quiet=34, eventful=10, headlines=0, events=12,
         types={"ASSAULT": 4, "MOBILIZE": 4, "CONSULT": 3, "STATEMENT": 2, "SANCTION": 1, "REJECT": 1}, disjoint=True),
    # held-out 229 (coder round 227: the article's meeting named after a preposition, read as another pair, "The
    # President, during his visit to the United Arab Emirates, expressed ...", "During their visit, Modi and Macron
    # acknowledged ..."): 6 pages of 2023-25 news of leaders' and ministers' tours with several stops or partners (The
    # Straits Times, The Jerusalem Post, Mint, Mid-day, The Hindu, News.az); counted by hand when labelled: no headline
    # row, 57 events, 38 visits (`SRC>TGT`: 22 held or recalled CONSULT, 16 announced AGREE/CONSULT), 19 meetings and
    # talks (`SRC<>TGT`: 7 held CONSULT, 12 announced AGREE/CONSULT); 4 rows without an event
    dict(name="heldout229_prose.tsv", pages=6, quiet=4, eventful=36, headlines=0, events=57,
         types={"CONSULT": 57, "AGREE": 28}, disjoint=True),
    # held-out 230 (coder round 228: attacks and launches read the wrong way round and a row's second act, "Thailand
    # launched air strikes on Cambodian military targets on Thursday as Cambodia fired rockets and artillery, ...", "The
    # attacks were launched by Hezbollah, escalating tensions following an Israeli strike that killed a senior Hezbollah
    # commander."): 5 pages of 2024-25 news of strikes, rocket and drone fire and their retaliation between Pakistan
    # and Iran, Thailand and Cambodia, Afghanistan and Pakistan, and Israel and Hezbollah (Peoples Dispatch, Hurriyet
    # Daily News, The Tamil Global, Amu TV, Pan-African News Wire (a repost in PressTV's wording)); counted by hand when
    # labelled: no headline row, 60 events, 21 attacks fired at a state (ASSAULT/MOBILIZE), 19 attacks (ASSAULT, 3 of
    # them joint clashes), 14 reports (STATEMENT), 6 accusations (ACCUSE); 3 rows without an event
    # (labels round 22: a condemnation of another's strike: WV005 `IRN>PAK ACCUSE` -> `IRN>PAK ACCUSE | PAK>IRN ASSAULT/MOBILIZE`; quiet was 3, events 60, ASSAULT 40, MOBILIZE 21)
    dict(name="heldout230_prose.tsv", pages=5, quiet=3, eventful=36, headlines=0, events=61,
         types={"ASSAULT": 41, "MOBILIZE": 22, "STATEMENT": 14, "ACCUSE": 6}, disjoint=True),
    # held-out 231 (coder round 229: the meeting's first mention missed, so nothing is carried, "Washington: US
    # President Joe Biden and his Chinese counterpart Xi Jinping held a phone call ...", "CAIRO, April 4 (KUNA) --
    # Egyptian Foreign Minister, Sameh Shoukry and the Palestinian Prime Minister ... reiterated ..."): 6 pages of
    # 2023-25 news of bilateral meetings, calls and visits told from their first sentence (Deccan Herald, MENAFN
    # (Caribbean News Global), DNA News, The Shillong Times (IANS), Pledge Times (TASS), MENAFN (KUNA)); counted by hand
    # when labelled: 2 headline rows, 41 events, 35 held or recalled meetings, calls and visits (CONSULT: 32 `SRC<>TGT`,
    # 3 `SRC>TGT`), 2 agreements to keep in touch (AGREE/CONSULT), 4 agreements signed or made (AGREE); 5 rows without
    # an event
    dict(name="heldout231_prose.tsv", pages=6, quiet=5, eventful=34, headlines=2, events=41,
         types={"CONSULT": 37, "AGREE": 6}, disjoint=True),
    # held-out 232 (coder round 230: meetings told as expected or planned, "Cho is scheduled to attend a working dinner
    # hosted by Iwaya.", planned topics): 7 pages of 2023-26 news announcing visits, talks and a dialogue to come (The
    # Korea Herald, The New Indian Express, Business Recorder, Global South Focus, The Tribune, The Buzzing Hub,
    # Breaking The News); counted by hand when labelled: no headline row, 42 events, 23 visits (`SRC>TGT`: 18 announced
    # AGREE/CONSULT, 5 held or recalled CONSULT), 16 meetings and talks (`SRC<>TGT`: 12 announced AGREE/CONSULT, 4 held
    # CONSULT), 3 planned signings (AGREE); 10 rows without an event
    dict(name="heldout232_prose.tsv", pages=7, quiet=10, eventful=33, headlines=0, events=42,
         types={"CONSULT": 39, "AGREE": 33}, disjoint=True),
    # held-out 233 (coder round 231: an attack or launch told as coming after another act, "The launch comes after North
    # Korea fired a suspected intercontinental ballistic missile (ICBM) into the sea ...", "The attack followed Ukraine's
    # drone strike on Russian military airfields deep inside Russia."): 6 pages of 2023-25 news of missile launches,
    # strikes and drone attacks told with what they came after (Al Jazeera, Devdiscourse, Kenyan Post, The World's Eye,
    # Yemen Online, Newton County News); counted by hand when labelled: 5 headline rows, 68 events, 22 attacks fired at
    # a state (ASSAULT/MOBILIZE), 21 attacks (ASSAULT), 6 launches (MOBILIZE), 10 reports (STATEMENT), 2 meetings
    # (CONSULT), 2 drills (COOPERATE), 2 accusations (ACCUSE), 2 threats (THREATEN), 1 rejection (REJECT); 4 rows
    # without an event
    dict(name="heldout233_prose.tsv", pages=6, quiet=4, eventful=41, headlines=5, events=68,
         types={"ASSAULT": 43, "MOBILIZE": 28, "STATEMENT": 10, "CONSULT": 2, "COOPERATE": 2, "ACCUSE": 2,
                "THREATEN": 2, "REJECT": 1}, disjoint=True),
    # held-out 234 (coder round 232: false meeting records on meetings hoped for, proposed or offered, "He reiterated
    # Türkiye's readiness to host a potential summit between President Vladimir Putin and Volodymyr Zelenskyy, ...",
    # "The envisaged bilateral summit, if realized, will be the first between the leaders of Japan and China in around a
    # year."): 6 pages of 2023-25 news of meetings proposed, hoped for, offered, invited or considered beside meetings
    # held or announced (MENAFN, Daily Sabah, UrduPoint (APP), Coastal Digest, Nippon.com (Jiji Press), TODAY
    # (Reuters)); counted by hand when labelled: 1 headline row (`-`), 22 events, 13 held or recalled meetings, talks
    # and visits (CONSULT: 10 `SRC<>TGT`, 3 `SRC>TGT`), 6 announced or expected meetings and visits (AGREE/CONSULT), 3
    # invitations with no acceptance told (the inviter's AGREE); 19 rows without an event
    dict(name="heldout234_prose.tsv", pages=6, quiet=19, eventful=17, headlines=1, events=22,
         types={"CONSULT": 19, "AGREE": 9}, disjoint=True),
    # held-out 235 (coder round 233: the traveller named again by a pronoun or as "the two leaders", "He was received by
    # Party General Secretary To Lam and State President Luong Cuong.", "... and the two leaders will engage in official
    # talks to discuss areas of mutual cooperation."): 5 pages of 2023-25 news of visits and talks (SGGP News, The
    # Tribune, State House Sierra Leone, the Government of Timor-Leste, New Delhi Times); counted by hand when labelled:
    # no headline row, 43 events, 17 visits (`SRC>TGT`: 12 announced AGREE/CONSULT, 5 held CONSULT), 23 meetings and
    # talks (`SRC<>TGT`: 9 announced AGREE/CONSULT, 14 held or recalled CONSULT), 3 agreements signed (AGREE); 4 rows
    # without an event
    dict(name="heldout235_prose.tsv", pages=5, quiet=4, eventful=35, headlines=0, events=43,
         types={"CONSULT": 40, "AGREE": 24}, disjoint=True),
    # held-out 236 (coder round 234: cross-border strikes told from the struck side, "Pakistani airstrikes on border
    # areas in the provinces of Paktika and Khost", "a drone strike on a small airport in the Kurdistan region"): 5 pages
    # of 2023-24 news (Khaama Press via MENAFN, Reuters via KDAL, News.Az, Newsmax, Defense Here); counted by hand when
    # labelled: no headline row, 62 events (ASSAULT 29 with one ASSAULT/MOBILIZE, STATEMENT 20, ACCUSE 9, THREATEN 3,
    # REQUEST 1); 4 rows without an event
    dict(name="heldout236_prose.tsv", pages=5, quiet=4, eventful=32, headlines=0, events=62,
         types={"ASSAULT": 29, "MOBILIZE": 1, "STATEMENT": 20, "ACCUSE": 9, "THREATEN": 3, "REQUEST": 1}, disjoint=True),
    # held-out 237 (coder round 235: meetings and talks told in rows that name more than their two states, a listed
    # subject, a list after "with", a third state as the topic, place or host, "Egyptian Foreign Minister Badr Abdelatty
    # and his Turkish counterpart Hakan Fidan discussed developments in the Gaza Strip, ... on the sidelines of the G20
    # Summit in Johannesburg, South Africa."): 6 pages of 2024-25 news (KUNA via MENAFN, Gulf Times via MENAFN, TRT
    # Afrika, News-Pravda (the Russian ministry's text), TRT World, A News); counted by hand when labelled: no headline
    # row, 69 events, 62 held or recalled meetings, talks and calls (CONSULT `SRC<>TGT`), 7 announced or agreed
    # (AGREE/CONSULT: 1 visit `TUR>EGY`, 6 pairs' agreement to keep consulting); 6 rows without an event
    dict(name="heldout237_prose.tsv", pages=6, quiet=6, eventful=24, headlines=0, events=69,
         types={"CONSULT": 69, "AGREE": 7}, disjoint=True),
    # held-out 238 (coder round 236: cross-border strikes and launches told with the weapon or the act as the subject,
    # "Israeli airstrikes on eastern and southern Lebanon killed 24 people ...", "These attacks left at least four
    # individuals injured."): 5 pages of 2024-26 news (Munsif Daily/Xinhua, Meduza, The New Arab, Al Mayadeen English,
    # SSBCrack); counted by hand when labelled: no headline row, 59 events (ASSAULT 31 with 7 ASSAULT/MOBILIZE and one
    # joint, STATEMENT 24, ACCUSE 4); 5 rows without an event
    dict(name="heldout238_prose.tsv", pages=5, quiet=5, eventful=33, headlines=0, events=59,
         types={"ASSAULT": 31, "MOBILIZE": 7, "STATEMENT": 24, "ACCUSE": 4}, disjoint=True),
    # held-out 239 (coder round 237: false events on acts that did not happen, "For this reason, the Iranian president's
    # visit to Türkiye has been postponed," the minister stressed.", "Geneva — Iranian Foreign Minister Hossein
    # Amir-Abdollahian denied that his country was responsible for a drone attack in the Red Sea ..."): 6 pages of
    # 2023-25 news of visits and summits postponed, called off or pulled out of, a denial and threats (MENAFN (Trend),
    # Mint, Dawn (Reuters), Stabroek News (Reuters), info-island, Sputnik); counted by hand when labelled: no headline
    # row, 33 events, 9 held or recalled calls, meetings and visits (CONSULT: 7 `SRC<>TGT`, 2 `SRC>TGT`), 5 announced
    # visits (AGREE/CONSULT), 1 invitation and 1 planned signing (AGREE), 4 drone or rocket attacks fired at a state
    # (ASSAULT/MOBILIZE), 2 attacks (ASSAULT), 3 calls or demands (REQUEST), 3 statements (STATEMENT), 3 threats
    # (THREATEN), 2 accusations (ACCUSE); 17 rows without an event
    dict(name="heldout239_prose.tsv", pages=6, quiet=17, eventful=23, headlines=0, events=33,
         types={"CONSULT": 14, "AGREE": 7, "ASSAULT": 6, "MOBILIZE": 4, "REQUEST": 3, "STATEMENT": 3, "THREATEN": 3,
                "ACCUSE": 2}, disjoint=True),
    # held-out 240 (coder round 238: meetings that did not take place, "WASHINGTON — US President Donald Trump said on
    # Wednesday (Oct 22) he cancelled a planned summit with Russian President Vladimir Putin, ...", "(MENAFN) Dmitry
    # Peskov, the Kremlin's spokesperson, firmly denied reports on Monday claiming that Russian President Vladimir had
    # spoken with U.S. President-elect Donald Trump, ..."): 5 pages of 2024-25 news of a summit cancelled, a call denied,
    # visits called off, cancelled and postponed (AsiaOne (Reuters), MENAFN, Hindustan Times, News-Pravda, ETV Bharat);
    # counted by hand when labelled: no headline row, 9 events, 4 held or recalled calls and visits (CONSULT: 3
    # `SRC<>TGT`, 1 `SRC>TGT`), 4 announced visits and meetings (AGREE/CONSULT), 1 sanction (SANCTION); 29 rows without
    # an event
    dict(name="heldout240_prose.tsv", pages=5, quiet=29, eventful=9, headlines=0, events=9,
         types={"CONSULT": 8, "AGREE": 4, "SANCTION": 1}, disjoint=True),
    # held-out 241 (coder round 239: cross-border strikes told in the passive or through their victims, "Three
    # settlements in the Belgorod Region came under attack by Ukrainian drones, two civilians were injured, ...", "Two
    # other Sikh community members were killed when the vehicle they were travelling in was hit by a mortar shell fired
    # by Pakistani troops."): 5 pages of 2024-25 news (Al-Thawra News, TASS, thematics.live (Firstpost), The New
    # Indian Express, The Thaiger); counted by hand when labelled: no headline row, 44 events (ASSAULT 30 with 9
    # ASSAULT/MOBILIZE, STATEMENT 13, ACCUSE 1); 7 rows without an event
    dict(name="heldout241_prose.tsv", pages=5, quiet=7, eventful=30, headlines=0, events=44,
         types={"ASSAULT": 30, "MOBILIZE": 9, "STATEMENT": 13, "ACCUSE": 1}, disjoint=True),
    # held-out 242 (coder round 240: launches and tests with no target, told by a neighbour's military or the
    # launcher's own, "North Korea launched short-range ballistic missiles toward its eastern waters on Tuesday, South
    # Korea and Japan said.", "The ICBM, according to the ministry, "fell into expected sea areas.""): 6 pages of
    # 2024-26 news of North Korean, Chinese and Iranian missile launches and tests (nippon.com (Jiji), Korea JoongAng
    # Daily, Jang (jang.com.pk), VOV World, DW (tiue.org mirror), Ynetnews); counted by hand when labelled: no
    # headline row, 64 events, 29 launches or tests with no target (`SRC>- MOBILIZE`: PRK 18, CHN 8, IRN 3),
    # 27 statements (STATEMENT), 4 threats (THREATEN), 2 accusations (ACCUSE), 1 announced visit (CONSULT), 1 request
    # (REQUEST); 5 rows without an event
    dict(name="heldout242_prose.tsv", pages=6, quiet=5, eventful=33, headlines=0, events=64,
         types={"MOBILIZE": 29, "STATEMENT": 27, "THREATEN": 4, "ACCUSE": 2, "CONSULT": 1, "REQUEST": 1}, disjoint=True),
    # held-out 243 (coder round 241: false events recounted, a fresh set of diplomatic and security news taken as the
    # pages come, "Prime minister Narendra Modi and China's Xi held a rare face-to-face meeting in South Africa last
    # month.", "Israel expressed dissatisfaction with the US's decision, leading to the cancellation of a planned
    # delegation visit to Washington, D.C., due to the lack of a veto."): 6 pages of 2023-25 news (Tashkent Times, gg2
    # (AFP), Devdiscourse twice, MINA, Syriac Press); counted by hand when labelled: no headline row, 41 events (ACCUSE
    # 17, CONSULT 9 with 2 AGREE/CONSULT, REQUEST 6, ASSAULT 4, MOBILIZE 3, STATEMENT 1, REJECT 1); 10 rows without an
    # event
    dict(name="heldout243_prose.tsv", pages=6, quiet=10, eventful=29, headlines=0, events=41,
         types={"ACCUSE": 17, "CONSULT": 9, "REQUEST": 6, "ASSAULT": 4, "MOBILIZE": 3, "AGREE": 2, "STATEMENT": 1,
                "REJECT": 1}, disjoint=True),
    # held-out 244 (coder round 242: a meeting read with another pair only, multilateral meetings and summits with their
    # sideline meetings listed, "He will also meet his Laos counterpart Thongloun Sisoulith, Mauritanian President
    # Mohamed Ould Ghazouani and Bolivian President Luis Arce.", "The Tripartite Meeting between Laos, the ASEAN
    # Secretariat, and Norway"): 5 pages of 2024-25 news of the BRICS summit in Kazan, the SCO summit in Tianjin, the
    # 57th ASEAN foreign ministers' meeting and the G7 summit in Kananaskis (Lokmat Times (ANI), MENAFN, Asian Telegraph
    # Qatar (Lao News Agency), India New England News, Hindustan Times); counted by hand when labelled: no headline row,
    # 63 events, 36 held or recalled meetings, talks and visits (CONSULT), 21 announced or scheduled meetings
    # (AGREE/CONSULT), 4 agreements (AGREE), 2 criticisms (ACCUSE); 8 rows without an event
    dict(name="heldout244_prose.tsv", pages=5, quiet=8, eventful=31, headlines=0, events=63,
         types={"CONSULT": 57, "AGREE": 25, "ACCUSE": 2}, disjoint=True),
    # held-out 245 (coder round 243: strikes, shelling and launches between states as the pages tell them, "Russia's
    # southern Rostov region was struck by a large-scale Ukrainian drone attack overnight, local Governor Yury Slyusar
    # said.", "The Israeli army said that Iran fired 70 missiles and dozens of drones at Israel in three waves
    # overnight."): 5 pages of 2024-25 news (RFE/RL, The Moscow Times, Business Recorder (AFP), Sudan Independent
    # (Middle East Eye), A News (dpa)); counted by hand when labelled: no headline row, 55 events (ASSAULT 35 with 24
    # ASSAULT/MOBILIZE and one joint, STATEMENT 20); 8 rows without an event
    dict(name="heldout245_prose.tsv", pages=5, quiet=8, eventful=32, headlines=0, events=55,
         types={"ASSAULT": 35, "MOBILIZE": 24, "STATEMENT": 20}, disjoint=True),
    # held-out 246 (coder round 244: launches fired at a state, told through the target's report, "The Israeli army
    # said Monday that some 60 rockets were fired by Hezbollah from Lebanon into northern Israel.", "The Ukrainian air
    # force reported on Telegram that the military's air defenses shot down 18 of the 23 drones and destroyed the
    # missile."): 6 pages of 2024-26 news (one undated) of rockets from Lebanon, Iran's April 2024 drones and
    # missiles and Russian drones on Ukraine (Yeni Safak (AA), A News (AA), TASS, Breitbart, VOA, TRT World); counted
    # by hand when labelled: no headline row, 53 events (ASSAULT 32 with 28 ASSAULT/MOBILIZE: LBN>ISR 16, IRN>ISR 6, RUS>UKR 5,
    # IRQ>ISR 1; STATEMENT 21); 10 rows without an event
    dict(name="heldout246_prose.tsv", pages=6, quiet=10, eventful=30, headlines=0, events=53,
         types={"ASSAULT": 32, "MOBILIZE": 28, "STATEMENT": 21}, disjoint=True),
    # held-out 247 (coder round 245: false events on acts only possible, expected or warned of, a fresh set of 2023-25
    # news of launches, strikes and summits that may come: "Iran is preparing an imminent missile attack on Israel, a
    # senior White House official said on Tuesday.", "Hezbollah is likely to participate in the Iranian attack when it
    # does occur or even attack first."): 5 pages (MIA (dpa), Israel National News, Caliber.az, Global Banking & Finance
    # Review (Reuters), A News); counted by hand when labelled: no headline row, 25 events (STATEMENT 9, CONSULT 6 with
    # 2 AGREE/CONSULT, THREATEN 3, MOBILIZE 3, ASSAULT 2, ACCUSE 2); 19 rows without an event
    dict(name="heldout247_prose.tsv", pages=5, quiet=19, eventful=20, headlines=0, events=25,
         types={"STATEMENT": 9, "CONSULT": 6, "THREATEN": 3, "MOBILIZE": 3, "ASSAULT": 2, "AGREE": 2, "ACCUSE": 2},
         disjoint=True),
    # held-out 248 (coder round 246: a meeting's parties told by attendance, "Hossein Amir Abdollahian, Sergei Lavrov,
    # Qin Gang and Hina Rabbani Khar ..., were taking part in the meeting ...", "Russian Foreign Minister Sergey Lavrov,
    # along with senior representatives from China, Iran, and Pakistan, participated in the talks."): 10 pages of
    # 2023-25 news (two undated) of trilateral and four-way meetings (A News twice, Islam Times, News Central Asia,
    # The Nation, DNA News, MENAFN (Petra), The Frontier Post (AFP), Devdiscourse, Egypt Forward); counted by hand when
    # labelled: no headline row, 86 events (CONSULT 83: held 52, announced AGREE/CONSULT 31; AGREE 3); 14 rows without
    # an event
    # (labels round 23: the article's meeting told again by its noun, or an earlier meeting of the format with its
    # parties in the article: FW004 `-` -> the announced trilateral's three pairs, FX004, FX005 `-` -> the quartet's six
    # pairs; quiet was 14, eventful 23, events 86, CONSULT 83, AGREE 34)
    dict(name="heldout248_prose.tsv", pages=10, quiet=11, eventful=26, headlines=0, events=101,
         types={"CONSULT": 98, "AGREE": 37}, disjoint=True),
    # held-out 249 (coder round 247: a meeting's venue or host read as a party, a fresh set of 2023-25 news of bilateral
    # meetings held in a third state: "President Recep Tayyip Erdoğan on Thursday held a bilateral meeting with Chinese
    # President Xi Jinping in Astana, Kazakhstan.", "... during the day-long interactions at the summit hosted by South
    # Africa."): 8 pages (NewsDrum (PTI), The New Indian Express, Daily Sabah, TASS, Lokmat Times, Mehr News (Reuters),
    # Devdiscourse, AP on Yahoo); counted by hand when labelled: no headline row, 34 events (CONSULT 34, one of them
    # AGREE/CONSULT); 7 rows without an event
    dict(name="heldout249_prose.tsv", pages=8, quiet=7, eventful=27, headlines=0, events=34,
         types={"CONSULT": 34, "AGREE": 1}, disjoint=True),
    # held-out 250 (coder round 248: a gathering's parties told by "convened", "gathered", "brought together",
    # "alongside": "... foreign ministers from Japan, China, and South Korea gathered in Tokyo to discuss ...", "He will
    # join the Foreign Ministers of US, Australia, and Japan for the meeting."): 8 pages of 2023-24 news of trilateral
    # and Quad meetings (The Japan Times twice, GovCon Wire, Devdiscourse, Katsina Times (Hindustan Times), Business
    # Standard, India News Network, Hello Scholar); counted by hand when labelled: no headline row, 82 events (CONSULT
    # 79: held 54, announced AGREE/CONSULT 25; AGREE 3); 15 rows without an event
    # (labels round 23: the article's meeting told again by its noun, or an earlier meeting of the format with its
    # parties in the article: JV004, JV005, JW002, LR002 `-` -> the trilateral's three pairs, LU007, MR002 `-` -> the
    # Quad's six pairs; quiet was 15, eventful 18, events 82, CONSULT 79)
    dict(name="heldout250_prose.tsv", pages=8, quiet=9, eventful=24, headlines=0, events=106,
         types={"CONSULT": 103, "AGREE": 28}, disjoint=True),
    # held-out 251 (coder round 249: strikes and raids "carried out" or "conducted" by one state in another: "The
    # Israeli military has carried out air strikes on more than 120 targets of the Hezbollah militant group in Lebanon
    # ...", "Turkish air forces conducted fresh air strikes in northern Iraq ..."): 6 pages of 2023-24 news (The
    # Spokesman-Review (dpa), Deccan Herald, Kurdpress, CBS News, The Nation (Pakistan), OpIndia); counted by hand
    # when labelled: no headline row, 33 events (ASSAULT 19, ASSAULT/MOBILIZE 1, STATEMENT 13); 7 rows without an event
    dict(name="heldout251_prose.tsv", pages=6, quiet=7, eventful=18, headlines=0, events=33,
         types={"ASSAULT": 20, "STATEMENT": 13, "MOBILIZE": 1}, disjoint=True),
    # held-out 252 (coder round 250: summits and multilateral meetings with the non-event rows around them: "The
    # meeting was attended by U.S. Secretary of State Marco Rubio, Japanese Foreign Minister Iwaya Takeshi, and
    # Republic of Korea Foreign Minister Cho Tae-yul."): 7 pages of 2023-25 news (Globe Banner 2, The Federal
    # Newswire, TASS, Scandals.pk, Jakarta Globe, The Star (AP)); counted by hand when labelled: no headline row,
    # 19 events (held CONSULT 15, announced AGREE/CONSULT 4); 21 rows without an event
    # (labels round 23: the article's meeting told again by its noun: IG002 `-` -> the trilateral's three pairs; quiet
    # was 21, eventful 6, events 19, CONSULT 19)
    dict(name="heldout252_prose.tsv", pages=7, quiet=20, eventful=7, headlines=0, events=22,
         types={"CONSULT": 22, "AGREE": 4}, disjoint=True),
    # held-out 253 (coder round 251: cross-border strikes and launches: "Israel launched a series of airstrikes on
    # Beirut ... following missile attacks from Hezbollah aimed at Israel.", "Indian and Pakistani forces exchanged
    # intense gunfire and artillery shelling overnight ..."): 4 pages of 2024-26 news (Devdiscourse, Graphic News,
    # Sardis Markets, DW); counted by hand when labelled: no headline row, 44 events (ASSAULT 16,
    # ASSAULT/MOBILIZE 12, STATEMENT 15, ACCUSE 1); 5 rows without an event
    dict(name="heldout253_prose.tsv", pages=4, quiet=5, eventful=25, headlines=0, events=44,
         types={"ASSAULT": 28, "MOBILIZE": 12, "STATEMENT": 15, "ACCUSE": 1}, disjoint=True),
    # held-out 256 (coder round 254: analysis and opinion on the China-Philippines and Taiwan tensions, acts told
    # beside possibilities, warnings and denials: "China did not comment on the use of the water cannon."): 6 pages
    # of 2023-24 writing (SCMP, The Asian Observer, China Global South, ThinkChina, MENAFN (Asia Times), Global
    # Guardian); counted by hand when labelled: no headline row, 14 events (ASSAULT/COERCE 9, COERCE 1, STATEMENT 1,
    # COOPERATE/MOBILIZE 1, ACCUSE 1, CONSULT 1); 16 rows without an event
    dict(name="heldout256_prose.tsv", pages=6, quiet=16, eventful=14, headlines=0, events=14,
         types={"ASSAULT": 9, "COERCE": 10, "STATEMENT": 1, "COOPERATE": 1, "MOBILIZE": 1, "ACCUSE": 1,
                "CONSULT": 1}, disjoint=True),
    # held-out 255 (coder round 253: strikes and launches told again over several sentences without their doer: "The
    # strikes in Sanaa hit a home and injured 16 other people, the ministry said.", "In the Desnyanskyi district a
    # drone crashed onto the roof of a multi-story building."): 4 pages of 2024-26 news (Las Vegas Review-Journal
    # (AP), Hindustan Times (Reuters), Newsmax, The New Arab); counted by hand when labelled: no headline row, 44 events
    # (ASSAULT 9, ASSAULT/MOBILIZE 17, STATEMENT 18); 7 rows without an event
    dict(name="heldout255_prose.tsv", pages=4, quiet=7, eventful=25, headlines=0, events=44,
         types={"ASSAULT": 26, "MOBILIZE": 17, "STATEMENT": 18}, disjoint=True),
    # held-out 254 (coder round 252: multilateral meetings whose parties' list is cut by brackets, dashes or a colon,
    # or told by "between" / "among": "Ministers of the IBSA group made up of India, Brazil, and South Africa met here
    # ...", "Trilateral talks between President of Russia Vladimir Putin, President of Azerbaijan Ilham Aliyev and
    # Prime Minister of Armenia Nikol Pashinyan took place in the Kremlin."): 8 pages of 2023-25 news and readouts
    # (Sakshi Post, G20 Brasil, TASS twice, the Kremlin, News Central Asia, RFE/RL, The Epoch Times); counted by hand
    # when labelled: no headline row, 65 events (CONSULT 64, AGREE/CONSULT 1); 14 rows without an event
    dict(name="heldout254_prose.tsv", pages=8, quiet=14, eventful=17, headlines=0, events=65,
         types={"CONSULT": 65, "AGREE": 1}, disjoint=True),
    # held-out 257 (coder round 255: missile, rocket and drone attacks told in the passive or by a count of weapons:
    # "Three rockets were launched from the southern Gaza Strip toward Israel, ...", "Russia fired 14 attack drones and
    # five missiles into Ukraine overnight, ..."): 7 pages of 2023-25 news (UrduPoint, Shafaq News, A News, Nashi
    # Groshi, ANM News, World Israel News, Local10); counted by hand when labelled: no headline row, 49 events
    # (ASSAULT 6, ASSAULT/MOBILIZE 22, STATEMENT 21); 4 rows without an event
    dict(name="heldout257_prose.tsv", pages=7, quiet=4, eventful=28, headlines=0, events=49,
         types={"ASSAULT": 28, "MOBILIZE": 22, "STATEMENT": 21}, disjoint=True),
    # held-out 258 (coder round 256: state visits, bilateral talks and calls told by arrival, departure, reception,
    # the visit's noun and the call: "Prime minister Sheikh Hasina arrived in India Friday evening on a two-day visit
    # in this regard.", "The Prime Minister spoke to the Prime Minister of Canada Mark Carney this evening."): 8 pages
    # of 2023-25 news and readouts (Firstpost, Prothom Alo twice, Eye Radio, The Nation, MENAFN, Canada News Video,
    # GOV.UK); counted by hand when labelled: no headline row, 21 events (CONSULT 14, AGREE/CONSULT 7); 8 rows
    # without an event
    dict(name="heldout258_prose.tsv", pages=8, quiet=8, eventful=20, headlines=0, events=21,
         types={"CONSULT": 21, "AGREE": 7}, disjoint=True),
    # held-out 259 (coder round 257: summits and visits called off, postponed, refused or denied, told beside the
    # meetings held: "Mr. Xi and Prime Minister Narendra Modi did not have a formal bilateral meeting in South Africa
    # but held an informal conversation on the sidelines, ...", "It was not cancelled, but postponed to a later
    # date."): 6 pages of 2023-25 news (SBS, The Straits Times, Babel, NewsIn.Asia (The Hindu), The Moscow Times, The
    # Hill); counted by hand when labelled: no headline row, 12 events (CONSULT 5, AGREE/CONSULT 6, REJECT 1); 20 rows
    # without an event
    dict(name="heldout259_prose.tsv", pages=6, quiet=20, eventful=11, headlines=0, events=12,
         types={"CONSULT": 11, "AGREE": 6, "REJECT": 1}, disjoint=True),
    # held-out 260 (coder round 258: strikes and launches whose sentence names three or more states, as place,
    # victim's state, reporter, ally, sponsor or host: "The attack by more than 300 missiles and drones, mostly
    # launched from inside Iran, caused only modest damage as most were shot down by Israel's Iron Dome defence
    # system, with help from the US, Britain, France and Jordan."): 7 pages of 2023-25 news (Milli Chronicle, Middle
    # East Monitor, Politico Europe, IFP News, Zero Ready, Iran International, Spotlight Nepal); counted by hand when
    # labelled: no headline row, 58 events (ASSAULT 12, ASSAULT/MOBILIZE 21, STATEMENT 25); 5 rows without an event
    dict(name="heldout260_prose.tsv", pages=7, quiet=5, eventful=29, headlines=0, events=58,
         types={"ASSAULT": 33, "MOBILIZE": 21, "STATEMENT": 25}, disjoint=True),
    # held-out 261 (coder round 259: strikes and launches told as a report verb's object: "Ukrainian officials
    # earlier reported that Russia had inflicted damage to the country's energy infrastructure overnight.", "The IDF
    # subsequently stated the sirens sounded in the center of the country after a missile was launched at Israel from
    # Yemen."): 4 pages of 2024-25 news (The Jerusalem Post, Muraselon, Censor.NET, UNN); counted by hand when
    # labelled: no headline row, 37 events (ASSAULT 9, ASSAULT/MOBILIZE 11, STATEMENT 17); 4 rows without an event
    dict(name="heldout261_prose.tsv", pages=4, quiet=4, eventful=24, headlines=0, events=37,
         types={"ASSAULT": 20, "MOBILIZE": 11, "STATEMENT": 17}, disjoint=True),
    # held-out 262 (coder round 260: trilateral and multilateral meetings, their parties told as officials, a list
    # after a meeting's noun or "brought together": "In attendance at the meeting to discuss developments in the Gaza
    # situation are ...", "Months ago, Paris hosted meetings that brought together the mediators of the Gaza
    # negotiations, Egypt, Qatar, and the United States, ..."): 6 pages of 2024-25 news (Anadolu Agency, Middle East
    # Monitor twice, Made in Egypt Gate, WebJosh (The Hindu), a Youboox kiosk feed); counted by hand when labelled: no
    # headline row, 60 events (CONSULT 39, AGREE/CONSULT 21); 4 rows without an event
    dict(name="heldout262_prose.tsv", pages=6, quiet=4, eventful=17, headlines=0, events=60,
         types={"CONSULT": 60, "AGREE": 21}, disjoint=True),
    # held-out 263 (coder round 261: strikes told as retaliation or response: "Yemen's Huthis launched an anti-ship
    # ballistic missile yesterday in retaliation for overnight American and British strikes targeting the Iran-backed
    # rebels, a US general said.", "Iran said Sunday's attack on Israel was in response to that."): 4 pages of 2024-25
    # news (Malay Mail, The Jewish Chronicle, Kokani, The Daily Exclusives); counted by hand when labelled: no
    # headline row, 45 events (ASSAULT 14, ASSAULT/MOBILIZE 19, STATEMENT 11, ACCUSE 1); 4 rows without an event
    dict(name="heldout263_prose.tsv", pages=4, quiet=4, eventful=23, headlines=0, events=45,
         types={"ASSAULT": 33, "MOBILIZE": 19, "STATEMENT": 11, "ACCUSE": 1}, disjoint=True),
    # held-out 266 (coder round 264: false events on analysis and opinion sentences of East Asian diplomacy: "His
    # administration considers these two Asian countries essential allies for maintaining collective security.",
    # "Trump had demanded that Seoul pay as much as $50 billion for the upkeep of American soldiers."): 5 pages of
    # 2024-25 opinion and analysis (The Diplomat, CNN's analysis as copied by Digiblitztouch, The Korea Herald,
    # Nation.lk (The Korea Times' editorial), Dong-A Ilbo); counted by hand when labelled: no headline row, 16 events
    # (CONSULT 8, AGREE/CONSULT 1, AGREE 1, AGREE/COOPERATE 1, DEMAND 3, THREATEN 1, ACCUSE 1); 20 rows without an event
    dict(name="heldout266_prose.tsv", pages=5, quiet=20, eventful=15, headlines=0, events=16,
         types={"CONSULT": 9, "AGREE": 3, "COOPERATE": 1, "DEMAND": 3, "THREATEN": 1, "ACCUSE": 1}, disjoint=True),
    # held-out 265 (coder round 263: launches told again over several sentences, the launcher named only in an
    # earlier one: "The ballistic missile reportedly flew for 70 minutes before falling into waters some 250 kilometers
    # off Hokkaido.", "Missile debris fell inside Israeli territory, although no significant damage was reported."):
    # 5 pages of 2023-26 news (KBS, Ruetir, The Irish Times, Shafaq News, Middle East Monitor); counted by hand when
    # labelled: no headline row, 43 events (ASSAULT/MOBILIZE 12, MOBILIZE 9, ASSAULT 2, STATEMENT 18, ACCUSE 1,
    # THREATEN 1); 4 rows without an event
    dict(name="heldout265_prose.tsv", pages=5, quiet=4, eventful=26, headlines=0, events=43,
         types={"ASSAULT": 14, "MOBILIZE": 21, "STATEMENT": 18, "ACCUSE": 1, "THREATEN": 1}, disjoint=True),
    # held-out 264 (coder round 262: bilateral talks told again with their parties only in an earlier sentence:
    # "Both leaders expressed their satisfaction at the current positive trajectory of Pakistan-Belarus relations
    # and agreed to maintain the momentum ...", "After the talks, the heads of government signed a memorandum on
    # defense and migrants."): 6 pages of 2023-25 news and readouts (Nhan Dan, Semafor, China.org.cn (Xinhua),
    # MENAFN (KUNA), Rediff, Kazinform); counted by hand when labelled: no headline row, 29 events (CONSULT 21,
    # AGREE 8); 4 rows without an event
    dict(name="heldout264_prose.tsv", pages=6, quiet=4, eventful=23, headlines=0, events=29,
         types={"CONSULT": 21, "AGREE": 8}, disjoint=True),
    # held-out 267 (coder round 265: attacks and launches told in the passive with no "by": "... two short-range
    # ballistic missiles fired from the Sunan area of North Korea ...", "The missiles were detected at 7:10 a.m. from the
    # Pyongyang area.", "... the drones posing a direct threat were shot down that night."): 7 pages of 2023-25 news
    # (The Korea Herald, NewsTrack, Israel National News, PAP, Global Banking and Finance Review (Reuters), Swissinfo
    # (Reuters), MENAFN (Ukrinform)); counted by hand when labelled: no headline row, 45 events (ASSAULT 2,
    # ASSAULT/MOBILIZE 19, MOBILIZE 8, STATEMENT 14, COOPERATE 1, ACCUSE 1); 4 rows without an event
    dict(name="heldout267_prose.tsv", pages=7, quiet=4, eventful=27, headlines=0, events=45,
         types={"ASSAULT": 21, "MOBILIZE": 27, "STATEMENT": 14, "COOPERATE": 1, "ACCUSE": 1}, disjoint=True),
    # held-out 268 (coder round 266: visits, talks and calls in readouts and news: "An official reception ceremony was
    # held, during which the guard of honor was inspected, and the national anthems were played.", "The leaders
    # addressed bilateral ties and international concerns ..."): 5 pages of 2024-26 readouts and news (Zawya, LatestLY,
    # Lokmat Times, MENAFN, Internetor's copy of an analysis of the Trump-Xi summit in Busan); counted by hand when
    # labelled: no headline row, 30 events (CONSULT 21, AGREE/CONSULT 3, AGREE 4, STATEMENT 2); 5 rows without an event
    dict(name="heldout268_prose.tsv", pages=5, quiet=5, eventful=25, headlines=0, events=30,
         types={"CONSULT": 24, "AGREE": 7, "STATEMENT": 2}, disjoint=True),
    # held-out 269 (coder round 267: strikes, raids and launches with their non-event sentences: "The official Lebanese
    # news agency said the attacking military planes targeted locations close to the town of Al-Addousiya, ...", "On
    # Monday, the group claimed to have conducted an operation against the aircraft carrier USS Harry S. Truman, ..."):
    # 4 pages of 2024-25 news (KUNA, Naharnet, UPI, Stars and Stripes); counted by hand when labelled: no headline
    # row, 39 events (ASSAULT 19, ASSAULT/MOBILIZE 1, STATEMENT 19); 9 rows without an event
    dict(name="heldout269_prose.tsv", pages=4, quiet=9, eventful=21, headlines=0, events=39,
         types={"ASSAULT": 20, "MOBILIZE": 1, "STATEMENT": 19}, disjoint=True),
    # held-out 270 (coder round 268: the article's talks told again by their noun: "During the talks, Zelensky
    # provided American officials with an update on the military situation in Ukraine, ...", "The talks, held at
    # Orban's office at the Karmelita Monastery, centered around discussions on Türkiye-Hungary relations, ..."): 4 pages
    # of 2023-25 news (MENAFN, EIN Presswire, New Delhi Times, Hürriyet Daily News); counted by hand when labelled: no
    # headline row, 29 events (CONSULT 28, AGREE 1); 3 rows without an event
    dict(name="heldout270_prose.tsv", pages=4, quiet=3, eventful=25, headlines=0, events=29,
         types={"CONSULT": 28, "AGREE": 1}, disjoint=True),
    # held-out 271 (coder round 269: forecasts and plans in previews of summits and visits: "At the Quad Summit, the
    # leaders will review the progress achieved by the Quad over the last year ...", "The impact of Trump's tariffs on
    # Japan's manufacturing sector is likely to be high on the agenda, ..."): 7 pages of 2024-25 news and previews (The
    # New Indian Express, ILNA, Rediff (PTI), Ukrainska Pravda, The Japan News (Yomiuri), Nippon.com (Jiji Press), MNI
    # Markets); counted by hand when labelled: no headline row, 25 events (AGREE/CONSULT 21, CONSULT 3, AGREE 1);
    # 14 rows without an event
    dict(name="heldout271_prose.tsv", pages=7, quiet=14, eventful=23, headlines=0, events=25,
         types={"CONSULT": 24, "AGREE": 22}, disjoint=True),
    # held-out 272 (coder round 270: strikes told by their victims, with their non-event sentences: "Palestinian medics
    # said Israeli strikes killed at least 23 people in the Gaza Strip overnight into Tuesday.", "Jerusalem: At least 15
    # Palestinians were killed by Israeli fire as they gathered near an aid distribution centre in central Gaza, ..."):
    # 5 pages of 2024-25 news (WHEC (AP), Alayaran, Swissinfo (Reuters), Devdiscourse (Reuters), Express & Star (AP));
    # counted by hand when labelled: no headline row, 29 events (ASSAULT 19, ASSAULT/MOBILIZE 2, STATEMENT 8); 10 rows
    # without an event
    dict(name="heldout272_prose.tsv", pages=5, quiet=10, eventful=21, headlines=0, events=29,
         types={"ASSAULT": 21, "MOBILIZE": 2, "STATEMENT": 8}, disjoint=True),
    # held-out 273 (coder round 271: strikes and launches told through officials' or militaries' statements: "Russian
    # military forces struck a key Ukrainian missile storage facility ..., the Russian Defense Ministry reported
    # Sunday.", "The Houthis also said they carried out drone attacks on two sites in Jaffa and Haifa ..."): 4 pages of
    # 2025 news (Lokmat Times (IANS), MENAFN, Munsif Daily, ARY News (Reuters)); counted by hand when labelled: no
    # headline row, 34 events (ASSAULT/MOBILIZE 15, ASSAULT 3, STATEMENT 16); 2 rows without an event
    dict(name="heldout273_prose.tsv", pages=4, quiet=2, eventful=18, headlines=0, events=34,
         types={"ASSAULT": 18, "MOBILIZE": 15, "STATEMENT": 16}, disjoint=True),
    # held-out 274 (coder round 272: a minister or leader meeting several counterparts, told in one list or one by
    # one: "Russian Foreign Minister Sergey Lavrov held bilateral talks with his counterparts from Brazil, South Africa,
    # Iran, Laos, Thailand and Ethiopia ...", "Earlier in the day, Lavrov met with top diplomats from China, Egypt,
    # Brazil, and South Africa."): 6 pages of 2024-25 news (Lokmat Times twice, Africanews, TASS, plusgj, Business
    # Standard); counted by hand when labelled: no headline row, 27 events (CONSULT 26, AGREE/CONSULT 1); 4 rows
    # without an event
    dict(name="heldout274_prose.tsv", pages=6, quiet=4, eventful=17, headlines=0, events=27,
         types={"CONSULT": 27, "AGREE": 1}, disjoint=True),
    # held-out 277 (coder round 275: previews and readouts of talks between states, most rows their background:
    # "The overall strategic ties between India and Bangladesh have been on an upswing in the last few years.",
    # "Despite these positive political ties, economic cooperation remains modest."): 6 pages of 2024-25 news
    # (Millennium Post (PTI), MENAFN twice, Trend, Vietnam News Agency, Africa-Press); counted by hand when labelled:
    # no headline row, 17 events (CONSULT 8, AGREE/CONSULT 9); 15 rows without an event
    dict(name="heldout277_prose.tsv", pages=6, quiet=15, eventful=15, headlines=0, events=17,
         types={"CONSULT": 17, "AGREE": 9}, disjoint=True),
    # held-out 275 (coder round 273: several meetings told in one article, the later ones by their noun or by the
    # parties' words: "During the meeting between Carney and Erdoğan, they discussed ...", "The encounter with
    # Ethiopia’s premier was conducted at the Johannesburg Expo Center, ..."): 6 pages of 2024-25 news (The Hindu,
    # A News twice, MENAFN, Daily Times, Daily Sabah); counted by hand when labelled: no headline row, 36 events
    # (CONSULT 35, AGREE/CONSULT 1); 3 rows without an event
    dict(name="heldout275_prose.tsv", pages=6, quiet=3, eventful=25, headlines=0, events=36,
         types={"CONSULT": 36, "AGREE": 1}, disjoint=True),
    # held-out 276 (coder round 274: strikes and launches told over several sentences, the later ones without the
    # doer: "He noted that the attack caused a significant drop in electricity voltage in Kharkiv, ...", "The latest
    # strike hit the village of Tiri in the morning hours."): 6 pages of 2025 news (Report.az, online.ua, TRT World,
    # National Herald, A News, Devdiscourse); counted by hand when labelled: no headline
    # row, 32 events (ASSAULT 13, ASSAULT/MOBILIZE 6, STATEMENT 13); 12 rows without an event
    dict(name="heldout276_prose.tsv", pages=6, quiet=12, eventful=19, headlines=0, events=32,
         types={"ASSAULT": 19, "MOBILIZE": 6, "STATEMENT": 13}, disjoint=True),
    # held-out 279 (coder round 277: meetings of three or more states told over several sentences, the group given
    # as a list, by its leaders or ministers, or by the bloc's name: "Rubio attended a gathering with counterparts from
    # Japan, India and Australia ...", "The trilateral summit focused on enhancing relations among Türkiye, Azerbaijan,
    # and Pakistan, ..."): 6 pages of 2024-25 news (MENAFN, The Asahi Shimbun, India News Network, The Telegraph
    # India, TRT World, EIR News); counted by hand when labelled: no headline row, 108 events (CONSULT 89,
    # AGREE/CONSULT 9, AGREE 10); 4 rows without an event
    dict(name="heldout279_prose.tsv", pages=6, quiet=4, eventful=25, headlines=0, events=108,
         types={"CONSULT": 98, "AGREE": 19}, disjoint=True),
    # held-out 278 (coder round 276: a minister or leader meeting several counterparts at a summit or conference, with
    # the articles' following sentences: "Erdogan held three separate closed-door meeting with the leaders on the
    # sidelines on Wednesday, ...", "Mohamad later held talks with Uruguay's Foreign Minister Mario Lubetkin."): 5 pages
    # of 2024-25 news (TRT World, Hurriyet Daily News, MENAFN, Mint, The Sun Malaysia); counted by hand when labelled:
    # no headline row, 21 events (CONSULT 21); 13 rows without an event
    dict(name="heldout278_prose.tsv", pages=5, quiet=13, eventful=16, headlines=0, events=21,
         types={"CONSULT": 21, "AGREE": 0}, disjoint=True),
    # held-out 280 (coder round 278: previews of visits and summits, most rows forecasts or plans: "Bother countries
    # will engage in delegation-level talks.", "Leaders from 15 nations are expected to attend."): 6 pages of
    # 2024-25 news (Business Recorder, NZ Herald, Azzet, Spotlight Nepal, MENAFN, Newswire.ca); counted by hand when
    # labelled: no headline row, 20 events (AGREE/CONSULT 20); 12 rows without an event
    dict(name="heldout280_prose.tsv", pages=6, quiet=12, eventful=15, headlines=0, events=20,
         types={"CONSULT": 20, "AGREE": 20}, disjoint=True),
    # held-out 281 (coder round 279: missile launches and weapons tests told with no target, through the launcher's
    # or its rival's report: "North Korea said that it had successfully tested new hypersonic projectiles in its
    # latest missile tests.", "Local officials eventually confirmed that missile tests had taken place, ..."): 9 pages
    # of 2024-25 news (KBS, The News, TASS, Defense Here, MENAFN, A News, Space War, Army Recognition, Namibia Daily
    # News); counted by hand when labelled: no headline row, 39 events (MOBILIZE 21, STATEMENT 18); 8 rows without
    # an event
    dict(name="heldout281_prose.tsv", pages=9, quiet=8, eventful=21, headlines=0, events=39,
         types={"MOBILIZE": 21, "STATEMENT": 18}, disjoint=True),
    # held-out 282 (coder round 280: a leader's or minister's meetings told by a possessive and its noun: "Their
    # meeting is being viewed as a potential turning point in U.S.-China relations, ...", "... finally secured his
    # White House moment with President Donald Trump ..."): 6 pages of 2025 news and a readout (Herald, A News,
    # Sputnik, Azzet, Australia Gov News, Newsbeep); counted by hand when labelled: no headline row, 24 events
    # (CONSULT 22, AGREE 4); 5 rows without an event
    dict(name="heldout282_prose.tsv", pages=6, quiet=5, eventful=22, headlines=0, events=24,
         types={"CONSULT": 22, "AGREE": 4}, disjoint=True),
    # held-out 287 (coder round 285: a leader's or minister's meetings and visits told by "his / her / their" and a
    # noun: "During their talks, Jaishankar conveyed India's support ...", "Her visit came at a time when India and
    # the EU are engaged in talks over a free trade agreement ."): 5 pages of 2024-25 news (NewsX, Millennium Post,
    # Mingoda / Daily Excelsior, Cineplex360 / Reuters, Hindustan Times / PTI); counted by hand when labelled: no
    # headline row, 35 events (CONSULT 34, AGREE 1); 1 row without an event
    dict(name="heldout287_prose.tsv", pages=5, quiet=1, eventful=26, headlines=0, events=35,
         types={"CONSULT": 34, "AGREE": 1}, disjoint=True),
    # held-out 285 (coder round 283: analysis and opinion pieces on diplomacy, trade and security in Asia and Europe,
    # most rows judgements, forecasts and conditions with no event: "Beijing's response was sharp and swift.", "Poland
    # could be joined by the Baltic states, Nordic Countries, the UK, France, Canada and the Netherlands."): 5 pages
    # of 2024-25 opinion (China Daily, Brussels Morning, DotDotNews, The Raisina Hills, Byline Times); counted by hand
    # when labelled: no headline row, 7 events (ACCUSE 2, SANCTION 2, CONSULT 2, DEMAND 1); 27 rows without an event
    dict(name="heldout285_prose.tsv", pages=5, quiet=27, eventful=6, headlines=0, events=7,
         types={"ACCUSE": 2, "SANCTION": 2, "CONSULT": 2, "DEMAND": 1}, disjoint=True),
    # held-out 284 (coder round 282: missiles and drones intercepted or shot down, told by the defending state's
    # military or ministry: "The UAE's defence ministry says that air defence systems have intercepted 9 ballistic
    # missiles and 109 drones launched by Iran."): 8 pages of 2024-26 news (Dawn, Gulf News three times, News Central,
    # TimesLIVE, Zee News, Al Arabiya); counted by hand when labelled: no headline row, 45 events (ASSAULT/MOBILIZE
    # 24, STATEMENT 21); 4 rows without an event
    dict(name="heldout284_prose.tsv", pages=8, quiet=4, eventful=24, headlines=0, events=45,
         types={"ASSAULT": 24, "MOBILIZE": 24, "STATEMENT": 21}, disjoint=True),
    # held-out 283 (coder round 281: trilateral meetings of leaders, ministers and envoys told over several
    # sentences, the group given by a list of states, its members listed or "the three countries": "... bringing
    # together senior diplomats from China, Russia, and Iran.", "The three ministers welcomed the launch of ..."):
    # 6 pages of 2024-26 news (Caliber.Az, Mehr News, The Greek Herald, Politis, iefimerida, Daily News Egypt);
    # counted by hand when labelled: no headline row, 58 events (CONSULT 57, AGREE/CONSULT 1); 6 rows without an event
    dict(name="heldout283_prose.tsv", pages=6, quiet=6, eventful=24, headlines=0, events=58,
         types={"CONSULT": 58, "AGREE": 1}, disjoint=True),
    # held-out 288 (coder round 286: a bloc's or a format's summit, the group told by its name: "The four foreign
    # ministers came together in Washington ...", "The Quad nations repeated that ...", "The presidents of Russia,
    # Belarus, ... are already in this northern port city."): 5 pages of 2025 news and a joint statement (newszop,
    # Mirage News, Prensa Latina, A News, Devdiscourse); counted by hand when labelled: no headline row, 71 events
    # (CONSULT 68, AGREE/CONSULT 3); 15 rows without an event
    dict(name="heldout288_prose.tsv", pages=5, quiet=15, eventful=13, headlines=0, events=71,
         types={"CONSULT": 71, "AGREE": 3}, disjoint=True),
    # held-out 286 (coder round 284: strikes and drone or missile attacks told over several sentences, the doer named
    # once at the start: "A drone hit a multi-story apartment building in the city of Dnipro.", "The strike early
    # Thursday hit an encampment near the Al-Aqsa Martyrs Hospital ..."): 4 pages of 2024-25 news (Meduza, The Moscow
    # Times, The Spokesman-Review, The Hills Times); counted by hand when labelled: no headline row, 43 events (ASSAULT
    # 24, 19 of them ASSAULT/MOBILIZE, STATEMENT 19); 2 rows without an event
    dict(name="heldout286_prose.tsv", pages=4, quiet=2, eventful=24, headlines=0, events=43,
         types={"ASSAULT": 24, "MOBILIZE": 19, "STATEMENT": 19}, disjoint=True),
    # held-out 289 (coder round 287: a group told again by its count or its format's name after its meeting: "They
    # welcomed recent and upcoming activities conducted by their four countries ...", "This meeting was their first
    # trilateral meeting since March 2023."): 5 pages of 2025 news and a joint statement (Madhyamam, EU Headline,
    # South Asian Herald, a State Department release, A News); counted by hand when labelled: no headline row, 73
    # events (CONSULT 60, AGREE/CONSULT 13); 6 rows without an event
    dict(name="heldout289_prose.tsv", pages=5, quiet=6, eventful=15, headlines=0, events=73,
         types={"CONSULT": 73, "AGREE": 13}, disjoint=True),
    # held-out 290 (coder round 288: a tour's stops named only in the row or after it: "President Donald Trump will
    # head to three Gulf capitals next week for a high-profile visit ...", "The three-nation tour will begin in Kuala
    # Lumpur ..."): 4 pages of 2025 news (Business Recorder, Free Press Journal, The National, Daily8 / The National);
    # counted by hand when labelled: no headline row, 40 events (CONSULT 40, 34 of them AGREE/CONSULT); 6 rows
    # without an event
    dict(name="heldout290_prose.tsv", pages=4, quiet=6, eventful=22, headlines=0, events=40,
         types={"CONSULT": 40, "AGREE": 34}, disjoint=True),
    # held-out 293 (coder round 291: a group meeting told again by "the leaders", "the ministers", "the sides" or
    # "the three countries": "The leaders pledged to strengthen trilateral coordination on military and
    # counterterrorism matters, ...", "The ministers emphasised the importance of strengthening cultural and
    # humanitarian cooperation ..."): 6 pages of 2024-25 news (i24NEWS, Ukrainska Pravda, Trend, Namibia News Digest,
    # News.Az, Daily Times); counted by hand when labelled: no headline row, 88 events (CONSULT 87, 6 of them
    # AGREE/CONSULT, AGREE 1); 2 rows without an event
    dict(name="heldout293_prose.tsv", pages=6, quiet=2, eventful=30, headlines=0, events=88,
         types={"CONSULT": 87, "AGREE": 7}, disjoint=True),
    # held-out 291 (coder round 289: a tour's stops listed in the row: "Between February 1 and 6, Rubio will visit
    # Panama, El Salvador, Costa Rica, Guatemala and the Dominican Republic.", "This trip covers Vietnam, Indonesia,
    # and Singapore, ..."): 7 pages of 2025 news (Voz, A News, CNN via Local News 8, People's Daily, Leadership,
    # MENAFN, Devdiscourse); counted by hand when labelled: no headline row, 76 events (CONSULT 76, 67 of them
    # AGREE/CONSULT); 5 rows without an event
    dict(name="heldout291_prose.tsv", pages=7, quiet=5, eventful=27, headlines=0, events=76,
         types={"CONSULT": 76, "AGREE": 67}, disjoint=True),
    # held-out 292 (coder round 290: attacks and launches told over several sentences, the doer's own sentence
    # first: "Israel launched a series of strikes on mountainous areas in eastern Lebanon ...", "Iran launched
    # missiles at US military bases in Qatar and Iraq ..."): 6 pages of 2024-25 news (CNA, Business Recorder,
    # Onmanorama, The New Indian Express, L'Orient Today, AP via Local News 8); counted by hand when labelled: no
    # headline row, 48 events (ASSAULT 27, 10 of them ASSAULT/MOBILIZE; STATEMENT 21); 3 rows without an event
    dict(name="heldout292_prose.tsv", pages=6, quiet=3, eventful=24, headlines=0, events=48,
         types={"ASSAULT": 27, "MOBILIZE": 10, "STATEMENT": 21}, disjoint=True),
    # held-out 294 (coder round 292: a planned group meeting's first row: "The first three-way summit of the United
    # States, Japan and the Philippines will be held ...", "Japan, China and South Korea have made final arrangements
    # to hold a trilateral summit meeting ..."): 7 pages of 2024-25 news (Kyodo, Business Standard, The Japan News,
    # Jiji via nippon.com, Business Today, Pratidin Time, Daily Finland); counted by hand when labelled: no headline
    # row, 79 events (CONSULT 79, 67 of them AGREE/CONSULT); 4 rows without an event
    dict(name="heldout294_prose.tsv", pages=7, quiet=4, eventful=24, headlines=0, events=79,
         types={"CONSULT": 79, "AGREE": 67}, disjoint=True),
    # held-out 295 (coder round 293: launches with no target told by their flight and interceptions told by the
    # target's organ: "The missiles, fired from Kanggye in Jagang Province ..., traveled approximately 250
    # kilometers ...", "The IDF said that Israel's air defense systems had launched several interceptors ..."):
    # 7 pages of 2024-25 news (SpaceWar / AFP, Truth USA, UrduPoint / APP, Reuters via Yahoo, The Times of Israel via
    # AM1, KBS, SOFX); counted by hand when labelled: no headline row, 46 events (ASSAULT 19, 18 of them
    # ASSAULT/MOBILIZE; MOBILIZE 26; STATEMENT 17; CONSULT 1; ACCUSE 1); 3 rows without an event
    dict(name="heldout295_prose.tsv", pages=7, quiet=3, eventful=27, headlines=0, events=46,
         types={"ASSAULT": 19, "MOBILIZE": 26, "STATEMENT": 17, "CONSULT": 1, "ACCUSE": 1}, disjoint=True),
    # held-out 297 (coder round 295: an article's first attack told by its noun: "Two people were hurt in a Russian
    # overnight drone attack in Ukraine's capital Kyiv, ...", "At least 18 people ... have been killed in Israeli air
    # strikes across the Gaza Strip, ..."): 5 pages of 2024-26 news (The Straits Times / Reuters, Express & Star,
    # Hurriyet Daily News, TRT World, Editorji / AP); counted by hand when labelled: no headline row, 45 events
    # (ASSAULT 23, 10 of them ASSAULT/MOBILIZE; STATEMENT 18; ACCUSE 2; REJECT 1; THREATEN 1); 5 rows without an event
    dict(name="heldout297_prose.tsv", pages=5, quiet=5, eventful=23, headlines=0, events=45,
         types={"ASSAULT": 23, "MOBILIZE": 10, "STATEMENT": 18, "ACCUSE": 2, "REJECT": 1, "THREATEN": 1},
         disjoint=True),
    # held-out 296 (coder round 294: an attack or launch told inside a military's, a ministry's or an agency's report:
    # "War planes also struck at Hezbollah targets in Lebanon, the military said.", "... Israeli airstrikes in Damascus,
    # ..., according to official Syrian media."): 9 pages of 2024-25 news (Devdiscourse, JNS, CNN via KVIA, JNS via
    # Newsrael, India Today, Sputnik (two), TRT World, MarineLink); counted by hand when labelled: no headline row,
    # 47 events (ASSAULT 24, 9 of them ASSAULT/MOBILIZE; STATEMENT 23); 4 rows without an event
    dict(name="heldout296_prose.tsv", pages=9, quiet=4, eventful=24, headlines=0, events=47,
         types={"ASSAULT": 24, "MOBILIZE": 9, "STATEMENT": 23}, disjoint=True),
    # held-out 298 (coder round 296: a tour's sequence told by "then", "next", "from ... to" or "the second part":
    # "Modi will make a two-day trip to Trinidad and Tobago from Ghana on July 3.", "From Argentina, Modi will travel
    # to Brazil ..."): 5 pages of 2025 news (Livemint, The Hans India, The Statesman, The Federal, 8PM News);
    # counted by hand when labelled: no headline row, 36 events (AGREE/CONSULT 36); 5 rows without an event
    dict(name="heldout298_prose.tsv", pages=5, quiet=5, eventful=21, headlines=0, events=36,
         types={"AGREE": 36, "CONSULT": 36}, disjoint=True),
    # held-out 303 (coder round 301: launches and attacks told with counts: "Over the last week, 33 ballistic
    # missiles and winged drones were launched as part of the assaults.", "Russian forces fired 67 missiles and 194
    # drones in the overnight assault."): 5 pages of 2024-26 news (Marine Insight via maritimecareer.gr, World Israel
    # News, Business Recorder, odrimedia, fakti.bg); counted by hand when labelled: no headline row, 41 events
    # (ASSAULT/MOBILIZE 20, ASSAULT 3, STATEMENT 13, CONSULT 3, THREATEN 2); 5 rows without an event
    dict(name="heldout303_prose.tsv", pages=5, quiet=5, eventful=26, headlines=0, events=41,
         types={"ASSAULT": 23, "MOBILIZE": 20, "STATEMENT": 13, "CONSULT": 3, "THREATEN": 2}, disjoint=True),
    # held-out 300 (coder round 298: launches and missile tests told in opinion and analysis pieces: "Russia's launch
    # of the Oreshnik hypersonic missile is a strategic move ...", "North Korean leader Kim Jong Un witnessed the
    # launch, ..."): 4 pages of 2024-26 analysis and opinion (fakti.bg's opinion section / DW, two Devdiscourse
    # analyses, AHN's analysis of China's ICBM test); counted by hand when labelled: no headline row, 35 events
    # (MOBILIZE 20, 11 of them ASSAULT/MOBILIZE; STATEMENT 8; THREATEN 2; ACCUSE 2; REQUEST 2; COERCE 1); 14 rows
    # without an event
    dict(name="heldout300_prose.tsv", pages=4, quiet=14, eventful=26, headlines=0, events=35,
         types={"ASSAULT": 11, "MOBILIZE": 20, "STATEMENT": 8, "THREATEN": 2, "ACCUSE": 2, "REQUEST": 2,
                "COERCE": 1}, disjoint=True),
    # held-out 299 (coder round 297: visits and meetings told in opinion and analysis pieces: "His last visit to
    # Pyongyang was in 2000 and, since then, ...", "Relations have soured in the six years since Xi and Trump last
    # met, ..."): 4 pages of 2024-25 analysis, explainer and commentary (ABC News analysis, Gulf News / AFP explainer,
    # Brookings Q&A, Alephas); counted by hand when labelled: no headline row, 28 events (CONSULT 21, 2 of them
    # AGREE/CONSULT; AGREE 8; THREATEN 1); 17 rows without an event
    dict(name="heldout299_prose.tsv", pages=4, quiet=17, eventful=22, headlines=0, events=28,
         types={"AGREE": 8, "CONSULT": 21, "THREATEN": 1}, disjoint=True),
    # held-out 301 (coder round 299: a tour told in sequence, "Trump will then proceed to South Korea ...", "Later, he
    # will proceed to Ireland ...", "Next, in Iran, Shehbaz met ..."): 5 pages of 2025 news (The Sun / Bernama-Kyodo,
    # Asia News Network, two Daily Times pages, A News); counted by hand when labelled: no headline row, 41 events
    # (CONSULT 41, 32 of them AGREE/CONSULT); 5 rows without an event
    dict(name="heldout301_prose.tsv", pages=5, quiet=5, eventful=22, headlines=0, events=41,
         types={"AGREE": 32, "CONSULT": 41}, disjoint=True),
    # held-out 302 (coder round 300: launches and strikes between states told by verbs of force: "Additional targets
    # were hit by India near Muridke ...", "... the strikes were fired by Pakistani drones.", "North Korea test-fired
    # two strategic long-range cruise missiles, ..."): 6 pages of 2025 news (Global Defense Corp, WTOP / AP, RTL Today
    # / AFP, Devdiscourse / Reuters, NDTV, Israel National News); counted by hand when labelled: no headline row, 52
    # events (ASSAULT 22, 11 of them ASSAULT/MOBILIZE; MOBILIZE 16; STATEMENT 21; ACCUSE 3; REJECT 1); 8 rows without
    # an event
    dict(name="heldout302_prose.tsv", pages=6, quiet=8, eventful=27, headlines=0, events=52,
         types={"ASSAULT": 22, "MOBILIZE": 16, "STATEMENT": 21, "ACCUSE": 3, "REJECT": 1}, disjoint=True),
    # held-out 305 (coder round 303: a tour's next stop told by "then", "subsequently", "next" or "from ... will
    # travel to": "Subsequently, PM Modi will visit the Maldives from July 25 to 26, ...", "Secretary Rubio will then
    # travel to Antalya, Türkiye, ..."): 5 pages of 2025 news (NewsX, two MENAFN pages, PerthNow, 7NEWS); counted by
    # hand when labelled: no headline row, 29 events (AGREE/CONSULT 29); 4 rows without an event
    dict(name="heldout305_prose.tsv", pages=5, quiet=4, eventful=23, headlines=0, events=29,
         types={"AGREE": 29, "CONSULT": 29}, disjoint=True),
    # held-out 307 (coder round 305: planned visits and meetings in opinion and analysis pieces: "Trump and Xi are
    # expected to meet on Thursday, the day Xi is due to arrive and Trump is scheduled to leave South Korea.", "If those
    # efforts failed and Mr Albanese headed to Beijing before Washington DC, it would underscore ..."): 5 pages of 2025
    # analysis and explainers (Nikkei Asia's five things to watch at APEC, The Australian via NewsBite, Faceoff, the
    # AP's G20 explainer via WTOP, the SCMP via Daily8); counted by hand when labelled: no headline row, 17 events
    # (AGREE/CONSULT 14, CONSULT 3); 14 rows without an event
    dict(name="heldout307_prose.tsv", pages=5, quiet=14, eventful=13, headlines=0, events=17,
         types={"AGREE": 14, "CONSULT": 17}, disjoint=True),
    # held-out 304 (coder round 302: strikes, launches and interceptions involving three or more states: "Jordanian
    # jets downed dozens of Iranian drones flying across northern and central Jordan heading to Israel, ...", "U.S.
    # officials informed CNN that the drone was fired by Iran-backed militants, possibly originating from Syria."):
    # 5 pages of 2024-25 news (Arab News Pakistan / Reuters, The Trumpet, News24-7Live, The New Zealand Herald,
    # SG Latest News); counted by hand when labelled: no headline row, 36 events (ASSAULT 23, 20 of them
    # ASSAULT/MOBILIZE; STATEMENT 8; THREATEN 3; REJECT 1; ACCUSE 1); 9 rows without an event
    dict(name="heldout304_prose.tsv", pages=5, quiet=9, eventful=23, headlines=0, events=36,
         types={"ASSAULT": 23, "MOBILIZE": 20, "STATEMENT": 8, "THREATEN": 3, "REJECT": 1, "ACCUSE": 1},
         disjoint=True),
    # held-out 306 (coder round 304: launches told in analysis and opinion pieces whose row never names the doer:
    # "The use of the Oreshnik should be seen in that context, he said.", "The missile struck early on Sunday, landing
    # in an uninhabited area."): 4 pages of 2024-26 analysis, explainer and opinion (NDTV's explainer, SOFREP, a
    # Medium essay, News.az's opinion); counted by hand when labelled: no headline row, 28 events (MOBILIZE 21, 16 of
    # them ASSAULT/MOBILIZE; STATEMENT 3; ACCUSE 2; CONSULT 1; THREATEN 1); 10 rows without an event
    dict(name="heldout306_prose.tsv", pages=4, quiet=10, eventful=22, headlines=0, events=28,
         types={"ASSAULT": 16, "MOBILIZE": 21, "STATEMENT": 3, "ACCUSE": 2, "CONSULT": 1, "THREATEN": 1},
         disjoint=True),
    # held-out 308 (coder round 306: launches and strikes where a third state is named, the weapon's maker, a sponsor,
    # a state whose airspace was crossed or an interceptor: "A Russian drone flew into Romanian airspace during the
    # Russian attack on Ukraine on the night of 7-8 September.", "The USS Thomas Hudner shot down multiple attack
    # drones launched by the Iran-backed Houthi militia over the Red Sea ..."): 4 pages of 2024-25 news (Ukrainska
    # Pravda, The Kyiv Independent, Iran International, CWI Panel); counted by hand when labelled: no headline row,
    # 36 events (ASSAULT 26, 17 of them ASSAULT/MOBILIZE; STATEMENT 8; ACCUSE 1; THREATEN 1); 5 rows without an event
    dict(name="heldout308_prose.tsv", pages=4, quiet=5, eventful=24, headlines=0, events=36,
         types={"ASSAULT": 26, "MOBILIZE": 17, "STATEMENT": 8, "ACCUSE": 1, "THREATEN": 1}, disjoint=True),
    # held-out 310 (coder round 308: launches and tests told in analysis and opinion pieces, with the pieces'
    # non-event sentences: "The test suggests North Korea has advanced its missile capabilities ...", "Since then,
    # most of its missile tests have happened on land, deep within the country's borders."): 5 pages of 2024
    # analysis and explainers (redtea.com, GreatGameIndia, a copy of CNN's "what we know", Ceylon Week's AFP
    # explainer, HNGN); counted by hand when labelled: no headline row, 29 events (MOBILIZE 21, 12 of them
    # ASSAULT/MOBILIZE; ASSAULT 13; STATEMENT 5; THREATEN 2); 11 rows without an event
    dict(name="heldout310_prose.tsv", pages=5, quiet=11, eventful=22, headlines=0, events=29,
         types={"ASSAULT": 13, "MOBILIZE": 21, "STATEMENT": 5, "THREATEN": 2}, disjoint=True),
    # held-out 309 (coder round 307: past and coming summits, talks and visits told by a noun in opinion and analysis
    # pieces: "The Camp David summit – the first standalone summit between the three countries – was significant for
    # several reasons.", "Trump hailed the meeting as “amazing,” calling it the highlight of his Asia tour."): 5 pages of
    # 2024-25 opinion and analysis (Swamp Signal, CFISS, AsiaOne India, Humdard News, The Diplomatic Affairs); counted
    # by hand when labelled: no headline row, 21 events (CONSULT 21, 4 of them AGREE/CONSULT); 9 rows without an event
    dict(name="heldout309_prose.tsv", pages=5, quiet=9, eventful=11, headlines=0, events=21,
         types={"AGREE": 4, "CONSULT": 21}, disjoint=True),
    # held-out 311 (coder round 309: visits and meetings in 2025-26 opinion and analysis pieces, with their non-event
    # sentences: "He plans to meet Chinese President Xi Jinping during the trip.", "The planned engagements represent
    # a concerted effort, according to both leaders, ..."): 4 pages (ChinaCrunch, Hubu News, The Arabian News,
    # Khabar Asia); counted by hand when labelled: no headline row, 21 events (CONSULT 15, AGREE/CONSULT 6);
    # 17 rows without an event
    dict(name="heldout311_prose.tsv", pages=4, quiet=17, eventful=15, headlines=0, events=21,
         types={"AGREE": 6, "CONSULT": 21}, disjoint=True),
    # held-out 312 (coder round 310: launches told through the weapon's flight, landing, fall or interception, with
    # the pages' non-event sentences: "The army added that there were no changes to Home Front Command guidelines.",
    # "More of these failures of US-supplied systems could prove highly embarrassing."): 5 pages of 2024-26 news and
    # analysis (report.az on North Korea's ICBM, ynetnews on Lebanon's rockets, ZeroHedge on the Houthis' missile,
    # Aaj on Iran's missile over Turkiye, National Herald on Iran's missiles at the UAE); counted by hand when
    # labelled: no headline row, 35 events (ASSAULT 17, 16 of them ASSAULT/MOBILIZE; MOBILIZE 20; STATEMENT 12;
    # THREATEN 2); 8 rows without an event
    dict(name="heldout312_prose.tsv", pages=5, quiet=8, eventful=22, headlines=0, events=35,
         types={"ASSAULT": 17, "MOBILIZE": 20, "STATEMENT": 12, "THREATEN": 2}, disjoint=True),
    # held-out 313 (coder round 311: visits, summits and talks told over several sentences whose later ones refer back,
    # with the pages' non-event sentences: "The two leaders discussed issues such as immigration, security and trade
    # ties, the White House said.", "His aircraft arrived at Esenboga Airport at 12:14 pm local time (0914 GMT)."): 6
    # pages of 2025 news and analysis (Odisha Bytes, NewsDrum, three MENAFN pages, Indian Defence News); counted by
    # hand when labelled: no headline row, 28 events (CONSULT 28, 12 of them AGREE/CONSULT); 10 rows without an event
    dict(name="heldout313_prose.tsv", pages=6, quiet=10, eventful=25, headlines=0, events=28,
         types={"AGREE": 12, "CONSULT": 28}, disjoint=True),
    # held-out 314 (coder round 312: launches whose launcher only an earlier sentence names — "the launch", "the
    # test", "the missile", "it" — with the pages' non-event sentences: "The Hwasongpho-11 series, known as KN-23 and
    # KN-24, includes short-range ballistic missiles."): 4 pages of 2024 news and comment (Defence Blog on North
    # Korea's launch of 2024-09-18, PurpleBeige and US News Break on its Hwasong-11 Da-4.5 test of July 2024, EU
    # Today on Russia's Oreshnik at Dnipro); counted by hand when labelled: no headline row, 27 events (MOBILIZE 19,
    # 4 of them ASSAULT/MOBILIZE; STATEMENT 6; REJECT 1; ACCUSE 1); 10 rows without an event
    dict(name="heldout314_prose.tsv", pages=4, quiet=10, eventful=19, headlines=0, events=27,
         types={"ASSAULT": 4, "MOBILIZE": 19, "STATEMENT": 6, "REJECT": 1, "ACCUSE": 1}, disjoint=True),
    # held-out 315 (coder round 313: false events on the non-event sentences of analysis and opinion, runs of
    # consecutive sentences, most of them opinions, background, conditions and capabilities: "That legal framework
    # allows Japan to classify a situation as a “threat to national survival” if armed conflict were to erupt ..."):
    # 5 pages of 2024-25 analysis, commentary and opinion (Indo-Pacific Researchers on North Korea's missile program,
    # The Asahi Shimbun's experts on Takaichi's Taiwan remarks, The Hill on the Russia-North Korea partnership, Jiji
    # Press's interview with the Hudson Institute's Weinstein, a Korea JoongAng Daily column); counted by hand when
    # labelled: no headline row, 10 events (CONSULT 5, AGREE 2, MOBILIZE 1, STATEMENT 1, REQUEST 1); 23 rows without
    # an event
    dict(name="heldout315_prose.tsv", pages=5, quiet=23, eventful=9, headlines=0, events=10,
         types={"CONSULT": 5, "AGREE": 2, "MOBILIZE": 1, "STATEMENT": 1, "REQUEST": 1}, disjoint=True),
    # held-out 316 (coder round 314: visits and meetings whose parties only an earlier sentence names — "the
    # president", "the two leaders", "the two diplomats", "the trip", "the meeting" — with the pages' non-event
    # sentences: "The leaders also differ over policy in the Middle East."): 5 pages of 2024-25 news (CNA, AP via
    # Audacy and Bossa News on Trump's state visit to Britain, the Hindustan Times on Modi's meeting with Biden,
    # Devdiscourse on Wang Yi's planned visit to Moscow); counted by hand when labelled: no headline row, 22 events
    # (CONSULT 20, 5 of them AGREE/CONSULT; AGREE 2); 10 rows without an event
    dict(name="heldout316_prose.tsv", pages=5, quiet=10, eventful=19, headlines=0, events=22,
         types={"AGREE": 7, "CONSULT": 20}, disjoint=True),
    # held-out 318 (coder round 316: missile launches and tests told again by their noun, their weapon or a pronoun
    # — "the missile launch", "the launch", "the North's launch of what it claims to be", "the attack", "the strike"
    # — with the pages' non-event sentences: "Hypersonic weapons can fly at speeds higher than Mach 5, ..."): 5 pages
    # (a Korea Times editorial, SCMP's and HNGN's analyses of North Korea's hypersonic tests of January 2022, CNN via
    # WHDH on China's ICBM test of 2024-09-25, The Media Line on a Houthi missile at Beersheba of 2025-06-28); counted
    # by hand when labelled: no headline row, 24 events (MOBILIZE 17, 4 of them ASSAULT/MOBILIZE; STATEMENT 7); 8 rows
    # without an event
    dict(name="heldout318_prose.tsv", pages=5, quiet=8, eventful=18, headlines=0, events=24,
         types={"ASSAULT": 4, "MOBILIZE": 17, "STATEMENT": 7}, disjoint=True),
    # held-out 317 (coder round 315: visits and meetings whose two parties the sentence names — "met in Tokyo on
    # Monday with his Japanese counterpart", "the first Chinese foreign minister to visit the North", "will hold
    # bilateral talks each with Biden and Yoon" — with the pages' non-event sentences: "Relations turned frosty last
    # summer in a row over the sovereignty of a pair of largely uninhabited islets."): 6 pages of 2013-23 news (AP via
    # DTN, AFP via Pulse Ghana and The Straits Times, Arab News Japan, PNA/Kyodo via Philippines Today, Devdiscourse)
    # on South Korea-Japan foreign ministers' meetings, Wang Yi's visit to Pyongyang and the Camp David summit;
    # counted by hand when labelled: no headline row, 27 events (CONSULT 27, 10 of them AGREE/CONSULT); 12 rows
    # without an event
    dict(name="heldout317_prose.tsv", pages=6, quiet=12, eventful=18, headlines=0, events=27,
         types={"AGREE": 10, "CONSULT": 27}, disjoint=True),
    # held-out 319 (coder round 317: false events on the non-event sentences of analysis and opinion, runs of
    # consecutive sentences, nearly all of them opinions, background, conditions and judgements: "Were Iran thought
    # to have them, Israel would be prepared to attack on warning (not on launch, but before that)."): 3 pages (the
    # Center for Arms Control and Non-Proliferation's op-ed on NATO's deterrence in the Baltic, a Daily Star editorial
    # on India and Pakistan of March 2019, a Peacefare blog post on the Iran nuclear talks of October 2014); counted by
    # hand when labelled: no headline row, 1 event (RETREAT 1); 33 rows without an event
    dict(name="heldout319_prose.tsv", pages=3, quiet=33, eventful=1, headlines=0, events=1,
         types={"RETREAT": 1}, disjoint=True),
    # held-out 320 (coder round 318: launches and strikes told by an attack's noun, the launcher named in the row —
    # "a two-wave ballistic missile attack on Israel", "This missile barrage", "The scale of Iran's retaliation", "a
    # May 2025 missile attack near Israel's Ben Gurion Airport" — with the pages' non-event sentences: "US position
    # underscores growing diplomatic isolation of Iran ..."): 5 pages of 2023-25 news and analysis (Indian Witness on a
    # Houthi drone at Ramon airport, BD News Net on Iran's missile attack of October 2024, USSA News on Iran's missiles
    # of June 2025, NDTV on North Korea's New Year's Day launch of 2023, Newshub on Russia's missile wave of 2023-03-09);
    # counted by hand when labelled: no headline row, 38 events (ASSAULT/MOBILIZE 21; MOBILIZE 3; ASSAULT 4; STATEMENT
    # 8; ACCUSE 1; THREATEN 1); 7 rows without an event
    dict(name="heldout320_prose.tsv", pages=5, quiet=7, eventful=26, headlines=0, events=38,
         types={"ASSAULT": 25, "MOBILIZE": 24, "STATEMENT": 8, "ACCUSE": 1, "THREATEN": 1}, disjoint=True),
    # held-out 321 (coder round 319: state visits and summits told by the visit's noun or with the guest marked as
    # visiting — "the one-day trip", "During his visit", "As part of the visit", "during Trump's visit", "the visiting
    # dignitary", "his host", "hosted Yoon" — with the pages' non-event sentences: "The monarch even singled out for
    # praise the K-pop girl group Blackpink ..."): 5 pages of 2017-24 news (Taiwan News on Scholz in Beijing, The Boss
    # Life on Raisi's visit to Pakistan, AP via KEYT on Yoon's state visit to Britain, The New Paper and Sino Daily on
    # Trump's state visit to China); counted by hand when labelled: no headline row, 24 events (CONSULT 17;
    # AGREE/CONSULT 7); 5 rows without an event
    dict(name="heldout321_prose.tsv", pages=5, quiet=5, eventful=22, headlines=0, events=24,
         types={"AGREE": 7, "CONSULT": 24}, disjoint=True),
]


@pytest.mark.parametrize("layout", HELDOUT_LAYOUTS, ids=lambda layout: layout["name"])
def test_heldout_layout(layout):
    rows = read_prose(FIXTURES / layout["name"])
    assert all(row.url.startswith(("http://", "https://")) for row in rows)
    assert len({row.url for row in rows}) == layout["pages"]
    quiet = [row for row in rows if not row.events]
    assert len(quiet) == layout["quiet"] and len(rows) - len(quiet) == layout["eventful"]
    if layout["headlines"] is not None:
        assert sum(row.kind == "headline" for row in rows) == layout["headlines"]
    events = [event for row in rows for event in row.events]
    assert len(events) == layout["events"]
    for plover, count in layout["types"].items():
        assert sum(plover in e.types for e in events) == count, plover
    if layout["disjoint"]:
        earlier = set().union(*(_urls(path.name) for path in FIXTURES.glob("*_prose.tsv") if path.name != layout["name"]))
        assert not earlier & {row.url for row in rows}


@cache
def _urls(name: str) -> frozenset[str]:
    """The page urls of one prose set, read once per run (every held-out layout compares against all the others)."""
    return frozenset(row.url for row in read_prose(FIXTURES / name))
