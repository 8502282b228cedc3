"""GDP in current US dollars (World Bank, World Development Indicators NY.GDP.MKTP.CD), 1960-2023,
as packaged by the Datahub core data package datasets/gdp.

Table `wdi_gdp`: iso3 (NULL for the World Bank's aggregates, which keep their code), code (the
World Bank code as published: KOR, WLD, EUU, HIC, ...), name, year, gdp_usd (current US dollars).
A country-year the World Bank does not publish is absent, never zero. The Channel Islands (CHI)
have no ISO3 and stay NULL like the aggregates.

This is the denominator of every "% of GDP" in latitude: trade is in current dollars, so GDP is too.
"""
from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from latitude import countries, store
from latitude.errors import LatitudeError
from latitude.sources import _base, _codes
from latitude.sources._base import SourceInfo, github_file

REPO, COMMIT = "datasets/gdp", "1cdcd2eb2364edd9da24bcbe134c1a9e0fb4c693"

INFO = SourceInfo(
    name="wdi_gdp",
    title="GDP (current US$), World Development Indicators NY.GDP.MKTP.CD",
    publisher="World Bank; data package by Datahub core datasets (datasets/gdp)",
    version="WDI NY.GDP.MKTP.CD, 1960-2023 (datasets/gdp 1cdcd2eb)",
    licence="World Bank data CC BY 4.0; data package PDDL 1.0",
    citation="World Bank. World Development Indicators: GDP (current US$), NY.GDP.MKTP.CD. "
             "https://data.worldbank.org/indicator/NY.GDP.MKTP.CD (via datasets/gdp).",
    bibtex="""@misc{worldbank2024wdigdp,
  author = {{World Bank}}, title = {World Development Indicators: {GDP} (current {US}\\$), {NY.GDP.MKTP.CD}},
  year = {2024}, url = {https://data.worldbank.org/indicator/NY.GDP.MKTP.CD}}""",
    coverage="1960-2023 (262 codes: states, territories and World Bank aggregates)",
    files=(github_file(REPO, COMMIT, "data/gdp.csv", "wdi_gdp_current_usd/gdp.csv",
                       "f0a8408195646dbb1a9d7fc4424e2d302ee5380d0ec8834793f12ca25cbd7e2c"),),
    tables=("wdi_gdp",),
    homepage="https://data.worldbank.org/indicator/NY.GDP.MKTP.CD",
)

COLUMNS = ["Country Name", "Country Code", "Year", "Value"]


def info() -> SourceInfo:
    return INFO


def fetch(dest: str | Path | None = None, mirror: str | Path | None = None) -> Path:
    return _base.fetch(INFO, dest, mirror)


def code_to_iso3(code: str) -> str | None:
    """The ISO3 of a World Bank code that is one (KOR -> KOR); None for aggregates (WLD, EUU, HIC)."""
    try:
        found = countries.resolve(code, scheme="iso3").iso3
    except LatitudeError:
        return None
    return found if found == code else None


def parse(path: Path) -> pd.DataFrame:
    try:
        df = pd.read_csv(path, dtype={"Country Name": str, "Country Code": str}, keep_default_na=False,
                         na_values={"Year": [""], "Value": [""]})
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
        raise LatitudeError(f"cannot read {path}: truncated or not CSV ({str(exc).splitlines()[0]})") from exc
    _base.require_columns(df, COLUMNS, path)
    value = pd.to_numeric(df["Value"], errors="coerce")
    year = pd.to_numeric(df["Year"], errors="coerce")
    bad = df.index[value.isna() | year.isna()]
    if len(bad):
        raise LatitudeError(f"{path}: line {int(bad[0]) + 2} has no numeric year or value; is the file truncated?")
    _codes.check_non_negative(value, path, "Value")
    keys = df[["Country Code", "Year"]]
    if keys.duplicated().any():
        code, yr = keys[keys.duplicated()].iloc[0]
        raise LatitudeError(f"{path}: {code} {yr} appears twice; is this the published file?")
    mapping = {code: code_to_iso3(code) for code in df["Country Code"].unique()}
    return pd.DataFrame({"iso3": df["Country Code"].map(mapping).astype("string"), "code": df["Country Code"],
                         "name": df["Country Name"], "year": year.astype("int32"), "gdp_usd": value})


def load(con: duckdb.DuckDBPyConnection, raw: str | Path | None = None) -> dict[str, int]:
    path = _base.local_files(INFO, raw)["gdp.csv"]
    table = parse(path)
    return store.replace_source(con, INFO, {"wdi_gdp": table},
                                coverage=(int(table["year"].min()), int(table["year"].max())))
