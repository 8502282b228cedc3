"""GDELT 1.0 event sample (source `gdelt_sample`): 710 real rows of the 2016-07-28 daily export.

The rows go into the shared `events` table (origin 'gdelt1', sample = true), replacing only this
source's earlier rows, so events the user loads with `latitude events load` stay (and a user file
of the same name never replaces these). Loading whole GDELT files is
`latitude.events_ingest.load_events`; this module only registers the small published sample so
a fresh store has events to show.
"""
from __future__ import annotations

from pathlib import Path

import duckdb

from latitude import events_ingest
from latitude.sources import _base
from latitude.sources._base import SourceInfo, github_file

REPO, COMMIT = "reed9999/gdelt-demo", "61494a44"
FILE = "gdelt1_export_20160728_sample710.tsv"

INFO = SourceInfo(
    name="gdelt_sample",
    title="GDELT 1.0 event export, 710-row sample (2016-07-28)",
    publisher="The GDELT Project (Leetaru & Schrodt); sample kept by reed9999/gdelt-demo",
    version="GDELT 1.0 daily export 20160728 (gdelt-demo 61494a44)",
    licence="GDELT: open, unrestricted use with citation",
    citation=("Leetaru, Kalev and Philip A. Schrodt. 2013. GDELT: Global Data on Events, Location and Tone, "
              "1979-2012. Paper presented at the ISA Annual Convention, San Francisco."),
    bibtex="""@inproceedings{leetaruschrodt2013gdelt,
  author = {Leetaru, Kalev and Schrodt, Philip A.},
  title = {{GDELT}: Global Data on Events, Location and Tone, 1979--2012},
  booktitle = {ISA Annual Convention}, address = {San Francisco}, year = {2013}}""",
    coverage="events dated 1982-2016, added 2016-07-28 (sample)",
    files=(github_file(REPO, COMMIT, f"data_related/{FILE}", f"gdelt_samples/{FILE}",
                       "cd8988c40cea029fb0fe19cb844985c5eef8df6aded0a008a79a5cab862fa2c9"),),
    tables=("events",),
    homepage="https://www.gdeltproject.org/",
    notes="Rows share the `events` table with user-loaded event files; `event_files` registers each load and "
          "the rows carry sample = true.",
)


def info() -> SourceInfo:
    return INFO


def fetch(dest: str | Path | None = None, mirror: str | Path | None = None) -> Path:
    return _base.fetch(INFO, dest, mirror)


def load(con: duckdb.DuckDBPyConnection, raw: str | Path | None = None) -> dict[str, int]:
    path = _base.local_files(INFO, raw)[FILE]
    return events_ingest.replace_sample(con, INFO, lambda c, tag: events_ingest._load_gdelt(c, path, "gdelt1", tag))
