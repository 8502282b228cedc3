"""BACI loader on synthetic releases in CEPII's published layout: values, codes and dictionaries
as written, both dictionary layouts, and malformed or partial files rejected with one line naming
the file while the previous tables stay intact."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from latitude import store
from latitude.errors import LatitudeError
from latitude.sources import baci

COUNTRIES = ("country_code,country_name,country_iso2,country_iso3\n"
             "36,Australia,AU,AUS\n156,China,CN,CHN\n392,Japan,JP,JPN\n410,Rep. of Korea,KR,KOR\n"
             "490,\"Other Asia, nes\",,S19\n842,USA,US,USA\n")
OLD_COUNTRIES = ("country_code,country_name_abbreviation,country_name_full,iso_2digit_alpha,iso_3digit_alpha\n"
                 "156,China,China,CN,CHN\n410,Rep. of Korea,Republic of Korea,KR,KOR\n842,USA,USA,US,USA\n")
PRODUCTS = 'code,description\n010121,"Horses: live, pure-bred breeding animals"\n280530,Rare-earth metals\n'
YEAR_2022 = ('t,i,j,k,v,q\n'
             '2022,156,410,"280530",80.5,12.25\n'
             '2022,490,410,"280530",  19.5,NA\n'
             '2022,410,842,"010121",3.0,\n'
             '2022,36,410,10121,7.125,1.5\n')


def write_release(folder: Path, years: dict[int, str] | None = None, countries: str = COUNTRIES,
                  version: str = "V202401b") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"country_codes_{version}.csv").write_text(countries)
    (folder / f"product_codes_HS92_{version}.csv").write_text(PRODUCTS)
    for year, text in (years or {2022: YEAR_2022}).items():
        (folder / f"BACI_HS92_Y{year}_{version}.csv").write_text(text)
    return folder


@pytest.fixture()
def con(tmp_path: Path):
    connection = store.connect(tmp_path / "store.duckdb")
    yield connection
    connection.close()


def test_release_loads_as_published(con, tmp_path: Path) -> None:
    counts = baci.load_files(con, [write_release(tmp_path / "rel")], show_progress=False)
    assert counts == {"baci_flows": 4, "baci_products": 2, "baci_countries": 6}
    rows = con.execute("SELECT year, exporter_iso3, importer_iso3, hs6, value_kusd, quantity_t FROM baci_flows "
                       "ORDER BY value_kusd").fetchall()
    assert rows == [(2022, "KOR", "USA", "010121", 3.0, None),      # empty q -> missing
                    (2022, "AUS", "KOR", "010121", 7.125, 1.5),     # unquoted 10121 -> leading zero restored
                    (2022, "TWN", "KOR", "280530", 19.5, None),     # 490 "Other Asia, nes" (S19) -> TWN; NA q
                    (2022, "CHN", "KOR", "280530", 80.5, 12.25)]
    assert con.execute("SELECT description FROM baci_products WHERE hs6 = '010121'").fetchall() == \
        [("Horses: live, pure-bred breeding animals",)]
    prov = store.provenance(con).set_index("source").loc["baci"]
    assert (prov["coverage_start"], prov["coverage_end"]) == (2022, 2022)
    assert prov["version"] == "BACI V202401b"
    files = {f["name"]: f["sha256"] for f in json.loads(prov["files"])}
    assert set(files) == {"country_codes_V202401b.csv", "product_codes_HS92_V202401b.csv",
                          "BACI_HS92_Y2022_V202401b.csv"}
    assert all(len(digest) == 64 for digest in files.values())


def test_older_country_dictionary_layout(con, tmp_path: Path) -> None:
    year = 't,i,j,k,v,q\n2021,156,410,"280530",1.0,1.0\n2021,842,156,"280530",2.0,NA\n'
    folder = write_release(tmp_path / "old", {2021: year}, countries=OLD_COUNTRIES, version="V202201")
    baci.load_files(con, [folder], show_progress=False)
    assert con.execute("SELECT exporter_iso3, importer_iso3 FROM baci_flows ORDER BY value_kusd").fetchall() == \
        [("CHN", "KOR"), ("USA", "CHN")]


def test_padded_missing_quantities(con, tmp_path: Path) -> None:
    # Fixed-width exports pad fields: padded NA must be missing, padded numbers numbers.
    year = ('t,i,j,k,v,q\n2021,156,410,"280530",     1.250,        NA\n'
            '2021,842,156,"280530",    2.000,     0.500\n')
    baci.load_files(con, [write_release(tmp_path / "pad", {2021: year})], show_progress=False)
    assert con.execute("SELECT value_kusd, quantity_t FROM baci_flows ORDER BY value_kusd").fetchall() == \
        [(1.25, None), (2.0, 0.5)]
    bad = 't,i,j,k,v,q\n2021,156,410,"280530",1.0,        NA\n2021,842,156,"280530",2.0,   lots\n'
    with pytest.raises(LatitudeError, match='quantity "   lots" is not a number'):
        baci.load_files(con, [write_release(tmp_path / "padbad", {2021: bad})], show_progress=False)
    assert con.execute("SELECT count(*) FROM baci_flows").fetchall() == [(2,)]


def test_several_year_files_and_explicit_paths(con, tmp_path: Path) -> None:
    y2021 = 't,i,j,k,v,q\n2021,156,410,"280530",10.0,1.0\n'
    folder = write_release(tmp_path / "two", {2021: y2021, 2022: YEAR_2022})
    files = sorted(folder.glob("*.csv"))
    baci.load_files(con, files, show_progress=False)
    assert con.execute("SELECT year, count(*) FROM baci_flows GROUP BY year ORDER BY year").fetchall() == \
        [(2021, 1), (2022, 4)]


@pytest.mark.parametrize("body, message", [
    ("t,i,j,k,value,q\n2022,156,410,\"280530\",1.0,1.0\n", r"line 1: header 't,i,j,k,value,q' is not BACI's"),
    ('t,i,j,k,v,q\n2022,156,410,"280530",1.0,1.0\n2022,156,410,"280530",abc,1.0\n',
     r"line 3: .*abc"),
    ('t,i,j,k,v,q\n2022,156,410,"280530",1.0,1.0\n2022,156,410,"2805', r"last line is cut off"),
    ('t,i,j,k,v,q\n2022,156,410,"280530",1.0,1.0\n2022,156,410\n', r"line 3: Expected Number of Columns: 6"),
    ('t,i,j,k,v,q\n2022,156,999,"280530",1.0,1.0\n', r"importer code 999 is not in the country dictionary"),
    ('t,i,j,k,v,q\n2022,156,410,"280530",,1.0\n', r"lacks its year, product or value"),
])
def test_malformed_file_leaves_store_intact(con, tmp_path: Path, body: str, message: str) -> None:
    baci.load_files(con, [write_release(tmp_path / "good")], show_progress=False)
    before = con.execute("SELECT * FROM baci_flows ORDER BY ALL").fetchall()
    loaded_at = store.provenance(con).set_index("source").loc["baci", "loaded_at"]
    bad = write_release(tmp_path / "bad", {2023: body})
    with pytest.raises(LatitudeError, match=message) as info:
        baci.load_files(con, [bad], show_progress=False)
    text = str(info.value)
    assert "\n" not in text and "BACI_HS92_Y2023_V202401b.csv" in text
    assert con.execute("SELECT * FROM baci_flows ORDER BY ALL").fetchall() == before
    assert store.provenance(con).set_index("source").loc["baci", "loaded_at"] == loaded_at


def test_missing_dictionary_or_files(con, tmp_path: Path) -> None:
    folder = tmp_path / "nodict"
    folder.mkdir()
    (folder / "BACI_HS92_Y2022_V202401b.csv").write_text(YEAR_2022)
    with pytest.raises(LatitudeError, match="no BACI country dictionary"):
        baci.load_files(con, [folder], show_progress=False)
    with pytest.raises(LatitudeError, match="does not exist"):
        baci.load_files(con, [tmp_path / "nowhere"], show_progress=False)
    with pytest.raises(LatitudeError, match="not in the mirror"):
        baci.fetch(tmp_path / "empty")


def test_cli_load_baci_and_error_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from typer.testing import CliRunner

    from latitude import cli
    from latitude.cli import app

    folder = write_release(tmp_path / "rel")
    store_path = tmp_path / "cli.duckdb"
    done = CliRunner().invoke(app, ["products", "load-baci", str(folder), "--store", str(store_path)])
    assert done.exit_code == 0, done.output
    assert "4 flows" in done.output
    # Once loaded, BACI is cited and listed like the sources of the default build.
    cite = CliRunner().invoke(app, ["cite", "--store", str(store_path)])
    assert cite.exit_code == 0 and "CEPII" in cite.stdout
    status = CliRunner().invoke(app, ["data", "status", "--store", str(store_path), "--format", "csv"])
    assert "baci,user files" in status.stdout
    (folder / "BACI_HS92_Y2022_V202401b.csv").write_text(YEAR_2022 + "2022,156,410,\"2805")
    capsys.readouterr()
    # in-process as `main` runs it (its exit status is `run`'s); tests/test_cli.py starts the real process
    exit_status = cli.run(["products", "load-baci", str(folder), "--store", str(store_path)])
    stderr = capsys.readouterr().err
    assert exit_status == 1
    assert stderr.startswith("error: ") and stderr.count("\n") == 1 and "cut off" in stderr


@pytest.mark.parametrize("line, message", [
    ("2000000000,Nowhere,NW,NWH", r"code 2000000000 is not a BACI country code \(ISO 3166 numeric, 0-999\)"),
    ("-4,Nowhere,NW,NWH", r"code -4 is not a BACI country code"),
    (",Nowhere,NW,NWH", r"a missing code is not a BACI country code"),
    ("410,Korea again,KR,KOR", r"country code 410 appears 2 times"),
    ("99999999999999999999,Nowhere,NW,NWH", r"line 8: .*99999999999999999999"),
])
def test_bad_country_codes_fail_in_one_line(con, tmp_path: Path, line: str, message: str) -> None:
    # Issue 16: one huge code made the loader build a list literal up to that code (24 GB, killed).
    baci.load_files(con, [write_release(tmp_path / "good")], show_progress=False)
    before = con.execute("SELECT * FROM baci_countries ORDER BY ALL").fetchall()
    folder = write_release(tmp_path / "bad", countries=COUNTRIES + line + "\n")
    with pytest.raises(LatitudeError, match=message) as info:
        baci.load_files(con, [folder], show_progress=False)
    assert "\n" not in str(info.value) and "country_codes_V202401b.csv" in str(info.value)
    assert con.execute("SELECT * FROM baci_countries ORDER BY ALL").fetchall() == before


def test_country_codes_map_through_the_dictionary_whatever_their_order(con, tmp_path: Path) -> None:
    # Codes listed out of order and sparse (4 and 894 only): each flow keeps its own pair.
    countries = "country_code,country_name,country_iso2,country_iso3\n894,Zambia,ZM,ZMB\n4,Afghanistan,AF,AFG\n"
    year = 't,i,j,k,v,q\n2022,4,894,"280530",1.0,1.0\n2022,894,4,"280530",2.0,NA\n'
    baci.load_files(con, [write_release(tmp_path / "rel", {2022: year}, countries=countries)], show_progress=False)
    assert con.execute("SELECT exporter_iso3, importer_iso3 FROM baci_flows ORDER BY value_kusd").fetchall() == \
        [("AFG", "ZMB"), ("ZMB", "AFG")]
    assert dict(store.column_types(con, "baci_countries"))["country_code"] == "INTEGER"
