"""Trends of each dimension's headline figure: first and last values, slope and change points."""
from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from latitude.profile.columns import Columns, number
from latitude.profile.indices import Table

if TYPE_CHECKING:
    import pandas as pd

TREND_COLUMNS = ["dimension", "pole", "first_year", "first", "last_year", "last", "slope_per_decade", "change_points"]


def change_points(values: Sequence[float], min_size: int = 3, penalty: float | None = None) -> list[int]:
    """Indices where the mean of a series shifts: the optimal partition under a least-squares cost
    plus a penalty per change (Jackson et al. 2005's optimal partitioning, which PELT speeds up;
    exact, O(n²) on series of a few hundred years).

    Missing values are skipped. Segments hold at least `min_size` values. The penalty defaults to
    2·s²·ln n, s² the variance of the series (a BIC-style choice: a steady linear trend splits
    about once, pure noise rarely); a constant series has no change point.
    """
    arr = np.asarray(values, dtype=float)
    idx = np.flatnonzero(~np.isnan(arr))
    signal = arr[idx]
    n = len(signal)
    if n < 2 * min_size or np.ptp(signal) == 0:
        return []
    pen = penalty if penalty is not None else 2 * float(np.var(signal)) * math.log(n)
    s1 = np.concatenate([[0.0], np.cumsum(signal)])
    s2 = np.concatenate([[0.0], np.cumsum(signal ** 2)])

    # cost[start, end]: squared deviations from the mean of the segment [start, end) (used where
    # end - start >= min_size)
    at = np.arange(n + 1)
    with np.errstate(divide="ignore", invalid="ignore"):
        cost = s2[None, :] - s2[:, None] - (s1[None, :] - s1[:, None]) ** 2 / (at[None, :] - at[:, None])
    best = np.full(n + 1, np.inf)
    best[0] = -pen
    last = np.zeros(n + 1, dtype=int)
    for end in range(min_size, n + 1):
        # a segment [start, end) of at least min_size values, after a first segment as long: start 0
        # or min_size..end - min_size (best is infinite at 1..min_size - 1, so those never win)
        total = best[:end - min_size + 1] + cost[:end - min_size + 1, end] + pen
        pick = int(np.argmin(total))  # the first of equal totals, as PELT keeps the earliest
        best[end], last[end] = total[pick], pick
    breaks, end = [], n
    while end > 0:
        end = int(last[end])
        if end:
            breaks.append(end)
    return sorted(int(idx[b]) for b in breaks)


def _ols_slope(x: np.ndarray, y: np.ndarray) -> float:
    """The least-squares slope of y on x: Σ(x − x̄)(y − ȳ) / Σ(x − x̄)²."""
    dx = x - x.mean()
    return float((dx * (y - y.mean())).sum() / (dx * dx).sum())


def trend_columns(head: Table) -> Columns:
    """Per dimension and pole (in the order they first appear): first and last observed value, OLS
    slope per decade, change-point years."""
    series: dict[tuple[Any, Any], list[tuple[int, float]]] = {}
    for dim, pole, year, value in zip(head["dimension"], head["pole"], head["year"], head["value"]):
        series.setdefault((dim, pole), []).append((int(year), number(value)))
    out: dict[str, list[Any]] = {c: [] for c in TREND_COLUMNS}
    for (dim, pole), points in series.items():
        points.sort(key=lambda p: p[0])
        years = np.array([y for y, _ in points], dtype=int)
        values = np.array([v for _, v in points], dtype=float)
        seen = ~np.isnan(values)
        ok_years, ok_values = years[seen], values[seen]
        n = len(ok_values)
        slope = _ols_slope(ok_years, ok_values) * 10 if n >= 3 and np.ptp(ok_values) > 0 \
            else (0.0 if n >= 3 else float("nan"))
        row = {"dimension": dim, "pole": pole,
               "first_year": int(ok_years[0]) if n else None, "first": float(ok_values[0]) if n else float("nan"),
               "last_year": int(ok_years[-1]) if n else None, "last": float(ok_values[-1]) if n else float("nan"),
               "slope_per_decade": slope, "change_points": [int(years[i]) for i in change_points(values)]}
        for column, value in row.items():
            out[column].append(value)
    return Columns(out, {"first_year": "Int64", "last_year": "Int64"})


def trends(head: Table) -> pd.DataFrame:
    """`trend_columns` as a frame."""
    return trend_columns(head).frame()
