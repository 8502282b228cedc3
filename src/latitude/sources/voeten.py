"""Voeten's raw UN General Assembly voting file in its official layout (`UNVotesPublished.RData`,
sessions 1-70, to 2015) and the roll-call descriptions spreadsheet, as kept in dgrtwo/unvotes.

Unlike the `unvotes` tables, every member-state and roll call has a row, with the full code list:
1 yes, 2 abstain, 3 no, 8 absent, 9 not a member.

Tables:
- `un_votes_voeten`: rcid, session, year, ccode (COW), iso3, vote (1-9 as above), member,
  importantvote, date, unres, me, nu, di, hr, co, ec.
- `un_descriptions_voeten`: session, rcid, yes, no, abstain (counts), importantvote, date, unres,
  amend, para, short, descr and the issue flags, as published in the spreadsheet.
"""
from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from latitude import store
from latitude.errors import LatitudeError
from latitude.sources import _base, _codes, unvotes
from latitude.sources._base import SourceInfo, github_file

REPO, COMMIT = "dgrtwo/unvotes", "7eb70343"
VOTE_CODES = {1: "yes", 2: "abstain", 3: "no", 8: "absent", 9: "not a member"}
ISSUES = ["me", "nu", "di", "hr", "co", "ec"]
VOTE_COLUMNS = ["rcid", "session", "vote", "ccode", "member", "importantvote", "date", "unres", *ISSUES, "year"]
DESCRIPTION_COLUMNS = ["session", "rcid", "abstain", "yes", "no", "importantvote", "date", "unres", "amend", "para",
                       "short", "descr", *ISSUES]

INFO = SourceInfo(
    name="voeten",
    title="UN General Assembly votes, Voeten's official layout (all codes incl. absent and non-member)",
    publisher="Voeten, Strezhnev & Bailey (Harvard Dataverse), files as kept in dgrtwo/unvotes data-raw",
    version="UNVotesPublished (downloaded 2016-07-07) via dgrtwo/unvotes 7eb70343",
    licence="CC0",
    citation=unvotes.CITATION + (" Bailey, Michael A., Anton Strezhnev and Erik Voeten. 2017. Estimating Dynamic "
                                 "State Preferences from United Nations Voting Data. Journal of Conflict "
                                 "Resolution 61(2): 430-456."),
    bibtex=unvotes.BIBTEX + """
@article{baileyetal2017edsp,
  author = {Bailey, Michael A. and Strezhnev, Anton and Voeten, Erik},
  title = {Estimating Dynamic State Preferences from United Nations Voting Data},
  journal = {Journal of Conflict Resolution}, volume = {61}, number = {2}, pages = {430--456}, year = {2017}}""",
    coverage="1946-2015 (sessions 1-70)",
    files=(
        github_file(REPO, COMMIT, "data-raw/UNVotesPublished.RData", "unvotes_dgrtwo/UNVotesPublished.RData",
                    "7cf08a10ceb316711f94e6c16889be49a5400f84fcb015801b5c2b9116c572f6"),
        github_file(REPO, COMMIT, "data-raw/descriptions1-70latestversion.xls",
                    "unvotes_dgrtwo/descriptions1-70latestversion.xls",
                    "e185ff6f3b49706f69aec261f275e9793f65cfedf91ec0c556c3bafe1219fabf"),
    ),
    tables=("un_votes_voeten", "un_descriptions_voeten"),
    homepage="https://dataverse.harvard.edu/dataset.xhtml?persistentId=hdl:1902.1/12379",
)


def info() -> SourceInfo:
    return INFO


def fetch(dest: str | Path | None = None, mirror: str | Path | None = None) -> Path:
    return _base.fetch(INFO, dest, mirror)


def _votes(path: Path) -> pd.DataFrame:
    """The raw vote file, checked: every vote code must be one of 1, 2, 3, 8, 9."""
    df = _base.read_rda(path)
    _base.require_columns(df, VOTE_COLUMNS, path)
    _codes.check_allowed(df["vote"], set(VOTE_CODES), path, "vote")
    df = df[VOTE_COLUMNS].reset_index(drop=True)
    df["iso3"] = _codes.cow_iso3(df["ccode"])
    return df


# Codes arrive as R doubles or strings ("1", NA); DuckDB casts a million rows faster than pandas.
VOTES_SQL = """
SELECT CAST(rcid AS INTEGER) AS rcid, CAST(session AS INTEGER) AS session, CAST(year AS INTEGER) AS year,
       CAST(ccode AS INTEGER) AS ccode, iso3, CAST(vote AS TINYINT) AS vote,
       TRY_CAST(member AS TINYINT) AS member, TRY_CAST(importantvote AS TINYINT) AS importantvote,
       TRY_CAST(strptime(date, '%m/%d/%Y') AS DATE) AS date, unres,
       {issues}
FROM {view}
""".replace("{issues}", ", ".join(f"TRY_CAST({c} AS TINYINT) AS {c}" for c in ISSUES))


def _descriptions(path: Path) -> pd.DataFrame:
    try:
        df = pd.read_excel(path, sheet_name=0, engine="xlrd")
    except Exception as exc:  # xlrd raises its own errors on truncated or non-xls files
        raise LatitudeError(f"cannot read {path}: truncated or not an .xls spreadsheet ({exc})") from exc
    _base.require_columns(df, DESCRIPTION_COLUMNS, path)
    df = df[DESCRIPTION_COLUMNS].copy()
    df["ec"] = pd.to_numeric(df["ec"], errors="coerce")
    df = _base.to_int(df, ["session", "rcid", "abstain", "yes", "no", "importantvote", "amend", "para", *ISSUES])
    df["date"] = pd.to_datetime(df["date"], errors="coerce").dt.date
    return df


def load(con: duckdb.DuckDBPyConnection, raw: str | Path | None = None) -> dict[str, int]:
    paths = _base.local_files(INFO, raw)
    votes = _votes(paths["UNVotesPublished.RData"])
    descriptions = _descriptions(paths["descriptions1-70latestversion.xls"])
    view = "_latitude_voeten_votes"
    con.register(view, votes)
    try:
        return store.replace_source(
            con, INFO, {"un_votes_voeten": VOTES_SQL.replace("{view}", view), "un_descriptions_voeten": descriptions},
            coverage=_base.year_span(votes["year"]))
    finally:
        con.unregister(view)
