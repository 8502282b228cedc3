"""The weighted composite, Lowy Asia Power Index style, honest about coverage.

Two indices on a 0-100 scale, per year:

- `closeness` (one per pole): Σ_d w_d · mm_d(x_pdy) / Σ_d w_d, where x is the dimension's headline
  figure and mm_d min-max normalises it over every pole-year it is given (`build_profile` gives
  it 1946 to the present whatever span is requested, so a year's value does not depend on the span);
- `autonomy` (pole "ALL"): Σ_d w_d · H_dy / Σ_d w_d, H the normalised entropy across the poles.

The dimensions in the index are fixed for the whole profile: every dimension with a positive
weight and at least one observation. A year in which one of them is not observed uses its last
observed value, at most the dimension's `max_age` years old, and says so (`ages`); beyond that the
year is marked "not comparable" and has no value. So a dimension dropping out never moves the
index. Small samples count as not observed.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from latitude.measures.dimensions import DIMENSIONS
from latitude.profile.columns import Columns
from latitude.profile.indices import Table, entropy_columns, number

if TYPE_CHECKING:
    import pandas as pd

COMPOSITE_COLUMNS = ["year", "pole", "index", "value", "dimensions", "ages", "flag"]


def min_max(series: pd.Series) -> pd.Series:
    """(x − min) / (max − min) over the series; a constant series has no spread (NA)."""
    import pandas as pd

    lo, hi = series.min(), series.max()
    if pd.isna(lo) or hi == lo:
        return pd.Series(np.nan, index=series.index)
    return (series - lo) / (hi - lo)


def used_dimensions(head: Table, weights: Mapping[str, float], spread: bool = False) -> list[str]:
    """The dimensions in an index: positive weight and at least one observation (and, with `spread`,
    not the same value in every pole-year: min-max normalisation needs a range)."""
    dims = np.asarray(head["dimension"], dtype=object)
    try:
        values = np.asarray(head["value"], dtype=float)
    except (TypeError, ValueError):   # pd.NA, text
        values = np.asarray([number(v) for v in head["value"]], dtype=float)
    out = []
    for dim in DIMENSIONS:
        observed = values[(dims == dim) & ~np.isnan(values)]
        if weights.get(dim, 0.0) > 0 and len(observed) and (not spread or observed.max() > observed.min()):
            out.append(dim)
    return out


def _grid(head: Table, dims: list[str], column: str, keys: Sequence[str]) -> dict[tuple, dict[str, Any]]:
    """{key tuple: {dimension: value of `column`}} over the rows of `dims`."""
    cells: dict[tuple, dict[str, Any]] = {}
    wanted = set(dims)
    columns = [list(head[k]) for k in keys]
    for i, (dim, value) in enumerate(zip(head["dimension"], head[column])):
        if dim in wanted:
            key = tuple(int(c[i]) if k == "year" else c[i] for k, c in zip(keys, columns))
            cells.setdefault(key, {})[dim] = value
    return cells


def _index_rows(values: np.ndarray, w: np.ndarray) -> list[float]:
    """The weighted mean on 0-100 of each row, missing where any of its dimensions is."""
    return np.where(np.isnan(values).any(axis=1), np.nan, 100 * np.nansum(values * w, axis=1) / w.sum()).tolist()


def composite_columns(head: Table, poles: Sequence[str], weights: Mapping[str, float]) -> Columns:
    """The closeness and autonomy indices per year (see the module docstring), by index, pole and year.

    Columns: year, pole ("ALL" for autonomy), index, value (0-100, missing when not comparable),
    dimensions (those in the index), ages (dimension:years for values carried forward), flag
    ("" or "not comparable: ... not observed within ... years").
    """
    out: dict[str, list[Any]] = {c: [] for c in COMPOSITE_COLUMNS}

    def add(keys: list[tuple], pole_of, index: str, dims: list[str], values: np.ndarray, ages: list[list]) -> None:
        w = np.array([weights[d] for d in dims], dtype=float)
        out["year"] += [k[0] for k in keys]
        out["pole"] += [pole_of(k) for k in keys]
        out["index"] += [index] * len(keys)
        out["value"] += _index_rows(values, w) if len(keys) else []
        out["dimensions"] += [",".join(dims)] * len(keys)
        out["ages"] += [",".join(f"{d}:{a}" for d, a in zip(dims, row) if a is not None and a > 0) for row in ages]
        out["flag"] += [_not_comparable([d for d, v in zip(dims, row) if np.isnan(v)]) if np.isnan(row).any() else ""
                        for row in values]

    used = used_dimensions(head, weights)
    if used:   # autonomy: the entropy of the carried values across the poles
        ents = entropy_columns(head, poles, column="carried")
        by_year: dict[int, dict[str, float]] = {}
        for dim, year, entropy in zip(ents["dimension"], ents["year"], ents["entropy"]):
            if dim in used:
                by_year.setdefault(year, {})[dim] = entropy
        oldest: dict[tuple, dict[str, Any]] = {}
        for (year, dim), age in _max_ages(head, used).items():
            oldest.setdefault((year,), {})[dim] = age
        keys = [(y,) for y in sorted(by_year)]
        values = np.array([[by_year[y].get(d, np.nan) for d in used] for (y,) in keys], dtype=float)
        add(keys, lambda _: "ALL", "autonomy", used, values.reshape(len(keys), len(used)),
            [[oldest.get(k, {}).get(d) for d in used] for k in keys])
    close = used_dimensions(head, weights, spread=True)
    if close:   # closeness: min-max normalised carried values, per pole
        carried = _grid(head, close, "carried", ("year", "pole"))
        age = _grid(head, close, "age", ("year", "pole"))
        keys = sorted(carried)
        values = np.array([[number(carried[k].get(d)) for d in close] for k in keys], dtype=float)
        values = values.reshape(len(keys), len(close))
        for j in range(len(close)):
            column = values[:, j]
            seen = column[~np.isnan(column)]
            lo, hi = (seen.min(), seen.max()) if len(seen) else (np.nan, np.nan)
            values[:, j] = np.nan if np.isnan(lo) or hi == lo else (column - lo) / (hi - lo)
        add(keys, lambda k: k[1], "closeness", close, values,
            [[_whole(age[k].get(d)) for d in close] for k in keys])
    if not out["year"]:
        return Columns.empty(COMPOSITE_COLUMNS)
    order = sorted(range(len(out["year"])), key=lambda i: (out["index"][i], out["pole"][i], out["year"][i]))
    return Columns({c: [v[i] for i in order] for c, v in out.items()})


def _whole(value: Any) -> int | None:
    number_ = number(value)
    return None if number_ != number_ else int(number_)


def _max_ages(head: Table, dims: list[str]) -> dict[tuple[int, str], int | None]:
    """The oldest carried value's age per (year, dimension) across the poles (None if none)."""
    out: dict[tuple[int, str], int | None] = {}
    wanted = set(dims)
    for dim, year, age in zip(head["dimension"], head["year"], head["age"]):
        if dim in wanted:
            key, a = (int(year), dim), _whole(age)
            best = out.get(key)
            out[key] = a if best is None else (best if a is None else max(best, a))
    return out


def composite(head: Table, poles: Sequence[str], weights: Mapping[str, float]) -> pd.DataFrame:
    """`composite_columns` as a frame."""
    return composite_columns(head, poles, weights).frame()


def _not_comparable(lacking: list[str]) -> str:
    return "not comparable: " + ", ".join(f"{d} not observed within {DIMENSIONS[d].max_age} years" for d in lacking)
