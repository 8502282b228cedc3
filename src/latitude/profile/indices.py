"""Each dimension's headline figure across the poles, and how evenly the focal's ties are spread.

- `headline`: the dimension's headline measure per (year, pole), small samples left out, with the
  value carried forward from the last observed year (up to the dimension's `max_age`, age shown)
  for the composite, and each pole's share of the poles' total;
- `balance_index(a, b)` = 1 − |a − b| / (a + b) between two poles (1 even, 0 one-sided);
- `normalised_entropy` = Shannon entropy of the poles' shares / ln K (1 even across K poles, 0 one pole).
"""
from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pandas as pd

from latitude.measures.dimensions import DIMENSIONS

HEADLINE_COLUMNS = ["dimension", "year", "pole", "value", "flag", "carried", "age", "share_of_poles", "source"]


def balance_index(a: float, b: float) -> float:
    """1 − |a − b| / (a + b): 1 when two poles weigh the same, 0 when one has it all (NA if both 0)."""
    if a is None or b is None or pd.isna(a) or pd.isna(b) or a + b <= 0:
        return float("nan")
    return 1.0 - abs(a - b) / (a + b)


def normalised_entropy(values: Sequence[float]) -> float:
    """Shannon entropy of the shares v_i / Σv, divided by ln K (K poles); NA if any value is missing.

    1 means the weight is spread evenly over the K poles, 0 that it sits on one pole.
    """
    arr = np.asarray([np.nan if v is None else v for v in values], dtype=float)
    if len(arr) < 2 or np.isnan(arr).any() or arr.sum() <= 0 or (arr < 0).any():
        return float("nan")
    p = arr / arr.sum()
    nz = p[p > 0]
    return max(0.0, float(-(nz * np.log(nz)).sum() / math.log(len(arr))))


def carry_forward(frame: pd.DataFrame, max_age: int, keys: Sequence[str] = ("dimension", "pole")) -> pd.DataFrame:
    """Add `carried` (the value, else the last observed one at most `max_age` years earlier) and `age`
    (0 observed, k carried k years, NA when nothing observed recently enough) per group of `keys`,
    years ascending."""
    out = frame.sort_values([*keys, "year"]).copy()
    seen_year = out["year"].where(out["value"].notna())
    group = [out[k] for k in keys]
    last_year = seen_year.groupby(group).ffill()
    last_value = out["value"].groupby(group).ffill()
    age = out["year"] - last_year
    fresh = age <= max_age
    out["carried"] = last_value.where(fresh)
    out["age"] = age.where(fresh).astype("Int64")
    return out


def _carried(values: np.ndarray, years: np.ndarray, max_age: int) -> tuple[np.ndarray, np.ndarray]:
    """`carry_forward` on a (poles x years) matrix, years ascending: the value or the last observed one
    at most `max_age` years earlier, and its age (NaN where nothing was observed recently enough)."""
    seen = ~np.isnan(values)
    last = np.maximum.accumulate(np.where(seen, np.arange(values.shape[1]), -1), axis=1)
    age = np.where(last >= 0, years[None, :] - years[np.maximum(last, 0)], np.nan)
    fresh = age <= max_age
    carried = np.where(fresh, np.take_along_axis(values, np.maximum(last, 0), axis=1), np.nan)
    return carried, np.where(fresh, age, np.nan)


def headline(spine_frame: pd.DataFrame, include_small: bool = False) -> pd.DataFrame:
    """Each dimension's headline figure per (year, pole): observed value (small samples left out
    unless `include_small`), its flag, the value carried forward with its age, and the pole's
    share of the poles' total that year (missing when any pole's value is)."""
    heads = {d.key: d.headline for d in DIMENSIONS.values()}
    rows = spine_frame[spine_frame["measure"] == spine_frame["dimension"].map(heads)]
    if rows.empty:
        return pd.DataFrame(columns=HEADLINE_COLUMNS)
    # every dimension on the spine's full grid of years and poles, so that gaps can be carried over
    years = np.sort(spine_frame["year"].unique())
    poles = sorted(dict.fromkeys(spine_frame["pole"]))
    year_at = {int(y): i for i, y in enumerate(years)}
    pole_at = {p: i for i, p in enumerate(poles)}
    shape = (len(poles), len(years))
    parts = []
    for dim in [d for d in DIMENSIONS if d in set(rows["dimension"])]:
        g = rows[rows["dimension"] == dim]
        pi = np.fromiter((pole_at[p] for p in g["pole"]), dtype=np.int64, count=len(g))
        yi = np.fromiter((year_at[int(y)] for y in g["year"]), dtype=np.int64, count=len(g))
        value = np.full(shape, np.nan)
        given = g["value"].astype(float).to_numpy()
        if not include_small:
            given = np.where((g["flag"] == "small sample").to_numpy(), np.nan, given)
        value[pi, yi] = given
        flag = np.full(shape, "", dtype=object)
        flag[pi, yi] = g["flag"].fillna("").to_numpy()
        source = np.full(shape, g["source"].iloc[0], dtype=object)
        source[pi, yi] = g["source"].where(g["source"].notna(), g["source"].iloc[0]).to_numpy()
        carried, age = _carried(value, years, DIMENSIONS[dim].max_age)
        total = value.sum(axis=0)   # NaN when any pole's value is
        with np.errstate(divide="ignore", invalid="ignore"):
            share = np.where(total > 0, value / total, np.nan)
        parts.append(pd.DataFrame({
            "dimension": dim, "year": np.repeat(years, len(poles)),
            "pole": np.tile(np.asarray(poles, dtype=object), len(years)),
            "value": value.T.ravel(), "flag": flag.T.ravel(), "carried": carried.T.ravel(),
            "age": pd.array(age.T.ravel(), dtype="Float64").round().astype("Int64"),
            "share_of_poles": share.T.ravel(), "source": source.T.ravel()}))
    return pd.concat(parts, ignore_index=True)[HEADLINE_COLUMNS]


def balances(head: pd.DataFrame, poles: Sequence[str]) -> pd.DataFrame:
    """Balance index for every pair of poles, per dimension and year (observed values)."""
    out = []
    wide = head.pivot_table(index=["dimension", "year"], columns="pole", values="value", dropna=False)
    for i, a in enumerate(poles):
        for b in poles[i + 1:]:
            for (dim, year), row in wide.iterrows():
                out.append({"dimension": dim, "year": int(year), "pole_a": a, "pole_b": b,
                            "balance": balance_index(row.get(a, np.nan), row.get(b, np.nan))})
    return pd.DataFrame(out, columns=["dimension", "year", "pole_a", "pole_b", "balance"])


def entropies(head: pd.DataFrame, poles: Sequence[str], column: str = "value") -> pd.DataFrame:
    """Normalised entropy of each dimension's headline figure across all poles, per year."""
    if head.empty:
        return pd.DataFrame(columns=["dimension", "year", "entropy"])
    wide = head.set_index(["dimension", "year", "pole"])[column].astype(float).unstack("pole")
    wide = wide.reindex(columns=list(poles))
    values = wide.to_numpy(dtype=float)
    total = values.sum(axis=1, keepdims=True)
    valid = (len(poles) >= 2) & ~np.isnan(values).any(axis=1) & (total[:, 0] > 0) & ~(values < 0).any(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = values / total
        terms = np.where(share > 0, share * np.log(np.where(share > 0, share, 1.0)), 0.0)
        entropy = np.maximum(0.0, -terms.sum(axis=1) / math.log(max(len(poles), 2))) + 0.0   # + 0.0: no -0.0
    out = wide.index.to_frame(index=False)
    out["entropy"] = np.where(valid, entropy, np.nan)
    return out.astype({"year": int})[["dimension", "year", "entropy"]]
