"""Geopolitical Risk index: long table against the published wide export."""
from __future__ import annotations

import datetime as dt

import pandas as pd


def test_korea_month_and_global_series(store_con, mirror) -> None:
    raw = pd.read_csv(mirror / "gpr" / "data_gpr_export_csv_2026-01.csv", encoding="utf-8-sig")
    row = raw[raw["month"] == "01/03/2017"].iloc[0]
    got = dict(store_con.execute("SELECT series, value FROM gpr_monthly WHERE iso3 = 'KOR' AND month = ?",
                                 [dt.date(2017, 3, 1)]).fetchall())
    assert got == {"GPRC": row["GPRC_KOR"], "GPRHC": row["GPRHC_KOR"]}
    assert store_con.execute("SELECT value, iso3 FROM gpr_monthly WHERE series = 'GPR' AND month = ?",
                             [dt.date(2017, 3, 1)]).fetchall() == [(row["GPR"], None)]


def test_one_row_per_filled_cell(store_con, mirror) -> None:
    raw = pd.read_csv(mirror / "gpr" / "data_gpr_export_csv_2026-01.csv", encoding="utf-8-sig")
    cells = raw.drop(columns=["month", "var_name", "var_label"]).notna().sum().sum()
    assert store_con.execute("SELECT count(*) FROM gpr_monthly").fetchall()[0][0] == cells
    # country index starts in 1985, historical one in 1900: no rows (not zeros) before
    assert store_con.execute("SELECT min(month) FROM gpr_monthly WHERE series = 'GPRC' AND iso3 = 'KOR'"
                             ).fetchall() == [(dt.date(1985, 1, 1),)]
