"""WITS trade summaries and KOSIS monthly trade against the raw files."""
from __future__ import annotations

import datetime as dt

import pandas as pd


def test_china_imports_from_korea_match_raw(store_con, mirror) -> None:
    raw = pd.read_csv(mirror / "trade_korea_misc" / "WITS_en_CHN_AllYears_Trade_Summary.csv")
    row = raw[(raw.Partner == "Korea, Rep.") & (raw.Indicator == "Trade (US$ Mil)-Top 5 Import Partner")].iloc[0]
    got = store_con.execute("SELECT value FROM wits_trade_summary WHERE reporter_iso3 = 'CHN' AND partner_iso3 = 'KOR' "
                            "AND indicator = 'Trade (US$ Mil)-Top 5 Import Partner' AND year = 2014").fetchall()
    assert got == [(row["2014"],)] and row["2014"] == 190105.25


def test_totals_have_no_partner_iso3_and_rows_match_cells(store_con, mirror) -> None:
    assert store_con.execute("SELECT count(*) FROM wits_trade_summary WHERE partner IN ('World', '...', 'Unspecified') "
                             "AND partner_iso3 IS NOT NULL").fetchall() == [(0,)]
    cells = 0
    for iso3 in ("KOR", "CHN", "JPN", "USA"):
        raw = pd.read_csv(mirror / "trade_korea_misc" / f"WITS_en_{iso3}_AllYears_Trade_Summary.csv")
        cells += raw.iloc[:, 5:].notna().sum().sum()
    assert store_con.execute("SELECT count(*) FROM wits_trade_summary").fetchall()[0][0] == cells


def test_kosis_monthly(store_con, mirror) -> None:
    raw = pd.read_csv(mirror / "trade_korea_misc" / "mizydorczyk_korea-china-trade-data.csv", dtype={"Date": str})
    assert store_con.execute("SELECT count(*) FROM kosis_monthly_trade").fetchall()[0][0] == len(raw)
    first = raw.iloc[0]
    assert store_con.execute("SELECT exports, imports, partner_iso3 FROM kosis_monthly_trade WHERE month = ?",
                             [dt.date(2001, 1, 1)]).fetchall() == [(first.Exports, first.Imports, "CHN")]
