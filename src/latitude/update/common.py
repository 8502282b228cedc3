"""What the updaters share: where downloads are kept, what an update reports, provenance rows
that describe what the store holds from one publisher, and checks on hostile parameters."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import duckdb

from latitude import store
from latitude.errors import LatitudeError
from latitude.sources._base import SourceInfo


@dataclass
class UpdateResult:
    """What one update did: rows per table, the publisher's version, years covered, notes."""

    source: str
    tables: dict[str, int]
    version: str
    coverage: tuple[int | None, int | None] = (None, None)
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        rows = ", ".join(f"{table} {count:,}" for table, count in self.tables.items())
        span = "" if self.coverage[0] is None else f", {self.coverage[0]}–{self.coverage[1]}"
        text = f"{self.source}: {rows} ({self.version}{span})"
        return "; ".join([text, *self.notes])


def cache_dir(source: str) -> Path:
    """Where an updater keeps its downloads and .part files between runs."""
    path = store.data_home() / "updates" / source
    path.mkdir(parents=True, exist_ok=True)
    return path


def previous_files(con: duckdb.DuckDBPyConnection, source: str) -> list[dict]:
    """The `files` entries of a source's provenance row (empty if it was never loaded)."""
    if not store.has_table(con, "provenance"):
        return []
    rows = con.execute("SELECT files FROM provenance WHERE source = ?", [source]).fetchall()
    return json.loads(rows[0][0]) if rows and rows[0][0] else []


def merge_files(old: Iterable[dict], new: Iterable[dict], key: str = "name") -> list[dict]:
    """Provenance file entries: the new ones, plus earlier ones not superseded (same `key`)."""
    new = list(new)
    seen = {entry[key] for entry in new}
    return [entry for entry in old if entry.get(key) not in seen] + new


def write_provenance(con: duckdb.DuckDBPyConnection, info: SourceInfo, counts: dict[str, int],
                     coverage: tuple[int | None, int | None], files: list[dict], version: str) -> None:
    """The source's provenance row, inside the caller's transaction. An update adds rows to
    tables other sources loaded (un_votes, comtrade_totals, events, ...), so every provenance row
    listing one of those tables gets the table's new years in `table_coverage` too."""
    con.execute(store.PROVENANCE_DDL)
    for migration in store.PROVENANCE_MIGRATIONS:
        con.execute(migration)
    store.write_provenance(con, info, counts, coverage, files, version=version)
    spans = {table: store.table_years(con, table) for table in counts if store.has_table(con, table)}
    rows = con.execute("SELECT source, tables, table_coverage FROM provenance WHERE source <> ?",
                       [info.name]).fetchall()
    for source, tables, recorded in rows:
        per_table = json.loads(recorded or "{}")
        touched = {t: list(span) for t, span in spans.items() if t in json.loads(tables or "{}")}
        if touched:
            per_table.update(touched)
            con.execute("UPDATE provenance SET table_coverage = ? WHERE source = ?", [json.dumps(per_table), source])


def parse_date(text: str | dt.date, what: str) -> dt.date:
    if isinstance(text, dt.date):
        return text
    try:
        return dt.date.fromisoformat(str(text).strip())
    except ValueError as exc:
        raise LatitudeError(f"{what} '{text}' is not a date: use YYYY-MM-DD, e.g. 2025-06-04") from exc


def check_years(years: tuple[int, int], first: int, what: str, last: int | None = None) -> tuple[int, int]:
    """A year range inside the publisher's coverage, in order: one line otherwise."""
    start, end = years
    last = last if last is not None else dt.date.today().year
    if start > end:
        raise LatitudeError(f"{what}: years {start}-{end} are reversed; write the earlier year first")
    if start < first or end > last:
        raise LatitudeError(f"{what}: years {start}-{end} are outside {first}-{last}, the years the publisher covers")
    return start, end
