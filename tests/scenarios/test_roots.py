"""Brent's root finder (latitude.scenarios.roots) against SciPy's brentq, another implementation."""
from __future__ import annotations

import math

import numpy as np
import pytest
from scipy.optimize import brentq

from latitude.errors import LatitudeError
from latitude.scenarios import diversify
from latitude.scenarios.roots import RTOL, brent_root

# f, bracket: smooth, flat (a triple root), steep, kinked and piecewise-constant-slope functions,
# roots at irrational points and at 0.
CASES = [
    (lambda x: x * x - 2.0, (0.0, 2.0)),
    (lambda x: math.cos(x) - x, (0.0, 1.0)),
    (lambda x: (x - 1.0 / 3.0) ** 3, (-2.0, 5.0)),
    (lambda x: math.exp(x) - 1e6, (0.0, 50.0)),
    (lambda x: math.atan(1e4 * (x - 0.1234)), (-1.0, 1.0)),
    (lambda x: max(0.0, x - 0.3) * 2.0 + min(0.0, x - 0.3) * 1e-3 + 1e-9, (-1.0, 1.0)),
    (lambda x: x, (-1.0, 3.0)),
    (lambda x: math.log(x) + x, (1e-9, 1.0)),
]


@pytest.mark.parametrize("f, bracket", CASES)
@pytest.mark.parametrize("xtol, rtol", [(2e-12, RTOL), (1e-14, 1e-14), (1e-6, 1e-10)])
def test_matches_scipy_brentq(f, bracket, xtol, rtol) -> None:
    ours = brent_root(f, *bracket, xtol=xtol, rtol=rtol, maxiter=500)
    theirs = brentq(f, *bracket, xtol=xtol, rtol=rtol, maxiter=500)
    assert abs(ours - theirs) <= xtol + rtol * abs(theirs)


@pytest.mark.parametrize("seed", range(20))
def test_the_diversify_root_finds_match_scipy_brentq(seed: int) -> None:
    """diversify's three root finds on a random problem (the multiplier mu of sum s = 1, the log nu
    that spends a deviation budget, the budget that reaches a target exposure), with its
    tolerances, against brentq."""
    rng = np.random.default_rng(seed)
    k = int(rng.integers(3, 12))
    expected = rng.dirichlet(np.ones(k))
    weights = np.where(rng.random(k) < 0.4, rng.random(k) * 3.0, 0.0)
    weights[0] = 1.0 + rng.random()
    nu = float(np.exp(rng.uniform(-5, 3)))

    def excess(mu: float) -> float:
        return float(np.maximum(0.0, expected * (1.0 - (weights + mu) / (2.0 * nu))).sum() - 1.0)

    lo, hi = -weights.max() - 2.0 * nu, -weights.min()
    opts = {"xtol": 1e-14, "rtol": 1e-14, "maxiter": 500}
    mu = brent_root(excess, lo, hi, **opts)
    assert abs(mu - brentq(excess, lo, hi, **opts)) <= 1e-14 + 1e-14 * abs(mu)

    corner = diversify._min_risk_pattern(weights, expected)
    budget = float(rng.uniform(0.05, 0.95)) * diversify.deviation(corner, expected)

    def spent(log_nu: float) -> float:
        shares = diversify._kkt_shares(float(np.exp(log_nu)), weights, expected)
        return diversify.deviation(shares, expected) - budget

    ours = brent_root(spent, -200.0, 20.0, xtol=1e-12, maxiter=500)
    theirs = brentq(spent, -200.0, 20.0, xtol=1e-12, maxiter=500)
    assert abs(ours - theirs) <= 1e-12 + RTOL * abs(theirs)
    np.testing.assert_allclose(diversify.minimise_risk(weights, expected, budget),
                               diversify._kkt_shares(float(np.exp(theirs)), weights, expected), atol=1e-9)

    d_max = diversify.deviation(corner, expected)
    target = float(np.mean([diversify.risk(expected, weights), diversify.risk(corner, weights)]))

    def above(b: float) -> float:
        return diversify.risk(diversify.minimise_risk(weights, expected, b), weights) - target

    ours = brent_root(above, 0.0, d_max, xtol=1e-12, maxiter=500)
    theirs = brentq(above, 0.0, d_max, xtol=1e-12, maxiter=500)
    assert abs(ours - theirs) <= 1e-12 + RTOL * abs(theirs)
    np.testing.assert_allclose(diversify.recommended(weights, expected, target, d_max),
                               diversify.minimise_risk(weights, expected, theirs), atol=1e-9)


def test_root_at_an_end_is_returned() -> None:
    assert brent_root(lambda x: x - 1.0, 1.0, 4.0) == 1.0
    assert brent_root(lambda x: x - 4.0, 1.0, 4.0) == 4.0


def test_bad_bracket_and_no_convergence_are_clear_errors() -> None:
    with pytest.raises(LatitudeError, match="same sign at both ends"):
        brent_root(lambda x: x * x + 1.0, -1.0, 1.0)
    with pytest.raises(LatitudeError, match="no convergence in 3 steps"):
        brent_root(lambda x: math.cos(x) - x, 0.0, 1.0, xtol=1e-15, maxiter=3)
    with pytest.raises(LatitudeError, match="need xtol > 0"):
        brent_root(lambda x: x, -1.0, 1.0, xtol=0.0)
