"""Pull every source's files and load them into the store, with a progress bar."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from latitude import sources as registry
from latitude import store
from latitude.errors import LatitudeError
from latitude.sources import _base


def pull(names: list[str] | None = None, mirror: str | Path | None = None,
         raw: str | Path | None = None) -> dict[str, Path]:
    """Fetch the files of the named sources (default: all), verified by checksum."""
    chosen = _choose(names)
    return {name: module.fetch(_base.source_dir(module.INFO, raw), mirror) for name, module in chosen.items()}


def build(con: duckdb.DuckDBPyConnection, names: list[str] | None = None, mirror: str | Path | None = None,
          raw: str | Path | None = None, show_progress: bool = True) -> dict[str, dict[str, int]]:
    """Pull (if needed) and load the named sources (default: all) into the store.

    Each source loads in its own transaction: if one fails, the sources loaded before it stay
    loaded, its previous tables stay as they were, and the error names the file.
    """
    chosen = _choose(names)
    results: dict[str, dict[str, int]] = {}
    store.write_source_tables(con, registry.table_owners())
    with Progress(TextColumn("[bold]{task.description:<18}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                  TimeElapsedColumn(), disable=not show_progress, transient=False) as progress:
        task = progress.add_task("loading", total=len(chosen))
        for name, module in chosen.items():
            progress.update(task, description=name)
            module.fetch(_base.source_dir(module.INFO, raw), mirror)
            results[name] = module.load(con, raw)
            progress.advance(task)
        progress.update(task, description="done")
    return results


def status(con: duckdb.DuckDBPyConnection | None, raw: str | Path | None = None) -> pd.DataFrame:
    """Per source: files present and intact, rows loaded, years covered, load time."""
    provenance = store.provenance(con) if con is not None else None
    loaded = provenance.set_index("source") if provenance is not None and len(provenance) else None
    rows = []
    for name, module in registry.all_sources(include_optional=True).items():
        optional = name in registry.OPTIONAL_MODULES
        if optional and (loaded is None or name not in loaded.index):
            continue
        try:
            _base.local_files(module.INFO, raw)
            files = "user files" if optional else "ok"
        except LatitudeError as exc:
            files = "mismatch" if "checksum" in str(exc) else "missing"
        record = {"source": name, "files": files, "rows": pd.NA, "coverage_start": pd.NA,
                  "coverage_end": pd.NA, "loaded_at": pd.NA, "version": module.INFO.version}
        if loaded is not None and name in loaded.index:
            row = loaded.loc[name]
            record.update(rows=row["rows"], coverage_start=row["coverage_start"], coverage_end=row["coverage_end"],
                          loaded_at=str(row["loaded_at"])[:19])
        rows.append(record)
    return pd.DataFrame(rows)


def _choose(names: list[str] | None) -> dict:
    every = registry.all_sources()
    if not names:
        return every
    return {name: registry.get(name) for name in names}
