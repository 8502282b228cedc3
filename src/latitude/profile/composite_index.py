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

import numpy as np
import pandas as pd

from latitude.measures.dimensions import DIMENSIONS
from latitude.profile.indices import entropies

COMPOSITE_COLUMNS = ["year", "pole", "index", "value", "dimensions", "ages", "flag"]


def min_max(series: pd.Series) -> pd.Series:
    """(x − min) / (max − min) over the series; a constant series has no spread (NA)."""
    lo, hi = series.min(), series.max()
    if pd.isna(lo) or hi == lo:
        return pd.Series(np.nan, index=series.index)
    return (series - lo) / (hi - lo)


def used_dimensions(head: pd.DataFrame, weights: Mapping[str, float], spread: bool = False) -> list[str]:
    """The dimensions in an index: positive weight and at least one observation (and, with `spread`,
    not the same value in every pole-year: min-max normalisation needs a range)."""
    out = []
    for dim in DIMENSIONS:
        values = head.loc[head["dimension"] == dim, "value"].dropna()
        if weights.get(dim, 0.0) > 0 and len(values) and (not spread or values.max() > values.min()):
            out.append(dim)
    return out


def composite(head: pd.DataFrame, poles: Sequence[str], weights: Mapping[str, float]) -> pd.DataFrame:
    """The closeness and autonomy indices per year (see the module docstring).

    Columns: year, pole ("ALL" for autonomy), index, value (0-100, missing when not comparable),
    dimensions (those in the index), ages (dimension:years for values carried forward), flag
    ("" or "not comparable: ... not observed within ... years").
    """
    parts = []
    close = used_dimensions(head, weights, spread=True)
    if close:
        data = head[head["dimension"].isin(close)].copy()
        data["norm"] = data.groupby("dimension")["carried"].transform(min_max)
        norm = data.set_index(["year", "pole", "dimension"])["norm"].unstack("dimension").reindex(columns=close)
        age = data.set_index(["year", "pole", "dimension"])["age"].unstack("dimension").reindex(columns=close)
        w = np.array([weights[d] for d in close], dtype=float)
        values = norm.to_numpy(dtype=float)
        frame = norm.index.to_frame(index=False)
        frame["value"] = np.where(np.isnan(values).any(axis=1), np.nan, 100 * np.nansum(values * w, axis=1) / w.sum())
        frame["index"], frame["dimensions"] = "closeness", ",".join(close)
        frame["ages"] = _age_labels(age)
        frame["flag"] = _flags(norm, close)
        parts.append(frame)
    used = used_dimensions(head, weights)
    if used:
        data = head[head["dimension"].isin(used)]
        ents = entropies(data, poles, column="carried")
        wide = ents.set_index(["year", "dimension"])["entropy"].unstack("dimension").reindex(columns=used)
        age = data.groupby(["year", "dimension"])["age"].max().unstack("dimension").reindex(columns=used)
        w = np.array([weights[d] for d in used], dtype=float)
        values = wide.to_numpy(dtype=float)
        frame = wide.index.to_frame(index=False)
        frame["pole"], frame["index"], frame["dimensions"] = "ALL", "autonomy", ",".join(used)
        frame["value"] = np.where(np.isnan(values).any(axis=1), np.nan, 100 * np.nansum(values * w, axis=1) / w.sum())
        frame["ages"] = _age_labels(age.reindex(wide.index))
        frame["flag"] = _flags(wide, used)
        parts.append(frame)
    if not parts:
        return pd.DataFrame(columns=COMPOSITE_COLUMNS)
    out = pd.concat(parts, ignore_index=True).astype({"year": int})
    return out[COMPOSITE_COLUMNS].sort_values(["index", "pole", "year"]).reset_index(drop=True)


def _age_labels(age: pd.DataFrame) -> list[str]:
    """'alliance:4,un:1' per row: the dimensions whose value is carried forward, and how far."""
    labels = []
    for row in age.itertuples(index=False):
        labels.append(",".join(f"{d}:{int(a)}" for d, a in zip(age.columns, row) if pd.notna(a) and a > 0))
    return labels


def _flags(values: pd.DataFrame, dims: list[str]) -> list[str]:
    return [_not_comparable([d for d, v in zip(dims, row) if pd.isna(v)]) if any(pd.isna(v) for v in row) else ""
            for row in values.itertuples(index=False)]


def _not_comparable(lacking: list[str]) -> str:
    return "not comparable: " + ", ".join(f"{d} not observed within {DIMENSIONS[d].max_age} years" for d in lacking)
