"""Ideal-point estimators: E-step moments, recovery of simulated positions, real UN votes."""
from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import duckdb
import numpy as np
import pandas as pd
import pytest
from scipy.special import erfcx
from scipy.stats import truncnorm

from latitude.errors import LatitudeError
from latitude.measures import _irt
from latitude.measures.idealpoints import (
    VoteMatrix,
    _dynamic_design,
    _em_map,
    _static_map,
    dynamic_idealpoints,
    idealpoints,
    repeated_items,
    static_idealpoints,
    vote_matrix,
)

# --------------------------------------------------------------------------- fixtures

@pytest.fixture(scope="module")
def un_con(store_con) -> duckdb.DuckDBPyConnection:
    """The session store built from the data mirror (un_votes, un_roll_calls)."""
    return store_con


@pytest.fixture(scope="module")
def dynamic_recent(un_con) -> pd.DataFrame:
    """Dynamic ordinal estimates 2000-2023 from the real votes."""
    return idealpoints(un_con, years=(2000, 2023), model="dynamic")


def simulate_votes(x: np.ndarray, a: np.ndarray, b: np.ndarray, rng: np.random.Generator,
                   abstain_band: float | None, missing: float) -> np.ndarray:
    """Votes from the probit model: z = a + b x + N(0,1); yes above the band, no below it."""
    z = a[None, :] + x * b[None, :] + rng.standard_normal((x.shape[0], a.size))
    if abstain_band is None:
        votes = np.where(z > 0, 1, 3)
    else:
        votes = np.where(z < 0, 3, np.where(z < abstain_band, 2, 1))
    votes[rng.random(votes.shape) < missing] = 0
    return votes


# --------------------------------------------------------------------------- E-step moments

def test_half_normal_moments_by_hand():
    # N(0,1) truncated to (0, inf): mean sqrt(2/pi) = 0.7978846, variance 1 - 2/pi = 0.3633802.
    mean, var = _irt.truncated_normal_moments(np.array([0.0]), np.array([1.0]), np.array([0.0]), np.array([np.inf]))
    assert mean[0] == pytest.approx(0.7978846, abs=1e-7)
    assert var[0] == pytest.approx(0.3633802, abs=1e-7)
    # N(2, 3^2) truncated to (-inf, 2): mean 2 - 3 sqrt(2/pi), variance 9 (1 - 2/pi).
    mean, var = _irt.truncated_normal_moments(np.array([2.0]), np.array([3.0]), np.array([-np.inf]), np.array([2.0]))
    assert mean[0] == pytest.approx(2 - 3 * 0.7978846, abs=1e-6)
    assert var[0] == pytest.approx(9 * 0.3633802, abs=1e-6)


@pytest.mark.parametrize("lower, upper", [(-np.inf, 0.0), (0.0, np.inf), (0.0, 1.0), (1.0, np.inf)])
def test_truncated_moments_match_scipy(lower, upper):
    mean = np.linspace(-6.0, 7.0, 27)
    sd = np.linspace(0.4, 2.5, 27)
    m, v = _irt.truncated_normal_moments(mean, sd, np.full(27, lower), np.full(27, upper))
    ref_m, ref_v = truncnorm.stats((lower - mean) / sd, (upper - mean) / sd, loc=mean, scale=sd, moments="mv")
    np.testing.assert_allclose(m, ref_m, rtol=1e-7, atol=1e-9)
    np.testing.assert_allclose(v, ref_v, rtol=1e-5, atol=1e-9)


def test_truncated_moments_stay_finite_deep_in_the_tails():
    # Intervals 40 sd from the mean, where naive Phi(b) - Phi(a) is 0 - 0.
    m, v = _irt.truncated_normal_moments(np.array([0.0, 0.0, 0.0]), np.ones(3),
                                         np.array([40.0, -np.inf, 40.0]), np.array([np.inf, -40.0, 41.0]))
    assert np.all(np.isfinite(m)) and np.all(np.isfinite(v))
    assert m[0] == pytest.approx(40.025, abs=1e-3)       # Mills ratio ~ a + 1/a
    assert m[1] == pytest.approx(-40.025, abs=1e-3)
    assert 40.0 <= m[2] <= 41.0 and m[2] == pytest.approx(40.025, abs=1e-3)


def test_interval_moments_match_scipy_on_random_intervals():
    # Intervals straddling 0 and on either side, up to ~25 sd out and from 1e-3 to 10 sd wide
    # (the E-step's abstention band is (alpha, alpha + 1/s)), against SciPy's truncnorm; float32
    # input, computed in float32, against the same reference within its rounding.
    rng = np.random.default_rng(7)
    lower = rng.normal(0.0, 8.0, 4000)
    upper = lower + np.exp(rng.uniform(np.log(1e-3), np.log(10.0), 4000))
    ref_m, ref_v = truncnorm.stats(lower, upper, moments="mv")
    m, v = _irt.interval_moments(lower, upper)
    np.testing.assert_allclose(m, ref_m, rtol=1e-8, atol=1e-9)
    np.testing.assert_allclose(v, ref_v, rtol=1e-5, atol=2e-8)     # 1 + E[z^2]-1 - mean^2 cancels for narrow ones
    moderate = (np.abs(lower) < 8) & (upper - lower > 0.05)
    m32, v32 = _irt.interval_moments(lower[moderate].astype(np.float32), upper[moderate].astype(np.float32))
    assert m32.dtype == v32.dtype == np.float32
    np.testing.assert_allclose(m32, ref_m[moderate], atol=5e-5)
    np.testing.assert_allclose(v32, ref_v[moderate], atol=2e-4)


def test_kalman_smoother_matches_direct_gaussian_posterior():
    # Three years, random walk: the smoother must equal the exact posterior of the Gaussian model.
    rng = np.random.default_rng(3)
    precision = np.array([[2.0, 0.0, 5.0]])
    score = rng.normal(size=(1, 3)) * precision
    w2, p0 = 0.3, 1.5
    x, v = _irt.kalman_smooth(precision, score, np.array([0]), 0.0, p0, w2)
    # prior covariance of (x1, x2, x3) under the walk, then posterior with diagonal information
    prior = np.array([[p0, p0, p0], [p0, p0 + w2, p0 + w2], [p0, p0 + w2, p0 + 2 * w2]])
    post_cov = np.linalg.inv(np.linalg.inv(prior) + np.diag(precision[0]))
    np.testing.assert_allclose(x[0], post_cov @ score[0], rtol=1e-10)
    np.testing.assert_allclose(v[0], np.diag(post_cov), rtol=1e-10)


def test_kalman_smoother_with_late_starts_and_a_prior_mean():
    # Three countries over five years, entering in years 0, 2 and 4, prior mean 0.4, one year
    # without votes: each country's exact Gaussian posterior over its own years (dense inverse);
    # the years before its first are returned as the prior.
    rng = np.random.default_rng(4)
    first = np.array([0, 2, 4])
    precision = rng.uniform(0.5, 6.0, (3, 5)) * (np.arange(5)[None, :] >= first[:, None])
    precision[0, 3] = 0.0
    score = rng.normal(size=(3, 5)) * precision
    w2, p0, m0 = 0.25, 1.3, 0.4
    x, v = _irt.kalman_smooth(precision, score, first, m0, p0, w2)
    for i, f in enumerate(first):
        span = np.arange(f, 5)
        prior = p0 + w2 * np.minimum.outer(span - f, span - f)
        post_cov = np.linalg.inv(np.linalg.inv(prior) + np.diag(precision[i, span]))
        post_mean = post_cov @ (np.linalg.solve(prior, np.full(span.size, m0)) + score[i, span])
        np.testing.assert_allclose(x[i, span], post_mean, rtol=1e-10)
        np.testing.assert_allclose(v[i, span], np.diag(post_cov), rtol=1e-10)
        np.testing.assert_allclose(x[i, :f], m0)
        np.testing.assert_allclose(v[i, :f], p0)


def test_mills_ratio_matches_scipy_erfcx_on_the_whole_line():
    # phi(a)/Phi(-a) = sqrt(2/pi) / erfcx(a/sqrt2) (SciPy's Faddeeva erfcx as the reference), from
    # 40 sd below to 1e6 above; float32 input is computed in float32 to its rounding level.
    a = np.concatenate([np.linspace(-40.0, 40.0, 40001), np.geomspace(40.0, 1e6, 200)])
    ref = np.sqrt(2.0 / np.pi) / erfcx(a / np.sqrt(2.0))
    np.testing.assert_allclose(_irt.mills_ratio(a), ref, rtol=1e-10, atol=1e-300)   # atol: subnormals only
    a32 = np.linspace(-12.0, 12.0, 4801).astype(np.float32)
    got = _irt.mills_ratio(a32)
    assert got.dtype == np.float32
    np.testing.assert_allclose(got, np.sqrt(2.0 / np.pi) / erfcx(a32.astype(float) / np.sqrt(2.0)), rtol=2e-5)
    assert _irt.mills_ratio(np.array([-np.inf]))[0] == 0.0 and np.isposinf(_irt.mills_ratio(np.array([np.inf]))[0])


def _relative_error(got: np.ndarray, ref: np.ndarray) -> float:
    return float(np.max(np.abs(got / ref - 1.0)))


def test_erfcx_coefficients_match_scipy_erfcx_on_the_whole_line():
    # The literal polynomial coefficients in _irt (no SciPy at run time) against SciPy's Faddeeva
    # erfcx, the documented bound (relative error < 1e-10 in float64): z >= 0 through the far tail
    # (erfcx ~ 1/(z sqrt(pi)) up to 1e300), and z < 0 through the reflection the E-step uses,
    # erfcx(-y) = 2 exp(y^2) - erfcx(y), in mills_ratio (sqrt(2/pi) / erfcx(a / sqrt2), a = sqrt2 z)
    # down to z = -26, where exp(z^2) still fits in a float64.
    z = np.concatenate([np.linspace(0.0, 30.0, 30001), np.geomspace(30.0, 1e300, 600)])
    assert _relative_error(_irt.erfcx_nonneg(z), erfcx(z)) < 1e-10
    assert _irt.erfcx_nonneg(np.array([np.inf]))[0] == 0.0
    neg = -np.linspace(0.0, 26.0, 26001)
    got = np.sqrt(2.0 / np.pi) / _irt.mills_ratio(neg * np.sqrt(2.0))
    assert _relative_error(got, erfcx(neg)) < 1e-10
    # float32: a few float32 ulps (degree 9 is its rounding level)
    z32 = np.linspace(0.0, 30.0, 3001).astype(np.float32)
    got32 = _irt.erfcx_nonneg(z32)
    assert got32.dtype == np.float32
    assert _relative_error(got32.astype(float), erfcx(z32.astype(float))) < 2e-6


def test_erfcx_coefficients_are_the_documented_fit():
    # The literals are what tools/fit_erfcx.py prints (Chebyshev interpolation of SciPy's erfcx),
    # to rounding: the recipe in _irt's comment regenerates them.
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "tools" / "fit_erfcx.py"
    spec = importlib.util.spec_from_file_location("fit_erfcx", path)
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    for name, degree in tool.DEGREES.items():
        np.testing.assert_allclose(_irt._ERFCX_COEF[np.dtype(name)], tool.erfcx_polynomial(degree),
                                   rtol=1e-12, atol=1e-17)


def _reference_dynamic_step(votes, years, items, X, a, b, s2, evolution_var, prior_var, item_prior_var):
    """One EM step of the dynamic ordinal model written out vote by vote (docs/idealpoints.md):
    scipy's truncated-normal moments, each country's exact Gaussian posterior under the random walk
    by a dense matrix inverse, the PX standardisation, per-item 2x2 ridge solves and variances."""
    n, J = votes.shape
    year_ids = np.unique(years)
    T = year_ids.size
    levels = {k: sorted({4 - v for v in votes[:, items == k].ravel() if v}) for k in np.unique(items)}
    ordinal = {k: lv == [1, 2, 3] for k, lv in levels.items()}
    obs = []                                   # (country, year index, item, E z, Var z)
    for i in range(n):
        for j in range(J):
            if not votes[i, j]:
                continue
            k, t, level = items[j], int(np.searchsorted(year_ids, years[j])), 4 - votes[i, j]
            if ordinal[k]:
                lo, hi = [(-np.inf, 0.0), (0.0, 1.0), (1.0, np.inf)][level - 1]
            else:
                lo, hi = (-np.inf, 0.0) if level == levels[k][0] else (0.0, np.inf)
            m, sd = a[k] + b[k] * X[i, t], np.sqrt(s2[k])
            ez, vz = truncnorm.stats((lo - m) / sd, (hi - m) / sd, loc=m, scale=sd, moments="mv")
            obs.append((i, t, k, float(ez), float(vz)))
    P, S = np.zeros((n, T)), np.zeros((n, T))
    for i, t, k, ez, _ in obs:
        P[i, t] += b[k] ** 2 / s2[k]
        S[i, t] += b[k] * (ez - a[k]) / s2[k]
    Xn, Vn = np.full((n, T), np.nan), np.full((n, T), np.nan)
    for i in range(n):
        first = min(t for c, t, *_ in obs if c == i)
        span = np.arange(first, T)
        prior = prior_var + evolution_var * (np.minimum.outer(span, span) - first)
        cov = np.linalg.inv(np.linalg.inv(prior) + np.diag(P[i, span]))
        Xn[i, span], Vn[i, span] = cov @ S[i, span], np.diag(cov)
    seen = np.zeros((n, T), bool)
    for i, t, *_ in obs:
        seen[i, t] = True
    center, scale = Xn[seen].mean(), Xn[seen].std()
    Xn, Vn = (Xn - center) / scale, Vn / scale ** 2
    a_new, b_new, s2_new = a.copy(), b.copy(), s2.copy()
    for k, three in ordinal.items():
        rows = [(Xn[i, t], Vn[i, t], ez, vz) for i, t, kk, ez, vz in obs if kk == k]
        x, v, ez, vz = (np.array(c) for c in zip(*rows))
        lhs = np.array([[len(x), x.sum()], [x.sum(), (x * x + v).sum()]]) + s2[k] / item_prior_var * np.eye(2)
        a_new[k], b_new[k] = np.linalg.solve(lhs, [ez.sum(), (x * ez).sum()])
        ss = ((ez - a_new[k] - b_new[k] * x) ** 2 + vz + b_new[k] ** 2 * v).sum()
        s2_new[k] = (1.0 + ss) / (1.0 + len(x) + 2.0) if three else 1.0
    return Xn, seen, a_new, b_new, s2_new


def test_dynamic_em_step_equals_a_vote_by_vote_reference():
    # A small panel (9 countries, 3 years, one item repeated in all three years, one item voted
    # twice in one year (each country's two votes share an item and a country-year), one
    # two-category item whose lower category is abstain, one country entering in year 2): the
    # blocked float64 and float32 EM maps against the reference step above.
    rng = np.random.default_rng(21)
    n, per_year = 9, 6
    years = np.repeat([2001, 2002, 2003], per_year)
    items = np.arange(years.size)
    items[[0, per_year, 2 * per_year]] = 0                     # a repeated resolution: one item
    items[2] = 1                                               # twice in 2001
    items = np.unique(items, return_inverse=True)[1]
    x_true = rng.normal(size=n)
    votes = simulate_votes(x_true[:, None], rng.normal(0.5, 1, years.size), rng.normal(0, 2, years.size), rng,
                           abstain_band=0.9, missing=0.1)
    votes[0], votes[1] = 1, 3                                  # no item is unanimous (all are kept)
    votes[:, 3] = np.where(np.arange(n) % 2, 1, 2)             # yes or abstain only: two categories
    votes[8, :per_year] = 0                                    # enters in year 2
    vm = VoteMatrix.from_array(votes, years=years, items=items)
    d, _, _ = _dynamic_design(vm, 0.0)
    K = d.ordinal.size
    assert K == items.max() + 1 and d.ordinal.sum() >= 5 and not d.ordinal.all()
    X = rng.normal(size=(n, 3))
    a, b = rng.normal(0.5, 1, K), rng.normal(0, 2, K)
    s2 = np.where(d.ordinal, rng.uniform(0.3, 2.0, K), 1.0)
    opts = {"evolution_var": 0.1, "prior_var": 1.0, "item_prior_var": 25.0}
    Xr, seen, ar, br, s2r = _reference_dynamic_step(votes, years, items, X, a, b, s2, **opts)
    theta = np.concatenate([X.ravel(), a, b, np.log(s2)])
    for dtype, tol in ((np.float64, 1e-8), (np.float32, 2e-4)):
        out = _em_map(d, dtype=dtype, **opts)[0](theta)
        np.testing.assert_allclose(out[:n * 3].reshape(n, 3)[seen], Xr[seen], rtol=tol, atol=tol)
        np.testing.assert_allclose(out[n * 3:n * 3 + K], ar, rtol=tol, atol=tol)
        np.testing.assert_allclose(out[n * 3 + K:n * 3 + 2 * K], br, rtol=tol, atol=tol)
        np.testing.assert_allclose(np.exp(out[n * 3 + 2 * K:]), s2r, rtol=tol, atol=tol)


def test_static_em_step_equals_a_vote_by_vote_reference():
    rng = np.random.default_rng(22)
    votes = simulate_votes(rng.normal(size=(15, 1)), rng.normal(0, 1, 12), rng.normal(0, 2, 12), rng, None, 0.2)
    y = np.where(votes == 1, 1.0, np.where(votes == 3, 0.0, np.nan))
    n, J = y.shape
    x, alpha, beta = rng.normal(size=n), rng.normal(size=J), rng.normal(0, 2, J)
    ystar = np.full((n, J), np.nan)
    for i in range(n):
        for j in range(J):
            if not np.isnan(y[i, j]):
                m = alpha[j] + beta[j] * x[i]
                lo, hi = (-m, np.inf) if y[i, j] == 1 else (-np.inf, -m)
                ystar[i, j] = truncnorm.stats(lo, hi, loc=m, moments="m")
    obs = ~np.isnan(y)
    x_new = np.array([(beta[obs[i]] * (ystar[i, obs[i]] - alpha[obs[i]])).sum() / (1.0 + (beta[obs[i]] ** 2).sum())
                      for i in range(n)])
    x_new = (x_new - x_new.mean()) / x_new.std()
    items = []
    for j in range(J):
        design = np.column_stack([np.ones(obs[:, j].sum()), x_new[obs[:, j]]])
        items.append(np.linalg.solve(design.T @ design + np.eye(2) / 25.0, design.T @ ystar[obs[:, j], j]))
    alpha_new, beta_new = np.array(items).T
    for dtype, tol in ((np.float64, 1e-9), (np.float32, 1e-4)):
        out = _static_map(y, 1.0, 25.0, dtype)(np.concatenate([x, alpha, beta]))
        np.testing.assert_allclose(out[:n], x_new, rtol=tol, atol=tol)
        np.testing.assert_allclose(out[n:n + J], alpha_new, rtol=tol, atol=tol)
        np.testing.assert_allclose(out[n + J:], beta_new, rtol=tol, atol=tol)


# --------------------------------------------------------------------------- simulated recovery

def test_static_binary_recovers_simulated_positions():
    rng = np.random.default_rng(11)
    x = rng.standard_normal(120)
    a, b = rng.normal(0, 1, 600), rng.normal(0, 1.5, 600)
    votes = simulate_votes(x[:, None], a, b, rng, None, missing=0.2)
    fit = static_idealpoints(votes, anchor=None)
    assert fit.converged
    r = np.corrcoef(fit.idealpoint, x)[0, 1]
    assert abs(r) >= 0.98
    assert fit.idealpoint.mean() == pytest.approx(0.0, abs=1e-9)       # normalised
    assert fit.idealpoint.std() == pytest.approx(1.0, abs=1e-9)


def test_dynamic_ordinal_recovers_simulated_paths():
    rng = np.random.default_rng(5)
    n, T, per_year = 100, 8, 100
    paths = rng.standard_normal(n)[:, None] + np.cumsum(rng.normal(0, 0.25, (n, T)), axis=1)
    years = np.repeat(np.arange(2000, 2000 + T), per_year)
    a, b = rng.normal(0.5, 1.0, years.size), rng.normal(0, 1.5, years.size)
    z_mean = paths[:, years - 2000]
    votes = simulate_votes(z_mean, a, b, rng, abstain_band=0.8, missing=0.15)
    assert (votes == 2).mean() > 0.1                         # abstentions really are in play
    fit = dynamic_idealpoints(VoteMatrix.from_array(votes, years=years), anchor=None)
    assert fit.converged
    r = np.corrcoef(fit.idealpoint.ravel(), paths.ravel())[0, 1]
    assert abs(r) >= 0.98
    assert np.all(fit.se > 0)


def test_shared_items_bridge_years():
    # Two years with no common voters' votes except repeated resolutions: sharing items links the
    # scales, so year-2 positions of the same countries line up with year-1 positions.
    rng = np.random.default_rng(8)
    n, J = 80, 60
    x = rng.standard_normal(n)
    a, b = rng.normal(0, 1, J), rng.normal(0, 2, J)
    v1 = simulate_votes(x[:, None], a, b, rng, None, 0.0)
    v2 = simulate_votes(x[:, None], a, b, rng, None, 0.0)
    votes = np.hstack([v1, v2])
    fit = dynamic_idealpoints(VoteMatrix.from_array(votes, years=np.repeat([1, 2], J), items=np.tile(np.arange(J), 2)),
                              anchor=None)
    assert fit.item_a.size == J
    assert np.corrcoef(fit.idealpoint[:, 0], fit.idealpoint[:, 1])[0, 1] > 0.95


def test_sign_follows_anchor():
    rng = np.random.default_rng(2)
    x = np.linspace(-2, 2, 40)
    votes = simulate_votes(x[:, None], rng.normal(0, 1, 200), rng.normal(0, 2, 200), rng, None, 0.1)
    names = [f"C{i}" for i in range(40)]
    low = static_idealpoints(VoteMatrix.from_array(votes, countries=names), anchor="C0")
    high = static_idealpoints(VoteMatrix.from_array(votes, countries=names), anchor="C39")
    assert low.idealpoint[0] > 0 and high.idealpoint[39] > 0
    np.testing.assert_allclose(low.idealpoint, -high.idealpoint, atol=1e-6)


def test_bootstrap_standard_errors():
    rng = np.random.default_rng(4)
    x = rng.standard_normal(50)
    votes = simulate_votes(x[:, None], rng.normal(0, 1, 150), rng.normal(0, 1.5, 150), rng, None, 0.1)
    fit = static_idealpoints(votes, anchor=None, se="bootstrap", n_boot=15)
    post = static_idealpoints(votes, anchor=None)
    assert fit.bootstrap.shape == (15, 50)
    assert np.all(fit.se > 0)
    ratio = np.median(fit.se / post.se)
    assert 0.5 < ratio < 3.0
    dyn = dynamic_idealpoints(VoteMatrix.from_array(votes, years=np.repeat([1, 2, 3], 50)), anchor=None,
                              se="bootstrap", n_boot=5)
    assert dyn.se_method == "bootstrap" and np.all(np.isfinite(dyn.se)) and np.all(dyn.se > 0)


def test_degenerate_inputs_give_finite_estimates():
    # A country with one vote, a vote seen by two countries, a unanimous vote (dropped), a year
    # with a single roll call: the ridge-regularised solves must not break.
    votes = np.array([
        [1, 1, 3, 0, 1, 2],
        [1, 3, 1, 0, 3, 1],
        [1, 1, 3, 1, 2, 3],
        [1, 0, 0, 3, 0, 0],
        [1, 3, 1, 0, 1, 1],
    ])
    fit = dynamic_idealpoints(VoteMatrix.from_array(votes, years=[1, 1, 2, 2, 3, 4]), anchor=None)
    assert np.all(np.isfinite(fit.to_frame()[["idealpoint", "se"]]))
    static = static_idealpoints(votes, anchor=None)
    assert np.all(np.isfinite(static.idealpoint))


# --------------------------------------------------------------------------- vote tables

def test_repeated_resolutions_share_items():
    keys = pd.Series(["SITUATION OF HUMAN RIGHTS IN X", "SITUATION OF HUMAN RIGHTS IN X",
                      "SITUATION OF HUMAN RIGHTS IN X", "AMEND", "AMEND", "NUCLEAR TESTS TREATY RESOLUTION",
                      "NUCLEAR TESTS TREATY RESOLUTION", "NUCLEAR TESTS TREATY RESOLUTION"])
    sessions = pd.Series([50, 51, 52, 50, 51, 50, 50, 51])
    item = repeated_items(keys, sessions)
    assert item[0] == item[1] == item[2]                  # same text in three sessions
    assert item[3] != item[4]                             # too short to be a safe match
    assert item[5] != item[6] and item[5] != item[7]      # twice in session 50: ambiguous there
    assert len(set(item)) == 6


def test_vote_matrix_from_long_rows():
    rows = pd.DataFrame({
        "rcid": [1, 1, 2, 2, 3],
        "year": [1990, 1990, 1990, 1990, 1991],
        "iso3": ["USA", "CUB", "USA", "CUB", "USA"],
        "vote": ["yes", "no", "abstain", "yes", "no"],
    })
    vm = vote_matrix(rows)
    assert list(vm.countries) == ["CUB", "USA"]
    np.testing.assert_array_equal(vm.votes, [[3, 1, 0], [1, 2, 3]])
    np.testing.assert_array_equal(vm.years, [1990, 1990, 1991])
    with pytest.raises(LatitudeError, match="lacks column"):
        vote_matrix(rows.drop(columns="iso3"))


# --------------------------------------------------------------------------- real UN votes

def test_real_votes_dynamic_is_finite_and_ordered(dynamic_recent):
    frame = dynamic_recent
    assert list(frame.columns) == ["iso3", "cow", "year", "idealpoint", "se"]
    assert np.isfinite(frame[["idealpoint", "se"]].to_numpy()).all()
    assert frame["iso3"].nunique() >= 190
    wide = frame.pivot(index="year", columns="iso3", values="idealpoint")
    assert (wide["USA"] > 0).all()
    spread = wide.std(axis=1)
    gap = wide[["USA", "ISR"]].min(axis=1) - wide[["CUB", "IRN", "SYR", "PRK"]].max(axis=1)
    assert (gap > 1.5 * spread).all()
    # South Korea between the United States and China, nearer Japan than China.
    assert ((wide["KOR"] < wide["USA"]) & (wide["KOR"] > wide["CHN"])).all()
    assert ((wide["KOR"] - wide["JPN"]).abs() < (wide["KOR"] - wide["CHN"]).abs()).all()
    assert frame.loc[frame["iso3"] == "USA", "cow"].eq(2).all()


def test_real_votes_static_window(un_con):
    frame = idealpoints(un_con, years="2010-2019", model="static")
    assert (frame["year"] == 2019).all() and frame.attrs["year_from"] == 2010
    pos = frame.set_index("iso3")["idealpoint"]
    assert np.isfinite(frame[["idealpoint", "se"]].to_numpy()).all()
    assert pos["USA"] > 0
    assert min(pos["USA"], pos["ISR"]) > pos.quantile(0.95)
    assert max(pos[["CUB", "IRN", "SYR", "PRK"]]) < pos.median()
    assert pos["CHN"] < pos["KOR"] < pos["USA"]
    assert abs(pos["KOR"] - pos["JPN"]) < abs(pos["KOR"] - pos["CHN"])


def test_store_errors_are_one_line(un_con):
    with pytest.raises(LatitudeError, match="outside the UN vote data"):
        idealpoints(un_con, years=(1900, 1920))
    with pytest.raises(LatitudeError, match="not understood"):
        idealpoints(un_con, years="recent")
    with pytest.raises(LatitudeError, match="'un_votes' is not in the store"):
        idealpoints(duckdb.connect(), years=(2000, 2001))


def test_cli_writes_table_and_parquet(store_path, tmp_path):
    from typer.testing import CliRunner

    from latitude.cli import app

    out = tmp_path / "points.parquet"
    chart = tmp_path / "points.svg"
    result = CliRunner().invoke(app, ["idealpoints", "--years", "2015-2019", "--model", "static", "--format", "csv",
                                      "--out", str(out), "--plot", str(chart), "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    printed = pd.read_csv(io.StringIO(result.stdout))
    assert list(printed.columns) == ["iso3", "cow", "year", "idealpoint", "se"]
    written = pd.read_parquet(out)
    assert len(written) == len(printed) >= 190
    assert written.set_index("iso3").loc["USA", "idealpoint"] > 0
    ticks = [t.text for t in ET.parse(chart).getroot().iter("{http://www.w3.org/2000/svg}text")
             if t.get("class") == "ytick"]
    assert set(ticks) == {"USA", "CHN", "JPN", "KOR"}     # the default --countries, one row each
    bad = CliRunner().invoke(app, ["idealpoints", "--years", "2015-2019", "--out", str(tmp_path / "x.csv"),
                                   "--store", str(store_path)])
    assert bad.exit_code != 0


def test_session_periods(un_con):
    # Session 70 opened in September 2015; its votes of 2016 belong to "2015" by session.
    frame = idealpoints(un_con, years=(2015, 2017), model="dynamic", period="session")
    assert sorted(frame["year"].unique()) == [2015, 2016, 2017]
    wide = frame.pivot(index="year", columns="iso3", values="idealpoint")
    assert (wide["USA"] > wide["KOR"]).all() and (wide["KOR"] > wide["CUB"]).all()
    calls = un_con.execute("SELECT count(*) FROM un_roll_calls WHERE session BETWEEN 70 AND 72").fetchone()[0]
    assert calls > 0
