"""UN General Assembly ideal points: item-response models of roll-call votes fitted by EM.

Two estimators, both after Imai, Lo & Olmsted (2016, APSR, "Fast estimation of ideal points
with massive data"):

- `static_idealpoints`: binary probit (yes vs no), one position per country over a window.
- `dynamic_idealpoints`: ordinal probit (no < abstain < yes, per-vote cutpoints), one position per
  country and year. Years are bridged by a Martin-Quinn random walk on each country's position
  (a Kalman filter + RTS smoother inside EM) and by resolutions repeated in identical form
  across sessions, which share one item (Bailey, Strezhnev & Voeten 2017, JCR).

Votes are coded 1 yes, 2 abstain, 3 no, 0 (or NaN) missing; rows are countries, columns votes.
Signs are fixed so the anchor country (the United States by default) is positive.
Formulas and figures: docs/idealpoints.md.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Literal

import numpy as np
import pandas as pd

from latitude.catalogue import Catalogue, CatalogueLike, catalogue
from latitude.errors import LatitudeError
from latitude.measures import _irt
from latitude.years import within, year_range

YES, ABSTAIN, NO = 1, 2, 3
_VOTE_WORDS = {"yes": YES, "abstain": ABSTAIN, "no": NO}
SeMethod = Literal["posterior", "bootstrap"]
_BLOCK = 32768    # votes (matrix cells) per block of the EM passes: a block's temporaries stay in the CPU cache


# --------------------------------------------------------------------------- vote matrices

@dataclass(frozen=True)
class VoteMatrix:
    """Countries x roll calls, with each vote's year and item (shared by repeated resolutions).

    `votes` holds codes 1 yes, 2 abstain, 3 no, 0 missing. Votes with the same `items` value
    share item parameters in the dynamic model (repeated resolutions); by default every vote is
    its own item.
    """

    votes: np.ndarray
    countries: np.ndarray
    rcids: np.ndarray
    years: np.ndarray
    items: np.ndarray

    @classmethod
    def from_array(
        cls,
        votes: np.ndarray,
        countries: list[str] | np.ndarray | None = None,
        years: list[int] | np.ndarray | None = None,
        items: list[int] | np.ndarray | None = None,
        rcids: list[int] | np.ndarray | None = None,
    ) -> VoteMatrix:
        """Wrap an array of vote codes (NaN counts as missing) with optional labels."""
        arr = np.asarray(votes, dtype=float)
        if arr.ndim != 2:
            raise LatitudeError(f"vote array must be 2-D (countries x votes), got shape {arr.shape}")
        arr = np.where(np.isnan(arr), 0, arr)
        bad = ~np.isin(arr, (0, YES, ABSTAIN, NO))
        if bad.any():
            raise LatitudeError(f"vote codes must be 1 yes, 2 abstain, 3 no, 0/NaN missing; found {np.unique(arr[bad])[:5]}")
        n, J = arr.shape
        countries = np.asarray(countries if countries is not None else [f"C{i}" for i in range(n)], dtype=object)
        years = np.asarray(years if years is not None else np.zeros(J, int), dtype=int)
        items = np.asarray(items if items is not None else np.arange(J), dtype=int)
        rcids = np.asarray(rcids if rcids is not None else np.arange(J), dtype=int)
        if len(countries) != n or len(years) != J or len(items) != J or len(rcids) != J:
            raise LatitudeError("labels do not match the vote array: need one country per row and one year/item/rcid per column")
        return cls(arr.astype(np.int8), countries, rcids, years, items)

    @property
    def shape(self) -> tuple[int, int]:
        return self.votes.shape

    @property
    def n_items(self) -> int:
        return int(np.unique(self.items).size)


def normalise_text(text: pd.Series) -> pd.Series:
    """Upper-case, punctuation and runs of whitespace collapsed: the key for repeated resolutions."""
    return (text.fillna("").astype(str).str.upper()
            .str.replace(r"[^A-Z0-9]+", " ", regex=True).str.strip())


def repeated_items(keys: pd.Series, periods: pd.Series, min_length: int = 20) -> np.ndarray:
    """Item index per vote: votes whose text key recurs in different periods share one item.

    A key shorter than `min_length` characters is too generic to bridge. A key that occurs
    more than once within one period is ambiguous there, so those votes keep their own items.
    """
    frame = pd.DataFrame({"key": keys.to_numpy(), "period": periods.to_numpy()})
    per_period = frame.groupby(["key", "period"])["key"].transform("size")
    n_periods = frame[per_period == 1].groupby("key")["period"].transform("nunique")
    bridge = pd.Series(False, index=frame.index)
    bridge.loc[n_periods.index] = n_periods > 1
    bridge &= frame["key"].str.len() >= min_length
    item = np.arange(len(frame))
    if bridge.any():
        codes = pd.factorize(frame.loc[bridge, "key"])[0]
        item[bridge.to_numpy()] = len(frame) + codes
    return pd.factorize(item)[0]


def vote_matrix(frame: pd.DataFrame, bridge: bool = True, min_text: int = 20,
                calls: pd.DataFrame | None = None) -> VoteMatrix:
    """Build a `VoteMatrix` from long rows `rcid, year, iso3, vote` (+ `descr`, `session`).

    `vote` is 1/2/3 or yes/abstain/no. With `bridge` and a `descr` column, resolutions whose
    normalised description recurs in different sessions (or years, without `session`) share an item.
    `calls` (one row per roll call: `rcid`, `descr`, optional `session`) supplies those columns
    instead of repeating them on every vote row.
    """
    calls_given = calls
    missing = {"rcid", "year", "iso3", "vote"} - set(frame.columns)
    if missing:
        raise LatitudeError(f"vote table lacks column(s) {sorted(missing)}; need rcid, year, iso3, vote")
    votes = frame["vote"]
    if votes.dtype == object or isinstance(votes.dtype, pd.CategoricalDtype) or pd.api.types.is_string_dtype(votes):
        codes = votes.astype(str).str.lower().map(_VOTE_WORDS)
    else:
        codes = pd.to_numeric(votes, errors="coerce")
    keep = codes.isin((YES, ABSTAIN, NO)) & frame["iso3"].notna()
    needed = [c for c in ("rcid", "year", "iso3", "descr", "session") if c in frame.columns]
    df = (frame[needed] if keep.all() else frame.loc[keep, needed]).assign(vote=codes[keep].to_numpy(int))
    if df.empty:
        raise LatitudeError("no yes/abstain/no votes in the vote table")
    calls = df.drop_duplicates("rcid")
    years_per_call = df.groupby("rcid")["year"].nunique()
    if (years_per_call > 1).any():
        raise LatitudeError(f"roll call {int(years_per_call.idxmax())} has more than one year; fix the vote table")
    calls = calls.sort_values(["year", "rcid"]).reset_index(drop=True)
    if calls_given is not None:
        texts = calls_given.drop_duplicates("rcid").set_index("rcid")
        calls = calls.drop(columns=[c for c in ("descr", "session") if c in texts], errors="ignore")
        calls = calls.join(texts[[c for c in ("descr", "session") if c in texts]], on="rcid")
    iso3 = df["iso3"].astype(str)
    countries = np.array(sorted(iso3.unique()), dtype=object)
    row = pd.Index(countries).get_indexer(iso3)
    col = pd.Index(calls["rcid"]).get_indexer(df["rcid"])
    matrix = np.zeros((len(countries), len(calls)), dtype=np.int8)
    matrix[row, col] = df["vote"].to_numpy(np.int8)
    if bridge and "descr" in calls:
        period = calls["session"] if "session" in calls and calls["session"].notna().all() else calls["year"]
        items = repeated_items(normalise_text(calls["descr"]), period, min_text)
    else:
        items = np.arange(len(calls))
    return VoteMatrix(matrix, countries, calls["rcid"].to_numpy(int), calls["year"].to_numpy(int), items)


def _as_matrix(votes: VoteMatrix | np.ndarray) -> VoteMatrix:
    return votes if isinstance(votes, VoteMatrix) else VoteMatrix.from_array(votes)


# --------------------------------------------------------------------------- progress display

@contextmanager
def _progress(show: bool, description: str, total: int | None) -> Iterator:
    """A rich progress bar on stderr (or a no-op) advanced by `step(n, info)`; total None = open-ended."""
    if not show:
        yield lambda *a, **k: None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    columns = [TextColumn("[bold]{task.description}"), BarColumn(),
               MofNCompleteColumn() if total else TextColumn("{task.completed} EM steps"),
               TextColumn("{task.fields[info]}"), TimeElapsedColumn()]
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(description, total=total, info="")

        def step(advance: int = 1, info: str = "") -> None:
            bar.update(task, advance=advance, info=info)

        yield step


# --------------------------------------------------------------------------- static binary EM

@dataclass
class StaticResult:
    """One ideal point per country; `se` by the method named in `se_method`."""

    countries: np.ndarray
    idealpoint: np.ndarray
    se: np.ndarray
    alpha: np.ndarray
    beta: np.ndarray
    rcids: np.ndarray
    iterations: int
    converged: bool
    se_method: str
    bootstrap: np.ndarray | None = field(default=None, repr=False)

    def to_frame(self) -> pd.DataFrame:
        return pd.DataFrame({"iso3": self.countries, "idealpoint": self.idealpoint, "se": self.se})


def _binary_outcomes(votes: np.ndarray, abstain: str) -> np.ndarray:
    """1 yes, 0 no, NaN missing; abstentions missing or counted as no."""
    y = np.full(votes.shape, np.nan)
    y[votes == YES] = 1.0
    y[votes == NO] = 0.0
    if abstain == "no":
        y[votes == ABSTAIN] = 0.0
    elif abstain != "missing":
        raise LatitudeError(f"abstain must be 'missing' or 'no', got {abstain!r}")
    return y


def _informative(y: np.ndarray, min_minority: float) -> np.ndarray:
    """Columns with both outcomes and a minority share of at least `min_minority`."""
    obs = ~np.isnan(y)
    n = obs.sum(0)
    yes = np.nansum(y, 0)
    minority = np.minimum(yes, n - yes) / np.maximum(n, 1)
    return (minority > 0) & (minority >= min_minority)


def _leading_component(centered: np.ndarray) -> np.ndarray:
    """Standardised leading eigenvector of the countries' Gram matrix: the start values of the EM."""
    _, vectors = np.linalg.eigh(centered @ centered.T)
    x = vectors[:, -1]
    return (x - x.mean()) / (x.std() or 1.0)


def _static_map(y: np.ndarray, prior_var: float, item_prior_var: float, dtype: type):
    """The binary EM map theta -> F(theta), theta = (x, alpha, beta), on a dense matrix (NaN missing).

    The matrix work (E-step and the normal equations' sums) runs in `dtype`, by blocks of rows so a
    block's temporaries stay in the CPU cache; the 2x2 solves and the parameters stay float64.
    """
    mask = ~np.isnan(y)
    maskf = mask.astype(dtype)
    sign = np.where(y == 1, 1.0, -1.0).astype(dtype)
    n_j = mask.sum(0).astype(float)
    p_item = 1.0 / item_prior_var
    p_x = 1.0 / prior_var
    n, J = y.shape
    rows = max(1, _BLOCK // max(J, 1))
    ystar = np.empty((n, J), dtype)

    def update(theta: np.ndarray) -> np.ndarray:
        x, alpha, beta = theta[:n].astype(dtype), theta[n:n + J].astype(dtype), theta[n + J:].astype(dtype)
        for r0 in range(0, n, rows):
            block = slice(r0, r0 + rows)
            m = x[block, None] * beta[None, :]
            m += alpha[None, :]
            shift = _irt.mills_ratio(-sign[block] * m)        # E[y*] - m: truncated to y* > 0 (yes) or < 0 (no)
            shift *= sign[block]
            m += shift
            np.multiply(m, maskf[block], out=ystar[block])
        resid = ystar - alpha[None, :] * maskf
        x = (resid @ beta).astype(float) / (p_x + (maskf @ (beta * beta)).astype(float))
        x = (x - x.mean()) / x.std()                             # fix location and scale (PX step)
        xd = x.astype(dtype)
        alpha, beta = _irt.solve_items(n_j, (xd @ maskf).astype(float), ((xd * xd) @ maskf).astype(float),
                                       ystar.sum(0, dtype=float), (xd @ ystar).astype(float), p_item)
        return np.concatenate([x, alpha, beta])

    return update


def _static_em(y: np.ndarray, x: np.ndarray, alpha: np.ndarray, beta: np.ndarray, prior_var: float,
               item_prior_var: float, tol: float, max_iter: int, step) -> tuple:
    """Imai-Lo-Olmsted binary EM on a dense matrix (NaN missing), SQUAREM-accelerated: to
    convergence in float32, then on in float64 until the same criterion holds.

    Returns x, alpha, beta, EM steps taken and whether it converged.
    """
    n = y.shape[0]
    theta = np.concatenate([x, alpha, beta])
    theta, iters, _ = _irt.squarem(_static_map(y, prior_var, item_prior_var, np.float32), theta, tol, max_iter,
                                   step, watch=slice(0, n))
    theta, more, converged = _irt.squarem(_static_map(y, prior_var, item_prior_var, np.float64), theta, tol,
                                          max(max_iter - iters, 1), step, watch=slice(0, n))
    J = (theta.size - n) // 2
    return theta[:n], theta[n:n + J], theta[n + J:], iters + more, converged


def _static_start(y: np.ndarray, item_prior_var: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    mask = ~np.isnan(y)
    col_mean = np.nanmean(y, 0)
    x = _leading_component(np.where(mask, y - col_mean, 0.0))
    maskf = mask.astype(float)
    target = np.where(mask, 2.0 * y - 1.0, 0.0)
    alpha, beta = _irt.solve_items(maskf.sum(0), x @ maskf, (x * x) @ maskf, target.sum(0), x @ target,
                                   1.0 / item_prior_var)
    return x, alpha, beta


def _orient(x: np.ndarray, countries: np.ndarray, anchor: str | None) -> float:
    """+1 or -1 so that the anchor's (mean) position is positive; +1 if the anchor is absent."""
    if anchor is None or anchor not in set(countries):
        return 1.0
    value = np.nanmean(x[list(countries).index(anchor)])
    return -1.0 if value < 0 else 1.0


def static_idealpoints(
    votes: VoteMatrix | np.ndarray,
    *,
    abstain: str = "missing",
    min_minority: float = 0.0,
    prior_var: float = 1.0,
    item_prior_var: float = 25.0,
    anchor: str | None = "USA",
    se: SeMethod = "posterior",
    n_boot: int = 50,
    seed: int = 0,
    tol: float = 1e-4,
    max_iter: int = 5000,
    progress: bool = False,
) -> StaticResult:
    """Static binary probit ideal points by EM (Imai, Lo & Olmsted 2016).

    yes = 1, no = 0, abstentions missing (or no, with `abstain="no"`). Votes whose minority
    share is below `min_minority` are dropped, as are countries left without votes. Positions
    are standardised to mean 0, sd 1 at every EM step (as `pscl::ideal(normalize=TRUE)`), which
    identifies location and scale; the sign makes `anchor` positive.
    `se="posterior"` gives the conditional posterior sd of x_i given the item parameters,
    `(1/prior_var + sum_j beta_j^2)^-1/2`; `se="bootstrap"` the sd over `n_boot` parametric
    bootstrap replicates (votes simulated from the fit, EM rerun from the estimates).
    """
    vm = _as_matrix(votes)
    y = _binary_outcomes(vm.votes, abstain)
    cols = _informative(y, min_minority)
    y = y[:, cols]
    rows = (~np.isnan(y)).any(1)
    y = y[rows]
    countries = vm.countries[rows]
    if y.shape[0] < 3 or y.shape[1] < 2:
        raise LatitudeError(f"too few informative votes ({y.shape[1]}) or countries ({y.shape[0]}) for ideal points")
    x0, a0, b0 = _static_start(y, item_prior_var)
    with _progress(progress, "static EM", None) as step:
        x, alpha, beta, iters, converged = _static_em(y, x0, a0, b0, prior_var, item_prior_var, tol, max_iter, step)
    flip = _orient(x, countries, anchor)
    x, beta = flip * x, flip * beta
    draws = None
    if se == "bootstrap":
        rng = np.random.default_rng(seed)
        mask = ~np.isnan(y)
        draws = np.empty((n_boot, x.size))
        with _progress(progress, "bootstrap", n_boot) as step:
            for b in range(n_boot):
                latent = alpha[None, :] + x[:, None] * beta[None, :] + rng.standard_normal(y.shape)
                yb = np.where(mask, (latent > 0).astype(float), np.nan)
                draws[b] = _static_em(yb, x, alpha, beta, prior_var, item_prior_var, tol, max_iter,
                                      lambda *a, **k: None)[0]
                step(1)
        sd = draws.std(0, ddof=1)
    elif se == "posterior":
        sd = 1.0 / np.sqrt(1.0 / prior_var + (~np.isnan(y)) @ (beta * beta))
    else:
        raise LatitudeError(f"se must be 'posterior' or 'bootstrap', got {se!r}")
    return StaticResult(countries, x, sd, alpha, beta, vm.rcids[cols], iters, converged, se, draws)


# --------------------------------------------------------------------------- dynamic ordinal EM

@dataclass
class DynamicResult:
    """Country-year ideal points (NaN where a country cast no vote that year)."""

    countries: np.ndarray
    years: np.ndarray
    idealpoint: np.ndarray
    se: np.ndarray
    item_a: np.ndarray
    item_b: np.ndarray
    item_sd: np.ndarray
    iterations: int
    converged: bool
    se_method: str
    bootstrap: np.ndarray | None = field(default=None, repr=False)

    def to_frame(self) -> pd.DataFrame:
        """Long table iso3, year, idealpoint, se over the country-years with votes."""
        n, T = self.idealpoint.shape
        frame = pd.DataFrame({
            "iso3": np.repeat(self.countries, T),
            "year": np.tile(self.years, n),
            "idealpoint": self.idealpoint.ravel(),
            "se": self.se.ravel(),
        })
        return frame[frame["idealpoint"].notna()].reset_index(drop=True)


_UPPER, _LOWER, _BAND = 0, 1, 2     # z >= cut (yes / upper of two), z < 0 (no / lower of two), 0 <= z < 1 (abstain)


@dataclass
class _Design:
    """Observed votes of the dynamic model as flat arrays, sorted by kind, item and cell.

    Votes of one kind and one item form a run, so item parameters reach the votes by `np.repeat`
    and item sums leave them by `np.add.reduceat` (no scattered gathers on the item side). Runs
    are grouped into cache-sized blocks of one kind, the unit of the E- and M-step passes.
    Sums that pair country-years with items (sum over a country-year's votes of an item quantity,
    sum over an item's votes of a country-year quantity) are one matrix-vector product per year
    with the dense country x (year, item) vote counts.
    """

    n: int
    T: int
    country: np.ndarray
    cell: np.ndarray          # country * T + year index
    item: np.ndarray
    level: np.ndarray         # 1 no, 2 abstain, 3 yes (ordered)
    kind: np.ndarray          # _UPPER, _LOWER or _BAND
    ordinal: np.ndarray       # per item: three categories (free variance) vs two (variance 1)
    first: np.ndarray         # first year index with votes, per country
    seen: np.ndarray          # (n, T) country voted that year
    n_item: np.ndarray
    run_item: np.ndarray      # per run: its item, first vote, number of votes, finite cut (upper runs: 1 or 0)
    run_start: np.ndarray
    run_len: np.ndarray
    run_cut: np.ndarray
    run_sign: np.ndarray      # +1 upper and band runs, -1 lower runs
    blocks: list[tuple[int, int, int, int, int]]    # (kind, first vote, end vote, first run, end run)
    counts: np.ndarray        # (n, pairs) votes of each country on each (year, item) pair, pairs by year ...
    pair_item: np.ndarray     # ... the pairs' items ...
    year_pairs: list[tuple[int, int, int]]     # ... and (year index, first pair, end pair) of each year


def _build_design(n: int, T: int, country: np.ndarray, t: np.ndarray, item: np.ndarray, level: np.ndarray,
                  kind: np.ndarray, ordinal: np.ndarray) -> _Design:
    """Sort the votes into runs and blocks; the bookkeeping every EM step reuses."""
    K = ordinal.size
    cell = country * T + t
    order = np.lexsort((cell, item, kind))
    country, cell, item, level, kind = (v[order] for v in (country, cell, item, level, kind))
    N = cell.size
    key = kind.astype(np.int64) * K + item
    run_start = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    R = run_start.size
    run_item, run_kind = item[run_start], kind[run_start]
    run_len = np.diff(np.r_[run_start, N])
    cuts = np.unique(np.r_[np.searchsorted(run_start, np.arange(0, N, _BLOCK)), np.flatnonzero(np.diff(run_kind)) + 1, R])
    ends = np.r_[run_start, N]
    blocks = [(int(run_kind[r0]), int(ends[r0]), int(ends[r1]), int(r0), int(r1)) for r0, r1 in pairwise(cuts)]
    first = np.full(n, T, dtype=int)
    np.minimum.at(first, country, t[order])
    seen = np.zeros(n * T, bool)
    seen[cell] = True
    pair_key, pair = np.unique((cell % T) * K + item, return_inverse=True)   # (year, item) pairs, by year
    P = pair_key.size
    counts = np.zeros((n, P))
    np.add.at(counts, (country, pair), 1.0)
    pair_year = pair_key // K
    year_start = np.flatnonzero(np.r_[True, np.diff(pair_year) != 0])
    return _Design(
        n, T, country, cell, item, level, kind, ordinal, first, seen.reshape(n, T),
        np.bincount(item, minlength=K).astype(float), run_item, run_start, run_len,
        np.where(run_kind == _UPPER, ordinal[run_item].astype(float), 0.0),
        np.where(run_kind == _LOWER, -1.0, 1.0), blocks, counts, pair_key % K,
        [(int(y), int(p0), int(p1)) for y, p0, p1 in zip(pair_year[year_start], year_start, np.r_[year_start[1:], P])])


def _vote_kind(level: np.ndarray, ordinal: np.ndarray, low: np.ndarray) -> np.ndarray:
    """Kind of each vote: three-category items by level; two-category items by whether it is the lower one."""
    return np.where(ordinal, np.select([level == 1, level == 2], [_LOWER, _BAND], _UPPER),
                    np.where(low, _LOWER, _UPPER)).astype(np.int8)


def _dynamic_design(vm: VoteMatrix, min_minority: float) -> tuple[_Design, np.ndarray, np.ndarray]:
    """Observed cells, items with at least two categories, each vote's category interval (its kind)."""
    years = np.unique(vm.years)
    t_of_vote = np.searchsorted(years, vm.years)
    row, col = np.nonzero(vm.votes)
    level = (4 - vm.votes[row, col]).astype(np.int8)              # no 1 < abstain 2 < yes 3
    item = pd.factorize(vm.items)[0][col]
    K = item.max() + 1
    counts = np.zeros((K, 4), dtype=np.int64)
    np.add.at(counts, (item, level), 1)
    n_k = counts.sum(1)
    n_cats = (counts[:, 1:] > 0).sum(1)
    minority = 1.0 - counts[:, 1:].max(1) / np.maximum(n_k, 1)
    keep_item = (n_cats >= 2) & (minority >= min_minority)
    keep = keep_item[item]
    row, col, level, item = row[keep], col[keep], level[keep], item[keep]
    if row.size == 0:
        raise LatitudeError("no informative votes (every vote unanimous or below the minority threshold)")
    # re-index items and countries that remain
    item_ids, item = np.unique(item, return_inverse=True)
    counts = counts[item_ids]
    ordinal = (counts[:, 1:] > 0).all(1)
    lowest = np.argmax(counts[:, 1:] > 0, axis=1) + 1              # lowest observed level per item
    country_ids, country = np.unique(row, return_inverse=True)
    kind = _vote_kind(level, ordinal[item], level == lowest[item])
    design = _build_design(country_ids.size, years.size, country, t_of_vote[col], item, level, kind, ordinal)
    return design, vm.countries[country_ids], years


def _dynamic_start(d: _Design, item_prior_var: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Start: leading principal component of the country x item vote means (constant over years); items by ridge."""
    K = d.ordinal.size
    dense = np.zeros((d.n, K))
    count = np.zeros((d.n, K))
    np.add.at(dense, (d.country, d.item), d.level.astype(float))
    np.add.at(count, (d.country, d.item), 1.0)
    with np.errstate(invalid="ignore"):
        dense = dense / count
    col_mean = np.nanmean(dense, 0)
    x = _leading_component(np.where(count > 0, dense - col_mean, 0.0))
    X = np.repeat(x[:, None], d.T, axis=1)
    target = np.where(d.ordinal[d.item], d.level - 1.5, np.where(d.kind == _LOWER, -1.0, 1.0))
    xo = x[d.country]
    a, b = _irt.solve_items(d.n_item, np.bincount(d.item, xo, K), np.bincount(d.item, xo * xo, K),
                            np.bincount(d.item, target, K), np.bincount(d.item, xo * target, K),
                            1.0 / item_prior_var)
    return X, a, b


def _em_map(d: _Design, *, evolution_var: float, prior_var: float, item_prior_var: float,
            dtype: type = np.float64):
    """The EM map theta -> F(theta) of the dynamic model, theta = (positions, a, b, log s^2), and a dict
    that keeps the last posterior variances of the positions under "V".

    E-step: each vote's latent utility z ~ N(m, s^2), m = a + b x, truncated to its category's
    interval, as the standardised mean shift lam = (E z - m)/s and variance nu = Var z / s^2; the
    pass keeps h = (E z - a)/s = r x + lam per vote (r = b/s). Positions: information
    P = sum r^2 and score S = sum r h = P x + sum r lam per country-year, then the Kalman smoother.
    M-step: ridge solves of the items and their variances from per-item sums of h, h^2 + nu, x' h
    (votes) and x', x'^2 + V' (country-years weighted by their votes), so one pass over the votes
    and one over their new positions, in NumPy: sums over a run's votes are `np.add.reduceat`s,
    over a country-year's votes of r h an `np.add.at`, and the sums that pair country-years with
    items (P; x', x'^2 + V') one matrix-vector product per year with the vote counts.
    `dtype` is the precision of the per-vote arithmetic: float32 halves the cost of the pass and
    moves the fixed point by ~1e-6.
    """
    K, nT, N = d.ordinal.size, d.n * d.T, d.cell.size
    nu0, s0 = 1.0, 1.0                      # inverse-gamma prior on ordinal items' latent variance
    R = d.run_item.size
    h_all = np.empty(N, dtype)              # each vote's h, written block by block
    x = np.empty(max(v1 - v0 for _, v0, v1, _, _ in d.blocks), dtype)
    seen = d.seen.ravel()
    xh = np.empty(N, dtype)                 # x' h of each vote
    per_run = np.empty((3, R))              # run sums: h, h^2 + nu (E-step), x' h (M-step)
    per_pair = np.empty((d.pair_item.size, 2))   # (year, item) sums of x', x'^2 + V' (M-step)
    last: dict[str, np.ndarray] = {}

    def to_items(values: np.ndarray) -> np.ndarray:
        """Per-item sums of per-run values (the runs of an item are its kinds)."""
        return np.bincount(d.run_item, values, K)

    def update(theta: np.ndarray) -> np.ndarray:
        X = theta[:nT]
        a, b, s2 = theta[nT:nT + K], theta[nT + K:nT + 2 * K], np.exp(theta[nT + 2 * K:])
        s = np.sqrt(s2)
        ra, rs = a[d.run_item], s[d.run_item]
        # standardised bound of each vote: p - r x (upper, band), p + r x (lower; sign-flipped interval)
        p = (d.run_sign * (d.run_cut - ra) / rs).astype(dtype)
        r = (b[d.run_item] / rs).astype(dtype)
        inv_s = (1.0 / rs).astype(dtype)
        Xd = X.astype(dtype)
        r_vote = np.repeat(r, d.run_len)
        for kind, v0, v1, r0, r1 in d.blocks:
            lens, starts = d.run_len[r0:r1], d.run_start[r0:r1] - v0
            rx = np.take(Xd, d.cell[v0:v1], out=x[:v1 - v0], mode="wrap")     # "raise" would buffer `out`
            rx *= r_vote[v0:v1]
            arg = np.repeat(p[r0:r1], lens)
            h = h_all[v0:v1]
            if kind == _LOWER:
                arg += rx
            else:
                arg -= rx
            if kind == _BAND:
                shift, nu = _irt.interval_moments(arg, arg + np.repeat(inv_s[r0:r1], lens))
                np.add(rx, shift, out=h)
            else:
                shift = _irt.mills_ratio(arg)
                nu = arg * shift
                nu += 1.0
                nu -= shift * shift
                np.clip(nu, 0.0, 1.0, out=nu)
                (np.subtract if kind == _LOWER else np.add)(rx, shift, out=h)
            buf = np.empty((2, v1 - v0), dtype)
            buf[0] = h
            np.multiply(h, h, out=buf[1])
            buf[1] += nu
            per_run[:2, r0:r1] = np.add.reduceat(buf, starts, axis=1)
        w = ((b / s) ** 2)[d.pair_item]
        precision = np.zeros((d.n, d.T))                                                # sum r^2
        for t, p0, p1 in d.year_pairs:
            precision[:, t] = d.counts[:, p0:p1] @ w[p0:p1]
        score = np.zeros(nT, dtype)                                                     # sum r h
        np.add.at(score, d.cell, np.multiply(h_all, r_vote, out=r_vote))
        Xn, Vn = _irt.kalman_smooth(precision, score.reshape(d.n, d.T), d.first, 0.0,
                                    prior_var, evolution_var)
        Xn, Vn = Xn.ravel(), Vn.ravel()
        center, scale = Xn[seen].mean(), Xn[seen].std()      # fix location and scale (PX step)
        Xn = (Xn - center) / scale
        Vn = Vn / (scale * scale)
        last["V"] = Vn.reshape(d.n, d.T)
        cell_x = np.stack([Xn, Xn * Xn + Vn], axis=-1).reshape(d.n, d.T, 2)
        for t, p0, p1 in d.year_pairs:
            per_pair[p0:p1] = d.counts[:, p0:p1].T @ cell_x[:, t]
        sxn, sxxv = (np.bincount(d.pair_item, v, K) for v in per_pair.T)      # per item: sum x', x'^2 + V'
        np.take(Xn.astype(dtype), d.cell, out=xh, mode="wrap")
        np.multiply(xh, h_all, out=xh)
        per_run[2] = np.add.reduceat(xh, d.run_start)
        sh, sh2_nu, sxnh = (to_items(v) for v in per_run)   # per item: sum h, h^2 + nu, x' h
        n_k = d.n_item
        sz = n_k * a + s * sh                                # sum E z (E z = a + s h)
        sxz = a * sxn + s * sxnh                             # sum x' E z
        a_new, b_new = _irt.solve_items(n_k, sxn, sxxv, sz, sxz, s2 / item_prior_var)
        u = a - a_new                                        # E z - a' - b' x' = u + s h - b' x'
        ss = (n_k * u * u + b_new * b_new * sxxv + s2 * sh2_nu
              + 2.0 * (u * s * sh - u * b_new * sxn - b_new * s * sxnh))
        s2_new = np.where(d.ordinal, (nu0 * s0 + ss) / (nu0 + n_k + 2.0), 1.0)
        return np.concatenate([Xn, a_new, b_new, np.log(s2_new)])

    return update, last


def _dynamic_em(d: _Design, X: np.ndarray, a: np.ndarray, b: np.ndarray, s2: np.ndarray, *, evolution_var: float,
                prior_var: float, item_prior_var: float, tol: float, max_iter: int, step) -> tuple:
    """Variational EM, SQUAREM-accelerated: latent utilities (E), positions by Kalman smoothing,
    items by ridge regression and item variances by their expected residuals (M).

    The EM first runs to convergence with float32 per-vote arithmetic, then continues in float64
    from there until the same criterion holds (usually after one step): the result is the float64
    fixed point, reached at about half the cost.
    """
    K = a.size
    nT = d.n * d.T
    opts = {"evolution_var": evolution_var, "prior_var": prior_var, "item_prior_var": item_prior_var}
    fast, _ = _em_map(d, dtype=np.float32, **opts)
    exact, last = _em_map(d, dtype=np.float64, **opts)
    watch = np.flatnonzero(d.seen.ravel())
    theta = np.concatenate([X.ravel(), a, b, np.log(s2)])
    theta, iters, _ = _irt.squarem(fast, theta, tol, max_iter, step, watch=watch)
    theta, more, converged = _irt.squarem(exact, theta, tol, max(max_iter - iters, 1), step, watch=watch)
    theta = exact(theta)                    # a final plain step, so V matches the returned positions
    X = theta[:nT].reshape(d.n, d.T)
    a, b, s2 = theta[nT:nT + K], theta[nT + K:nT + 2 * K], np.exp(theta[nT + 2 * K:])
    return X, last["V"], a, b, s2, iters + more + 1, converged


def _simulate_levels(d: _Design, X: np.ndarray, a: np.ndarray, b: np.ndarray, s2: np.ndarray,
                     rng: np.random.Generator) -> _Design:
    """Parametric bootstrap: redraw every observed vote from the fitted model, same items and pattern."""
    z = a[d.item] + b[d.item] * X.ravel()[d.cell] + np.sqrt(s2)[d.item] * rng.standard_normal(d.cell.size)
    ordk = d.ordinal[d.item]
    level = np.where(ordk, np.where(z < 0, 1, np.where(z < 1, 2, 3)), np.where(z < 0, 1, 3)).astype(np.int8)
    kind = _vote_kind(level, ordk, level == 1)
    return _build_design(d.n, d.T, d.country, d.cell % d.T, d.item, level, kind, d.ordinal)


def dynamic_idealpoints(
    votes: VoteMatrix | np.ndarray,
    *,
    evolution_var: float = 0.1,
    prior_var: float = 1.0,
    item_prior_var: float = 25.0,
    min_minority: float = 0.0,
    anchor: str | None = "USA",
    se: SeMethod = "posterior",
    n_boot: int = 20,
    seed: int = 0,
    tol: float = 1e-4,
    max_iter: int = 5000,
    progress: bool = False,
) -> DynamicResult:
    """Dynamic ordinal probit ideal points (one per country and year) by variational EM.

    Latent utility z_ij ~ N(a_k + b_k x_{i,t(j)}, s_k^2) for vote j of item k; no if z < 0,
    abstain if 0 <= z < 1, yes if z >= 1 (items with two observed categories are binary probits
    with s_k = 1). x_{i,t} follows a random walk with variance `evolution_var` from
    N(0, prior_var) in the country's first year. Votes sharing an item (repeated resolutions)
    pool their information across years. `se="posterior"` is the smoother's posterior sd of
    x_{i,t} given the item parameters; `se="bootstrap"` the sd over `n_boot` parametric bootstrap
    replicates (votes redrawn from the fit, EM rerun from the estimates).
    """
    vm = _as_matrix(votes)
    d, countries, years = _dynamic_design(vm, min_minority)
    X0, a0, b0 = _dynamic_start(d, item_prior_var)
    s20 = np.ones_like(a0)
    opts = {"evolution_var": evolution_var, "prior_var": prior_var, "item_prior_var": item_prior_var, "tol": tol,
            "max_iter": max_iter}
    with _progress(progress, "dynamic EM", None) as step:
        X, V, a, b, s2, iters, converged = _dynamic_em(d, X0, a0, b0, s20, step=step, **opts)
    flip = _orient(np.where(d.seen, X, np.nan), countries, anchor)
    X, b = flip * X, flip * b
    draws = None
    if se == "bootstrap":
        rng = np.random.default_rng(seed)
        draws = np.empty((n_boot, d.n, d.T))
        with _progress(progress, "bootstrap", n_boot) as step:
            for r in range(n_boot):
                db = _simulate_levels(d, X, a, b, s2, rng)
                draws[r] = _dynamic_em(db, X, a, b, s2, step=lambda *a_, **k: None, **opts)[0]
                step(1)
        sd = draws.std(0, ddof=1)
    elif se == "posterior":
        sd = np.sqrt(V)
    else:
        raise LatitudeError(f"se must be 'posterior' or 'bootstrap', got {se!r}")
    hide = ~d.seen
    return DynamicResult(countries, years, np.where(hide, np.nan, X), np.where(hide, np.nan, sd), a, b,
                         np.sqrt(s2), iters, converged, se, draws)


# --------------------------------------------------------------------------- store entry point

def _vote_tables(cat: Catalogue, start: int, end: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Votes (rcid, year, iso3, cow, vote) of roll calls in `start`-`end`, and those roll calls
    (rcid, session, descr): two Ibis expressions, so no text is repeated on every vote row."""
    votes, calls = cat.table("un_votes"), cat.table("un_roll_calls")
    votes = votes.filter(votes["year"].between(start, end), votes["iso3"].notnull())
    votes = votes.filter(votes["rcid"].isin(calls["rcid"]))
    calls = calls.filter(calls["rcid"].isin(votes["rcid"])).select("rcid", "session", "descr")
    return votes.select("rcid", "year", "iso3", "cow", "vote").to_pandas(), calls.to_pandas()


def _vote_span(cat: Catalogue, years: tuple[int, int] | str) -> tuple[int, int]:
    """The requested years, checked against the UN votes' recorded coverage (no scan)."""
    cat.require("un_votes", "un_roll_calls")
    lo, hi = cat.coverage("un_votes")
    if lo is None or hi is None:
        raise LatitudeError("the store's UN vote table has no years: rebuild it with `latitude data build`")
    return within(year_range(years), (lo, hi), f"the UN vote data ({lo}-{hi})")


def load_votes(con: CatalogueLike, years: tuple[int, int] | str = (1946, 2023)) -> pd.DataFrame:
    """Long vote rows (rcid, year, iso3, cow, vote, session, descr) from the store's UN tables."""
    cat = catalogue(con)
    start, end = _vote_span(cat, years)
    votes, calls = _vote_tables(cat, start, end)
    return votes.merge(calls, on="rcid")


def idealpoints(
    con: CatalogueLike,
    years: tuple[int, int] | str = (1946, 2023),
    model: Literal["dynamic", "static"] = "dynamic",
    *,
    period: Literal["year", "session"] = "year",
    bridge: bool = True,
    se: SeMethod = "posterior",
    n_boot: int | None = None,
    progress: bool = False,
    **options,
) -> pd.DataFrame:
    """UNGA ideal points from the store: columns iso3, cow, year, idealpoint, se.

    `con` is anything catalogue-like (the store's DuckDB connection, an Ibis backend holding its
    tables, a `Catalogue`). `model="dynamic"`: one row per country and year with votes (ordinal,
    bridged years). `model="static"`: one row per country for the whole window, `year` = the
    window's last year (the window is kept in `frame.attrs["year_from"]`, `["year_to"]`).
    `period="session"` groups votes by General Assembly session instead of calendar year, `year`
    then being the year the session opened (1945 + session, as in Bailey, Strezhnev & Voeten's
    estimates), and `years` selects sessions by that year. Extra keyword options go to
    `dynamic_idealpoints` / `static_idealpoints`. Every call estimates afresh: the 1946-latest
    dynamic estimate is stored at `data build` (`measures.precompute`) for readers that need it often.
    """
    if period not in ("year", "session"):
        raise LatitudeError(f"period must be 'year' or 'session', got {period!r}")
    if model not in ("dynamic", "static"):
        raise LatitudeError(f"model must be 'dynamic' or 'static', got {model!r}")
    cat = catalogue(con)
    start, end = _vote_span(cat, years)
    rows, calls = _vote_tables(cat, start, end + 1 if period == "session" else end)
    if period == "session":
        session = rows["rcid"].map(calls.set_index("rcid")["session"])
        rows = rows[session.notna()].assign(year=1945 + session[session.notna()].astype(int))
        rows = rows[rows["year"].between(start, end)]
    if rows.empty:
        raise LatitudeError(f"no UN votes recorded in {start}-{end}")
    vm = vote_matrix(rows, bridge=bridge and model == "dynamic", calls=calls)
    boot = {} if n_boot is None else {"n_boot": n_boot}
    cow = rows.dropna(subset=["cow"]).groupby(["iso3", "year"])["cow"].first().astype("Int64")
    if model == "dynamic":
        frame = dynamic_idealpoints(vm, se=se, progress=progress, **boot, **options).to_frame()
        frame["cow"] = pd.Series(cow.reindex(pd.MultiIndex.from_frame(frame[["iso3", "year"]])).to_numpy(),
                                 dtype="Int64")
    else:
        frame = static_idealpoints(vm, se=se, progress=progress, **boot, **options).to_frame()
        last = cow.reset_index().sort_values("year").groupby("iso3")["cow"].last()
        frame["year"] = end
        frame["cow"] = pd.Series(last.reindex(frame["iso3"]).to_numpy(), dtype="Int64")
    frame = frame[["iso3", "cow", "year", "idealpoint", "se"]].sort_values(["iso3", "year"]).reset_index(drop=True)
    frame.attrs.update(model=model, year_from=start, year_to=end, period=period, se_method=se)
    return frame
