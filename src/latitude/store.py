"""The store: one embedded DuckDB file holding every loaded source, with provenance.

Each source load replaces its tables inside one transaction, so a load that fails or is
killed midway leaves the previous tables answering queries. Relational work over the store
is written as Ibis expressions (`ibis_con`), so DuckDB is the default engine and others can
take its place.
"""
from __future__ import annotations

import json
import os
import re
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from latitude.errors import LatitudeError

if TYPE_CHECKING:   # DuckDB is imported when a store is opened (`cite` may not need to)
    import duckdb
    import pandas as pd


class SourceInfo(Protocol):
    """What the store records of a source (`latitude.sources._base.SourceInfo` is one); a protocol,
    so the store sits below the sources and never imports them."""

    name: str
    title: str
    version: str
    licence: str
    citation: str
    bibtex: str
    files: tuple[Any, ...]   # each with .as_dict() -> {name, sha256, published}


PROVENANCE_DDL = """
CREATE TABLE IF NOT EXISTS provenance (
    source VARCHAR PRIMARY KEY,
    title VARCHAR,
    version VARCHAR,
    licence VARCHAR,
    citation VARCHAR,
    files VARCHAR,          -- JSON list of {name, sha256, published}
    tables VARCHAR,         -- JSON object {table: rows}
    rows BIGINT,
    coverage_start INTEGER,
    coverage_end INTEGER,
    loaded_at TIMESTAMP,
    table_coverage VARCHAR, -- JSON object {table: [first_year, last_year]}
    loader VARCHAR,         -- SHA-256 of the loading code, so a changed loader reloads its source
    bibtex VARCHAR          -- the source's BibTeX entry, so `cite --bibtex` needs no source module
)
"""
# Stores written before these columns existed gain them when opened for writing.
PROVENANCE_MIGRATIONS = ("ALTER TABLE provenance ADD COLUMN IF NOT EXISTS table_coverage VARCHAR",
                         "ALTER TABLE provenance ADD COLUMN IF NOT EXISTS loader VARCHAR",
                         "ALTER TABLE provenance ADD COLUMN IF NOT EXISTS bibtex VARCHAR")
PROVENANCE_COLUMNS = ("source", "title", "version", "licence", "citation", "files", "tables", "rows",
                      "coverage_start", "coverage_end", "loaded_at", "table_coverage", "loader", "bibtex")


def data_home() -> Path:
    """latitude's per-user data directory (platformdirs), overridable by LATITUDE_HOME."""
    if os.environ.get("LATITUDE_HOME"):
        return Path(os.environ["LATITUDE_HOME"])
    import platformdirs

    return platformdirs.user_data_path("latitude")


def default_store_path() -> Path:
    """The store file: LATITUDE_STORE, else `latitude.duckdb` in the user data directory."""
    env = os.environ.get("LATITUDE_STORE")
    return Path(env) if env else data_home() / "latitude.duckdb"


def raw_dir() -> Path:
    """Where fetched source files are kept (LATITUDE_RAW, else `raw/` in the data directory)."""
    env = os.environ.get("LATITUDE_RAW")
    return Path(env) if env else data_home() / "raw"


_opened: list[Path] = []   # stores this process opened, newest last (named in error messages)


def connect(path: str | Path | None = None, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the store (creating it unless `read_only`).

    A missing, locked, damaged or foreign file is a one-line error saying what to do; a missing
    parent directory is created only for the default store (in the user data directory).
    """
    target = Path(path) if path else default_store_path()
    if target.is_dir():
        raise LatitudeError(f"store {target} is a directory: give the store file, e.g. --store {target / 'latitude.duckdb'}")
    if read_only and not target.exists():
        raise LatitudeError(f"no store at {target}: build it with `latitude data build --mirror DIR`")
    if not read_only:
        if path and not target.parent.is_dir():
            raise LatitudeError(f"cannot create store {target}: directory {target.parent} does not exist; create it first")
        target.parent.mkdir(parents=True, exist_ok=True)
    import duckdb

    try:
        con = duckdb.connect(str(target), read_only=read_only)
    except duckdb.Error as exc:
        raise explain_error(exc, target) or LatitudeError(
            f"cannot open store {target}: {str(exc).splitlines()[0]}") from exc
    _opened.append(target)
    con.execute("SET enable_progress_bar = false")
    if not read_only:
        con.execute(PROVENANCE_DDL)
        for migration in PROVENANCE_MIGRATIONS:
            con.execute(migration)
    return con


def explain_error(exc: BaseException, path: Path | None = None) -> LatitudeError | None:
    """A one-line LatitudeError for DuckDB errors that mean the store file itself is unusable
    (damaged, locked by another process, not a DuckDB file, from a newer DuckDB); None for
    anything else. `path` defaults to the store this process opened last."""
    duckdb = sys.modules.get("duckdb")
    if duckdb is None or not isinstance(exc, duckdb.Error):
        return None
    text = str(exc)
    first = text.splitlines()[0] if text else type(exc).__name__
    target = path or (_opened[-1] if _opened else default_store_path())
    rebuild = f"rebuild it with `latitude data build --store {target}`"
    if "Could not set lock" in text or "Conflicting lock" in text:
        pid = re.search(r"PID (\d+)", text)
        holder = f" (PID {pid[1]})" if pid else ""
        return LatitudeError(f"store {target} is in use: another latitude process{holder} holds it for writing; "
                             "close it or wait for it to finish, or use --store for another store")
    if "Corrupt database file" in text or "checksum" in text.lower() and "block" in text.lower():
        return LatitudeError(f"store {target} is damaged ({first[:120]}): {rebuild}")
    if "not a valid DuckDB database" in text or "Could not read from file" in text:
        return LatitudeError(f"{target} is not a latitude store (not a readable DuckDB file): pass the store file "
                             "with --store, or build one with `latitude data build --store FILE`")
    if "serialization" in text.lower() and "version" in text.lower():
        return LatitudeError(f"store {target} was written by another DuckDB version: {rebuild}")
    return None


def ibis_con(con: duckdb.DuckDBPyConnection):
    """An Ibis backend over the same DuckDB connection (for the relational layer)."""
    import ibis

    return ibis.duckdb.from_connection(con)


def has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    rows = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ? AND table_schema = 'main'",
        [name]).fetchall()
    return bool(rows[0][0])


def column_types(con: duckdb.DuckDBPyConnection, table: str) -> dict[str, str]:
    """Column name -> DuckDB type of a store table (empty if the table is missing)."""
    rows = con.execute("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? "
                       "AND table_schema = 'main' ORDER BY ordinal_position", [table]).fetchall()
    return dict(rows)


def require(con: duckdb.DuckDBPyConnection, *tables: str) -> None:
    """Fail with one line naming the source to load if any of `tables` is missing."""
    from latitude.catalogue import catalogue

    catalogue(con).require(*tables)


def table_years(con: duckdb.DuckDBPyConnection, table: str) -> tuple[int | None, int | None]:
    """First and last year in a table, from its `year` column, else `date` or `month` (None, None
    if it has none): recorded in provenance at load time so that readers never scan for it."""
    types = column_types(con, table)
    column = next((c for c in ("year", "date", "month") if c in types), None)
    if column is None:
        return (None, None)
    expr = f'"{column}"' if column == "year" else f'year("{column}")'
    if column == "year" and not any(k in types[column].upper() for k in ("INT", "DOUBLE", "FLOAT", "DECIMAL")):
        expr = f'TRY_CAST("{column}" AS INTEGER)'
    lo, hi = con.execute(f'SELECT min({expr}), max({expr}) FROM "{table}"').fetchall()[0]
    return (None if lo is None else int(lo), None if hi is None else int(hi))


def write_source_tables(con: duckdb.DuckDBPyConnection, owners: dict[str, str]) -> None:
    """Record which source loads every known table (table -> source), so that a missing table's
    error can name its source without the store importing the sources."""
    import pandas as pd

    frame = pd.DataFrame(sorted(owners.items()), columns=["table_name", "source"])
    con.register("_latitude_owners", frame)
    try:
        con.execute("CREATE OR REPLACE TABLE source_tables AS SELECT * FROM _latitude_owners")
    finally:
        con.unregister("_latitude_owners")


def replace_source(
    con: duckdb.DuckDBPyConnection,
    info: "SourceInfo",
    tables: dict[str, Any],
    coverage: tuple[int | None, int | None] = (None, None),
    files: list[dict[str, str]] | None = None,
) -> dict[str, int]:
    """Atomically replace a source's tables and its provenance row.

    `tables` maps table names to pandas DataFrames, Arrow tables or SQL SELECT strings.
    Either every table and the provenance row change together, or nothing does.
    """
    con.execute(PROVENANCE_DDL)
    counts: dict[str, int] = {}
    con.execute("BEGIN TRANSACTION")
    try:
        for name, data in tables.items():
            if isinstance(data, str):
                con.execute(f'CREATE OR REPLACE TABLE "{name}" AS {data}')
            else:
                con.register("_latitude_incoming", data)
                con.execute(f'CREATE OR REPLACE TABLE "{name}" AS SELECT * FROM _latitude_incoming')
                con.unregister("_latitude_incoming")
            counts[name] = con.execute(f'SELECT count(*) FROM "{name}"').fetchall()[0][0]
        write_provenance(con, info, counts, coverage, files)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return counts


def write_provenance(con: duckdb.DuckDBPyConnection, info: "SourceInfo", counts: dict[str, int],
                     coverage: tuple[int | None, int | None], files: list[dict[str, str]] | None = None,
                     version: str | None = None) -> None:
    """Replace a source's provenance row; call inside the transaction that loads its tables."""
    con.execute("DELETE FROM provenance WHERE source = ?", [info.name])
    spans = {table: table_years(con, table) for table in counts if has_table(con, table)}
    per_table = {table: span for table, span in spans.items() if span != (None, None)}
    con.execute(
        f"INSERT INTO provenance ({', '.join(PROVENANCE_COLUMNS)}) VALUES ({', '.join('?' * len(PROVENANCE_COLUMNS))})",
        [info.name, info.title, version or info.version, info.licence, info.citation,
         json.dumps(files if files is not None else [f.as_dict() for f in info.files]),
         json.dumps(counts), sum(counts.values()), coverage[0], coverage[1],
         datetime.now(timezone.utc).replace(tzinfo=None), json.dumps(per_table), None, info.bibtex])


def mark_loader(con: duckdb.DuckDBPyConnection, source: str, digest: str) -> None:
    """Record the loading code's digest on a source's provenance row (after its load committed):
    `latitude data build` reloads a source whose files or loader changed, and skips the others."""
    con.execute("UPDATE provenance SET loader = ? WHERE source = ?", [digest, source])


def citations(con: duckdb.DuckDBPyConnection) -> list[dict[str, str | None]]:
    """Per loaded source, as the store records it: source, title, version, licence, citation and
    BibTeX (None in stores written before the BibTeX column). No pandas: `cite` stays light."""
    if not has_table(con, "provenance"):
        return []
    columns = ["source", "title", "version", "licence", "citation", "bibtex"]
    present = column_types(con, "provenance")
    select = ", ".join(c if c in present else f"NULL AS {c}" for c in columns)
    rows = con.execute(f"SELECT {select} FROM provenance ORDER BY source").fetchall()
    return [dict(zip(columns, row)) for row in rows]


def citations_of(path: Path) -> list[dict[str, str | None]]:
    """`citations` of the store at `path`, kept beside it (`<store>.citations.json`) so that `cite`
    need not open DuckDB: the kept copy is used only if it was written from this very file (the
    same size and modification time, no write-ahead log pending), else it is read and kept again."""
    kept = path.with_name(path.name + ".citations.json")
    stamp = _file_stamp(path)
    try:
        saved = json.loads(kept.read_text(encoding="utf-8"))
        if stamp is not None and saved.get("store") == stamp:
            return saved["citations"]
    except (OSError, ValueError, AttributeError, KeyError):
        pass
    con = connect(path, read_only=True)
    try:
        rows = citations(con)
    finally:
        con.close()
    if stamp is not None and _file_stamp(path) == stamp:
        partial = kept.with_name(kept.name + f".{os.getpid()}.tmp")
        try:   # written whole or not at all; a read-only directory just means no copy
            partial.write_text(json.dumps({"store": stamp, "citations": rows}), encoding="utf-8")
            os.replace(partial, kept)
        except OSError:
            partial.unlink(missing_ok=True)
    return rows


def _file_stamp(path: Path) -> list[int] | None:
    """(size, modification time in ns) of a store file with no write-ahead log; None otherwise."""
    try:
        if path.with_name(path.name + ".wal").exists():
            return None
        info = path.stat()
    except OSError:
        return None
    return [info.st_size, info.st_mtime_ns]


def provenance(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """One row per loaded source: version, licence, citation, files, rows, coverage, load time."""
    import pandas as pd

    if not has_table(con, "provenance"):
        return pd.DataFrame(columns=list(PROVENANCE_COLUMNS))
    frame = con.execute("SELECT * FROM provenance ORDER BY source").df()
    if "table_coverage" not in frame:
        frame["table_coverage"] = None
    return frame
