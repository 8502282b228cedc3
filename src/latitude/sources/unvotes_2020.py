"""UN General Assembly roll-call votes, the earlier release packaged by the R `unvotes` package
(dgrtwo/unvotes, data to January 2020, session 74), kept beside the 2024 release for
replication of work done on it.

Tables `un_votes_2020`, `un_roll_calls_2020`, `un_roll_call_issues_2020`: same layout as the
`unvotes` source (see `latitude.sources.unvotes`).
"""
from __future__ import annotations

from pathlib import Path

import duckdb

from latitude import store
from latitude.sources import _base, unvotes
from latitude.sources._base import SourceInfo, github_file

REPO, COMMIT = "dgrtwo/unvotes", "7eb70343"

INFO = SourceInfo(
    name="unvotes_2020",
    title="United Nations General Assembly roll-call votes (release to 2019, R package unvotes)",
    publisher="Voeten, Strezhnev & Bailey (Harvard Dataverse); R package unvotes (Robinson)",
    version="unvotes 0.3.0 data via dgrtwo/unvotes 7eb70343",
    licence="data CC0; package MIT",
    citation=unvotes.CITATION + (" Robinson, David. 2021. unvotes: United Nations General Assembly Voting Data. "
                                 "R package, https://github.com/dgrtwo/unvotes."),
    bibtex=unvotes.BIBTEX + """
@manual{robinson2021unvotes,
  author = {Robinson, David}, title = {unvotes: United Nations General Assembly Voting Data},
  note = {R package}, year = {2021}, url = {https://github.com/dgrtwo/unvotes}}""",
    coverage="1946-2019 (sessions 1-74)",
    files=(
        github_file(REPO, COMMIT, "data/un_votes.rda", "unvotes_dgrtwo/un_votes.rda",
                    "cf814a48bc536e8f87f8e027942ac515fe6aae9d63cd71dd88ed718b14887e87"),
        github_file(REPO, COMMIT, "data/un_roll_calls.rda", "unvotes_dgrtwo/un_roll_calls.rda",
                    "ff2070ae600cfd32176c6d149637306b9b677d6b910f48bec59a15357d673b4b"),
        github_file(REPO, COMMIT, "data/un_roll_call_issues.rda", "unvotes_dgrtwo/un_roll_call_issues.rda",
                    "eec1b509ebce692c242b842837d5d861b52b65b2868a7c66f573d4a87d2eb0be"),
    ),
    tables=("un_votes_2020", "un_roll_calls_2020", "un_roll_call_issues_2020"),
    homepage="https://github.com/dgrtwo/unvotes",
)


def info() -> SourceInfo:
    return INFO


def fetch(dest: str | Path | None = None, mirror: str | Path | None = None) -> Path:
    return _base.fetch(INFO, dest, mirror)


def load(con: duckdb.DuckDBPyConnection, raw: str | Path | None = None) -> dict[str, int]:
    parsed = unvotes.parse_release(_base.local_files(INFO, raw))
    return store.replace_source(
        con, INFO,
        {"un_votes_2020": parsed["votes"], "un_roll_calls_2020": parsed["calls"],
         "un_roll_call_issues_2020": parsed["issues"]},
        coverage=_base.year_span(parsed["calls"]["year"]))
