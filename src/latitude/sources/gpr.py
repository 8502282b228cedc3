"""Geopolitical Risk (GPR) index of Caldara & Iacoviello (2022), monthly, global and by country.

Table `gpr_monthly` (long): month (DATE, first day), series, iso3, value. Global series (GPR,
GPRT threats, GPRA acts, GPRH historical from 1900, shares and article counts) have iso3 NULL;
country series GPRC_XXX (recent index, from 1985) and GPRHC_XXX (historical, from 1900) are stored
as series GPRC / GPRHC with iso3 XXX. Empty cells (before a series starts) have no row.
"""
from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from latitude import store
from latitude.errors import LatitudeError
from latitude.sources import _base, _codes
from latitude.sources._base import SourceInfo, github_file

INFO = SourceInfo(
    name="gpr",
    title="Geopolitical Risk Index (Caldara & Iacoviello), monthly, global and by country",
    publisher="Dario Caldara and Matteo Iacoviello (Federal Reserve Board); export of January 2026 kept in "
              "andreaskoul/geo_index_dcb",
    version="data_gpr_export, January 2026 (andreaskoul/geo_index_dcb 1ee7921c)",
    licence="free to use with citation",
    citation=("Caldara, Dario and Matteo Iacoviello. 2022. Measuring Geopolitical Risk. American Economic Review "
              "112(4): 1194-1225. Data: https://www.matteoiacoviello.com/gpr.htm."),
    bibtex="""@article{caldaraiacoviello2022mgr,
  author = {Caldara, Dario and Iacoviello, Matteo}, title = {Measuring Geopolitical Risk},
  journal = {American Economic Review}, volume = {112}, number = {4}, pages = {1194--1225}, year = {2022},
  doi = {10.1257/aer.20191823}}""",
    coverage="1900-01 to 2025-12",
    files=(github_file("andreaskoul/geo_index_dcb", "1ee7921c", "data_gpr_export.csv",
                       "gpr/data_gpr_export_csv_2026-01.csv",
                       "961df2f98ef2b289edd1cc54edf8748924c01821a5367ae50c548ea6503344d5",
                       name="data_gpr_export.csv"),),
    tables=("gpr_monthly",),
    homepage="https://www.matteoiacoviello.com/gpr.htm",
)

COUNTRY_PREFIXES = ("GPRC_", "GPRHC_")
NOT_SERIES = {"month", "var_name", "var_label"}


def info() -> SourceInfo:
    return INFO


def fetch(dest: str | Path | None = None, mirror: str | Path | None = None) -> Path:
    return _base.fetch(INFO, dest, mirror)


def parse(path: Path) -> pd.DataFrame:
    """The published wide export (one column per series) as a long table."""
    try:
        wide = pd.read_csv(path, encoding="utf-8-sig", dtype={"month": str})
    except (pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise LatitudeError(f"cannot read {path}: not the GPR export layout ({exc})") from exc
    _base.require_columns(wide, ["month", "GPR", "GPRH"], path)
    months = pd.to_datetime(wide["month"], format="%d/%m/%Y", errors="coerce")
    if months.isna().any():
        bad = wide.loc[months.isna(), "month"].iloc[0]
        raise LatitudeError(f"{path}: unexpected month {bad!r}; expected dd/mm/yyyy")
    series_cols = [c for c in wide.columns if c not in NOT_SERIES]
    values = wide[series_cols].apply(pd.to_numeric, errors="coerce")
    values.insert(0, "month", months.dt.date)
    long = values.melt(id_vars="month", var_name="column", value_name="value").dropna(subset=["value"])
    _codes.check_non_negative(long["value"], path, "value")
    country = long["column"].str.startswith(COUNTRY_PREFIXES)
    parts = long["column"].str.split("_", n=1)
    long["series"] = long["column"].where(~country, parts.str[0])
    long["iso3"] = parts.str[1].where(country).astype("string")
    return long[["month", "series", "iso3", "value"]].reset_index(drop=True)


def load(con: duckdb.DuckDBPyConnection, raw: str | Path | None = None) -> dict[str, int]:
    df = parse(_base.local_files(INFO, raw)["data_gpr_export.csv"])
    years = pd.to_datetime(df["month"]).dt.year
    return store.replace_source(con, INFO, {"gpr_monthly": df}, coverage=(int(years.min()), int(years.max())))
