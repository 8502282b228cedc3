"""Each dimension's headline figure across the poles, and how evenly the focal's ties are spread.

- `headline`: the dimension's headline measure per (year, pole), small samples left out, with the
  value carried forward from the last observed year (up to the dimension's `max_age`, age shown)
  for the composite, and each pole's share of the poles' total;
- `balance_index(a, b)` = 1 − |a − b| / (a + b) between two poles (1 even, 0 one-sided);
- `normalised_entropy` = Shannon entropy of the poles' shares / ln K (1 even across K poles, 0 one pole).

The profile computes them on lists (`headline_columns`, `balance_columns`, `entropy_columns`:
a dashboard request builds no pandas frame); `headline`, `balances` and `entropies` give frames.
"""
from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from latitude.measures.dimensions import DIMENSIONS
from latitude.profile.columns import NAN, Columns, number

if TYPE_CHECKING:
    import pandas as pd

HEADLINE_COLUMNS = ["dimension", "year", "pole", "value", "flag", "carried", "age", "share_of_poles", "source"]
BALANCE_COLUMNS = ["dimension", "year", "pole_a", "pole_b", "balance"]
ENTROPY_COLUMNS = ["dimension", "year", "entropy"]
Table = Mapping[str, Sequence[Any]]   # a frame, `Columns` or `figures.SpineData`: columns by name


def _present(value: Any) -> bool:
    return value is not None and not _is_na(value)


def _is_na(value: Any) -> bool:
    try:
        return bool(value != value)
    except TypeError:   # pd.NA
        return True


def balance_index(a: float, b: float) -> float:
    """1 − |a − b| / (a + b): 1 when two poles weigh the same, 0 when one has it all (NA if both 0)."""
    a, b = number(a), number(b)
    if math.isnan(a) or math.isnan(b) or a + b <= 0:
        return NAN
    return 1.0 - abs(a - b) / (a + b)


def normalised_entropy(values: Sequence[float]) -> float:
    """Shannon entropy of the shares v_i / Σv, divided by ln K (K poles); NA if any value is missing.

    1 means the weight is spread evenly over the K poles, 0 that it sits on one pole.
    """
    arr = np.asarray([number(v) for v in values], dtype=float)
    if len(arr) < 2 or np.isnan(arr).any() or arr.sum() <= 0 or (arr < 0).any():
        return NAN
    p = arr / arr.sum()
    nz = p[p > 0]
    return max(0.0, float(-(nz * np.log(nz)).sum() / math.log(len(arr))))


def entropy_rows(values: np.ndarray, k: int) -> np.ndarray:
    """`normalised_entropy` of each row of a (rows x k poles) matrix, at once."""
    total = values.sum(axis=1, keepdims=True)
    valid = (k >= 2) & ~np.isnan(values).any(axis=1) & (total[:, 0] > 0) & ~(values < 0).any(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = values / total
        terms = np.where(share > 0, share * np.log(np.where(share > 0, share, 1.0)), 0.0)
        entropy = np.maximum(0.0, -terms.sum(axis=1) / math.log(max(k, 2))) + 0.0   # + 0.0: no -0.0
    return np.where(valid, entropy, np.nan)


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


def headline_columns(spine: Table, include_small: bool = False) -> Columns:
    """Each dimension's headline figure per (year, pole): observed value (small samples left out
    unless `include_small`), its flag, the value carried forward with its age, and the pole's
    share of the poles' total that year (missing when any pole's value is). Rows by dimension
    (the registry's order), year, then pole (alphabetical), on the spine's full grid."""
    heads = {d.key: d.headline for d in DIMENSIONS.values()}
    rows: dict[str, list[int]] = {}
    for i, (dim, measure) in enumerate(zip(spine["dimension"], spine["measure"])):
        if heads.get(dim) == measure:
            rows.setdefault(dim, []).append(i)
    if not rows:
        return Columns.empty(HEADLINE_COLUMNS)
    year_of, pole_of, value_of, flag_of, source_of = (list(spine[c]) for c in ("year", "pole", "value", "flag",
                                                                               "source"))
    # every dimension on the spine's full grid of years and poles, so that gaps can be carried over
    years = np.asarray(sorted({int(y) for y in set(year_of)}), dtype=np.int64)
    poles = sorted(dict.fromkeys(pole_of))
    year_at = {int(y): i for i, y in enumerate(years)}
    pole_at = {p: i for i, p in enumerate(poles)}
    shape = (len(poles), len(years))
    out: dict[str, list[Any]] = {c: [] for c in HEADLINE_COLUMNS}
    for dim in [d for d in DIMENSIONS if d in rows]:
        picked = rows[dim]
        first_source = source_of[picked[0]]
        value = np.full(shape, np.nan)
        flag = np.full(shape, "", dtype=object)
        source = np.full(shape, first_source, dtype=object)
        at = ([pole_at[pole_of[i]] for i in picked], [year_at[int(year_of[i])] for i in picked])
        marks = [flag_of[i] if isinstance(flag_of[i], str) else "" for i in picked]
        value[at] = [NAN if (mark == "small sample" and not include_small) else
                     (v if type(v) is float else number(v)) for mark, v in zip(marks, (value_of[i] for i in picked))]
        flag[at] = _objects(marks)
        source[at] = _objects([s if type(s) is str or _present(s) else first_source
                               for s in (source_of[i] for i in picked)])
        carried, age = _carried(value, years, DIMENSIONS[dim].max_age)
        total = value.sum(axis=0)   # NaN when any pole's value is
        with np.errstate(divide="ignore", invalid="ignore"):
            share = np.where(total > 0, value / total, np.nan)
        n = value.size
        out["dimension"] += [dim] * n
        out["year"] += np.repeat(years, len(poles)).tolist()
        out["pole"] += poles * len(years)
        out["value"] += value.T.ravel().tolist()
        out["flag"] += flag.T.ravel().tolist()
        out["carried"] += carried.T.ravel().tolist()
        ages = age.T.ravel()
        gaps = np.isnan(ages)
        whole: list[int | None] = np.where(gaps, 0, np.round(ages)).astype(np.int64).tolist()
        for i in np.flatnonzero(gaps).tolist():
            whole[i] = None
        out["age"] += whole
        out["share_of_poles"] += share.T.ravel().tolist()
        out["source"] += source.T.ravel().tolist()
    return Columns(out, {"age": "Int64"})


def _objects(values: list[Any]) -> np.ndarray:
    """A list as a NumPy object array holding the same Python objects."""
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def headline(spine_frame: Table, include_small: bool = False) -> pd.DataFrame:
    """`headline_columns` as a frame."""
    return headline_columns(spine_frame, include_small).frame()


def _by_pole(head: Table, column: str) -> dict[tuple[Any, int], dict[str, float]]:
    """{(dimension, year): {pole: value of `column`}} of a headline table."""
    cells: dict[tuple[Any, int], dict[str, float]] = {}
    for dim, year, pole, value in zip(head["dimension"], head["year"], head["pole"], head[column]):
        cells.setdefault((dim, int(year)), {})[pole] = number(value)
    return cells


def balance_columns(head: Table, poles: Sequence[str]) -> Columns:
    """Balance index for every pair of poles, per dimension and year (observed values): pairs in the
    poles' order, then dimension and year ascending."""
    cells = _by_pole(head, "value")
    keys = [(d, y) for d in sorted({d for d, _ in cells}) for y in sorted({y for _, y in cells})]
    out: dict[str, list[Any]] = {c: [] for c in BALANCE_COLUMNS}
    for i, a in enumerate(poles):
        for b in poles[i + 1:]:
            for dim, year in keys:
                cell = cells.get((dim, year), {})
                out["dimension"].append(dim)
                out["year"].append(year)
                out["pole_a"].append(a)
                out["pole_b"].append(b)
                out["balance"].append(balance_index(cell.get(a, NAN), cell.get(b, NAN)))
    return Columns(out)


def balances(head: Table, poles: Sequence[str]) -> pd.DataFrame:
    """`balance_columns` as a frame."""
    return balance_columns(head, poles).frame()


def entropy_columns(head: Table, poles: Sequence[str], column: str = "value") -> Columns:
    """Normalised entropy of each dimension's headline figure (or `column`) across all poles, per
    dimension and year present, both ascending."""
    cells = _by_pole(head, column)
    keys = sorted(cells)
    if not keys:
        return Columns.empty(ENTROPY_COLUMNS)
    values = np.array([[cells[key].get(p, NAN) for p in poles] for key in keys], dtype=float).reshape(len(keys),
                                                                                                       len(poles))
    return Columns({"dimension": [d for d, _ in keys], "year": [y for _, y in keys],
                    "entropy": entropy_rows(values, len(poles)).tolist()})


def entropies(head: pd.DataFrame, poles: Sequence[str], column: str = "value") -> pd.DataFrame:
    """Normalised entropy of each dimension's headline figure across all poles, per year (a frame;
    reshaped with pandas, for frames of every state at once)."""
    import pandas as pd

    if head.empty:
        return pd.DataFrame(columns=ENTROPY_COLUMNS)
    wide = head.set_index(["dimension", "year", "pole"])[column].astype(float).unstack("pole")
    wide = wide.reindex(columns=list(poles))
    out = wide.index.to_frame(index=False)
    out["entropy"] = entropy_rows(wide.to_numpy(dtype=float), len(poles))
    return out.astype({"year": int})[ENTROPY_COLUMNS]
