"""IMF DOTS: the mirror's derived long table checked against the original workbooks (Korea and the
other three), the workbooks' earlier years, Nicaragua's duplicate, names, and bad files."""
from __future__ import annotations

import dataclasses
import shutil

import pytest

from latitude import store
from latitude.errors import LatitudeError
from latitude.sources import _base, imf_dots

FOLDER = "imf_dots_samleblanc"


def test_korea_long_table_equals_the_workbook(mirror) -> None:
    """Every Korea row of the derived long table (2010-2020) against DOTS_106.xlsx read cell by cell."""
    long = imf_dots.long_table(mirror / FOLDER / imf_dots.LONG)
    korea = long[long["reporter"] == "Korea, Rep. of"]
    book = imf_dots.workbook_rows(mirror / FOLDER / "DOTS_106.xlsx")
    book = book[book["year"] >= 2010]
    keys = ["partner", "flow", "year"]
    merged = korea.merge(book, on=keys, how="outer", suffixes=("_long", "_book"), indicator=True)
    assert (merged["_merge"] == "both").all(), merged[merged["_merge"] != "both"].head()
    assert len(merged) == 4881
    assert (merged["value_musd_long"] - merged["value_musd_book"]).abs().max() < 0.0005  # 3-decimal rounding
    assert (merged["estimated_long"] == merged["estimated_book"]).all()
    # the mirror's check: Korea -> China exports 2019 = 136,272.8 million USD (DOTS_106, Exports, FOB)
    row = merged[(merged["partner"] == "China, P.R.: Mainland") & (merged["flow"] == "X") & (merged["year"] == 2019)]
    assert row["value_musd_book"].iloc[0] == pytest.approx(136_272.8, abs=0.05)


def test_loaded_table(store_con) -> None:
    spans = {r: (a, b) for r, a, b in store_con.execute(
        "SELECT reporter_iso3, min(year), max(year) FROM dots_flows WHERE reporter_iso3 IN ('KOR', 'CHN', 'JPN', "
        "'USA') GROUP BY 1").fetchall()}
    assert spans == {"KOR": (1960, 2020), "JPN": (1960, 2020), "USA": (1960, 2020), "CHN": (1961, 2020)}
    assert store_con.execute("SELECT min(year), max(year) FROM dots_flows WHERE reporter_iso3 NOT IN "
                             "('KOR', 'CHN', 'JPN', 'USA') OR reporter_iso3 IS NULL").fetchall() == [(2010, 2020)]
    # before 2010 the rows come from the workbooks, after from the long table, one row per key throughout
    assert store_con.execute("SELECT count(*) FROM (SELECT year, reporter, partner, flow FROM dots_flows "
                             "GROUP BY ALL HAVING count(*) > 1)").fetchall() == [(0,)]
    # Nicaragua's two identical workbooks (DOTS_143, DOTS_144) are kept once
    assert store_con.execute("SELECT DISTINCT workbook FROM dots_flows WHERE reporter = 'Nicaragua'"
                             ).fetchall() == [("DOTS_143.xlsx",)]
    # Korea's exports to the world in 1960: 31.7 million USD (DOTS_106, row World, column 1960)
    assert store_con.execute("SELECT value_musd FROM dots_flows WHERE reporter_iso3 = 'KOR' AND partner = 'World' "
                             "AND flow = 'X' AND year = 1960").fetchall() == [(31.7,)]


def test_names(store_con) -> None:
    pairs = dict(store_con.execute("SELECT DISTINCT partner, partner_iso3 FROM dots_flows").fetchall())
    assert pairs["Korea, Rep. of"] == "KOR" and pairs["China, P.R.: Mainland"] == "CHN"
    assert pairs["China, P.R.: Hong Kong"] == "HKG" and pairs["Taiwan Province of China"] == "TWN"
    assert pairs["Korea, Dem. People's Rep. of"] == "PRK" and pairs["Eastern Germany"] == "DDR"
    assert pairs["Aruba, Kingdom of the Netherlands"] == "ABW" and pairs["USSR"] == "RUS"
    for group in ("World", "Advanced Economies", "Euro Area", "European Union", "Asia not specified",
                  "Emerging and Developing Asia", "Belgium-Luxembourg", "Special Categories"):
        assert pairs[group] is None, group
    assert store_con.execute("SELECT count(*) FILTER (WHERE estimated), count(*) FROM dots_flows WHERE year >= 2010"
                             ).fetchall()[0][0] > 40_000


def test_bad_files(tmp_path, mirror) -> None:
    path = tmp_path / "long.csv"
    path.write_text("reporter,partner,flow,year,value_usd_millions,status,source_file\n"
                    "Chad,World,exports,2010,1.0,,DOTS_1.xlsx\n")
    with pytest.raises(LatitudeError, match="flow 'exports' is not exports_fob or imports_cif"):
        imf_dots.long_table(path)
    path.write_text("reporter,partner,flow,year,value_usd_millions,status,source_file\n"
                    "Chad,World,exports_fob,2010,1.0,x,DOTS_1.xlsx\n")
    with pytest.raises(LatitudeError, match="status other than the IMF 'e' flag"):
        imf_dots.long_table(path)
    path.write_text("reporter,partner,flow,year,status,source_file\nChad,World,exports_fob,2010,,DOTS_1.xlsx\n")
    with pytest.raises(LatitudeError, match=r"missing column\(s\) value_usd_millions"):
        imf_dots.long_table(path)
    book = (mirror / FOLDER / "DOTS_106.xlsx").read_bytes()
    cut = tmp_path / "DOTS_106.xlsx"
    cut.write_bytes(book[: len(book) // 2])
    with pytest.raises(LatitudeError, match="cannot read .*DOTS_106.xlsx: truncated or not an Excel workbook") as exc:
        imf_dots.workbook_rows(cut)
    assert "\n" not in str(exc.value)


def test_long_table_needs_the_mirror(tmp_path, monkeypatch) -> None:
    """The long table is derived in the mirror, not published: without a mirror, fetch says so."""
    monkeypatch.delenv("LATITUDE_MIRROR", raising=False)
    long = imf_dots.INFO.files[0]
    monkeypatch.setattr(imf_dots, "INFO", dataclasses.replace(imf_dots.INFO, files=(long,)))
    with pytest.raises(LatitudeError, match="is not published for download .*pass --mirror DIR") as exc:
        imf_dots.fetch(tmp_path / "raw")
    assert "\n" not in str(exc.value)


def test_truncated_long_table_keeps_the_previous_table(writable_store, mirror, tmp_path, monkeypatch) -> None:
    con = store.connect(writable_store)
    before = con.execute("SELECT count(*) FROM dots_flows").fetchall()[0][0]
    folder = tmp_path / "raw" / "imf_dots"
    folder.mkdir(parents=True)
    data = (mirror / FOLDER / imf_dots.LONG).read_bytes()
    (folder / imf_dots.LONG).write_bytes(data[: len(data) // 3])
    for name in imf_dots.WORKBOOKS:
        shutil.copyfile(mirror / FOLDER / name, folder / name)
    files = (dataclasses.replace(imf_dots.INFO.files[0], sha256=_base.sha256_of(folder / imf_dots.LONG)),
             *imf_dots.INFO.files[1:])
    monkeypatch.setattr(imf_dots, "INFO", dataclasses.replace(imf_dots.INFO, files=files))
    with pytest.raises(LatitudeError, match="cannot read .*: truncated or not CSV") as exc:
        imf_dots.load(con, raw=tmp_path / "raw")
    assert "\n" not in str(exc.value)
    assert con.execute("SELECT count(*) FROM dots_flows").fetchall()[0][0] == before
    con.close()
