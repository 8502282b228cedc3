"""Security dependence: alliance portfolio, SIPRI arms imports (yearly and 5-year windows), deals,
CINC ratios — hand-computed goldens on toy tables and checks against the raw mirror files —
and the `latitude dependence` command."""
from __future__ import annotations

import gzip
import io
import json
import math
import xml.etree.ElementTree as ET

import duckdb
import pandas as pd
import pyreadr
import pytest
from typer.testing import CliRunner

from latitude.cli import app
from latitude.errors import LatitudeError
from latitude.measures import security

runner = CliRunner()
KOR, USA, CHN, JPN = 732, 2, 710, 740


def _table(con: duckdb.DuckDBPyConnection, name: str, frame: pd.DataFrame) -> None:
    con.register("_frame", frame)
    con.execute(f"CREATE TABLE {name} AS SELECT * FROM _frame")
    con.unregister("_frame")


@pytest.fixture()
def toy() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    atop_cols = ["ccode1", "ccode2", "year", *security.ATOP_FLAGS]
    # ATOP years 1999-2001 (the USA-CAN row fixes 1999 as the first year); both orientations listed.
    atop = [(USA, KOR, y, 1, 0, 0, 1, 1) for y in (2000, 2001)] + [(KOR, USA, y, 1, 0, 0, 1, 1) for y in (2000, 2001)]
    atop += [(CHN, KOR, 2001, 0, 0, 0, 1, 0), (KOR, CHN, 2001, 0, 0, 0, 1, 0), (USA, 20, 1999, 1, 0, 0, 0, 0)]
    _table(con, "atop_alliance", pd.DataFrame(atop, columns=atop_cols))
    # COW alliance covers 2000 only; published once per pair.
    cow = pd.DataFrame([(USA, KOR, 2000, 1, 0, 0, 1)], columns=["ccode1", "ccode2", "year", *security.COW_FLAGS])
    _table(con, "cow_alliance", cow)
    # SIPRI TIV 2010-2019 (rows for another recipient fix the first and last years).
    tiv = [("United States", "South Korea", 2010, 10.0, "USA", "KOR"), ("Germany", "South Korea", 2010, 5.0, "DEU", "KOR"),
           ("United States", "South Korea", 2012, 20.0, "USA", "KOR"),
           ("Unknown supplier(s)", "South Korea", 2014, 5.0, None, "KOR"),
           ("United States", "South Korea", 2016, 10.0, "USA", "KOR"), ("Germany", "South Korea", 2018, 30.0, "DEU", "KOR"),
           ("France", "Chile", 2010, 1.0, "FRA", "CHL"), ("France", "Chile", 2019, 1.0, "FRA", "CHL")]
    _table(con, "sipri_tiv", pd.DataFrame(tiv, columns=["supplier", "recipient", "year", "tiv", "supplier_iso3",
                                                       "recipient_iso3"]))
    register = pd.DataFrame({
        "recipient": ["South Korea"] * 3, "supplier": ["United States", "United States", "Germany"],
        "recipient_iso3": ["KOR"] * 3, "supplier_iso3": ["USA", "USA", "DEU"], "order_year": [2008, 2015, 2017],
        "weapon_designation": ["F-15K", "RQ-4A", "Type-214"], "delivery_years": ["2010; 2012", "2016", None],
        "tiv_delivered": [30.0, 10.0, None]})
    _table(con, "sipri_register", register)
    nmc = pd.DataFrame([(KOR, 2000, 0.02), (USA, 2000, 0.10), (CHN, 2000, 0.16), (KOR, 2001, 0.03)],
                       columns=["ccode", "year", "cinc"])
    _table(con, "cow_nmc", nmc)
    yield con
    con.close()


def test_alliance_portfolio_coverage_and_zeros(toy) -> None:
    frame = security.alliance_portfolio(toy, "KOR", ["USA", "CHN"], years=(1998, 2002)).set_index(["year", "partner"])
    assert frame.loc[(2000, "USA"), "atop_defense"] == 1 and frame.loc[(2000, "USA"), "atop_consul"] == 1
    assert frame.loc[(2001, "CHN"), "atop_nonagg"] == 1 and frame.loc[(2001, "CHN"), "atop_defense"] == 0
    assert frame.loc[(2001, "CHN"), "atop_any"] == 1 and frame.loc[(2000, "CHN"), "atop_any"] == 0
    assert frame.loc[(1999, "USA"), "atop_defense"] == 0          # inside ATOP's years: no alliance
    for year in (1998, 2002):                                       # outside: missing, never 0
        assert frame.loc[(year, "USA"), list(security.ATOP_FLAGS)].isna().all()
    assert frame.loc[(2000, "USA"), "cow_defense"] == 1 and frame.loc[(2000, "USA"), "cow_entente"] == 1
    assert frame.loc[(2001, "USA"), list(security.COW_FLAGS)].isna().all()  # COW toy covers 2000 only


def test_sipri_windows() -> None:
    windows = security.sipri_windows(1950, 2021)
    assert windows[-1] == (2017, 2021) and windows[-2] == (2012, 2016) and windows[0] == (1952, 1956)
    assert security.sipri_windows(2013, 2016) == []


def test_arms_imports_five_year_golden(toy) -> None:
    frame = security.arms_imports(toy, "KOR", window=5)
    assert sorted(frame["period"].unique()) == ["2010-2014", "2015-2019"]
    first = frame[frame["period"] == "2010-2014"].set_index("supplier")
    # 2010-2014: USA 10 + 20, DEU 5, unknown 5 -> total 40
    assert first.loc["USA", "tiv"] == 30.0 and first.loc["USA", "share"] == pytest.approx(0.75)
    assert first.loc["Unknown supplier(s)", "share"] == pytest.approx(0.125)
    assert (first["total_tiv"] == 40.0).all() and first["share"].sum() == pytest.approx(1.0)
    conc = security.arms_concentration(toy, "KOR", window=5).set_index("period")
    # .75² + .125² + .125² = .59375; normalised (.59375 - 1/3) / (2/3) = .390625
    assert conc.loc["2010-2014", "hhi"] == pytest.approx(0.59375)
    assert conc.loc["2010-2014", "hhi_normalised"] == pytest.approx(0.390625)
    # 2015-2019: USA 10, DEU 30 -> .0625 + .5625 = .625; normalised (.625 - .5) / .5 = .25
    assert conc.loc["2015-2019", "hhi"] == pytest.approx(0.625)
    assert conc.loc["2015-2019", "hhi_normalised"] == pytest.approx(0.25)
    assert conc.loc["2015-2019", "top_supplier"] == "DEU"


def test_arms_imports_yearly_zero_inside_missing_outside(toy) -> None:
    frame = security.arms_imports(toy, "KOR", ["USA", "CHN"], years=(2009, 2012)).set_index(["year", "supplier"])
    assert frame.loc[(2010, "USA"), "share"] == pytest.approx(10 / 15)
    assert frame.loc[(2010, "CHN"), "tiv"] == 0.0                  # covered year, nothing delivered
    assert frame.loc[(2011, "USA"), "tiv"] == 0.0 and math.isnan(frame.loc[(2011, "USA"), "share"])
    assert frame.loc[(2009, "USA"), ["tiv", "share"]].isna().all()  # before SIPRI's first year
    with pytest.raises(LatitudeError, match="window must be 1"):
        security.arms_imports(toy, "KOR", window=3)
    with pytest.raises(LatitudeError, match="no complete 5-year window"):
        security.arms_imports(toy, "KOR", years=(2010, 2012), window=5)


def test_arms_deals_filters_by_delivery_years(toy) -> None:
    deals = security.arms_deals(toy, "KOR", years=(2010, 2014))
    assert list(deals["weapon_designation"]) == ["F-15K"]
    assert set(security.arms_deals(toy, "KOR", supplier="DEU")["weapon_designation"]) == {"Type-214"}
    everything = security.arms_deals(toy, "KOR")
    assert list(everything["weapon_designation"]) == ["F-15K", "RQ-4A", "Type-214"]  # by delivered TIV


def test_capability_ratios_golden(toy) -> None:
    frame = security.capability_ratios(toy, "KOR", ["USA", "CHN"], years=(2000, 2001)).set_index(["year", "partner"])
    assert frame.loc[(2000, "USA"), "ratio"] == pytest.approx(0.2)
    assert frame.loc[(2000, "CHN"), "ratio"] == pytest.approx(0.125)
    assert pd.isna(frame.loc[(2001, "USA"), "ratio"]) and frame.loc[(2001, "USA"), "cinc_focal"] == 0.03


def test_errors_are_one_line(toy) -> None:
    with pytest.raises(LatitudeError, match="outside SIPRI arms transfers coverage 2010-2019"):
        security.arms_imports(toy, "KOR", years=(1990, 1995))
    with pytest.raises(LatitudeError, match="unknown country"):
        security.alliance_portfolio(toy, "KOR", ["Atlantis"])


# --------------------------------------------------------------------------- real data


def _register(mirror) -> pd.DataFrame:
    """The 2026 SIPRI register as published: 11 preamble lines, every line ending in ';'."""
    text = gzip.open(mirror / "sipri_register_2024" / "trade_register.csv.gz", "rt", encoding="utf-8").read()
    lines = [line.rstrip("\r").removesuffix(";") for line in text.split("\n")[11:] if line.strip()]
    return pd.read_csv(io.StringIO("\n".join(lines)))


def test_korea_arms_mostly_from_usa(store_con, mirror) -> None:
    """Every SIPRI 5-year window 1950-2024: the USA is Korea's largest supplier; the 2020-2024 share is
    the register's (deliveries from 1995 come from SIPRI's 2026 register), the 1990-1994 one the TIV table's."""
    frame = security.arms_imports(store_con, "KOR", window=5)
    top = frame.loc[frame.groupby("period")["tiv"].idxmax()]
    assert (top["supplier"] == "USA").all() and len(top) == 15
    register = _register(mirror)
    recent = register[(register["Recipient"] == "South Korea") & register["Delivery year"].between(2020, 2024)]
    expected = recent.loc[recent["Supplier"] == "United States", "TIV delivery values"].sum() / \
        recent["TIV delivery values"].sum()
    usa = frame[(frame["period"] == "2020-2024") & (frame["supplier"] == "USA")].iloc[0]
    assert usa["share"] == pytest.approx(expected) and usa["source"] == "sipri_register_2024"
    old = pd.read_csv(mirror / "sipri" / "sipri_tiv_supplier_recipient_year_360info.csv")
    old = old[(old["recipient"] == "South Korea") & old["year"].between(1990, 1994)]
    usa_old = frame[(frame["period"] == "1990-1994") & (frame["supplier"] == "USA")].iloc[0]
    assert usa_old["share"] == pytest.approx(old.loc[old["supplier"] == "United States", "value"].sum()
                                             / old["value"].sum())


def test_korea_arms_exports_to_poland(store_con, mirror) -> None:
    """Security "through a network": Korea's own arms exports, Poland first from 2022 (register: 156.4,
    570.7, 680.7 million TIV in 2022-2024)."""
    frame = security.arms_exports(store_con, "KOR", ["POL"], years=(2021, 2024)).set_index("year")
    register = _register(mirror)
    sent = register[(register["Supplier"] == "South Korea") & (register["Recipient"] == "Poland")]
    for year in (2022, 2023, 2024):
        assert frame.loc[year, "tiv"] == pytest.approx(sent.loc[sent["Delivery year"] == year,
                                                                 "TIV delivery values"].sum())
    assert frame.loc[2023, "tiv"] == pytest.approx(570.7, abs=0.05) and frame.loc[2023, "share"] > 0.5


def test_korea_alliances_match_raw_atop(store_con, mirror) -> None:
    atop = next(iter(pyreadr.read_r(mirror / "peacesciencer" / "atop_alliance.rda").values()))
    raw = atop[(atop["ccode1"] == KOR) & (atop["ccode2"] == USA)].set_index("year")["atop_defense"]
    frame = security.alliance_portfolio(store_con, "KOR", ["USA", "CHN", "JPN"], years=(1950, 2020))
    usa = frame[frame["partner"] == "USA"].set_index("year")
    assert (usa.loc[raw.index, "atop_defense"].astype(int) == raw.astype(int)).all()
    assert usa.loc[1953:2018, "atop_defense"].eq(1).all() and usa.loc[1950, "atop_defense"] == 0
    assert usa.loc[2019:2020, "atop_defense"].isna().all() and usa.loc[2013, "cow_defense"] is pd.NA
    assert frame[frame["partner"] != "USA"]["atop_defense"].dropna().eq(0).all()


def test_korea_capability_ratio_matches_raw_nmc(store_con, mirror) -> None:
    nmc = next(iter(pyreadr.read_r(mirror / "peacesciencer" / "cow_nmc.rda").values())).set_index(["ccode", "year"])
    frame = security.capability_ratios(store_con, "KOR", ["CHN"], years=2010).iloc[0]
    assert frame["ratio"] == pytest.approx(nmc.loc[(KOR, 2010), "cinc"] / nmc.loc[(CHN, 2010), "cinc"])


def test_korea_arms_deals_real(store_con) -> None:
    deals = security.arms_deals(store_con, "KOR", supplier="USA", years=(2017, 2021))
    assert len(deals) > 5 and set(deals["supplier_iso3"]) == {"USA"}


# --------------------------------------------------------------------------- CLI


def _store_args(store_path) -> list[str]:
    return ["--store", str(store_path)]


def test_cli_json_long_table(store_path) -> None:
    result = runner.invoke(app, ["dependence", "KOR", "--poles", "USA,CHN,JPN", "--years", "2010-2014",
                                 "--format", "json", *_store_args(store_path)])
    assert result.exit_code == 0, result.output
    rows = pd.DataFrame(json.loads(result.stdout))
    assert list(rows.columns) == ["dimension", "year", "period", "iso3", "partner", "measure", "value", "source"]
    assert set(rows["dimension"]) >= {"trade", "alliance", "arms", "capabilities"}
    share = rows[(rows["measure"] == "trade_share") & (rows["partner"] == "CHN") & (rows["year"] == 2014)]
    assert 0.2 < share["value"].iloc[0] < 0.35
    arms = rows[(rows["dimension"] == "arms") & (rows["measure"] == "share") & (rows["partner"] == "USA")]
    assert list(arms["period"]) == ["2010-2014"]


def test_cli_plot_and_errors(store_path, tmp_path) -> None:
    chart = tmp_path / "kor.svg"
    result = runner.invoke(app, ["dependence", "KOR", "--dimension", "capabilities", "--years", "2000-2010",
                                 "--plot", str(chart), "--format", "csv", *_store_args(store_path)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("dimension,year,period")
    root = ET.parse(chart).getroot()                      # one panel (capabilities), on a log axis
    assert [t.text for t in root.iter("{http://www.w3.org/2000/svg}text") if t.get("class") == "title"] == \
        ["KOR: capabilities"]
    bad = runner.invoke(app, ["dependence", "KOR", "--dimension", "trade", "--years", "1816-1850",
                              *_store_args(store_path)])
    assert bad.exit_code != 0 and "outside trade coverage 18" in str(bad.exception)


def test_cli_products_dimension(store_path) -> None:
    """The product-level measure joins the command: Thailand's shrimp imports in the comtradr extract."""
    result = runner.invoke(app, ["dependence", "THA", "--dimension", "products", "--years", "2010",
                                 "--format", "csv", *_store_args(store_path)])
    assert result.exit_code == 0, result.output
    rows = pd.read_csv(io.StringIO(result.stdout), dtype={"partner": str})
    assert set(rows["dimension"]) == {"products"} and "030613" in set(rows["partner"])
    assert {"imports_usd", "supplier_hhi", "eu_dependency"} <= set(rows["measure"])
