"""Resident tables: the store tables a profile reads by key, held in memory by a long-running server.

A keyed read of a DuckDB table costs about a millisecond however few rows it returns (the scan
decompresses whole column segments), and a profile makes nine of them, so a dashboard answering
fifty different profiles at once spent most of its time there. `Resident.load_store` reads those
tables once (the precomputed dimensions, the UN votes, the ideal points, the current leaders) and
answers the same keyed reads (`Catalogue.records`, `arrays`, `exists`) from memory, with the same
rows and the same Python values. A read it cannot answer (another table, a column it does not hold, a read
that does not name every key) returns None and goes to DuckDB as before.

Each table is held sorted by its key, the key as one label per run of rows; numbers in the
narrowest type that gives back every value exactly, as (position, value) pairs where most values
are 0; text as codes into a vocabulary; NULLs as a list of positions.

Only for a store that does not change while it is resident (the dashboard's read-only store).
"""
from __future__ import annotations

import itertools
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import duckdb
    import numpy as np
    import pyarrow as pa

# table -> (key columns every read must name, columns held; None = all)
RESIDENT_TABLES: dict[str, tuple[tuple[str, ...], tuple[str, ...] | None]] = {
    "dim_trade": (("iso3", "partner"), ("year", "iso3", "partner", "exports", "imports", "export_share",
                                        "import_share", "trade_share", "export_share_states", "import_share_states",
                                        "trade_share_states", "source")),
    "dim_products": (("iso3", "partner"), None),
    "dim_alliance": (("iso3", "partner"), None),
    "dim_arms": (("iso3", "partner"), None),
    "dim_un": (("iso3", "partner"), None),
    "dim_capabilities": (("iso3", "partner"), None),
    "un_votes": (("iso3",), ("rcid", "year", "iso3", "vote")),
    "idealpoints_dynamic": (("iso3",), None),
    "leaders": (("iso3",), ("iso3", "role", "title", "leader", "startdate", "source", "origin", "enddate")),
    "comtrade_flows": (("reporter_iso3",), ("reporter_iso3", "aggr_level", "flow")),
}


def _positions(found: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For sorted positions `found`: which of `rows` are among them, and where."""
    import numpy as np

    at = np.searchsorted(found, rows.astype(found.dtype, copy=False))   # same types: no copy of `found`
    at[at == len(found)] = 0
    hit = found[at] == rows if len(found) else np.zeros(len(rows), dtype=bool)
    return hit, at


def _exact_in_float32(values: np.ndarray) -> bool:
    """Whether float32 holds every float64 value exactly, NaN as NaN (`np.array_equal` with
    `equal_nan`, which masks and copies both arrays: three times the time on the largest tables)."""
    import numpy as np

    differ = values.astype(np.float32).astype(np.float64) != values
    return not differ.any() or bool(np.isnan(values[differ]).all())


class _Numbers:
    """A numeric column, stored exactly in less memory (see the module docstring)."""

    def __init__(self, values: np.ndarray, nulls: np.ndarray | None) -> None:
        import numpy as np

        self.dtype = values.dtype
        self.nulls = np.flatnonzero(nulls).astype(np.int32) if nulls is not None and nulls.any() else None
        narrow = values.dtype
        if values.dtype.kind in "iu" and len(values):
            narrow = np.result_type(np.min_scalar_type(int(values.min())), np.min_scalar_type(int(values.max())))
        elif values.dtype == np.float64 and _exact_in_float32(values):
            narrow = np.dtype(np.float32)
        kept = values != 0
        if values.dtype.kind == "f":
            kept |= np.signbit(values)                # -0.0 is not 0.0 here
        if nulls is not None:
            kept &= ~nulls
        self.at: np.ndarray | None = None
        if kept.sum() * (4 + narrow.itemsize) < 0.75 * len(values) * narrow.itemsize:
            self.at = np.flatnonzero(kept).astype(np.int32)
            self.values = values[self.at].astype(narrow)
        else:
            self.values = values.astype(narrow)

    def _dense(self, rows: np.ndarray) -> np.ndarray:
        """The values at `rows` in the column's own type, NULLs as 0."""
        import numpy as np

        if self.at is None:
            return self.values[rows].astype(self.dtype)
        out = np.zeros(len(rows), dtype=self.dtype)
        hit, at = _positions(self.at, rows)
        out[hit] = self.values[at[hit]]
        return out

    def take(self, rows: np.ndarray) -> np.ndarray:
        import numpy as np

        out = self._dense(rows)
        null = self.null(rows)
        return out if null is None or not null.any() else np.ma.masked_array(out, null)

    def null(self, rows: np.ndarray) -> np.ndarray | None:
        return None if self.nulls is None else _positions(self.nulls, rows)[0]

    def python(self, rows: np.ndarray) -> list[Any]:
        values = (self.values[rows] if self.at is None else self._dense(rows)).tolist()
        null = self.null(rows)
        if null is not None:
            for i in null.nonzero()[0].tolist():
                values[i] = None
        return values

    def matches(self, rows: np.ndarray, value: Any) -> np.ndarray | None:
        import numpy as np

        null = self.null(rows)
        if value is None:
            return null if null is not None else np.zeros(len(rows), dtype=bool)
        here = self._dense(rows)
        if isinstance(value, range):
            keep = (here >= value[0]) & (here <= value[-1]) if len(value) else np.zeros(len(rows), dtype=bool)
        elif isinstance(value, (list, tuple, set, frozenset)):
            keep = np.isin(here, list(value))
        else:
            keep = here == value
        return keep if null is None else keep & ~null


class _Text:
    """A text column as codes into a vocabulary (None last: the code of NULL is -1)."""

    def __init__(self, codes: np.ndarray, vocabulary: list[Any]) -> None:
        import numpy as np

        self.vocabulary = np.array([*vocabulary, None], dtype=object)
        self.codes = {v: i for i, v in enumerate(vocabulary)}
        self.values = codes.astype(np.int8 if len(vocabulary) < 127 else np.int16 if len(vocabulary) < 32767
                                   else np.int32)

    def take(self, rows: np.ndarray) -> np.ndarray:
        return self.vocabulary[self.values[rows]]

    def python(self, rows: np.ndarray) -> list[Any]:
        return self.vocabulary[self.values[rows]].tolist()

    def matches(self, rows: np.ndarray, value: Any) -> np.ndarray | None:
        import numpy as np

        here = self.values[rows]
        if value is None:
            return here == -1
        if isinstance(value, range):
            return None
        if isinstance(value, (list, tuple, set, frozenset)):
            return np.isin(here, [self.codes[v] for v in value if v in self.codes])
        return here == self.codes.get(value, -2)


class _Objects:
    """Any other column (dates) as Python objects."""

    def __init__(self, values: list[Any]) -> None:
        import numpy as np

        self.values = np.empty(len(values), dtype=object)
        self.values[:] = values

    def take(self, rows: np.ndarray) -> np.ndarray:
        return self.values[rows]

    def python(self, rows: np.ndarray) -> list[Any]:
        return self.values[rows].tolist()

    def matches(self, rows: np.ndarray, value: Any) -> np.ndarray | None:
        if value is None:
            import numpy as np

            return np.array([v is None for v in self.values[rows]], dtype=bool)
        return None


class _Key:
    """A key column: one label per run of rows (the table is sorted by its key)."""

    def __init__(self, starts: np.ndarray, labels: list[Any]) -> None:
        import numpy as np

        self.starts = starts
        self.labels = np.array([*labels], dtype=object)

    def take(self, rows: np.ndarray) -> np.ndarray:
        import numpy as np

        return self.labels[np.searchsorted(self.starts, rows.astype(self.starts.dtype, copy=False), side="right") - 1]

    def python(self, rows: np.ndarray) -> list[Any]:
        return self.take(rows).tolist()


def _column(data: pa.ChunkedArray, order: np.ndarray) -> _Numbers | _Text | _Objects:
    """One arrow column, rows in `order`, as a resident column."""
    import pyarrow as pa
    import pyarrow.compute as pc

    kind = data.type
    if pa.types.is_integer(kind) or pa.types.is_floating(kind) or pa.types.is_boolean(kind):
        nulls = data.is_null().to_numpy(zero_copy_only=False)[order] if data.null_count else None
        filled = data.fill_null(False if pa.types.is_boolean(kind) else 0) if data.null_count else data
        return _Numbers(filled.to_numpy()[order], nulls)
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        encoded = pc.dictionary_encode(data).combine_chunks()
        return _Text(encoded.indices.fill_null(-1).to_numpy()[order], encoded.dictionary.to_pylist())
    values = data.to_pylist()
    return _Objects([values[i] for i in order.tolist()])


class _Table:
    """A table's columns, sorted by key, with each key's run of rows."""

    def __init__(self, data: pa.Table, keys: tuple[str, ...]) -> None:
        import numpy as np
        import pyarrow.compute as pc

        self.keys = keys
        n = data.num_rows
        encoded = {k: pc.dictionary_encode(data.column(k)).combine_chunks() for k in keys}
        codes = [encoded[k].indices.fill_null(-1).to_numpy() for k in keys]
        order = np.lexsort(codes[::-1]) if n else np.zeros(0, dtype=np.int64)   # stable: store order within a key
        starts = np.zeros(0, dtype=np.int32)
        labels: list[list[Any]] = [[] for _ in keys]
        if n:
            ordered = [c[order] for c in codes]
            change = np.zeros(n, dtype=bool)
            change[0] = True
            for c in ordered:
                change[1:] |= c[1:] != c[:-1]
            starts = np.flatnonzero(change).astype(np.int32)
            labels = [np.array([*encoded[k].dictionary.to_pylist(), None], dtype=object)[c[starts]].tolist()
                      for k, c in zip(keys, ordered)]
        ends = np.append(starts[1:], n)
        self.groups = {key: (a, b) for key, a, b in zip(zip(*labels), starts.tolist(), ends.tolist())}
        self.columns: dict[str, Any] = {}
        for name in data.column_names:
            self.columns[name] = _Key(starts, labels[keys.index(name)]) if name in keys \
                else _column(data.column(name), order)

    def rows(self, where: dict[str, Any]) -> np.ndarray | None:
        """Positions of the rows matching `where`, or None if this table cannot answer it."""
        import numpy as np

        wanted = []
        for key in self.keys:
            value = where.get(key)
            if isinstance(value, (list, tuple)):
                wanted.append(list(dict.fromkeys(value)))
            elif isinstance(value, (str, int)) and not isinstance(value, bool):
                wanted.append([value])
            else:
                return None
        if any(c not in self.columns for c in where):
            return None
        spans = [self.groups[k] for k in itertools.product(*wanted) if k in self.groups]
        found = np.concatenate([np.arange(a, b, dtype=np.int32) for a, b in spans]) if spans \
            else np.zeros(0, dtype=np.int32)
        for column, value in where.items():
            if column in self.keys or not len(found):
                continue
            keep = self.columns[column].matches(found, value)
            if keep is None:
                return None
            found = found[keep]
        return found

    def nbytes(self) -> int:
        total = 0
        for column in self.columns.values():
            for part in ("values", "at", "nulls", "starts"):
                array = getattr(column, part, None)
                total += array.nbytes if array is not None and array.dtype != object else 0
        return total


def _return_freed_memory() -> None:
    """Hand the loading's freed temporaries back to the operating system (Arrow's allocator and
    glibc keep them otherwise)."""
    import ctypes
    import ctypes.util

    import pyarrow as pa

    pa.default_memory_pool().release_unused()
    try:
        ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):      # not glibc: nothing to do
        pass


class Resident:
    """Store tables held in memory, answering keyed reads (see the module docstring)."""

    def __init__(self, tables: dict[str, _Table], seconds: float) -> None:
        self.tables = tables
        self.seconds = seconds

    @classmethod
    def load_store(cls, path: str | Path) -> Resident:
        """`load` from the store file at `path`, read through a DuckDB instance of its own that is
        closed afterwards, so the blocks the reading brought into memory are freed with it (a
        connection to the store that stays open would keep them cached: 150 MB), and the loading's
        temporaries handed back to the operating system."""
        import duckdb

        con = duckdb.connect()
        try:
            con.execute("ATTACH ? AS store (READ_ONLY)", [str(path)])
            con.execute("USE store")
            return cls.load(con)
        finally:
            con.close()
            _return_freed_memory()

    @classmethod
    def load(cls, con: duckdb.DuckDBPyConnection, names: Iterable[str] | None = None) -> Resident:
        """Read the `RESIDENT_TABLES` the store holds (or `names` of them) into memory."""
        started = time.perf_counter()
        present = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables WHERE "
                                              "table_catalog = current_database() AND table_schema = 'main'"
                                              ).fetchall()}
        tables = {}
        for name in names if names is not None else RESIDENT_TABLES:
            if name not in present:
                continue
            keys, held = RESIDENT_TABLES[name]
            select = ", ".join(f'"{c}"' for c in held) if held else "*"
            tables[name] = _Table(con.sql(f'SELECT {select} FROM "{name}"').to_arrow_table(), keys)
        return cls(tables, time.perf_counter() - started)

    def nbytes(self) -> int:
        """Memory the NumPy buffers take (vocabularies and Python objects not counted)."""
        return sum(t.nbytes() for t in self.tables.values())

    def _find(self, name: str, columns: Sequence[str] | None,
              where: dict[str, Any]) -> tuple[_Table, list[str], np.ndarray] | None:
        table = self.tables.get(name)
        if table is None or (columns is None and RESIDENT_TABLES[name][1] is not None):
            return None
        names = list(columns) if columns else list(table.columns)
        if any(c not in table.columns for c in names):
            return None
        rows = table.rows(where)
        return None if rows is None else (table, names, rows)

    def records(self, name: str, columns: Sequence[str] | None,
                where: dict[str, Any]) -> tuple[list[str], list[tuple]] | None:
        """`Catalogue.records` from memory, or None if this read is not resident."""
        found = self._find(name, columns, where)
        if found is None:
            return None
        table, names, rows = found
        return names, list(zip(*(table.columns[c].python(rows) for c in names))) if len(rows) else []

    def arrays(self, name: str, columns: Sequence[str], where: dict[str, Any]) -> dict[str, Any] | None:
        """`Catalogue.arrays` from memory, or None if this read is not resident."""
        found = self._find(name, columns, where)
        if found is None:
            return None
        table, names, rows = found
        return {c: table.columns[c].take(rows) for c in names}

    def exists(self, name: str, where: dict[str, Any]) -> bool | None:
        """`Catalogue.exists` from memory, or None if this read is not resident."""
        table = self.tables.get(name)
        rows = table.rows(where) if table is not None else None
        return None if rows is None else bool(len(rows))
