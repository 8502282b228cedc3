"""Current heads of state and government of 30 entities (ASEAN-10, G20, EU, AU): the
open-data-archive "World Leaders Current" snapshot of 2026-08-22, scraped daily from Wikidata
(primary) and Wikipedia (fallback).

Table `leaders_current`: iso3 (NULL for the EU and the African Union), entity, role ('head of
state' | 'head of government'), title (as published, e.g. 'Prime Minister (King)'), leader,
start_date (DATE; NULL where the snapshot gives none, e.g. Canada's prime minister), snapshot_date.
One row per entity and role with a named holder (Malaysia's head of state and Myanmar's head of
government are blank in the CSV and left out).

A snapshot, not a history, with known errors (see docs/sources.md): Saudi Arabia's head of state
is given as Mohammed bin Salman (the king is Salman; MBS is prime minister), Canada has no start
date, and the 2026 changes it reports were not verified by the mirror's curator. latitude uses it
to check the latest rows of its own table (`latitude.leaders`), not as a source of leaders.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb
import pandas as pd

from latitude import countries, store
from latitude.errors import LatitudeError
from latitude.sources import _base
from latitude.sources._base import SourceInfo, github_file

REPO, COMMIT = "open-data-archive/world-leaders-current", "b06a1440a6eda040a90166cb3f84d9634d1779b2"

INFO = SourceInfo(
    name="leaders_current",
    title="World Leaders Current: heads of state and government of 30 entities (snapshot)",
    publisher="open-data-archive (automated scrape of Wikidata and Wikipedia)",
    version="snapshot 2026-08-22 (b06a1440)",
    licence="CC BY-SA 4.0",
    citation="open-data-archive. World Leaders Current (from Wikidata/Wikipedia), snapshot 2026-08-22. "
             "https://github.com/open-data-archive/world-leaders-current",
    bibtex="""@misc{opendataarchive2026leaders,
  author = {{open-data-archive}}, title = {World Leaders Current},
  note = {Snapshot 2026-08-22, from Wikidata and Wikipedia}, year = {2026},
  url = {https://github.com/open-data-archive/world-leaders-current}}""",
    coverage="snapshot of 2026-08-22",
    files=(
        github_file(REPO, COMMIT, "data/current/all-leaders.csv", "leaders_current_2026/all-leaders.csv",
                    "8a518a48f9734d6dfb2eea58547a2b7edae262a8a2c18cde61ae0f0cb7fc9717"),
        github_file(REPO, COMMIT, "data/current/all-leaders.json", "leaders_current_2026/all-leaders.json",
                    "83ec8bf1b4db7ae0168312d59ba653c7020af4c784663084465cd42cdb444769"),
    ),
    tables=("leaders_current",),
    homepage="https://github.com/open-data-archive/world-leaders-current",
    notes="Known errors: Saudi head of state (MBS for King Salman); Malaysia's head of state (JSON only); "
          "Canada without a start date; 2026 changes unverified.",
)

COLUMNS = ["Country", "ISO", "HoG Title", "Head of Government", "HoG Since", "HoS Title", "Head of State", "HoS Since"]
ROLES = {"head of government": ("HoG Title", "Head of Government", "HoG Since"),
         "head of state": ("HoS Title", "Head of State", "HoS Since")}


def info() -> SourceInfo:
    return INFO


def fetch(dest: str | Path | None = None, mirror: str | Path | None = None) -> Path:
    return _base.fetch(INFO, dest, mirror)


def snapshot_date(path: Path) -> dt.date:
    """The snapshot's date, from the JSON file's `snapshot_date`."""
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
        return dt.date.fromisoformat(meta["snapshot_date"])
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise LatitudeError(f"cannot read {path}: truncated or not JSON ({exc.__class__.__name__})") from exc
    except (KeyError, TypeError, ValueError) as exc:
        raise LatitudeError(f"{path}: no snapshot_date (YYYY-MM-DD) at the top level; is this the published file?"
                            ) from exc


def parse(path: Path, snapshot: dt.date) -> pd.DataFrame:
    """The snapshot CSV as one row per entity and role with a named holder."""
    try:
        raw = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise LatitudeError(f"cannot read {path}: {str(exc).splitlines()[0]}") from exc
    _base.require_columns(raw, COLUMNS, path)
    iso3 = {code: _iso3(code) for code in raw["ISO"].unique()}
    frames = []
    for role, (title, holder, since) in ROLES.items():
        start = pd.to_datetime(raw[since].mask(raw[since].eq("")), format="%Y-%m-%d", errors="coerce")
        bad = raw.loc[start.isna() & raw[since].ne(""), since]
        if len(bad):
            raise LatitudeError(f"{path}: {since} {bad.iloc[0]!r} is not a date (YYYY-MM-DD)")
        frames.append(pd.DataFrame({
            "iso3": raw["ISO"].map(iso3), "entity": raw["Country"], "role": role, "title": raw[title],
            "leader": raw[holder].str.strip(), "start_date": [None if pd.isna(d) else d.date() for d in start],
            "snapshot_date": snapshot}))
    out = pd.concat(frames, ignore_index=True)
    out = out[out["leader"].ne("")]
    return out.astype({"iso3": "string", "entity": "string", "role": "string", "title": "string",
                       "leader": "string"}).sort_values(["entity", "role"], ignore_index=True)


def _iso3(code: str) -> str | None:
    """ISO3 of the snapshot's ISO2 code; None for the organisations (EU, AU_AF)."""
    if len(code) != 2 or code == "EU":
        return None
    return countries.resolve(code, scheme="iso2").iso3


def load(con: duckdb.DuckDBPyConnection, raw: str | Path | None = None) -> dict[str, int]:
    paths = _base.local_files(INFO, raw)
    snapshot = snapshot_date(paths["all-leaders.json"])
    table = parse(paths["all-leaders.csv"], snapshot)
    return store.replace_source(con, INFO, {"leaders_current": table}, coverage=(snapshot.year, snapshot.year))
