"""The catalogue: the store's tables as the measures see them, on any Ibis engine.

Measures never take a DuckDB connection as such. They take anything catalogue-like (the store's
DuckDB connection, an Ibis backend whose catalogue holds the store's tables under their store
names, e.g. PySpark, or a `Catalogue`) and call `catalogue(con)` first. The catalogue answers,
without scanning data:

- which tables exist (`has`, `require`, `table`, with the one-line error naming the source to load),
- each table's years covered and the source it came from (from the `provenance` table, written when
  the source was loaded),
- a data-version stamp per source, for caches and precomputed tables.

Relational work is then an Ibis expression over `cat.table(name)`, so the same measure runs on
DuckDB (the default) and on PySpark. Keyed reads of stored tables (`lookup`), the table list and
provenance are store internals: on DuckDB they go straight to the connection, so a profile read
from precomputed tables does not pay for Ibis's import and compilation.
"""
from __future__ import annotations

import json
import threading
from typing import TYPE_CHECKING, Any, Union

from latitude.errors import LatitudeError

if TYPE_CHECKING:
    import duckdb
    import ibis
    import ibis.expr.types as ir
    import pandas as pd

    from latitude.resident import Resident

# What every measure accepts: the store's DuckDB connection, an Ibis backend, or a Catalogue.
CatalogueLike = Union["Catalogue", "ibis.BaseBackend", "duckdb.DuckDBPyConnection"]

PROVENANCE = "provenance"
SOURCE_TABLES = "source_tables"


class Catalogue:
    """An Ibis backend over the store's tables, with their coverage and sources from provenance.

    Made from an Ibis backend, or from the store's DuckDB connection (`duckdb_con`), in which case
    the Ibis backend over that same connection is created on first use.
    """

    def __init__(self, backend: "ibis.BaseBackend | None" = None, *,
                 duckdb_con: "duckdb.DuckDBPyConnection | None" = None) -> None:
        if backend is None and duckdb_con is None:
            raise LatitudeError("a catalogue needs an Ibis backend or a DuckDB connection")
        if backend is not None and duckdb_con is None and backend.name == "duckdb":
            duckdb_con = backend.con
        self._backend = backend
        self.duckdb = duckdb_con
        self._names: frozenset[str] | None = None
        self._provenance: "pd.DataFrame | None" = None
        self._provenance_rows: list[dict[str, Any]] | None = None
        self._owners: dict[str, str] | None = None
        self._scans: dict[str, tuple[int | None, int | None]] = {}
        self._by_table: dict[str, list[dict[str, Any]]] | None = None
        self.memo: dict[Any, Any] = {}   # per-catalogue answers of derived lookups (e.g. stored-table versions)
        self.resident: "Resident | None" = None   # tables held in memory by a server (`latitude.resident`)
        self._reading = threading.Lock()         # `over` from several threads: one reads the table list

    def over(self, duckdb_con: "duckdb.DuckDBPyConnection") -> "Catalogue":
        """The same store's catalogue over another connection to it (e.g. a cursor per request),
        sharing this one's table list, provenance and remembered answers, so that they are read
        once per process instead of once per connection. Only for a store that does not change
        meanwhile (the dashboard's read-only store). Safe to call from several threads at once (the
        first reads the table list and provenance through this catalogue's connection, which takes
        one call at a time)."""
        with self._reading:
            self.names()
            self._rows_of("")
        twin = Catalogue(duckdb_con=duckdb_con)
        twin._names, twin._provenance, twin._by_table = self._names, self._provenance, self._by_table
        twin._provenance_rows = self._provenance_rows
        twin._owners, twin._scans, twin.memo = self._owners, self._scans, self.memo
        twin.resident = self.resident
        return twin

    def __repr__(self) -> str:
        return f"Catalogue({self.engine}, {len(self.names())} tables)"

    @property
    def backend(self) -> "ibis.BaseBackend":
        """The Ibis backend the measures' expressions run on."""
        if self._backend is None:
            import ibis

            self._backend = ibis.duckdb.from_connection(self.duckdb)
        return self._backend

    @property
    def engine(self) -> str:
        """The engine's name: 'duckdb', 'pyspark', ..."""
        return "duckdb" if self.duckdb is not None else self.backend.name

    # ----------------------------------------------------------------- tables

    def names(self) -> frozenset[str]:
        """Every table the store holds."""
        if self._names is None:
            if self.duckdb is not None:
                rows = self.duckdb.execute("SELECT table_name FROM information_schema.tables "
                                           "WHERE table_schema = 'main'").fetchall()
                self._names = frozenset(r[0] for r in rows)
            else:
                self._names = frozenset(self.backend.list_tables())
        return self._names

    def refresh(self) -> None:
        """Forget the cached table list and provenance (after a load through this connection)."""
        self._names = self._provenance = self._provenance_rows = self._owners = self._by_table = None
        self._scans = {}
        self.memo = {}

    def frame(self, name: str) -> "pd.DataFrame":
        """A whole (small) store table as a pandas frame."""
        return self.lookup(name)

    def exists(self, name: str, **where: Any) -> bool:
        """Whether any row of a stored table matches `where` (as in `lookup`)."""
        if not self.has(name):
            return False
        if self.resident is not None and (found := self.resident.exists(name, where)) is not None:
            return found
        if self.duckdb is not None:
            sql, params = _where_sql(where)
            return bool(self.duckdb.execute(f'SELECT EXISTS (SELECT 1 FROM "{name}"{sql})', params).fetchall()[0][0])
        return len(self._filtered(name, where).limit(1).to_pandas()) > 0

    def distinct(self, name: str, column: str, **where: Any) -> list:
        """The distinct values of one column of a stored table (rows matching `where`)."""
        self.require(name)
        if self.duckdb is not None:
            sql, params = _where_sql(where)
            rows = self.duckdb.execute(f'SELECT DISTINCT "{column}" FROM "{name}"{sql}', params).fetchall()
            return [r[0] for r in rows]
        return self._filtered(name, where).select(column).distinct().to_pandas()[column].tolist()

    def _filtered(self, name: str, where: dict[str, Any]) -> "ir.Table":
        table = self.backend.table(name)
        for column, value in where.items():
            if isinstance(value, range):
                table = table.filter(table[column].between(value[0], value[-1]) if len(value) else False)
            elif isinstance(value, (list, tuple, set, frozenset)):
                table = table.filter(table[column].isin(list(value)))
            elif value is None:
                table = table.filter(table[column].isnull())
            else:
                table = table.filter(table[column] == value)
        return table

    def _keyed(self, name: str, columns: "list[str] | None", where: dict[str, Any]):
        """The rows of `lookup` and `records`: a DuckDB cursor over them, else an Ibis expression."""
        self.require(name)
        if self.duckdb is not None:
            sql, params = _where_sql(where)
            select = ", ".join(f'"{c}"' for c in columns) if columns else "*"
            return self.duckdb.execute(f'SELECT {select} FROM "{name}"{sql}', params)
        table = self._filtered(name, where)
        return table.select(*columns) if columns else table

    def lookup(self, name: str, columns: "list[str] | None" = None, **where: Any) -> "pd.DataFrame":
        """Rows of a stored table matching `where` (column=value; a list, tuple or set means IN; a
        `range` means BETWEEN its first and last value), as a pandas frame.

        For keyed reads of stored and precomputed tables; analysis belongs in Ibis expressions.
        """
        rows = self._keyed(name, columns, where)
        return rows.df() if self.duckdb is not None else rows.to_pandas()

    def records(self, name: str, columns: "list[str] | None" = None,
                **where: Any) -> tuple[list[str], list[tuple]]:
        """The same rows as `lookup`, as (column names, tuples of Python values; NULL as None),
        without pandas: the read path of commands that print a few stored rows."""
        if self.resident is not None and (found := self.resident.records(name, columns, where)) is not None:
            return found
        rows = self._keyed(name, columns, where)
        if self.duckdb is not None:
            return [d[0] for d in rows.description], rows.fetchall()
        arrow = rows.to_pyarrow()
        return list(arrow.column_names), [tuple(r.values()) for r in arrow.to_pylist()]

    def arrays(self, name: str, columns: list[str], **where: Any) -> dict[str, Any]:
        """The same rows as `lookup`, as one NumPy array per column (text as object arrays): for
        keyed reads of thousands of rows that are then counted with NumPy."""
        if self.resident is not None and (found := self.resident.arrays(name, columns, where)) is not None:
            return found
        rows = self._keyed(name, columns, where)
        if self.duckdb is not None:
            return dict(rows.fetchnumpy())
        arrow = rows.to_pyarrow()
        return {c: arrow.column(c).to_numpy(zero_copy_only=False) for c in columns}

    def has(self, name: str) -> bool:
        return name in self.names()

    def require(self, *names: str) -> None:
        """Fail with one line naming the source to load if any of `names` is missing."""
        for name in names:
            if not self.has(name):
                raise self.missing(name)

    def table(self, name: str) -> "ir.Table":
        """A store table as an Ibis expression (one-line error if it is not there)."""
        self.require(name)
        return self.backend.table(name)

    def missing(self, name: str) -> LatitudeError:
        """The one-line error for a table that is not in the store, naming the source that loads it."""
        source = self.owner(name)
        if source is None:
            return LatitudeError(f"table '{name}' is not in the store: run `latitude data build` "
                                 "(`latitude data status` lists what is loaded)")
        return LatitudeError(f"table '{name}' is not in the store: run `latitude data build` "
                             f"(or `latitude data pull {source}` then build)")

    def owner(self, name: str) -> str | None:
        """The source that loads `name`: from provenance if loaded, else from the build's list of
        every source's tables (`source_tables`), else None."""
        if self._owners is None:
            owners: dict[str, str] = {}
            if self.has(SOURCE_TABLES):
                frame = self.frame(SOURCE_TABLES)
                owners.update(zip(frame["table_name"], frame["source"]))
            for row in self.provenance_rows():
                for table in json.loads(row["tables"] or "{}"):
                    owners[table] = row["source"]
            self._owners = owners
        return self._owners.get(name)

    # ----------------------------------------------------------------- provenance

    def provenance(self) -> "pd.DataFrame":
        """One row per loaded source (see `latitude.store.PROVENANCE_DDL`); empty if none."""
        if self._provenance is None:
            import pandas as pd

            if self.has(PROVENANCE):
                frame = self.frame(PROVENANCE)
            else:
                frame = pd.DataFrame(columns=["source", "title", "version", "licence", "citation", "files",
                                              "tables", "rows", "coverage_start", "coverage_end", "loaded_at",
                                              "table_coverage"])
            if "table_coverage" not in frame:
                frame["table_coverage"] = None
            self._provenance = frame.sort_values("source").reset_index(drop=True)
        return self._provenance

    def provenance_rows(self) -> list[dict[str, Any]]:
        """The provenance table as dicts of Python values, sorted by source (no pandas)."""
        if self._provenance_rows is None:
            rows: list[dict[str, Any]] = []
            if self.has(PROVENANCE):
                columns, tuples = self.records(PROVENANCE)
                rows = [dict(zip(columns, t)) for t in tuples]
            for row in rows:
                row.setdefault("table_coverage", None)
            self._provenance_rows = sorted(rows, key=lambda r: str(r["source"]))
        return self._provenance_rows

    def source_of(self, table: str) -> str | None:
        """The loaded source whose load wrote `table` (None if no loaded source did)."""
        row = self._row_of(table)
        return None if row is None else str(row["source"])

    def coverage(self, table: str) -> tuple[int | None, int | None]:
        """First and last year `table` covers, as recorded when it was loaded (no data scan).

        Per-table coverage where the load recorded it, else the source's coverage; a table no
        load recorded is scanned once for its years ((None, None) if it has none). Fails with the
        one-line error if the table is missing.
        """
        self.require(table)
        rows = self._rows_of(table)
        if not rows:
            return self._scanned(table)
        spans = []
        for row in rows:   # a table several sources write (events, un_votes after an update): their union
            per_table = json.loads(row["table_coverage"]) if isinstance(row["table_coverage"], str) else {}
            if table in per_table:
                spans.append(tuple(per_table[table]))
            else:
                spans.append((int_or_none(row["coverage_start"]), int_or_none(row["coverage_end"])))
        starts = [int(lo) for lo, _ in spans if lo is not None]
        ends = [int(hi) for _, hi in spans if hi is not None]
        return (min(starts) if starts else None, max(ends) if ends else None)

    def _scanned(self, table: str) -> tuple[int | None, int | None]:
        """Coverage of a table no load recorded (registered by hand, e.g. Parquet on a Spark
        cluster): its first and last year, scanned once and remembered."""
        if table not in self._scans:
            t = self.backend.table(table)
            column = next((c for c in ("year", "date", "month") if c in t.columns), None)
            span: tuple[int | None, int | None] = (None, None)
            if column is not None:
                years = t[column].cast("int64") if column == "year" else t[column].cast("date").year()
                row = t.aggregate(lo=years.min(), hi=years.max()).to_pandas().iloc[0]
                span = (int_or_none(row["lo"]), int_or_none(row["hi"]))
            self._scans[table] = span
        return self._scans[table]

    def version(self, *sources: str) -> str:
        """A stamp that changes whenever one of `sources` (default: all) is reloaded."""
        rows = self.provenance_rows()
        if sources:
            rows = [r for r in rows if r["source"] in sources]
        return ";".join(f"{r['source']}@{r['loaded_at']}" for r in rows)

    def _rows_of(self, table: str) -> list[dict[str, Any]]:
        if self._by_table is None:
            index: dict[str, list[dict[str, Any]]] = {}
            for row in self.provenance_rows():
                for name in json.loads(row["tables"] or "{}"):
                    index.setdefault(name, []).append(row)
            self._by_table = index
        return self._by_table.get(table, [])

    def _row_of(self, table: str) -> dict[str, Any] | None:
        rows = self._rows_of(table)
        return rows[0] if rows else None


def _where_sql(where: dict[str, Any]) -> tuple[str, list]:
    """A parameterised WHERE clause for DuckDB from `lookup`'s filters (column names are ours)."""
    clauses, params = [], []
    for column, value in where.items():
        if isinstance(value, range):
            clauses.append(f'"{column}" BETWEEN ? AND ?')
            params += [value[0], value[-1]] if len(value) else [1, 0]
        elif isinstance(value, (list, tuple, set, frozenset)):
            clauses.append(f'list_contains(?, "{column}")')
            params.append(list(value))
        elif value is None:
            clauses.append(f'"{column}" IS NULL')
        else:
            clauses.append(f'"{column}" = ?')
            params.append(value)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def frame_records(frame: "pd.DataFrame") -> tuple[list[str], list[tuple]]:
    """A frame as `Catalogue.records` gives rows: (column names, tuples of Python objects)."""
    return [str(c) for c in frame.columns], list(frame.astype(object).itertuples(index=False, name=None))


def int_or_none(value: Any) -> int | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if number != number else int(number)


def catalogue(con: "CatalogueLike") -> Catalogue:
    """The catalogue of a store connection, an Ibis backend or a catalogue (returned as is)."""
    if isinstance(con, Catalogue):
        return con
    import duckdb

    if isinstance(con, duckdb.DuckDBPyConnection):
        return Catalogue(duckdb_con=con)
    import ibis

    if isinstance(con, ibis.BaseBackend):
        return Catalogue(con)
    raise LatitudeError(f"expected a store connection, an Ibis backend or a Catalogue, not {type(con).__name__}")
