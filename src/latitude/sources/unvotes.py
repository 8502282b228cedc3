"""UN General Assembly roll-call votes (Voeten, Strezhnev & Bailey), 2024 release as packaged
by the R `unvotes` package (bensoltoff fork, data to session 77, Sept 2023).

Tables:
- `un_votes`: rcid, year, session, country, country_code (ISO2 as published), iso3, cow,
  vote (1 yes, 2 abstain, 3 no). Only cast votes have rows: absent and non-member are absent.
- `un_roll_calls`: rcid, session, year, date, importantvote, unres, amend, para, short, descr and
  0/1 issue flags me, nu, di, hr, co, ec (from the issue table).
- `un_roll_call_issues`: rcid, short_name, issue (as published).
"""
from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from latitude import countries, store
from latitude.errors import LatitudeError
from latitude.sources import _base
from latitude.sources._base import SourceInfo, github_file

REPO, COMMIT = "bensoltoff/unvotes", "8e6080a6"
VOTE_CODES = {"yes": 1, "abstain": 2, "no": 3}
ISSUE_FLAGS = ("me", "nu", "di", "hr", "co", "ec")
CITATION = ("Voeten, Erik; Strezhnev, Anton; Bailey, Michael. United Nations General Assembly Voting Data. "
            "Harvard Dataverse, https://doi.org/10.7910/DVN/LEJUQZ.")
BIBTEX = """@data{voeten2009unvotes,
  author = {Voeten, Erik and Strezhnev, Anton and Bailey, Michael},
  title = {United Nations General Assembly Voting Data},
  publisher = {Harvard Dataverse}, year = {2009}, doi = {10.7910/DVN/LEJUQZ}}"""

INFO = SourceInfo(
    name="unvotes",
    title="United Nations General Assembly roll-call votes (2024 release)",
    publisher="Voeten, Strezhnev & Bailey (Harvard Dataverse); R package unvotes (Robinson; Soltoff)",
    version="UNVotes 2024 via bensoltoff/unvotes 8e6080a6",
    licence="data CC0; package MIT",
    citation=CITATION,
    bibtex=BIBTEX,
    coverage="1946-2023 (sessions 1-77)",
    files=(
        github_file(REPO, COMMIT, "data/un_votes.rda", "unvotes_bensoltoff_2024/un_votes.rda",
                    "ca883b1c872e4de7a22c1028213ddd3393d72be9e36fd9302bf763d1af3f1a52"),
        github_file(REPO, COMMIT, "data/un_roll_calls.rda", "unvotes_bensoltoff_2024/un_roll_calls.rda",
                    "bc6690ecb367fcbedc0c58f66e04d22f1283dabe041825c1242a076ce6e72b36"),
        github_file(REPO, COMMIT, "data/un_roll_call_issues.rda", "unvotes_bensoltoff_2024/un_roll_call_issues.rda",
                    "eb725c2c1d4b4388e9eb56ee7ad5b757db0cb9dec22d5cdd3e723300807d98ab"),
    ),
    tables=("un_votes", "un_roll_calls", "un_roll_call_issues"),
    homepage="https://dataverse.harvard.edu/dataset.xhtml?persistentId=hdl:1902.1/12379",
)

ISSUE_NAMES = {"me": "Palestinian conflict", "nu": "Nuclear weapons and nuclear material",
               "di": "Arms control and disarmament", "hr": "Human rights", "co": "Colonialism",
               "ec": "Economic development"}


def info() -> SourceInfo:
    return INFO


def fetch(dest: str | Path | None = None, mirror: str | Path | None = None) -> Path:
    return _base.fetch(INFO, dest, mirror)


def country_keys(names: pd.Series) -> pd.DataFrame:
    """iso3 and COW code for each country name as the vote data spells it (e.g. 'Federal Republic of Germany')."""
    rows = []
    for name in pd.unique(names):
        try:
            found = countries.resolve(str(name))
        except LatitudeError as exc:
            raise LatitudeError(f"UN votes: unexpected country name {name!r} ({exc})") from exc
        rows.append((name, found.iso3, found.cow))
    return pd.DataFrame(rows, columns=["country", "iso3", "cow"]).astype(
        {"iso3": "string", "cow": "Int64"})


def parse_release(paths: dict[str, Path]) -> dict[str, pd.DataFrame]:
    """Parse the three `unvotes` data frames into store tables (shared by both releases)."""
    votes = _base.read_rda(paths["un_votes.rda"])
    calls = _base.read_rda(paths["un_roll_calls.rda"])
    issues = _base.read_rda(paths["un_roll_call_issues.rda"])
    _base.require_columns(votes, ["rcid", "country", "country_code", "vote"], paths["un_votes.rda"])
    _base.require_columns(calls, ["rcid", "session", "importantvote", "date", "unres", "amend", "para",
                                  "short", "descr"], paths["un_roll_calls.rda"])
    _base.require_columns(issues, ["rcid", "short_name", "issue"], paths["un_roll_call_issues.rda"])

    calls = calls.copy()
    calls["rcid"] = calls["rcid"].astype("int64")
    calls["date"] = pd.to_datetime(calls["date"], errors="coerce")
    calls["year"] = calls["date"].dt.year.astype("Int64")
    calls = _base.to_int(calls, ["session", "amend", "para"])
    calls["importantvote"] = pd.to_numeric(calls["importantvote"], errors="coerce").astype("Int64")
    flags = (issues.assign(flag=1, rcid=issues["rcid"].astype("int64"))
             .pivot_table(index="rcid", columns="short_name", values="flag", aggfunc="max"))
    for flag in ISSUE_FLAGS:
        calls[flag] = calls["rcid"].map(flags[flag] if flag in flags else pd.Series(dtype=float)).fillna(0).astype("int8")
    calls = calls[["rcid", "session", "year", "date", "importantvote", "unres", "amend", "para", "short", "descr",
                   *ISSUE_FLAGS]]

    unknown = set(votes["vote"].astype(str).unique()) - set(VOTE_CODES)
    if unknown:
        raise LatitudeError(f"{paths['un_votes.rda']}: unexpected vote value(s) {sorted(unknown)}; "
                            "expected yes/abstain/no")
    votes = pd.DataFrame({
        "rcid": votes["rcid"].astype("int64"),
        "country": votes["country"].astype(str),
        "country_code": votes["country_code"].astype("string"),
        "vote": votes["vote"].astype(str).map(VOTE_CODES).astype("int8"),
    })
    votes = votes.merge(country_keys(votes["country"]), on="country", how="left")
    votes = votes.merge(calls[["rcid", "year", "session"]], on="rcid", how="left")
    votes = votes[["rcid", "year", "session", "country", "country_code", "iso3", "cow", "vote"]]
    issues = issues.assign(rcid=issues["rcid"].astype("int64"))[["rcid", "short_name", "issue"]]
    return {"votes": votes, "calls": calls, "issues": issues}


def load(con: duckdb.DuckDBPyConnection, raw: str | Path | None = None) -> dict[str, int]:
    parsed = parse_release(_base.local_files(INFO, raw))
    return store.replace_source(
        con, INFO,
        {"un_votes": parsed["votes"], "un_roll_calls": parsed["calls"], "un_roll_call_issues": parsed["issues"]},
        coverage=_base.year_span(parsed["calls"]["year"]))
