"""The spliced bilateral trade series (measures.trade_flows) on a small synthetic store.

Every expected value below is worked out by hand from the rows written in the fixture.
"""
from __future__ import annotations

import math

import pandas as pd
import pytest

from latitude import store
from latitude.catalogue import catalogue
from latitude.measures import trade_flows
from latitude.sources._base import SourceInfo


def _info(name: str, tables: tuple[str, ...]) -> SourceInfo:
    return SourceInfo(name=name, title=name, publisher="test", version="1", licence="CC0", citation=name,
                      bibtex="", coverage="", files=(), tables=tables)


KOR, CHN, JPN = 732, 710, 740


@pytest.fixture()
def con(tmp_path):
    con = store.connect(tmp_path / "trade.duckdb")
    # COW: flow1 = imports of ccode1 from ccode2 (million USD); pairs listed once, ccode1 < ccode2
    dyadic = pd.DataFrame({
        "ccode1": [CHN, CHN, KOR], "ccode2": [KOR, KOR, JPN], "year": [2013, 2014, 2014],
        "flow1": [80.0, 90.0, 30.0],     # CHN imports from KOR; KOR imports from JPN (2014)
        "flow2": [50.0, 60.0, 20.0],     # KOR imports from CHN; JPN imports from KOR (2014)
        "smoothflow1": [None] * 3, "smoothflow2": [None] * 3})
    national = pd.DataFrame({"ccode": [KOR, KOR], "year": [2013, 2014], "imports": [400.0, 500.0],
                             "exports": [450.0, 600.0]})
    store.replace_source(con, _info("cow_trade", ("cow_trade_dyadic", "cow_trade_national")),
                         {"cow_trade_dyadic": dyadic, "cow_trade_national": national})

    def rows(records, value):
        return pd.DataFrame(records, columns=["year", "reporter_iso3", "partner", "partner_iso3", "flow", value])

    dots = rows([
        (2014, "KOR", "China", "CHN", "X", 95.0),      # overlaps COW: COW answers 2014
        (2014, "KOR", "World", None, "X", 610.0), (2014, "KOR", "World", None, "M", 520.0),
        (2015, "KOR", "China", "CHN", "X", 100.0), (2015, "KOR", "China", "CHN", "M", 70.0),
        (2015, "KOR", "World", None, "X", 700.0), (2015, "KOR", "World", None, "M", 600.0),
        (2015, "JPN", "Korea, Rep. of", "KOR", "X", 40.0),   # KOR did not report imports from JPN
        (2016, "KOR", "China", "CHN", "X", 110.0), (2016, "KOR", "China", "CHN", "M", 75.0),
        (2016, "KOR", "World", None, "X", 720.0), (2016, "KOR", "World", None, "M", 640.0),
    ], "value_musd")
    dots["reporter"] = dots["reporter_iso3"]
    dots["estimated"] = False
    store.replace_source(con, _info("imf_dots", ("dots_flows",)), {"dots_flows": dots})
    comtrade = rows([
        (2016, "KOR", "China", "CHN", "X", 111e6),          # DOTS answers 2016
        (2017, "KOR", "China", "CHN", "X", 120e6), (2017, "KOR", "China", "CHN", "M", 80e6),
        (2017, "KOR", "World", None, "X", 800e6), (2017, "KOR", "World", None, "M", 700e6),
        (2018, "CHN", "Rep. of Korea", "KOR", "X", 90e6),   # KOR not a reporter in 2018
        (2018, "CHN", "World", None, "X", 2000e6),
    ], "value_usd")
    comtrade["freq"], comtrade["month"], comtrade["reporter"], comtrade["origin"] = "A", None, comtrade["reporter_iso3"], "mirror"
    store.replace_source(con, _info("comtrade_totals", ("comtrade_totals",)), {"comtrade_totals": comtrade})
    yield con
    con.close()


def _kor(con) -> pd.DataFrame:
    frame = trade_flows.trade_flows(con, ["KOR"]).to_pandas()
    return frame.set_index(["year", "partner"]).sort_index()


def test_each_year_is_answered_by_the_first_source_with_the_focals_totals(con):
    kor = _kor(con)
    assert kor.loc[(2013, "CHN"), "source"] == "cow_trade"
    assert kor.loc[(2014, "CHN"), "source"] == "imf_dots"       # the focal's own report before COW's blend
    assert kor.loc[(2015, "CHN"), "source"] == "imf_dots"
    assert kor.loc[(2016, "CHN"), "source"] == "imf_dots"       # DOTS before Comtrade
    assert kor.loc[(2017, "CHN"), "source"] == "comtrade_totals"
    assert kor.loc[(2018, "CHN"), "source"] == "comtrade_totals"  # no totals anywhere: first with flows


def test_cow_exports_are_the_partners_imports(con):
    row = _kor(con).loc[(2013, "CHN")]
    # KOR's exports to CHN = CHN's imports from KOR (flow1 of the CHN-KOR row) = 80; imports = flow2 = 50
    assert (row["exports"], row["imports"]) == (80.0, 50.0)
    assert row["export_share"] == pytest.approx(80 / 450) and row["import_share"] == pytest.approx(50 / 400)
    assert row["trade_share"] == pytest.approx(130 / 850)
    assert row["trade_share_states"] == pytest.approx(1.0)   # the only partner COW lists in 2013
    assert row["exports_origin"] == "cow"
    # in 2014 COW also reports, but DOTS answers: COW's rows stay visible through overlap()
    cow = trade_flows.overlap(con, "KOR", "CHN", 2014).set_index("source").loc["cow_trade"]
    assert (cow["exports"], cow["imports"]) == (90.0, 60.0)
    assert cow["trade_share"] == pytest.approx(150 / 1100)


def test_mirror_fills_what_the_focal_did_not_report(con):
    jpn = _kor(con).loc[(2015, "JPN")]
    assert jpn["imports"] == 40.0 and jpn["imports_origin"] == "mirror"
    assert math.isnan(jpn["exports"]) and jpn["import_share"] == pytest.approx(40 / 600)
    chn = _kor(con).loc[(2015, "CHN")]
    assert (chn["exports_origin"], chn["imports_origin"]) == ("reported", "reported")


def test_comtrade_values_are_in_million_usd_and_years_without_totals_have_no_shares(con):
    kor = _kor(con)
    assert kor.loc[(2017, "CHN"), "exports"] == pytest.approx(120.0)
    assert kor.loc[(2017, "CHN"), "trade_share"] == pytest.approx(200 / 1500)
    row = kor.loc[(2018, "CHN")]
    assert row["imports"] == pytest.approx(90.0) and row["imports_origin"] == "mirror"
    assert math.isnan(row["exports"]) and math.isnan(row["import_share"]) and math.isnan(row["trade_share"])


def test_a_partners_world_row_is_not_the_focals_total(con):
    chn = trade_flows.trade_flows(con, ["CHN"]).to_pandas().set_index(["year", "partner"])
    # CHN reported exports to KOR and to the World in 2018, but no imports total
    row = chn.loc[(2018, "KOR")]
    assert row["export_share"] == pytest.approx(90 / 2000) and math.isnan(row["import_share"])


def test_overlap_shows_every_source_side_by_side(con):
    frame = trade_flows.overlap(con, "KOR", "China", (2014, 2016))
    assert frame[["year", "source"]].values.tolist() == [
        [2014, "imf_dots"], [2014, "cow_trade"], [2015, "imf_dots"], [2016, "imf_dots"], [2016, "comtrade_totals"]]
    dots_2014 = frame[(frame.year == 2014) & (frame.source == "imf_dots")].iloc[0]
    assert dots_2014["exports"] == 95.0 and dots_2014["export_share"] == pytest.approx(95 / 610)


def test_the_same_series_on_an_ibis_backend(con):
    import ibis

    ours = trade_flows.trade_flows(catalogue(con), ["KOR"]).to_pandas().sort_values(["year", "partner"])
    other = trade_flows.trade_flows(ibis.duckdb.from_connection(con), ["KOR"]).to_pandas()
    # 2013 CHN (COW); 2014 CHN (DOTS); 2015 CHN, JPN; 2016-2018 CHN
    assert len(ours) == 7
    pd.testing.assert_frame_equal(ours.reset_index(drop=True),
                                  other.sort_values(["year", "partner"]).reset_index(drop=True))


# --------------------------------------------------------------------------- the real series


def test_korea_is_answered_to_2022_by_the_right_source(store_con) -> None:
    """Published checks: Korea -> China exports 2019 = 136,272.8 million USD (IMF DOTS_106.xlsx,
    'Exports, FOB'); 2021 = 162.91 billion (Korea Customs Service publishes 162.9 bn)."""
    from latitude.measures.trade import trade_dependence

    frame = trade_dependence(store_con, "KOR", ["CHN"], (2013, 2022)).set_index("year")
    assert set(frame.loc[2013:2020, "source"]) == {"imf_dots"}   # Korea's own reports to the IMF
    assert frame.loc[2019, "exports"] == pytest.approx(136272.8, abs=0.1)
    assert frame.loc[2021, "source"] == "comtrade_totals" and frame.loc[2021, "exports"] == pytest.approx(162913, rel=1e-4)
    # 2022: Korea did not report to Comtrade; China's reported exports to Korea stand for Korea's imports
    row = frame.loc[2022]
    assert row["imports_origin"] == "mirror" and row["imports"] > 100_000 and math.isnan(row["trade_share"])
    # the partners that reported 2022 cover only part of Korea's trade: no share of any kind from them
    assert math.isnan(row["import_share"]) and math.isnan(row["import_share_states"])
    assert math.isnan(row["trade_share_states"])


def test_korea_2022_imports_are_chinas_raw_report(store_con, mirror) -> None:
    """China's 2022 exports to Korea in the raw Comtrade extract (comtrade_all_exports_2022A.csv.gz,
    reporter China, partner Rep. of Korea) are Korea's 2022 imports from China in the series."""
    import csv
    import gzip

    from latitude.measures.trade import trade_dependence

    path = mirror / "comtrade_totals_westonslayton" / "comtrade_all_exports_2022A.csv.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        raw = {(r["reporter"], r["partner"]): float(r["value"]) for r in csv.DictReader(fh)}
    frame = trade_dependence(store_con, "KOR", ["CHN"], (2022, 2022)).set_index("year")
    assert frame.loc[2022, "imports"] == pytest.approx(raw[("China", "Rep. of Korea")] / 1e6)


def test_overlap_years_side_by_side_on_the_mirror(store_con) -> None:
    frame = trade_flows.overlap(store_con, "KOR", "CHN", (2010, 2014))
    assert set(frame["source"]) == {"cow_trade", "imf_dots", "comtrade_totals"}
    both = frame.pivot(index="year", columns="source", values="exports")
    # COW's exports are China's reported imports (CIF); DOTS's are Korea's own FOB report
    assert (both["cow_trade"] > both["imf_dots"]).all()
