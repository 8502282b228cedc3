"""Archigos 4.1: the political leaders of independent states (Goemans, Gleditsch & Chiozza 2009),
as distributed by peacesciencer.

Table `leaders`: obsid, leadid, leader, gwcode (Gleditsch–Ward, as published), ccode (the COW
code of the same state at the leader's start), iso3, startdate, enddate (DATE), entry, exit,
exitcode, yrborn, gender — one row per leader spell.
"""
from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from latitude import store
from latitude.errors import LatitudeError
from latitude.sources import _base, _codes, _peacesciencer as ps
from latitude.sources._base import SourceInfo

INFO = SourceInfo(
    name="archigos",
    title="Archigos: a data set on leaders",
    publisher="Goemans, Gleditsch & Chiozza; file from peacesciencer (Miller)",
    version="Archigos 4.1 (peacesciencer fe150a26)",
    licence=ps.LICENCE,
    citation=("Goemans, Henk E., Kristian Skrede Gleditsch and Giacomo Chiozza. 2009. Introducing Archigos: "
              "A Dataset of Political Leaders. Journal of Peace Research 46(2): 269-283."),
    bibtex="""@article{goemansetal2009ia,
  author = {Goemans, Henk E. and Gleditsch, Kristian Skrede and Chiozza, Giacomo},
  title = {Introducing {Archigos}: A Dataset of Political Leaders},
  journal = {Journal of Peace Research}, volume = {46}, number = {2}, pages = {269--283}, year = {2009}}""",
    coverage="1840-2015",
    files=(ps.ps_file("archigos", "b58bb675856a11923b3906adf4360b61fe1be4cc30f29fda4c36ee38e69c991b"),),
    tables=("leaders",),
    homepage="https://www.rochester.edu/college/faculty/hgoemans/data.htm",
)

COLUMNS = ["obsid", "gwcode", "leadid", "leader", "yrborn", "gender", "startdate", "enddate", "entry", "exit",
           "exitcode"]


def info() -> SourceInfo:
    return INFO


def fetch(dest: str | Path | None = None, mirror: str | Path | None = None) -> Path:
    return _base.fetch(INFO, dest, mirror)


def load(con: duckdb.DuckDBPyConnection, raw: str | Path | None = None) -> dict[str, int]:
    path = _base.local_files(INFO, raw)["archigos.rda"]
    df = _codes.rda_table(path, COLUMNS, ["gwcode", "yrborn"])
    for col in ("startdate", "enddate"):
        df[col] = pd.to_datetime(df[col], errors="coerce")
    if df["startdate"].isna().any():
        raise LatitudeError(f"{path}: {int(df['startdate'].isna().sum())} leader spell(s) without a readable startdate")
    keys = _codes.gw_keys(df["gwcode"], df["startdate"].dt.year)
    leaders = pd.DataFrame({
        "obsid": df["obsid"], "leadid": df["leadid"], "leader": df["leader"], "gwcode": df["gwcode"],
        "ccode": keys["ccode"], "iso3": keys["iso3"],
        "startdate": df["startdate"].dt.date, "enddate": df["enddate"].dt.date,
        "entry": df["entry"], "exit": df["exit"], "exitcode": df["exitcode"],
        "yrborn": df["yrborn"], "gender": df["gender"]})
    return store.replace_source(con, INFO, {"leaders": leaders},
                                coverage=(int(df["startdate"].dt.year.min()), int(df["enddate"].dt.year.max())))
