"""A table as one list of Python values per column: what the profile's views are computed as, so a
dashboard request (`Columns.records`) needs no pandas frame; `Columns.frame` gives pandas for
the report, CSV and the library's callers."""
from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from itertools import repeat
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:   # NumPy and pandas load on first use: `latitude profile`'s default view needs neither
    import numpy as np
    import pandas as pd


NAN = float("nan")


def number(value: Any) -> float:
    """A figure as a float; missing (None, NaN, pd.NA) or not a number (text) as NaN."""
    try:
        return float(value)
    except (TypeError, ValueError):
        return NAN


@dataclass
class Columns:
    """Equal-length lists by column name, in column order. `dtypes` names the pandas dtype of a
    column whose type its values do not say (e.g. "Int64" for whole numbers with gaps)."""

    data: dict[str, list[Any]]
    dtypes: dict[str, str] = field(default_factory=dict)
    attrs: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def empty(cls, columns: Sequence[str], dtypes: Mapping[str, str] | None = None) -> Columns:
        return cls({c: [] for c in columns}, dict(dtypes or {}))

    def __getitem__(self, column: str) -> list[Any]:
        return self.data[column]

    def __len__(self) -> int:
        return len(next(iter(self.data.values()), []))

    @property
    def columns(self) -> list[str]:
        return list(self.data)

    def frame(self) -> pd.DataFrame:
        """The same table as a pandas frame (an empty table has object columns, typed ones excepted)."""
        import pandas as pd

        if not self.data:
            out = pd.DataFrame()
        elif not len(self):
            out = pd.DataFrame(columns=self.columns).astype(self.dtypes)
        else:
            out = pd.DataFrame({c: (pd.array(v, dtype=self.dtypes[c]) if c in self.dtypes else v)
                                for c, v in self.data.items()})
        out.attrs = dict(self.attrs)
        return out

    def records(self, columns: Sequence[str] | None = None) -> list[dict[str, Any]]:
        """Rows as JSON-ready dicts: missing values as None, floats to 8 decimal places, rounded
        as pandas' `to_json(double_precision=8)` rounds them (what the API has always sent)."""
        return records_of({"": (self, columns)})[""]

    def nbytes(self) -> int:
        """A rough size in bytes (what a cache budget counts)."""
        return sum(64 + 16 * len(v) for v in self.data.values())


def records_of(tables: Mapping[str, tuple[Columns, Sequence[str] | None]]) -> dict[str, list[dict[str, Any]]]:
    """`Columns.records` of several tables (each with the columns to show, None for all), their
    float columns rounded in one pass of `fixed_decimals` (a profile has dozens of short ones)."""
    import numpy as np

    plans: dict[str, tuple[list[str], list[Any]]] = {}
    floats: list[list[float]] = []
    for key, (table, columns) in tables.items():
        names = list(columns or table.data)
        cols: list[Any] = []
        for name in names:
            values = table.data[name]
            kinds = set(map(type, values))
            if kinds == {float}:
                cols.append(len(floats))                 # filled in from the one rounding pass below
                floats.append(values)
            elif kinds <= {str, int, bool}:
                cols.append(values)
            else:
                cols.append([json_value(v) for v in values])
        plans[key] = (names, cols)
    rounded = fixed_decimals(np.concatenate([np.asarray(v, dtype=float) for v in floats])) if floats else []
    starts = np.cumsum([0, *map(len, floats)]).tolist()
    out = {}
    for key, (names, cols) in plans.items():
        cols = [rounded[starts[c]:starts[c + 1]] if isinstance(c, int) else c for c in cols]
        out[key] = list(map(dict, map(zip, repeat(names), zip(*cols))))   # in C: twice a comprehension's speed
    return out


def json_value(value: Any) -> Any:
    """A value as the API's JSON carries it: NaN and None as None, floats to 8 decimal places
    (`fixed_decimals`), dates as pandas writes them, NumPy scalars as Python ones."""
    if value is None:
        return None
    if isinstance(value, float):
        import numpy as np

        return fixed_decimals(np.array([value]))[0]
    if isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, (list, tuple)):
        return [json_value(v) for v in value]
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat() + "T00:00:00.000"
    item = getattr(value, "item", None)   # NumPy scalars
    if item is not None:
        return json_value(item())
    return value


def fixed_decimals(values: np.ndarray, digits: int = 8) -> list[float | None]:
    """Each value rounded to `digits` decimal places the way pandas' JSON writer (ultrajson's fixed
    notation) rounds it: the fraction scaled by 10^digits, rounded half to odd-or-zero; values
    above 1e16 or below 1e-15 kept as they are; NaN and infinities as None."""
    import numpy as np

    scale = 10.0 ** digits
    magnitude = np.abs(values)
    with np.errstate(invalid="ignore"):
        whole = np.trunc(magnitude)
        scaled = (magnitude - whole) * scale
        frac = np.trunc(scaled)
        diff = scaled - frac
        up = (diff > 0.5) | ((diff == 0.5) & ((frac == 0) | (frac % 2 == 1)))
        frac = frac + up
        whole = np.where(frac >= scale, whole + 1, whole)
        frac = np.where(frac >= scale, 0.0, frac)
        out = (whole * scale + frac) / scale   # exact: the decimal's nearest double while whole·10^d < 2^53
        out = np.where(values < 0, -out, out)
    kept = (magnitude > 1e16) | ((magnitude != 0) & (magnitude < 1e-15))
    big = (whole * scale >= 2.0 ** 53) & ~kept
    result = out.tolist()
    for i in np.flatnonzero(kept | big | ~np.isfinite(values)):
        v = float(values[i])
        if not math.isfinite(v):
            result[i] = None
        elif kept[i]:
            result[i] = v
        else:
            text = f"{int(whole[i])}.{int(frac[i]):0{digits}d}"
            result[i] = -float(text) if v < 0 else float(text)
    return result
