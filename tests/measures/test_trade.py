"""Trade dependence: hand-computed goldens on a toy COW table (through the spliced series, where COW
answers), the dyad-year verbs, and checks of the measures against the raw files in the mirror."""
from __future__ import annotations

import math

import duckdb
import pandas as pd
import pyreadr
import pytest

from latitude.catalogue import catalogue
from latitude.errors import LatitudeError
from latitude.measures import trade

KOR, USA, CHN, JPN = 732, 2, 710, 740

# Toy COW dyadic table, published layout (ccode1 < ccode2; flow1 = imports of ccode1 from ccode2).
# 2000, Korea's exports (partner-reported): USA 40, CHN 20, JPN 40 (sum 100)
#       Korea's imports (own reports):      USA 30, CHN 10, JPN 60 (sum 100)
#       total:                              USA 70, CHN 30, JPN 100 (sum 200)
# 2001: the US report of imports from Korea is missing (NULL): Korea's exports to the USA and
#       total with the USA are missing, and drop out of the denominators.
DYADIC = [
    (USA, KOR, 2000, 40.0, 30.0), (CHN, KOR, 2000, 20.0, 10.0), (KOR, JPN, 2000, 60.0, 40.0),
    (USA, CHN, 2000, 100.0, 50.0),
    (USA, KOR, 2001, None, 30.0), (CHN, KOR, 2001, 25.0, 15.0), (KOR, JPN, 2001, 50.0, 50.0),
]
# National totals (imports, exports), million USD.
NATIONAL = [(KOR, 2000, 125.0, 125.0), (USA, 2000, 1000.0, 400.0), (CHN, 2000, 200.0, 100.0),
            (JPN, 2000, 500.0, 500.0), (KOR, 2001, 150.0, 150.0)]
# GDP in current dollars (World Bank WDI layout).
GDP = [("KOR", 2000, 1e9), ("USA", 2000, 1e10), ("CHN", 2000, 5e9), ("JPN", 2000, 2e9)]
# WITS top-5 summaries: Korea reports exports of 36 to the USA in 2000 (COW's US-reported figure: 40);
# the USA reports exports of 33 to Korea (Korea reports imports of 30).
WITS = [("KOR", "USA", "All Products", "Export", trade.WITS_TRADE["Export"], 2000, 36.0),
        ("KOR", "USA", "All Products", "Import", trade.WITS_TRADE["Import"], 2000, 30.0),
        ("USA", "KOR", "All Products", "Export", trade.WITS_TRADE["Export"], 2000, 33.0)]


@pytest.fixture()
def toy() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    dyadic = pd.DataFrame(DYADIC, columns=["ccode1", "ccode2", "year", "flow1", "flow2"])
    dyadic = dyadic.assign(smoothflow1=dyadic["flow1"], smoothflow2=dyadic["flow2"])
    national = pd.DataFrame(NATIONAL, columns=["ccode", "year", "imports", "exports"])
    gdp = pd.DataFrame(GDP, columns=["iso3", "year", "gdp_usd"])
    wits = pd.DataFrame(WITS, columns=["reporter_iso3", "partner_iso3", "product", "indicator_type", "indicator",
                                       "year", "value"])
    for name, frame in {"cow_trade_dyadic": dyadic, "cow_trade_national": national, "wdi_gdp": gdp,
                        "wits_trade_summary": wits}.items():
        con.register("_frame", frame)
        con.execute(f"CREATE TABLE {name} AS SELECT * FROM _frame")
        con.unregister("_frame")
    yield con
    con.close()


def _row(frame: pd.DataFrame, year: int, partner: str) -> pd.Series:
    return frame[(frame["year"] == year) & (frame["partner"] == partner)].iloc[0]


def test_flows_and_shares_golden(toy) -> None:
    frame = trade.trade_dependence(toy, "KOR", years=2000)
    assert sorted(frame["partner"]) == ["CHN", "JPN", "USA"]
    usa = _row(frame, 2000, "USA")
    assert (usa["exports"], usa["imports"], usa["total"]) == (40.0, 30.0, 70.0)
    # of trade with partner states: exports 100, imports 100, total 200
    assert usa["export_share_states"] == pytest.approx(0.40)
    assert usa["import_share_states"] == pytest.approx(0.30)
    assert usa["trade_share_states"] == pytest.approx(70 / 200)
    # of total trade with the world (COW national totals: exports 125, imports 125, total 250)
    assert usa["export_share"] == pytest.approx(40 / 125)
    assert usa["trade_share"] == pytest.approx(70 / 250)
    assert frame["trade_share_states"].sum() == pytest.approx(1.0)
    assert set(frame["source"]) == {"cow_trade"}


def test_missing_flow_stays_missing_and_leaves_denominator(toy) -> None:
    frame = trade.trade_dependence(toy, "KOR", ["USA", "CHN", "JPN"], years=2001)
    usa, chn = _row(frame, 2001, "USA"), _row(frame, 2001, "CHN")
    assert pd.isna(usa["exports"]) and pd.isna(usa["total"]) and usa["imports"] == 30.0
    assert chn["export_share_states"] == pytest.approx(25 / 75)  # 75 = CHN 25 + JPN 50, USA unknown
    assert chn["trade_share_states"] == pytest.approx(40 / 140)
    assert usa["import_share_states"] == pytest.approx(30 / 95)
    assert usa["import_share"] == pytest.approx(30 / 150) and pd.isna(usa["trade_share"])


def test_partners_outside_coverage_are_missing_not_zero(toy) -> None:
    frame = trade.trade_dependence(toy, "KOR", ["USA"], years=(1999, 2002))
    assert list(frame["year"]) == [1999, 2000, 2001, 2002]
    assert frame.loc[frame["year"].isin([1999, 2002]), ["exports", "imports", "trade_share"]].isna().all().all()
    assert (frame["exports"] == 0).sum() == 0


def test_concentration_golden(toy) -> None:
    conc = trade.trade_concentration(toy, "KOR", years=2000).set_index("flow")
    # exports .4 .2 .4 -> HHI .36, normalised (.36 - 1/3)/(2/3) = .04, Hirschman .6
    assert conc.loc["exports", "hhi"] == pytest.approx(0.36)
    assert conc.loc["exports", "hhi_normalised"] == pytest.approx(0.04)
    assert conc.loc["exports", "hirschman"] == pytest.approx(0.6)
    # imports .3 .1 .6 -> .46, (.46 - 1/3)/(2/3) = .19
    assert conc.loc["imports", "hhi"] == pytest.approx(0.46)
    assert conc.loc["imports", "hhi_normalised"] == pytest.approx(0.19)
    assert conc.loc["imports", "top_partner"] == "JPN" and conc.loc["imports", "top_share"] == pytest.approx(0.6)
    # total .35 .15 .5 -> .395, (.395 - 1/3)/(2/3) = .0925
    assert conc.loc["total", "hhi"] == pytest.approx(0.395)
    assert conc.loc["total", "hhi_normalised"] == pytest.approx(0.0925)
    assert conc.loc["total", "n_partners"] == 3


def test_concentration_edge_cases() -> None:
    one = trade.concentration(pd.Series([5.0, 0.0]))
    assert one["n_partners"] == 1 and one["hhi"] == 1.0 and math.isnan(one["hhi_normalised"])
    equal = trade.concentration(pd.Series([2.0, 2.0, 2.0, 2.0]))
    assert equal["hhi"] == pytest.approx(0.25) and equal["hhi_normalised"] == pytest.approx(0.0)
    assert math.isnan(trade.concentration(pd.Series([], dtype=float))["hhi"])


def test_barbieri_and_keohane_nye_golden(toy) -> None:
    frame = trade.trade_interdependence(toy, "KOR", ["USA", "CHN"], years=2000)
    usa = _row(frame, 2000, "USA")
    # T = 70; TS_KOR = 70/250 = .28; TS_USA = 70/1400 = .05
    assert usa["trade_share_focal"] == pytest.approx(0.28)
    assert usa["trade_share_partner"] == pytest.approx(0.05)
    assert usa["salience"] == pytest.approx(math.sqrt(0.28 * 0.05))
    assert usa["symmetry"] == pytest.approx(0.77)
    assert usa["interdependence"] == pytest.approx(math.sqrt(0.014) * 0.77)
    # GDP 1,000 and 10,000 million: D_KOR = .07, D_USA = .007, asymmetry .063
    assert usa["gdp_focal"] == pytest.approx(1000.0)
    assert usa["dependence_focal"] == pytest.approx(0.07)
    assert usa["dependence_partner"] == pytest.approx(0.007)
    assert usa["asymmetry"] == pytest.approx(0.063)
    chn = _row(frame, 2000, "CHN")  # T = 30; TS .12 and .10
    assert chn["interdependence"] == pytest.approx(math.sqrt(0.012) * 0.98)


def test_mirror_gap_golden(toy) -> None:
    gap = trade.trade_mirror_gap(toy, "KOR", ["USA"], years=2000)
    exports = gap[gap["flow"] == "exports"]
    assert len(exports) == 1  # COW's US-reported 40 against Korea's WITS report of 36
    assert (exports["partner_reported"].iloc[0], exports["focal_reported"].iloc[0]) == (40.0, 36.0)
    assert exports["gap"].iloc[0] == pytest.approx(4.0) and exports["gap_ratio"].iloc[0] == pytest.approx(4 / 36)
    imports = gap[gap["flow"] == "imports"].set_index("focal_reported_by")
    # The USA reports 33 of exports to Korea; Korea reports 30 of imports in WITS and in COW.
    assert set(imports.index) == {"wits (focal's imports)", "cow_trade (focal's imports)"}
    assert (imports["partner_reported"] == 33.0).all() and (imports["focal_reported"] == 30.0).all()
    assert imports["gap_ratio"].tolist() == pytest.approx([0.1, 0.1])
    assert trade.trade_mirror_gap(toy, "KOR", ["CHN"], years=2000).empty  # no report of Korea's side: not "both known"


def test_add_trade_dependence_orients_and_nulls(toy) -> None:
    toy.execute("CREATE TABLE dy AS SELECT * FROM (VALUES ('KOR', 'USA', 2000), ('USA', 'KOR', 2000), "
                "('KOR', 'USA', 2020), ('KOR', 'CHN', 2001)) t(iso3_1, iso3_2, year)")
    out = trade.add_trade_dependence(catalogue(toy).table("dy")).to_pandas()
    out = out.set_index(["iso3_1", "iso3_2", "year"])
    forward, backward = out.loc[("KOR", "USA", 2000)], out.loc[("USA", "KOR", 2000)]
    assert (forward["exports1"], forward["imports1"]) == (40.0, 30.0)  # Korea imports 30 from the USA
    assert (backward["exports1"], backward["imports1"]) == (30.0, 40.0)
    assert forward["trade_share1"] == pytest.approx(0.28) and backward["trade_share2"] == pytest.approx(0.28)
    assert forward["asymmetry"] == pytest.approx(0.063) and backward["asymmetry"] == pytest.approx(-0.063)
    assert forward["trade_source1"] == "cow_trade"
    outside = out.loc[("KOR", "USA", 2020)]
    assert outside[["exports1", "imports1", "trade", "interdependence", "asymmetry"]].isna().all()
    no_gdp = out.loc[("KOR", "CHN", 2001)]  # trade known, GDP not loaded for 2001
    assert no_gdp["trade"] == 40.0 and pd.isna(no_gdp["asymmetry"])


def test_verb_checks_keys(toy) -> None:
    toy.execute("CREATE TABLE bad AS SELECT 732 AS a, 2 AS b, 2000 AS year")
    with pytest.raises(LatitudeError, match="iso3_1, iso3_2"):
        trade.add_trade_dependence(catalogue(toy).table("bad"))


def test_one_line_errors(toy) -> None:
    with pytest.raises(LatitudeError, match="unknown country 'Narnia'") as err:
        trade.trade_dependence(toy, "Narnia")
    assert "\n" not in str(err.value)
    with pytest.raises(LatitudeError, match="outside trade coverage 2000-2001"):
        trade.trade_dependence(toy, "KOR", years=(2015, 2020))
    empty = duckdb.connect()
    with pytest.raises(LatitudeError, match="no bilateral trade in the store"):
        trade.trade_dependence(empty, "KOR")


# --------------------------------------------------------------------------- real data


@pytest.fixture(scope="module")
def raw_trade(mirror) -> tuple[pd.DataFrame, pd.DataFrame]:
    dyadic = next(iter(pyreadr.read_r(mirror / "peacesciencer" / "cow_trade_ndy.rda").values()))
    national = next(iter(pyreadr.read_r(mirror / "peacesciencer" / "cow_trade_sy.rda").values()))
    return dyadic, national


@pytest.mark.parametrize("year", [1990, 2000, 2014])
def test_korea_cow_rows_match_raw_cow_file(store_con, raw_trade, year) -> None:
    """COW's rows of the series (shown side by side by `trade_flows.overlap`) are the raw file's."""
    from latitude.measures.trade_flows import overlap

    dyadic, national = raw_trade
    kor_total = national[(national["ccode"] == KOR) & (national["year"] == year)].iloc[0]
    for iso3, code in (("USA", USA), ("CHN", CHN), ("JPN", JPN)):
        a, b = sorted((KOR, code))
        raw = dyadic[(dyadic["ccode1"] == a) & (dyadic["ccode2"] == b) & (dyadic["year"] == year)].iloc[0]
        korea_imports = raw["flow1"] if a == KOR else raw["flow2"]
        partner_imports = raw["flow2"] if a == KOR else raw["flow1"]
        row = overlap(store_con, "KOR", iso3, year).set_index("source").loc["cow_trade"]
        assert row["imports"] == korea_imports and row["exports"] == partner_imports
        assert row["export_share"] == pytest.approx(partner_imports / kor_total["exports"])


@pytest.mark.parametrize("year", [2000, 2014, 2020])
def test_korea_shares_match_the_raw_dots_workbook(store_con, mirror, year) -> None:
    """Korea reports to the IMF from 1960: its own DOTS report answers, read here from the workbook."""
    book = pd.read_excel(mirror / "imf_dots_samleblanc" / "DOTS_106.xlsx", sheet_name=None, engine="calamine",
                         header=None)

    def value(sheet: str, partner: str) -> float:
        table = book[sheet]
        col = list(table.iloc[6]).index(float(year))
        return float(table[table[1] == partner].iloc[0, col])

    frame = trade.trade_dependence(store_con, "KOR", ["USA", "CHN", "JPN"], years=year)
    names = {"USA": "United States", "CHN": "China, P.R.: Mainland", "JPN": "Japan"}
    exports_world, imports_world = value("Exports, FOB", "World"), value("Imports, CIF", "World")
    for iso3, name in names.items():
        row = _row(frame, year, iso3)
        exports, imports = value("Exports, FOB", name), value("Imports, CIF", name)
        assert row["source"] == "imf_dots" and (row["exports_origin"], row["imports_origin"]) == ("reported", "reported")
        assert row["exports"] == pytest.approx(exports, abs=0.001) and row["imports"] == pytest.approx(imports, abs=0.001)
        assert row["trade_share"] == pytest.approx((exports + imports) / (exports_world + imports_world), rel=1e-6)


def test_korea_trade_shift_to_china(store_con) -> None:
    """COW: China overtakes the USA as Korea's largest trade partner between 1990 and 2014."""
    frame = trade.trade_dependence(store_con, "KOR", ["USA", "CHN"], years=(1990, 2014))
    share = frame.pivot(index="year", columns="partner", values="trade_share")
    assert share.loc[1990, "USA"] > 10 * share.loc[1990, "CHN"]
    assert share.loc[2014, "CHN"] > 2 * share.loc[2014, "USA"]
    conc = trade.trade_concentration(store_con, "KOR", years=2014)
    assert conc.set_index("flow").loc["exports", "top_partner"] == "CHN"


def test_korea_mirror_gap_china(store_con) -> None:
    """Partner-reported imports from Korea exceed Korea's own export figures to China: Korea
    reports 145,328 million USD of exports to China in 2014 to WITS and 145,288 in KOSIS's
    monthly customs series (sum of 12 months, thousand USD)."""
    gap = trade.trade_mirror_gap(store_con, "KOR", ["CHN"], years=2014)
    exports = gap[(gap["flow"] == "exports") & gap["partner_reported_by"].str.startswith("cow")]
    exports = exports.set_index("focal_reported_by")
    assert exports.loc["wits (focal's exports)", "focal_reported"] == pytest.approx(145327.70)
    assert exports.loc["kosis (focal's exports)", "focal_reported"] == pytest.approx(145287.702, abs=0.01)
    assert (exports["gap"] > 0).all()


def test_dyad_verb_on_real_store(store_con, mirror) -> None:
    """add_trade_dependence on real dyad-years: Korea's 2014 trade with China as Korea reported it to
    the IMF (DOTS_106.xlsx: exports 145,287.7, imports 90,082.2 million USD), and Korea the more
    dependent side (it trades a larger share of its GDP with China than China with it)."""
    from latitude.dyads import create_dyadyears

    dy = create_dyadyears(store_con, years=(2014, 2014), iso3_1=["KOR", "CHN"], iso3_2=["KOR", "CHN"])
    out = trade.add_trade_dependence(dy).to_pandas()
    kor = out[out["iso3_1"] == "KOR"].iloc[0]
    assert kor["exports1"] == pytest.approx(145287.7, abs=0.1) and kor["imports1"] == pytest.approx(90082.2, abs=0.1)
    assert kor["trade_source1"] == "imf_dots" and kor["asymmetry"] > 0
