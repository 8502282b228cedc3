"""Political leaders 1840 to today: Archigos 4.1 (Goemans, Gleditsch & Chiozza 2009, as distributed
by peacesciencer) to 2015, then latitude's own table of heads of state and government
(`latitude.leaders`, packaged `data/leaders_since_2016.csv`) from 2016.

Table `leaders`, one row per leader spell: obsid, leadid, leader, gwcode (Gleditsch–Ward), ccode
(the COW code of the state at the spell's start), iso3, startdate, enddate (DATE), entry, exit,
exitcode, yrborn, gender (Archigos's columns, as published), then role, title, effective, note,
source and origin ('archigos' | 'latitude').

Archigos codes one effective leader per state and censors spells still running at 2015-12-31
(exit 'Still in Office'). latitude's rows hold every head of state and of government in office
on or after 2016-01-01 with their real start and end dates; a row continuing a censored Archigos
spell carries that spell's obsid and leadid, so the two rows of one spell can be told apart by
`origin`. Archigos rows have effective = TRUE and no role (Archigos does not name the office).
"""
from __future__ import annotations

import hashlib
from importlib import resources
from pathlib import Path

import duckdb
import pandas as pd

from latitude import countries, store
from latitude import leaders as latest
from latitude.errors import LatitudeError
from latitude.sources import _base, _codes
from latitude.sources import _peacesciencer as ps
from latitude.sources._base import SourceInfo

INFO = SourceInfo(
    name="archigos",
    title="Political leaders: Archigos 4.1 to 2015, latitude's table of heads of state and government from 2016",
    publisher="Goemans, Gleditsch & Chiozza (file from peacesciencer, Miller); latitude (2016 on)",
    version=f"Archigos 4.1 (peacesciencer fe150a26); latitude leaders_since_2016.csv checked {latest.CHECKED_THROUGH}",
    licence=ps.LICENCE + "; latitude's table: facts with a cited source per row",
    citation=("Goemans, Henk E., Kristian Skrede Gleditsch and Giacomo Chiozza. 2009. Introducing Archigos: "
              "A Dataset of Political Leaders. Journal of Peace Research 46(2): 269-283. From 2016: latitude, "
              "leaders_since_2016.csv (heads of state and government of 22 states, one cited source per row, "
              f"checked against the open-data-archive World Leaders Current snapshot of {latest.CHECKED_THROUGH})."),
    bibtex="""@article{goemansetal2009ia,
  author = {Goemans, Henk E. and Gleditsch, Kristian Skrede and Chiozza, Giacomo},
  title = {Introducing {Archigos}: A Dataset of Political Leaders},
  journal = {Journal of Peace Research}, volume = {46}, number = {2}, pages = {269--283}, year = {2009}}""",
    coverage=f"1840-2015 (Archigos, all states); 2016-{latest.CHECKED_THROUGH.year} (latitude, 22 states)",
    files=(ps.ps_file("archigos", "b58bb675856a11923b3906adf4360b61fe1be4cc30f29fda4c36ee38e69c991b"),),
    tables=("leaders",),
    homepage="https://www.rochester.edu/college/faculty/hgoemans/data.htm",
    notes="From 2016 the rows come from latitude.leaders (packaged CSV), each citing where it can be checked.",
)

COLUMNS = ["obsid", "gwcode", "leadid", "leader", "yrborn", "gender", "startdate", "enddate", "entry", "exit",
           "exitcode"]

TEXT = {c: "string" for c in ("obsid", "leadid", "leader", "iso3", "entry", "exit", "exitcode", "gender", "role", "title",
                              "note", "source", "origin")}


def info() -> SourceInfo:
    return INFO


def fetch(dest: str | Path | None = None, mirror: str | Path | None = None) -> Path:
    return _base.fetch(INFO, dest, mirror)


def load(con: duckdb.DuckDBPyConnection, raw: str | Path | None = None) -> dict[str, int]:
    path = _base.local_files(INFO, raw)["archigos.rda"]
    archigos = _archigos(path)
    since_2016 = latitude_rows(latest.since_2016(), archigos)
    table = pd.concat([archigos, since_2016.astype(archigos.dtypes.to_dict())], ignore_index=True)
    packaged = resources.files("latitude.data").joinpath(latest.FILE).read_bytes()
    files = [*(f.as_dict() for f in INFO.files),
             {"name": latest.FILE, "sha256": hashlib.sha256(packaged).hexdigest(), "url": "",
              "published": f"latitude package: src/latitude/data/{latest.FILE} (checked {latest.CHECKED_THROUGH})"}]
    end = max(latest.CHECKED_THROUGH.year, int(pd.to_datetime(archigos["enddate"]).dt.year.max()))
    return store.replace_source(con, INFO, {"leaders": table},
                                coverage=(int(pd.to_datetime(archigos["startdate"]).dt.year.min()), end), files=files)


def _archigos(path: Path) -> pd.DataFrame:
    """Archigos 4.1 as published, keyed to COW and ISO3, with latitude's added columns."""
    df = _codes.rda_table(path, COLUMNS, ["gwcode", "yrborn"])
    for col in ("startdate", "enddate"):
        df[col] = pd.to_datetime(df[col], errors="coerce")
    if df["startdate"].isna().any():
        raise LatitudeError(f"{path}: {int(df['startdate'].isna().sum())} leader spell(s) without a readable startdate")
    keys = _codes.gw_keys(df["gwcode"], df["startdate"].dt.year)
    return pd.DataFrame({
        "obsid": df["obsid"], "leadid": df["leadid"], "leader": df["leader"], "gwcode": df["gwcode"],
        "ccode": keys["ccode"], "iso3": keys["iso3"],
        "startdate": df["startdate"].dt.date, "enddate": df["enddate"].dt.date,
        "entry": df["entry"], "exit": df["exit"], "exitcode": df["exitcode"],
        "yrborn": df["yrborn"], "gender": df["gender"],
        "role": None, "title": None, "effective": True, "note": None,
        "source": "Archigos 4.1", "origin": "archigos"}).astype(TEXT)


def latitude_rows(table: pd.DataFrame, archigos: pd.DataFrame) -> pd.DataFrame:
    """latitude's 2016- spells in the store layout: COW and GW codes from the ISO3 at the spell's
    start, obsid and leadid of the Archigos spell a row continues (an unknown obsid is an error)."""
    leadids = dict(zip(archigos["obsid"], archigos["leadid"]))
    unknown = sorted(set(table["archigos_obsid"].dropna()) - set(leadids))
    if unknown:
        raise LatitudeError(f"{latest.FILE}: archigos_obsid {', '.join(unknown)} not in Archigos 4.1; "
                            "use the obsid of the spell the row continues")
    years = pd.Series([d.year for d in table["startdate"]], index=table.index)
    codes = {(i, y): countries.resolve(i, y, scheme="iso3") for i, y in zip(table["iso3"], years)}
    return pd.DataFrame({
        "obsid": table["archigos_obsid"], "leadid": table["archigos_obsid"].map(leadids),
        "leader": table["leader"],
        "gwcode": pd.array([codes[(i, y)].gw for i, y in zip(table["iso3"], years)], dtype="Int64"),
        "ccode": countries.iso3_to_cow(table["iso3"], years), "iso3": table["iso3"],
        "startdate": table["startdate"], "enddate": table["enddate"],
        "entry": None, "exit": None, "exitcode": None, "yrborn": pd.NA, "gender": None,
        "role": table["role"], "title": table["title"], "effective": table["effective"], "note": table["note"],
        "source": table["source"], "origin": "latitude"}).astype(TEXT)
