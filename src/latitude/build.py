"""Pull every source's files and load them into the store, with a progress bar."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from typing import TYPE_CHECKING

import duckdb
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from latitude import sources as registry
from latitude import store
from latitude.errors import LatitudeError
from latitude.sources import _base
from latitude.update import provenance_sources

if TYPE_CHECKING:
    import pandas as pd


def pull(names: list[str] | None = None, mirror: str | Path | None = None,
         raw: str | Path | None = None) -> dict[str, Path]:
    """Fetch the files of the named sources (default: all), verified by checksum."""
    chosen = _choose(names)
    return {name: module.fetch(_base.source_dir(module.INFO, raw), mirror) for name, module in chosen.items()}


def build(con: duckdb.DuckDBPyConnection, names: list[str] | None = None, mirror: str | Path | None = None,
          raw: str | Path | None = None, show_progress: bool = True, force: bool = False) -> dict[str, dict[str, int]]:
    """Pull (if needed) and load the named sources (default: all) into the store, then refresh the
    precomputed dimension tables whose sources changed.

    A source whose files (by SHA-256) and loading code are those it was last loaded with is kept
    as it is (its result is empty), unless `force`. Each source loads in its own transaction: if
    one fails, the sources loaded before it stay loaded, its previous tables stay as they were, and
    the error names the file.
    """
    chosen = _choose(names)
    results: dict[str, dict[str, int]] = {}
    store.write_source_tables(con, registry.table_owners())
    loaded = store.provenance(con).set_index("source")
    dims = _dimension_keys()
    with _bar(show_progress) as progress:
        task = progress.add_task("loading", total=len(chosen) + len(dims))
        for name, module in chosen.items():
            progress.update(task, description=name)
            module.fetch(_base.source_dir(module.INFO, raw), mirror)
            digest = loader_digest(module)
            if force or not _unchanged(loaded, module.INFO, digest):
                results[name] = module.load(con, raw)
                store.mark_loader(con, name, digest)
            else:
                results[name] = {}
            progress.advance(task)

        _refresh(con, progress, task)
        progress.update(task, completed=len(chosen) + len(dims), description="done")
    return results


def refresh_dimensions(con: duckdb.DuckDBPyConnection, show_progress: bool = True) -> None:
    """Recompute the stored dimension tables (and ideal points) whose inputs changed, e.g. after
    `latitude data update`; the others are kept as they are."""
    dims = _dimension_keys()
    with _bar(show_progress) as progress:
        task = progress.add_task("dimensions", total=len(dims))
        _refresh(con, progress, task)
        progress.update(task, completed=len(dims), description="dimensions done")


def _dimension_keys() -> list[str]:
    """The stored tables a build refreshes: every stored dimension, then the ideal points."""
    from latitude.measures import precompute

    return [d.key for d in precompute.stored()] + ["idealpoints"]


def _refresh(con: duckdb.DuckDBPyConnection, progress: Progress, task) -> None:
    """`precompute.refresh`, one step of `task` per table it rebuilds, named as it starts."""
    from latitude.measures import precompute

    def step(key: str) -> None:
        progress.update(task, description=f"dimension {key}")
        progress.advance(task)

    precompute.refresh(con, progress=step)


def _bar(show: bool) -> Progress:
    """The progress bar of a build: step name, bar, steps done, time elapsed."""
    return Progress(TextColumn("[bold]{task.description:<18}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                    TimeElapsedColumn(), disable=not show, transient=False)


def loader_digest(module) -> str:
    """SHA-256 of a source module's code and of what every load relies on: the shared source
    helpers, the store, and the country tables that map names and codes to ISO3."""
    digest = hashlib.sha256()
    here = Path(__file__).parent
    shared = sorted((here / "sources").glob("_*.py")) + [here / "store.py", here / "countries.py"] + \
        sorted((here / "data").glob("*.csv"))
    for path in [Path(module.__file__), *shared]:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _unchanged(loaded: pd.DataFrame, info, digest: str) -> bool:
    """True when the store holds the source as these files and this loader would load it."""
    if info.name not in loaded.index:
        return False
    row = loaded.loc[info.name]
    try:
        files = {f.get("sha256") for f in json.loads(row["files"] or "[]")}
    except (TypeError, ValueError):
        return False
    # packaged files a loader adds (e.g. latitude's own leaders table) are part of the loader digest
    return row.get("loader") == digest and {f.sha256 for f in info.files} <= files and row["version"] == info.version


def status(con: duckdb.DuckDBPyConnection | None, raw: str | Path | None = None) -> pd.DataFrame:
    """Per source: files present and intact, rows loaded, years covered, load time."""
    import pandas as pd

    provenance = store.provenance(con) if con is not None else None
    loaded = provenance.set_index("source") if provenance is not None and len(provenance) else None
    rows = []
    updates = provenance_sources()                   # sources written by `latitude data update`
    for name, module in {**registry.all_sources(include_optional=True), **updates}.items():
        optional = name in registry.OPTIONAL_MODULES or name in updates
        if optional and (loaded is None or name not in loaded.index):
            continue
        try:
            _base.local_files(module.INFO, raw)
            files = "publisher" if name in updates else "user files" if optional else "ok"
        except LatitudeError as exc:
            files = "mismatch" if "checksum" in str(exc) else "missing"
        record = {"source": name, "files": files, "rows": pd.NA, "coverage_start": pd.NA,
                  "coverage_end": pd.NA, "loaded_at": pd.NA, "version": module.INFO.version}
        if loaded is not None and name in loaded.index:
            row = loaded.loc[name]
            record.update(rows=row["rows"], coverage_start=row["coverage_start"], coverage_end=row["coverage_end"],
                          loaded_at=str(row["loaded_at"])[:19])
            if name in updates:
                record["version"] = row["version"]        # the publisher's release, as fetched
        rows.append(record)
    return pd.DataFrame(rows)


def source_info(names: list[str] | None = None) -> list:
    """The description of each named source (default: every source of the default build): title,
    version, licence, citation and BibTeX; an unknown name is a one-line error listing the known ones."""
    return [module.INFO for module in _choose(names).values()]


# Product-level trade files a user downloads: source -> its reader's loading function.
USER_FILES = {"baci": ("latitude.sources.baci", "load_files"), "comtrade": ("latitude.sources.comtrade", "load_extracts")}


def load_files(con: duckdb.DuckDBPyConnection, source: str, paths: list[str | Path]) -> dict[str, int]:
    """Load files the user downloaded into the store through the source's reader, in one
    transaction: a CEPII BACI release (`baci`, replacing any BACI loaded before) or UN Comtrade
    API downloads (`comtrade`, added to `comtrade_flows`). Returns rows per table."""
    from importlib import import_module

    if source not in USER_FILES:
        raise LatitudeError(f"no loader for user files of '{source}': choose from {', '.join(USER_FILES)}")
    module, function = USER_FILES[source]
    return getattr(import_module(module), function)(con, paths)


def _choose(names: list[str] | None) -> dict:
    every = registry.all_sources()
    if not names:
        return every
    return {name: registry.get(name) for name in names}
