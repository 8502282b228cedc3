"""UN Comtrade total-trade extracts: rows as published, Korea's 2021 figures against Korea Customs
Service, the partial 2022, non-state partners kept without ISO3, and one-line errors on bad files."""
from __future__ import annotations

import gzip

import pandas as pd
import pytest

from latitude.errors import LatitudeError
from latitude.sources import comtrade_totals

FOLDER = "comtrade_totals_westonslayton"


def test_rows_equal_the_published_files(store_con, mirror) -> None:
    expected = {}
    for name, *_ in comtrade_totals.FILES:
        raw = pd.read_csv(mirror / FOLDER / f"{name}.gz")
        flow = "X" if "exports" in name else "M"
        expected[(int(name[-9:-5]), flow)] = len(raw)
    got = {(y, f): n for y, f, n in store_con.execute(
        "SELECT year, flow, count(*) FROM comtrade_totals GROUP BY ALL").fetchall()}
    assert got == expected
    assert store_con.execute("SELECT DISTINCT freq, origin, month FROM comtrade_totals").fetchall() == \
        [("A", "mirror", None)]


def test_korea_2021_against_korea_customs(store_con) -> None:
    # Korea Customs Service: exports 2021 = 644.4 bn USD, of which 162.9 bn to China (K-stat, trade by country).
    got = dict(store_con.execute("SELECT partner, value_usd FROM comtrade_totals WHERE reporter_iso3 = 'KOR' "
                                 "AND year = 2021 AND flow = 'X' AND partner IN ('World', 'China')").fetchall())
    assert got["World"] / 1e9 == pytest.approx(644.4, abs=0.05)
    assert got["China"] / 1e9 == pytest.approx(162.9, abs=0.05)
    # Imports 2021 (CIF): Korea Customs Service publishes 615.1 bn USD.
    imports = store_con.execute("SELECT value_usd FROM comtrade_totals WHERE reporter_iso3 = 'KOR' AND year = 2021 "
                                "AND flow = 'M' AND partner = 'World'").fetchall()[0][0]
    assert imports / 1e9 == pytest.approx(615.1, abs=0.1)  # Comtrade 615.01 (CIF, later revisions)


def test_2022_is_partial(store_con) -> None:
    reporters = {r for (r,) in store_con.execute("SELECT DISTINCT reporter_iso3 FROM comtrade_totals "
                                                "WHERE year = 2022").fetchall()}
    assert len(reporters) == 85
    assert "KOR" not in reporters and "VNM" not in reporters
    assert {"CHN", "JPN", "USA", "DEU", "AUS"} <= reporters
    # Korea's 2022 trade is still there as partners report it (China's exports to Korea, for one)
    assert store_con.execute("SELECT count(*) FROM comtrade_totals WHERE year = 2022 AND reporter_iso3 = 'CHN' "
                             "AND partner_iso3 = 'KOR'").fetchall() == [(1,)]


def test_names_and_non_state_partners(store_con) -> None:
    pairs = dict(store_con.execute("SELECT DISTINCT partner, partner_iso3 FROM comtrade_totals").fetchall())
    assert pairs["Rep. of Korea"] == "KOR" and pairs["China, Hong Kong SAR"] == "HKG"
    assert pairs["Dem. People's Rep. of Korea"] == "PRK" and pairs["Türkiye"] == "TUR" and pairs["USA"] == "USA"
    for label in ("World", "Areas, nes", "Bunkers", "Free Zones", "Special Categories"):
        assert pairs[label] is None, label
    # Taiwan only ever appears as "Other Asia, nes" (Comtrade code 490), keyed TWN as BACI keys it
    assert pairs["Other Asia, nes"] == "TWN"
    assert store_con.execute("SELECT count(*) FROM comtrade_totals WHERE reporter_iso3 = 'KOR' AND year = 2021 "
                             "AND partner = 'Other Asia, nes'").fetchall() == [(2,)]


def test_bad_files(tmp_path, mirror) -> None:
    good = gzip.decompress((mirror / FOLDER / "comtrade_all_exports_2021A.csv.gz").read_bytes()).decode()
    lines = good.splitlines()
    cases = {
        "comtrade_all_exports_2021A.csv": ("\n".join(lines[:40] + [lines[40][:11]]), "is not a number"),
        "comtrade_all_imports_2019A.csv": ("\n".join(lines[:40]), "does not match the file's year 2019"),
        "comtrade_all_exports_2014A.csv": ("date,value,partner\n2014-01-01,1,World\n", r"missing column\(s\) reporter"),
        "comtrade_all_exports_2015A.csv": ("date,value,reporter,partner\n2015-01-01,-5,Chad,World\n",
                                           "unexpected negative value -5"),
        "exports.csv": ("date,value,reporter,partner\n", "cannot tell flow and year"),
    }
    for name, (text, message) in cases.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        with pytest.raises(LatitudeError, match=message) as exc:
            comtrade_totals.parse(path)
        assert "\n" not in str(exc.value)
