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
from dataclasses import dataclass, field, replace
from typing import Literal

import duckdb
import numpy as np
import pandas as pd

from latitude.errors import LatitudeError
from latitude.measures import _irt
from latitude.years import within, year_range

YES, ABSTAIN, NO = 1, 2, 3
_VOTE_WORDS = {"yes": YES, "abstain": ABSTAIN, "no": NO}
SeMethod = Literal["posterior", "bootstrap"]


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


def vote_matrix(frame: pd.DataFrame, bridge: bool = True, min_text: int = 20) -> VoteMatrix:
    """Build a `VoteMatrix` from long rows `rcid, year, iso3, vote` (+ `descr`, `session`).

    `vote` is 1/2/3 or yes/abstain/no. With `bridge` and a `descr` column, resolutions whose
    normalised description recurs in different sessions (or years, without `session`) share an item.
    """
    missing = {"rcid", "year", "iso3", "vote"} - set(frame.columns)
    if missing:
        raise LatitudeError(f"vote table lacks column(s) {sorted(missing)}; need rcid, year, iso3, vote")
    votes = frame["vote"]
    if votes.dtype == object or isinstance(votes.dtype, pd.CategoricalDtype) or pd.api.types.is_string_dtype(votes):
        codes = votes.astype(str).str.lower().map(_VOTE_WORDS)
    else:
        codes = pd.to_numeric(votes, errors="coerce")
    keep = codes.isin((YES, ABSTAIN, NO)) & frame["iso3"].notna()
    df = frame.loc[keep].assign(vote=codes[keep].astype(int))
    if df.empty:
        raise LatitudeError("no yes/abstain/no votes in the vote table")
    calls = df.drop_duplicates("rcid")
    years_per_call = df.groupby("rcid")["year"].nunique()
    if (years_per_call > 1).any():
        raise LatitudeError(f"roll call {int(years_per_call.idxmax())} has more than one year; fix the vote table")
    calls = calls.sort_values(["year", "rcid"]).reset_index(drop=True)
    countries = np.array(sorted(df["iso3"].astype(str).unique()), dtype=object)
    row = pd.Index(countries).get_indexer(df["iso3"].astype(str))
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


def _static_em(y: np.ndarray, x: np.ndarray, alpha: np.ndarray, beta: np.ndarray, prior_var: float,
               item_prior_var: float, tol: float, max_iter: int, step) -> tuple:
    """Imai-Lo-Olmsted binary EM on a dense matrix (NaN missing), SQUAREM-accelerated.

    Returns x, alpha, beta, EM steps taken and whether it converged.
    """
    mask = ~np.isnan(y)
    maskf = mask.astype(float)
    sign = np.where(y == 1, 1.0, -1.0)
    n_j = maskf.sum(0)
    p_item = 1.0 / item_prior_var
    p_x = 1.0 / prior_var
    n, J = y.shape

    def update(theta: np.ndarray) -> np.ndarray:
        x, alpha, beta = theta[:n], theta[n:n + J], theta[n + J:]
        m = alpha[None, :] + x[:, None] * beta[None, :]
        ystar = m + sign * _irt.mills_ratio(-sign * m)          # E[y*]: truncated to y* > 0 (yes) or < 0 (no)
        ystar *= maskf
        resid = ystar - alpha[None, :] * maskf
        x = (resid @ beta) / (p_x + maskf @ (beta * beta))
        x = (x - x.mean()) / x.std()                             # fix location and scale (PX step)
        alpha, beta = _irt.solve_items(n_j, x @ maskf, (x * x) @ maskf, ystar.sum(0), x @ ystar, p_item)
        return np.concatenate([x, alpha, beta])

    theta, iters, converged = _irt.squarem(update, np.concatenate([x, alpha, beta]), tol, max_iter, step,
                                           watch=slice(0, n))
    return theta[:n], theta[n:n + J], theta[n + J:], iters, converged


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


@dataclass
class _Design:
    """Observed votes of the dynamic model as flat arrays, ordered upper / lower / interval."""

    n: int
    T: int
    country: np.ndarray
    cell: np.ndarray          # country * T + year index
    item: np.ndarray
    lower: np.ndarray
    upper: np.ndarray
    level: np.ndarray         # 1 no, 2 abstain, 3 yes (ordered)
    n_upper: int
    n_lower: int
    ordinal: np.ndarray       # per item: three categories (free variance) vs two (variance 1)
    first: np.ndarray         # first year index with votes, per country
    seen: np.ndarray          # (n, T) country voted that year
    n_item: np.ndarray


def _dynamic_design(vm: VoteMatrix, min_minority: float) -> tuple[_Design, np.ndarray, np.ndarray]:
    """Observed cells, items with at least two categories, bounds of each vote's latent utility."""
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
    n, T = country_ids.size, years.size
    t = t_of_vote[col]
    ordk = ordinal[item]
    lower = np.where(ordk, np.select([level == 1, level == 2], [-np.inf, 0.0], 1.0),
                     np.where(level == lowest[item], -np.inf, 0.0))
    upper = np.where(ordk, np.select([level == 1, level == 2], [0.0, 1.0], np.inf),
                     np.where(level == lowest[item], 0.0, np.inf))
    kind = np.where(np.isinf(upper), 0, np.where(np.isinf(lower), 1, 2))
    order = np.argsort(kind, kind="stable")
    country, t, item, lower, upper, level = (a[order] for a in (country, t, item, lower, upper, level))
    kind = kind[order]
    cell = country * T + t
    first = np.full(n, T, dtype=int)
    np.minimum.at(first, country, t)
    seen = np.zeros(n * T, bool)
    seen[cell] = True
    design = _Design(n, T, country, cell, item, lower, upper, level, int((kind == 0).sum()),
                     int((kind == 1).sum()), ordinal, first, seen.reshape(n, T),
                     np.bincount(item, minlength=item_ids.size).astype(float))
    return design, vm.countries[country_ids], years


def _latent_moments(d: _Design, m: np.ndarray, sd: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """E-step: moments of each vote's latent utility N(m, sd^2) truncated to its category's interval."""
    ez = np.empty_like(m)
    vz = np.empty_like(m)
    u, l_ = d.n_upper, d.n_upper + d.n_lower
    a = (d.lower[:u] - m[:u]) / sd[:u]
    lam, var = _irt.upper_tail_moments(a)
    ez[:u], vz[:u] = m[:u] + sd[:u] * lam, var
    b = (m[u:l_] - d.upper[u:l_]) / sd[u:l_]
    lam, var = _irt.upper_tail_moments(b)
    ez[u:l_], vz[u:l_] = m[u:l_] - sd[u:l_] * lam, var
    mean, var = _irt.interval_moments((d.lower[l_:] - m[l_:]) / sd[l_:], (d.upper[l_:] - m[l_:]) / sd[l_:])
    ez[l_:], vz[l_:] = m[l_:] + sd[l_:] * mean, var
    return ez, vz * sd * sd


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
    target = np.where(d.ordinal[d.item], d.level - 1.5, np.where(np.isinf(d.lower), -1.0, 1.0))
    xo = x[d.country]
    a, b = _irt.solve_items(d.n_item, np.bincount(d.item, xo, K), np.bincount(d.item, xo * xo, K),
                            np.bincount(d.item, target, K), np.bincount(d.item, xo * target, K),
                            1.0 / item_prior_var)
    return X, a, b


def _dynamic_em(d: _Design, X: np.ndarray, a: np.ndarray, b: np.ndarray, s2: np.ndarray, *, evolution_var: float,
                prior_var: float, item_prior_var: float, tol: float, max_iter: int, step) -> tuple:
    """Variational EM, SQUAREM-accelerated: latent utilities (E), positions by Kalman smoothing,
    items by ridge regression and item variances by their expected residuals (M)."""
    K = a.size
    nT = d.n * d.T
    nu0, s0 = 1.0, 1.0                      # inverse-gamma prior on ordinal items' latent variance
    last: dict[str, np.ndarray] = {}

    def update(theta: np.ndarray) -> np.ndarray:
        X = theta[:nT]
        a, b, s2 = theta[nT:nT + K], theta[nT + K:nT + 2 * K], np.exp(theta[nT + 2 * K:])
        m = a[d.item] + b[d.item] * X[d.cell]
        ez, vz = _latent_moments(d, m, np.sqrt(s2)[d.item])
        w = b / s2
        precision = np.bincount(d.cell, (w * b)[d.item], nT).reshape(d.n, d.T)
        score = np.bincount(d.cell, w[d.item] * (ez - a[d.item]), nT).reshape(d.n, d.T)
        X, V = _irt.kalman_smooth(precision, score, d.first, 0.0, prior_var, evolution_var)
        center, scale = X[d.seen].mean(), X[d.seen].std()      # fix location and scale (PX step)
        X, V = (X - center) / scale, V / (scale * scale)
        last["V"] = V
        xo = X.ravel()[d.cell]
        vo = V.ravel()[d.cell]
        a, b = _irt.solve_items(d.n_item, np.bincount(d.item, xo, K), np.bincount(d.item, xo * xo + vo, K),
                                np.bincount(d.item, ez, K), np.bincount(d.item, xo * ez, K), s2 / item_prior_var)
        resid = ez - a[d.item] - b[d.item] * xo
        ss = np.bincount(d.item, resid * resid + vz + (b * b)[d.item] * vo, K)
        s2 = np.where(d.ordinal, (nu0 * s0 + ss) / (nu0 + d.n_item + 2.0), 1.0)
        return np.concatenate([X.ravel(), a, b, np.log(s2)])

    theta0 = np.concatenate([X.ravel(), a, b, np.log(s2)])
    theta, iters, converged = _irt.squarem(update, theta0, tol, max_iter, step,
                                           watch=np.flatnonzero(d.seen.ravel()))
    theta = update(theta)                   # a final plain step, so V matches the returned positions
    X = theta[:nT].reshape(d.n, d.T)
    a, b, s2 = theta[nT:nT + K], theta[nT + K:nT + 2 * K], np.exp(theta[nT + 2 * K:])
    return X, last["V"], a, b, s2, iters + 1, converged


def _simulate_levels(d: _Design, X: np.ndarray, a: np.ndarray, b: np.ndarray, s2: np.ndarray,
                     rng: np.random.Generator) -> _Design:
    """Parametric bootstrap: redraw every observed vote from the fitted model, same items and pattern."""
    z = a[d.item] + b[d.item] * X.ravel()[d.cell] + np.sqrt(s2)[d.item] * rng.standard_normal(d.cell.size)
    ordk = d.ordinal[d.item]
    level = np.where(ordk, np.where(z < 0, 1, np.where(z < 1, 2, 3)), np.where(z < 0, 1, 3)).astype(np.int8)
    lower = np.where(ordk, np.select([level == 1, level == 2], [-np.inf, 0.0], 1.0), np.where(level == 1, -np.inf, 0.0))
    upper = np.where(ordk, np.select([level == 1, level == 2], [0.0, 1.0], np.inf), np.where(level == 1, 0.0, np.inf))
    kind = np.where(np.isinf(upper), 0, np.where(np.isinf(lower), 1, 2))
    order = np.argsort(kind, kind="stable")
    return replace(d, country=d.country[order], cell=d.cell[order], item=d.item[order], lower=lower[order],
                   upper=upper[order], level=level[order], n_upper=int((kind == 0).sum()),
                   n_lower=int((kind == 1).sum()))


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

_QUERY = """
SELECT v.rcid, v.year, v.iso3, v.cow, v.vote, r.session, r.descr
FROM un_votes v JOIN un_roll_calls r USING (rcid)
WHERE v.year BETWEEN ? AND ? AND v.iso3 IS NOT NULL
"""


def load_votes(con: duckdb.DuckDBPyConnection, years: tuple[int, int] | str = (1946, 2023)) -> pd.DataFrame:
    """Long vote rows (rcid, year, iso3, cow, vote, session, descr) from the store's UN tables."""
    span = year_range(years)
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if not {"un_votes", "un_roll_calls"} <= tables:
        raise LatitudeError("the store has no UN vote tables: build it with `latitude data build --mirror DIR`")
    lo, hi = con.execute("SELECT min(year), max(year) FROM un_votes").fetchone()
    start, end = within(span, (lo, hi), f"the UN vote data ({lo}-{hi})")
    return con.execute(_QUERY, [start, end]).df()


def idealpoints(
    con: duckdb.DuckDBPyConnection,
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

    `model="dynamic"`: one row per country and year with votes (ordinal, bridged years).
    `model="static"`: one row per country for the whole window, `year` = the window's last
    year (the window is kept in `frame.attrs["year_from"]`, `["year_to"]`). `period="session"`
    groups votes by General Assembly session instead of calendar year, `year` then being the
    year the session opened (1945 + session, as in Bailey, Strezhnev & Voeten's estimates),
    and `years` selects sessions by that year. Extra keyword options go to
    `dynamic_idealpoints` / `static_idealpoints`.
    """
    start, end = year_range(years)
    if period not in ("year", "session"):
        raise LatitudeError(f"period must be 'year' or 'session', got {period!r}")
    key = _cache_key(con, (start, end, model, period, bridge, se, n_boot, tuple(sorted(options.items()))))
    if key is not None and key in _CACHE:
        return _CACHE[key].copy()
    rows = load_votes(con, (start, end + 1 if period == "session" else end))
    if period == "session":
        rows = rows.dropna(subset=["session"]).assign(year=lambda r: 1945 + r["session"].astype(int))
        rows = rows[rows["year"].between(start, end)]
    if rows.empty:
        raise LatitudeError(f"no UN votes recorded in {start}-{end}")
    vm = vote_matrix(rows, bridge=bridge and model == "dynamic")
    boot = {} if n_boot is None else {"n_boot": n_boot}
    cow = rows.dropna(subset=["cow"]).groupby(["iso3", "year"])["cow"].first().astype("Int64")
    if model == "dynamic":
        frame = dynamic_idealpoints(vm, se=se, progress=progress, **boot, **options).to_frame()
        frame["cow"] = pd.Series(cow.reindex(pd.MultiIndex.from_frame(frame[["iso3", "year"]])).to_numpy(),
                                 dtype="Int64")
    elif model == "static":
        frame = static_idealpoints(vm, se=se, progress=progress, **boot, **options).to_frame()
        last = cow.reset_index().sort_values("year").groupby("iso3")["cow"].last()
        frame["year"] = end
        frame["cow"] = pd.Series(last.reindex(frame["iso3"]).to_numpy(), dtype="Int64")
    else:
        raise LatitudeError(f"model must be 'dynamic' or 'static', got {model!r}")
    frame = frame[["iso3", "cow", "year", "idealpoint", "se"]].sort_values(["iso3", "year"]).reset_index(drop=True)
    frame.attrs.update(model=model, year_from=start, year_to=end, period=period, se_method=se)
    if key is not None:
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[key] = frame.copy()
    return frame


_CACHE: dict[tuple, pd.DataFrame] = {}
_CACHE_SIZE = 16


def _cache_key(con, call: tuple) -> tuple | None:
    """Key of an `idealpoints` call on a store file: its path, when the UN votes were loaded, the call.

    Reports and the dashboard ask for the same estimates repeatedly; a reload of the source
    changes `loaded_at` and so invalidates the entry. In-memory databases are not cached.
    """
    try:
        path = con.execute("SELECT file FROM pragma_database_list WHERE name = current_database()").fetchone()[0]
        loaded = con.execute("SELECT max(loaded_at) FROM provenance WHERE source = 'unvotes'").fetchone()[0]
    except duckdb.Error:
        return None
    if not path or loaded is None:
        return None
    return (path, str(loaded), *call)
