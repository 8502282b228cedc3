"""ICEWS coded event sample (source `icews_sample`): 4,993 real events of 1-3 June 2018.

Published in R form by the `icews` package (Beger); its rows go into the shared `events` table
(origin 'icews') through the same normalisation as ICEWS event files (country names -> ISO3,
Goldstein score from the CAMEO code), flagged sample = true, replacing only this source's rows. Whole ICEWS files
load with `latitude events load`.
"""
from __future__ import annotations

from pathlib import Path

import duckdb

from latitude import events_ingest
from latitude.sources import _base
from latitude.sources._base import SourceInfo, github_file

REPO, COMMIT = "andybega/icews", "3746c729"
FILE = "icews_sample.rda"

INFO = SourceInfo(
    name="icews_sample",
    title="Integrated Crisis Early Warning System (ICEWS) coded events, sample of 1-3 June 2018",
    publisher="Lockheed Martin ATL / Harvard Dataverse; sample in the R package icews (Beger)",
    version="ICEWS sample in andybega/icews 3746c729",
    licence="ICEWS Dataverse terms of use; icews package MIT",
    citation=("Boschee, Elizabeth, Jennifer Lautenschlager, Sean O'Brien, Steve Shellman, James Starz and "
              "Michael Ward. 2015. ICEWS Coded Event Data. Harvard Dataverse, doi:10.7910/DVN/28075."),
    bibtex="""@misc{boschee2015icews,
  author = {Boschee, Elizabeth and Lautenschlager, Jennifer and O'Brien, Sean and Shellman, Steve and
            Starz, James and Ward, Michael},
  title = {{ICEWS} Coded Event Data}, publisher = {Harvard Dataverse}, year = {2015}, doi = {10.7910/DVN/28075}}""",
    coverage="2018-06-01 to 2018-06-03 (sample)",
    files=(github_file(REPO, COMMIT, f"data/{FILE}", f"icews_andybega/{FILE}",
                       "077a8712f88d0cdaed8ec822dc84bcd1347782d830f200e26b1be54a761d421c"),),
    tables=("events",),
    homepage="https://dataverse.harvard.edu/dataverse/icews",
    notes="Rows share the `events` table with user-loaded event files; `event_files` registers each load and "
          "the rows carry sample = true.",
)

# R column names in the package -> headers of the published ICEWS files.
ICEWS_HEADERS = {"event_id": "Event ID", "event_date": "Event Date", "source_name": "Source Name",
                 "source_sectors": "Source Sectors", "source_country": "Source Country", "event_text": "Event Text",
                 "cameo_code": "CAMEO Code", "intensity": "Intensity", "target_name": "Target Name",
                 "target_sectors": "Target Sectors", "target_country": "Target Country", "story_id": "Story ID"}


def info() -> SourceInfo:
    return INFO


def fetch(dest: str | Path | None = None, mirror: str | Path | None = None) -> Path:
    return _base.fetch(INFO, dest, mirror)


def load(con: duckdb.DuckDBPyConnection, raw: str | Path | None = None) -> dict[str, int]:
    path = _base.local_files(INFO, raw)[FILE]
    frame = _base.read_rda(path)
    _base.require_columns(frame, list(ICEWS_HEADERS), path)
    frame = frame[list(ICEWS_HEADERS)].rename(columns=ICEWS_HEADERS)
    return events_ingest.replace_sample(con, INFO, lambda c, tag: events_ingest.icews_frame_to_events(c, frame, tag))
