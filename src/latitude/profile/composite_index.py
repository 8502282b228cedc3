"""The weighted composite, Lowy Asia Power Index style, honest about coverage.

Two indices on a 0-100 scale, per year:

- `closeness` (one per pole): Σ_d w_d · mm_d(x_pdy) / Σ_d w_d, where x is the dimension's headline
  figure and mm_d min-max normalises it over every pole-year it is given (`build_profile` gives
  it 1946 to the present whatever span is requested, so a year's value does not depend on the span);
- `autonomy` (pole "ALL"): Σ_d w_d · H_dy / Σ_d w_d, H the normalised entropy across the poles
  (with a single pole there is no spread to measure, and no autonomy row). A dimension in which
  the state has no tie to any pole that year (no pact with any, no arms from any) depends on none
  of them, so nothing is concentrated: it counts as H = 1 and the row says so (`untied_note`); the
  entropy view itself leaves that spread undefined.

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
from latitude.profile.columns import Columns, number
from latitude.profile.indices import Table, entropy_rows

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
    return _used(_dimension_codes(head["dimension"]), _floats(head["value"]), weights, spread)


def _dimension_codes(dims: Sequence[Any]) -> np.ndarray:
    """Each row's dimension as its position in the registry (-1 if not a registered dimension)."""
    at = {d: i for i, d in enumerate(DIMENSIONS)}
    return np.array([at.get(d, -1) for d in dims], dtype=np.int64)


def _used(codes: np.ndarray, values: np.ndarray, weights: Mapping[str, float], spread: bool) -> list[str]:
    out = []
    observed_rows = ~np.isnan(values)
    for i, dim in enumerate(DIMENSIONS):
        observed = values[(codes == i) & observed_rows]
        if weights.get(dim, 0.0) > 0 and len(observed) and (not spread or observed.max() > observed.min()):
            out.append(dim)
    return out


def _floats(values: Sequence[Any]) -> np.ndarray:
    """A column as floats, missing (None, NaN, pd.NA) as NaN."""
    try:
        return np.asarray(values, dtype=float)
    except (TypeError, ValueError):
        return np.asarray([number(v) for v in values], dtype=float)


def _index_rows(values: np.ndarray, w: np.ndarray) -> list[float]:
    """The weighted mean on 0-100 of each row, missing where any of its dimensions is."""
    return np.where(np.isnan(values).any(axis=1), np.nan, 100 * np.nansum(values * w, axis=1) / w.sum()).tolist()


def composite_columns(head: Table, poles: Sequence[str], weights: Mapping[str, float]) -> Columns:
    """The closeness and autonomy indices per year (see the module docstring), by index, pole and year.

    Columns: year, pole ("ALL" for autonomy), index, value (0-100, missing when not comparable),
    dimensions (those in the index), ages (dimension:years for values carried forward), flag
    ("" or "not comparable: ... not observed within ... years").
    """
    codes = _dimension_codes(head["dimension"])
    years = np.asarray(head["year"], dtype=np.int64)
    pole_of = list(head["pole"])
    carried, age = _floats(head["carried"]), _floats(head["age"])
    out: dict[str, list[Any]] = {c: [] for c in COMPOSITE_COLUMNS}

    def rows_of(dims: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """The rows of `dims`, and each one's position among them."""
        k_of = np.full(len(DIMENSIONS) + 1, -1, dtype=np.int64)     # the last entry: codes of -1
        k_of[[list(DIMENSIONS).index(d) for d in dims]] = np.arange(len(dims))
        rows = np.flatnonzero(k_of[codes] >= 0)
        return rows, k_of[codes[rows]]

    def add(key_years: list[int], key_poles: list[str], index: str, used: list[str], values: np.ndarray,
            ages: np.ndarray, notes: list[str] | None = None) -> None:
        """Append one index's rows (in the order wanted: pole, then year)."""
        w = np.array([weights[d] for d in used], dtype=float)
        n = len(key_years)
        out["year"] += key_years
        out["pole"] += key_poles
        out["index"] += [index] * n
        out["value"] += _index_rows(values, w) if n else []
        out["dimensions"] += [",".join(used)] * n
        aged = ages > 0
        old = [""] * n
        for i in np.flatnonzero(aged.any(axis=1)).tolist():     # the text only for rows with carried values
            old[i] = ",".join(f"{d}:{int(a)}" for d, a, o in zip(used, ages[i].tolist(), aged[i].tolist()) if o)
        out["ages"] += old
        gaps = np.isnan(values)
        flags = list(notes) if notes else [""] * n
        for i in np.flatnonzero(gaps.any(axis=1)).tolist():
            flags[i] = _not_comparable([d for d, g in zip(used, gaps[i].tolist()) if g])
        out["flag"] += flags

    figures = _floats(head["value"])
    used = _used(codes, figures, weights, spread=False)
    if used and len(poles) >= 2:   # autonomy: the entropy of the carried values across the poles, per year
        rows, k = rows_of(used)
        key_years, at_year = np.unique(years[rows], return_inverse=True)
        pole_at = {p: j for j, p in enumerate(poles)}
        at_pole = np.array([pole_at.get(pole_of[i], -1) for i in rows.tolist()], dtype=np.int64)
        cells = np.full((len(key_years), len(used), len(poles)), np.nan)
        seen = np.zeros((len(key_years), len(used)), dtype=bool)
        seen[at_year, k] = True
        known = at_pole >= 0
        cells[at_year[known], k[known], at_pole[known]] = carried[rows][known]
        untied = seen & (cells == 0).all(axis=2)
        spread_of = entropy_rows(cells.reshape(-1, len(poles)), len(poles)).reshape(len(key_years), len(used))
        entropy = np.where(untied, 1.0, np.where(seen, spread_of, np.nan))
        oldest = np.full((len(key_years), len(used)), np.nan)
        np.fmax.at(oldest, (at_year, k), age[rows])
        notes = [untied_note([d for d, u in zip(used, row) if u]) for row in untied.tolist()]
        add(key_years.tolist(), ["ALL"] * len(key_years), "autonomy", used, entropy, oldest, notes)
    close = _used(codes, figures, weights, spread=True)
    if close:   # closeness: min-max normalised carried values, per pole and year
        rows, k = rows_of(close)
        names = sorted({pole_of[i] for i in rows.tolist()})
        rank = {p: j for j, p in enumerate(names)}
        span = int(years.max()) + 1 if len(years) else 1           # keys in (pole, year) order, as shown
        code = np.array([rank[pole_of[i]] for i in rows.tolist()], dtype=np.int64) * span + years[rows]
        keys, at_key = np.unique(code, return_inverse=True)
        values = np.full((len(keys), len(close)), np.nan)
        ages = np.full((len(keys), len(close)), np.nan)
        values[at_key, k] = carried[rows]
        ages[at_key, k] = age[rows]
        observed = ~np.isnan(values)
        lo = np.where(observed, values, np.inf).min(axis=0)
        hi = np.where(observed, values, -np.inf).max(axis=0)
        flat = ~observed.any(axis=0) | (hi == lo)   # no range to normalise over: missing
        with np.errstate(invalid="ignore", divide="ignore"):
            values = np.where(flat, np.nan, (values - lo) / (hi - lo))
        add((keys % span).tolist(), [names[j] for j in (keys // span).tolist()], "closeness", close, values, ages)
    if not out["year"]:
        return Columns.empty(COMPOSITE_COLUMNS)
    return Columns(out)   # by index ("autonomy" before "closeness"), pole and year


def composite(head: Table, poles: Sequence[str], weights: Mapping[str, float]) -> pd.DataFrame:
    """`composite_columns` as a frame."""
    return composite_columns(head, poles, weights).frame()


def untied_note(dims: Sequence[str]) -> str:
    """The note on an autonomy value in which some dimensions had no tie to any pole ("" if none)."""
    return f"no tie to any pole in {', '.join(dims)}: counted as evenly spread (1)" if dims else ""


def _not_comparable(lacking: list[str]) -> str:
    return "not comparable: " + ", ".join(f"{d} not observed within {DIMENSIONS[d].max_age} years" for d in lacking)
