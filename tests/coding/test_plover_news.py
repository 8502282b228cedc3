"""Labelled real news sentences (PLOVER type, source, target): the reader, its errors, and the scorer.

`tests/fixtures/coding/plover_news_a.tsv` was labelled by hand from the pages it cites (see the
fixture README); the expected values below are read off that file and the CAMEO2PLOVER 2021 table,
not taken from the coder.
"""

from functools import cache
from pathlib import Path

import pytest

from latitude.coding import gold
from latitude.coding.evaluate import news_scores
from latitude.errors import LatitudeError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "coding"
HEADER = "id\turl\tarticle_date\ttext\tplover\tsources\ttargets\n"


SET_NAMES = [*"abcdefghijklmnopqrstuvwxyz", *(f"{p}{c}" for p in "abc" for c in "abcdefghijklmnopqrstuvwxyz"), "da", "db", "dc", "dd", "de", "df", "dg", "dh", "di", "dj", "dk", "dl", "dm", "dn", "do", "dp", "dq", "dr", "ds", "dt", "du", "dv", "dw", "dx", "dy", "dz", "ea", "eb", "ec", "ed", "ee", "ef", "eg", "eh", "ei", "ej", "ek", "el", "em", "en", "eo", "ep", "eq", "er"]  # the sets' order


@cache
def _set_records(name: str) -> tuple:
    """The labelled rows of news set `name`, read once per run (every set's layout test compares against all before it)."""
    return tuple(gold.news_records(FIXTURES / f"plover_news_{name}.tsv"))


def _records_through(last: str) -> list:
    """The labelled rows of the news sets from A up to and including `last`."""
    return [r for name in SET_NAMES[: SET_NAMES.index(last) + 1] for r in _set_records(name)]


def test_news_set_a_is_read_as_labelled():
    rows = gold.news_records(FIXTURES / "plover_news_a.tsv")
    assert len(rows) == 113
    assert len({r.url for r in rows}) == 89
    first = rows[0]  # A001, shine.cn 2022-03-24: Russia expels US diplomats (CAMEO 166 -> SANCTION)
    assert first.labels == ("SANCTION",) and first.sources == ("RUS",) and first.targets == ("USA",)
    assert first.date == "2022-03-24"
    sanctions = rows[1]  # imposed sanctions: CAMEO 163 -> COERCE (2021 table) or SANCTION (codebook)
    assert sanctions.labels == ("COERCE", "SANCTION")
    joint = next(r for r in rows if r.text.startswith("The joint exercise of navies"))
    assert joint.sources == ("IND", "JPN", "AUS", "USA") and joint.targets == ()


def test_bad_news_files_are_clear_errors(tmp_path):
    with pytest.raises(LatitudeError, match="missing news set"):
        gold.news_records(tmp_path / "none.tsv")
    bad_header = tmp_path / "header.tsv"
    bad_header.write_text("id\ttext\n1\tx\n", encoding="utf-8")
    with pytest.raises(LatitudeError, match="header"):
        gold.news_records(bad_header)
    unknown = tmp_path / "unknown.tsv"
    unknown.write_text(HEADER + "B1\thttps://example.org\t\tChina fined Japan.\tPUNISH\tCHN\tJPN\n", encoding="utf-8")
    with pytest.raises(LatitudeError, match="line 2: unknown PLOVER category 'PUNISH'"):
        gold.news_records(unknown)
    short = tmp_path / "short.tsv"
    short.write_text(HEADER + "B1\thttps://example.org\tChina fined Japan.\tCOERCE\n", encoding="utf-8")
    with pytest.raises(LatitudeError, match="expected 7 tab-separated columns, found 4"):
        gold.news_records(short)


def test_news_scores_on_hand_checked_sentences(tmp_path):
    # Sentences written for this test. "Russia imposed sanctions on Britain": CAMEO 163, which the
    # CAMEO2PLOVER 2021 table maps to COERCE, source RUS, target GBR. "Spain sent 30 tonnes of
    # humanitarian aid to Haiti": CAMEO 073 -> AID, ESP > HTI; its label here is deliberately wrong
    # (PROTEST), so exactly one of two types is right, and both dyads are.
    path = tmp_path / "news.tsv"
    path.write_text(
        HEADER
        + "T1\thttps://example.org/1\t2024-05-02\tRussia imposed sanctions on Britain on Monday.\tCOERCE/SANCTION\tRUS\tGBR\n"
        + "T2\thttps://example.org/2\t\tSpain sent 30 tonnes of humanitarian aid to Haiti on Saturday.\tPROTEST\tESP\tHTI\n",
        encoding="utf-8",
    )
    scores = {row.task: row for row in news_scores(path).itertuples()}
    assert scores["event type (accuracy)"].recall == pytest.approx(0.5)
    assert scores["source"].precision == scores["source"].recall == 1.0
    assert scores["target"].precision == scores["target"].recall == 1.0
    assert scores["event type (first coded record)"].n == 2


def test_news_set_c_is_read_as_labelled_and_shares_no_page_with_a_or_b():
    # Held-out set C (issue 13, PLOVER round 13): labelled before any code change of that round.
    rows = gold.news_records(FIXTURES / "plover_news_c.tsv")
    assert len(rows) == 100
    assert len({r.url for r in rows}) == 90
    first = rows[0]  # C001, scmp 2024-01-15: the Maldives asks India to withdraw its troops
    assert first.labels == ("REQUEST",) and first.sources == ("MDV",) and first.targets == ("IND",)
    assert first.date == "2024-01-15"
    malabar = next(r for r in rows if "Malabar 2023" in r.text)  # a joint exercise: all sources, no target
    assert malabar.labels == ("COOPERATE",) and malabar.sources == ("IND", "JPN", "USA", "AUS") and malabar.targets == ()
    earlier = {r.url for name in ("plover_news_a.tsv", "plover_news_b.tsv") for r in gold.news_records(FIXTURES / name)}
    assert not earlier & {r.url for r in rows}


def test_news_set_d_is_read_as_labelled_and_shares_no_page_with_a_b_or_c():
    # Held-out set D (issue 13, PLOVER round 14): labelled before any code change of that round.
    rows = gold.news_records(FIXTURES / "plover_news_d.tsv")
    assert len(rows) == 100
    assert len({r.url for r in rows}) == 99
    first = rows[0]  # D001, news.az 2017-05-23: Turkey summons the US ambassador in protest (ACCUSE)
    assert first.labels == ("ACCUSE",) and first.sources == ("TUR",) and first.targets == ("USA",)
    assert first.date == "2017-05-23"
    fiji = next(r for r in rows if "India and Fiji" in r.text)  # a signed MoU by both: both sources, no target
    assert fiji.labels == ("SUPPORT",) and fiji.sources == ("IND", "FJI") and fiji.targets == ()
    aid = next(r for r in rows if r.text.startswith("The United States, through the United States Agency"))
    assert aid.labels == ("AID",) and aid.sources == ("USA",) and aid.targets == ("PHL",)  # relabelled 2026-12-06 (fixtures README, "Label convention: pledged aid")
    earlier = {r.url for name in ("plover_news_a.tsv", "plover_news_b.tsv", "plover_news_c.tsv") for r in gold.news_records(FIXTURES / name)}
    assert not earlier & {r.url for r in rows}


def test_news_set_e_is_read_as_labelled_and_shares_no_page_with_a_to_d():
    # Held-out set E (issue 13, PLOVER round 15): labelled before any code change of that round.
    rows = gold.news_records(FIXTURES / "plover_news_e.tsv")
    assert len(rows) == 100
    assert len({r.url for r in rows}) == 99
    first = rows[0]  # E001, iranpress: Algeria recalls its ambassador from France (SANCTION)
    assert first.labels == ("SANCTION",) and first.sources == ("DZA",) and first.targets == ("FRA",)
    assert first.date is None
    swap = next(r for r in rows if r.text.startswith("Armenia and Azerbaijan have traded"))  # joint: no target
    assert swap.labels == ("RETREAT",) and swap.sources == ("ARM", "AZE") and swap.targets == ()
    cuba = next(r for r in rows if "expand flights to Cuba" in r.text)
    assert cuba.labels == ("RETREAT", "AGREE") and cuba.sources == ("USA",) and cuba.targets == ("CUB",)
    assert cuba.date == "2022-05-16"
    earlier = {
        r.url for name in ("plover_news_a.tsv", "plover_news_b.tsv", "plover_news_c.tsv", "plover_news_d.tsv") for r in gold.news_records(FIXTURES / name)
    }
    assert not earlier & {r.url for r in rows}


def test_news_set_f_is_read_as_labelled_and_shares_no_page_with_a_to_e():
    # Held-out set F (issue 13, PLOVER round 16): labelled before any code change of that round.
    rows = gold.news_records(FIXTURES / "plover_news_f.tsv")
    assert len(rows) == 97
    assert len({r.url for r in rows}) == 97
    first = rows[0]  # F001, news.am 2017-05-22: the US ambassador summoned to the Turkish foreign office (ACCUSE)
    assert first.labels == ("ACCUSE",) and first.sources == ("TUR",) and first.targets == ("USA",)
    assert first.date == "2017-05-22"
    drill = next(r for r in rows if r.text.startswith("United States, Japan, Australia and Canada recently joined"))  # joint: no target
    assert drill.labels == ("COOPERATE",) and drill.sources == ("USA", "JPN", "AUS", "CAN") and drill.targets == ()
    withdrawal = next(r for r in rows if "500 troops from Iraq" in r.text)
    assert withdrawal.labels == ("RETREAT", "AGREE") and withdrawal.sources == ("USA",) and withdrawal.targets == ("IRQ", "AFG")
    assert withdrawal.date == "2020-11-18"
    earlier = {
        r.url
        for name in ("plover_news_a.tsv", "plover_news_b.tsv", "plover_news_c.tsv", "plover_news_d.tsv", "plover_news_e.tsv")
        for r in gold.news_records(FIXTURES / name)
    }
    assert not earlier & {r.url for r in rows}


def test_news_set_g_is_read_as_labelled_and_shares_no_page_with_a_to_f():
    # Held-out set G (issue 13, PLOVER round 17): labelled before any code change of that round.
    rows = gold.news_records(FIXTURES / "plover_news_g.tsv")
    assert len(rows) == 96  # G009 dropped after scoring: claims held-out 14 quotes the same wire sentence
    assert len({r.url for r in rows}) == 96
    first = rows[0]  # G001, Yonhap 2023-06-09: Seoul's foreign ministry summons the Chinese envoy (ACCUSE)
    assert first.labels == ("ACCUSE",) and first.sources == ("KOR",) and first.targets == ("CHN",)
    assert first.date == "2023-06-09"
    talks = next(r for r in rows if r.text.startswith("Pakistan's Foreign Minister Shah Mahmood Qureshi"))  # joint: no target
    assert talks.labels == ("CONSULT",) and talks.sources == ("PAK", "CHN") and talks.targets == ()
    baltic = next(r for r in rows if "ten diplomats of the Baltic states" in r.text)
    assert baltic.labels == ("SANCTION",) and baltic.sources == ("RUS",) and baltic.targets == ("EST", "LVA", "LTU")
    assert baltic.date == "2022-03-29"
    earlier = {
        r.url
        for name in ("plover_news_a.tsv", "plover_news_b.tsv", "plover_news_c.tsv", "plover_news_d.tsv", "plover_news_e.tsv", "plover_news_f.tsv")
        for r in gold.news_records(FIXTURES / name)
    }
    assert not earlier & {r.url for r in rows}


def test_news_set_h_is_read_as_labelled_and_shares_no_page_with_a_to_g():
    # Held-out set H (issue 13, PLOVER round 18): labelled before any code change of that round.
    rows = gold.news_records(FIXTURES / "plover_news_h.tsv")
    assert len(rows) == 99
    assert len({r.url for r in rows}) == 99
    first = rows[0]  # H001, devdiscourse 2021-03-22: France's foreign ministry summons China's ambassador (ACCUSE)
    assert first.labels == ("ACCUSE",) and first.sources == ("FRA",) and first.targets == ("CHN",)
    assert first.date == "2021-03-22"
    call = next(r for r in rows if r.text.startswith("Turkish foreign minister on Saturday spoke"))  # joint: no target
    assert call.labels == ("CONSULT",) and call.sources == ("TUR", "USA") and call.targets == ()
    request = next(r for r in rows if "asked for air defence systems" in r.text)
    assert request.labels == ("REQUEST",) and request.sources == ("UKR",) and request.targets == ("FRA", "ITA", "DEU", "ISR")
    assert request.date == "2022-09-15"
    # Relabelled in PLOVER round 30 to the gold records' convention ("X accused Y of attacking" is ACCUSE X > Y).
    shelling = next(r for r in rows if r.text.startswith("Ukraine's military today accused Russia of shelling"))
    assert shelling.labels == ("ACCUSE",) and shelling.sources == ("UKR",) and shelling.targets == ("RUS",)
    earlier = {
        r.url
        for name in ("a", "b", "c", "d", "e", "f", "g")
        for r in gold.news_records(FIXTURES / f"plover_news_{name}.tsv")
    }
    assert not earlier & {r.url for r in rows}
    earlier_texts = {r.text for name in ("a", "b", "c", "d", "e", "f", "g") for r in gold.news_records(FIXTURES / f"plover_news_{name}.tsv")}
    assert not earlier_texts & {r.text for r in rows}


def test_news_set_i_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_h():
    # Held-out set I (issue 13, PLOVER round 19): labelled before any code change of that round.
    rows = gold.news_records(FIXTURES / "plover_news_i.tsv")
    assert len(rows) == 100
    assert len({r.url for r in rows}) == 100
    assert sum(not r.targets for r in rows) == 12  # joint acts: both parties sources, no target
    first = rows[0]  # I001, ABA Banking Journal 2022-09: Treasury designates Russian individuals (COERCE/SANCTION)
    assert first.labels == ("COERCE", "SANCTION") and first.sources == ("USA",) and first.targets == ("RUS",)
    assert first.date == "2022-09"
    treaty = next(r for r in rows if r.text.startswith("The Uzbek and Kazakh presidents have signed"))
    assert treaty.labels == ("SUPPORT",) and treaty.sources == ("UZB", "KAZ") and treaty.targets == ()
    summons = next(r for r in rows if "ambassadors of 10 states" in r.text)
    assert summons.labels == ("ACCUSE",) and summons.sources == ("ISR",) and len(summons.targets) == 10
    assert summons.targets[0] == "CHN" and summons.targets[-1] == "URY"
    earlier = _records_through("h")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_j_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_i():
    # Held-out set J (issue 13, PLOVER round 20): labelled before any code change of that round.
    rows = gold.news_records(FIXTURES / "plover_news_j.tsv")
    assert len(rows) == 95
    assert len({r.url for r in rows}) == 95
    assert sum(not r.targets for r in rows) == 9  # joint acts: both parties sources, no target
    first = rows[0]  # J001, news-pravda (Sputnik Turkey) 2025-07-08: Germany summons China's ambassador (ACCUSE)
    assert first.labels == ("ACCUSE",) and first.sources == ("DEU",) and first.targets == ("CHN",)
    assert first.date == "2025-07-08"
    pact = next(r for r in rows if r.text.startswith("The Solomon Islands yesterday said it has inked"))
    assert pact.labels == ("SUPPORT",) and pact.sources == ("SLB", "CHN") and pact.targets == ()
    raid = next(r for r in rows if "condemning Quito for the raid" in r.text)
    assert raid.labels == ("ACCUSE",) and raid.sources == ("ESP", "IGO") and raid.targets == ("ECU",)
    fishermen = next(r for r in rows if r.text.startswith("Five Sri Lankan fishermen were arrested"))
    assert fishermen.sources == ("IND",) and fishermen.targets == ("LKA",) and fishermen.date == "2020-02-28"
    earlier = _records_through("i")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_k_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_j():
    # Held-out set K (issue 13, PLOVER round 21: armed groups, state bodies, agencies, IGOs): labelled
    # before any code change of that round.
    rows = gold.news_records(FIXTURES / "plover_news_k.tsv")
    assert len(rows) == 99
    assert len({r.url for r in rows}) == 99
    assert sum(not r.targets for r in rows) == 4  # 3 joint clashes and one attack on a ship of no named state
    first = rows[0]  # K001, the Telegraph via am1.news: Houthi rebels strike a US-owned ship (a rebel group by its state)
    assert first.labels == ("ASSAULT",) and first.sources == ("YEM",) and first.targets == ("USA",)
    assert first.date is None
    suspension = next(r for r in rows if r.text.startswith("AU suspended Guinea"))
    assert suspension.labels == ("COERCE", "SANCTION") and suspension.sources == ("IGO",) and suspension.targets == ("GIN",)
    summons = next(r for r in rows if r.text.startswith("The ambassadors of France and the United Kingdom"))
    assert summons.labels == ("ACCUSE",) and summons.sources == ("RUS",) and summons.targets == ("FRA", "GBR")
    clash = next(r for r in rows if r.text.startswith("Pakistani border guards and Afghan Taliban fighters"))
    assert clash.sources == ("PAK", "AFG") and clash.targets == () and clash.date == "2023-09"
    earlier = _records_through("j")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_l_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_k():
    # Held-out set L (issue 13, PLOVER round 22: armed groups and state agencies acting across borders):
    # labelled before any code change of that round.
    rows = gold.news_records(FIXTURES / "plover_news_l.tsv")
    assert len(rows) == 42
    assert len({r.url for r in rows}) == 42
    assert sum(not r.targets for r in rows) == 4  # attacks and seizures of ships of no named state
    first = rows[0]  # L001, 247newsreel (AFP): the Houthis claim an attack on a "British ship"
    assert first.labels == ("ASSAULT",) and first.sources == ("YEM",) and first.targets == ("GBR",)
    assert first.date is None
    denial = next(r for r in rows if r.text.startswith("The Security Service of Ukraine (SBU) has said"))
    assert denial.labels == ("ACCUSE", "REJECT") and denial.sources == ("UKR",) and denial.targets == ("RUS",)
    mossad = next(r for r in rows if r.text.startswith("Iranian police have arrested the alleged leader"))
    assert mossad.sources == ("IRN",) and mossad.targets == ("ISR",) and mossad.date == "2022-07-28"
    shabaab = next(r for r in rows if r.text.startswith("NAIROBI (RBC Radio)"))
    assert shabaab.sources == ("SOM",) and shabaab.targets == ("KEN",) and shabaab.date == "2017-07"
    earlier = _records_through("k")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_m_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_l():
    # Held-out set M (issue 13, PLOVER round 23: acts of armed groups, state bodies and agencies):
    # labelled before any code change of that round.
    rows = gold.news_records(FIXTURES / "plover_news_m.tsv")
    assert len(rows) == 82
    assert len({r.url for r in rows}) == 82
    assert all(r.targets for r in rows)  # every row names or implies its target
    first = rows[0]  # M001, heralddiary: Kata'ib Hezbollah claims the Tower 22 attack (an armed group by its state)
    assert first.labels == ("ASSAULT",) and first.sources == ("IRQ",) and first.targets == ("USA",)
    assert first.date is None
    summons = next(r for r in rows if r.text.startswith("Pakistan’s Foreign Ministry summoned"))
    assert summons.labels == ("ACCUSE",) and summons.sources == ("PAK",) and summons.targets == ("IRN",)
    expulsion = next(r for r in rows if r.text.startswith("Moscow: Moscow said Friday"))
    assert expulsion.labels == ("SANCTION",) and expulsion.targets == ("POL", "DEU", "SWE")
    condemned = next(r for r in rows if r.text.startswith("The Philippines and the United States last week"))
    assert condemned.sources == ("PHL", "USA") and condemned.targets == ("CHN",)
    cannon = next(r for r in rows if r.text.startswith("According to a spokesperson from the Philippines Coast Guard"))
    assert cannon.labels == ("ASSAULT", "COERCE") and cannon.date == "2023-11-06"
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 51
    earlier = _records_through("l")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_n_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_m():
    # Held-out set N (issue 13, PLOVER round 24: the target of a news act, acts of many kinds across
    # borders): labelled before any code change of that round.
    rows = gold.news_records(FIXTURES / "plover_news_n.tsv")
    assert len(rows) == 84
    assert len({r.url for r in rows}) == 84
    assert sum(not r.targets for r in rows) == 3  # joint talks, a joint pact, an agreed pullback
    first = rows[0]  # N001, socialbites (Yonhap): Seoul's Foreign Ministry summons a Chinese envoy
    assert first.labels == ("ACCUSE",) and first.sources == ("KOR",) and first.targets == ("CHN",)
    assert first.date is None
    criticized = next(r for r in rows if r.text.startswith("He also harshly criticized Guatemala"))
    assert criticized.sources == ("USA",) and criticized.targets == ("GTM", "HND", "SLV")
    settlements = next(r for r in rows if r.text.startswith("The foreign ministers of Germany, the UK"))
    assert settlements.labels == ("REQUEST",) and settlements.sources == ("DEU", "GBR", "FRA", "ESP", "ITA")
    assert settlements.targets == ("ISR",)
    qatar = next(r for r in rows if r.text.startswith("Four planes belonging to the Qatar Armed Forces"))
    assert qatar.labels == ("AID",) and qatar.targets == ("PSE",) and qatar.date == "2023-11"
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 13
    assert sum("AID" in r.labels for r in rows) == 3  # 12 before the pledged-aid relabel of 2026-12-06
    earlier = _records_through("m")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_o_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_n():
    # Held-out set O (issue 13, PLOVER round 25: the event type of a news act, a broad mix of types
    # across borders): labelled before any code change of that round.
    rows = gold.news_records(FIXTURES / "plover_news_o.tsv")
    assert len(rows) == 77
    assert len({r.url for r in rows}) == 77
    assert sum(not r.targets for r in rows) == 6  # a joint pact, joint talks, joint drills, MoUs
    first = rows[0]  # O001, CBS News: the Trump administration's sanctions over Iran's missile program
    assert first.labels == ("SANCTION",) and first.sources == ("USA",) and first.targets == ("IRN",)
    assert first.date is None
    recalled = next(r for r in rows if r.text.startswith("The Turkish ambassador to Israel was recalled"))
    assert recalled.labels == ("SANCTION",) and recalled.sources == ("TUR",) and recalled.targets == ("ISR",)
    assert recalled.date == "2018-05-16"
    relief = next(r for r in rows if r.text.startswith("So far, Algeria, Iraq and the United Arab Emirates"))
    assert relief.labels == ("AID",) and relief.sources == ("DZA", "IRQ", "ARE") and relief.targets == ("SYR",)
    export = next(r for r in rows if r.text.startswith("Japan said on Monday it will tighten"))
    assert export.labels == ("SANCTION", "COERCE", "THREATEN")
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 10
    assert sum(r.labels == ("REJECT",) for r in rows) == 8
    assert sum("AID" in r.labels for r in rows) == 4  # 10 before the pledged-aid relabel of 2026-12-06
    earlier = _records_through("n")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_p_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_o():
    # Held-out set P (issue 13, PLOVER round 26: the event type of a news act, second pass):
    # labelled before any code change of that round.
    rows = gold.news_records(FIXTURES / "plover_news_p.tsv")
    assert len(rows) == 68
    assert len({r.url for r in rows}) == 68
    assert sum(not r.targets for r in rows) == 9  # MoUs, meetings, joint drills, agreements
    first = rows[0]  # P001, Horn Diplomat: the Somali and Rwandan foreign ministers' MoU
    assert first.labels == ("SUPPORT",) and first.sources == ("SOM", "RWA") and not first.targets
    assert first.date == "2022-02-06"
    regret = next(r for r in rows if r.text.startswith("France, Germany, Belgium, Spain"))
    assert regret.labels == ("ACCUSE",) and regret.targets == ("USA",) and len(regret.sources) == 9
    recalled = next(r for r in rows if r.text.startswith("Turkey has recalled its ambassadors"))
    assert recalled.labels == ("SANCTION",) and recalled.sources == ("TUR",)
    assert recalled.targets == ("USA", "ISR")
    announced = next(r for r in rows if r.text.startswith("The United States of America (USA) is set"))
    assert announced.labels == ("COERCE", "SANCTION", "THREATEN")
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 15
    assert sum("AID" in r.labels for r in rows) == 7
    assert sum("SANCTION" in r.labels for r in rows) == 7
    earlier = _records_through("o")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_q_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_p():
    # Held-out set Q (issue 13, PLOVER round 27: the target of a news act, second pass): labelled
    # before any code change of that round.
    rows = gold.news_records(FIXTURES / "plover_news_q.tsv")
    assert len(rows) == 49
    assert len({r.url for r in rows}) == 49
    assert all(r.targets for r in rows)  # every row names the state the act is aimed at
    first = rows[0]  # Q001, Turan: the US plans sanctions on Russia and China
    assert first.labels == ("COERCE", "SANCTION", "THREATEN") and first.sources == ("USA",)
    assert first.targets == ("RUS", "CHN") and first.date is None
    envoys = next(r for r in rows if r.text.startswith("Turkish President Tayyip Erdogan said"))
    assert envoys.labels == ("SANCTION",) and envoys.targets == ("USA", "DEU", "FRA")
    arrested = next(r for r in rows if r.text.startswith("Seventeen fishermen from Tamil Nadu"))
    assert arrested.labels == ("COERCE",) and arrested.sources == ("LKA",) and arrested.targets == ("IND",)
    shelled = next(r for r in rows if r.text.startswith("Gaza has come under Israeli shelling"))
    assert shelled.sources == ("ISR",) and shelled.targets == ("PSE",) and shelled.date == "2016-10-06"
    assert sum("ACCUSE" in r.labels for r in rows) == 12
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 6
    assert sum(r.labels == ("AID",) for r in rows) == 5  # 8 before the pledged-aid relabel of 2026-12-06
    assert sum("SANCTION" in r.labels for r in rows) == 7
    assert sum(r.labels == ("MOBILIZE",) for r in rows) == 3
    earlier = _records_through("p")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_r_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_q():
    # Held-out set R (issue 13, PLOVER round 28: event type and target on news sentences): labelled
    # before any code change of that round.
    rows = gold.news_records(FIXTURES / "plover_news_r.tsv")
    assert len(rows) == 69
    assert len({r.url for r in rows}) == 69
    assert sum(not r.targets for r in rows) == 4  # two restored ties, one MoU, one round of talks
    first = rows[0]  # R001, Centrio Times: an Indian Air Force C-130 lands in Kathmandu with relief
    assert first.labels == ("AID",) and first.sources == ("IND",) and first.targets == ("NPL",)
    assert first.date is None
    expelled = next(r for r in rows if r.text.startswith("The US Embassy in Moscow has been handed"))
    assert expelled.labels == ("SANCTION",) and expelled.sources == ("RUS",) and expelled.targets == ("USA",)
    renewed = next(r for r in rows if r.text.startswith("The Council today renewed"))
    assert renewed.labels == ("COERCE", "SANCTION") and renewed.sources == ("IGO",) and renewed.targets == ("RUS",)
    assert renewed.date == "2024-01-29"
    warned = next(r for r in rows if r.text.startswith("North Korea will respond to upcoming"))
    assert warned.labels == ("THREATEN",) and warned.targets == ("USA", "KOR")
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 18
    assert sum(r.labels == ("AID",) for r in rows) == 10
    assert sum(r.labels == ("AGREE", "AID") for r in rows) == 0  # 4 before the pledged-aid relabel of 2026-12-06
    assert sum(r.labels == ("COERCE", "SANCTION") for r in rows) == 5
    assert sum(r.labels == ("ACCUSE",) for r in rows) == 7
    assert sum(r.labels == ("CONSULT",) for r in rows) == 5
    earlier = _records_through("q")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_s_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_r():
    # Held-out set S (issue 13, PLOVER round 29: news sentences that get no record, or no target):
    # labelled before any code change of that round.
    rows = gold.news_records(FIXTURES / "plover_news_s.tsv")
    assert len(rows) == 86
    assert len({r.url for r in rows}) == 86
    assert sum(not r.targets for r in rows) == 2  # an MoU signed by two states, a summit handshake
    first = rows[0]  # S001, Commersant: the White House summons China's ambassador over Taiwan
    assert first.labels == ("ACCUSE",) and first.sources == ("USA",) and first.targets == ("CHN",)
    assert first.date == "2022-08-05"
    joint = next(r for r in rows if r.text.startswith("On Tuesday morning, planes carrying aid from Iraq"))
    assert joint.labels == ("AID",) and joint.sources == ("IRQ", "IRN") and joint.targets == ("SYR",)
    passive = next(r for r in rows if r.text.startswith("The crew of a Taiwanese fishing boat"))
    assert passive.labels == ("COERCE",) and passive.sources == ("CHN",) and passive.targets == ("TWN",)
    trade = next(r for r in rows if r.text.startswith("Turkiye has fully suspended trading"))
    assert trade.labels == ("COERCE", "SANCTION") and trade.sources == ("TUR",) and trade.targets == ("ISR",)
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 25
    assert sum(r.labels == ("SANCTION",) for r in rows) == 15
    assert sum(r.labels == ("CONSULT",) for r in rows) == 11
    assert sum(r.labels == ("COERCE", "SANCTION") for r in rows) == 8
    assert sum(r.labels == ("ACCUSE",) for r in rows) == 6
    earlier = _records_through("r")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_t_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_s():
    # Held-out set T (issue 13, PLOVER round 30: source and target reversed; passives, "by" agents,
    # appositive reporters, accusations): labelled before any code change of that round.
    rows = gold.news_records(FIXTURES / "plover_news_t.tsv")
    assert len(rows) == 87
    assert len({r.url for r in rows}) == 87
    assert sum(not r.targets for r in rows) == 1  # China and the Philippines accuse each other
    first = rows[0]  # T001: Russia accuses Ukraine of a sea-drone attack on Novorossiysk
    assert first.labels == ("ACCUSE",) and first.sources == ("RUS",) and first.targets == ("UKR",)
    assert first.date == "2023-08-04"
    passive = next(r for r in rows if r.text.startswith("Southern Lebanon was attacked by Israel"))
    assert passive.labels == ("ASSAULT",) and passive.sources == ("ISR",) and passive.targets == ("LBN",)
    arrested = next(r for r in rows if r.text.startswith("Five Sri Lankan fishermen have been arrested by Indian"))
    assert arrested.labels == ("COERCE",) and arrested.sources == ("IND",) and arrested.targets == ("LKA",)
    joint = next(r for r in rows if r.text.startswith("Warplanes of the United States and Britain"))
    assert joint.sources == ("USA", "GBR") and joint.targets == ("YEM",)
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 29
    assert sum(r.labels == ("ACCUSE",) for r in rows) == 26
    assert sum(r.labels == ("SANCTION",) for r in rows) == 12
    assert sum(r.labels == ("COERCE",) for r in rows) == 10
    assert sum(r.labels == ("CONSULT",) for r in rows) == 3
    assert sum(" by " in r.text for r in rows) == 19
    earlier = _records_through("s")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_u_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_t():
    # Held-out set U (issue 13, PLOVER round 31: accusations, condemnations, demands and denials
    # between states): labelled before any code change of that round.
    rows = gold.news_records(FIXTURES / "plover_news_u.tsv")
    assert len(rows) == 79
    assert len({r.url for r in rows}) == 79
    assert all(r.targets for r in rows)
    first = rows[0]  # U001, Sputnik: Iran's foreign ministry spokesman condemns Israeli airstrikes on Gaza
    assert first.labels == ("ACCUSE",) and first.sources == ("IRN",) and first.targets == ("ISR",)
    assert first.date == "2022-08-05"
    adjective = next(r for r in rows if r.text.startswith("Saudi Arabia condemned and denounced the Israeli attack"))
    assert adjective.labels == ("ACCUSE",) and adjective.sources == ("SAU",) and adjective.targets == ("ISR",)
    denial = next(r for r in rows if r.text.startswith("Iran denied US and British accusations"))
    assert denial.labels == ("REJECT",) and denial.sources == ("IRN",) and denial.targets == ("USA", "GBR")
    reported = next(r for r in rows if r.text.startswith("The Azerbaijani Foreign Ministry said that the Armenian"))
    assert reported.labels == ("ASSAULT",) and reported.sources == ("ARM",) and reported.targets == ("AZE",)
    assert sum(r.labels == ("ACCUSE",) for r in rows) == 47
    assert sum(r.labels == ("REJECT",) for r in rows) == 14
    assert sum(r.labels == ("REQUEST",) for r in rows) == 6
    assert sum(r.labels == ("ACCUSE", "REQUEST") for r in rows) == 3
    assert sum(r.labels == ("ACCUSE", "THREATEN") for r in rows) == 3
    assert sum(len(r.targets) > 1 for r in rows) == 9
    earlier = _records_through("t")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_v_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_u():
    # Held-out set V (issue 13, PLOVER round 32: event type with armed groups, state bodies, agencies,
    # courts and parties as actors): labelled before any code change of that round.
    rows = gold.news_records(FIXTURES / "plover_news_v.tsv")
    assert len(rows) == 87
    assert len({r.url for r in rows}) == 87
    first = rows[0]  # V001, defenceWeb: al Shabaab kills soldiers at a base near Mogadishu (a rebel group by its state)
    assert first.labels == ("ASSAULT",) and first.sources == ("SOM",) and first.targets == ("SOM",)
    assert first.date is None
    joint = next(r for r in rows if r.text.startswith("Representatives of the Afghan government led by the Taliban"))
    assert joint.labels == ("CONSULT",) and joint.sources == ("AFG", "USA") and joint.targets == ()
    passive = next(r for r in rows if r.text.startswith("Two police personnel on security duty for judges"))
    assert passive.labels == ("ASSAULT",) and passive.sources == ("PAK",) and passive.targets == ("PAK",)
    ceasefire = next(r for r in rows if r.text.startswith("Hamas has agreed to a Gaza ceasefire proposal"))
    assert ceasefire.labels == ("AGREE", "RETREAT") and ceasefire.targets == ("EGY", "QAT")
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 13
    assert sum(r.labels == ("CONSULT",) for r in rows) == 11
    assert sum(r.labels == ("RETREAT",) for r in rows) == 10
    assert sum(r.labels == ("REQUEST",) for r in rows) == 8
    assert sum(r.labels == ("COERCE",) for r in rows) == 7
    assert sum(r.labels == ("COERCE", "SANCTION") for r in rows) == 4
    assert sum(r.sources == ("IGO",) for r in rows) == 15  # the IAEA's visits, WFP deliveries, UN agencies' calls
    assert sum(not r.targets for r in rows) == 6
    assert sum(r.sources == r.targets for r in rows) == 31  # armed groups, courts and parties inside one state
    earlier = _records_through("u")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_w_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_v():
    # Held-out set W (issue 13, PLOVER round 33: the target of a news act; meetings and visits, summons,
    # recalls and expulsions, sanctions, arrests, aid, withdrawals, warrants): labelled before any code
    # change of that round.
    rows = gold.news_records(FIXTURES / "plover_news_w.tsv")
    assert len(rows) == 80
    assert len({r.url for r in rows}) == 80
    first = rows[0]  # W001, FastNews: Japan's foreign minister Motegi will visit Sri Lanka (an announced visit)
    assert first.labels == ("CONSULT",) and first.sources == ("JPN",) and first.targets == ("LKA",)
    assert first.date is None
    passive = next(r for r in rows if r.text.startswith("US Ambassador to Ankara John Bass was summoned"))
    assert passive.labels == ("ACCUSE",) and passive.sources == ("TUR",) and passive.targets == ("USA",)
    joint = next(r for r in rows if r.text.startswith("Kazakhstan and Afghanistan discussed"))
    assert joint.labels == ("CONSULT",) and joint.sources == ("KAZ", "AFG") and joint.targets == ()
    warrant = next(r for r in rows if r.text.startswith("The International Criminal Court (ICC) issued a warrant"))
    assert warrant.labels == ("ACCUSE",) and warrant.sources == ("IGO",) and warrant.targets == ("CAF",)
    assert sum(r.labels == ("CONSULT",) for r in rows) == 22
    assert sum(r.labels == ("ACCUSE",) for r in rows) == 13
    assert sum(r.labels == ("SANCTION",) for r in rows) == 7
    assert sum(r.labels == ("COERCE",) for r in rows) == 6
    assert sum(r.labels == ("RETREAT",) for r in rows) == 5
    assert sum(not r.targets for r in rows) == 10
    assert sum(r.sources == r.targets for r in rows) == 10  # arrests, rebels and parties inside one state
    assert sum(r.sources == ("IGO",) for r in rows) == 7  # the UN, the ICC, the World Bank
    assert sum(r.date is None for r in rows) == 20
    earlier = _records_through("v")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_x_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_w():
    # Held-out set X (issue 13, PLOVER round 34: event type on real news; rockets fired and operations
    # launched, accusations and summons, signed MoUs and ceasefires, sanctions lists and expulsions,
    # threats of sanctions, deployments, aid, arrests, releases, withdrawals, joint drills): labelled
    # before any code change of that round.
    rows = gold.news_records(FIXTURES / "plover_news_x.tsv")
    assert len(rows) == 80
    assert len({r.url for r in rows}) == 80
    first = rows[0]  # X001, yourmiddleeast.com 2012-02-17: Palestinian militants fired two rockets at Israel
    assert first.labels == ("ASSAULT",) and first.sources == ("PSE",) and first.targets == ("ISR",)
    assert first.date == "2012-02-17"
    listed = next(r for r in rows if r.text.startswith("On the 31st, the U.S. Treasury Department announced"))
    assert listed.labels == ("COERCE", "SANCTION") and listed.sources == ("USA",) and listed.targets == ("LBN", "TUR")
    freed = next(r for r in rows if r.text.startswith("Palestinians across Gaza and the occupied West Bank"))
    assert freed.labels == ("RETREAT",) and freed.sources == ("ISR",) and freed.targets == ("PSE",)
    joint = next(r for r in rows if r.text.startswith("The US and Pakistani navies held a joint military drill"))
    assert joint.labels == ("COOPERATE",) and joint.sources == ("USA", "PAK") and joint.targets == ()
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 16
    assert sum(r.labels == ("SUPPORT",) for r in rows) == 7
    assert sum(r.labels == ("AID",) for r in rows) == 5  # 7 before the pledged-aid relabel of 2026-12-06
    assert sum(r.labels == ("CONSULT",) for r in rows) == 6
    assert sum(r.labels == ("REQUEST",) for r in rows) == 6
    assert sum(r.labels == ("MOBILIZE",) for r in rows) == 4
    assert sum(not r.targets for r in rows) == 9
    assert sum(r.sources == r.targets for r in rows) == 20  # operations, arrests, rebels and parties inside one state
    assert sum(r.date is None for r in rows) == 31
    earlier = _records_through("w")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_y_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_x():
    # Held-out set Y (issue 13, PLOVER round 35: the target when a prepositional phrase names a place or a
    # third state; meetings in a third state's city, strikes in Syria on Iranian targets, condemned attacks
    # on embassies, calls for nationals held abroad, arrests of spies, joint drills in named seas): labelled
    # before any code change of that round.
    rows = gold.news_records(FIXTURES / "plover_news_y.tsv")
    assert len(rows) == 79
    assert len({r.url for r in rows}) == 79
    first = rows[0]  # Y001, Tasnim 2017-02-17: Wang Yi met Tillerson in the German city of Bonn
    assert first.labels == ("CONSULT",) and first.sources == ("CHN",) and first.targets == ("USA",)
    assert first.date == "2017-02-17"
    embassy = next(r for r in rows if "Egypt denounced the protesters’ attack" in r.text)
    assert embassy.labels == ("ACCUSE",) and embassy.sources == ("EGY",) and embassy.targets == ("IRQ",)
    held = next(r for r in rows if r.text.startswith("Kerala Chief Minister Pinarayi Vijayan"))
    assert held.labels == ("REQUEST",) and held.sources == ("IND",) and held.targets == ("IND",)
    passive = next(r for r in rows if r.text.startswith("Dozens of Iranian targets in Syria"))
    assert passive.labels == ("ASSAULT",) and passive.sources == ("ISR",) and passive.targets == ("IRN",)
    assert sum(r.labels == ("CONSULT",) for r in rows) == 24
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 14
    assert sum(r.labels == ("ACCUSE",) for r in rows) == 11
    assert sum(r.labels == ("AID",) for r in rows) == 3  # 6 before the pledged-aid relabel of 2026-12-06
    assert sum(r.labels == ("COERCE", "SANCTION") for r in rows) == 5
    assert sum(r.labels == ("AGREE", "RETREAT") for r in rows) == 3
    assert sum(not r.targets for r in rows) == 18
    assert sum(r.sources == r.targets for r in rows) == 10  # rebels, strikes, calls and arrests inside one state
    assert sum(r.sources == ("IGO",) for r in rows) == 4  # the UN chief, its investigators, the Security Council
    assert sum(r.date is None for r in rows) == 45
    earlier = _records_through("x")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_z_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_y():
    # Held-out set Z (issue 13, PLOVER round 36: news sentences of every kind, collected before the round's
    # change to sentences that get no record at all): labelled before any code change of that round.
    rows = gold.news_records(FIXTURES / "plover_news_z.tsv")
    assert len(rows) == 65
    assert len({r.url for r in rows}) == 65
    first = rows[0]  # Z001, Kyodo 2017-02-17: Tillerson and Wang Yi held their first talks (joint)
    assert first.labels == ("CONSULT",) and first.sources == ("USA", "CHN") and first.targets == ()
    assert first.date == "2017-02-17"
    closed = next(r for r in rows if r.text.startswith("Venezuela closed its last major crossing"))
    assert closed.labels == ("COERCE", "SANCTION") and closed.sources == ("VEN",) and closed.targets == ("COL",)
    summoned = next(r for r in rows if r.text.startswith("The Latvian Minister of Foreign Affairs"))
    assert summoned.labels == ("ACCUSE",) and summoned.sources == ("LVA",) and summoned.targets == ("RUS",)
    assert sum(r.labels == ("ACCUSE",) for r in rows) == 12
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 11
    assert sum(r.labels == ("AID",) for r in rows) == 4  # 9 before the pledged-aid relabel of 2026-12-06
    assert sum(r.labels == ("CONSULT",) for r in rows) == 8
    assert sum(r.labels == ("AGREE",) for r in rows) == 10  # 5 before the pledged-aid relabel of 2026-12-06
    assert sum(r.labels == ("COERCE", "SANCTION") for r in rows) == 4
    assert sum(r.labels == ("COERCE",) for r in rows) == 3
    assert sum(r.labels == ("THREATEN",) for r in rows) == 3
    assert sum(not r.targets for r in rows) == 9  # joint talks, agreements, MoUs and clashes
    assert sum(r.sources == r.targets for r in rows) == 3  # an army's strike, a call for release, a call on the president
    assert sum(r.date is None for r in rows) == 8
    earlier = _records_through("y")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_aa_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_z():
    # Held-out set AA (issue 13, PLOVER round 37: event targets; Pakistani militants' attacks on police,
    # Israeli strikes in southern Lebanon, Armenian fire on Nakhchivan, Guyana and Venezuela, Mali's expulsion
    # of the French ambassador, Russian threats over the US missile shield, fishermen handed back): labelled
    # before any code change of that round. The first set with a two-letter name.
    rows = gold.news_records(FIXTURES / "plover_news_aa.tsv")
    assert len(rows) == 66
    assert len({r.url for r in rows}) == 66
    first = rows[0]  # AA001, Dawn 2010-11-27: Zardari arrived "here" (Colombo) on a state visit
    assert first.labels == ("CONSULT",) and first.sources == ("PAK",) and first.targets == ("LKA",)
    assert first.date == "2010-11-27"
    passive = next(r for r in rows if r.text.startswith("A Taiwanese-flagged fishing vessel was seized"))
    assert passive.labels == ("COERCE",) and passive.sources == ("USA",) and passive.targets == ("TWN",)
    rebels = next(r for r in rows if r.text.startswith("Ukraine’s ministry of defence says"))
    assert rebels.labels == ("ACCUSE",) and rebels.sources == ("UKR",) and rebels.targets == ("UKR",)
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 21
    assert sum(r.labels == ("CONSULT",) for r in rows) == 6
    assert sum(r.labels == ("ACCUSE",) for r in rows) == 6
    assert sum(r.labels == ("SANCTION",) for r in rows) == 5
    assert sum(r.labels == ("REQUEST",) for r in rows) == 5
    assert sum(r.labels == ("SUPPORT",) for r in rows) == 1  # 5 before news labels round 1, 2026-12-06 (fixtures README, "Label convention of the news sets: signed deals")
    assert sum(r.labels == ("SUPPORT", "AGREE") for r in rows) == 4  # exchanges of notes for grant aid signed: the signing and the aid pledged
    assert sum(r.labels == ("THREATEN",) for r in rows) == 5
    assert sum(r.labels == ("REJECT",) for r in rows) == 4
    assert sum(r.labels == ("RETREAT",) for r in rows) == 4
    assert sum(r.labels == ("COERCE", "SANCTION") for r in rows) == 2
    assert sum(not r.targets for r in rows) == 9  # joint talks, exchanges of notes, MoUs and exchanges of fire
    assert sum(r.sources == r.targets for r in rows) == 5  # separatists in Ukraine, militants' attacks in Pakistan
    assert sum(r.sources == ("IGO",) for r in rows) == 1  # NATO's chief
    assert sum(r.date is None for r in rows) == 39
    earlier = _records_through("z")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_ab_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_aa():
    # Held-out set AB (issue 13, PLOVER round 38: event type; news sentences of every kind, from pages cited in
    # no other set): labelled before any code change of that round. Its two-letter name is read like A to Z.
    rows = gold.news_records(FIXTURES / "plover_news_ab.tsv")
    assert len(rows) == 73
    assert len({r.url for r in rows}) == 73
    first = rows[0]  # AB001, A News 2023-06-15: the Swiss ambassador summoned in Ankara (ACCUSE)
    assert first.labels == ("ACCUSE",) and first.sources == ("TUR",) and first.targets == ("CHE",)
    assert first.date == "2023-06-15"
    troops = next(r for r in rows if r.text.startswith("Guyana Wednesday confirmed"))
    assert troops.labels == ("MOBILIZE",) and troops.sources == ("GUY",) and troops.targets == ("VEN",)
    fired = next(r for r in rows if r.text.startswith("The Kyrgyz Border Guard Service said on September 14"))
    assert fired.labels == ("ASSAULT",) and fired.sources == ("TJK",) and fired.targets == ("KGZ",)
    assert sum(r.labels == ("ACCUSE",) for r in rows) == 9
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 8
    assert sum(r.labels == ("CONSULT",) for r in rows) == 8
    assert sum(r.labels == ("AID",) for r in rows) == 5  # 6 before the pledged-aid relabel of 2026-12-06
    assert sum(r.labels == ("AGREE", "RETREAT") for r in rows) == 4
    assert sum(r.labels == ("CONSULT", "SUPPORT") for r in rows) == 3
    assert sum(not r.targets for r in rows) == 13  # joint withdrawals, MoUs, drills, clashes, a swap, a truce
    assert sum(r.sources == r.targets for r in rows) == 8  # calls on one's own government, strikes on militants, truces with rebels
    assert sum(r.date is None for r in rows) == 32
    earlier = _records_through("z")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}
    # AA (PLOVER round 37) was collected at the same time on another branch: two pages are in both, each sentence
    # labelled the same way by the two rounds independently (AB's troops and fired rows above)
    aa = {(r.url, r.text, r.labels, r.sources, r.targets) for r in gold.news_records(FIXTURES / "plover_news_aa.tsv")}
    shared = {(r.url, r.text, r.labels, r.sources, r.targets) for r in rows} & aa
    assert {text[:25] for _, text, *_ in shared} == {"Guyana Wednesday confirme", "The Kyrgyz Border Guard S"}
    assert len({url for url, *_ in aa} & {r.url for r in rows}) == 2


def test_news_set_ac_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_ab():
    # Held-out set AC (issue 13, PLOVER round 39: event type on acts of armed groups, police, courts, ministries
    # and agencies; every PLOVER type; pages cited in no other set): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_ac.tsv")
    assert len(rows) == 75
    assert len({r.url for r in rows}) == 75
    first = rows[0]  # AC001, Washington Post 2023-01-21: militants attack a police checkpoint in Pakistan
    assert first.labels == ("ASSAULT",) and first.sources == ("PAK",) and first.targets == ("PAK",)
    assert first.date == "2023-01-21"
    shabab = next(r for r in rows if r.text.startswith("The terror group al-Shabab attacked"))
    assert shabab.labels == ("ASSAULT",) and shabab.sources == ("SOM",) and shabab.targets == ("IGO",)
    convoy = next(r for r in rows if r.text.startswith("The United Nations Relief and Works Agency"))
    assert convoy.labels == ("ASSAULT",) and convoy.sources == ("ISR",) and convoy.targets == ("IGO",)
    hrcp = next(r for r in rows if r.text.startswith("The Human Rights Commission of Pakistan (HRCP)"))
    assert hrcp.labels == ("ACCUSE", "REQUEST") and hrcp.sources == ("PAK",) and hrcp.targets == ("PAK",)
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 9
    assert sum(r.labels == ("COERCE",) for r in rows) == 8
    assert sum(r.labels == ("AGREE",) for r in rows) == 0  # 4 before news labels round 1, 2026-12-06 (fixtures README, "Label convention of the news sets: signed deals"): the peace deals signed are SUPPORT
    assert sum(r.labels == ("AGREE", "RETREAT") for r in rows) == 2  # 4 before news labels round 1, 2026-12-06 (fixtures README, "Label convention of the news sets: signed deals"); ceasefires agreed with rebels, as in AB (the two signed are SUPPORT/RETREAT)
    assert sum(r.labels == ("AID",) for r in rows) == 6
    assert sum(r.labels == ("COOPERATE",) for r in rows) == 2
    assert sum(r.labels == ("PROTEST",) for r in rows) == 2
    assert sum(not r.targets for r in rows) == 8  # joint patrols, MoUs, anti-drug talks, a freed crew, expelled NGOs
    assert sum(r.sources == r.targets for r in rows) == 41  # militants, police, courts and rebels inside one state
    assert sum(r.date is None for r in rows) == 42
    earlier = _records_through("ab")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_ad_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_ac():
    # Held-out set AD (issue 13, PLOVER round 40: real news sentences of every PLOVER type, pages cited in no other
    # set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_ad.tsv")
    assert len(rows) == 80
    assert len({r.url for r in rows}) == 80
    first = rows[0]  # AD001, Türkiye newspaper: militants attack a military base in southern Pakistan
    assert first.labels == ("ASSAULT",) and first.sources == ("PAK",) and first.targets == ("PAK",)
    assert first.date is None
    niger = next(r for r in rows if r.text.startswith("Cape Town — Niger's ruling junta"))
    assert niger.labels == ("COERCE", "SANCTION") and niger.sources == ("NER",) and niger.targets == ("FRA",)
    assert niger.date == "2023-09-01"
    drill = next(r for r in rows if r.text.startswith("The U.S. Coast Guard and Japan Coast Guard"))
    assert drill.labels == ("COOPERATE",) and drill.sources == ("USA", "JPN") and not drill.targets
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 20
    assert sum(r.labels == ("PROTEST",) for r in rows) == 6
    assert sum(r.labels == ("THREATEN",) for r in rows) == 4
    assert sum(r.labels == ("MOBILIZE",) for r in rows) == 4
    assert sum(r.labels == ("COERCE", "SANCTION") for r in rows) == 4  # juntas expelling French envoys
    assert sum(r.labels == ("AGREE", "AID") for r in rows) == 0  # 3 before the pledged-aid relabel of 2026-12-06; pledged or announced aid
    assert sum(not r.targets for r in rows) == 6  # joint drills, MoUs, mutual accusations
    assert sum(r.sources == r.targets for r in rows) == 40  # rebels, police, courts and governments inside one state
    assert sum(r.date is None for r in rows) == 40
    earlier = _records_through("ac")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_ae_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_ad():
    # Held-out set AE (issue 13, PLOVER round 41: real news sentences, many told through a reporting verb or
    # "according to"; pages cited in no other set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_ae.tsv")
    assert len(rows) == 59
    assert len({r.url for r in rows}) == 59
    first = rows[0]  # AE001, AP via localnews8: Indian soldiers fire at a truck in Nagaland, an army officer said
    assert first.labels == ("ASSAULT",) and first.sources == ("IND",) and first.targets == ("IND",)
    assert first.date == "2021-12-04"
    shelled = next(r for r in rows if r.text.startswith("Most recently, Pakistani officials said"))
    assert shelled.labels == ("ASSAULT",) and shelled.sources == ("IND",) and shelled.targets == ("PAK",)
    airlift = next(r for r in rows if r.text.startswith("On Wednesday, Armenian Defense Ministry announced"))
    assert airlift.labels == ("AID",) and airlift.sources == ("RUS",) and airlift.targets == ("SYR",)
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 16
    assert sum(r.labels == ("ACCUSE",) for r in rows) == 7  # condemnations, accusations, summoned envoys
    assert sum(r.labels == ("AGREE", "AID") for r in rows) == 0  # 3 before the pledged-aid relabel of 2026-12-06; aid that "will" be sent
    assert sum(r.labels == ("REJECT",) for r in rows) == 4
    assert sum(not r.targets for r in rows) == 8  # agreements signed by two states, joint pull-backs
    assert sum(r.sources == r.targets for r in rows) == 4
    assert sum(r.date is None for r in rows) == 27
    earlier = _records_through("ad")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_af_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_ae():
    # Held-out set AF (issue 13, PLOVER round 42: real news sentences whose target is named by a demonym or state
    # adjective in the object, or beside a border named as a place; pages cited in no other set, doc or source
    # file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_af.tsv")
    assert len(rows) == 53
    assert len({r.url for r in rows}) == 53
    first = rows[0]  # AF001, VOV: US tariffs on Chinese and Mexican structural steel
    assert first.labels == ("COERCE", "SANCTION", "THREATEN") and first.sources == ("USA",)
    assert first.targets == ("CHN", "MEX") and first.date is None
    su24 = next(r for r in rows if r.text.startswith("Turkish F-16 fighter jets shot a Russian SU-24"))
    assert su24.labels == ("ASSAULT",) and su24.sources == ("TUR",) and su24.targets == ("RUS",)
    deported = next(r for r in rows if r.text.startswith("Around 7,061 Afghan refugees"))
    assert deported.labels == ("COERCE",) and deported.sources == ("PAK", "IRN") and deported.targets == ("AFG",)
    assert deported.date == "2025-11-14"
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 16
    assert sum(r.labels == ("COERCE",) for r in rows) == 10  # seized boats and tankers, arrested fishermen
    assert sum(r.labels == ("AID",) for r in rows) == 8  # donated vaccines
    assert sum(r.labels == ("ACCUSE",) for r in rows) == 7
    assert sum("SANCTION" in r.labels for r in rows) == 9
    assert sum(r.sources == r.targets for r in rows) == 3
    assert sum(r.date is None for r in rows) == 29
    earlier = _records_through("ae")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_ag_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_af():
    # Held-out set AG (issue 13, PLOVER round 43: real news sentences of every PLOVER type, with many of the types
    # the weak sets confuse: talks and visits, withdrawals, rejections, threats, congratulations, joint drills;
    # pages cited in no other set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_ag.tsv")
    assert len(rows) == 63
    assert len({r.url for r in rows}) == 63
    first = rows[0]  # AG001, Los Angeles Times: Russian troops pulled back from the border with Ukraine
    assert first.labels == ("RETREAT",) and first.sources == ("RUS",) and first.targets == ("UKR",)
    assert first.date is None
    hamas = next(r for r in rows if r.text.startswith("Hamas rejected an Egyptian proposal"))
    assert hamas.labels == ("REJECT",) and hamas.sources == ("PSE",) and hamas.targets == ("EGY",)
    assert hamas.date == "2014-07-15"
    drill = next(r for r in rows if r.text.startswith("Armies of India and Japan began"))
    assert drill.labels == ("COOPERATE",) and drill.sources == ("IND", "JPN") and not drill.targets
    gas = next(r for r in rows if r.text.startswith("Russia has responded to the West"))
    assert gas.labels == ("COERCE", "SANCTION", "THREATEN") and gas.targets == ("POL", "BGR")
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 7
    assert sum(r.labels == ("ACCUSE",) for r in rows) == 7  # rigging charges, a condemnation, a "threat" named
    assert sum(r.labels == ("RETREAT",) for r in rows) == 6  # troop pull-backs and withdrawals
    assert sum(r.labels == ("CONSULT",) for r in rows) == 5
    assert sum(r.labels == ("THREATEN",) for r in rows) == 5
    assert sum(r.labels == ("COOPERATE",) for r in rows) == 4  # joint exercises
    assert sum(r.labels == ("SUPPORT",) for r in rows) == 4  # congratulations and pledged support
    assert sum("SANCTION" in r.labels for r in rows) == 4
    assert sum(not r.targets for r in rows) == 6  # joint drills, talks and ceasefires
    assert sum(r.sources == r.targets for r in rows) == 18
    assert sum(r.date is None for r in rows) == 31
    earlier = _records_through("af")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_ah_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_ag():
    # Held-out set AH (issue 13, PLOVER round 44: real news sentences of every PLOVER type with a labelled target,
    # many named by a demonym, a possessive or a prepositional object; pages cited in no other set, doc or source
    # file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_ah.tsv")
    assert len(rows) == 62
    assert len({r.url for r in rows}) == 62
    first = rows[0]  # AH001, ARY News: Qureshi called on Afghanistan's President Ghani in Kabul
    assert first.labels == ("CONSULT",) and first.sources == ("PAK",) and first.targets == ("AFG",)
    assert first.date == "2018-12-24"
    sanctions = next(r for r in rows if r.text.startswith("President Barack Obama today imposed sanctions"))
    assert sanctions.labels == ("COERCE", "SANCTION") and sanctions.targets == ("RUS", "UKR")
    drill = next(r for r in rows if r.text.startswith("The Indian and Indonesian navies"))
    assert drill.labels == ("COOPERATE",) and drill.sources == ("IND", "IDN") and not drill.targets
    moldova = next(r for r in rows if r.text.startswith("TOKYO, August 18."))
    assert moldova.labels == ("AGREE",) and moldova.sources == ("JPN",) and moldova.targets == ("MDA",)  # relabelled 2026-12-06 (fixtures README, "Label convention: pledged aid")
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 12
    assert sum(r.labels == ("ACCUSE",) for r in rows) == 7
    assert sum(r.labels == ("CONSULT",) for r in rows) == 7  # visits and talks of foreign ministers
    assert sum(r.labels == ("AID",) for r in rows) == 4  # 5 before the pledged-aid relabel of 2026-12-06; donated medical equipment
    assert sum(r.labels == ("REQUEST",) for r in rows) == 4
    assert sum(r.labels == ("RETREAT",) for r in rows) == 4
    assert sum(r.labels == ("COOPERATE",) for r in rows) == 4  # joint naval drills
    assert sum(r.labels == ("COERCE",) for r in rows) == 3  # arrested fishermen
    assert sum(r.labels == ("THREATEN",) for r in rows) == 3
    assert sum("SANCTION" in r.labels for r in rows) == 5
    assert sum(not r.targets for r in rows) == 4
    assert sum(r.sources == r.targets for r in rows) == 6
    assert sum(r.date is None for r in rows) == 26
    earlier = _records_through("ag")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_ai_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_ah():
    # Held-out set AI (issue 13, PLOVER round 45: real news sentences of every PLOVER type, most of them verbal
    # conflict -- condemnations, protests, summonses, accusations of attacks, threats of retaliation, rejections,
    # demands -- beside attacks told by a reporter; pages cited in no other set, doc or source file): labelled
    # before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_ai.tsv")
    assert len(rows) == 77
    assert len({r.url for r in rows}) == 77
    first = rows[0]  # AI001, China Daily: Chinese officials lashed out at Japan's foreign minister Maehara
    assert first.labels == ("ACCUSE",) and first.sources == ("CHN",) and first.targets == ("JPN",)
    assert first.date == "2010-10-20"
    rejected = next(r for r in rows if r.text.startswith("Three days after South Korea proposed military talks"))
    assert rejected.labels == ("REJECT",) and rejected.sources == ("PRK",) and rejected.targets == ("KOR",)
    summoned = next(r for r in rows if r.text.startswith("Japan summoned a top Chinese diplomat"))
    assert summoned.labels == ("ACCUSE", "REQUEST") and summoned.targets == ("CHN",)
    warned = next(r for r in rows if r.text.startswith("The United States and Japan on Thursday urged"))
    assert warned.labels == ("REQUEST", "THREATEN") and warned.sources == ("USA", "JPN") and warned.targets == ("PRK",)
    assert sum(r.labels == ("ACCUSE",) for r in rows) == 20  # condemnations, protests, summonses, accusations
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 10  # shelling, air strikes and ambushes
    assert sum(r.labels == ("THREATEN",) for r in rows) == 8  # countermeasures and retaliation vowed
    assert sum(r.labels == ("REJECT",) for r in rows) == 4
    assert sum(r.labels == ("AID",) for r in rows) == 4
    assert sum(r.labels == ("AGREE",) for r in rows) == 4
    assert sum(r.labels == ("REQUEST",) for r in rows) == 3
    assert sum(r.labels == ("CONSULT",) for r in rows) == 3
    assert sum(r.labels == ("COOPERATE",) for r in rows) == 3
    assert sum(r.labels == ("PROTEST",) for r in rows) == 3
    assert sum("SANCTION" in r.labels for r in rows) == 2
    assert sum(not r.targets for r in rows) == 11  # joint drills, talks, agreements, a missile test
    assert sum(r.sources == r.targets for r in rows) == 9
    assert sum(r.date is None for r in rows) == 29
    earlier = _records_through("ah")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_aj_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_ai():
    # Held-out set AJ (issue 13, PLOVER round 46: real news sentences of every PLOVER type whose target is named by
    # a prepositional phrase, a possessive, a demonym, a place or only by the dateline or an earlier clause; pages
    # cited in no other set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_aj.tsv")
    assert len(rows) == 65
    assert len({r.url for r in rows}) == 65
    first = rows[0]  # AJ001, Los Angeles Times: the US and Arab partners struck militant positions in northern Syria
    assert first.labels == ("ASSAULT",) and first.sources == ("USA",) and first.targets == ("SYR",)
    assert first.date == "2014-09-29"
    militias = next(r for r in rows if r.text.startswith("In a major development, the United States"))
    assert militias.targets == ("SYR", "IRN")
    drones = next(r for r in rows if r.text.startswith("Israel shot down two Iranian"))
    assert drones.labels == ("ASSAULT",) and drones.sources == ("ISR",) and drones.targets == ("IRN",)
    borders = next(r for r in rows if r.text.startswith("Ecuador and Venezuela say"))
    assert borders.labels == ("MOBILIZE",) and borders.sources == ("ECU", "VEN") and borders.targets == ("COL",)
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 11  # air strikes and downed drones
    assert sum(r.labels == ("ACCUSE",) for r in rows) == 11  # protest notes, summonses, accusations
    assert sum(r.labels == ("AGREE", "AID") for r in rows) == 0  # 6 before the pledged-aid relabel of 2026-12-06; announced relief
    assert sum(r.labels == ("CONSULT",) for r in rows) == 6  # visits and talks
    assert sum(r.labels == ("COOPERATE",) for r in rows) == 4  # joint drills
    assert sum(r.labels == ("MOBILIZE",) for r in rows) == 4  # tanks and troops sent to a border
    assert sum(r.labels == ("AID",) for r in rows) == 4  # 3 before the pledged-aid relabel of 2026-12-06
    assert sum(r.labels == ("REJECT",) for r in rows) == 3
    assert sum(r.labels == ("COERCE",) for r in rows) == 2  # detained fishermen
    assert sum(r.labels == ("REQUEST",) for r in rows) == 2
    assert sum(r.labels == ("THREATEN",) for r in rows) == 2
    assert sum("SANCTION" in r.labels for r in rows) == 4
    assert sum(not r.targets for r in rows) == 8  # joint drills, talks, agreements, a joint deployment
    assert not any(r.sources == r.targets for r in rows)
    assert sum(r.date is None for r in rows) == 31
    earlier = _records_through("ai")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_ak_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_aj():
    # Held-out set AK (issue 13, PLOVER round 47: real news sentences of every PLOVER type chosen for source and
    # target told against word order -- passives with and without "by", reported clauses ("X said Y had fired"),
    # objects before subjects ("came under heavy shelling from Pakistani troops") and hosting and receiving verbs;
    # pages cited in no other set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_ak.tsv")
    assert len(rows) == 62
    assert len({r.url for r in rows}) == 62
    first = rows[0]  # AK001, Jerusalem Post: students threw rocks at the British Embassy in Tehran
    assert first.labels == ("PROTEST",) and first.sources == ("IRN",) and first.targets == ("GBR",)
    assert first.date is None
    attacked = next(r for r in rows if r.text.startswith("The Russian Embassy in London has been attacked by"))
    assert attacked.labels == ("PROTEST",) and attacked.sources == ("SYR",) and attacked.targets == ("RUS",)
    received = next(r for r in rows if r.text.startswith("President Mahmoud Ahmadinejad of Iran was officially welcomed"))
    assert received.labels == ("CONSULT",) and received.sources == ("IRQ",) and received.targets == ("IRN",)
    loan = next(r for r in rows if r.text.startswith("The Ministry of Finance has said that the State Bank"))
    assert loan.labels == ("AGREE",) and loan.sources == ("CHN",) and loan.targets == ("PAK",)  # relabelled 2026-12-06 (fixtures README, "Label convention: pledged aid")
    shelled = next(r for r in rows if r.text.startswith("Indian villages and parts of Kargil"))
    assert shelled.sources == ("PAK",) and shelled.targets == ("IND",)
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 19  # strikes, shelling, missiles told in the passive
    assert sum(r.labels == ("CONSULT",) for r in rows) == 12  # visits received, hosted, welcomed
    assert sum(r.labels == ("ACCUSE",) for r in rows) == 6
    assert sum(r.labels == ("AID",) for r in rows) == 4  # 5 before the pledged-aid relabel of 2026-12-06; aid sent, a loan received
    assert sum(r.labels == ("MOBILIZE",) for r in rows) == 5  # missile launches reported by Seoul
    assert sum(r.labels == ("PROTEST",) for r in rows) == 4  # embassies stormed
    assert sum(r.labels == ("COERCE",) for r in rows) == 2  # seized tankers
    assert sum(r.labels == ("SUPPORT", "AGREE") for r in rows) == 2  # signed loan agreements: the signing and the loan pledged (SUPPORT before news labels round 1, 2026-12-06 (fixtures README, "Label convention of the news sets: signed deals"))
    assert sum(r.labels == ("REQUEST",) for r in rows) == 2
    assert sum(r.labels == ("THREATEN",) for r in rows) == 1
    assert sum("SANCTION" in r.labels for r in rows) == 3
    assert sum(not r.targets for r in rows) == 9  # launches, joint talks, signed agreements
    assert not any(r.sources == r.targets for r in rows)
    assert sum(r.date is None for r in rows) == 38
    earlier = _records_through("aj")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_al_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_ak():
    # Held-out set AL (issue 13, PLOVER round 48: real news sentences of every PLOVER type whose target is named by
    # a preposition's object, a possessive, a passive agent, the object of a nominalisation or a second clause;
    # pages cited in no other set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_al.tsv")
    assert len(rows) == 55
    assert len({r.url for r in rows}) == 55
    first = rows[0]  # AL001, News & Observer: US airstrikes on Islamic State targets north of Aleppo
    assert first.labels == ("ASSAULT",) and first.sources == ("USA",) and first.targets == ("SYR",)
    assert first.date is None
    summoned = next(r for r in rows if r.text.startswith("On Monday, Iran's ambassador to the UK was summoned"))
    assert summoned.labels == ("ACCUSE",) and summoned.sources == ("GBR",) and summoned.targets == ("IRN",)
    expelling = next(r for r in rows if r.text.startswith("France, Germany, Canada and Poland each said"))
    assert expelling.sources == ("RUS",) and expelling.targets == ("FRA", "DEU", "CAN", "POL")
    appeal = next(r for r in rows if r.text.startswith("Japan responded on Tuesday to Pakistani President"))
    assert appeal.labels == ("AGREE",) and appeal.sources == ("JPN",) and appeal.targets == ("PAK",)  # relabelled 2026-12-06 (fixtures README, "Label convention: pledged aid")
    assert sum(r.labels == ("ACCUSE",) for r in rows) == 13  # summonses, condemnations, accusations (12 before news labels round 2: AL044 was ASSAULT/ACCUSE)
    assert sum(r.labels == ("SANCTION",) for r in rows) == 9  # sanctions, expelled diplomats, recalled envoys
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 8  # air strikes, rockets (7 before news labels round 2: AL007 was ASSAULT/ACCUSE)
    assert sum(r.labels == ("AGREE", "AID") for r in rows) == 0  # 4 before the pledged-aid relabel of 2026-12-06; earthquake aid pledged
    assert sum(r.labels == ("COERCE",) for r in rows) == 3
    assert sum(r.labels == ("MOBILIZE",) for r in rows) == 3  # troops sent to a border
    assert sum(r.labels == ("REQUEST",) for r in rows) == 3
    assert sum(r.labels == ("REJECT",) for r in rows) == 2
    assert sum(r.labels == ("THREATEN",) for r in rows) == 2
    assert sum("ASSAULT" in r.labels for r in rows) == 10  # 11 before news labels round 2 (AL044 now ACCUSE)
    assert not any(not r.targets for r in rows)
    assert not any(r.sources == r.targets for r in rows)
    assert sum(r.date is None for r in rows) == 27
    earlier = _records_through("ak")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_am_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_al():
    # Held-out set AM (issue 13, PLOVER round 49: real news sentences of every PLOVER type, not only conflict --
    # talks, agreements, aid, threats, rejections, withdrawals and released hostages, arrests and raids, peace deals,
    # protests against a visit, deployments; pages cited in no other set, doc or source file): labelled before any
    # code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_am.tsv")
    assert len(rows) == 63
    assert len({r.url for r in rows}) == 63
    first = rows[0]  # AM001, IANS: Cho Hyun met his Iranian counterpart in New York
    assert first.labels == ("CONSULT",) and first.sources == ("KOR",) and first.targets == ("IRN",)
    assert first.date is None
    tariff = next(r for r in rows if r.text.startswith("Mexico slapped a 25% import tariff"))
    assert tariff.labels == ("COERCE", "SANCTION") and tariff.sources == ("MEX",) and tariff.targets == ("USA",)
    hostages = next(r for r in rows if r.text.startswith("BOGOTA - Four Chinese hostages"))
    assert hostages.labels == ("RETREAT",) and hostages.sources == ("COL",) and hostages.targets == ("CHN",)
    protested = next(r for r in rows if r.text.startswith("Japan, the United States and the United Kingdom"))
    assert protested.labels == ("ACCUSE",) and protested.sources == ("JPN", "USA", "GBR") and protested.targets == ("PRK",)
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 9  # checkpoints stormed, air strikes
    assert sum(r.labels == ("COERCE",) for r in rows) == 6  # arrests, raids, boats seized
    assert sum(r.labels == ("RETREAT",) for r in rows) == 6  # pullouts, prisoners and hostages freed
    assert sum(r.labels == ("AGREE",) for r in rows) == 2  # 5 before news labels round 1, 2026-12-06 (fixtures README, "Label convention of the news sets: signed deals"); agreed cooperation (the three peace deals signed are SUPPORT)
    assert sum(r.labels == ("MOBILIZE",) for r in rows) == 5
    assert sum(r.labels == ("CONSULT",) for r in rows) == 4
    assert sum(r.labels == ("THREATEN",) for r in rows) == 4
    assert sum(r.labels == ("ACCUSE",) for r in rows) == 4
    assert sum(r.labels == ("REJECT",) for r in rows) == 4
    assert sum(r.labels == ("SUPPORT",) for r in rows) == 6  # 3 before news labels round 1, 2026-12-06 (fixtures README, "Label convention of the news sets: signed deals")
    assert sum(r.labels == ("AID",) for r in rows) == 3
    assert sum(r.labels == ("PROTEST",) for r in rows) == 3
    assert sum(r.labels == ("COOPERATE",) for r in rows) == 2
    assert sum(r.labels == ("REQUEST",) for r in rows) == 2
    assert sum(not r.targets for r in rows) == 7  # joint drills and agreements, a threat to "other countries"
    assert sum(r.sources == r.targets for r in rows) == 15  # acts inside one state
    assert sum(r.date is None for r in rows) == 43
    earlier = _records_through("al")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_an_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_am():
    # Held-out set AN (issue 13, PLOVER round 50: real news sentences of attacks, accusations and sanctions whose
    # doer is told as a demonym, a possessive or a passive agent -- "an Israeli airstrike", "Saudi-led air strikes",
    # "killed by a Russian missile strike", "Pakistani shelling", "accused Seoul of"; pages cited in no other set,
    # doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_an.tsv")
    assert len(rows) == 60
    assert len({r.url for r in rows}) == 60
    first = rows[0]  # AN001, KEYT: one person killed in an Israeli airstrike in the Gaza Strip
    assert first.labels == ("ASSAULT",) and first.sources == ("ISR",) and first.targets == ("PSE",)
    assert first.date == "2023-05-03"
    warplanes = next(r for r in rows if r.text.startswith("In a statement, the army said Ahmed Abu-Deka"))
    assert warplanes.labels == ("ASSAULT",) and warplanes.sources == ("ISR",) and warplanes.targets == ("PSE",)
    blamed = next(r for r in rows if r.text.startswith("The United States and Britain on Monday warned"))
    assert blamed.labels == ("ACCUSE",) and blamed.sources == ("USA", "GBR") and blamed.targets == ("RUS",)
    sanctions = next(r for r in rows if r.text.startswith("Washington also set sanctions Wednesday"))
    assert sanctions.labels == ("COERCE", "SANCTION") and sanctions.sources == ("USA",) and sanctions.targets == ("SYR", "BLR")
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 35  # air strikes, shelling, missiles, border fire
    assert sum(r.labels == ("ACCUSE",) for r in rows) == 13
    assert sum(r.labels == ("COERCE", "SANCTION") for r in rows) == 8
    assert sum(r.labels == ("REQUEST",) for r in rows) == 2
    assert sum(r.labels == ("REJECT",) for r in rows) == 1
    assert sum(r.labels == ("ASSAULT", "COERCE") for r in rows) == 1  # water cannon
    assert all(r.targets for r in rows)
    assert sum(r.sources == r.targets for r in rows) == 2  # separatists and Ukrainian forces in eastern Ukraine
    assert sum(r.date is None for r in rows) == 35
    earlier = _records_through("am")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_ao_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_an():
    # Held-out set AO (issue 13, PLOVER round 51: real news sentences of condemnations, accusations, demands,
    # denials and threats told beside the acts they are about -- "condemned a Russian missile strike on Kyiv",
    # "accused the Sri Lankan government of shelling civilians", "blamed Israel's intelligence service for a bus
    # bombing", "demanded the military in Niger return to their barracks", "denied any role in the drone attack";
    # pages cited in no other set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_ao.tsv")
    assert len(rows) == 62
    assert len({r.url for r in rows}) == 62
    first = rows[0]  # AO001, Devdiscourse: the State Department condemned a Russian missile strike on Kyiv
    assert first.labels == ("ACCUSE",) and first.sources == ("USA",) and first.targets == ("RUS",)
    assert first.date == "2024-12-21"
    shelling = next(r for r in rows if r.text.startswith("The Tamil Tigers have accused"))
    assert shelling.labels == ("ACCUSE",) and shelling.sources == ("LKA",) and shelling.targets == ("LKA",)
    bus = next(r for r in rows if r.text.startswith("A roadside bomb tore through a civilian bus"))
    # AO012 was ASSAULT/ACCUSE; news labels round 2: "..., the army said, blaming Tamil Tiger rebels" is the act alone
    assert bus.labels == ("ASSAULT",) and bus.sources == ("LKA",) and bus.targets == ("LKA",)
    denied = next(r for r in rows if r.text.startswith("Iran on Monday denied any role"))
    assert denied.labels == ("REJECT",) and denied.sources == ("IRN",) and denied.targets == ("USA",)
    barracks = next(r for r in rows if r.text.startswith("The African Union has demanded the military in Niger"))
    assert barracks.labels == ("REQUEST",) and barracks.sources == ("IGO",) and barracks.targets == ("NER",)
    assert sum(r.labels == ("ACCUSE",) for r in rows) == 29  # condemnations, accusations, blame, summoned envoys
    assert sum(r.labels == ("REQUEST",) for r in rows) == 10  # demands, calls for release or withdrawal
    assert sum(r.labels == ("REJECT",) for r in rows) == 7  # denials of a role, accusations rejected
    assert sum(r.labels == ("THREATEN",) for r in rows) == 3
    assert sum(r.labels == ("PROTEST",) for r in rows) == 3  # rallies demanding US troops leave
    assert sum("ACCUSE" in r.labels and "REQUEST" in r.labels for r in rows) == 5  # condemned and called for
    assert all(r.targets for r in rows)
    assert sum(r.sources == r.targets for r in rows) == 5  # Sri Lanka's and Nepal's conflicts, a state's request
    assert sum(r.date is None for r in rows) == 24
    earlier = _records_through("an")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_ap_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_ao():
    # Held-out set AP (issue 13, PLOVER round 52: real news sentences of stances told by a noun or a judgement --
    # "lodged a strong protest with the US Charge d'Affaires", "expressed strong dissatisfaction and firm
    # opposition", "issued a stern warning against military build-up", "voiced concern about the detention",
    # "will file a complaint to the United Nations", "said ISIS was behind the ambush"; pages cited in no other
    # set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_ap.tsv")
    assert len(rows) == 44
    assert len({r.url for r in rows}) == 44
    first = rows[0]  # AP001, National Herald: the MEA conveyed its strong protest over the flag taken down in London
    assert first.labels == ("ACCUSE",) and first.sources == ("IND",) and first.targets == ("GBR",)
    assert first.date == "2023-03-20"
    warning = next(r for r in rows if r.text.startswith("Russia on Saturday issued a stern warning"))
    assert warning.labels == ("THREATEN",) and warning.sources == ("RUS",) and warning.targets == ("IGO",)
    denied = next(r for r in rows if r.text.startswith("The Kremlin denied"))
    assert denied.labels == ("REJECT",) and denied.sources == ("RUS",) and denied.targets == ("EST",)
    behind = next(r for r in rows if r.text.startswith("But the group’s Amaq news agency said ISIS was behind"))
    assert behind.labels == ("ASSAULT",) and behind.sources == ("PAK",) and behind.targets == ("PAK",)
    assert sum(r.labels == ("ACCUSE",) for r in rows) == 30  # protests lodged, envoys summoned, concern voiced
    assert sum(r.labels == ("THREATEN",) for r in rows) == 4  # warnings issued
    assert sum(r.labels == ("REQUEST",) for r in rows) == 3
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 3  # an ambush, attacks claimed or said to be behind
    assert sum(len(r.labels) == 2 for r in rows) == 3  # protested and warned, dissatisfied and urged
    assert all(r.targets for r in rows)
    assert sum(r.sources == r.targets for r in rows) == 2  # militants' attacks in Pakistan
    assert sum(r.date is None for r in rows) == 25
    earlier = _records_through("ao")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_aq_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_ap():
    # Held-out set AQ (issue 13, PLOVER round 53: real news sentences whose targets are of the kinds the coder
    # misses -- a state's own rebels, protesters, opposition or rights groups ("launched a wide offensive against
    # Shi'ite rebels", "police arrested 193 people including three opposition leaders"), an organisation ("ambushed
    # a United Nations convoy", "searched the Moscow offices of New-York based Human Rights Watch"), a place ("struck
    # targets in the Gaza Strip", "subjected the town of Gorlovka to a merciless attack"); pages cited in no other
    # set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_aq.tsv")
    assert len(rows) == 46
    assert len({r.url for r in rows}) == 46
    first = rows[0]  # AQ001, Trend: Yemeni troops launched a wide offensive against Shi'ite rebels in the north
    assert first.labels == ("ASSAULT",) and first.sources == ("YEM",) and first.targets == ("YEM",)
    assert first.date is None
    convoy = next(r for r in rows if r.text.startswith("BAMAKO, Mali (AP)"))
    assert convoy.labels == ("ASSAULT",) and convoy.sources == ("MLI",) and convoy.targets == ("IGO",)
    raid = next(r for r in rows if r.text.startswith("RUSSIAN authorities have searched"))
    assert raid.labels == ("COERCE",) and raid.sources == ("RUS",) and raid.targets == ("IGO",)
    gaza = next(r for r in rows if r.text.startswith("Jerusalem – Israel launched air strikes"))
    assert gaza.labels == ("ASSAULT",) and gaza.sources == ("ISR",) and gaza.targets == ("PSE", "LBN")
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 31  # offensives, shootings, air strikes, ambushes
    assert sum(r.labels == ("COERCE",) for r in rows) == 12  # arrests, raids, closures, a ban, a sentence
    assert sum(r.labels == ("SANCTION",) for r in rows) == 3
    assert all(r.targets for r in rows)
    assert sum(r.sources == r.targets for r in rows) == 31  # acts inside one state
    assert sum(r.targets == ("IGO",) for r in rows) == 5  # UN convoys, Human Rights Watch
    assert sum(r.date is None for r in rows) == 23
    earlier = _records_through("ap")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_ar_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_aq():
    # Held-out set AR (issue 13, PLOVER round 54: real news sentences of acts between two states of many types --
    # "struck several Syrian military targets", "slapped sanctions", "has announced a $ 100 million humanitarian
    # support package for Pakistan", "has arrested a Spanish national of Russian origin on suspicion of participating
    # in foreign intelligence activities", "have handed over 306 Afghan prisoners", "offered to mediate"; pages cited
    # in no other set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_ar.tsv")
    assert len(rows) == 46
    assert len({r.url for r in rows}) == 46
    first = rows[0]  # AR001, Israel and Stuff: the Israel Air Force struck several Syrian military targets
    assert first.labels == ("ASSAULT",) and first.sources == ("ISR",) and first.targets == ("SYR",)
    assert first.date is None
    spy = next(r for r in rows if r.text.startswith("Poland has arrested a Spanish national"))
    assert spy.labels == ("COERCE",) and spy.sources == ("POL",) and spy.targets == ("ESP", "RUS")
    swap = next(r for r in rows if r.text.startswith("Russia and Ukraine have exchanged 102 prisoners"))
    assert swap.labels == ("RETREAT",) and swap.sources == ("RUS", "UKR") and swap.targets == ()
    received = next(r for r in rows if r.text.startswith("Israel on Monday received its 500th"))
    assert received.labels == ("AID",) and received.sources == ("USA",) and received.targets == ("ISR",)
    assert sum("AID" in r.labels for r in rows) == 3  # 7 before the pledged-aid relabel of 2026-12-06; aid pledged, offered, delivered and received
    assert sum("ASSAULT" in r.labels for r in rows) == 7  # strikes, shelling, water cannon
    assert sum("COERCE" in r.labels for r in rows) == 7  # ships seized, spies arrested, a border closed
    assert sum("REQUEST" in r.labels for r in rows) == 5  # calls for a withdrawal
    assert sum(len(r.labels) == 2 for r in rows) == 3
    assert sum(not r.targets for r in rows) == 1
    assert not any(set(r.sources) & set(r.targets) for r in rows)  # every act is between two states
    assert sum(r.date is None for r in rows) == 12
    earlier = _records_through("aq")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_as_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_ar():
    # Held-out set AS (issue 13, PLOVER round 55: real news sentences of acts by armed groups, police, courts,
    # ministries and agencies -- sentences and bans ("was sentenced on Friday to four years in prison", "imposed a
    # blanket ban on political rallies"), raids and seizures, tear gas, indictments, deployments, relief, attacks
    # on police stations and schools, threats to kill hostages, releases of captives and denials; pages cited in
    # no other set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_as.tsv")
    assert len(rows) == 49
    assert len({r.url for r in rows}) == 49
    first = rows[0]  # AS001, Kyiv Post: a Russian opposition activist was jailed for eight years
    assert first.labels == ("COERCE",) and first.sources == ("RUS",) and first.targets == ("RUS",)
    assert first.date is None
    bail = next(r for r in rows if r.text.startswith("A Zimbabwean court has released"))
    assert bail.labels == ("RETREAT",) and bail.sources == ("ZWE",) and bail.targets == ("USA", "GBR")
    threat = next(r for r in rows if r.text.startswith("NAIROBI, Jan. 24 (Xinhua)"))
    assert threat.labels == ("THREATEN",) and threat.sources == ("SOM",) and threat.targets == ("KEN",)
    assert sum(r.labels == ("COERCE",) for r in rows) == 17  # sentences, bans, raids, seizures, tear gas
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 7
    assert sum(r.labels == ("RETREAT",) for r in rows) == 6  # captives and prisoners released
    assert sum(r.labels == ("ACCUSE", "COERCE") for r in rows) == 3  # indictments
    assert sum(r.labels == ("MOBILIZE",) for r in rows) == 4
    assert sum(r.labels == ("THREATEN",) for r in rows) == 4
    assert sum(r.labels == ("AID",) for r in rows) == 3
    assert sum(r.labels == ("REJECT",) for r in rows) == 3
    assert all(r.targets for r in rows)
    assert sum(r.sources == r.targets for r in rows) == 46  # acts inside one state
    assert sum(r.date is None for r in rows) == 29
    earlier = _records_through("ar")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_at_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_as():
    # Held-out set AT (issue 13, PLOVER round 56: acts between states told in the passive ("was shot down by an
    # Iranian surface-to-air missile", "was subjected to the heaviest rocket attack by the Russians", "have been
    # summoned to the Russian Foreign Ministry"), with "against" ("adopted sanctions against Belarus"), beside a
    # third state or a place ("struck Polish territory along its border with Ukraine", "bombed PKK positions ... in
    # northern Iraq", "hosted a new round of talks between the United States and the Afghan Taliban"); pages cited
    # in no other set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_at.tsv")
    assert len(rows) == 52
    assert len({r.url for r in rows}) == 52
    first = rows[0]  # AT001, SOTT: air defense systems in Syria were activated in response to Israeli airstrikes
    assert first.labels == ("ASSAULT",) and first.sources == ("ISR",) and first.targets == ("SYR",)
    assert first.date == "2021-07-20"
    drone = next(r for r in rows if r.text.startswith("A U.S. Navy high-altitude drone was shot down"))
    assert drone.labels == ("ASSAULT",) and drone.sources == ("IRN",) and drone.targets == ("USA",)
    barrage = next(r for r in rows if r.text.startswith("Today, Ukraine was subjected"))
    assert barrage.labels == ("ASSAULT",) and barrage.sources == ("RUS",) and barrage.targets == ("UKR",)
    expelled = next(r for r in rows if r.text.startswith("The largest groups of diplomats have been expelled"))
    assert expelled.labels == ("SANCTION",) and expelled.targets == ("RUS",)
    assert expelled.sources == ("POL", "DEU", "SVK", "FRA", "ITA")
    hosted = next(r for r in rows if r.text.startswith("The State of Qatar hosted"))
    assert hosted.labels == ("CONSULT",) and hosted.sources == ("QAT",) and hosted.targets == ("USA", "AFG")
    assert sum("ASSAULT" in r.labels for r in rows) == 21  # air strikes, shelling across the LoC, drones shot down
    assert sum("ACCUSE" in r.labels for r in rows) == 11  # envoys summoned, strikes called violations
    assert sum("SANCTION" in r.labels for r in rows) == 7  # sanctions imposed, diplomats expelled
    assert sum("COERCE" in r.labels for r in rows) == 5  # foreigners arrested as spies, a ship seized
    assert sum("CONSULT" in r.labels for r in rows) == 4  # talks hosted or mediated
    assert sum(len(r.labels) == 2 for r in rows) == 1
    assert all(r.targets for r in rows)
    assert not any(set(r.sources) & set(r.targets) for r in rows)  # every act is between two states
    assert sum(r.date is None for r in rows) == 23
    earlier = _records_through("as")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_au_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_at():
    # Held-out set AU (issue 13, PLOVER round 57: acts between states reported by the victim's officials ("the
    # Philippines said the China Coast Guard fired water cannon"), told after or in response to an earlier act ("in
    # retaliation for several mortar shells fired from Syria", "after Israeli settlements were shelled"), or in the
    # passive ("were detained by the Sri Lankan Navy"); pages cited in no other set, doc or source file): labelled
    # before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_au.tsv")
    assert len(rows) == 48
    assert len({r.url for r in rows}) == 37
    first = rows[0]  # AU001, Hamodia: the Israeli Air Force struck a Syrian target in retaliation for mortar shells
    assert first.labels == ("ASSAULT",) and first.sources == ("ISR",) and first.targets == ("SYR",)
    assert first.date == "2016-07-25"
    border = next(r for r in rows if r.text.startswith("The Taliban have carried out a border attack"))
    assert border.labels == ("ASSAULT",) and border.sources == ("AFG",) and border.targets == ("PAK",)
    expelling = next(r for r in rows if r.text.startswith("The United States is expelling"))
    assert expelling.labels == ("SANCTION",) and expelling.sources == ("USA",) and expelling.targets == ("RUS",)
    fishermen = next(r for r in rows if r.text.startswith("14 Indian fishermen"))
    assert fishermen.labels == ("COERCE",) and fishermen.sources == ("LKA",) and fishermen.targets == ("IND",)
    killed = next(r for r in rows if r.text.startswith("Four Pakistani soldiers have been killed"))
    assert killed.labels == ("ASSAULT",) and killed.sources == ("IND",) and killed.targets == ("PAK",)
    assert sum("ASSAULT" in r.labels for r in rows) == 28  # strikes, shelling, fire across a border, drones shot down
    assert sum("ACCUSE" in r.labels for r in rows) == 8  # envoys summoned, condemnations, a protest
    assert sum("COERCE" in r.labels for r in rows) == 7  # fishermen detained, entry closed, sanctions
    assert sum("SANCTION" in r.labels for r in rows) == 4  # a diplomat expelled, a treaty suspended, sanctions
    assert sum(len(r.labels) == 2 for r in rows) == 2
    assert all(r.targets for r in rows)
    assert not any(set(r.sources) & set(r.targets) for r in rows)  # every act is between two states
    assert sum(r.date is None for r in rows) == 26
    earlier = _records_through("at")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_av_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_au():
    # Held-out set AV (issue 13, PLOVER round 58: acts between states reported by the victim's or a third state's
    # officials or media ("Ukraine's Air Force said", "the official Syrian news agency Sana reported", "according to
    # the Army", "Pakistan had alleged that Indian troops resorted to unprovoked firing"); pages cited in no other
    # set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_av.tsv")
    assert len(rows) == 46
    assert len({r.url for r in rows}) == 36
    first = rows[0]  # AV001, Nasdaq (Reuters): Russia launched 17 drones overnight, Ukraine's Air Force said
    assert first.labels == ("ASSAULT",) and first.sources == ("RUS",) and first.targets == ("UKR",)
    assert first.date == "2023-08-19"
    downed = next(r for r in rows if r.text.startswith("Russian air defence systems destroyed a Ukraine-launched"))
    assert downed.labels == ("ASSAULT",) and downed.sources == ("RUS",) and downed.targets == ("UKR",)
    sana = next(r for r in rows if r.text.startswith("Israeli fighter jets hit targets in Syria"))
    assert sana.labels == ("ASSAULT",) and sana.sources == ("ISR",) and sana.targets == ("SYR",)
    alleged = next(r for r in rows if r.text.startswith("Pakistan had alleged"))
    # AV028 was ASSAULT IND > PAK; relabelled in news labels round 2 (fixtures README, "the news sets' claim verbs"):
    # an allegation against another told by the main verb is the accusation, accuser > accused
    assert alleged.labels == ("ACCUSE",) and alleged.sources == ("PAK",) and alleged.targets == ("IND",)
    summoned = next(r for r in rows if r.text.startswith("The Iraqi government summoned"))
    assert summoned.labels == ("ACCUSE",) and summoned.sources == ("IRQ",) and summoned.targets == ("TUR",)
    assert sum("ASSAULT" in r.labels for r in rows) == 34  # drones, air strikes, shelling and fire across a border (36 before news labels round 2: AV026, AV028)
    assert sum("ACCUSE" in r.labels for r in rows) == 10  # condemnations, envoys summoned, airspace violated, allegations (8 before news labels round 2)
    assert sum(len(r.labels) == 2 for r in rows) == 0
    assert all(r.targets for r in rows)
    assert not any(set(r.sources) & set(r.targets) for r in rows)  # every act is between two states
    assert sum(r.date is None for r in rows) == 27
    earlier = _records_through("au")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_aw_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_av():
    # Held-out set AW (issue 13, PLOVER round 59: acts told in the passive ("was shot dead by Indian troops", "were
    # arrested by the Coastal Security Group", "was hit Monday by a missile fired by the Houthis") and acts whose
    # reporter comes after the act, with the victim's city as the dateline ("MUZAFFARABAD:", "Beirut:"); pages cited
    # in no other set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_aw.tsv")
    assert len(rows) == 52
    assert len({r.url for r in rows}) == 39
    first = rows[0]  # AW001, Daily Sabah: Palestinian villages raided by settlers
    assert first.labels == ("ASSAULT",) and first.sources == ("ISR",) and first.targets == ("PSE",)
    assert first.date == "2024-04-21"
    crosser = next(r for r in rows if r.text.startswith("MUZAFFARABAD: A 25-year-old inadvertent crosser"))
    assert crosser.labels == ("ASSAULT",) and crosser.sources == ("IND",) and crosser.targets == ("PAK",)
    fishermen = next(r for r in rows if r.text.startswith("Two Sri Lankan fishermen were arrested by"))
    assert fishermen.labels == ("COERCE",) and fishermen.sources == ("IND",) and fishermen.targets == ("LKA",)
    vessel = next(r for r in rows if r.text.startswith("A U.S.-owned commercial vessel in the Gulf of Aden"))
    assert vessel.labels == ("ASSAULT",) and vessel.sources == ("YEM",) and vessel.targets == ("USA",)
    deported = next(r for r in rows if r.text.startswith("Another batch of 21 Ghanaians"))
    assert deported.labels == ("COERCE",) and deported.sources == ("NGA",) and deported.targets == ("GHA",)
    assert sum("ASSAULT" in r.labels for r in rows) == 25  # shootings, air and drone strikes, missiles, a landmine
    assert sum("COERCE" in r.labels for r in rows) == 18  # arrests, detentions, deportations, a sanction
    assert sum(len(r.labels) == 2 for r in rows) == 1
    assert all(r.targets for r in rows)
    assert not any(set(r.sources) & set(r.targets) for r in rows)  # every act is between two states
    assert sum(r.date is None for r in rows) == 33
    earlier = _records_through("av")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_ax_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_aw():
    # Held-out set AX (issue 13, PLOVER round 60: acts of police, courts, armed groups, ministries and agencies
    # inside one state ("Police in the eastern city of Lahore rounded up dozens of leaders", "was freed from jail on
    # interim bail by the Supreme Court", "Sudanese police denied shooting protesters"); pages cited in no other set,
    # doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_ax.tsv")
    assert len(rows) == 53
    assert len({r.url for r in rows}) == 37
    first = rows[0]  # AX001, WION: the police arrested two opposition leaders a day before a planned rally
    assert first.labels == ("COERCE",) and first.sources == ("BGD",) and first.targets == ("BGD",)
    assert first.date is None
    lahore = next(r for r in rows if r.text.startswith("Police in the eastern city of Lahore"))
    assert lahore.labels == ("COERCE",) and lahore.sources == ("PAK",) and lahore.targets == ("PAK",)
    assert lahore.date == "2002-03-24"
    hikers = next(r for r in rows if r.text.startswith("Colombian Marxist rebels on Monday released"))
    assert hikers.labels == ("RETREAT",) and hikers.sources == ("COL",) and hikers.targets == ("ISR", "GBR")
    bail = next(r for r in rows if r.text.startswith("NEW DELHI — A top Indian opposition leader was freed"))
    assert bail.labels == ("RETREAT",) and bail.sources == ("IND",) and bail.targets == ("IND",)
    denied = next(r for r in rows if r.text.startswith("Sudanese police denied shooting protesters"))
    assert denied.labels == ("REJECT",) and denied.sources == ("SDN",) and denied.targets == ("SDN",)
    assert sum("COERCE" in r.labels for r in rows) == 13  # arrests, curfews, crowd control, charges, a detention
    assert sum("RETREAT" in r.labels for r in rows) == 12  # bail, hostages freed, a curfew relaxed or a ban lifted
    assert sum("ASSAULT" in r.labels for r in rows) == 11  # attacks on police stations, an ambush, hostage-taking
    assert sum("MOBILIZE" in r.labels for r in rows) == 7  # troops and the National Guard deployed at home
    assert sum("REJECT" in r.labels for r in rows) == 6  # police and army denials
    assert sum(len(r.labels) == 2 for r in rows) == 5
    assert all(r.targets for r in rows)
    assert sum(r.sources == r.targets for r in rows) == 50  # every act but three is inside one state
    assert sum(r.date is None for r in rows) == 26
    earlier = _records_through("aw")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_ay_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_ax():
    # Held-out set AY (issue 13, PLOVER round 61: withdrawals of troops, releases of prisoners and hostages, lifted
    # and eased sanctions and ceasefires ("France has completed the withdrawal of its troops from Niger", "released
    # 172 Indian fishermen", "eased sanctions on Venezuela's energy sector", "declared an indefinite unilateral
    # ceasefire"); pages cited in no other set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_ay.tsv")
    assert len(rows) == 52
    assert len({r.url for r in rows}) == 24
    first = rows[0]  # AY001, Xinhua: the U.S. government lifted the sanctions on Sudan
    assert first.labels == ("RETREAT",) and first.sources == ("USA",) and first.targets == ("SDN",)
    assert first.date == "2017-10-07"
    swap = next(r for r in rows if r.text.startswith("Russia and Ukraine have swapped nearly three hundred"))
    assert swap.labels == ("RETREAT",) and swap.sources == ("RUS", "UKR") and swap.targets == ()
    niger = next(r for r in rows if r.text.startswith("ABUJA, Nigeria (AP) — France has completed the withdrawal"))
    assert niger.labels == ("RETREAT",) and niger.sources == ("FRA",) and niger.targets == ("NER",)
    farc = next(r for r in rows if r.text.startswith("BOGOTA, (Reuters) – Colombia’s Marxist FARC rebels"))
    assert farc.labels == ("RETREAT",) and farc.sources == ("COL",) and farc.targets == ("COL",)
    council = next(r for r in rows if r.text.startswith("The U.N. Security Council on Friday called for"))
    assert council.labels == ("REQUEST", "THREATEN") and council.sources == ("IGO",) and council.targets == ("SSD",)
    assert sum("RETREAT" in r.labels for r in rows) == 38  # withdrawals, releases, sanctions lifted or eased, ceasefires
    assert sum("REQUEST" in r.labels for r in rows) == 5  # demands to withdraw, to reciprocate, to lift bans
    assert sum("ASSAULT" in r.labels for r in rows) == 4  # killings and kidnappings
    assert sum(len(r.labels) == 2 for r in rows) == 1
    assert sum(not r.targets for r in rows) == 3  # a prisoner swap and a pullback and a deal of both sides
    assert sum(r.sources == r.targets for r in rows) == 11  # ceasefires and releases inside one state
    assert sum(r.date is None for r in rows) == 22
    earlier = _records_through("ax")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_az_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_ay():
    # Held-out set AZ (issue 13, PLOVER round 62: acts of police, courts, militaries, armed groups and governments,
    # 40 of 45 inside one state ("Pakistani police arrested several lawmakers on Sunday", "Rebels attacked a major
    # Syrian army base", "curfew was relaxed for five hours"); pages cited in no other set, doc or source file):
    # labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_az.tsv")
    assert len(rows) == 45
    assert len({r.url for r in rows}) == 20
    first = rows[0]  # AZ001, Minivan News: three people arrested at an opposition protest in Malé
    assert first.labels == ("COERCE",) and first.sources == ("MDV",) and first.targets == ("MDV",)
    assert first.date is None
    embassy = next(r for r in rows if r.text.startswith("Russia's Foreign Ministry on Friday accused the US"))
    assert embassy.labels == ("ACCUSE",) and embassy.sources == ("RUS",) and embassy.targets == ("USA",)
    assert embassy.date == "2019-08-10"
    kabul = next(r for r in rows if r.text == "Kabul denies the charge.")
    assert kabul.labels == ("REJECT",) and kabul.sources == ("AFG",) and kabul.targets == ("PAK",)
    airstrikes = next(r for r in rows if r.text.startswith("The government and its ally Russia responded"))
    assert airstrikes.labels == ("ASSAULT",) and airstrikes.sources == ("SYR", "RUS") and airstrikes.targets == ("SYR",)
    curfew = next(r for r in rows if r.text.startswith("NEW DELHI - In India, curfew has been clamped"))
    assert curfew.labels == ("COERCE", "MOBILIZE") and curfew.sources == ("IND",) and curfew.targets == ("IND",)
    assert sum("ASSAULT" in r.labels for r in rows) == 24  # clashes, attacks on bases, air strikes, shootings
    assert sum("COERCE" in r.labels for r in rows) == 14  # arrests, sentences, curfews, roads blocked
    assert sum("ACCUSE" in r.labels for r in rows) == 3
    assert sum(len(r.labels) == 2 for r in rows) == 2
    assert all(r.targets for r in rows)
    assert sum(r.sources == r.targets for r in rows) == 40  # every act but five is inside one state
    assert sum(r.date is None for r in rows) == 26
    earlier = _records_through("ay")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_ba_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_az():
    # Held-out set BA (issue 13, PLOVER round 63: acts of courts, prosecutors, authorities, police and governments,
    # all 38 inside one state ("the Islamabad High Court (IHC) ordered her release", "South Korean prosecutors Tuesday
    # charged former Prime Minister", "After tolerating the initial protests, authorities cracked down"); pages cited
    # in no other set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_ba.tsv")
    assert len(rows) == 38
    assert len({r.url for r in rows}) == 15
    first = rows[0]  # BA001, Republic World: the Islamabad High Court orders Shireen Mazari's release
    assert first.labels == ("REQUEST",) and first.sources == ("PAK",) and first.targets == ("PAK",)
    assert first.date is None
    prosecutors = next(r for r in rows if r.text.startswith("South Korean prosecutors Tuesday charged"))
    assert prosecutors.labels == ("ACCUSE",) and prosecutors.sources == ("KOR",) and prosecutors.targets == ("KOR",)
    robles = next(r for r in rows if r.text.startswith("Rosario Robles, a cabinet member"))
    assert robles.labels == ("COERCE",) and robles.sources == ("MEX",) and robles.targets == ("MEX",)
    assert robles.date == "2019-08-13"
    minsk = next(r for r in rows if r.text.startswith("After tolerating the initial protests"))
    assert minsk.labels == ("COERCE",) and minsk.sources == ("BLR",) and minsk.targets == ("BLR",)
    assert sum("COERCE" in r.labels for r in rows) == 24  # arrests, raids, a banned rally, a crackdown
    assert sum("REQUEST" in r.labels for r in rows) == 11  # courts ordering a release
    assert sum("REJECT" in r.labels for r in rows) == 2
    assert all(len(r.labels) == 1 for r in rows)
    assert all(r.sources == r.targets for r in rows)  # every act is inside one state
    assert sum(r.date is None for r in rows) == 24
    earlier = _records_through("az")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_bb_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_ba():
    # Held-out set BB (issue 13, PLOVER round 64: arrests, releases, protests, crackdowns, strikes and raids, 47 of 48
    # inside one state ("Riot police wielding truncheons broke up an opposition rally", "Myanmar pardoned and began
    # freeing 3,073 prisoners Tuesday", "thousands of teachers in Kentucky and Oklahoma spent Monday on strike"); pages
    # cited in no other set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_bb.tsv")
    assert len(rows) == 48
    assert len({r.url for r in rows}) == 16
    first = rows[0]  # BB001, Los Angeles Times: riot police break up an opposition rally in Nizhny Novgorod
    assert first.labels == ("COERCE",) and first.sources == ("RUS",) and first.targets == ("RUS",)
    assert first.date == "2007-03-25"
    rally = next(r for r in rows if r.text.startswith("Still, organizer Natalya Morar said"))
    assert rally.labels == ("PROTEST", "COERCE") and rally.sources == ("RUS",) and rally.targets == ("RUS",)
    amnesty = next(r for r in rows if r.text.startswith("Myanmar pardoned and began freeing"))
    assert amnesty.labels == ("RETREAT",) and amnesty.sources == ("MMR",) and amnesty.targets == ("MMR",)
    based = next(r for r in rows if r.text.startswith("The Afghanistan-based militant group"))
    assert based.labels == ("ASSAULT",) and based.sources == ("AFG",) and based.targets == ("PAK",)
    assert sum("COERCE" in r.labels for r in rows) == 20  # arrests, raids, a rally broken up, a crackdown
    assert sum("ASSAULT" in r.labels for r in rows) == 13  # raids on hideouts ending in a shootout
    assert sum("RETREAT" in r.labels for r in rows) == 9  # amnesties, releases, bail
    assert sum("PROTEST" in r.labels for r in rows) == 6  # rallies and strikes
    assert sum(len(r.labels) == 2 for r in rows) == 3
    assert sum(r.sources == r.targets for r in rows) == 47  # every act but one is inside one state
    assert sum(r.date is None for r in rows) == 14
    earlier = _records_through("ba")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_bc_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_bb():
    # Held-out set BC (issue 13, PLOVER round 65: detentions told in the passive, raids and clashes told by nouns,
    # accusations, demands and appeals, 40 of 54 inside one state ("Statkevich was detained immediately after leaving
    # his home", "Clashes between Iraqi protesters and security forces in central Baghdad killed", "Vietnam asks
    # Cambodian authorities to settle the case properly"); pages cited in no other set, doc or source file): labelled
    # before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_bc.tsv")
    assert len(rows) == 54
    assert len({r.url for r in rows}) == 17
    first = rows[0]  # BC001, BBC: Russian police detain two opposition leaders and dozens of activists
    assert first.labels == ("COERCE",) and first.sources == ("RUS",) and first.targets == ("RUS",)
    assert first.date is None
    baghdad = next(r for r in rows if r.text.startswith("BAGHDAD — Clashes between Iraqi protesters"))
    assert baghdad.labels == ("ASSAULT",) and baghdad.sources == ("IRQ",) and baghdad.targets == ("IRQ",)
    assert baghdad.date == "2020-07-27"
    dorms = next(r for r in rows if r.text.startswith("Students from Al-Azhar also blocked off"))
    assert dorms.labels == ("PROTEST", "REQUEST") and dorms.sources == ("EGY",) and dorms.targets == ("EGY",)
    appeal = next(r for r in rows if r.text.startswith("United Nations, May 14: The UN chief is appealing"))
    assert appeal.labels == ("REQUEST",) and appeal.sources == ("IGO",) and appeal.targets == ("PSE", "ISR")
    assert sum("COERCE" in r.labels for r in rows) == 26  # detentions, raids, seizures, a rally forbidden
    assert sum("ASSAULT" in r.labels for r in rows) == 11  # deadly clashes, live fire, an attack across a border
    assert sum("REQUEST" in r.labels for r in rows) == 8  # appeals and demands
    assert sum("ACCUSE" in r.labels for r in rows) == 8  # protests, summons and condemnations
    assert sum(len(r.labels) == 2 for r in rows) == 2
    assert sum(r.sources == r.targets for r in rows) == 40
    assert sum(r.date is None for r in rows) == 22
    earlier = _records_through("bb")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_bd_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_bc():
    # Held-out set BD (issue 13, PLOVER round 66: attacks, ambushes, kidnappings, clashes and crackdowns by rebels,
    # militants, gunmen, bandits, police and armies, all inside one state ("Rebels firing homemade rockets attacked a
    # military post in southwestern Colombia", "Gunmen shot and wounded 10 police paramilitiaries", "Maoist guerrillas
    # triggered a landmine explosion"); pages cited in no other set, doc or source file): labelled before any code
    # change of that round
    rows = gold.news_records(FIXTURES / "plover_news_bd.tsv")
    assert len(rows) == 42
    assert len({r.url for r in rows}) == 15
    first = rows[0]  # BD001, NBC News: rebels attack a military post in Colombia with homemade rockets
    assert first.labels == ("ASSAULT",) and first.sources == ("COL",) and first.targets == ("COL",)
    assert first.date is None
    taken = next(r for r in rows if r.text.startswith("Three local government officials told Reuters"))
    assert taken.labels == ("ASSAULT", "RETREAT") and taken.sources == ("PAK",) and taken.targets == ("PAK",)
    assert taken.date == "2014-04-13"
    bishkek = next(r for r in rows if r.text.startswith("Police opened fire when thousands of protesters"))
    assert bishkek.labels == ("ASSAULT",) and bishkek.sources == ("KGZ",) and bishkek.targets == ("KGZ",)
    sent = next(r for r in rows if r.text.startswith("Police reinforcements have been sent"))
    assert sent.labels == ("MOBILIZE",) and sent.sources == ("IND",) and sent.targets == ("IND",)
    assert sum("ASSAULT" in r.labels for r in rows) == 38  # attacks, ambushes, kidnappings, clashes, shelling
    assert sum("COERCE" in r.labels for r in rows) == 3  # search operations, tear gas
    assert sum(len(r.labels) == 2 for r in rows) == 1
    assert all(r.sources == r.targets for r in rows)  # every act is inside one state
    assert sum(r.date is None for r in rows) == 17
    earlier = _records_through("bc")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_be_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_bd():
    # Held-out set BE (issue 13, PLOVER round 67: verbal and diplomatic acts between states — condemnations, demands
    # and appeals, summonses, rejections, agreements signed and aid pledged ("Indonesia strongly condemns the Sunday
    # evening suicide bomb attack in Lahore", "France urged Israel on Sunday to show restraint", "Ankara had summoned
    # Iran's envoy to Turkey"); pages cited in no other set, doc or source file): labelled before any code change of
    # that round
    rows = gold.news_records(FIXTURES / "plover_news_be.tsv")
    assert len(rows) == 49
    assert len({r.url for r in rows}) == 24
    first = rows[0]  # BE001, TwoCircles: Afghanistan condemns the attack on the Indian embassy in Kabul
    assert first.labels == ("ACCUSE",) and first.sources == ("AFG",) and first.targets == ("AFG",)
    assert first.date == "2008-07-07"
    signed = next(r for r in rows if r.text.startswith("IRNA – Iran and the Republic of Azerbaijan signed"))
    assert signed.labels == ("SUPPORT",) and signed.sources == ("IRN", "AZE") and signed.targets == ()
    urged = next(r for r in rows if r.text.startswith("France urged Israel on Sunday"))
    assert urged.labels == ("REQUEST",) and urged.sources == ("FRA",) and urged.targets == ("ISR",)
    summoned = next(r for r in rows if r.text.startswith("Earlier in the day, Ankara had summoned"))
    assert summoned.labels == ("ACCUSE",) and summoned.sources == ("TUR",) and summoned.targets == ("IRN",)
    assert summoned.date is None
    assert sum("ACCUSE" in r.labels for r in rows) == 17  # condemnations, summonses, protests, criticism
    assert sum("REQUEST" in r.labels for r in rows) == 10  # demands, appeals and calls for a ceasefire
    assert sum("REJECT" in r.labels for r in rows) == 7  # accusations rejected or refuted
    assert sum("AID" in r.labels for r in rows) == 2  # 8 before the pledged-aid relabel of 2026-12-06; aid pledged, offered or sent
    assert sum(len(r.labels) == 2 for r in rows) == 1  # 7 before the pledged-aid relabel of 2026-12-06
    assert sum(not r.targets for r in rows) == 5  # agreements signed, a pledge and talks of two parties
    assert sum(r.sources == r.targets for r in rows) == 1
    assert sum(r.date is None for r in rows) == 25
    earlier = _records_through("bd")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_bf_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_be():
    # Held-out set BF (issue 13, PLOVER round 68: acts between two states of 14 types, each with its target state —
    # air strikes across a border, expulsions and recalled envoys, seized consulates, protests at an embassy, threats,
    # troops withdrawn, aid flown in, joint drills and a signed MoU ("Israel launched an air strike on military
    # targets in Syria on Monday", "ISLAMABAD: A Pakistani C-130 aircraft carrying relief goods landed in Iran's
    # Ahwaz city"); pages cited in no other set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_bf.tsv")
    assert len(rows) == 42
    assert len({r.url for r in rows}) == 25
    first = rows[0]  # BF001, USC Center on Public Diplomacy: U.S. authorities seize Russia's consulate in San Francisco
    assert first.labels == ("COERCE",) and first.sources == ("USA",) and first.targets == ("RUS",)
    assert first.date == "2017-09-13"
    struck = next(r for r in rows if r.text.startswith("Israel launched an air strike on military targets"))
    assert struck.labels == ("ASSAULT",) and struck.sources == ("ISR",) and struck.targets == ("SYR",)
    landed = next(r for r in rows if r.text.startswith("ISLAMABAD: A Pakistani C-130 aircraft"))
    assert landed.labels == ("AID",) and landed.sources == ("PAK",) and landed.targets == ("IRN",)
    drill = next(r for r in rows if r.text.startswith("ISLAMABAD - A weeklong trilateral joint military exercise"))
    assert drill.labels == ("COOPERATE",) and drill.sources == ("TUR", "AFG", "PAK") and drill.targets == ()
    assert len({label for r in rows for label in r.labels}) == 14
    assert sum("ASSAULT" in r.labels for r in rows) == 9  # air strikes, shelling and an attack on a consulate
    assert sum("AID" in r.labels for r in rows) == 7  # relief flown, handed over or sent
    assert sum("SANCTION" in r.labels for r in rows) == 5  # expulsions, sanctions and envoys recalled
    assert sum(len(r.labels) == 2 for r in rows) == 1
    assert sum(not r.targets for r in rows) == 3  # joint drills and a signed MoU
    assert not any(r.sources == r.targets for r in rows)  # every act is between two states
    assert sum(r.date is None for r in rows) == 12
    earlier = _records_through("be")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_bg_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_bf():
    # Held-out set BG (issue 13, PLOVER round 69: acts between two states of 11 types, each with its target —
    # recalled envoys and expelled diplomats, sanctions, accusations and denials across a border, threats, shelling,
    # water cannon, troops sent to a border, visits and agreements ("Russia has expelled four French diplomats in
    # retaliation ...", "One Thai soldier died from a rocket-propelled grenade fired by Cambodian troops ..."); pages
    # cited in no other set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_bg.tsv")
    assert len(rows) == 48
    assert len({r.url for r in rows}) == 37
    first = rows[0]  # BG001, Fiji Global News: China sends engineering experts to quake-hit Vanuatu
    assert first.labels == ("AID",) and first.sources == ("CHN",) and first.targets == ("VUT",)
    assert first.date is None
    grenade = next(r for r in rows if r.text.startswith("One Thai soldier died from a rocket-propelled grenade"))
    assert grenade.labels == ("ASSAULT",) and grenade.sources == ("KHM",) and grenade.targets == ("THA",)
    assert grenade.date == "2009-04-03"
    expelled = next(r for r in rows if r.text.startswith("PARIS: Russia has expelled four French diplomats"))
    assert expelled.labels == ("SANCTION",) and expelled.sources == ("RUS",) and expelled.targets == ("FRA",)
    signed = next(r for r in rows if r.text.startswith("KAMPALA, UGANDA – In a landmark visit to Kenya"))
    assert signed.labels == ("SUPPORT",) and signed.sources == ("UGA", "KEN") and signed.targets == ()
    assert len({label for r in rows for label in r.labels}) == 12  # 11 before the pledged-aid relabel of 2026-12-06
    assert sum("ACCUSE" in r.labels for r in rows) == 10  # condemnations, protests and accusations
    assert sum("CONSULT" in r.labels for r in rows) == 10  # visits, arrivals, calls and a meeting
    assert sum("SANCTION" in r.labels for r in rows) == 9  # envoys recalled, diplomats expelled, sanctions
    assert sum(len(r.labels) == 2 for r in rows) == 1
    assert sum(not r.targets for r in rows) == 2  # two signed agreements
    assert not any(r.sources == r.targets for r in rows)  # every act is between two states
    assert sum(r.date is None for r in rows) == 24
    earlier = _records_through("bf")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_bh_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_bg():
    # Held-out set BH (issue 13, PLOVER round 70: acts between two states of 11 types, each with its target save the
    # agreements and the withdrawal from Migingo — summonses, condemnations and denials, expelled and recalled envoys,
    # threats of retaliation, cross-border fire told by the side struck ("Azerbaijan Army positions were periodically
    # subjected to fire ..."), interceptions of bombers, visits, grants and agreements; pages cited in no other set,
    # doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_bh.tsv")
    assert len(rows) == 45
    assert len({r.url for r in rows}) == 41
    first = rows[0]  # BH001, topix: North Korea's ambassador summoned to the Foreign Office
    assert first.labels == ("ACCUSE",) and first.sources == ("GBR",) and first.targets == ("PRK",)
    assert first.date is None
    denied = next(r for r in rows if r.text.startswith("Minsk refuted the accusations"))
    assert denied.labels == ("REJECT",) and denied.sources == ("BLR",) and denied.targets == ("POL",)
    assert denied.date == "2021-11-04"
    struck = next(r for r in rows if r.text.startswith("Azerbaijan Army positions were periodically subjected"))
    assert struck.labels == ("ASSAULT",) and struck.sources == ("ARM",) and struck.targets == ("AZE",)
    relief = next(r for r in rows if r.text.startswith("DAR ES SALAAM, March 19 (Xinhua)"))
    assert relief.labels == ("AID",) and relief.sources == ("TZA",) and relief.targets == ("MOZ", "MWI", "ZWE")
    assert len({label for r in rows for label in r.labels}) == 11
    assert sum("ACCUSE" in r.labels for r in rows) == 9  # summonses, condemnations and accusations
    assert sum("CONSULT" in r.labels for r in rows) == 7  # visits, arrivals, a welcome and meetings
    assert sum("ASSAULT" in r.labels for r in rows) == 6  # fire across a border
    assert all(len(r.labels) == 1 for r in rows)
    assert sum(not r.targets for r in rows) == 4  # three agreements signed and a joint withdrawal
    assert not any(set(r.sources) & set(r.targets) for r in rows)  # every act is between two states
    assert sum(r.date is None for r in rows) == 20
    earlier = _records_through("bg")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_bi_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_bh():
    # Held-out set BI (issue 13, PLOVER round 71: acts between two states of 11 types — summonses, protests and
    # condemnations, border closures, expulsions and sanctions, denials, border fire, interceptions of aircraft,
    # port calls, visits and meetings, vaccine, equipment and loan aid, defence memoranda and joint drills; pages
    # cited in no other set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_bi.tsv")
    assert len(rows) == 43
    assert len({r.url for r in rows}) == 35
    first = rows[0]  # BI001, breakinglatest.news 2023-05-22: China complains to Japan's ambassador over the G7
    assert first.labels == ("ACCUSE",) and first.sources == ("CHN",) and first.targets == ("JPN",)
    assert first.date == "2023-05-22"
    closed = rows[1]  # BI002: Pakistan's closure of the Taftan crossing with Iran
    assert closed.labels == ("COERCE", "SANCTION") and closed.sources == ("PAK",) and closed.targets == ("IRN",)
    assert closed.date is None
    vaccines = next(r for r in rows if r.text.startswith("India on Thursday has handed over 20 lakh doses"))
    assert vaccines.labels == ("AID",) and vaccines.sources == ("IND",) and vaccines.targets == ("BGD", "NPL")
    drills = next(r for r in rows if r.text.startswith("Indian and Japanese Navies conducted"))
    assert drills.labels == ("COOPERATE",) and drills.sources == ("IND", "JPN") and drills.targets == ()
    assert len({label for r in rows for label in r.labels}) == 12  # 11 before the pledged-aid relabel of 2026-12-06
    assert sum("AID" in r.labels for r in rows) == 8  # 11 before the pledged-aid relabel of 2026-12-06; vaccines, vehicles, equipment and loans
    assert sum("CONSULT" in r.labels for r in rows) == 8  # port calls, visits and meetings
    assert sum("ACCUSE" in r.labels for r in rows) == 5  # a complaint, protests and condemnations
    assert sum(len(r.labels) == 2 for r in rows) == 4  # two border closures, COERCE/SANCTION, and two signed agreements committing a loan or grant, SUPPORT/AGREE (2 before news labels round 1, 2026-12-06 (fixtures README, "Label convention of the news sets: signed deals"))
    assert sum(not r.targets for r in rows) == 3  # a defence memorandum and two joint drills
    assert not any(set(r.sources) & set(r.targets) for r in rows)  # every act is between two states
    assert sum(r.date is None for r in rows) == 25
    earlier = _records_through("bh")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_bj_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_bi():
    # Held-out set BJ (issue 13, PLOVER round 72: acts between two states of 12 types — cross-border strikes and
    # their condemnation, warnings, earthquake aid, sanctions and retaliatory sanctions, rejected extradition
    # requests, a detained fishing crew, reopened crossings, visits, calls and signed agreements; pages cited in no
    # other set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_bj.tsv")
    assert len(rows) == 43
    assert len({r.url for r in rows}) == 28
    first = rows[0]  # BJ001, currentindia.com: India condemns Pakistan's strikes in Afghanistan during Ramadan
    assert first.labels == ("ACCUSE",) and first.sources == ("IND",) and first.targets == ("PAK",)
    assert first.date is None
    talks = next(r for r in rows if r.text.startswith("The presidents of Venezuela and Iran"))
    assert talks.labels == ("CONSULT", "AGREE") and talks.sources == ("VEN", "IRN") and talks.targets == ()
    baltic = next(r for r in rows if r.text.startswith("On August 31, the Baltic countries"))
    assert baltic.labels == ("SANCTION",) and baltic.sources == ("LVA", "LTU", "EST") and baltic.targets == ("BLR",)
    call = next(r for r in rows if r.text.startswith("Earlier, Kazakh Foreign Minister"))
    assert call.labels == ("CONSULT",) and call.sources == ("KAZ", "AFG") and call.targets == ()
    assert len({label for r in rows for label in r.labels}) == 12
    assert sum("SANCTION" in r.labels for r in rows) == 7  # sanctions, entry bans and recalled envoys
    assert sum("ASSAULT" in r.labels for r in rows) == 5  # strikes and fire on a boat
    assert sum("RETREAT" in r.labels for r in rows) == 3  # reopened crossings
    assert sum(len(r.labels) == 2 for r in rows) == 2  # 1 before the pledged-aid relabel of 2026-12-06 (talks with an agreement; now also BJ015, relief allocated and an air bridge set up, AGREE/AID)
    assert sum(not r.targets for r in rows) == 5  # two calls, talks and two signed agreements
    assert not any(set(r.sources) & set(r.targets) for r in rows)  # every act is between two states
    assert sum(r.date is None for r in rows) == 24
    earlier = _records_through("bi")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_bk_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_bj():
    # Held-out set BK (issue 13, PLOVER round 73: acts between two states of 9 types — summoned envoys and
    # condemnations, flood aid, expulsions of diplomats and recalled ambassadors, a closed crossing, warnings,
    # demands, rejected demands, seized fishing boats, signed agreements, visits and meetings; pages cited in no
    # other set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_bk.tsv")
    assert len(rows) == 41
    assert len({r.url for r in rows}) == 26
    first = rows[0]  # BK001, themoroccantimes.com: Algeria summons Morocco's ambassador
    assert first.labels == ("ACCUSE",) and first.sources == ("DZA",) and first.targets == ("MAR",)
    assert first.date is None
    angola = next(r for r in rows if r.text.startswith("Angola and Madagascar signed"))
    assert angola.labels == ("SUPPORT",) and angola.sources == ("AGO", "MDG") and angola.targets == ()  # AGREE before news labels round 1, 2026-12-06 (fixtures README, "Label convention of the news sets: signed deals")
    boat = next(r for r in rows if r.text.startswith("A fishing boat belonging to a Japanese"))
    assert boat.labels == ("COERCE",) and boat.sources == ("RUS",) and boat.targets == ("JPN",)
    assert len({label for r in rows for label in r.labels}) == 10  # 9 before news labels round 1 (signed deals SUPPORT)
    assert sum("ACCUSE" in r.labels for r in rows) == 11
    assert sum("AID" in r.labels for r in rows) == 4  # 7 before the pledged-aid relabel of 2026-12-06
    assert sum("SANCTION" in r.labels for r in rows) == 6
    assert sum("COERCE" in r.labels for r in rows) == 4  # seized fishing boats
    assert sum(not r.targets for r in rows) == 3  # two signed agreements and a meeting
    assert not any(set(r.sources) & set(r.targets) for r in rows)  # every act is between two states
    assert sum(r.date is None for r in rows) == 26
    earlier = _records_through("bj")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_bl_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_bk():
    # Held-out set BL (issue 13, PLOVER round 74: acts between two states of 14 types — condemned missile launches,
    # earthquake aid, rejected accusations, threats over joint drills, border shootings, reopened embassies, released
    # fishermen, a sanction, a seized trawler, a tank deployment, joint naval drills, visits and a phone call; pages
    # cited in no other set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_bl.tsv")
    assert len(rows) == 37
    assert len({r.url for r in rows}) == 29
    first = rows[0]  # BL001, rahapress.af: Afghanistan condemns North Korea's missile launch
    assert first.labels == ("ACCUSE",) and first.sources == ("AFG",) and first.targets == ("PRK",)
    assert first.date == "2016-02-10"
    drills = next(r for r in rows if r.text.startswith("North Korea accused South Korea"))
    assert drills.labels == ("ACCUSE", "THREATEN") and drills.targets == ("KOR", "USA", "JPN")
    navies = next(r for r in rows if r.text.startswith("The US and French navies"))
    assert navies.labels == ("COOPERATE",) and navies.sources == ("USA", "FRA") and navies.targets == ()
    assert len({label for r in rows for label in r.labels}) == 14
    assert sum("ACCUSE" in r.labels for r in rows) == 11
    assert sum("RETREAT" in r.labels for r in rows) == 5  # released fishermen
    assert sum("AID" in r.labels for r in rows) == 2  # 4 before the pledged-aid relabel of 2026-12-06
    assert sum(not r.targets for r in rows) == 1  # joint naval drills
    assert not any(set(r.sources) & set(r.targets) for r in rows)  # every act is between two states
    assert sum(r.date is None for r in rows) == 14
    earlier = _records_through("bk")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_bm_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_bl():
    # Held-out set BM (issue 13, PLOVER round 75: acts between two states — closed border crossings, vaccine and
    # military aid, downgraded and suspended missions, threats to cut ties, tariffs, protests, accusations of
    # hacking, water cannon, downed drones, a deportation, a state visit and a signed MoU; pages cited in no other
    # set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_bm.tsv")
    assert len(rows) == 37
    assert len({r.url for r in rows}) == 29
    first = rows[0]  # BM001, qatar-tribune.com: the Afghan side sealed the Chaman crossing
    assert first.labels == ("COERCE", "SANCTION") and first.sources == ("AFG",) and first.targets == ("PAK",)
    assert first.date is None
    lithuania = next(r for r in rows if r.text.startswith("The Lithuanian government decided"))
    assert lithuania.labels == ("AGREE",) and lithuania.targets == ("UKR", "GEO", "MDA")  # relabelled 2026-12-06 (fixtures README, "Label convention: pledged aid")
    mou = next(r for r in rows if "memorandums of understanding" in r.text)
    assert mou.labels == ("SUPPORT",) and mou.sources == ("USA", "CHN") and mou.targets == ()  # AGREE before news labels round 1, 2026-12-06 (fixtures README, "Label convention of the news sets: signed deals")
    assert len({label for r in rows for label in r.labels}) == 9  # 8 before news labels round 1 (signed deals SUPPORT)
    assert sum("AID" in r.labels for r in rows) == 6  # 11 before the pledged-aid relabel of 2026-12-06
    assert sum(r.labels == ("COERCE", "SANCTION") for r in rows) == 7  # closed border crossings
    assert sum(not r.targets for r in rows) == 1  # the signed MoUs
    assert not any(set(r.sources) & set(r.targets) for r in rows)  # every act is between two states
    assert sum(r.date is None for r in rows) == 21
    earlier = _records_through("bl")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_bn_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_bm():
    # Held-out set BN (issue 13, PLOVER round 76: aid, sanctions and coercion between states — aid sent or pledged,
    # donated vaccines, sanctions, frozen assets, import bans, a trade blacklist, halted oil and gas supplies, closed
    # borders, seized tankers; pages cited in no other set, doc or source file): labelled before any code change of
    # that round
    rows = gold.news_records(FIXTURES / "plover_news_bn.tsv")
    assert len(rows) == 37
    assert len({r.url for r in rows}) == 24
    first = rows[0]  # BN001, 1492news.com 2017-06-12: Belarus sent humanitarian aid to the Donbas
    assert first.labels == ("AID",) and first.sources == ("BLR",) and first.targets == ("UKR",)
    assert first.date == "2017-06-12"
    bans = next(r for r in rows if r.text.startswith("Russia has responded to increased sanctions"))
    assert bans.labels == ("SANCTION",) and bans.targets == ("POL", "USA", "UKR")
    assert len({label for r in rows for label in r.labels}) == 8  # 7 before the pledged-aid relabel of 2026-12-06
    assert sum(r.labels == ("SANCTION",) for r in rows) == 16
    assert sum(r.labels == ("AID",) for r in rows) == 7  # 9 before the pledged-aid relabel of 2026-12-06
    assert sum(r.labels == ("COERCE", "SANCTION") for r in rows) == 4  # closed or restricted borders
    assert all(r.targets for r in rows)
    assert not any(set(r.sources) & set(r.targets) for r in rows)  # every act is between two states
    assert sum(r.date is None for r in rows) == 15
    earlier = _records_through("bm")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_bo_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_bn():
    # Held-out set BO (issue 13, PLOVER round 77: pledged aid typed AGREE, as the PLOVER gold records type it — aid
    # pledged, offered, promised, announced or told in the future AGREE, aid sent, delivered, donated or received AID;
    # quake, flood and cyclone relief, donated vaccines, military aid packages; pages cited in no other set, doc or
    # source file): labelled by the pledged-aid convention before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_bo.tsv")
    assert len(rows) == 37
    assert len({r.url for r in rows}) == 31
    first = rows[0]  # BO001, wikinews 2005-10-08: Germany made money available for Pakistan and sent rescuers
    assert first.labels == ("AGREE", "AID") and first.sources == ("DEU",) and first.targets == ("PAK",)
    assert first.date == "2005-10-08"
    future = next(r for r in rows if r.text.startswith("India will be sending food aid"))
    assert future.labels == ("AGREE",) and future.targets == ("SDN", "SSD", "DJI", "ERI")
    assert sum(r.labels == ("AID",) for r in rows) == 19
    assert sum(r.labels == ("AGREE",) for r in rows) == 13
    assert sum(r.labels == ("AGREE", "AID") for r in rows) == 5
    assert all(r.targets for r in rows)
    assert not any(set(r.sources) & set(r.targets) for r in rows)  # every act is between two states
    assert sum(r.date is None for r in rows) == 15
    earlier = _records_through("bn")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_bp_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_bo():
    # Held-out set BP (issue 13, PLOVER round 78: aid delivered typed something else — aid sent, delivered, donated,
    # handed over, landed, arrived or received AID, aid pledged, agreed, decided or told in the future AGREE, by the
    # pledged-aid convention; relief flights, ships and convoys, donated rice; pages cited in no other set, doc or
    # source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_bp.tsv")
    assert len(rows) == 39
    assert len({r.url for r in rows}) == 37
    first = rows[0]  # BP001, pakistantimestoday: the UAE delivered 400 tonnes of food to Gaza
    assert first.labels == ("AID",) and first.sources == ("ARE",) and first.targets == ("PSE",)
    assert first.date is None
    agreed = next(r for r in rows if r.text.startswith("At the request of the Sri Lankan government"))
    assert agreed.labels == ("AGREE",) and agreed.sources == ("CHN",) and agreed.targets == ("LKA",)
    received = next(r for r in rows if r.text.startswith("Zimbabwe received 1,000 tonnes"))
    assert received.labels == ("AID",) and received.sources == ("IND",) and received.targets == ("ZWE",)
    assert sum(r.labels == ("AID",) for r in rows) == 35
    assert sum(r.labels == ("AGREE",) for r in rows) == 4
    assert all(r.targets for r in rows)
    assert not any(set(r.sources) & set(r.targets) for r in rows)  # every act is between two states
    assert sum(r.date is None for r in rows) == 16
    earlier = _records_through("bo")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_bq_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_bp():
    # Held-out set BQ (issue 13, PLOVER round 79: aid carriers arriving and hand-overs at a ceremony — aid delivered,
    # donated, handed over, landed, arrived, reached, received or dispatched AID, aid announced for the future AGREE, by
    # the pledged-aid convention; relief planes, ships and convoys, donated medicines and rice; pages cited in no other
    # set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_bq.tsv")
    assert len(rows) == 31
    assert len({r.url for r in rows}) == 24
    first = rows[0]  # BQ001, adaderana: Brazil donated medical supplies to Sri Lanka
    assert first.labels == ("AID",) and first.sources == ("BRA",) and first.targets == ("LKA",)
    assert str(first.date) == "2023-05-18"
    handed = next(r for r in rows if r.text.startswith("The consignment was officially handed over"))
    assert handed.labels == ("AID",) and handed.sources == ("MMR",) and handed.targets == ("LKA",)
    ship = next(r for r in rows if r.text.startswith("A second Turkish"))
    assert ship.labels == ("AID",) and ship.sources == ("TUR",) and ship.targets == ("PAK",)
    pledged = next(r for r in rows if r.text.startswith("Ambassador Huang Xiliang also announced"))
    assert pledged.labels == ("AGREE",) and pledged.sources == ("CHN",) and pledged.targets == ("PHL",)
    assert sum(r.labels == ("AID",) for r in rows) == 30
    assert sum(r.labels == ("AGREE",) for r in rows) == 1
    assert all(r.targets for r in rows)
    assert not any(set(r.sources) & set(r.targets) for r in rows)  # every act is between two states
    assert sum(r.date is None for r in rows) == 9
    earlier = _records_through("bp")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_br_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_bq():
    # Held-out set BR (issue 13, PLOVER round 80: sanctions, bans and coercion between states — imposed sanctions,
    # frozen assets, export bans and controls, entity lists and tariffs COERCE/SANCTION, announced ones
    # COERCE/SANCTION/THREATEN, an expelled ambassador SANCTION, a seized tanker COERCE, lifted sanctions RETREAT; pages
    # cited in no other set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_br.tsv")
    assert len(rows) == 33
    assert len({r.url for r in rows}) == 30
    first = rows[0]  # BR001, cxtvnews: the US Treasury announced it would freeze the Russian central bank's assets
    assert first.labels == ("COERCE", "SANCTION", "THREATEN") and first.sources == ("USA",)
    assert first.targets == ("RUS",) and first.date is None
    tanker = next(r for r in rows if r.text.startswith("Iran's official news agency, IRNA"))
    assert tanker.labels == ("COERCE",) and tanker.sources == ("IRN",) and tanker.targets == ("USA",)
    expelled = next(r for r in rows if r.text.startswith("The military junta in Niger Republic"))
    assert expelled.labels == ("SANCTION",) and expelled.sources == ("NER",) and expelled.targets == ("FRA",)
    assert str(expelled.date) == "2023-08-26"
    lifted = next(r for r in rows if r.text.startswith("The Trump administration has moved to lift"))
    assert lifted.labels == ("RETREAT",) and lifted.sources == ("USA",) and lifted.targets == ("SYR",)
    tariffs = next(r for r in rows if r.text.startswith("President Donald Trump signed an executive order"))
    assert tariffs.labels == ("COERCE", "SANCTION") and tariffs.targets == ("CAN", "MEX", "CHN")
    assert sum(r.labels == ("COERCE", "SANCTION") for r in rows) == 23
    assert sum(r.labels == ("COERCE", "SANCTION", "THREATEN") for r in rows) == 4
    assert sum("RETREAT" in r.labels for r in rows) == 4
    assert all(r.targets for r in rows)
    assert not any(set(r.sources) & set(r.targets) for r in rows)  # every act is between two states
    assert sum(r.date is None for r in rows) == 18
    earlier = _records_through("bq")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_bs_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_br():
    # Held-out set BS (issue 13, PLOVER round 81: border closures, halted supplies and expulsions between states —
    # closed or sealed borders and crossings, a trade route blocked COERCE/SANCTION closer > neighbour, a future
    # closure too; halted or announced halts of gas, oil transit and power SANCTION; expelled diplomats and recalled
    # ambassadors SANCTION; seized ships COERCE on the flag state; pages cited in no other set, doc or source file):
    # labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_bs.tsv")
    assert len(rows) == 33
    assert len({r.url for r in rows}) == 31
    first = rows[0]  # BS001, crisis24: Rwanda says Burundi closed the shared border
    assert first.labels == ("COERCE", "SANCTION") and first.sources == ("BDI",) and first.targets == ("RWA",)
    assert str(first.date) == "2024-01-11"
    gas = next(r for r in rows if r.text.startswith("Russia’s Gazprom has cut natural gas supplies"))
    assert gas.labels == ("SANCTION",) and gas.sources == ("RUS",) and gas.targets == ("AUT",)
    expelled = next(r for r in rows if r.text.startswith("The regime of Venezuelan President"))
    assert expelled.labels == ("SANCTION",) and expelled.sources == ("VEN",)
    assert expelled.targets == ("ARG", "CHL", "CRI", "PER", "PAN", "DOM", "URY")
    seized = next(r for r in rows if r.text.startswith("Galaxy Leader was illegally boarded"))
    assert seized.labels == ("COERCE",) and seized.sources == ("YEM",) and seized.targets == ("BHS",)
    assert sum(r.labels == ("COERCE", "SANCTION") for r in rows) == 13
    assert sum(r.labels == ("SANCTION",) for r in rows) == 18
    assert sum(r.labels == ("COERCE",) for r in rows) == 2
    assert all(r.targets for r in rows)
    assert not any(set(r.sources) & set(r.targets) for r in rows)  # every act is between two states
    assert sum(r.date is None for r in rows) == 9
    earlier = _records_through("br")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_bt_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_bs():
    # Held-out set BT (issue 13, PLOVER round 82: expulsions, recalls and seizures between states — diplomats
    # expelled, declared persona non grata, ordered to leave or sent home and ambassadors recalled SANCTION (an
    # announced expulsion or recall too); envoys summoned ACCUSE summoner > the envoy's state (active or passive);
    # aircraft intercepted COERCE interceptor > the aircraft's state; ships or tankers seized COERCE seizer > flag
    # state; pages cited in no other set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_bt.tsv")
    assert len(rows) == 33
    assert len({r.url for r in rows}) == 28
    first = rows[0]  # BT001, trend.az: France declares two Azerbaijani embassy employees persona non grata
    assert first.labels == ("SANCTION",) and first.sources == ("FRA",) and first.targets == ("AZE",)
    assert str(first.date) == "2023-12-27"
    intercepted = next(r for r in rows if r.text.startswith("A Canadian surveillance plane"))
    assert intercepted.labels == ("COERCE",) and intercepted.sources == ("CHN",) and intercepted.targets == ("CAN",)
    recalled = next(r for r in rows if r.text.startswith("Mali, Burkina Faso and Niger have recalled"))
    assert recalled.labels == ("SANCTION",) and recalled.sources == ("MLI", "BFA", "NER")
    assert recalled.targets == ("DZA",)
    summoned = next(r for r in rows if r.text.startswith("The Azerbaijani ambassador to France was summoned"))
    assert summoned.labels == ("ACCUSE",) and summoned.sources == ("FRA",) and summoned.targets == ("AZE",)
    assert sum(r.labels == ("SANCTION",) for r in rows) == 16
    assert sum(r.labels == ("COERCE",) for r in rows) == 10
    assert sum(r.labels == ("ACCUSE",) for r in rows) == 7
    assert all(r.targets for r in rows)
    assert not any(set(r.sources) & set(r.targets) for r in rows)  # every act is between two states
    assert sum(r.date is None for r in rows) == 12
    earlier = _records_through("bs")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_bu_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_bt():
    # Held-out set BU (issue 13, PLOVER round 83: expulsions, recalls and summonses typed otherwise — diplomats
    # expelled, declared persona non grata, asked or ordered to leave, missions closed and ambassadors recalled,
    # withdrawn, called back or ordered home SANCTION (announced or decided too), on the diplomats' state for an
    # expulsion or closure and on the host state for a recall; envoys summoned or called in ACCUSE summoner > the
    # envoy's state (active or passive, also where the summons hands over an expulsion); pages cited in no other set,
    # doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_bu.tsv")
    assert len(rows) == 36
    assert len({r.url for r in rows}) == 30
    first = rows[0]  # BU001, deccanherald: Peru recalled its ambassador (from Venezuela)
    assert first.labels == ("SANCTION",) and first.sources == ("PER",) and first.targets == ("VEN",)
    assert first.date is None
    called_back = next(r for r in rows if r.text.startswith("Israel has called back its ambassadors"))
    assert called_back.labels == ("SANCTION",) and called_back.sources == ("ISR",)
    assert called_back.targets == ("IRL", "NOR")
    called_in = next(r for r in rows if r.text.startswith("The Ministry of Foreign Affairs called in"))
    assert called_in.labels == ("ACCUSE",) and called_in.sources == ("PHL",) and called_in.targets == ("CHN",)
    assert str(called_in.date) == "2024-05-02"
    closed = next(r for r in rows if r.text.startswith("Estonia has decided to close the Russian consulate"))
    assert closed.labels == ("SANCTION",) and closed.sources == ("EST",) and closed.targets == ("RUS",)
    assert sum(r.labels == ("SANCTION",) for r in rows) == 25
    assert sum(r.labels == ("ACCUSE",) for r in rows) == 11
    assert all(r.targets for r in rows)
    assert not any(set(r.sources) & set(r.targets) for r in rows)  # every act is between two states
    assert sum(r.date is None for r in rows) == 15
def test_news_set_bv_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_bt():
    # Held-out set BV (issue 13, PLOVER round 84: acts inside one state typed otherwise, third pass — arrests,
    # detentions, raids, sentences and convictions by courts, bans, suspensions and dissolutions of parties, curfews
    # and tear gas COERCE the state > the state; releases, bail, pardons and a curfew relaxed RETREAT the state > the
    # state; pages cited in no other set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_bv.tsv")
    assert len(rows) == 34
    assert len({r.url for r in rows}) == 27
    first = rows[0]  # BV001, tribuneindia: Bangladesh police arrest a senior BNP leader a day after deadly clashes
    assert first.labels == ("COERCE",) and first.sources == ("BGD",) and first.targets == ("BGD",)
    assert str(first.date) == "2023-10-30"
    sentenced = next(r for r in rows if r.text.startswith("A Federal High Court sitting in Jos"))
    assert sentenced.labels == ("COERCE",) and sentenced.sources == ("NGA",) and sentenced.targets == ("NGA",)
    dissolved = next(r for r in rows if r.text.startswith("Political parties in Mali have been dissolved"))
    assert dissolved.labels == ("COERCE",) and dissolved.sources == ("MLI",) and dissolved.targets == ("MLI",)
    pardoned = next(r for r in rows if r.text.startswith("The self-proclaimed president of Belarus"))
    assert pardoned.labels == ("RETREAT",) and pardoned.sources == ("BLR",) and pardoned.targets == ("BLR",)
    relaxed = next(r for r in rows if r.text.startswith("The Manipur government relaxed the curfew"))
    assert relaxed.labels == ("RETREAT",) and relaxed.sources == ("IND",) and relaxed.targets == ("IND",)
    assert sum(r.labels == ("COERCE",) for r in rows) == 24
    assert sum(r.labels == ("RETREAT",) for r in rows) == 10
    assert all(r.sources == r.targets and len(r.sources) == 1 for r in rows)  # every act is inside one state
    assert sum(r.date is None for r in rows) == 9
    earlier = _records_through("bt")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_bw_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_bv():
    # Held-out set BW (issue 13, PLOVER round 85: arrests, bans and raids inside one state typed otherwise — arrests
    # and detentions told with their charges, raids, bans, suspensions and dissolutions of parties and groups,
    # proscriptions and curfews COERCE the state > the state; releases on bail, bail granted and provisional freedom
    # granted by a court RETREAT the state > the state; pages cited in no other set, doc or source file): labelled
    # before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_bw.tsv")
    assert len(rows) == 32
    assert len({r.url for r in rows}) == 25
    first = rows[0]  # BW001, NHK World 2024-03-22: an Indian opposition leader arrested on suspicion of corruption
    assert first.labels == ("COERCE",) and first.sources == ("IND",) and first.targets == ("IND",)
    assert str(first.date) == "2024-03-22"
    sedition = next(r for r in rows if r.text.startswith("Police in Pakistan arrested a leader"))
    assert sedition.labels == ("COERCE",) and sedition.sources == ("PAK",) and sedition.targets == ("PAK",)
    suspended = next(r for r in rows if r.text.startswith("Burundi's Interior ministry announced the suspension"))
    assert suspended.labels == ("COERCE",) and suspended.sources == ("BDI",) and suspended.targets == ("BDI",)
    curfew = next(r for r in rows if r.text.startswith("The Sunsari District Administration Office"))
    assert curfew.labels == ("COERCE",) and curfew.sources == ("NPL",) and curfew.targets == ("NPL",)
    bailed = next(r for r in rows if r.text.startswith("Tanzania's main opposition leader Freeman Mbowe"))
    assert bailed.labels == ("RETREAT",) and bailed.sources == ("TZA",) and bailed.targets == ("TZA",)
    assert sum(r.labels == ("COERCE",) for r in rows) == 25
    assert sum(r.labels == ("RETREAT",) for r in rows) == 7
    assert all(r.sources == r.targets and len(r.sources) == 1 for r in rows)  # every act is inside one state
    assert sum(r.date is None for r in rows) == 14
    earlier = _records_through("bv")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_bx_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_bw():
    # Held-out set BX (issue 13, PLOVER round 86: bans, raids and curfews inside one state — parties dissolved or
    # banned, movements and groups banned or proscribed, a radio station suspended, protests banned, raids on an
    # opposition leader's office and on journalists' homes, curfews imposed, opposition figures and activists arrested
    # or detained, all COERCE the state > the state; pages cited in no other set, doc or source file): labelled before
    # any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_bx.tsv")
    assert len(rows) == 31
    assert len({r.url for r in rows}) == 28
    first = rows[0]  # BX001, sott.net 2023-08-04: Senegal's government dissolved a major opposition party
    assert first.labels == ("COERCE",) and first.sources == ("SEN",) and first.targets == ("SEN",)
    assert str(first.date) == "2023-08-04"
    dissolved = next(r for r in rows if r.text.startswith("A Thai court has ordered the dissolution"))
    assert dissolved.labels == ("COERCE",) and dissolved.sources == ("THA",) and dissolved.targets == ("THA",)
    banned = next(r for r in rows if r.text.startswith("The interim government in Bangladesh has banned"))
    assert banned.labels == ("COERCE",) and banned.sources == ("BGD",) and banned.targets == ("BGD",)
    curfew = next(r for r in rows if r.text.startswith("Authorities in Manipur have reimposed a curfew"))
    assert curfew.labels == ("COERCE",) and curfew.sources == ("IND",) and curfew.targets == ("IND",)
    raided = next(r for r in rows if r.text.startswith("The West Bengal police raided"))
    assert raided.labels == ("COERCE",) and raided.sources == ("IND",) and raided.targets == ("IND",)
    arrested = next(r for r in rows if r.text.startswith("Hong Kong's national security police have arrested"))
    assert arrested.labels == ("COERCE",) and arrested.sources == ("CHN",) and arrested.targets == ("CHN",)
    assert all(r.labels == ("COERCE",) for r in rows)
    assert all(r.sources == r.targets and len(r.sources) == 1 for r in rows)  # every act is inside one state
    assert sum(r.date is None for r in rows) == 15
    earlier = _records_through("bw")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_by_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_bx():
    # Held-out set BY (issue 13, PLOVER round 87: arrests and detentions inside one state told with their charges —
    # opposition leaders, mayors, former ministers, activists, protesters and MPs arrested, detained or taken into
    # custody on sedition, corruption, terrorism or conspiracy charges, all COERCE the state > the state; pages cited in
    # no other set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_by.tsv")
    assert len(rows) == 27
    assert len({r.url for r in rows}) == 23
    first = rows[0]  # BY001, firstpost.com 2023-01-25: Fawad Chaudhry arrested by Islamabad police
    assert first.labels == ("COERCE",) and first.sources == ("PAK",) and first.targets == ("PAK",)
    assert str(first.date) == "2023-01-25"
    kejriwal = next(r for r in rows if r.text.startswith("Mr Arvind Kejriwal was arrested by the Enforcement"))
    assert kejriwal.labels == ("COERCE",) and kejriwal.sources == ("IND",) and kejriwal.targets == ("IND",)
    mayors = next(r for r in rows if r.text.startswith("Three Turkish mayors who are members"))
    assert mayors.labels == ("COERCE",) and mayors.sources == ("TUR",) and mayors.targets == ("TUR",)
    guanipa = next(r for r in rows if r.text.startswith("Venezuelan opposition figure Juan Pablo Guanipa"))
    assert guanipa.labels == ("COERCE",) and guanipa.sources == ("VEN",) and guanipa.targets == ("VEN",)
    kampala = next(r for r in rows if r.text.startswith("At least 45 people were arrested in Uganda's capital"))
    assert kampala.labels == ("COERCE",) and kampala.sources == ("UGA",) and kampala.targets == ("UGA",)
    assert all(r.labels == ("COERCE",) for r in rows)
    assert all(r.sources == r.targets and len(r.sources) == 1 for r in rows)  # every act is inside one state
    assert sum(r.date is None for r in rows) == 18
    earlier = _records_through("bx")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_ca_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_bz():
    # Held-out set CA (issue 13, PLOVER round 89: the target of an act inside one state — police force on protesters,
    # prison sentences, detentions and crackdowns whose state is named only by a city, an institution or a demonym,
    # the state > the state; pages cited in no other set, doc or source file): labelled before any code change of that
    # round
    rows = gold.news_records(FIXTURES / "plover_news_ca.tsv")
    assert len(rows) == 31
    assert len({r.url for r in rows}) == 30
    first = rows[0]  # CA001, lbcgroup.tv 2024-06-27: Kenyan police fire tear gas in Nairobi
    assert first.labels == ("COERCE",) and first.sources == ("KEN",) and first.targets == ("KEN",)
    assert str(first.date) == "2024-06-27"
    minsk = next(r for r in rows if r.text.startswith("On Friday, the Leninsky District Court in Minsk"))
    assert minsk.labels == ("COERCE",) and minsk.sources == ("BLR",) and minsk.targets == ("BLR",)
    kathmandu = next(r for r in rows if r.text.startswith("At least eight people have died in Kathmandu"))
    assert kathmandu.labels == ("ASSAULT",) and kathmandu.sources == ("NPL",) and kathmandu.targets == ("NPL",)
    hong_kong = next(r for r in rows if r.text.startswith("A Hong Kong court on Tuesday jailed all 45"))
    assert hong_kong.labels == ("COERCE",) and hong_kong.sources == ("CHN",) and hong_kong.targets == ("CHN",)
    assert sum(r.labels == ("COERCE",) for r in rows) == 27 and sum(r.labels == ("ASSAULT",) for r in rows) == 4
    assert all(r.sources == r.targets and len(r.sources) == 1 for r in rows)  # every act is inside one state
    assert sum(r.date is None for r in rows) == 11
    earlier = _records_through("bz")  # A to BY, and BZ (PLOVER round 88's set, labelled at the same time)
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_bz_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_by():
    # Held-out set BZ (issue 13, PLOVER round 88: bans told over many verbs inside one state — parties, movements,
    # NGOs, rights groups, a TV channel, a broadcaster's licence and social media platforms banned, outlawed,
    # suspended, dissolved, shut down or blocked by a government, junta, ministry, court or regulator, all COERCE the
    # state > the state; pages cited in no other set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_bz.tsv")
    assert len(rows) == 29
    assert len({r.url for r in rows}) == 28
    first = rows[0]  # BZ001, localnewswave.com: Guinea's military rulers suspend three opposition parties
    assert first.labels == ("COERCE",) and first.sources == ("GIN",) and first.targets == ("GIN",)
    assert first.date is None
    pfi = next(r for r in rows if r.text.startswith("Indian authorities on Wednesday declared the Popular Front"))
    assert pfi.labels == ("COERCE",) and pfi.sources == ("IND",) and pfi.targets == ("IND",)
    assert str(pfi.date) == "2022-09-27"
    instagram = next(r for r in rows if r.text.startswith("Turkey, on Friday, blocked access"))
    assert instagram.labels == ("COERCE",) and instagram.sources == ("TUR",) and instagram.targets == ("TUR",)
    ngos = next(r for r in rows if r.text.startswith("The Nicaraguan government shut down 15 NGOs"))
    assert ngos.labels == ("COERCE",) and ngos.sources == ("NIC",) and ngos.targets == ("NIC",)
    platform = next(r for r in rows if r.text.startswith("All social media platforms are suspended"))
    assert platform.labels == ("COERCE",) and platform.sources == ("MUS",) and platform.targets == ("MUS",)
    assert all(r.labels == ("COERCE",) for r in rows)
    assert all(r.sources == r.targets and len(r.sources) == 1 for r in rows)  # every act is inside one state
    assert sum(r.date is None for r in rows) == 19
    earlier = _records_through("by")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_cb_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_ca():
    # Held-out set CB (issue 13, PLOVER round 90: acts inside one state that get no record — arrests, detentions, raids,
    # tear gas, prison sentences and bans whose doer is a bare noun ("police", "security forces", "a court", "the
    # capital administration") or a city's body, and whose state is named only by a city or region or not at all, the
    # state > the state; pages cited in no other set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_cb.tsv")
    assert len(rows) == 33
    assert len({r.url for r in rows}) == 32
    first = rows[0]  # CB001, kenyans.co.ke: police arrest two activists at the Jeevanjee Gardens in Nairobi
    assert first.labels == ("COERCE",) and first.sources == ("KEN",) and first.targets == ("KEN",)
    assert first.date is None
    abuja = next(r for r in rows if r.text.startswith("Police have fired tear gas canisters at protesters"))
    assert abuja.labels == ("COERCE",) and abuja.sources == ("NGA",) and abuja.targets == ("NGA",)
    assert str(abuja.date) == "2024-08-02"
    ban = next(r for r in rows if r.text.startswith("The capital administration has imposed a ban"))
    assert ban.labels == ("COERCE",) and ban.sources == ("PAK",) and ban.targets == ("PAK",)
    baku = next(r for r in rows if r.text.startswith("The Baku Court for Grave Crimes has sentenced"))
    assert baku.labels == ("COERCE",) and baku.sources == ("AZE",) and baku.targets == ("AZE",)
    hong_kong = next(r for r in rows if r.text.startswith("Two men have been arrested by police officers"))
    assert hong_kong.labels == ("COERCE",) and hong_kong.sources == ("CHN",) and hong_kong.targets == ("CHN",)
    assert all(r.labels == ("COERCE",) for r in rows)
    assert all(r.sources == r.targets and len(r.sources) == 1 for r in rows)  # every act is inside one state
    assert sum(r.date is None for r in rows) == 14
    earlier = _records_through("ca")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_cc_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_cb():
    # Held-out set CC (issue 13, PLOVER round 91: the largest PLOVER type confusion left, AID read as CONSULT — aid told
    # by its carrier or shipment arriving, landing or reaching a place: "A batch of humanitarian supplies provided by
    # the Chinese government to Palestinians arrived at the Al-Arish airport on Friday."; donor > recipient; pages
    # cited in no other set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_cc.tsv")
    assert len(rows) == 27
    assert len({r.url for r in rows}) == 24
    first = rows[0]  # CC001, syrianobserver.com: an Iranian plane with medical supplies arrives at Aleppo's airport
    assert first.labels == ("AID",) and first.sources == ("IRN",) and first.targets == ("SYR",)
    assert first.date is None
    myanmar = next(r for r in rows if r.text.startswith("The second batch of emergency humanitarian aid supplies"))
    assert myanmar.sources == ("CHN",) and myanmar.targets == ("MMR",) and str(myanmar.date) == "2025-04-03"
    khost = next(r for r in rows if r.text.startswith("Cargo planes from Pakistan and Qatar"))
    assert khost.sources == ("PAK", "QAT") and khost.targets == ("AFG",)
    who = next(r for r in rows if r.text.startswith("A plane carrying medical supplies from the World Health"))
    assert who.sources == ("IGO",) and who.targets == ("PSE",)
    assert all(r.labels == ("AID",) for r in rows)
    assert all(r.sources and r.targets and not set(r.sources) & set(r.targets) for r in rows)
    assert sum(r.date is None for r in rows) == 6
    earlier = _records_through("cb")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_cd_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_cc():
    # Held-out set CD (issue 13, PLOVER round 92: an attack typed as the reporter's statement — strikes and attacks
    # told with the military, ministry or agency that reports them in the sentence: "Yemen's Houthi militants struck an
    # American container ship with a ballistic missile on Monday, U.S. Central Command said in a statement."; the act
    # labelled, attacker > attacked; pages cited in no other set, doc or source file): labelled before any code change
    # of that round
    rows = gold.news_records(FIXTURES / "plover_news_cd.tsv")
    assert len(rows) == 31
    assert len({r.url for r in rows}) == 31
    first = rows[0]  # CD001, inquirer.net: Ukraine's air force says Russia launched 16 drones overnight
    assert first.labels == ("ASSAULT",) and first.sources == ("RUS",) and first.targets == ("UKR",)
    assert first.date is None
    houthi = next(r for r in rows if r.text.startswith("Yemen's Houthi militants struck"))
    assert houthi.sources == ("YEM",) and houthi.targets == ("USA",) and str(houthi.date) == "2024-01-15"
    pkk = next(r for r in rows if r.text.startswith("The Turkish National Defense Ministry said"))
    assert pkk.sources == ("TUR",) and pkk.targets == ("IRQ",)
    rsf = next(r for r in rows if r.text.startswith("Sudanese paramilitaries on Sunday struck"))
    assert rsf.sources == ("SDN",) and rsf.targets == ("SDN",)
    assert all(r.labels == ("ASSAULT",) for r in rows)
    assert all(r.sources and r.targets for r in rows)
    assert sum(r.date is None for r in rows) == 14
    earlier = _records_through("cc")
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_ce_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_cd():
    # Held-out set CE (issue 13, PLOVER round 93: an attack typed as a show of force, ASSAULT read as MOBILIZE —
    # missiles, drones and shells fired at a state or hitting it: "Iran fired a salvo of ballistic missiles at Israel on
    # Tuesday ..."; attacker > attacked state; pages cited in no other set, doc or source file): labelled before any
    # code change of that round (CD is PLOVER round 92's, on its own branch)
    rows = gold.news_records(FIXTURES / "plover_news_ce.tsv")
    assert len(rows) == 29
    assert len({r.url for r in rows}) == 27
    first = rows[0]  # CE001, kyivindependent.com: Russia's drones and missiles across Ukraine on 8 November
    assert first.labels == ("ASSAULT",) and first.sources == ("RUS",) and first.targets == ("UKR",)
    assert first.date is None
    zaporizhzhia = next(r for r in rows if r.text.startswith("Zaporizhzhia Governor Ivan Fedorov said"))
    assert zaporizhzhia.sources == ("RUS",) and zaporizhzhia.targets == ("UKR",)
    assert str(zaporizhzhia.date) == "2026-02-26"
    abu_dhabi = next(r for r in rows if r.text.startswith("In the morning of Monday 17 January, 2022"))
    assert abu_dhabi.sources == ("YEM",) and abu_dhabi.targets == ("ARE",)
    pakistan = next(r for r in rows if r.text.startswith("Iranian state media said missiles and drones"))
    assert pakistan.sources == ("IRN",) and pakistan.targets == ("PAK",)
    assert all(r.labels == ("ASSAULT",) for r in rows)
    assert all(len(r.sources) == 1 and len(r.targets) == 1 and r.sources != r.targets for r in rows)
    assert sum(r.date is None for r in rows) == 13
    earlier = _records_through("cd")  # A to CC, and CD (PLOVER round 92's set, labelled at the same time)
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_cf_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_ce():
    # Held-out set CF (issue 13, PLOVER round 94: a launch aimed at a state typed as a show of force — missiles,
    # drones, rockets and shells fired at a state or a place of a state: "India launched missile and drone strikes late
    # Wednesday night on nine locations in Pakistan"; attacker > attacked state; pages cited in no other set, doc or
    # source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_cf.tsv")
    assert len(rows) == 29
    assert len({r.url for r in rows}) == 29
    first = rows[0]  # CF001, metro.co.uk 2023-05-18: Russia's missile attack on Kyiv
    assert first.labels == ("ASSAULT",) and first.sources == ("RUS",) and first.targets == ("UKR",)
    assert str(first.date) == "2023-05-18"
    india = next(r for r in rows if r.text.startswith("After two weeks of heightened tensions"))
    assert india.sources == ("IND",) and india.targets == ("PAK",)
    cambodia = next(r for r in rows if r.text.startswith("Cambodia fired rockets and artillery into Thailand"))
    assert cambodia.sources == ("KHM",) and cambodia.targets == ("THA",)
    assert cambodia.date is None
    houthis = next(r for r in rows if r.text.startswith("In an earlier statement, the Houthis"))
    assert houthis.sources == ("YEM",) and houthis.targets == ("ISR",)
    # every row ASSAULT but CF010 ("Pakistan has claimed that Indian forces launched ...", ASSAULT IND > PAK when
    # scored), relabelled ACCUSE PAK > IND in news labels round 2 (an allegation against another by the main verb)
    assert [r.labels for r in rows].count(("ASSAULT",)) == 28
    assert rows[9].labels == ("ACCUSE",) and rows[9].sources == ("PAK",) and rows[9].targets == ("IND",)
    assert all(len(r.sources) == 1 and len(r.targets) == 1 and r.sources != r.targets for r in rows)
    assert sum(r.date is None for r in rows) == 16
    earlier = _records_through("ce")  # A to CE
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_cg_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_cf():
    # Held-out set CG (issue 13, PLOVER round 95: attacks told by their victims' side — "came under fire", "were
    # shelled", "was attacked by drones" — the type of the largest development pair PLOVER round 95 sorted, ASSAULT
    # typed ACCUSE, with other types mixed in; attacker > attacked; pages cited in no other set, doc or source file):
    # labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_cg.tsv")
    assert len(rows) == 28
    assert len({r.url for r in rows}) == 23
    first = rows[0]  # CG001, webjosh (ABC News): Sievierodonetsk under Russian bombardment
    assert first.labels == ("ASSAULT",) and first.sources == ("RUS",) and first.targets == ("UKR",)
    assert first.date is None
    markaba = next(r for r in rows if r.text.startswith("Hezbollah also reported foiling"))
    assert markaba.sources == ("LBN",) and markaba.targets == ("ISR",)
    assert str(markaba.date) == "2024-10-14"
    threat = next(r for r in rows if r.text.startswith("Earlier, Zabihullah Mujahid"))
    assert threat.labels == ("THREATEN",) and threat.sources == ("AFG",) and threat.targets == ("PAK",)
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 25
    assert all(len(r.sources) == 1 and len(r.targets) == 1 and r.sources != r.targets for r in rows)
    assert sum(r.date is None for r in rows) == 12
    earlier = _records_through("cf")  # A to CF
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_ch_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_cg():
    # Held-out set CH (issue 13, PLOVER round 96: states accusing states — blame for attacks, "was behind", espionage
    # and cyberattacks, interference and plots — the type of the pairs PLOVER round 96 sorts, ACCUSE coded with no type
    # and ASSAULT coded ACCUSE, with denials, an attack and an expulsion mixed in; accuser > accused; pages cited in no
    # other set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_ch.tsv")
    assert len(rows) == 31
    assert len({r.url for r in rows}) == 27
    first = rows[0]  # CH001, news.yahoo.com (Reuters) 2023-05-25: the Kremlin says Ukraine was behind the drone attack
    assert first.labels == ("ACCUSE",) and first.sources == ("RUS",) and first.targets == ("UKR",)
    assert first.date == "2023-05-25"
    orders = next(r for r in rows if r.text.startswith("Ukraine had acted on U.S. orders"))
    assert orders.sources == ("RUS",) and orders.targets == ("UKR", "USA") and orders.date is None
    shots = next(r for r in rows if r.labels == ("ASSAULT",))
    assert shots.sources == ("ARM",) and shots.targets == ("AZE",)
    assert sum(r.labels == ("ACCUSE",) for r in rows) == 22
    assert sum("REJECT" in r.labels for r in rows) == 7
    assert all(len(r.sources) == 1 and r.sources[0] not in r.targets for r in rows)
    assert sum(r.date is None for r in rows) == 8
    earlier = _records_through("cg")  # A to CG
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_ci_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_ch():
    # Held-out set CI (issue 13, PLOVER round 97: accusations told as a protest, a summons or a judgement — states
    # summoning envoys, lodging protests and notes, condemning or calling acts "unacceptable" or "regrettable" — with
    # denials, recalls and expulsions, demands and a warning mixed in; the protester > the state protested against;
    # pages cited in no other set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_ci.tsv")
    assert len(rows) == 29
    assert len({r.url for r in rows}) == 24
    first = rows[0]  # CI001, trendworldnews: Pakistan's foreign ministry condemns Iran's strikes (2024)
    assert first.labels == ("ACCUSE",) and first.sources == ("PAK",) and first.targets == ("IRN",)
    assert first.date is None
    note = next(r for r in rows if r.text.startswith("Diaz said Philippine Ambassador"))
    assert note.labels == ("ACCUSE",) and note.sources == ("PHL",) and note.targets == ("CHN",)
    assert note.date == "2023-08-07"
    recall = next(r for r in rows if r.text.startswith("SHAFAQNA- South Africa"))
    assert recall.labels == ("SANCTION", "ACCUSE") and recall.sources == ("ZAF",) and recall.targets == ("ISR",)
    assert sum(r.labels == ("ACCUSE",) for r in rows) == 18
    assert sum(r.labels == ("REJECT",) for r in rows) == 4
    assert sum("SANCTION" in r.labels for r in rows) == 4
    assert sum(r.labels == ("REQUEST",) for r in rows) == 2
    assert sum(r.labels == ("THREATEN",) for r in rows) == 1
    assert all(len(r.sources) == 1 and r.sources[0] not in r.targets for r in rows)
    assert sum(r.date is None for r in rows) == 12
    earlier = _records_through("ch")  # A to CH
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_cj_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_ci():
    # Held-out set CJ (issue 13, PLOVER round 98: condemnations — states condemning, denouncing or calling
    # "a provocation" other states' strikes, missile launches, arms sales and sanctions — with strikes, sanctions
    # and demands mixed in; the condemner > the state whose act is condemned; pages cited in no other set, doc or
    # source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_cj.tsv")
    assert len(rows) == 27
    assert len({r.url for r in rows}) == 22
    first = rows[0]  # CJ001, urdupoint: Russia condemns Israeli missile strikes at Damascus suburbs (2022)
    assert first.labels == ("ACCUSE",) and first.sources == ("RUS",) and first.targets == ("ISR",)
    assert first.date == "2022-04-28"
    kuwait = next(r for r in rows if r.text.startswith("KUWAIT, April 1 (KUNA)"))
    assert kuwait.labels == ("ACCUSE",) and kuwait.sources == ("KWT",) and kuwait.targets == ("ISR",)
    assert sum(r.labels == ("ACCUSE",) for r in rows) == 21
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 2
    assert sum(r.labels == ("REQUEST",) for r in rows) == 2
    assert sum(r.labels == ("SANCTION",) for r in rows) == 2
    assert all(len(r.sources) == 1 and r.sources[0] not in r.targets for r in rows)
    assert sum(r.date is None for r in rows) == 8
    earlier = _records_through("ci")  # A to CI
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_ck_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_cj():
    # Held-out set CK (issue 13, PLOVER round 99: attacks told beside an accusation or a verb of criticism —
    # strikes, shelling and fire told with 'blamed', 'accused', 'allegedly', 'unprovoked', 'violated', and the
    # accusations themselves — with the attacker > the attacked for ASSAULT and the accuser > the accused for
    # ACCUSE; pages cited in no other set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_ck.tsv")
    assert len(rows) == 28
    assert len({r.url for r in rows}) == 21
    first = rows[0]  # CK001, dubai92: missiles on a Zaporizhzhia car market, an attack officials blamed on Russia
    assert first.labels == ("ASSAULT",) and first.sources == ("RUS",) and first.targets == ("UKR",)
    assert first.date is None
    rogov = next(r for r in rows if r.text.startswith("Vladimir Rogov"))
    assert rogov.labels == ("ACCUSE",) and rogov.sources == ("RUS",) and rogov.targets == ("UKR",)
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 18
    assert sum(r.labels == ("ACCUSE",) for r in rows) == 10
    assert all(len(r.sources) == 1 and len(r.targets) == 1 for r in rows)
    assert sum(r.date is None for r in rows) == 10
    earlier = _records_through("cj")  # A to CJ
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_cl_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_cj():
    # Held-out set CL (issue 13, PLOVER round 100: accusations — states accusing or blaming other states for
    # strikes, drones, blasts, sea incidents and statements, told by "accused", "blamed", "declared responsibility",
    # "condemned", "denounces" — with denials, demands and a threat mixed in; the accuser > the accused state;
    # pages cited in no other set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_cl.tsv")
    assert len(rows) == 28
    assert len({r.url for r in rows}) == 20
    first = rows[0]  # CL001, pledgetimes: Russia's defence ministry declares US responsibility for Sevastopol (2024)
    assert first.labels == ("ACCUSE",) and first.sources == ("RUS",) and first.targets == ("USA",)
    assert first.date == "2024-06-23"
    blamed = next(r for r in rows if r.text.startswith("Pakistan, which has seen a surge"))
    assert blamed.labels == ("ACCUSE",) and blamed.sources == ("PAK",) and blamed.targets == ("IND",)
    assert sum(r.labels == ("ACCUSE",) for r in rows) == 23
    assert sum(r.labels == ("REJECT",) for r in rows) == 2
    assert sum(r.labels == ("REQUEST",) for r in rows) == 2
    assert sum(r.labels == ("THREATEN",) for r in rows) == 1
    assert all(len(r.sources) == 1 and r.sources[0] not in r.targets for r in rows)
    assert sum(r.date is None for r in rows) == 14
    earlier = _records_through("cj")  # A to CJ
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_cm_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_cl():
    # Held-out set CM (issue 13, PLOVER round 101: attacks told beside a subordinate word of accusation —
    # "which the United States blames for", "wanted in connection with", "claimed by", "was blamed by" — and the
    # accusations, condemnations and a denial of attacks, with plain attacks mixed in; the attacker > the attacked,
    # the accuser > the accused; pages cited in no other set, doc or source file): labelled before any code change
    rows = gold.news_records(FIXTURES / "plover_news_cm.tsv")
    assert len(rows) == 33
    assert len({r.url for r in rows}) == 26
    first = rows[0]  # CM001, americasnewsdesk: a militia commander the US blames for a strike slain by the US (2024)
    assert first.labels == ("ASSAULT",) and first.sources == ("USA",) and first.targets == ("IRQ",)
    assert first.date == "2024-02-07"
    blamed = next(r for r in rows if r.text.startswith("India blamed the attack on Pakistan"))
    assert blamed.labels == ("ACCUSE",) and blamed.sources == ("IND",) and blamed.targets == ("PAK",)
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 20
    assert sum(r.labels == ("ACCUSE",) for r in rows) == 12
    assert sum(r.labels == ("REJECT",) for r in rows) == 1
    assert all(len(r.sources) == 1 and len(r.targets) == 1 for r in rows)
    assert sum(r.sources == r.targets for r in rows) == 7  # SDN (the RSF and the army) and MMR (the junta)
    assert sum(r.date is None for r in rows) == 15
    earlier = _records_through("cl")  # A to CL
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_cn_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_cm():
    # Held-out set CN (issue 13, PLOVER round 102: accusations between states told by a summons, a protest or note,
    # a judgement ("found that", "seriously violated"), a noun ("renewed accusations that", "made accusations
    # against") or a verb, with denials, demands and a warning mixed in; the accuser > the accused; a court's
    # judgement is IGO's; pages cited in no other set, doc or source file): labelled before any code change
    rows = gold.news_records(FIXTURES / "plover_news_cn.tsv")
    assert len(rows) == 31
    assert len({r.url for r in rows}) == 26
    first = rows[0]  # CN001, newsroomodisha: India lodges a protest with the US over its San Francisco consulate
    assert first.labels == ("ACCUSE",) and first.sources == ("IND",) and first.targets == ("USA",)
    assert first.date is None
    court = next(r for r in rows if r.text.startswith("In a ruling that was mostly a win for Russia"))
    assert court.labels == ("ACCUSE",) and court.sources == ("IGO",) and court.targets == ("RUS",)
    noun = next(r for r in rows if r.text.startswith("Relations between Rwanda and Burundi"))
    assert noun.labels == ("ACCUSE",) and noun.sources == ("BDI",) and noun.targets == ("RWA",)
    assert sum(r.labels == ("ACCUSE",) for r in rows) == 23
    assert sum(r.labels == ("ACCUSE", "THREATEN") for r in rows) == 1
    assert sum(r.labels == ("REJECT",) for r in rows) == 5
    assert sum(r.labels == ("REQUEST",) for r in rows) == 2
    assert all(len(r.sources) == 1 and len(r.targets) == 1 and r.sources != r.targets for r in rows)
    assert sum(r.date is None for r in rows) == 9
    earlier = _records_through("cm")  # A to CM
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_co_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_cn():
    # Held-out set CO (issue 13, PLOVER round 103: attacks and launches told as the doer's claim — "claimed
    # responsibility for", "said it launched", "took responsibility for", "claimed to have struck" — with
    # accusations and denials mixed in; a claim of one's own act is the act, the claimant its source (news labels
    # round 2); pages cited in no other set, doc or source file): labelled before any code change
    rows = gold.news_records(FIXTURES / "plover_news_co.tsv")
    assert len(rows) == 32
    assert len({r.url for r in rows}) == 28
    first = rows[0]  # CO001, dunyanews (AFP): the Houthis claim a missile attack on a ship and drones at Israel (2023)
    assert first.labels == ("ASSAULT",) and first.sources == ("YEM",) and first.targets == ("ISR",)
    assert first.date == "2023-12-27"
    took = next(r for r in rows if r.text.startswith("In 2025, the group took responsibility"))
    assert took.labels == ("ASSAULT",) and took.sources == ("PAK",) and took.targets == ("PAK",)
    denied = next(r for r in rows if r.text.startswith("Kiev denied any role"))
    assert denied.labels == ("REJECT",) and denied.sources == ("UKR",) and denied.targets == ("RUS",)
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 27
    assert sum(r.labels == ("ACCUSE",) for r in rows) == 3
    assert sum(r.labels == ("REJECT",) for r in rows) == 2
    assert all(len(r.sources) == 1 and len(r.targets) == 1 for r in rows)
    assert sum(r.sources == r.targets for r in rows) == 13  # SOM, PAK (the TTP, the BLA), SDN (the RSF), MMR
    assert sum(r.date is None for r in rows) == 16
    earlier = _records_through("cn")  # A to CN
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_cp_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_co():
    # Held-out set CP (issue 13, PLOVER round 104: acts between states whose target is told in a phrase ("a missile
    # attack on Ukraine", "airstrikes on sites in the Damascus area"), a place named for its state ("in Kharkiv",
    # "in the Barmal district of Paktika province", "near Damascus") or a possessive ("Syria's Kurdish-held northeast",
    # "Iran's petroleum and petrochemical sectors"); pages cited in no other set, doc or source file): labelled before
    # any code change
    rows = gold.news_records(FIXTURES / "plover_news_cp.tsv")
    assert len(rows) == 31
    assert len({r.url for r in rows}) == 31
    first = rows[0]  # CP001, marketresearchtelecast: Russia's overnight missile attack on Ukraine's energy facilities
    assert first.labels == ("ASSAULT",) and first.sources == ("RUS",) and first.targets == ("UKR",)
    assert first.date is None
    provinces = next(r for r in rows if r.text.startswith("Zabihullah Mujahid, a Taliban spokesperson"))
    assert provinces.labels == ("ASSAULT",) and provinces.sources == ("PAK",) and provinces.targets == ("AFG",)
    two = next(r for r in rows if r.text.startswith("Turkey’s defense minister said Monday"))
    assert two.sources == ("TUR",) and two.targets == ("IRQ", "SYR") and two.date == "2024-01-15"
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 26
    assert sum(r.labels == ("COERCE", "SANCTION") for r in rows) == 5
    assert all(len(r.sources) == 1 and r.targets and not set(r.sources) & set(r.targets) for r in rows)
    assert sum(r.date is None for r in rows) == 17
    earlier = _records_through("co")  # A to CO
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_cq_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_cp():
    # Held-out set CQ (issue 13, PLOVER round 105: acts between states told in the passive or from the receiving
    # side — "was hit by three Russian rockets", "were killed while repelling an overnight Taliban attack", "lost
    # their lives due to mortar shells fired by Pakistani soldiers", "were greeted by the Prime Minister of
    # Uzbekistan", "is set to receive another batch of defense aid from the Government of Germany", "have been
    # airlifted to Türkiye from Bangladesh"; pages cited in no other set, doc or source file): labelled before any
    # code change
    rows = gold.news_records(FIXTURES / "plover_news_cq.tsv")
    assert len(rows) == 26
    assert len({r.url for r in rows}) == 22
    first = rows[0]  # CQ001, babel.ua: Drohobych hit by three Russian rockets
    assert first.labels == ("ASSAULT",) and first.sources == ("RUS",) and first.targets == ("UKR",)
    assert first.date is None
    greeted = next(r for r in rows if r.text.startswith("Upon arrival, President Kurelsukh"))
    assert greeted.labels == ("CONSULT",) and greeted.sources == ("UZB",) and greeted.targets == ("MNG",)
    receive = next(r for r in rows if r.text.startswith("Ukraine is set to receive"))
    assert receive.labels == ("AID",) and receive.sources == ("DEU",) and receive.targets == ("UKR",)
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 15
    assert sum(r.labels == ("ASSAULT", "COERCE") for r in rows) == 2
    assert sum(r.labels == ("CONSULT",) for r in rows) == 3
    assert sum(r.labels == ("AID",) for r in rows) == 5
    assert sum(r.labels == ("ACCUSE",) for r in rows) == 1
    assert all(len(r.sources) == 1 and len(r.targets) == 1 and r.sources != r.targets for r in rows)
    assert sum(r.date is None for r in rows) == 8
    earlier = _records_through("cp")  # A to CP
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_cr_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_cq():
    # Held-out set CR (issue 13, PLOVER round 106: acts between states told through the attacked side's reporter or
    # under a dateline — "the state news agency SANA said", "the state-run National News Agency (NNA) reported",
    # "the Taliban government on Wednesday said", "Governor Vyacheslav Gladkov wrote on his Telegram channel",
    # "KYIV, Ukraine (AP) —", "BEIRUT (AA) -", "according to local media"; pages cited in no other set, doc or source
    # file): labelled before any code change
    rows = gold.news_records(FIXTURES / "plover_news_cr.tsv")
    assert len(rows) == 30
    assert len({r.url for r in rows}) == 30
    first = rows[0]  # CR001, thedefensepost: Israeli air strikes in Syria told by SANA (2022)
    assert first.labels == ("ASSAULT",) and first.sources == ("ISR",) and first.targets == ("SYR",)
    assert first.date == "2022-04-11"
    dateline = next(r for r in rows if r.text.startswith("KYIV, Ukraine (AP) — Ukrainian officials say"))
    assert dateline.labels == ("ASSAULT",) and dateline.sources == ("RUS",) and dateline.targets == ("UKR",)
    taliban = next(r for r in rows if r.text.startswith("The Taliban government on Wednesday said"))
    assert taliban.labels == ("ASSAULT",) and taliban.sources == ("PAK",) and taliban.targets == ("AFG",)
    two = next(r for r in rows if r.text.startswith("US and British warplanes"))
    assert two.sources == ("USA", "GBR") and two.targets == ("YEM",)
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 29
    assert sum(r.labels == ("ASSAULT", "COERCE") for r in rows) == 1
    assert all(r.sources and len(r.targets) == 1 and not set(r.sources) & set(r.targets) for r in rows)
    assert sum(r.date is None for r in rows) == 14
    earlier = _records_through("cq")  # A to CQ
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_cs_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_cr():
    # Held-out set CS (issue 13, PLOVER round 107: acts between states whose doer is a body or a group or is told in
    # the passive — "The European Union announced ... new sanctions against 227 Iranian individuals", "The Hezbollah
    # terrorist army in Lebanon repeatedly targeted northern Israel", "A barrage of rockets were fired by Lebanese
    # group Hezbollah", "Kiev has tried to attack facilities on Russian territory", "the territories of six Russian
    # oblasts have been attacked by 23 drones", "China Coast Guard vessel 5203 fired a water cannon", "the Afghan
    # Taliban initiated unprovoked firing"; pages cited in no other set, doc or source file): labelled before any
    # code change
    rows = gold.news_records(FIXTURES / "plover_news_cs.tsv")
    assert len(rows) == 28
    assert len({r.url for r in rows}) == 25
    first = rows[0]  # CS001, jpost: the EU's sanctions on Iranian individuals and entities (2024)
    assert first.labels == ("COERCE", "SANCTION") and first.sources == ("IGO",) and first.targets == ("IRN",)
    assert first.date == "2024-05-31"
    passive = next(r for r in rows if r.text.startswith("A barrage of rockets were fired by Lebanese group Hezbollah"))
    assert passive.labels == ("ASSAULT",) and passive.sources == ("LBN",) and passive.targets == ("ISR",)
    capital = next(r for r in rows if "Kiev has tried to attack" in r.text)
    assert capital.labels == ("ASSAULT",) and capital.sources == ("UKR",) and capital.targets == ("RUS",)
    agentless = next(r for r in rows if "have been attacked by 23 drones" in r.text)
    assert agentless.sources == ("UKR",) and agentless.targets == ("RUS",)
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 23
    assert sum(r.labels == ("ASSAULT", "COERCE") for r in rows) == 2
    assert sum(r.labels == ("COERCE", "SANCTION") for r in rows) == 3
    assert all(len(r.sources) == 1 and len(r.targets) == 1 and r.sources != r.targets for r in rows)
    assert sum(r.date is None for r in rows) == 8
    earlier = _records_through("cr")  # A to CR
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_ct_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_cs():
    # Held-out set CT (issue 13, PLOVER round 108: summonses, protests and démarches between states, 2022-2025 —
    # "The government summoned a Japanese diplomat in Seoul to lodge a protest ...", "The Chinese ambassador to
    # Manila was summoned following the incident.", "Pakistan has registered a strong protest with the top US
    # diplomat ..."; pages cited in no other set, doc or source file): labelled before any code change
    rows = gold.news_records(FIXTURES / "plover_news_ct.tsv")
    assert len(rows) == 29
    assert len({r.url for r in rows}) == 27
    first = rows[0]  # CT001, al24news: the French chargé d'affaires in Algiers summoned
    assert first.labels == ("ACCUSE",) and first.sources == ("DZA",) and first.targets == ("FRA",)
    assert first.date is None
    seat = next(r for r in rows if r.text.startswith("The government summoned a Japanese diplomat in Seoul"))
    assert seat.sources == ("KOR",) and seat.targets == ("JPN",) and seat.date == "2023-01-25"
    host = next(r for r in rows if r.text.startswith("The Chinese ambassador to Manila was summoned"))
    assert host.sources == ("PHL",) and host.targets == ("CHN",)
    assert all(r.labels == ("ACCUSE",) for r in rows)
    assert all(len(r.sources) == 1 and len(r.targets) == 1 and r.sources != r.targets for r in rows)
    assert sum(r.date is None for r in rows) == 11
    earlier = _records_through("cs")  # A to CS
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_cu_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_ct():
    # Held-out set CU (issue 13, PLOVER round 109: protests, notes and démarches lodged by one state with another,
    # 2022-2024 — "India on Monday lodged a strong protest with the United States over the vandalisation ...",
    # "Russian Embassy in Poland sent a protest note to the Polish Ministry of Foreign Affairs ...", "China lodged a
    # formal protest with Japan on Thursday ..."; pages cited in no other set, doc or source file): labelled before
    # any code change
    rows = gold.news_records(FIXTURES / "plover_news_cu.tsv")
    assert len(rows) == 20
    assert len({r.url for r in rows}) == 15
    first = rows[0]  # CU001, independenttruth: India's protest to the US chargé d'affaires
    assert first.labels == ("ACCUSE",) and first.sources == ("IND",) and first.targets == ("USA",)
    assert first.date is None
    note = next(r for r in rows if r.text.startswith("Russian Embassy in Poland sent a protest note"))
    assert note.sources == ("RUS",) and note.targets == ("POL",) and note.date == "2023-05-02"
    japan = next(r for r in rows if r.text.startswith("China lodged a formal protest with Japan"))
    assert japan.sources == ("CHN",) and japan.targets == ("JPN",)
    assert all(r.labels == ("ACCUSE",) for r in rows)
    assert all(len(r.sources) == 1 and len(r.targets) == 1 and r.sources != r.targets for r in rows)
    assert sum(r.date is None for r in rows) == 5
    earlier = _records_through("ct")  # A to CT
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_cv_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_cu():
    # Held-out set CV (issue 13, PLOVER round 110: reactions, denials and condemnations of an act told in an earlier
    # sentence of the same page, that sentence kept before them, 2022-2025 — "Nasser Kanaani ... said accusations that
    # Iran was behind the attack amounted to a ...", "She noted that Beijing has expressed its firm opposition to the
    # move and strongly condemned it.", "Islamabad, for its part, has rejected any involvement in the incident.";
    # pages cited in no other set, doc or source file): labelled before any code change
    rows = gold.news_records(FIXTURES / "plover_news_cv.tsv")
    assert len(rows) == 26
    assert len({r.url for r in rows}) == 13
    first = rows[0]  # CV001, abcnews: Iran denies involvement in the attack on the US base in Jordan
    assert first.labels == ("REJECT",) and first.sources == ("IRN",) and first.targets == ("USA",)
    assert first.date is None
    move = next(r for r in rows if r.text.startswith("She noted that Beijing has expressed its firm opposition"))
    assert move.labels == ("ACCUSE",) and move.sources == ("CHN",) and move.targets == ("USA",)
    assert move.date == "2022-12-23"
    baku = next(r for r in rows if r.text.startswith("Baku"))
    assert baku.labels == ("REJECT",) and baku.sources == ("AZE",) and baku.targets == ("ARM",)
    # every page's rows stand in page order, the sentence telling the act (or the first reaction naming it) first
    assert [r.url for r in rows] == sorted([r.url for r in rows], key=[r.url for r in rows].index)
    labels = [label for r in rows for label in r.labels]
    assert {label: labels.count(label) for label in set(labels)} == {
        "ACCUSE": 13, "REJECT": 8, "MOBILIZE": 2, "THREATEN": 2, "ASSAULT": 1}
    assert sum(r.date is None for r in rows) == 6
    earlier = _records_through("cu")  # A to CU
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_cw_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_cv():
    # Held-out set CW (issue 13, PLOVER round 111: acts whose doer is a ministry, a military, a guard corps, a junta
    # or an armed group named without its state, 2022-2026 — "The ministry said in a Facebook post that East Timor was
    # 'encouraging the terrorist group ...'", "But the army said it had shot down the projectile before it entered
    # Israel.", "Meanwhile, the junta has threatened to attack a member country of the Economic Community of West
    # African States (ECOWAS) ..."; pages cited in no other set, doc or source file): labelled before any code change
    rows = gold.news_records(FIXTURES / "plover_news_cw.tsv")
    assert len(rows) == 23
    assert len({r.url for r in rows}) == 22
    first = rows[0]  # CW001, themiddleeastbeat: Centcom condemns Iran's strikes near Erbil
    assert first.labels == ("ACCUSE",) and first.sources == ("USA",) and first.targets == ("IRN",)
    assert first.date is None
    army = next(r for r in rows if r.text.startswith("But the army said it had shot down the projectile"))
    assert army.labels == ("ASSAULT",) and army.sources == ("ISR",) and army.targets == ("YEM",)
    junta = next(r for r in rows if r.text.startswith("The junta also asked"))
    assert junta.labels == ("SANCTION",) and junta.sources == ("MMR",) and junta.targets == ("TLS",)
    assert junta.date == "2023-08-28"
    # every page's rows stand together, in page order
    assert [r.url for r in rows] == sorted([r.url for r in rows], key=[r.url for r in rows].index)
    labels = [label for r in rows for label in r.labels]
    assert {label: labels.count(label) for label in set(labels)} == {
        "ASSAULT": 11, "ACCUSE": 7, "COERCE": 2, "SANCTION": 1, "THREATEN": 1, "MOBILIZE": 1}
    assert sum(r.date is None for r in rows) == 12
    earlier = _records_through("cv")  # A to CV
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_cx_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_cw():
    # Held-out set CX (issue 13, PLOVER round 112: one state accusing, blaming or charging another, 2022-2025 — "...
    # Pakistan's military establishment swiftly pointed fingers at India, accusing it of fomenting unrest ...", "Mali has
    # lodged serious accusations against Algeria, ...", "... dismissed allegations made by the Pakistan Army, which sought
    # to hold India responsible for ..."; pages cited in no other set, doc or source file): labelled before any code
    # change. CW (another round's set, collected at the same time) was not on main when CX was committed; the lead
    # checked CX against it at the merge.
    rows = gold.news_records(FIXTURES / "plover_news_cx.tsv")
    assert len(rows) == 26
    assert len({r.url for r in rows}) == 24
    first = rows[0]  # CX001, indianeconomicobserver: India's MEA criticises Pakistan for blaming its neighbours
    assert first.labels == ("ACCUSE",) and first.sources == ("IND",) and first.targets == ("PAK",)
    assert first.date == "2025-01-06"
    mali = next(r for r in rows if r.text.startswith("Mali has lodged serious accusations against Algeria"))
    assert mali.labels == ("ACCUSE",) and mali.sources == ("MLI",) and mali.targets == ("DZA",)
    assert mali.date == "2025-04-07"
    baku = next(r for r in rows if r.text.startswith("Armenia’s accusing Azerbaijan"))
    assert baku.labels == ("REJECT", "ACCUSE") and baku.sources == ("AZE",) and baku.targets == ("ARM",)
    # every page's rows stand together in page order
    assert [r.url for r in rows] == sorted([r.url for r in rows], key=[r.url for r in rows].index)
    labels = [label for r in rows for label in r.labels]
    assert {label: labels.count(label) for label in set(labels)} == {"ACCUSE": 20, "REJECT": 8}
    assert sum(r.date is None for r in rows) == 14
    earlier = _records_through("cw")  # A to CW
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_cy_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_cx():
    # Held-out set CY (issue 13, PLOVER round 113: an organ named bare or with an "of" phrase as the doer, its state
    # named elsewhere in the sentence, 2022-2026 — "The defence ministry accused Ukraine of planning 'monstrous
    # provocations' ... designed to cast Russian forces in a bad light.", "The ministry did not provide details of the
    # case but urged an end to 'the coordinated hybrid attacks of Russia's special services against the security of the
    # Republic of Estonia'."; pages cited in no other set, doc or source file): labelled before any code change
    rows = gold.news_records(FIXTURES / "plover_news_cy.tsv")
    assert len(rows) == 20
    assert len({r.url for r in rows}) == 18
    first = rows[0]  # CY001, millichronicle 2022-04: Russia's defence ministry accuses Ukraine of planning provocations
    assert first.labels == ("ACCUSE",) and first.sources == ("RUS",) and first.targets == ("UKR",)
    assert first.date is None
    estonia = next(r for r in rows if r.text.startswith("The ministry did not provide details of the case"))
    assert estonia.labels == ("ACCUSE",) and estonia.sources == ("EST",) and estonia.targets == ("RUS",)
    expel = next(r for r in rows if "will have to leave Russia" in r.text)
    assert expel.labels == ("SANCTION",) and expel.sources == ("RUS",) and expel.targets == ("EST",)
    assert expel.date == "2023-03-31"
    # every page's rows stand together, in page order
    assert [r.url for r in rows] == sorted([r.url for r in rows], key=[r.url for r in rows].index)
    labels = [label for r in rows for label in r.labels]
    assert {label: labels.count(label) for label in set(labels)} == {"ACCUSE": 16, "ASSAULT": 3, "SANCTION": 1}
    assert sum(r.date is None for r in rows) == 10
    earlier = _records_through("cx")  # A to CX
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_cz_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_cy():
    # Held-out set CZ (issue 13, PLOVER round 114: one state condemning or protesting another's strike, detention,
    # launch, incursion or other act named in the same sentence, 2022-2025 — "The United States strongly condemns North
    # Korea's ballistic missile launch, ...", "The Philippines has lodged a diplomatic
    # protest against China concerning a December 4 maritime incident ..."; pages cited in no other set, doc or source
    # file): labelled before any code change. CY (another round's set, collected at the same time) was not on main when
    # CZ was committed; the lead checked CZ against it at the merge.
    rows = gold.news_records(FIXTURES / "plover_news_cz.tsv")
    assert len(rows) == 21
    assert len({r.url for r in rows}) == 21
    first = rows[0]  # CZ001, urdupoint: the US condemns North Korea's missile launch over Japan
    assert first.labels == ("ACCUSE",) and first.sources == ("USA",) and first.targets == ("PRK",)
    assert first.date == "2022-10-04"
    egypt = next(r for r in rows if r.text.startswith("Egypt has strongly condemned the recent Israeli attacks"))
    assert egypt.labels == ("ACCUSE",) and egypt.sources == ("EGY",) and egypt.targets == ("ISR",)
    assert egypt.date == "2025-02-27"
    labels = [label for r in rows for label in r.labels]
    assert {label: labels.count(label) for label in set(labels)} == {"ACCUSE": 21}
    assert all(len(r.sources) == 1 and len(r.targets) == 1 for r in rows)
    assert sum(r.date is None for r in rows) == 2
    earlier = _records_through("cy")  # A to CY
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_da_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_cz():
    # Held-out set DA (issue 13, PLOVER round 115: one state expressing, conveying or lodging its condemnation or
    # protest of another's act by a noun, 2022-2025 — "The Indian Cd’A was told to convey to the Government of India
    # Pakistan’s strong condemnation of this blatant violation of Pakistani airspace ...", "Poland's Ministry of Foreign
    # Affairs has handed Russia a note of protest over the downing of a drone in the Lublin Voivodeship."; pages cited
    # in no other set, doc or source file): labelled before any code change. CZ (PLOVER round 114's set) is not on main
    # when DA was committed: DA's pages and sentences were checked against round 114's branch copy of it by hand.
    rows = gold.news_records(FIXTURES / "plover_news_da.tsv")
    assert len(rows) == 22
    assert len({r.url for r in rows}) == 22
    first = rows[0]  # DA001, urdupoint: Pakistan conveys its strong protest over India's supersonic missile
    assert first.labels == ("ACCUSE",) and first.sources == ("PAK",) and first.targets == ("IND",)
    assert first.date == "2022-03-11"
    iran = next(r for r in rows if r.text.startswith("During the conversation, the Iranian side expressed"))
    assert iran.labels == ("ACCUSE",) and iran.sources == ("IRN",) and iran.targets == ("AZE",)
    assert iran.date == "2022-11-12"
    labels = [label for r in rows for label in r.labels]
    assert {label: labels.count(label) for label in set(labels)} == {"ACCUSE": 22}
    assert all(len(r.sources) == 1 and len(r.targets) == 1 for r in rows)
    assert sum(r.date is None for r in rows) == 8
    earlier = _records_through("cz")  # A to CZ (CZ reached main after DA was committed; the lead's merge checks it)
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_db_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_da():
    # Held-out set DB (issue 13, PLOVER round 116: one state's government slamming, blasting, assailing or criticising
    # another state, told by a verb of criticism the coder's lists lack, 2022-2025 — "Turkey slammed Greece’s foreign
    # minister Tuesday over his almost daily inflammatory remarks against the country, ...", "Pakistan has criticized
    # Indian leaders' statements during a Lok Sabha debate on Operation Sindoor."; pages cited in no other set, doc or
    # source file): labelled before any code change.
    rows = gold.news_records(FIXTURES / "plover_news_db.tsv")
    assert len(rows) == 20
    assert len({r.url for r in rows}) == 19
    first = rows[0]  # DB001, pyongyangtimes: Qin Gang slams the US
    assert first.labels == ("ACCUSE",) and first.sources == ("CHN",) and first.targets == ("USA",)
    assert first.date == "2023-03-30"
    turkey = next(r for r in rows if r.text.startswith("Turkey slammed Greece"))
    assert turkey.labels == ("ACCUSE",) and turkey.sources == ("TUR",) and turkey.targets == ("GRC",)
    labels = [label for r in rows for label in r.labels]
    assert {label: labels.count(label) for label in set(labels)} == {"ACCUSE": 20, "THREATEN": 2, "REJECT": 2}
    assert all(len(r.sources) == 1 for r in rows)
    assert sum(r.date is None for r in rows) == 5
    earlier = _records_through("da")  # A to DA
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}

def test_news_set_dc_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_db():
    # Held-out set DC (issue 13, PLOVER round 117: a ministry named bare as the doer of a sentence that opens with a
    # capital's dateline, 2022-2025 — "KUWAIT, Nov 15 (KUNA) -- The Foreign Ministry on Saturday condemned the
    # continuing Israeli occupation's abusive acts against the Palestinian people.", "ISLAMABAD: The Foreign Office (FO)
    # on Friday rejected the accusations against Pakistan in a joint statement issued by India and the United States,
    # ..."; pages cited in no other set, doc or source file): labelled before any code change.
    rows = gold.news_records(FIXTURES / "plover_news_dc.tsv")
    assert len(rows) == 19
    assert len({r.url for r in rows}) == 19
    first = rows[0]  # DC001, menafn (KUNA): Kuwait's foreign ministry condemns Israel
    assert first.labels == ("ACCUSE",) and first.sources == ("KWT",) and first.targets == ("ISR",)
    assert first.date == "2025-11-15"
    islamabad = next(r for r in rows if r.text.startswith("ISLAMABAD: The Foreign Office (FO) on Friday"))
    assert islamabad.labels == ("REJECT",) and islamabad.sources == ("PAK",) and islamabad.targets == ("IND", "USA")
    labels = [label for r in rows for label in r.labels]
    assert {label: labels.count(label) for label in set(labels)} == {"ACCUSE": 17, "REJECT": 2}
    assert all(len(r.sources) == 1 for r in rows)
    assert sum(r.date is None for r in rows) == 12
    earlier = _records_through("db")  # A to DB
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_dd_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_dc():
    # Held-out set DD (issue 13, PLOVER round 118: 2022-2025 news of states acting on states, any type, taken as the
    # searches gave them — "Iran's Foreign Minister Seyed Abbas Araghchi will visit China on April 23 at the invitation
    # of China, ...", "Russia attacked the southern Ukrainian port city of Odesa and the surrounding region with drones
    # overnight, ..."; pages cited in no other set, doc or source file): labelled before any code change.
    rows = gold.news_records(FIXTURES / "plover_news_dd.tsv")
    assert len(rows) == 30
    assert len({r.url for r in rows}) == 27
    first = rows[0]  # DD001, Hindustan Times (Reuters): Iran's foreign minister to visit China
    assert first.labels == ("CONSULT",) and first.sources == ("IRN",) and first.targets == ("CHN",)
    assert first.date == "2025-04-22"
    tariffs = next(r for r in rows if r.text.startswith("The U.S. has ignited a new wave of trade conflict"))
    assert tariffs.labels == ("COERCE", "SANCTION") and tariffs.sources == ("USA",)
    assert tariffs.targets == ("CAN", "MEX", "CHN")
    labels = [label for r in rows for label in r.labels]
    assert {label: labels.count(label) for label in set(labels)} == {
        "ASSAULT": 9, "CONSULT": 6, "SANCTION": 5, "RETREAT": 3, "REJECT": 2, "SUPPORT": 2, "AGREE": 2,
        "COERCE": 2, "AID": 1, "ACCUSE": 1, "THREATEN": 1,
    }
    assert sum(r.date is None for r in rows) == 6
    earlier = _records_through("dc")  # A to DC
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_de_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_dd():
    # Held-out set DE (issue 13, PLOVER round 119: 2022-2025 news of states acting on states, any type, taken as the
    # searches gave them — "Afghan border forces have set on fire several Pakistani military posts in the Ali Shir
    # district of Khost province ...", "Rwanda on Thursday delivered a shipment of humanitarian assistance destined for
    # war-torn Gaza, ..."; pages cited in no other set, doc or source file): labelled before any code change.
    rows = gold.news_records(FIXTURES / "plover_news_de.tsv")
    assert len(rows) == 27
    assert len({r.url for r in rows}) == 27
    first = rows[0]  # DE001, Business Recorder (AFP): a Pakistani soldier killed in cross-border fire with Afghan forces
    assert first.labels == ("ASSAULT",) and first.sources == ("AFG",) and first.targets == ("PAK",)
    assert first.date == "2024-12-29"
    signed = next(r for r in rows if r.text.startswith("Cairo and Baghdad signed 11 economic cooperation documents"))
    assert signed.labels == ("SUPPORT",) and signed.sources == ("EGY", "IRQ") and signed.targets == ()
    labels = [label for r in rows for label in r.labels]
    assert {label: labels.count(label) for label in set(labels)} == {
        "ASSAULT": 9, "REQUEST": 3, "CONSULT": 3, "COERCE": 3, "SUPPORT": 2, "AID": 2, "THREATEN": 2,
        "RETREAT": 2, "AGREE": 2, "SANCTION": 1, "ACCUSE": 1,
    }
    assert sum(r.date is None for r in rows) == 9
    earlier = _records_through("dd")  # A to DD
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_df_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_de():
    # Held-out set DF (issue 13, PLOVER round 120: 2022-2026 news of states acting on states, any type, taken as the
    # searches gave them — "Today, the United States airlifted more than 54,000 pounds of United Nations humanitarian
    # aid to the people of Gaza, ...", "Iran's Supreme Leader Ali Khamenei rejected President Donald Trump's request to
    # negotiate a new nuclear agreement, ..."; pages cited in no other set, doc or source file): labelled before any
    # code change.
    rows = gold.news_records(FIXTURES / "plover_news_df.tsv")
    assert len(rows) == 29
    assert len({r.url for r in rows}) == 25
    first = rows[0]  # DF001, PPI News Agency: Pakistan's NDMA dispatches its 23rd relief consignment
    assert first.labels == ("AID",) and first.sources == ("PAK",) and first.targets == ("PSE", "LBN", "SYR")
    assert first.date is None
    credit = next(r for r in rows if r.text.startswith("India extended a total of 37 Lines of Credit"))
    assert credit.labels == ("AID",) and credit.sources == ("IND",)
    assert credit.targets == ("BGD", "MDV", "MMR", "NPL", "LKA")
    labels = [label for r in rows for label in r.labels]
    assert {label: labels.count(label) for label in set(labels)} == {
        "CONSULT": 8, "AID": 7, "REJECT": 5, "ASSAULT": 4, "ACCUSE": 3, "COOPERATE": 2, "THREATEN": 1,
    }
    assert sum(r.date is None for r in rows) == 6
    earlier = _records_through("de")  # A to DE
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_dg_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_df():
    # Held-out set DG (issue 13, PLOVER round 121: 2022-2026 news of strikes, raids and shelling by one state in or on
    # another, chosen by type before any rule was written — "A deadly Israeli airstrike in southern Lebanon claimed one
    # life Sunday, ...", "Iran's revolutionary guards targeted "terrorist groups" with artillery fire on Wednesday
    # morning in Iraq's northern governorate of Erbil, ..."; pages cited in no other set, doc or source file):
    # labelled before any code change.
    rows = gold.news_records(FIXTURES / "plover_news_dg.tsv")
    assert len(rows) == 22
    assert len({r.url for r in rows}) == 21
    first = rows[0]  # DG001, MENAFN: an Israeli airstrike in southern Lebanon during the ceasefire
    assert first.labels == ("ASSAULT",) and first.sources == ("ISR",) and first.targets == ("LBN",)
    assert first.date is None
    erbil = next(r for r in rows if r.text.startswith("Iran’s revolutionary guards targeted"))
    assert erbil.labels == ("ASSAULT",) and erbil.sources == ("IRN",) and erbil.targets == ("IRQ",)
    labels = [label for r in rows for label in r.labels]
    assert {label: labels.count(label) for label in set(labels)} == {"ASSAULT": 22}
    pairs = [(r.sources, r.targets) for r in rows]
    assert {pair: pairs.count(pair) for pair in set(pairs)} == {
        (("ISR",), ("LBN",)): 3, (("RUS",), ("UKR",)): 3, (("PAK",), ("AFG",)): 3, (("USA",), ("YEM",)): 2,
        (("ISR",), ("SYR",)): 1, (("IRN",), ("IRQ",)): 5, (("UKR",), ("RUS",)): 1, (("ISR",), ("PSE",)): 3,
        (("IRN",), ("PAK",)): 1,
    }
    assert sum(r.date is None for r in rows) == 8
    earlier = _records_through("df")  # A to DF
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_dh_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_dg():
    # Held-out set DH (issue 13, PLOVER round 122: 2022-2026 news of air and missile strikes on another state's towns,
    # regions or sites, chosen by type before any rule was written — "Israel conducted extensive airstrikes on several
    # towns in southern Lebanon on Thursday, ...", "Russia launched a missile strike targeting Kyiv early on Jan. 14,
    # ..."; pages cited in no other set, doc or source file): labelled before any code change.
    rows = gold.news_records(FIXTURES / "plover_news_dh.tsv")
    assert len(rows) == 23
    assert len({r.url for r in rows}) == 23
    first = rows[0]  # DH001, Shine (Xinhua): Israeli warplanes' airstrikes in southern Lebanon
    assert first.labels == ("ASSAULT",) and first.sources == ("ISR",) and first.targets == ("LBN",)
    assert first.date is not None
    odesa = next(r for r in rows if r.text.startswith("The Russian military attacked Odesa"))
    assert odesa.labels == ("ASSAULT",) and odesa.sources == ("RUS",) and odesa.targets == ("UKR",)
    labels = [label for r in rows for label in r.labels]
    assert {label: labels.count(label) for label in set(labels)} == {"ASSAULT": 23}
    pairs = [(r.sources, r.targets) for r in rows]
    assert {pair: pairs.count(pair) for pair in set(pairs)} == {
        (("ISR",), ("LBN",)): 6, (("RUS",), ("UKR",)): 7, (("USA",), ("YEM",)): 4, (("PAK",), ("AFG",)): 1,
        (("IRN",), ("ISR",)): 4, (("ISR",), ("IRN",)): 1,
    }
    assert sum(r.date is None for r in rows) == 19
    earlier = _records_through("dg")  # A to DG
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_di_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_dh():
    # Held-out set DI (issue 13, PLOVER round 123: 2022-2026 news of aid sent or pledged, sanctions, cooperation deals,
    # joint drills and accusations between states, chosen by type before any rule was written — "The UAE today sent an
    # aircraft carrying 33 tonnes of food supplies to support the people of Afghanistan ...", "Britain on Thursday
    # announced new sanctions against Iran ..."; pages cited in no other set, doc or source file): labelled before any
    # code change.
    rows = gold.news_records(FIXTURES / "plover_news_di.tsv")
    assert len(rows) == 27
    assert len({r.url for r in rows}) == 26
    first = rows[0]  # DI001, AVA: China's first shipment of earthquake relief reached Herat
    assert first.labels == ("AID",) and first.sources == ("CHN",) and first.targets == ("AFG",)
    assert first.date == "2023-10-16"
    pledge = next(r for r in rows if r.text.startswith("China has committed to providing"))
    assert pledge.labels == ("AGREE",) and pledge.sources == ("CHN",) and pledge.targets == ("AFG",)
    labels = [label for r in rows for label in r.labels]
    assert {label: labels.count(label) for label in set(labels)} == {
        "AID": 10, "AGREE": 2, "COERCE": 7, "SANCTION": 7, "SUPPORT": 2, "COOPERATE": 2, "ACCUSE": 4,
    }
    pairs = [(r.sources, r.targets) for r in rows]
    assert {pair: pairs.count(pair) for pair in set(pairs)} == {
        (("CHN",), ("AFG",)): 2, (("TUR",), ("AFG",)): 1, (("ARE",), ("AFG",)): 1, (("PAK",), ("TUR", "SYR")): 1,
        (("AZE",), ("TUR",)): 1, (("USA",), ("GUY",)): 1, (("IND",), ("MMR",)): 2, (("NPL",), ("PAK",)): 1,
        (("SAU",), ("PAK",)): 1, (("JPN",), ("PSE",)): 1, (("USA",), ("RUS",)): 1, (("IGO",), ("RUS",)): 1,
        (("IGO",), ("IRN",)): 2, (("GBR",), ("IRN",)): 2, (("IRN",), ("GBR",)): 2, (("PAK", "RUS"), ()): 1,
        (("AZE", "CHN"), ()): 1, (("CAN", "USA", "PHL", "JPN"), ()): 1, (("SAU", "EGY"), ()): 1,
        (("CHN",), ("USA",)): 1, (("PAK",), ("IND",)): 1, (("IND",), ("PAK",)): 1,
    }
    assert sum(r.date is None for r in rows) == 5
    earlier = _records_through("dh")  # A to DH
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_dj_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_di():
    # Held-out set DJ (issue 13, PLOVER round 124: 2022-2025 news of diplomats expelled, ambassadors recalled or
    # summoned, embassies closed and relations cut or downgraded, chosen by type before any rule was written — "Sudan is
    # recalling its ambassador to Ethiopia for consultations ...", "Israel is closing its embassy in Dublin ..."; pages
    # cited in no other set, doc or source file): labelled before any code change.
    rows = gold.news_records(FIXTURES / "plover_news_dj.tsv")
    assert len(rows) == 26
    assert len({r.url for r in rows}) == 24
    first = rows[0]  # DJ001, Sputnik: Sudan recalls its ambassador to Ethiopia
    assert first.labels == ("SANCTION",) and first.sources == ("SDN",) and first.targets == ("ETH",)
    assert first.date == "2022-06-27"
    summons = next(r for r in rows if r.text.startswith("The UK has summoned"))
    assert summons.labels == ("ACCUSE",) and summons.sources == ("GBR",) and summons.targets == ("ISR",)
    labels = [label for r in rows for label in r.labels]
    assert {label: labels.count(label) for label in set(labels)} == {"SANCTION": 22, "ACCUSE": 4}
    pairs = [(r.sources, r.targets) for r in rows]
    assert {pair: pairs.count(pair) for pair in set(pairs)} == {
        (("SDN",), ("ETH",)): 1, (("JOR",), ("ISR",)): 1, (("ZAF",), ("ISR",)): 1, (("TCD",), ("ISR",)): 1,
        (("ISR",), ("IRL",)): 2, (("BHR",), ("ISR",)): 1, (("RUS",), ("GBR",)): 1, (("IND",), ("CAN",)): 1,
        (("MLI",), ("FRA",)): 1, (("RUS",), ("BGR",)): 1, (("BGR",), ("RUS",)): 1, (("BFA",), ("FRA",)): 1,
        (("THA",), ("KHM",)): 2, (("POL",), ("ISR",)): 1, (("GBR",), ("ISR",)): 1, (("AZE",), ("FRA",)): 2,
        (("COD",), ("RWA",)): 1, (("UKR",), ("NIC",)): 1, (("UKR",), ("RUS",)): 1, (("COL",), ("ISR",)): 1,
        (("MEX",), ("ECU",)): 1, (("RUS",), ("EST",)): 1, (("KHM",), ("THA",)): 1,
    }
    assert sum(r.date is None for r in rows) == 11
    earlier = _records_through("di")  # A to DI
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_dk_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_dj():
    # Held-out set DK (issue 13, PLOVER round 125: 2022-2025 news of sanctions imposed, extended or announced, tariffs,
    # export bans and accusations between states, chosen by type before any rule was written — "China has sanctioned 12
    # defense-related U.S. companies and 10 executives ...", "Pakistan on Thursday (Nov 13) blamed Afghan citizens for a
    # suicide bombing ..."; pages cited in no other set, doc or source file): labelled before any code change.
    rows = gold.news_records(FIXTURES / "plover_news_dk.tsv")
    assert len(rows) == 21
    assert len({r.url for r in rows}) == 21
    first = rows[0]  # DK001, Euronews: the US Treasury to impose 500 new sanctions on Russia
    assert first.labels == ("COERCE", "SANCTION", "THREATEN") and first.sources == ("USA",) and first.targets == ("RUS",)
    assert first.date == "2024-02-23"
    blame = next(r for r in rows if r.text.startswith("Pakistan on Thursday (Nov 13) blamed"))
    assert blame.labels == ("ACCUSE",) and blame.sources == ("PAK",) and blame.targets == ("AFG",)
    labels = [label for r in rows for label in r.labels]
    assert {label: labels.count(label) for label in set(labels)} == {
        "SANCTION": 11, "COERCE": 11, "THREATEN": 3, "ACCUSE": 10, "REQUEST": 1,
    }
    pairs = [(r.sources, r.targets) for r in rows]
    assert {pair: pairs.count(pair) for pair in set(pairs)} == {
        (("USA",), ("RUS",)): 1, (("USA",), ("CHN", "TUR", "ARE", "ZAF")): 1, (("CHN",), ("USA",)): 7,
        (("CHN", "CAN"), ("USA",)): 1, (("CAN",), ("USA",)): 1, (("USA",), ("CAN", "CHN")): 1, (("IGO",), ("BLR",)): 2,
        (("PAK",), ("IND",)): 2, (("IND",), ("PAK",)): 1, (("PAK",), ("AFG",)): 1, (("USA",), ("IRN",)): 1,
        (("RUS",), ("UKR",)): 1, (("RUS",), ("USA",)): 1,
    }
    assert sum(r.date is None for r in rows) == 5
    earlier = _records_through("dj")  # A to DJ
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_dl_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_dk():
    # Held-out set DL (issue 13, PLOVER round 126: 2022-2025 news of one state's government accusing, blaming or
    # condemning another, chosen by type before any rule was written — "The Foreign Ministry emphasized that such
    # actions on the part of Nicaragua grossly violated the sovereignty ...", "Japan's relevant moves violate the spirit
    # of the four political documents ..."; pages cited in no other set, doc or source file): labelled before any code
    # change.
    rows = gold.news_records(FIXTURES / "plover_news_dl.tsv")
    assert len(rows) == 21
    assert len({r.url for r in rows}) == 14
    first = rows[0]  # DL001, Baltimore Chronicle: Ukraine's note of protest to Nicaragua
    assert first.labels == ("ACCUSE",) and first.sources == ("UKR",) and first.targets == ("NIC",)
    assert first.date == "2024-04-23"
    moves = next(r for r in rows if r.text.startswith("Japan's relevant moves violate"))
    assert moves.labels == ("ACCUSE",) and moves.sources == ("CHN",) and moves.targets == ("JPN",)
    labels = [label for r in rows for label in r.labels]
    assert {label: labels.count(label) for label in set(labels)} == {"ACCUSE": 21, "REQUEST": 1}
    pairs = [(r.sources, r.targets) for r in rows]
    assert {pair: pairs.count(pair) for pair in set(pairs)} == {
        (("UKR",), ("NIC",)): 2, (("SSD",), ("CAN", "USA")): 1, (("IND",), ("PAK",)): 1, (("PHL",), ("CHN",)): 3,
        (("CHN",), ("PHL",)): 3, (("ARM",), ("AZE",)): 1, (("AZE",), ("ARM",)): 1, (("IRN",), ("ISR",)): 1,
        (("VEN",), ("GBR",)): 1, (("CHN",), ("JPN",)): 7,
    }
    assert sum(r.date is None for r in rows) == 6
    earlier = _records_through("dk")  # A to DK
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_dm_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_dl():
    # Held-out set DM (issue 13, PLOVER round 127: 2022-2025 news of acts of any type between two states, taken as the
    # searches gave them and chosen by type before any rule was written — "The French Foreign Ministry has summoned the
    # Iranian ambassador in connection with Tehran's attack on Israel, ...", "Turkey has delivered 724 tons of
    # humanitarian aid to Afghanistan ..."; pages cited in no other set, doc or source file): labelled before any code
    # change.
    rows = gold.news_records(FIXTURES / "plover_news_dm.tsv")
    assert len(rows) == 22
    assert len({r.url for r in rows}) == 18
    first = rows[0]  # DM001, APA: France summons Iran's ambassador
    assert first.labels == ("ACCUSE",) and first.sources == ("FRA",) and first.targets == ("IRN",)
    assert first.date == "2024-04-15"
    aid = next(r for r in rows if r.text.startswith("Turkey has delivered 724 tons"))
    assert aid.labels == ("AID",) and aid.sources == ("TUR",) and aid.targets == ("AFG",) and aid.date is None
    labels = [label for r in rows for label in r.labels]
    assert {label: labels.count(label) for label in set(labels)} == {
        "ACCUSE": 2, "SANCTION": 1, "CONSULT": 9, "ASSAULT": 4, "AID": 3, "AGREE": 2, "SUPPORT": 1,
    }
    pairs = [(r.sources, r.targets) for r in rows]
    assert pairs.count((("IND",), ("PAK",))) == 3 and pairs.count((("CHN",), ("IRL",))) == 2
    assert sum(not r.targets for r in rows) == 2  # joint acts: AGREE IND;CHN, SUPPORT AZE;KAZ
    assert sum(r.date is None for r in rows) == 8
    earlier = _records_through("dl")  # A to DL
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_dn_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_dm():
    # Held-out set DN (issue 13, PLOVER round 128: 2022-2024 news of humanitarian, military and economic aid delivered
    # by one state to another, chosen by type before any rule was written — "Canada has handed over the first batch of
    # LAV armored personnel carriers to Ukraine, ...", "China on Sunday donated more than 3,500 tons of grain to Syria
    # ..."; pages cited in no other set, doc or source file): labelled before any code change. Added after DL's test on
    # its branch (PLOVER round 127's set DM was not on main when DN was committed); compared with A to DM at the merge.
    rows = gold.news_records(FIXTURES / "plover_news_dn.tsv")
    assert len(rows) == 23
    assert len({r.url for r in rows}) == 18
    first = rows[0]  # DN001, MENAFN (Ukrinform): Canada's first LAV armored personnel carriers delivered to Ukraine
    assert first.labels == ("AID",) and first.sources == ("CAN",) and first.targets == ("UKR",)
    assert first.date == "2024-10-27"
    grain = next(r for r in rows if r.text.startswith("Russia has sent two shipments of free grain"))
    assert grain.labels == ("AID",) and grain.sources == ("RUS",) and grain.targets == ("BFA", "SOM")
    labels = [label for r in rows for label in r.labels]
    assert {label: labels.count(label) for label in set(labels)} == {"AID": 23}
    pairs = [(r.sources, r.targets) for r in rows]
    assert {pair: pairs.count(pair) for pair in set(pairs)} == {
        (("CAN",), ("UKR",)): 2, (("CHN",), ("AFG",)): 3, (("CHN",), ("SYR",)): 2, (("IND",), ("VNM",)): 3,
        (("JPN",), ("LKA",)): 1, (("CHN",), ("CUB",)): 1, (("RUS",), ("BFA", "SOM")): 2, (("IND",), ("LKA",)): 5,
        (("DEU",), ("UKR",)): 4,
    }
    assert sum(r.date is None for r in rows) == 3
    earlier = _records_through("dm")  # A to DM
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_do_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_dn():
    # Held-out set DO (issue 13, PLOVER round 129: 2022-2025 news of aid shipments, deliveries and packages between
    # states, chosen by type before any rule was written — "Planes from Pakistan carrying tents for quake victims have
    # arrived in the southern Adana province of Turkey.", "In order to help Pakistan respond to the calamity, China sent
    # humanitarian aid cargo to Karachi on Tuesday."; pages cited in no other set, doc or source file): labelled before
    # any code change.
    rows = gold.news_records(FIXTURES / "plover_news_do.tsv")
    assert len(rows) == 20
    assert len({r.url for r in rows}) == 16
    first = rows[0]  # DO001, Pakistan Today: Pakistan's planes with tents for the quake victims arrive in Adana
    assert first.labels == ("AID",) and first.sources == ("PAK",) and first.targets == ("TUR",)
    assert first.date == "2023-03-15"
    planes = next(r for r in rows if r.text.startswith("Two aid-laden planes were seen"))
    assert planes.labels == ("AID",) and planes.sources == ("ARE", "IRN") and planes.targets == ("LBY",)
    pledge = next(r for r in rows if r.text.startswith("Australia pledged to donate"))
    assert pledge.labels == ("AGREE",) and pledge.sources == ("AUS",) and pledge.targets == ("LBY",)
    labels = [label for r in rows for label in r.labels]
    assert {label: labels.count(label) for label in set(labels)} == {"AID": 19, "AGREE": 1}
    pairs = [(r.sources, r.targets) for r in rows]
    assert {pair: pairs.count(pair) for pair in set(pairs)} == {
        (("CHN",), ("PAK",)): 8, (("IND",), ("MMR",)): 4, (("PAK",), ("TUR",)): 3, (("UKR",), ("TUR",)): 1,
        (("IRQ",), ("TUR",)): 1, (("DEU",), ("LBY",)): 1, (("ARE", "IRN"), ("LBY",)): 1, (("AUS",), ("LBY",)): 1,
    }
    assert sum(r.date is None for r in rows) == 10
    earlier = _records_through("dn")  # A to DN
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_dp_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_do():
    # Held-out set DP (issue 13, PLOVER round 130: 2022-2026 news of aid handed over, delivered or received between
    # states, chosen by type before any rule was written — "The relief materials were handed over by Indian ambassador
    # Naveen Srivastava to Nepal's deputy prime minister ...", "Lebanon's Health Ministry on Tuesday received 90 tonnes
    # of medical equipment and medicines donated by Turkey, ..."; pages cited in no other set, doc or source file):
    # labelled before any code change.
    rows = gold.news_records(FIXTURES / "plover_news_dp.tsv")
    assert len(rows) == 20
    assert len({r.url for r in rows}) == 16
    first = rows[0]  # RX001, Orissa Diary: India's second consignment for Nepal's quake victims handed over in Banke
    assert first.labels == ("AID",) and first.sources == ("IND",) and first.targets == ("NPL",)
    assert first.date == "2023-11-06"
    received = next(r for r in rows if r.text.startswith("Lebanon’s Health Ministry on Tuesday received"))
    assert received.labels == ("AID",) and received.sources == ("TUR",) and received.targets == ("LBN",)
    labels = [label for r in rows for label in r.labels]
    assert {label: labels.count(label) for label in set(labels)} == {"AID": 20}
    pairs = [(r.sources, r.targets) for r in rows]
    assert {pair: pairs.count(pair) for pair in set(pairs)} == {
        (("IND",), ("NPL",)): 4, (("IND",), ("SYR",)): 2, (("JPN",), ("LKA",)): 1, (("CHN",), ("PAK",)): 1,
        (("PAK",), ("LKA",)): 2, (("BGD",), ("SYR",)): 2, (("TUR",), ("LKA",)): 1, (("TUR",), ("AFG",)): 1,
        (("TUR",), ("LBN",)): 1, (("JPN",), ("UKR",)): 3, (("KAZ",), ("UKR",)): 1, (("MEX",), ("CUB",)): 1,
    }
    assert sum(r.date is None for r in rows) == 2
    earlier = _records_through("do")  # A to DO
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_dq_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_dp():
    # Held-out set DQ (issue 13, PLOVER round 131: 2022-2025 news of acts between two named states whose target is
    # told after the verb, by a preposition, an organ, a capital or a leader, chosen before any rule was written —
    # "Turkish President Recep Tayyip Erdogan has spoken by phone with US president-elect Donald Trump to discuss
    # cooperation between the two countries, ...", "Baku accused Yerevan of violating the ceasefire regime."; pages
    # cited in no other set, doc or source file; row ids SQ, as DQ is taken by held-out 173): labelled before any
    # code change.
    rows = gold.news_records(FIXTURES / "plover_news_dq.tsv")
    assert len(rows) == 20
    assert len({r.url for r in rows}) == 16
    first = rows[0]  # SQ001, Daily Sabah: Erdogan's phone call with Trump
    assert first.labels == ("CONSULT",) and first.sources == ("TUR",) and first.targets == ("USA",)
    assert first.date == "2025-05-05"
    capitals = next(r for r in rows if r.text.startswith("Baku accused Yerevan"))
    assert capitals.labels == ("ACCUSE",) and capitals.sources == ("AZE",) and capitals.targets == ("ARM",)
    passive = next(r for r in rows if r.text.startswith("Pakistan’s ambassador in Kabul"))
    assert passive.labels == ("ACCUSE",) and passive.sources == ("AFG",) and passive.targets == ("PAK",)
    labels = [label for r in rows for label in r.labels]
    assert {label: labels.count(label) for label in set(labels)} == {"CONSULT": 11, "ACCUSE": 6, "ASSAULT": 3}
    pairs = [(r.sources, r.targets) for r in rows]
    assert {pair: pairs.count(pair) for pair in set(pairs)} == {
        (("TUR",), ("USA",)): 2, (("USA",), ("CHN",)): 1, (("IND",), ("BGD",)): 1, (("IND",), ("MUS",)): 1,
        (("KAZ",), ("RUS",)): 1, (("UZB",), ("KAZ",)): 2, (("KAZ",), ("UZB",)): 1, (("BRA",), ("ARG",)): 1,
        (("SAU",), ("IRN",)): 1, (("SYR",), ("ISR",)): 2, (("ISR",), ("SYR",)): 1, (("AZE",), ("ARM",)): 2,
        (("AFG",), ("PAK",)): 2, (("PHL",), ("CHN",)): 1, (("UKR",), ("RUS",)): 1,
    }
    assert sum(r.date is None for r in rows) == 6
    earlier = _records_through("dp")  # A to DP
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_dr_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_dq():
    # Held-out set DR (issue 13, PLOVER round 132: 2022-2026 news of aid received from another state or arriving by
    # plane, ship, train or convoy, chosen by type before any rule was written — "Sri Lanka has received a donation of
    # 5,000MT of rice from China.", "One Iranian and two Iraqi planes arrived at Damascus International Airport carrying
    # relief aid ..."; pages cited in no other set, doc or source file): labelled before any code change. Round 131's
    # set DQ is on another branch; DR is compared with A to DP here.
    rows = gold.news_records(FIXTURES / "plover_news_dr.tsv")
    assert len(rows) == 21
    assert len({r.url for r in rows}) == 20
    first = rows[0]  # RJ001, Malaysia China Insight: Indonesia's aid aircraft landed at Adana Airport
    assert first.labels == ("AID",) and first.sources == ("IDN",) and first.targets == ("TUR",)
    assert first.date == "2023-02-13"
    planes = next(r for r in rows if r.text.startswith("One Iranian and two Iraqi planes"))
    assert planes.labels == ("AID",) and planes.sources == ("IRN", "IRQ") and planes.targets == ("SYR",)
    received = next(r for r in rows if r.text.startswith("Sri Lanka has received a donation"))
    assert received.labels == ("AID",) and received.sources == ("CHN",) and received.targets == ("LKA",)
    labels = [label for r in rows for label in r.labels]
    assert {label: labels.count(label) for label in set(labels)} == {"AID": 21}
    pairs = [(r.sources, r.targets) for r in rows]
    assert {pair: pairs.count(pair) for pair in set(pairs)} == {
        (("IDN",), ("TUR",)): 1, (("UKR",), ("ETH",)): 1, (("SAU",), ("SDN",)): 1, (("SAU",), ("SYR",)): 1,
        (("CHN",), ("LKA",)): 3, (("JPN",), ("UKR",)): 1, (("IRN",), ("AFG",)): 2, (("KAZ",), ("AFG",)): 1,
        (("MEX",), ("CUB",)): 2, (("TUR",), ("SDN",)): 1, (("DZA",), ("SYR",)): 1, (("IRN", "IRQ"), ("SYR",)): 1,
        (("TUR",), ("PAK",)): 4, (("CHN",), ("PAK",)): 1,
    }
    assert sum(r.date is None for r in rows) == 4
    earlier = _records_through("dq")  # A to DQ
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_ds_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_dr():
    # Held-out set DS (issue 13, PLOVER round 133: 2022-2025 news of one state acting toward another whose target is
    # told by its leader, its capital or "X's <noun>", chosen before any rule was written — "Moscow: Russian President
    # Vladimir Putin had a phone call on Tuesday with Prime Minister Narendra Modi, ...", "Beijing on Tuesday vowed to
    # 'protect the safety' of foreigners in China, but said it had again lodged a 'strong protest' with Tokyo over
    # Takaichi's comments."; pages cited in no other set, doc or source file): labelled before any code change.
    rows = gold.news_records(FIXTURES / "plover_news_ds.tsv")
    assert len(rows) == 22
    assert len({r.url for r in rows}) == 19
    first = rows[0]  # PL001, india.com: Modi spoke on the phone with President Vladimir Putin of Russia
    assert first.labels == ("CONSULT",) and first.sources == ("IND",) and first.targets == ("RUS",)
    assert first.date == "2022-03-07"
    protest = next(r for r in rows if r.text.startswith("Beijing on Tuesday vowed"))
    assert protest.labels == ("ACCUSE",) and protest.sources == ("CHN",) and protest.targets == ("JPN",)
    rejected = next(r for r in rows if r.text.startswith("Pakistan on Tuesday rejected"))
    assert rejected.labels == ("REJECT",) and rejected.sources == ("PAK",) and rejected.targets == ("IND",)
    labels = [label for r in rows for label in r.labels]
    assert {label: labels.count(label) for label in set(labels)} == {
        "CONSULT": 10, "ACCUSE": 9, "REQUEST": 1, "REJECT": 1, "THREATEN": 1,
    }
    pairs = [(r.sources, r.targets) for r in rows]
    assert {pair: pairs.count(pair) for pair in set(pairs)} == {
        (("IND",), ("RUS",)): 3, (("RUS",), ("IND",)): 2, (("TUR",), ("UKR",)): 2, (("TUR",), ("RUS",)): 1,
        (("IRN",), ("USA",)): 2, (("CHN",), ("JPN",)): 1, (("JPN",), ("CHN",)): 1, (("USA",), ("ISR",)): 1,
        (("RUS",), ("FRA",)): 1, (("CHN",), ("BRA",)): 2, (("USA",), ("CHN",)): 2, (("RUS",), ("USA",)): 2,
        (("PAK",), ("IND",)): 1, (("UKR",), ("RUS",)): 1,
    }
    assert sum(r.date is None for r in rows) == 11
    earlier = _records_through("dr")  # A to DR
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_dt_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_ds():
    # Held-out set DT (issue 13, PLOVER round 134: 2022-2026 news of an attack told by its doer's active verb, the doer
    # the verb's subject and the other side's posts, positions, targets or territory its object, chosen before any rule
    # was written — "According to her, the Thai military on Thursday struck eight targets in Cambodia using heavy
    # weapons and F-16 fighter jets.", "The Armenian armed forces ... shelled Azerbaijani military positions in Kalbajar
    # ..."; pages cited in no other set, doc or source file): labelled before any code change.
    rows = gold.news_records(FIXTURES / "plover_news_dt.tsv")
    assert len(rows) == 22
    assert len({r.url for r in rows}) == 22
    first = rows[0]  # OO001, news.am: the Thai military struck eight targets in Cambodia
    assert first.labels == ("ASSAULT",) and first.sources == ("THA",) and first.targets == ("KHM",)
    assert first.date == "2025-07-25"
    hezbollah = next(r for r in rows if r.text.startswith("Lebanon's Hezbollah said on Friday"))
    assert hezbollah.labels == ("ASSAULT",) and hezbollah.sources == ("LBN",) and hezbollah.targets == ("ISR",)
    labels = [label for r in rows for label in r.labels]
    assert labels == ["ASSAULT"] * 22
    pairs = [(r.sources, r.targets) for r in rows]
    assert {pair: pairs.count(pair) for pair in set(pairs)} == {
        (("THA",), ("KHM",)): 2, (("AFG",), ("PAK",)): 1, (("LBN",), ("ISR",)): 3, (("NGA",), ("NGA",)): 1,
        (("ARM",), ("AZE",)): 1, (("TJK",), ("KGZ",)): 1, (("UKR",), ("RUS",)): 1, (("RUS",), ("UKR",)): 1,
        (("ISR",), ("SYR",)): 4, (("USA",), ("YEM",)): 2, (("TUR",), ("IRQ",)): 2, (("IRN",), ("ISR",)): 3,
    }
    assert sum(r.date is None for r in rows) == 3
    earlier = _records_through("ds")  # A to DS
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_du_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_dt():
    # Held-out set DU (issue 13, PLOVER round 135: 2022-2026 news of one state's government accusing or blaming another
    # by a verb of accusing, "accused X of", "has accused", ", accusing X of", "after accusing", "blamed X for",
    # "alleging" — "Venezuelan President Nicolas Maduro has accused the United States of trying to install a puppet
    # regime ...", "Israeli prime minister Benjamin Netanyahu on Sunday blamed Iran for an attack on an oil tanker in the
    # Persian Gulf."; pages cited in no other set, doc or source file): labelled before any code change.
    rows = gold.news_records(FIXTURES / "plover_news_du.tsv")
    assert len(rows) == 20
    assert len({r.url for r in rows}) == 19  # rbc.ua gives both sides' accusations
    first = rows[0]  # ACQ001, africanews: the Rwandan government accused Burundi of closing the border
    assert first.labels == ("ACCUSE",) and first.sources == ("RWA",) and first.targets == ("BDI",)
    assert first.date == "2024-05-13"
    blamed = next(r for r in rows if r.text.startswith("Israeli prime minister Benjamin Netanyahu"))
    assert blamed.labels == ("ACCUSE",) and blamed.sources == ("ISR",) and blamed.targets == ("IRN",)
    labels = [label for r in rows for label in r.labels]
    assert labels == ["ACCUSE"] * 20
    pairs = [(r.sources, r.targets) for r in rows]
    assert {pair: pairs.count(pair) for pair in set(pairs)} == {
        (("RWA",), ("BDI",)): 1, (("PAK",), ("AFG",)): 1, (("VEN",), ("USA",)): 1, (("PHL",), ("CHN",)): 1,
        (("AZE",), ("ARM",)): 1, (("ARM",), ("AZE",)): 1, (("MLI",), ("DZA",)): 1, (("KGZ",), ("TJK",)): 2,
        (("UKR",), ("RUS",)): 1, (("RUS",), ("UKR",)): 1, (("ETH",), ("ERI",)): 3, (("THA",), ("KHM",)): 2,
        (("ISR",), ("IRN",)): 1, (("TWN",), ("CHN",)): 1, (("CHN",), ("USA",)): 1, (("LTU",), ("BLR",)): 1,
    }
    assert sum(r.date is None for r in rows) == 2
    earlier = _records_through("dt")  # A to DT
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_dv_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_du():
    # Held-out set DV (issue 13, PLOVER round 136: 2022-2026 news of acts between states whose source or target is told
    # by a leader, a capital or a seat of government — "Russian President Vladimir Putin ordered his forces to launch
    # dozens of missiles at Ukrainian cities ...", "The Kremlin on Tuesday accused Britain of ...", "Athens accuses
    # Ankara of flying over Greek islands."; pages cited in no other set, doc or source file): labelled before any code
    # change.
    rows = gold.news_records(FIXTURES / "plover_news_dv.tsv")
    assert len(rows) == 21
    assert len({r.url for r in rows}) == 19  # The Local and The Hindu give two rows each
    first = rows[0]  # LCP001, The Hill: Putin ordered missiles launched at Ukrainian cities
    assert first.labels == ("ASSAULT",) and first.sources == ("RUS",) and first.targets == ("UKR",)
    assert first.date == "2022-10-10"
    seat = next(r for r in rows if r.text.startswith("The Kremlin on Tuesday"))
    assert seat.labels == ("ACCUSE",) and seat.sources == ("RUS",) and seat.targets == ("GBR",)
    labels = [label for r in rows for label in r.labels]
    assert {label: labels.count(label) for label in set(labels)} == {
        "ACCUSE": 8, "THREATEN": 5, "REJECT": 3, "ASSAULT": 2, "REQUEST": 2, "COERCE": 1, "SANCTION": 1,
    }
    pairs = [(r.sources, r.targets) for r in rows]
    assert {pair: pairs.count(pair) for pair in set(pairs)} == {
        (("RUS",), ("UKR",)): 3, (("FRA",), ("RUS",)): 2, (("CHN",), ("USA",)): 2, (("USA",), ("RUS",)): 2,
        (("TUR",), ("GRC",)): 2, (("GBR",), ("RUS",)): 2, (("IND",), ("CHN",)): 2, (("GRC",), ("TUR",)): 1,
        (("RUS",), ("GBR",)): 1, (("USA",), ("ISR",)): 1, (("ISR",), ("LBN",)): 1, (("USA",), ("IRN",)): 1,
        (("PRK",), ("KOR",)): 1,
    }
    assert sum(r.date is None for r in rows) == 8
    earlier = _records_through("du")  # A to DU
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_dw_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_dv():
    # Held-out set DW (issue 13, PLOVER round 137: 2022-2026 news of condemnations, summonses of envoys and protests
    # lodged between states, told by a leader, a capital, a seat, a government or a ministry — "Seoul lodged the protest
    # on Friday with Yoshiyasu Iseki, ...", "Israel's Prime Minister Benjamin Netanyahu on Thursday night condemned French
    # President Emmanuel Macron's decision ..."; pages cited in no other set, doc or source file): labelled before any
    # code change.
    rows = gold.news_records(FIXTURES / "plover_news_dw.tsv")
    assert len(rows) == 22
    assert len({r.url for r in rows}) == 22
    first = rows[0]  # CSP001, The Japan Times: Japan's protest against Russia's drills on the disputed islands
    assert first.labels == ("ACCUSE",) and first.sources == ("JPN",) and first.targets == ("RUS",)
    assert first.date == "2022-03-28"
    capital = next(r for r in rows if r.text.startswith("Seoul lodged the protest"))
    assert capital.labels == ("ACCUSE",) and capital.sources == ("KOR",) and capital.targets == ("JPN",)
    labels = [label for r in rows for label in r.labels]
    assert labels == ["ACCUSE"] * 22
    pairs = [(r.sources, r.targets) for r in rows]
    assert {pair: pairs.count(pair) for pair in set(pairs)} == {
        (("JPN",), ("RUS",)): 1, (("KOR",), ("JPN",)): 2, (("GBR",), ("RUS",)): 1, (("ROU",), ("RUS",)): 1,
        (("IRN",), ("GBR",)): 1, (("UKR",), ("RUS",)): 1, (("PHL",), ("CHN",)): 1, (("CHN",), ("PHL",)): 1,
        (("AZE",), ("FRA",)): 1, (("TUR",), ("ISR",)): 1, (("AUS",), ("IRN",)): 1, (("IRN",), ("AUS",)): 1,
        (("PAK",), ("IND",)): 2, (("RUS",), ("FRA",)): 1, (("COL",), ("USA",)): 1, (("UKR",), ("HUN",)): 1,
        (("HUN",), ("UKR",)): 1, (("POL",), ("RUS",)): 1, (("ISR",), ("FRA",)): 1, (("DZA",), ("FRA",)): 1,
    }
    assert sum(r.date is None for r in rows) == 8
    earlier = _records_through("dv")  # A to DV
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_dx_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_dw():
    # Held-out set DX (issue 13, PLOVER round 138: 2022-2026 news of acts between states of several types —
    # sanctions, attacks, threats, accusations, aid, pledges, agreements and a request — "Russia launched a "massive"
    # missile strike at Ukraine overnight, ...", "China has pledged to provide Myanmar with 100 million yuan ...";
    # pages cited in no other set, doc or source file): labelled before any code change.
    rows = gold.news_records(FIXTURES / "plover_news_dx.tsv")
    assert len(rows) == 23
    assert len({r.url for r in rows}) == 22  # the china.org.cn page gives two rows
    first = rows[0]  # PXR001, observatorial: the UK's sanctions over the annexation of Ukrainian territories
    assert first.labels == ("COERCE", "SANCTION") and first.sources == ("GBR",) and first.targets == ("RUS",)
    assert first.date is None
    pledge = next(r for r in rows if r.text.startswith("China has pledged to provide Myanmar"))
    assert pledge.labels == ("AGREE",) and pledge.sources == ("CHN",) and pledge.targets == ("MMR",)
    signing = next(r for r in rows if r.text.startswith("Australia and the United Kingdom signed"))
    assert signing.labels == ("AGREE",) and signing.sources == ("AUS", "GBR") and signing.targets == ()
    labels = ["/".join(r.labels) for r in rows]
    assert {label: labels.count(label) for label in set(labels)} == {
        "COERCE/SANCTION": 6, "ASSAULT": 5, "THREATEN": 3, "ACCUSE": 3, "AGREE": 3, "AID": 2, "REQUEST": 1,
    }
    pairs = [(r.sources, r.targets) for r in rows]
    assert {pair: pairs.count(pair) for pair in set(pairs)} == {
        (("GBR",), ("RUS",)): 4, (("RUS",), ("GBR",)): 2, (("RUS",), ("UKR",)): 2, (("USA",), ("IRN",)): 2,
        (("IRN",), ("USA",)): 1, (("PRK",), ("KOR",)): 2, (("IND",), ("PAK",)): 2, (("CHN",), ("MMR",)): 1,
        (("AUS", "GBR"), ()): 1, (("CHN",), ("VUT",)): 1, (("CHN",), ("TUR",)): 1, (("USA", "SVK"), ()): 1,
        (("ISR",), ("IRN",)): 3,
    }
    assert sum(r.date is None for r in rows) == 7
    earlier = _records_through("dw")  # A to DW
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_dy_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_dx():
    # Held-out set DY (issue 13, PLOVER round 139: 2022-2026 news of accusations of attacks between states and of
    # attacks told with blame — "Ukrainian officials blamed Russia Tuesday for a missile attack on the capital Kyiv,
    # ...", "China's coast guard accused a Philippine ship of deliberately ramming one of its vessels ..."; pages cited
    # in no other set, doc or source file): labelled before any code change.
    rows = gold.news_records(FIXTURES / "plover_news_dy.tsv")
    assert len(rows) == 21
    assert len({r.url for r in rows}) == 18  # The Messenger, NewEdge Times and IBC World News give two rows each
    first = rows[0]  # PYD001, UrduPoint: Ukraine blames Russia for the missile attack on Kyiv
    assert first.labels == ("ACCUSE",) and first.sources == ("UKR",) and first.targets == ("RUS",)
    assert first.date == "2022-11-15"
    both = next(r for r in rows if r.text.startswith("Russia’s Defense Ministry said both Ukraine"))
    assert both.labels == ("ACCUSE",) and both.sources == ("RUS",) and both.targets == ("UKR", "USA")
    labels = ["/".join(r.labels) for r in rows]
    assert {label: labels.count(label) for label in set(labels)} == {"ACCUSE": 17, "ASSAULT": 4}
    pairs = [(r.sources, r.targets) for r in rows]
    assert {pair: pairs.count(pair) for pair in set(pairs)} == {
        (("RUS",), ("UKR",)): 3, (("UKR",), ("RUS",)): 2, (("THA",), ("KHM",)): 2, (("IRN",), ("USA",)): 2,
        (("PAK",), ("IND",)): 2, (("IRN",), ("ISR",)): 2, (("CHN",), ("PHL",)): 2, (("RUS",), ("UKR", "USA")): 1,
        (("KHM",), ("THA",)): 1, (("SYR",), ("ISR",)): 1, (("VEN",), ("USA",)): 1, (("POL",), ("RUS",)): 1,
        (("ISR",), ("IRN",)): 1,
    }
    assert sum(r.date is None for r in rows) == 9
    earlier = _records_through("dx")  # A to DX
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_dz_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_dy():
    # Held-out set DZ (issue 13, PLOVER round 140: 2022-2026 news of police force on protesters — "Turkish police
    # deployed water cannons and tear gas on Thursday to disperse thousands protesting ...", "In Mozambique, police
    # used tear gas to disperse large crowds of protesters ..." — and of acts of other types between states over such
    # force; pages cited in no other set, doc or source file): labelled before any code change.
    rows = gold.news_records(FIXTURES / "plover_news_dz.tsv")
    assert len(rows) == 22
    assert len({r.url for r in rows}) == 20  # TVP World and news.science give two rows each
    first = rows[0]  # PZD001, Polskie Radio: Turkish police disperse the protests over İmamoğlu's detention
    assert first.labels == ("COERCE",) and first.sources == ("TUR",) and first.targets == ("TUR",)
    assert first.date == "2025-03-21"
    baku = next(r for r in rows if r.text.startswith("Baku on Wednesday"))
    assert baku.labels == ("ACCUSE",) and baku.sources == ("AZE",) and baku.targets == ("FRA",)
    labels = ["/".join(r.labels) for r in rows]
    assert {label: labels.count(label) for label in set(labels)} == {"COERCE": 18, "ACCUSE": 3, "SANCTION": 1}
    pairs = [(r.sources, r.targets) for r in rows]
    assert {pair: pairs.count(pair) for pair in set(pairs)} == {
        (("TUR",), ("TUR",)): 3, (("SRB",), ("SRB",)): 1, (("GEO",), ("GEO",)): 1, (("KEN",), ("KEN",)): 1,
        (("BGD",), ("BGD",)): 3, (("PAK",), ("PAK",)): 1, (("IDN",), ("IDN",)): 2, (("ARG",), ("ARG",)): 1,
        (("MOZ",), ("MOZ",)): 3, (("MDG",), ("MDG",)): 2, (("USA",), ("GEO",)): 2, (("AZE",), ("FRA",)): 2,
    }
    assert sum(r.date is None for r in rows) == 9
    earlier = _records_through("dy")  # A to DY
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_ea_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_dz():
    # Held-out set EA (issue 13, PLOVER round 141: 2022-2026 news of attacks, strikes and shootings between states
    # told through an official's or a news agency's report — "Israeli airstrikes around the Syrian city of Aleppo
    # killed several people early Monday, Syrian state media reported." — and of acts of other types between states
    # over such attacks; pages cited in no other set, doc or source file): labelled before any code change.
    rows = gold.news_records(FIXTURES / "plover_news_ea.tsv")
    assert len(rows) == 21
    assert len({r.url for r in rows}) == 18  # Illustrated Daily News, Yeni Şafak and NewsBytes give two rows each
    first = rows[0]  # PEA001, AP: Israeli airstrikes around Aleppo, told by Syrian state media
    assert first.labels == ("ASSAULT",) and first.sources == ("ISR",) and first.targets == ("SYR",)
    assert first.date == "2024-06-03"
    sharif = next(r for r in rows if r.text.startswith("Pakistan's Prime Minister Shehbaz Sharif condemned"))
    assert sharif.labels == ("ACCUSE",) and sharif.sources == ("PAK",) and sharif.targets == ("IND",)
    labels = ["/".join(r.labels) for r in rows]
    assert {label: labels.count(label) for label in set(labels)} == {"ASSAULT": 20, "ACCUSE": 1}
    pairs = [(r.sources, r.targets) for r in rows]
    assert {pair: pairs.count(pair) for pair in set(pairs)} == {
        (("ISR",), ("LBN",)): 4, (("IND",), ("PAK",)): 4, (("YEM",), ("ISR",)): 2, (("USA", "GBR"), ("YEM",)): 2,
        (("ISR",), ("SYR",)): 1, (("IRN",), ("ISR",)): 1, (("ISR",), ("PSE",)): 1, (("PAK",), ("AFG",)): 1,
        (("IRN",), ("QAT",)): 1, (("IRN",), ("USA",)): 1, (("USA",), ("YEM",)): 1, (("PAK",), ("IND",)): 1,
        (("UKR",), ("RUS",)): 1,
    }
    assert sum(r.date is None for r in rows) == 7
    earlier = _records_through("dz")  # A to DZ
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_eb_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_ea():
    # Held-out set EB (issue 13, PLOVER round 142: 2022-2026 news of police or security forces breaking up,
    # dispersing or cracking down on protests and rallies and detaining protesters — "For the first time in three
    # days, Georgian Special Forces dispersed a rally on Rustaveli Avenue in Tbilisi, ..." — and of condemnations
    # between states over such force; pages cited in no other set, doc or source file): labelled before any code change.
    rows = gold.news_records(FIXTURES / "plover_news_eb.tsv")
    assert len(rows) == 22
    assert len({r.url for r in rows}) == 20  # TRT Afrika and NewsX give two rows each
    first = rows[0]  # PEB001, Algoa FM: Russian police detaining Navalny's mourners, told by OVD-Info
    assert first.labels == ("COERCE",) and first.sources == ("RUS",) and first.targets == ("RUS",)
    assert first.date is None
    ukraine = next(r for r in rows if r.text.startswith("The Ukrainian Ministry of Foreign Affairs (MFA) condemned"))
    assert ukraine.labels == ("ACCUSE",) and ukraine.sources == ("UKR",) and ukraine.targets == ("GEO",)
    assert ukraine.date == "2024-11-29"
    labels = ["/".join(r.labels) for r in rows]
    assert {label: labels.count(label) for label in set(labels)} == {"COERCE": 20, "ACCUSE": 2}
    pairs = [(r.sources, r.targets) for r in rows]
    assert {pair: pairs.count(pair) for pair in set(pairs)} == {
        (("RUS",), ("RUS",)): 4, (("GEO",), ("GEO",)): 4, (("TGO",), ("TGO",)): 2, (("IRN",), ("IRN",)): 3,
        (("KEN",), ("KEN",)): 3, (("SRB",), ("SRB",)): 4, (("UKR",), ("GEO",)): 2,
    }
    assert sum(r.date is None for r in rows) == 11
    earlier = _records_through("ea")  # A to EA
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_ec_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_eb():
    # Held-out set EC (issue 13, PLOVER round 143: 2022-2026 news of police or security forces acting on protesters,
    # named without their state — "Police in Kathmandu opened fire Monday on protesters demonstrating against a
    # government ban on social media, ..." — and of summonses between states over such force; pages cited in no other
    # set, doc or source file): labelled before any code change.
    rows = gold.news_records(FIXTURES / "plover_news_ec.tsv")
    assert len(rows) == 20
    assert len({r.url for r in rows}) == 19  # Paralel gives two rows
    first = rows[0]  # PEC001, Deccan Chronicle: police in Kathmandu opening fire on protesters
    assert first.labels == ("ASSAULT",) and first.sources == ("NPL",) and first.targets == ("NPL",)
    assert first.date == "2025-09-08"
    france = next(r for r in rows if r.text.startswith("The French government also summoned the Iranian ambassador"))
    assert france.labels == ("ACCUSE",) and france.sources == ("FRA",) and france.targets == ("IRN",)
    assert france.date == "2026-01-13"
    labels = ["/".join(r.labels) for r in rows]
    assert {label: labels.count(label) for label in set(labels)} == {"ASSAULT": 2, "COERCE": 16, "ACCUSE": 2}
    pairs = [(r.sources, r.targets) for r in rows]
    assert {pair: pairs.count(pair) for pair in set(pairs)} == {
        (("NPL",), ("NPL",)): 3, (("MOZ",), ("MOZ",)): 2, (("BGD",), ("BGD",)): 1, (("LKA",), ("LKA",)): 2,
        (("GEO",), ("GEO",)): 1, (("MDG",), ("MDG",)): 1, (("ARM",), ("ARM",)): 3, (("PER",), ("PER",)): 1,
        (("TZA",), ("TZA",)): 4, (("GBR",), ("IRN",)): 1, (("FRA",), ("IRN",)): 1,
    }
    assert sum(r.date is None for r in rows) == 10
    earlier = _records_through("eb")  # A to EB
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_ed_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_ec():
    # Held-out set ED (issue 13, PLOVER round 144: 2024-2026 news of acts of several PLOVER types between states —
    # accusations, threats, sanctions and recalls, aid, agreements and attacks — "The EU on Monday adopted its 16th
    # package of sanctions against Russia, ..."; pages cited in no other set, doc or source file): labelled before any
    # code change.
    rows = gold.news_records(FIXTURES / "plover_news_ed.tsv")
    assert len(rows) == 20
    assert len({r.url for r in rows}) == 17  # smiua, unn.ua (airstrikes) and the Zambian Observer give two rows each
    first = rows[0]  # PED001, MENAFN (KUNA): China's "solemn representations" to Australia over a warplane's intrusion
    assert first.labels == ("ACCUSE",) and first.sources == ("CHN",) and first.targets == ("AUS",)
    assert first.date == "2025-02-13"
    trade = next(r for r in rows if r.text.startswith("The US and China have signed an agreement on trade"))
    assert trade.labels == ("SUPPORT",) and trade.sources == ("USA", "CHN") and trade.targets == ()
    recall = next(r for r in rows if r.text.startswith("Iran has recalled its ambassadors"))
    assert recall.labels == ("SANCTION",) and recall.sources == ("IRN",) and recall.targets == ("DEU", "FRA", "GBR")
    labels = ["/".join(r.labels) for r in rows]
    assert {label: labels.count(label) for label in set(labels)} == {
        "ACCUSE": 3, "AGREE": 2, "AID": 2, "ASSAULT": 2, "SANCTION": 7, "SUPPORT": 1, "THREATEN": 3,
    }
    pairs = [(r.sources, r.targets) for r in rows]
    assert {pair: pairs.count(pair) for pair in set(pairs)} == {
        (("CHN",), ("AUS",)): 1, (("CHN",), ("USA",)): 4, (("COL",), ("ARG",)): 1, (("ETH", "PAK"), ()): 1,
        (("IGO",), ("RUS",)): 2, (("IGO",), ("UKR",)): 1, (("IRN",), ("DEU", "FRA", "GBR")): 1, (("ISR",), ("IRN",)): 1,
        (("PAK",), ("AFG",)): 3, (("PRK",), ("KOR", "USA")): 1, (("USA",), ("RUS",)): 2, (("USA",), ("UKR",)): 1,
        (("USA", "CHN"), ()): 1,
    }
    assert sum(r.date is None for r in rows) == 4
    earlier = _records_through("ec")  # A to EC
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_ee_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_ed():
    # Held-out set EE (issue 13, PLOVER round 145: 2024-2026 news of attacks and strikes between states and of
    # accusations and condemnations between them — "Another Israeli strike killed three people in Maaysra ...",
    # "Iran has condemned a US attack on its nuclear sites, ..."; pages cited in no other set, doc or source file):
    # labelled before any code change.
    rows = gold.news_records(FIXTURES / "plover_news_ee.tsv")
    assert len(rows) == 21
    assert len({r.url for r in rows}) == 21  # one sentence a page
    first = rows[0]  # PEE001, Arab News (AFP): Lebanese leaders accuse Israel of targeting reconstruction machinery
    assert first.labels == ("ACCUSE",) and first.sources == ("LBN",) and first.targets == ("ISR",)
    assert first.date == "2025-10-27"
    e3 = next(r for r in rows if r.text.startswith("France, Germany, and the UK on Friday slammed"))
    assert e3.labels == ("ACCUSE",) and e3.sources == ("DEU", "FRA", "GBR") and e3.targets == ("ISR",)
    shelling = next(r for r in rows if r.text.startswith("India's army later said three civilians were killed by"))
    assert shelling.labels == ("ASSAULT",) and shelling.sources == ("PAK",) and shelling.targets == ("IND",)
    labels = ["/".join(r.labels) for r in rows]
    assert {label: labels.count(label) for label in set(labels)} == {"ACCUSE": 14, "ASSAULT": 7}
    pairs = [(r.sources, r.targets) for r in rows]
    assert {pair: pairs.count(pair) for pair in set(pairs)} == {
        (("AZE",), ("ARM",)): 1, (("CHN",), ("JPN",)): 1, (("CHN",), ("JPN", "USA")): 2, (("CHN",), ("PHL",)): 1,
        (("DEU", "FRA", "GBR"), ("ISR",)): 1, (("IND",), ("PAK",)): 2, (("IRN",), ("USA",)): 1, (("ISR",), ("LBN",)): 2,
        (("ISR",), ("QAT",)): 1, (("LBN",), ("ISR",)): 1, (("PAK",), ("AFG",)): 2, (("PAK",), ("IND",)): 2,
        (("QAT",), ("ISR",)): 2, (("RUS",), ("UKR",)): 1, (("THA",), ("KHM",)): 1,
    }
    assert sum(r.date is None for r in rows) == 2
    earlier = _records_through("ed")  # A to ED
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_ef_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_ee():
    # Held-out set EF (issue 13, PLOVER round 146: 2024-2026 news of accusations, blame and condemnations between
    # states, ministries and spokespeople among the accusers — "Iran’s government has accused Israel of assassinating
    # ...", "In Beijing, foreign ministry spokesperson Lin Jian told a press conference that ..."; pages cited in no
    # other set, doc or source file): labelled before any code change.
    rows = gold.news_records(FIXTURES / "plover_news_ef.tsv")
    assert len(rows) == 21
    assert len({r.url for r in rows}) == 21  # one sentence a page
    first = rows[0]  # PEF001, TASS: Iran's foreign ministry spokesman says Israel is behind Haniyeh's assassination
    assert first.labels == ("ACCUSE",) and first.sources == ("IRN",) and first.targets == ("ISR",)
    assert first.date == "2024-08-05"
    sahel = next(r for r in rows if r.text.startswith("The three Sahel countries said in their joint statement"))
    assert sahel.labels == ("ACCUSE",) and sahel.sources == ("BFA", "MLI", "NER") and sahel.targets == ("DZA",)
    capitals = next(r for r in rows if r.text.endswith("Ankara has accused Tel Aviv of nixing them."))
    assert capitals.labels == ("ACCUSE",) and capitals.sources == ("TUR",) and capitals.targets == ("ISR",)
    labels = ["/".join(r.labels) for r in rows]
    assert {label: labels.count(label) for label in set(labels)} == {"ACCUSE": 21}
    pairs = [(r.sources, r.targets) for r in rows]
    assert {pair: pairs.count(pair) for pair in set(pairs)} == {
        (("AFG",), ("PAK",)): 1, (("AZE",), ("RUS",)): 2, (("BFA", "MLI", "NER"), ("DZA",)): 1, (("CHN",), ("JPN",)): 2,
        (("EST",), ("RUS",)): 1, (("ETH",), ("ERI",)): 1, (("IRN",), ("ISR",)): 2, (("IRN",), ("USA",)): 1,
        (("PRK",), ("KOR", "USA")): 1, (("PRK",), ("USA",)): 1, (("RUS",), ("GBR",)): 1, (("RUS",), ("UKR",)): 1,
        (("RWA",), ("BDI",)): 1, (("SDN",), ("ARE",)): 1, (("TUR",), ("ISR",)): 2, (("UKR",), ("BDI", "GIN", "TCD")): 1,
        (("UKR",), ("BFA", "MLI", "NER")): 1,
    }
    assert sum(r.date is None for r in rows) == 6
    earlier = _records_through("ee")  # A to EE
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_eg_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_ef():
    # Held-out set EG (issue 13, PLOVER round 147: 2024-2026 news of attacks, strikes and shelling between states told
    # by verbs of force, states, demonyms, forces and a pronoun among the doers — "Thai army officials stated that
    # Cambodian forces opened fire at a Thai army base ...", "Sana also said Israel struck targets in ..."; pages cited
    # in no other set, doc or source file): labelled before any code change.
    rows = gold.news_records(FIXTURES / "plover_news_eg.tsv")
    assert len(rows) == 21
    assert len({r.url for r in rows}) == 21  # one sentence a page
    first = rows[0]  # PEG001, Must Share News: Cambodian forces open fire at a Thai army base
    assert first.labels == ("ASSAULT",) and first.sources == ("KHM",) and first.targets == ("THA",)
    assert first.date == "2025-07-24"
    pronoun = next(r for r in rows if r.text.startswith("According to Pakistani forces, they managed to destroy"))
    assert pronoun.labels == ("ASSAULT",) and pronoun.sources == ("PAK",) and pronoun.targets == ("AFG",)
    bases = next(r for r in rows if r.text.startswith("Iran fired a number of missiles at U.S. military bases"))
    assert bases.sources == ("IRN",) and bases.targets == ("USA",)
    labels = ["/".join(r.labels) for r in rows]
    assert {label: labels.count(label) for label in set(labels)} == {"ASSAULT": 21}
    pairs = [(r.sources, r.targets) for r in rows]
    assert {pair: pairs.count(pair) for pair in set(pairs)} == {
        (("AFG",), ("PAK",)): 1, (("IRN",), ("USA",)): 1, (("ISR",), ("IRN",)): 1, (("ISR",), ("LBN",)): 5,
        (("ISR",), ("SYR",)): 1, (("KHM",), ("THA",)): 2, (("PAK",), ("AFG",)): 1, (("PAK",), ("IND",)): 3,
        (("RUS",), ("UKR",)): 2, (("USA",), ("IRN",)): 4,
    }
    assert sum(r.date is None for r in rows) == 14
    earlier = _records_through("ef")  # A to EF
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_eh_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_eg():
    # Held-out set EH (issue 13, PLOVER round 148: 2024-2026 news of ministries, spokespeople and offices accusing,
    # blaming, condemning or denouncing another state — "The Foreign Ministry strongly condemned the decision by the
    # Israeli government ...", "... Randhir Jaiswal alleged during a weekly briefing that Pakistan had engaged in ...";
    # pages cited in no other set, doc or source file): labelled before any code change.
    rows = gold.news_records(FIXTURES / "plover_news_eh.tsv")
    assert len(rows) == 18
    assert len({r.url for r in rows}) == 18  # one sentence a page
    first = rows[0]  # PEH001, Daily Sabah: Turkiye's foreign ministry condemns Israel's halt of aid to Gaza
    assert first.labels == ("ACCUSE",) and first.sources == ("TUR",) and first.targets == ("ISR",)
    assert first.date == "2025-03-03"
    alleged = next(r for r in rows if r.text.startswith("The response came after Indian Ministry"))
    assert alleged.sources == ("IND",) and alleged.targets == ("PAK",)
    held = next(r for r in rows if r.text.startswith("Tehran: Iran holds the United States and Israel"))
    assert held.sources == ("IRN",) and held.targets == ("USA", "ISR")
    labels = ["/".join(r.labels) for r in rows]
    assert {label: labels.count(label) for label in set(labels)} == {"ACCUSE": 18}
    pairs = [(r.sources, r.targets) for r in rows]
    assert {pair: pairs.count(pair) for pair in set(pairs)} == {
        (("ARE",), ("SDN",)): 1, (("CHN",), ("JPN",)): 1, (("CHN",), ("USA",)): 2, (("DZA",), ("FRA",)): 1,
        (("ESP",), ("ISR",)): 1, (("IND",), ("PAK",)): 1, (("IRN",), ("ISR",)): 1, (("IRN",), ("ISR", "USA")): 2,
        (("IRN",), ("USA", "ISR")): 1, (("ISR",), ("ESP",)): 1, (("PAK",), ("IND",)): 1, (("PAK",), ("ISR",)): 1,
        (("SDN",), ("ARE",)): 2, (("THA",), ("KHM",)): 1, (("TUR",), ("ISR",)): 1,
    }
    assert sum(r.date is None for r in rows) == 7
    earlier = _records_through("eg")  # A to EG
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_ei_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_eh():
    # Held-out set EI (issue 13, PLOVER round 149: 2024-2026 news of ministries, spokespeople, the Kremlin and
    # offices accusing, blaming, condemning or denouncing another state, many with an accuser that names no state —
    # "The spokesman condemned Zelenskyy and Western outlets ...", "The Kremlin has accused the United Kingdom of
    # ..."; pages cited in no other set, doc or source file): labelled before any code change.
    rows = gold.news_records(FIXTURES / "plover_news_ei.tsv")
    assert len(rows) == 19
    assert len({r.url for r in rows}) == 19  # one sentence a page
    first = rows[0]  # PEI001, LatAm Media Report: the Kremlin's spokesman condemns Zelenskyy
    assert first.labels == ("ACCUSE",) and first.sources == ("RUS",) and first.targets == ("UKR",)
    assert first.date is None
    kremlin = next(r for r in rows if r.text.startswith("The Kremlin has accused the United Kingdom"))
    assert kremlin.sources == ("RUS",) and kremlin.targets == ("GBR",) and kremlin.date == "2025-09-21"
    circles = next(r for r in rows if r.text.startswith("China firmly opposes relevant countries"))
    assert circles.sources == ("CHN",) and circles.targets == ("KOR", "USA", "JPN")
    labels = ["/".join(r.labels) for r in rows]
    assert {label: labels.count(label) for label in set(labels)} == {"ACCUSE": 19}
    pairs = [(r.sources, r.targets) for r in rows]
    assert {pair: pairs.count(pair) for pair in set(pairs)} == {
        (("CHN",), ("JPN",)): 1, (("CHN",), ("KOR", "USA", "JPN")): 1, (("CHN",), ("USA",)): 1,
        (("IND",), ("CAN",)): 2, (("IRN",), ("USA",)): 5, (("KOR",), ("PRK",)): 1, (("PAK",), ("IND",)): 4,
        (("RUS",), ("GBR",)): 3, (("RUS",), ("UKR",)): 1,
    }
    assert sum(r.date is None for r in rows) == 3
    earlier = _records_through("eh")  # A to EH
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_ej_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_ei():
    # Held-out set EJ (issue 13, PLOVER round 150: 2024-2026 news of strikes, shelling and fire between states whose
    # target is told by a place, forces or a demonym — "hit by Ukrainian drones" in "Russia's Ulyanovsk district",
    # "rockets at Israeli military positions", "the Fordo nuclear facility located south of Tehran"; pages cited in
    # no other set, doc or source file): labelled before any code change.
    rows = gold.news_records(FIXTURES / "plover_news_ej.tsv")
    assert len(rows) == 18
    assert len({r.url for r in rows}) == 18  # one sentence a page
    first = rows[0]  # PEJ001, Euronews: a substation in Russia's Ulyanovsk district hit by Ukrainian drones
    assert first.labels == ("ASSAULT",) and first.sources == ("UKR",) and first.targets == ("RUS",)
    assert first.date == "2025-10-18"
    cannon = next(r for r in rows if r.text.startswith("Tensions between China and the Philippines"))
    assert cannon.labels == ("ASSAULT", "COERCE") and cannon.sources == ("CHN",) and cannon.targets == ("PHL",)
    labels = ["/".join(r.labels) for r in rows]
    assert {label: labels.count(label) for label in set(labels)} == {"ASSAULT": 17, "ASSAULT/COERCE": 1}
    pairs = [(r.sources, r.targets) for r in rows]
    assert {pair: pairs.count(pair) for pair in set(pairs)} == {
        (("AFG",), ("PAK",)): 1, (("CHN",), ("PHL",)): 1, (("IND",), ("PAK",)): 1, (("ISR",), ("IRN",)): 2,
        (("ISR",), ("SYR",)): 1, (("KHM",), ("THA",)): 1, (("LBN",), ("ISR",)): 2, (("PAK",), ("AFG",)): 1,
        (("PAK",), ("IND",)): 1, (("RUS",), ("UKR",)): 1, (("THA",), ("KHM",)): 3, (("UKR",), ("RUS",)): 1,
        (("YEM",), ("USA",)): 2,
    }
    assert sum(r.date is None for r in rows) == 6
    earlier = _records_through("ei")  # A to EI
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_ek_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_ej():
    # Held-out set EK (issue 13, PLOVER round 151: 2024-2026 news of a state's ministry, spokesperson or leader
    # accusing, blaming, condemning or criticising another state, often for an act told in the same sentence —
    # "accused Kyiv of conducting a drone attack", "said that the Israeli attack on the Freedom Flotilla was ...",
    # "summoned China's ambassador ... after Chinese military aircraft locked radar"; pages cited in no other set,
    # doc or source file): labelled before any code change.
    rows = gold.news_records(FIXTURES / "plover_news_ek.tsv")
    assert len(rows) == 19
    assert len({r.url for r in rows}) == 19  # one sentence a page
    first = rows[0]  # PEK001, Islamic Invitation Turkey: Iran's Foreign Ministry denounces Israel's strike in Tehran
    assert first.labels == ("ACCUSE",) and first.sources == ("IRN",) and first.targets == ("ISR",)
    assert first.date is None
    summons = next(r for r in rows if r.text.startswith("TOKYO: Japan has summoned China's ambassador"))
    assert summons.sources == ("JPN",) and summons.targets == ("CHN",) and summons.date == "2025-12-08"
    drills = next(r for r in rows if r.text.startswith("Pyongyang further accused both Washington and Seoul"))
    assert drills.sources == ("PRK",) and drills.targets == ("USA", "KOR")
    labels = ["/".join(r.labels) for r in rows]
    assert {label: labels.count(label) for label in set(labels)} == {"ACCUSE": 19}
    pairs = [(r.sources, r.targets) for r in rows]
    assert {pair: pairs.count(pair) for pair in set(pairs)} == {
        (("AZE",), ("RUS",)): 1, (("CHN",), ("JPN",)): 1, (("CHN",), ("PHL",)): 2, (("IRN",), ("ISR",)): 1,
        (("IRN",), ("USA",)): 1, (("JPN",), ("CHN",)): 2, (("MLI",), ("DZA",)): 1, (("PAK",), ("IND",)): 1,
        (("POL",), ("RUS",)): 1, (("PRK",), ("USA", "KOR")): 2, (("RUS",), ("UKR",)): 1, (("THA",), ("KHM",)): 1,
        (("TUR",), ("ISR",)): 2, (("VEN",), ("USA",)): 2,
    }
    assert sum(r.date is None for r in rows) == 8
    earlier = _records_through("ej")  # A to EJ
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_el_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_ek():
    # Held-out set EL (issue 13, PLOVER round 152: 2024-2026 news of a state's government, ministry, spokesperson or
    # leader condemning, protesting against, denouncing or criticising another state's act or statement — "blasted
    # the U.K. government's latest delay", "has formally filed a diplomatic protest against China's recent water
    # cannoning", "described Algeria's decision ... as \"very regrettable\"", "The Hungarian government's bet on
    # demonizing Ukraine is losing and short-sighted, ... said"; pages cited in no other set, doc or source file):
    # labelled before any code change.
    rows = gold.news_records(FIXTURES / "plover_news_el.tsv")
    assert len(rows) == 18
    assert len({r.url for r in rows}) == 18  # one sentence a page
    first = rows[0]  # PEL001, WTOP (AP): China blasts the U.K.'s delay over its London embassy
    assert first.labels == ("ACCUSE",) and first.sources == ("CHN",) and first.targets == ("GBR",)
    assert first.date == "2025-12-03"
    statement = next(r for r in rows if r.text.startswith("The Hungarian government's bet on demonizing Ukraine"))
    assert statement.sources == ("UKR",) and statement.targets == ("HUN",) and statement.date == "2025-06-10"
    protest = next(r for r in rows if r.text.startswith("Kanasugi also strongly protested"))
    assert protest.sources == ("JPN",) and protest.targets == ("CHN",)
    labels = ["/".join(r.labels) for r in rows]
    assert {label: labels.count(label) for label in set(labels)} == {"ACCUSE": 18}
    pairs = [(r.sources, r.targets) for r in rows]
    assert {pair: pairs.count(pair) for pair in set(pairs)} == {
        (("CHN",), ("GBR",)): 2, (("FRA",), ("DZA",)): 2, (("HUN",), ("UKR",)): 1, (("IND",), ("CHN",)): 1,
        (("IRN",), ("USA",)): 2, (("JPN",), ("CHN",)): 1, (("PAK",), ("IND",)): 3, (("PHL",), ("CHN",)): 2,
        (("QAT",), ("ISR",)): 2, (("UKR",), ("HUN",)): 1, (("VEN",), ("USA",)): 1,
    }
    assert sum(r.date is None for r in rows) == 4
    earlier = _records_through("ek")  # A to EK
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_em_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_el():
    # Held-out set EM (issue 13, PLOVER round 153: 2024-2026 news of a state imposing, tightening or threatening
    # sanctions, export controls, tariffs, trade bans or entity listings on another state or its firms — "decided on
    # Tuesday to add 10 US firms ... to the country's unreliable entity list", "imposed a 100 percent tariff on
    # imports of electric cars manufactured in China", "has halted all exports and imports to and from Israel",
    # "threatened India with “massive tariffs”"; pages cited in no other set, doc or source file): labelled
    # before any code change.
    rows = gold.news_records(FIXTURES / "plover_news_em.tsv")
    assert len(rows) == 19
    assert len({r.url for r in rows}) == 19  # one sentence a page
    first = rows[0]  # PEM001, Shanghai Daily (Xinhua): China adds 10 US firms to its unreliable entity list
    assert first.labels == ("COERCE", "SANCTION") and first.sources == ("CHN",) and first.targets == ("USA",)
    assert first.date == "2025-03-04"
    tariffs = next(r for r in rows if r.text.startswith("Steep US tariffs on Canadian and Mexican goods"))
    assert tariffs.sources == ("USA",) and tariffs.targets == ("CAN", "MEX") and tariffs.date is None
    threat = next(r for r in rows if r.text.startswith("On October 19, 2025, U.S. President Donald Trump"))
    assert threat.labels == ("THREATEN",) and threat.targets == ("IND",)
    labels = ["/".join(r.labels) for r in rows]
    assert {label: labels.count(label) for label in set(labels)} == {
        "COERCE/SANCTION": 12, "COERCE/SANCTION/THREATEN": 5, "THREATEN": 2,
    }
    pairs = [(r.sources, r.targets) for r in rows]
    assert {pair: pairs.count(pair) for pair in set(pairs)} == {
        (("CHN",), ("USA",)): 3, (("USA",), ("CHN",)): 2, (("CAN",), ("CHN",)): 2, (("CHN",), ("CAN",)): 1,
        (("USA",), ("IND",)): 3, (("TUR",), ("ISR",)): 2, (("GBR",), ("RUS",)): 3, (("RUS",), ("IGO",)): 2,
        (("USA",), ("CAN", "MEX")): 1,
    }
    assert sum(r.date is None for r in rows) == 6
    earlier = _records_through("el")  # A to EL
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_en_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_em():
    # Held-out set EN (issue 13, PLOVER round 154: 2024-2026 news of one state threatening another with sanctions,
    # tariffs, trade measures or countermeasures — "threatened Russia with further sanctions unless Moscow moves
    # quickly", "has vowed countermeasures against Washington if", "has threatened to impose “very high” tariffs on
    # Denmark if", "announced plans to impose a 50% tariff on all Brazilian imports"; pages cited in no other set, doc
    # or source file): labelled before any code change.
    rows = gold.news_records(FIXTURES / "plover_news_en.tsv")
    assert len(rows) == 17
    assert len({r.url for r in rows}) == 17  # one sentence a page
    first = rows[0]  # PEN001, Semafor: Trump threatens Russia with further sanctions
    assert first.labels == ("THREATEN",) and first.sources == ("USA",) and first.targets == ("RUS",)
    assert first.date == "2025-01-22"
    both = next(r for r in rows if r.text.startswith("President Donald Trump issued an overnight threat"))
    assert both.sources == ("USA",) and both.targets == ("IGO", "CAN") and both.date is None
    planned = next(r for r in rows if r.text.startswith("President Donald Trump Wednesday announced plans"))
    assert planned.labels == ("COERCE", "SANCTION", "THREATEN") and planned.targets == ("BRA",)
    labels = ["/".join(r.labels) for r in rows]
    assert {label: labels.count(label) for label in set(labels)} == {"THREATEN": 16, "COERCE/SANCTION/THREATEN": 1}
    pairs = [(r.sources, r.targets) for r in rows]
    assert {pair: pairs.count(pair) for pair in set(pairs)} == {
        (("USA",), ("RUS",)): 3, (("USA",), ("IGO", "CAN")): 1, (("CHN",), ("USA",)): 2, (("COL",), ("USA",)): 1,
        (("USA",), ("BRA",)): 1, (("IGO",), ("USA",)): 2, (("RUS",), ("IGO",)): 2, (("USA",), ("DNK",)): 2,
        (("CHN",), ("JPN",)): 2, (("IRN",), ("USA",)): 1,
    }
    assert sum(r.date is None for r in rows) == 10
    earlier = _records_through("em")  # A to EM
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_eo_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_en():
    # Held-out set EO (issue 13, PLOVER round 155: 2012-2025 news of acts inside one state by police, courts,
    # prosecutors, anti-graft agencies, authorities and armed groups — "was arrested Wednesday after addressing a
    # political rally", "sentenced former Justice Minister Constant Mutamba to three years of forced labor", "has
    # pardoned 42 individuals convicted", "the West Bengal police has conducted raids at residences", "gunmen attacked
    # two villages in Adamawa State"; pages cited in no other set, doc or source file): labelled before any code change.
    rows = gold.news_records(FIXTURES / "plover_news_eo.tsv")
    assert len(rows) == 20
    assert len({r.url for r in rows}) == 20  # one sentence a page
    first = rows[0]  # PEO001, Africanews: Tundu Lissu arrested after a rally
    assert first.labels == ("COERCE",) and first.sources == ("TZA",) and first.targets == ("TZA",)
    assert first.date == "2025-04-10"
    pardon = next(r for r in rows if r.text.startswith("Alexander Lukashenko, the self-proclaimed president"))
    assert pardon.labels == ("RETREAT",) and pardon.sources == ("BLR",) and pardon.date == "2025-05-07"
    gunmen = next(r for r in rows if r.text.startswith("At least 25 people lost their lives as gunmen"))
    assert gunmen.labels == ("ASSAULT",) and gunmen.targets == ("NGA",) and gunmen.date is None
    labels = ["/".join(r.labels) for r in rows]
    assert {label: labels.count(label) for label in set(labels)} == {"COERCE": 11, "ASSAULT": 5, "RETREAT": 4}
    assert all(r.sources == r.targets for r in rows)  # every act is inside one state
    states = [r.sources[0] for r in rows]
    assert {state: states.count(state) for state in set(states)} == {
        "NGA": 6, "IND": 3, "BLR": 2, "IDN": 2, "TZA": 1, "COD": 1, "CHN": 1, "PAK": 1, "MYS": 1, "MMR": 1, "RUS": 1,
    }
    assert sum(r.date is None for r in rows) == 10
    earlier = _records_through("en")  # A to EN
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_ep_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_eo():
    # Held-out set EP (issue 13, PLOVER round 156: 2019-2025 news of acts between two states whose target is told
    # as a verb's object, after a preposition, by a possessive, a passive's subject, a demonym, a place, a capital
    # or only by the dateline — "struck port facilities in the Yemeni port of Hodeidha", "attacked Yemen's
    # Houthi-held Hodeida port", "summoned the interim chargé d'affaires of the Russian Federation in Estonia",
    # "withdrew its ambassador from France"; pages cited in no other set, doc or source file): labelled before any
    # code change.
    rows = gold.news_records(FIXTURES / "plover_news_ep.tsv")
    assert len(rows) == 21
    assert len({r.url for r in rows}) == 20  # one page gives two sentences
    first = rows[0]  # PEP001, TheJournal.ie: Israeli aircraft strike the port of Hodeidah
    assert first.labels == ("ASSAULT",) and first.sources == ("ISR",) and first.targets == ("YEM",)
    assert first.date == "2024-07-20"
    houthis = next(r for r in rows if r.text.startswith("On Sunday, the Houthis launched"))
    assert houthis.sources == ("YEM",) and houthis.targets == ("ISR",) and houthis.date is None
    boarded = next(r for r in rows if r.text.startswith("While reading a statement"))
    assert boarded.labels == ("COERCE",) and boarded.sources == ("USA",) and boarded.targets == ("VEN",)
    labels = ["/".join(r.labels) for r in rows]
    assert {label: labels.count(label) for label in set(labels)} == {
        "ASSAULT": 6, "ACCUSE": 8, "SANCTION": 4, "COERCE/SANCTION": 2, "COERCE": 1,
    }
    pairs = [(r.sources, r.targets) for r in rows]
    assert {pair: pairs.count(pair) for pair in set(pairs)} == {
        (("ISR",), ("YEM",)): 4, (("YEM",), ("ISR",)): 1, (("IND",), ("PAK",)): 1, (("UKR",), ("HUN",)): 1,
        (("USA",), ("IRN",)): 2, (("PAK",), ("AFG",)): 2, (("USA",), ("PAK",)): 1, (("AFG",), ("PAK",)): 1,
        (("USA",), ("VEN",)): 1, (("EST",), ("RUS",)): 3, (("DZA",), ("ESP",)): 1, (("DZA",), ("FRA",)): 3,
    }
    assert sum(r.date is None for r in rows) == 14
    earlier = _records_through("eo")  # A to EO
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_eq_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_ep():
    # Held-out set EQ (issue 13, PLOVER round 157: 2014-2025 news of a state imposing, announcing or threatening
    # sanctions, export controls, anti-dumping duties or import bans on another state or its firms — "announced a
    # new set of sweeping Russia-related export controls and sanctions", "has imposed an immediate ban on all direct
    # and indirect imports", "will impose anti-dumping tariffs of up to 73.6 percent on barley imported from
    # Australia", "Moscow may ban the supply of a number of Ukrainian goods"; pages cited in no other set, doc or
    # source file): labelled before any code change.
    rows = gold.news_records(FIXTURES / "plover_news_eq.tsv")
    assert len(rows) == 21
    assert len({r.url for r in rows}) == 21  # one sentence a page
    first = rows[0]  # PEQ001, Export Compliance Daily: US export controls and sanctions on Russia
    assert first.labels == ("COERCE", "SANCTION") and first.sources == ("USA",) and first.targets == ("RUS",)
    assert first.date is None
    barley = next(r for r in rows if r.text.startswith("China will impose anti-dumping tariffs"))
    assert barley.labels == ("COERCE", "SANCTION", "THREATEN") and barley.targets == ("AUS",)
    assert barley.date == "2020-05-18"
    threat = next(r for r in rows if r.text.startswith("Moscow may ban"))
    assert threat.labels == ("THREATEN",) and threat.sources == ("RUS",) and threat.targets == ("UKR",)
    labels = ["/".join(r.labels) for r in rows]
    assert {label: labels.count(label) for label in set(labels)} == {
        "COERCE/SANCTION": 15, "COERCE/SANCTION/THREATEN": 4, "THREATEN": 2,
    }
    pairs = [(r.sources, r.targets) for r in rows]
    assert {pair: pairs.count(pair) for pair in set(pairs)} == {
        (("USA",), ("RUS",)): 3, (("USA",), ("RUS", "BLR")): 1, (("CHN",), ("USA",)): 1, (("IGO",), ("RUS",)): 1,
        (("RUS",), ("IGO",)): 1, (("IND",), ("PAK",)): 1, (("JPN",), ("KOR",)): 1, (("CHN",), ("AUS",)): 4,
        (("USA",), ("IRN",)): 1, (("RUS",), ("AUS", "CAN", "IGO", "USA", "NOR")): 1, (("RUS",), ("USA", "IGO")): 1,
        (("RUS",), ("UKR",)): 1, (("UKR",), ("RUS",)): 1, (("AUS",), ("IRN",)): 3,
    }
    assert sum(r.date is None for r in rows) == 17
    earlier = _records_through("ep")  # A to EP
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


def test_news_set_er_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_eq():
    # Held-out set ER (issue 13, PLOVER round 158: 2007-2026 news of acts between two states whose target is told by a
    # demonym or adjective — "fired rockets and mortars at Israeli soldiers", "launched strikes against Russian
    # positions", "opened fire on several Pakistani border posts", "killing three Palestinians", "Five Syrian soldiers
    # were killed in an Israeli airstrike", "intercepted a U.S. drone" — and one told by a possessive; pages cited in
    # no other set, doc or source file): labelled before any code change.
    rows = gold.news_records(FIXTURES / "plover_news_er.tsv")
    assert len(rows) == 19
    assert len({r.url for r in rows}) == 19  # one sentence a page
    first = rows[0]  # PER001, IRNA: Hezbollah fighters fire rockets and mortars at Israeli soldiers
    assert first.labels == ("ASSAULT",) and first.sources == ("LBN",) and first.targets == ("ISR",)
    assert first.date == "2024-08-19"
    raid = next(r for r in rows if r.text.startswith("Israeli forces raided a town"))
    assert raid.sources == ("ISR",) and raid.targets == ("PSE",) and raid.date == "2024-06-13"
    expelled = next(r for r in rows if r.text.startswith("Russia has expelled several American diplomats"))
    assert expelled.labels == ("SANCTION",) and expelled.targets == ("USA",)
    labels = ["/".join(r.labels) for r in rows]
    assert {label: labels.count(label) for label in set(labels)} == {
        "ASSAULT": 16, "ACCUSE": 1, "SANCTION": 1, "COERCE": 1,
    }
    pairs = [(r.sources, r.targets) for r in rows]
    assert {pair: pairs.count(pair) for pair in set(pairs)} == {
        (("LBN",), ("ISR",)): 2, (("ISR",), ("LBN",)): 1, (("UKR",), ("RUS",)): 2, (("AFG",), ("PAK",)): 1,
        (("PAK",), ("AFG",)): 1, (("ISR",), ("PSE",)): 2, (("RUS",), ("USA",)): 2, (("KOR",), ("PRK",)): 1,
        (("PAK",), ("IND",)): 1, (("IND",), ("PAK",)): 1, (("KHM",), ("THA",)): 1, (("ARM",), ("AZE",)): 1,
        (("ISR",), ("SYR",)): 3,
    }
    assert sum(r.date is None for r in rows) == 7
    earlier = _records_through("eq")  # A to EQ
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}
