"""The claim checker on real published text (tests/fixtures/claims/README.md cites every source).

Expected verdicts are worked out here from the raw mirror files (IMF DOTS and UN Comtrade trade,
SIPRI, ATOP, the ICEWS sample), never from the checker's own output.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pandas as pd
import pyreadr
import pytest
from typer.testing import CliRunner

from latitude.cli import app
from latitude.errors import LatitudeError
from latitude.scenarios.claims import check_file, check_text, find_claims
from latitude.scenarios.claims.evaluate import load, run, summary

from substrings import SubstringIndex

FIXTURES = Path(__file__).parents[1] / "fixtures" / "claims"
ARTICLES = FIXTURES / "articles"


# IMF aggregates among the DOTS partners (every other partner name is an economy)
_DOTS_AGGREGATES = ("World", "Economies", "Emerging", "Euro Area", "European Union", "not specified", "not included",
                    "Special Categories", "Africa", "Middle East", "Western Hemisphere")


def _raw_dots_ranks(mirror: Path, reporter: str, year: int) -> pd.DataFrame:
    """A reporter's partners in one year from its own IMF DOTS report (exports FOB, imports CIF; the
    raw long table `imf_dots_2010_2020_from_DOTS_xlsx.csv.gz`), ranked by exports and by total
    trade; shares divide by the reporter's 'World' row. Partners are the DOTS names minus the IMF
    aggregates ('China, P.R.: Hong Kong' is a partner of its own)."""
    raw = pd.read_csv(mirror / "imf_dots_samleblanc" / "imf_dots_2010_2020_from_DOTS_xlsx.csv.gz")
    raw = raw[(raw.reporter == reporter) & (raw.year == year)].drop_duplicates(["partner", "flow"])
    wide = raw.pivot(index="partner", columns="flow", values="value_usd_millions")
    world = wide.loc["World"]
    wide = wide[[not any(word in name for word in _DOTS_AGGREGATES) for name in wide.index]]
    frame = pd.DataFrame({"exports": wide["exports_fob"], "total": wide["exports_fob"].fillna(0) + wide["imports_cif"].fillna(0)})
    frame["export_share"] = frame["exports"] / world["exports_fob"]
    frame["share"] = frame["total"] / (world["exports_fob"] + world["imports_cif"])
    frame["export_rank"] = frame["exports"].rank(ascending=False)
    frame["rank"] = frame["total"].rank(ascending=False)
    return frame


_COMTRADE_NOT_STATES = ("World", "nes", "Bunkers", "Free Zones", "Special Categories", "Br. Antarctic Terr.")


def _raw_comtrade_ranks(mirror: Path, reporter: str, year: int) -> pd.DataFrame:
    """A reporter's partners in one year from its own UN Comtrade reports (the raw
    `comtrade_all_exports_<year>A` and `comtrade_all_imports_<year>A` files), ranked by total trade;
    shares divide by the 'World' rows. 'Other Asia, nes' (Taiwan) is left out, as the store does."""
    folder = mirror / "comtrade_totals_westonslayton"
    flows = {}
    for flow in ("exports", "imports"):
        raw = pd.read_csv(folder / f"comtrade_all_{flow}_{year}A.csv.gz")
        flows[flow] = raw[raw.reporter == reporter].groupby("partner")["value"].sum()
    wide = pd.DataFrame(flows)
    world = wide.loc["World"]
    wide = wide[[not any(word in name for word in _COMTRADE_NOT_STATES) for name in wide.index]]
    frame = pd.DataFrame({"total": wide["exports"].fillna(0) + wide["imports"].fillna(0)})
    frame["share"] = frame["total"] / world.sum()
    frame["rank"] = frame["total"].rank(ascending=False)
    return frame


def _raw_sipri_shares(mirror: Path, recipient: str, years: tuple[int, int]) -> pd.Series:
    """Suppliers' shares of a state's arms imports from SIPRI's raw 2026 register (deliveries 1995-2024:
    the sum of 'TIV delivery values'; 11 preamble lines, every line ending in ';')."""
    import gzip
    import io

    with gzip.open(mirror / "sipri_register_2024" / "trade_register.csv.gz", "rt", encoding="utf-8") as handle:
        lines = handle.read().splitlines()[11:]
    register = pd.read_csv(io.StringIO("\n".join(line.rstrip(";") for line in lines)))
    register["tiv"] = pd.to_numeric(register["TIV delivery values"], errors="coerce")
    rows = register[(register.Recipient == recipient) & register["Delivery year"].between(*years)]
    rows = rows.groupby("Supplier")["tiv"].sum()
    return rows / rows.sum()


def _verdicts(table: pd.DataFrame) -> dict[str, str]:
    return dict(zip(table["claim"], table["verdict"]))


def test_the_issue_phrasings_are_found_and_judged_on_raw_data(store_con, mirror) -> None:
    """The phrasings issue 13 reported as missed: key partners, 'it depends on the US for arms', a
    'minor' partner. A claim about 2025 is judged on Korea's trade in 2021, the latest year of the
    spliced series with Korea's own totals (UN Comtrade; Korea did not report for 2022), so Korea's
    ranks come from its raw 2021 Comtrade reports; its 2020-2024 arms suppliers from SIPRI's raw register."""
    ranks = _raw_comtrade_ranks(mirror, "Rep. of Korea", 2021).rename(
        index={"China": 710, "USA": 2, "Japan": 740})
    arms = _raw_sipri_shares(mirror, "South Korea", (2020, 2024))   # the latest SIPRI period before 2026
    text = ("South Korea's key trading partners are China and the United States. It depends on the US for arms. "
            "Japan is a minor trading partner.")
    verdicts = _verdicts(check_text(store_con, text, "2026-02-10"))
    key = "supported" if ranks.loc[710, "rank"] <= 5 and ranks.loc[2, "rank"] <= 5 else "contradicted"
    assert verdicts["CHN among KOR's top 5 trading partners"] == verdicts["USA among KOR's top 5 trading partners"] == key
    assert verdicts["KOR depends on USA for arms"] == ("supported" if arms["United States"] >= 0.2 else "contradicted")
    minor = ranks.loc[740, "rank"] > 10 and ranks.loc[740, "share"] < 0.02
    assert verdicts["JPN a minor trading partner of KOR"] == (
        "supported" if minor else "contradicted") == "contradicted"


def test_last_week_no_longer_crashes_and_is_not_checkable(store_con) -> None:
    """'Last week' resolves to an ISO week (2026-W06: Monday 2 to Sunday 8 February 2026), which the
    store's events (samples of 2016 and 2018) do not cover."""
    table = check_text(store_con, "Last week, President Lee Jae-myung visited Beijing.", "2026-02-10")
    assert table["verdict"].tolist() == ["not checkable"]
    assert table["years"].iloc[0] == "2026-02-02 to 2026-02-08"
    assert "latitude events load" in table["figures"].iloc[0]


def test_trading_partner_claims_in_a_real_article(store_con, mirror) -> None:
    """Yonhap via bestmadeinkorea, 20 January 2016. Every claim is about 2015, which the spliced
    trade series answers with IMF DOTS (Korea's own report), so the expected verdicts come from
    Korea's 2015 rows in the raw DOTS long table (reporter 'Korea, Rep. of', flows exports_fob and
    imports_cif, year 2015): by exports China 137.1 bn USD (26.0%), the US 70.1, Hong Kong 30.4,
    Vietnam 27.8, Japan 25.6 (4.9%), so Japan is 5th, as the article says. (COW, which ends in 2014
    and has no Hong Kong row, put Japan 3rd in 2014.)"""
    table = check_file(store_con, ARTICLES / "bestmadeinkorea_2016-01-20_japan_export_market.txt", "2016-01-20")
    ranks = _raw_dots_ranks(mirror, "Korea, Rep. of", 2015)
    china, japan = ranks.loc["China, P.R.: Mainland"], ranks.loc["Japan"]
    verdicts = _verdicts(table)
    assert verdicts["CHN the largest trading partner of KOR"] == ("supported" if china["rank"] == 1 else "contradicted")
    assert verdicts["JPN number 5 export market of KOR"] == ("supported" if japan["export_rank"] == 5 else "contradicted")
    # "26 percent of South Korea's exports ... went to China": within 3 points or 15% of the raw share
    agrees = abs(26 - 100 * china["export_share"]) <= max(3, 0.15 * 100 * china["export_share"])
    assert verdicts["CHN the largest export market of KOR (26%)"] == (
        "supported" if china["export_rank"] == 1 and agrees else "contradicted")
    assert (japan["export_rank"], china["rank"]) == (5, 1)   # the raw file says what the article says
    # "in 2015" and "last year" are 2015; "China emerged as ..." names no year: the year before the article
    assert set(table["years"]) == {"2015"} and set(table["source"]) == {"imf_dots"}


def test_arms_deals_in_a_real_article(store_con, mirror) -> None:
    """Anadolu, 1 August 2025: the 2025 deal is after the register's last order year; the 2022
    agreements are in SIPRI's raw register (Poland from South Korea, ordered 2022)."""
    register = (mirror / "sipri" / "sipri_trade_register_ColasDroin.csv").read_text(encoding="latin-1").splitlines()
    ordered_2022 = [line for line in register if line.startswith("Poland,South Korea,2022,")]
    assert ordered_2022
    table = check_file(store_con, ARTICLES / "aa_2025-08-01_korea_poland_k2.txt", "2025-08-01")
    by_sentence = dict(zip(table["sentence"].str[:20], table["verdict"]))
    assert by_sentence["ISTANBUL South Korea"] == "not checkable"
    assert by_sentence["In 2022, Warsaw sign"] == "supported"


def test_visit_in_a_real_article_against_raw_icews(store_con, mirror) -> None:
    """Washington Post / Mercury News, 1 June 2018: Kim Yong Chol's visit is in the raw ICEWS sample."""
    sample = next(iter(pyreadr.read_r(str(mirror / "icews_andybega" / "icews_sample.rda")).values()))
    visits = sample[(sample.cameo_code == "042") & (sample.source_country == "North Korea")
                    & (sample.target_country == "United States")]
    table = check_file(store_con, ARTICLES / "mercurynews_2018-06-01_kim_yong_chol.txt", "2018-06-01")
    assert len(visits) and set(table.loc[table["kind"] == "visit", "verdict"]) == {"supported"}


def test_arms_share_for_a_stated_period(store_con, mirror) -> None:
    """Sputnik, 22 February 2017: 'Between 2012 and 2016, Russia supplied 68 per cent of India's arms import'."""
    share = _raw_sipri_shares(mirror, "India", (2012, 2016))["Russia"]
    text = ("Between 2012 and 2016, Russia supplied 68 per cent of India's arms import, as per the survey by "
            "Stockholm International Peace Research Institute (SIPRI).")
    table = check_text(store_con, text, "2017-02-22")
    assert table["years"].tolist() == ["2012-2016"]
    assert f"{100 * share:.1f}%" in table["figures"].iloc[0]
    assert table["verdict"].tolist() == ["supported"]


def test_alliance_claims_on_raw_atop(store_con, mirror) -> None:
    """'its long-term ally, the United States' (Foreign Policy, 2025) and 'India is a long-time ally of
    Russia' (The National, 2022) against the raw ATOP defence-pact flags of 2018."""
    atop = next(iter(pyreadr.read_r(str(mirror / "peacesciencer" / "atop_alliance.rda")).values()))
    last = atop[atop.year == atop.year.max()]

    def pact(a: int, b: int) -> bool:
        rows = last[((last.ccode1 == a) & (last.ccode2 == b)) | ((last.ccode1 == b) & (last.ccode2 == a))]
        return bool(len(rows)) and bool(rows.atop_defense.max() == 1)

    table = check_text(store_con, "According to conventional wisdom, South Korea is caught between its long-term "
                                  "ally, the United States, and its largest trading partner, China. India is a "
                                  "long-time ally of Russia that has sought to balance its position.", "2025-02-10")
    verdicts = _verdicts(table)
    assert verdicts["KOR allied with USA"] == ("supported" if pact(732, 2) else "contradicted")
    assert verdicts["RUS allied with IND"] == ("supported" if pact(750, 365) else "contradicted") == "contradicted"


def test_not_checkable_names_the_data(store_con) -> None:
    text = ("Seoul also relies on China for rare earths. The U.S. dollar was the dominant currency used to settle "
            "South Korean exports last year. China announced sanctions against companies under Hanwha Ocean.")
    table = check_text(store_con, text, "2025-10-25")
    assert set(table["verdict"]) == {"not checkable"}
    figures = " ".join(table["figures"])
    assert "HS6" in figures and "settlement currency" in figures and "Global Sanctions Data Base" in figures


def test_dev_set_score(store_con) -> None:
    """The development set (the sentences the patterns were written from) stays well judged; the
    figure that matters is the held-out one in docs/claims.md."""
    results = run(store_con, load(FIXTURES / "dev.jsonl"))
    overall = summary(results).set_index("kind").loc["all"]
    assert overall["correct"] / overall["claims"] >= 0.9
    assert overall["extra"] <= 2


def test_fixture_sets_cite_their_sources() -> None:
    names = ("dev.jsonl", "heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl", "heldout4.jsonl",
             "heldout5.jsonl", "heldout6.jsonl", "heldout7.jsonl", "heldout8.jsonl")
    for name in names:
        rows = [json.loads(line) for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines()]
        assert rows and all(row["url"].startswith("http") for row in rows)
        assert all(c["verdict"] in ("supported", "contradicted", "not checkable") and c["basis"]
                   for row in rows for c in row["claims"])
    sets = [{json.loads(line)["sentence"] for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines()}
            for name in names]
    assert sum(len(s) for s in sets) == len(set().union(*sets))   # no sentence in two sets


@pytest.mark.parametrize(("name", "sentences", "claims", "empty"), [("heldout12.jsonl", 42, 62, 4),
                                                                   ("heldout13.jsonl", 33, 45, 2),
                                                                   ("heldout14.jsonl", 37, 57, 0),
                                                                   ("heldout15.jsonl", 50, 55, 0),  # 57 before claims labels round 2
                                                                   ("heldout16.jsonl", 42, 56, 0),
                                                                   ("heldout17.jsonl", 30, 56, 0),  # 57 before claims labels round 2
                                                                   ("heldout18.jsonl", 39, 60, 0),
                                                                   ("heldout19.jsonl", 39, 54, 2),
                                                                   ("heldout20.jsonl", 39, 53, 0),
                                                                   ("heldout21.jsonl", 35, 46, 0),
                                                                   ("heldout22.jsonl", 37, 47, 2),
                                                                   ("heldout23.jsonl", 27, 43, 0),  # 49 before claims labels round 1
                                                                   ("heldout24.jsonl", 33, 50, 1),
                                                                   ("heldout25.jsonl", 22, 31, 0),
                                                                   ("heldout26.jsonl", 26, 49, 0),  # 50 before claims labels round 2
                                                                   ("heldout27.jsonl", 28, 47, 0),  # 48 before claims labels round 1
                                                                   ("heldout28.jsonl", 45, 55, 3),
                                                                   ("heldout29.jsonl", 27, 43, 2),  # 44 before claims labels round 2
                                                                   ("heldout30.jsonl", 34, 54, 0),
                                                                   ("heldout31.jsonl", 26, 44, 0),  # 46 before claims labels round 1
                                                                   ("heldout32.jsonl", 34, 53, 1),  # 55 before claims labels round 2
                                                                   ("heldout33.jsonl", 25, 45, 0),
                                                                   ("heldout34.jsonl", 29, 49, 0),
                                                                   ("heldout35.jsonl", 23, 42, 0),
                                                                   ("heldout36.jsonl", 9, 29, 0),
                                                                   ("heldout37.jsonl", 35, 62, 0),
                                                                   ("heldout38.jsonl", 47, 68, 1),
                                                                   ("heldout39.jsonl", 32, 50, 2),
                                                                   ("heldout40.jsonl", 31, 66, 2),
                                                                   ("heldout41.jsonl", 7, 35, 0),
                                                                   ("heldout42.jsonl", 8, 29, 0),
                                                                   ("heldout43.jsonl", 13, 19, 2),
                                                                   ("heldout44.jsonl", 25, 49, 1),
                                                                   ("heldout45.jsonl", 28, 31, 1),
                                                                   ("heldout46.jsonl", 18, 42, 0),
                                                                   ("heldout47.jsonl", 10, 27, 0),
                                                                   ("heldout48.jsonl", 12, 25, 0),
                                                                   ("heldout49.jsonl", 16, 27, 0),
                                                                   ("heldout50.jsonl", 22, 33, 0),
                                                                   ("heldout51.jsonl", 15, 26, 0),
                                                                   ("heldout52.jsonl", 16, 20, 0),
                                                                   ("heldout53.jsonl", 38, 30, 14),
                                                                   ("heldout54.jsonl", 45, 28, 25),
                                                                   ("heldout55.jsonl", 42, 20, 27),
                                                                   ("heldout56.jsonl", 19, 30, 8),
                                                                   ("heldout57.jsonl", 35, 27, 14),  # 27 before claims labels round 1 (27 -> 25), back to 27 in round 2 (shares)
                                                                   ("heldout58.jsonl", 54, 24, 33),  # 25 before claims labels round 2
                                                                   ("heldout59.jsonl", 31, 23, 14),
                                                                   ("heldout60.jsonl", 43, 21, 27),
                                                                   ("heldout61.jsonl", 67, 28, 42),
                                                                   ("heldout62.jsonl", 34, 28, 20),
                                                                   ("heldout63.jsonl", 50, 26, 35),
                                                                   ("heldout64.jsonl", 62, 22, 49),  # 24 before claims labels round 2
                                                                   ("heldout65.jsonl", 63, 27, 45),
                                                                   ("heldout66.jsonl", 35, 30, 18),
                                                                   ("heldout67.jsonl", 32, 25, 17),
                                                                   ("heldout68.jsonl", 26, 29, 13),
                                                                   ("heldout69.jsonl", 24, 21, 8),
                                                                   ("heldout70.jsonl", 22, 30, 9),
                                                                   ("heldout71.jsonl", 8, 22, 2),
                                                                   ("heldout72.jsonl", 22, 21, 10),  # 22 before claims labels round 2
                                                                   ("heldout73.jsonl", 15, 24, 0),
                                                                   ("heldout74.jsonl", 8, 18, 0),
                                                                   ("heldout75.jsonl", 6, 16, 0),
                                                                   ("heldout76.jsonl", 10, 16, 0),
                                                                   ("heldout77.jsonl", 15, 22, 3),  # 25 before claims labels round 2
                                                                   ("heldout78.jsonl", 10, 21, 0),
                                                                   ("heldout79.jsonl", 10, 14, 0),  # 15 before claims labels round 2
                                                                   ("heldout80.jsonl", 12, 16, 0),
                                                                   ("heldout81.jsonl", 10, 18, 0),
                                                                   ("heldout82.jsonl", 7, 13, 0),
                                                                   ("heldout83.jsonl", 14, 17, 0),
                                                                   ("heldout84.jsonl", 9, 20, 0),
                                                                   ("heldout85.jsonl", 15, 19, 0),
                                                                   ("heldout86.jsonl", 7, 13, 0),
                                                                   ("heldout87.jsonl", 4, 20, 0),
                                                                   ("heldout88.jsonl", 7, 14, 0),
                                                                   ("heldout89.jsonl", 9, 12, 0),
                                                                   ("heldout90.jsonl", 4, 18, 0),
                                                                   ("heldout91.jsonl", 7, 17, 0),
                                                                   ("heldout92.jsonl", 9, 14, 0),
                                                                   ("heldout93.jsonl", 5, 19, 0),
                                                                   ("heldout94.jsonl", 6, 12, 0),
                                                                   ("heldout95.jsonl", 7, 14, 0),
                                                                   ("heldout97.jsonl", 13, 13, 0),
                                                                   ("heldout98.jsonl", 10, 17, 0),
                                                                   ("heldout99.jsonl", 13, 17, 0),
                                                                   ("heldout100.jsonl", 5, 13, 0),
                                                                   ("heldout101.jsonl", 5, 15, 0),
                                                                   ("heldout102.jsonl", 4, 13, 0),
                                                                   ("heldout103.jsonl", 14, 24, 0),
                                                                   ("heldout104.jsonl", 7, 14, 0),
                                                                   ("heldout105.jsonl", 14, 20, 0),
                                                                   ("heldout106.jsonl", 8, 15, 0),
                                                                   ("heldout107.jsonl", 4, 14, 0),
                                                                   ("heldout108.jsonl", 6, 17, 0),
                                                                   ("heldout109.jsonl", 4, 13, 0),
                                                                   ("heldout110.jsonl", 5, 12, 0),
                                                                   ("heldout111.jsonl", 5, 8, 0),
                                                                   ("heldout112.jsonl", 9, 11, 0),
                                                                   ("heldout113.jsonl", 2, 9, 0),
                                                                   ("heldout114.jsonl", 4, 14, 0),
                                                                   ("heldout115.jsonl", 8, 8, 0),
                                                                   ("heldout116.jsonl", 4, 11, 0),
                                                                   ("heldout117.jsonl", 8, 37, 0),
                                                                   ("heldout118.jsonl", 8, 18, 0),
                                                                   ("heldout119.jsonl", 8, 27, 0),
                                                                   ("heldout120.jsonl", 8, 12, 0),
                                                                   ("heldout121.jsonl", 6, 6, 0),
                                                                   ("heldout122.jsonl", 8, 24, 0),
                                                                   ("heldout123.jsonl", 8, 28, 1),
                                                                   ("heldout124.jsonl", 7, 23, 0),
                                                                   ("heldout125.jsonl", 11, 32, 0),
                                                                   ("heldout126.jsonl", 8, 12, 0),
                                                                   ("heldout127.jsonl", 8, 5, 3),
                                                                   ("heldout128.jsonl", 8, 10, 3),
                                                                   ("heldout129.jsonl", 9, 15, 0),
                                                                   ("heldout130.jsonl", 8, 9, 0),
                                                                   ("heldout131.jsonl", 10, 12, 0),
                                                                   ("heldout132.jsonl", 11, 12, 0),
                                                                   ("heldout133.jsonl", 10, 12, 0),
                                                                   ("heldout134.jsonl", 11, 28, 0),
                                                                   ("heldout135.jsonl", 7, 8, 1),
                                                                   ("heldout136.jsonl", 10, 11, 0),
                                                                   ("heldout137.jsonl", 12, 13, 0),
                                                                   ("heldout138.jsonl", 10, 25, 0),
                                                                   ("heldout139.jsonl", 10, 17, 0),
                                                                   ("heldout140.jsonl", 11, 25, 0),
                                                                   ("heldout141.jsonl", 11, 13, 0),
                                                                   ("heldout142.jsonl", 8, 39, 0),
                                                                   ("heldout143.jsonl", 10, 25, 0),
                                                                   ("heldout144.jsonl", 11, 11, 0),
                                                                   ("heldout145.jsonl", 12, 14, 4),
                                                                   ("heldout146.jsonl", 10, 25, 0),
                                                                   ("heldout147.jsonl", 10, 19, 0),
                                                                   ("heldout148.jsonl", 11, 23, 0),
                                                                   ("heldout149.jsonl", 11, 21, 1)])
def test_fresh_sets_cite_pages_no_earlier_fixture_cites(name: str, sentences: int, claims: int, empty: int) -> None:
    """Held-out 12 to 95 were each collected from pages cited in no earlier claims or coding fixture (the
    protocol); each row has the layout of held-out 11: id, url, date (or null), sentence, context, claims."""
    rows = [json.loads(line) for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines()]
    assert len(rows) == sentences and sum(len(row["claims"]) for row in rows) == claims
    assert sum(not row["claims"] for row in rows) == empty   # sentences with no checkable claim
    assert all(set(row) == {"id", "url", "date", "sentence", "context", "claims"} for row in rows)
    assert all(set(c) == {"kind", "subject", "other", "verdict", "basis"} for row in rows for c in row["claims"])
    assert all(c["verdict"] in ("supported", "contradicted", "not checkable") and c["basis"]
               for row in rows for c in row["claims"])
    kinds = {"trading partner", "dependence", "arms supplier", "arms exports", "alliance", "UN voting", "visit",
             "missile test", "sanctions", "dollar"}   # the checker's kinds (a label under another name is never found)
    assert {c["kind"] for row in rows for c in row["claims"]} <= kinds
    assert all(row["url"].startswith("http") for row in rows)
    assert all(row["date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["date"]) for row in rows)
    later = ("heldout12.jsonl", "heldout13.jsonl", "heldout14.jsonl", "heldout15.jsonl", "heldout16.jsonl",
             "heldout17.jsonl", "heldout18.jsonl", "heldout19.jsonl", "heldout20.jsonl", "heldout21.jsonl",
             "heldout22.jsonl", "heldout23.jsonl", "heldout24.jsonl", "heldout25.jsonl", "heldout26.jsonl",
             "heldout27.jsonl", "heldout28.jsonl", "heldout29.jsonl", "heldout30.jsonl", "heldout31.jsonl",
             "heldout32.jsonl", "heldout33.jsonl", "heldout34.jsonl", "heldout35.jsonl", "heldout36.jsonl",
             "heldout37.jsonl", "heldout38.jsonl", "heldout39.jsonl", "heldout40.jsonl", "heldout41.jsonl",
             "heldout42.jsonl", "heldout43.jsonl", "heldout44.jsonl", "heldout45.jsonl", "heldout46.jsonl",
             "heldout47.jsonl", "heldout48.jsonl", "heldout49.jsonl", "heldout50.jsonl",
             "heldout51.jsonl", "heldout52.jsonl", "heldout53.jsonl", "heldout54.jsonl",
             "heldout55.jsonl", "heldout56.jsonl", "heldout57.jsonl", "heldout58.jsonl", "heldout59.jsonl",
             "heldout60.jsonl", "heldout61.jsonl", "heldout62.jsonl", "heldout63.jsonl",
             "heldout64.jsonl", "heldout65.jsonl", "heldout66.jsonl", "heldout67.jsonl",
             "heldout68.jsonl", "heldout69.jsonl", "heldout70.jsonl", "heldout71.jsonl",
             "heldout72.jsonl", "heldout73.jsonl", "heldout74.jsonl", "heldout75.jsonl", "heldout76.jsonl",
             "heldout77.jsonl", "heldout78.jsonl", "heldout79.jsonl", "heldout80.jsonl",
             "heldout81.jsonl", "heldout82.jsonl", "heldout83.jsonl", "heldout84.jsonl", "heldout85.jsonl",
             "heldout86.jsonl", "heldout87.jsonl", "heldout88.jsonl", "heldout89.jsonl", "heldout90.jsonl",
             "heldout91.jsonl", "heldout92.jsonl", "heldout93.jsonl", "heldout94.jsonl", "heldout95.jsonl",
             "heldout97.jsonl", "heldout98.jsonl", "heldout99.jsonl", "heldout100.jsonl", "heldout101.jsonl",
             "heldout102.jsonl", "heldout103.jsonl", "heldout104.jsonl", "heldout105.jsonl",
             "heldout106.jsonl", "heldout107.jsonl", "heldout108.jsonl",
             "heldout109.jsonl", "heldout110.jsonl", "heldout111.jsonl", "heldout112.jsonl",
             "heldout113.jsonl", "heldout114.jsonl", "heldout115.jsonl", "heldout116.jsonl",
             "heldout117.jsonl", "heldout118.jsonl", "heldout119.jsonl", "heldout120.jsonl",
             "heldout121.jsonl", "heldout122.jsonl", "heldout123.jsonl",
             "heldout124.jsonl", "heldout125.jsonl", "heldout126.jsonl", "heldout127.jsonl", "heldout128.jsonl",
             "heldout129.jsonl", "heldout130.jsonl", "heldout131.jsonl", "heldout132.jsonl",
             "heldout133.jsonl", "heldout134.jsonl", "heldout135.jsonl", "heldout136.jsonl",
             "heldout137.jsonl", "heldout138.jsonl", "heldout139.jsonl",
             "heldout140.jsonl", "heldout141.jsonl", "heldout142.jsonl", "heldout143.jsonl",
             "heldout144.jsonl", "heldout145.jsonl", "heldout146.jsonl",
             "heldout147.jsonl", "heldout148.jsonl", "heldout149.jsonl")
    later = later[later.index(name):]
    paths, index = _fixture_index()
    others = {number for number, path in enumerate(paths) if path.name not in later}
    known = SHARED_AT_ONCE | REUSED_LATER
    assert not [row["url"] for row in rows if row["url"] not in known and others.intersection(index.holders(row["url"]))]
    assert not [row["sentence"] for row in rows
                if row["url"] not in known and others.intersection(index.holders(row["sentence"]))]


@cache
def _fixture_index() -> tuple[tuple[Path, ...], SubstringIndex]:
    """Every fixture file (claims and coding) and an index of their texts, read once per run for the fresh-set checks
    above."""
    paths = tuple(path for path in sorted(FIXTURES.parent.rglob("*")) if path.is_file())
    return paths, SubstringIndex([path.read_text(encoding="utf-8", errors="replace") for path in paths])


# Pages two fresh sets cite because they were collected at the same time on separate branches (2026-12-05:
# claims held-out 24 and the coder's held-out 30, a launch set, both quote "North Korea's latest missile launch
# is its third in three weeks ..."; neither round saw the other's set, one was scored on the claim checker and
# the other on the event coder, whose launch rules are separate; and claims held-out 32 and the coder's held-out
# 52, a launch set, both quote Brahmand's page on Pakistan's 2015 Ghauri test, collected the same way).
SHARED_AT_ONCE = frozenset({
    "https://nzherald.co.nz/world/north-korea-has-78-per-cent-missile-success-rate-under-kim-jong-un/CDY7AFVQI7EDFIKKGXQHOPIL6Y",
    "https://brahmand.com/news/Pak-successfully-test-fires-nuclearcapable-ballistic-missile/13821/1/17.html",
})


# Pages a later set of the event coder quotes again (found on merge, 2026-12-05): the PLOVER news set AB (PLOVER round
# 38) took two sentences of claims held-out 18 (held18-029 and held18-030, two state visits) whose pages its reuse
# check missed. The claim checker's figures are untouched; AB's rows AB034 and AB035 were never read by the coder's
# rules before AB was scored, since claims sets are not the coder's development data.
REUSED_LATER = frozenset({
    "https://politics.gaeatimes.com/2011/01/18/chinese-president-arrives-in-us-for-state-visit-108750",
    "http://northboundasia.com/2018/11/20/chinas-xi-jinping-arrives-in-manila/",
})


def _latitude(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "latitude.cli", *args], capture_output=True, text=True, timeout=300)


def test_bad_input_is_one_line(tmp_path, store_path) -> None:
    """The console entry point prints one line and exits 1: a missing file, a file that is not text,
    an unreadable date."""
    missing = _latitude("check", str(tmp_path / "none.txt"), "--store", str(store_path))
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\xff\xfe\x00\x80 not text")
    not_text = _latitude("check", str(binary), "--store", str(store_path))
    article = tmp_path / "a.txt"
    article.write_text("China is Japan's largest trading partner.", encoding="utf-8")
    bad_date = _latitude("check", str(article), "--date", "10/02/2026", "--store", str(store_path))
    for result, words in ((missing, "not found"), (not_text, "not UTF-8"), (bad_date, "YYYY-MM-DD")):
        assert result.returncode == 1 and words in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_cli_json(store_path) -> None:
    result = CliRunner().invoke(app, ["check", str(ARTICLES / "aa_2025-08-01_korea_poland_k2.txt"), "--date",
                                      "2025-08-01", "--store", str(store_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows and {"claim", "kind", "sentence", "verdict", "figures", "years", "source"} == set(rows[0])


def test_find_claims_never_raises_on_the_issue_dates() -> None:
    """Unit: dates the coder's date code turns into weeks, months or nothing never break finding claims."""
    for text in ("Last week, President Lee visited Tokyo.", "North Korea fired a missile next week.",
                 "On 31 February 2026 President Lee met Xi.", "Lee visited Beijing in 2026-W60."):
        for claim in find_claims(text, "2026-02-10"):
            assert claim.kind == "visit" or claim.kind == "missile test"


def test_bad_article_date_is_one_line() -> None:
    with pytest.raises(LatitudeError, match="YYYY-MM-DD"):
        find_claims("China is Japan's largest trading partner.", "February 2026")


def _cofer_store():
    """An in-memory store holding `cofer_shares` in the data helper's layout (docs/contracts.md), with
    IMF COFER's 2024-Q3 and 2024-Q4 shares of allocated reserves as published in the mirror's export
    (imf_cofer/…COFER_7.0.0.csv.gz: USD 57.789 and 57.279, EUR 19.839 and 20.038, CNY 2.175 and 2.177)."""
    import duckdb

    con = duckdb.connect()
    rows = [("Q", f"2024-Q{q}", 2024, q, cur, "share_allocated", value)
            for q, cur, value in ((4, "USD", 57.789), (4, "EUR", 19.839), (4, "CNY", 2.175),
                                  (3, "USD", 57.279), (3, "EUR", 20.038), (3, "CNY", 2.177))]
    con.execute("CREATE TABLE cofer_shares (freq VARCHAR, period VARCHAR, year INT, quarter INT, currency VARCHAR, "
                "measure VARCHAR, value DOUBLE)")
    con.executemany("INSERT INTO cofer_shares VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    return con


def test_reserve_currency_claims_on_cofer() -> None:
    """Unit: reserve-share claims against COFER rows; the sentences are from pgs.kozow.com (2023) and
    Reuters (31 March 2021), tests/fixtures/claims/dev.jsonl and heldout.jsonl."""
    con = _cofer_store()
    table = check_text(con, "Nowadays, the U.S. only accounts for about a quarter of the global economy, but more than 57 per "
                            "cent of the world's official foreign currency reserves are in dollars, according to the IMF. "
                            "The dollar though still has the largest share of currency reserves held by global central "
                            "banks.", "2025-06-01")
    verdicts = _verdicts(table)
    assert verdicts["USD share of world reserves (more than 57%)"] == "supported"      # 57.8% in 2024-Q4
    assert verdicts["USD share of world reserves"] == "supported"                      # largest in 2024-Q4
    assert set(table["years"]) == {"2024-Q4"}
    older = check_text(con, "The U.S. dollar's share of currency reserves reported to the International Monetary Fund "
                            "slid to 59% in the fourth quarter, from 60.5% in third, IMF data showed on Wednesday.",
                       "2021-03-31")
    assert older["verdict"].tolist() == ["not checkable"]   # the table holds no quarter of 2020


def test_reserve_claims_without_cofer_name_the_source() -> None:
    import duckdb

    table = check_text(duckdb.connect(), "More than 57 per cent of the world's reserves are in dollars.", "2025-06-01")
    assert table["verdict"].tolist() == ["not checkable"]
    assert "latitude data build imf_cofer" in table["figures"].iloc[0]
