"""UN Comtrade annual TOTAL goods trade by reporter and partner (all commodities), 2014-2022, as
extracted from the Comtrade API by westonslayton/Economic-Sanctions-Research (2023).

Table `comtrade_totals`: freq ('A'), year, month (NULL for annual), reporter, reporter_iso3,
partner, partner_iso3, flow ('X' exports FOB as reported by the exporter, 'M' imports CIF as
reported by the importer), value_usd (current USD, Comtrade's primaryValue), origin ('mirror':
these files; 'api' rows come from `latitude data update comtrade`).

Reporter-declared flows only, no mirroring: 2022 is partial (85 reporters, fetched in May 2023;
Korea and Viet Nam are missing as reporters, so their 2022 trade must come from partners' reports)
and imports exist for 2021 only. Partners that are not states keep their Comtrade name with
partner_iso3 NULL: World, Areas nes, Bunkers, Free Zones, Special Categories, the regional "nes"
residuals. "Other Asia, nes" (Comtrade code 490) is Comtrade's label for Taiwan and is keyed TWN,
as BACI and the Comtrade extracts key it (`sources.baci`, `sources.comtrade`).
"""
from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pandas as pd

from latitude import store
from latitude.errors import LatitudeError
from latitude.sources import _base, _codes, _names
from latitude.sources._base import SourceInfo, github_file

REPO = "westonslayton/Economic-Sanctions-Research"
FOLDER = "comtrade_totals_westonslayton"
# (file, commit, SHA-256 of the published CSV, SHA-256 of the mirror's gzipped copy)
FILES = (
    ("comtrade_all_exports_2014A.csv", "b2e858a88f6f8a30beb5e3340ee6ddb4ad7904af",
     "9fd17fec55ecf69c5cfc099d2438619ff104c408fa199cf42150157ad04dace0",
     "11e918e9d1d6284d18c8cd2eda4d073769f39295c7455130c449f8ea7b4a94b9"),
    ("comtrade_all_exports_2015A.csv", "b2e858a88f6f8a30beb5e3340ee6ddb4ad7904af",
     "355edece34ab4bbfc73f43c1f3912f535546398abb01164c08b3a8384791d503",
     "529500f272514480bc33d752bd7141d24cb627392345c04c3a1d0ec35940b9b9"),
    ("comtrade_all_exports_2016A.csv", "b2e858a88f6f8a30beb5e3340ee6ddb4ad7904af",
     "161ad9dafc3e652ba5340a9e526d6f25c883c46bd6e1b6b0abe3e8f62872e69e",
     "a847f674baeeeffb2f3c42adbfeacbfdb23fb14fcab6b2d8ebc054381aa2813e"),
    ("comtrade_all_exports_2017A.csv", "b2e858a88f6f8a30beb5e3340ee6ddb4ad7904af",
     "cc4b81da267216cec684c0d52d6ff059b92b72ba2be4a8887d910ff77283b9c4",
     "3f2629678428f219be8ab816106f99edcdaebf4b3c339682f643f67c6724a5bd"),
    ("comtrade_all_exports_2018A.csv", "6e807a1975678e486f0af69c61de63472a835b16",
     "c5092846650312f6818a0da9a924bb98acbc0ca273d1e814ba98750f0b9e8c4b",
     "a1907ba243764933b47681655eaad9ab7534b5d2101912f3d3d2ab931f34b2aa"),
    ("comtrade_all_exports_2019A.csv", "6e807a1975678e486f0af69c61de63472a835b16",
     "82f5238434b1b56a3fb2a3f82e8d106864f2499d1d2480a6b48b67047db06654",
     "3641482bff95ab691e856f62d690133a00e2310ebd94b09364a529b5a65da652"),
    ("comtrade_all_exports_2020A.csv", "6e807a1975678e486f0af69c61de63472a835b16",
     "d58b8777825b2385260f178f80882c9cdf7d45eaa2b5b61da6a871375c315688",
     "ed4e114ff957f0e6a47322e5cb688c687470455b1f0ac5760f00f993deb98fbe"),
    ("comtrade_all_exports_2021A.csv", "c5db26ddf590f11abaa7cc779bd60370afcce2e1",
     "6e7f3d574db4149116800e9fc21f9c788f1e065b04c5732748eef5371d5e87ec",
     "0707aa1116ba26318cf766ddd796aff8bf029b9496e3aafb81d19f79ce0884e9"),
    ("comtrade_all_exports_2022A.csv", "7059a34b100ae6c841fb98f70685a182d4cfa0b9",
     "95c1314556caad50f833bdcacf5104e04ae743d8b35efc693a8039c6779ecdd6",
     "ed9bf2d3c47bc1845b9f897f06a878b99f087fdf154fcce4ffa665be9c1a7737"),
    ("comtrade_all_imports_2021A.csv", "2f8017e36815f57a1bbbe1a9a4f346c6c30f1736",
     "8e0a83bd1150b616df874b312888ba9249d9194310c364cd86ae5810cec067b7",
     "8b019992921a25e2b8b07bac5e33b46555fe94c46d5a7ebb4c5716212198a091"),
)

INFO = SourceInfo(
    name="comtrade_totals",
    title="UN Comtrade: annual total goods exports (2014-2022) and imports (2021) by reporter and partner",
    publisher="United Nations Statistics Division (UN Comtrade); API extract by westonslayton (2023)",
    version="Comtrade API v1 extract, fetched Feb-Aug 2023 (westonslayton/Economic-Sanctions-Research)",
    licence="UN Comtrade terms of use (cite 'Source: UN Comtrade'); third-party extract, repository code MIT",
    citation="United Nations. UN Comtrade Database, total goods trade (cmdCode TOTAL), annual, by reporter and "
             "partner. https://comtradeplus.un.org/ (extract of 2023 via westonslayton/Economic-Sanctions-Research).",
    bibtex="""@misc{uncomtrade2023totals,
  author = {{United Nations Statistics Division}}, title = {{UN Comtrade} Database},
  note = {Annual total goods trade by reporter and partner, extracted 2023}, year = {2023},
  url = {https://comtradeplus.un.org/}}""",
    coverage="exports 2014-2022 (2022 partial: 85 reporters, no Korea or Viet Nam); imports 2021",
    files=tuple(github_file(REPO, commit, f"data/{name}", f"{FOLDER}/{name}.gz", sha, mirror_sha256=gz)
                for name, commit, sha, gz in FILES),
    tables=("comtrade_totals",),
    homepage="https://comtradeplus.un.org/",
    notes="2022 partial; reporter-declared flows only; 'Other Asia, nes' is Taiwan (keyed TWN).",
)

COLUMNS = ["date", "value", "reporter", "partner"]
TAIWAN = {"Other Asia, nes": "TWN"}
FILE_NAME = re.compile(r"comtrade_all_(exports|imports)_(\d{4})A\.csv$")
TABLE_COLUMNS = ["freq", "year", "month", "reporter", "reporter_iso3", "partner", "partner_iso3", "flow",
                 "value_usd", "origin"]
# Comtrade partner labels that are not states (iso3 stays NULL even where a regular expression
# might match something).
NOT_STATES = {"world", "areas, nes", "bunkers", "free zones", "special categories",
              "other africa, nes", "other europe, nes", "oceania, nes", "rest of america, nes", "laia, nes",
              "north america and central america, nes", "br. antarctic terr."}


def info() -> SourceInfo:
    return INFO


def fetch(dest: str | Path | None = None, mirror: str | Path | None = None) -> Path:
    return _base.fetch(INFO, dest, mirror)


def names_to_iso3(names: pd.Series) -> pd.Series:
    """ISO3 for Comtrade's reporter/partner labels; NULL for World, residuals and areas n.e.s.;
    TWN for "Other Asia, nes" (Comtrade's Taiwan)."""
    return _names.names_to_iso3(names, NOT_STATES, overrides=TAIWAN)


def parse(path: Path, flow: str | None = None, year: int | None = None) -> pd.DataFrame:
    """One extract file (`date,value,reporter,partner`) in the table's layout. Flow and year come
    from the published file name unless given."""
    match = FILE_NAME.search(path.name)
    if (flow is None or year is None) and match is None:
        raise LatitudeError(f"{path}: cannot tell flow and year from the name; expected "
                            "comtrade_all_<exports|imports>_<YEAR>A.csv")
    flow = flow or ("X" if match.group(1) == "exports" else "M")
    year = year or int(match.group(2))
    try:
        df = pd.read_csv(path, dtype={"date": str, "reporter": str, "partner": str}, keep_default_na=False,
                         na_values={"value": [""]})
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError, EOFError, OSError) as exc:
        raise LatitudeError(f"cannot read {path}: truncated or not CSV ({str(exc).splitlines()[0]})") from exc
    _base.require_columns(df, COLUMNS, path)
    value = pd.to_numeric(df["value"], errors="coerce")
    if value.isna().any():
        raise LatitudeError(f"{path}: value {df.loc[value.isna(), 'value'].iloc[0]!r} is not a number; "
                            "is the file truncated?")
    _codes.check_non_negative(value, path, "value")
    wrong = df.loc[df["date"].ne(f"{year}-01-01"), "date"]
    if len(wrong):
        raise LatitudeError(f"{path}: date {wrong.iloc[0]!r} does not match the file's year {year}")
    empty = df["reporter"].eq("") | df["partner"].eq("")
    if empty.any():
        raise LatitudeError(f"{path}: line {int(empty.idxmax()) + 2} has no reporter or partner")
    return pd.DataFrame({
        "freq": "A", "year": year, "month": pd.array([pd.NA] * len(df), dtype="Int64"),
        "reporter": df["reporter"], "reporter_iso3": names_to_iso3(df["reporter"]),
        "partner": df["partner"], "partner_iso3": names_to_iso3(df["partner"]),
        "flow": flow, "value_usd": value, "origin": "mirror"})[TABLE_COLUMNS]


def load(con: duckdb.DuckDBPyConnection, raw: str | Path | None = None) -> dict[str, int]:
    paths = _base.local_files(INFO, raw)
    table = pd.concat([parse(paths[name]) for name, *_ in FILES], ignore_index=True)
    table["year"] = table["year"].astype("int32")
    return store.replace_source(con, INFO, {"comtrade_totals": table},
                                coverage=(int(table["year"].min()), int(table["year"].max())))
