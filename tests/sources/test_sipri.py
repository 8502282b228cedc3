"""SIPRI TIV table and trade register against the raw files; ISO3 of tricky SIPRI names."""
from __future__ import annotations

import pandas as pd
import pytest

from latitude.errors import LatitudeError
from latitude.sources import sipri


def test_usa_to_korea_tiv_matches_raw(store_con, mirror) -> None:
    raw = pd.read_csv(mirror / "sipri" / "sipri_tiv_supplier_recipient_year_360info.csv")
    row = raw[(raw.supplier == "United States") & (raw.recipient == "South Korea") & (raw.year == 2015)].iloc[0]
    assert store_con.execute("SELECT tiv, supplier_cow, recipient_cow, supplier_iso3, recipient_iso3 FROM sipri_tiv "
                             "WHERE supplier = 'United States' AND recipient = 'South Korea' AND year = 2015"
                             ).fetchall() == [(row.value, 2, 732, "USA", "KOR")]
    assert store_con.execute("SELECT count(*) FROM sipri_tiv").fetchall()[0][0] == len(raw)


def test_tricky_names() -> None:
    names = pd.Series(["Soviet Union", "North Korea", "South Korea", "unknown supplier(s)", "Unknown rebel group*",
                       "Hamas (Palestine)*", "NATO**", "Northern Cyprus", "East Germany (GDR)", "Viet Nam"])
    assert sipri.names_to_iso3(names).tolist() == ["RUS", "PRK", "KOR", pd.NA, pd.NA, pd.NA, pd.NA, pd.NA, "DDR",
                                                   "VNM"]


def test_register_rows_and_rejoined_comment(store_con, mirror) -> None:
    raw = pd.read_csv(mirror / "sipri" / "sipri_trade_register_ColasDroin.csv", skiprows=11, encoding="latin-1",
                      dtype=str)
    # pandas splits the 4 deals whose comment holds a line break into an extra row with no recipient
    deals = raw["Recipient"].notna().sum()
    assert store_con.execute("SELECT count(*) FROM sipri_register").fetchall()[0][0] == deals
    assert store_con.execute(
        "SELECT comments, tiv_per_unit, tiv_total_order, tiv_delivered, order_year, supplier_iso3 FROM sipri_register "
        "WHERE recipient = 'Cote d''Ivoire' AND supplier = 'United States' AND weapon_designation = 'vehicle engine' "
        "AND order_year = 2024").fetchall() == \
        [("Cummins (275hp) diesel engine for 12 Puma M-36 APC from South Africa", 0.03, 0.36, 0.0, 2024, "USA")]
    soviet = store_con.execute("SELECT DISTINCT supplier_iso3 FROM sipri_register WHERE supplier = 'Soviet Union'"
                               ).fetchall()
    assert soviet == [("RUS",)]
    assert store_con.execute("SELECT count(*) FROM sipri_register WHERE recipient LIKE '%*' AND recipient_iso3 IS NOT NULL"
                             ).fetchall() == [(0,)]


def test_negative_tiv_is_an_error(tmp_path) -> None:
    path = tmp_path / "tiv.csv"
    path.write_text("supplier,recipient,year,value,supplier_cown,recipient_cown\n"
                    "United States,South Korea,2015,120,2,732\nChina,Pakistan,2015,-4,710,770\n")
    with pytest.raises(LatitudeError, match=r"tiv.csv: unexpected negative value -4 in column value"):
        sipri._tiv(path)
