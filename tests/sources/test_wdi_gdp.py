"""World Bank GDP in current USD: rows as published, aggregates kept with their code, bad files."""
from __future__ import annotations

import csv

import pytest

from latitude.errors import LatitudeError
from latitude.sources import wdi_gdp


def test_rows_and_korea(store_con, mirror) -> None:
    with open(mirror / "wdi_gdp_current_usd" / "gdp.csv", encoding="utf-8") as fh:
        raw = list(csv.DictReader(fh))
    assert store_con.execute("SELECT count(*), count(DISTINCT code), min(year), max(year) FROM wdi_gdp").fetchall() \
        == [(len(raw), 262, 1960, 2023)]
    # SUMMARY.md / World Bank: Korea, Rep. 2021 = 1,818,432,106,880 USD
    assert store_con.execute("SELECT gdp_usd FROM wdi_gdp WHERE iso3 = 'KOR' AND year = 2021").fetchall()[0][0] == \
        pytest.approx(1_818_432_106_880, abs=1)


def test_aggregates_keep_their_code(store_con) -> None:
    rows = dict(store_con.execute("SELECT code, iso3 FROM wdi_gdp GROUP BY ALL").fetchall())
    for code in ("WLD", "EUU", "HIC", "EAS", "OED", "EMU", "LMY"):
        assert code in rows and rows[code] is None, code
    assert rows["KOR"] == "KOR" and rows["XKX"] == "XKX"
    assert "PRK" not in rows  # the World Bank publishes no GDP for North Korea: missing, never zero
    # 213 codes are states or territories with an ISO3; the 49 others are aggregates, plus the Channel Islands
    assert sum(v is not None for v in rows.values()) == 213 and rows["CHI"] is None


def test_bad_files(tmp_path) -> None:
    cases = {"Country Name,Country Code,Year\nKorea,KOR,2020\n": r"missing column\(s\) Value",
             "Country Name,Country Code,Year,Value\nKorea,KOR,2020,\n": "line 2 has no numeric year or value",
             "Country Name,Country Code,Year,Value\nKorea,KOR,2020,1\nKorea,KOR,2020,2\n": "KOR 2020 appears twice",
             "Country Name,Country Code,Year,Value\nKorea,KOR,2020,-1\n": "unexpected negative value"}
    for i, (text, message) in enumerate(cases.items()):
        path = tmp_path / f"gdp{i}.csv"
        path.write_text(text)
        with pytest.raises(LatitudeError, match=message) as exc:
            wdi_gdp.parse(path)
        assert "\n" not in str(exc.value)
