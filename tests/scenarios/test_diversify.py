"""The diversification frontier on a toy problem with a known optimum, and on the mirror."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from latitude.errors import LatitudeError
from latitude.scenarios.diversify import deviation, frontier, minimise_risk, pole_weights


def test_known_optimum() -> None:
    """Expected shares (0.5, 0.3, 0.2); only A is a pole (weight 1).

    Moving x off A and spreading it over B and C in proportion to their expected shares
    minimises D: D = x²/0.5 + (2x)²·0.5 = 4x². With budget δ = 0.04, x = 0.1:
    s* = (0.4, 0.36, 0.24) and risk 0.4 (worked out with a Lagrangian by hand).
    """
    s = minimise_risk(np.array([1.0, 0.0, 0.0]), np.array([0.5, 0.3, 0.2]), budget=0.04)
    assert s == pytest.approx([0.4, 0.36, 0.24], abs=1e-5)
    assert deviation(s, np.array([0.5, 0.3, 0.2])) == pytest.approx(0.04, abs=1e-6)


def test_zero_budget_is_gravity_and_frontier_falls() -> None:
    partners = pd.DataFrame({"partner": ["CHN", "USA", "VNM", "DEU"], "trade": [40.0, 30.0, 20.0, 10.0],
                             "actual_share": [0.4, 0.3, 0.2, 0.1], "expected_share": [0.3, 0.3, 0.2, 0.2]})
    weights = pole_weights(["CHN", "USA"], {"CHN": 2.0, "USA": 0.5}, {"CHN": 2.0})
    # distances normalised by the largest: CHN 1.0, USA 0.25; CHN weight 1.0 × 2.0, USA 0.25 × 1.
    assert weights.set_index("pole")["weight"].to_dict() == {"CHN": 2.0, "USA": 0.25}
    result = frontier(partners, weights, steps=9)
    assert result.points["risk"].iloc[0] == pytest.approx(0.3 * 2.0 + 0.3 * 0.25)
    assert (np.diff(result.points["risk"]) <= 1e-9).all()
    assert result.shifts.set_index("partner").loc["CHN", "shift"] < 0
    assert result.shifts["shift"].sum() == pytest.approx(0.0, abs=1e-9)


def test_missing_distance_is_an_error() -> None:
    with pytest.raises(LatitudeError, match="no political distance for RUS"):
        pole_weights(["CHN", "RUS"], {"CHN": 1.0}, {})


def test_diversification_on_the_mirror(store_con) -> None:
    from latitude.scenarios.diversify import diversification

    result = diversification(store_con, "KOR", ["USA", "CHN", "JPN"], 2014)
    # Exposure along the frontier never rises, and today's exposure is above the recommended point's.
    assert (np.diff(result.points["risk"]) <= 1e-9).all()
    shifts = result.shifts.set_index("partner")
    assert shifts["recommended_share"].sum() == pytest.approx(1.0)
    recommended_risk = float((shifts["recommended_share"] * shifts.index.map(
        result.weights.set_index("pole")["weight"]).fillna(0)).sum())
    # The recommended point cuts today's exposure by the default 25% (or sits at gravity if that is lower).
    assert recommended_risk == pytest.approx(min(0.75 * result.current_risk, result.points["risk"].iloc[0]), rel=1e-6)
    # Coercion weights count documented episodes only: China led three (THAAD, urea, Australia).
    assert result.weights.set_index("pole").loc["CHN", "coercion"] == 4.0


def test_exact_solution_matches_a_general_solver() -> None:
    """On a random 6-partner problem the KKT solution equals SciPy's SLSQP optimum."""
    from scipy.optimize import minimize

    rng = np.random.default_rng(7)
    expected = rng.dirichlet(np.ones(6))
    weights = np.array([1.0, 0.6, 0.0, 0.0, 0.2, 0.0])
    budget = 0.05
    ours = minimise_risk(weights, expected, budget)
    general = minimize(lambda s: s @ weights, expected, method="SLSQP", bounds=[(0, 1)] * 6, constraints=[
        {"type": "eq", "fun": lambda s: s.sum() - 1},
        {"type": "ineq", "fun": lambda s: budget - deviation(s, expected)}], options={"ftol": 1e-12, "maxiter": 1000})
    assert general.success
    assert ours @ weights == pytest.approx(general.fun, abs=1e-6)
    assert ours == pytest.approx(general.x, abs=1e-4)


def test_recommended_point_hits_the_target_cut() -> None:
    partners = pd.DataFrame({"partner": ["CHN", "USA", "VNM", "DEU"], "trade": [40.0, 30.0, 20.0, 10.0],
                             "actual_share": [0.4, 0.3, 0.2, 0.1], "expected_share": [0.4, 0.3, 0.2, 0.1]})
    weights = pole_weights(["CHN"], {"CHN": 1.0}, {})
    result = frontier(partners, weights, cut=0.5)
    # Today (= gravity here) exposure 0.4; half of it is 0.2; by the Lagrangian argument of
    # test_known_optimum, moving x = 0.2 off CHN pro rata costs D = x²/0.4 + x²/0.6 = 1/6.
    assert result.recommended_risk == pytest.approx(0.2, abs=1e-9)
    assert result.recommended_deviation == pytest.approx(0.04 / 0.4 + 0.04 / 0.6, abs=1e-8)
    with pytest.raises(LatitudeError, match="--cut must be between 0 and 1"):
        frontier(partners, weights, cut=1.5)
