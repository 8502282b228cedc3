"""Diversification: which reallocation of the focal's trade cuts its exposure to the poles most
while straying least from what gravity says is natural.

Exposure (risk) of a trade pattern s (shares over partners, Σ s = 1):

    R(s) = Σ_p  s_p · d_p · c_p        over the poles p,

with d_p the political distance between focal and pole (absolute difference of UN ideal
points, divided by the largest such difference among the poles, so the most distant pole has
d = 1) and c_p the pole's coercion weight (1 + the number of documented coercion episodes it
led in latitude's episode catalogue, or set by the user). Deviation from the gravity-expected
pattern ŝ:

    D(s) = Σ_j (s_j − ŝ_j)² / ŝ_j        (a chi-square distance; small partners cannot absorb much).

The frontier solves min R(s) s.t. Σ s = 1, s ≥ 0, D(s) ≤ δ for a grid of budgets δ, with
SciPy's SLSQP. At δ = 0 the pattern is gravity's own; as δ grows, trade moves off the poles,
first where gravity makes it cheapest. The recommended point keeps D at today's value D(s⁰):
as far from gravity as the focal already is, but arranged to minimise exposure.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.optimize import minimize

from latitude.errors import LatitudeError


@dataclass
class Frontier:
    """Risk-versus-deviation frontier and the shifts at the recommended point."""

    points: pd.DataFrame          # budget, deviation, risk
    shifts: pd.DataFrame          # partner, current_share, expected_share, recommended_share, shift, shift_usd
    current_risk: float
    current_deviation: float
    weights: pd.DataFrame         # pole, distance, coercion, weight


def risk(shares: np.ndarray, weights: np.ndarray) -> float:
    return float(shares @ weights)


def deviation(shares: np.ndarray, expected: np.ndarray) -> float:
    return float(np.sum((shares - expected) ** 2 / expected))


def minimise_risk(weights: np.ndarray, expected: np.ndarray, budget: float) -> np.ndarray:
    """min w·s  s.t. Σ s = 1, s ≥ 0, Σ (s − ŝ)²/ŝ ≤ budget (SLSQP from the gravity pattern)."""
    if np.any(expected <= 0) or not np.isclose(expected.sum(), 1.0):
        raise LatitudeError("expected shares must be positive and sum to 1")
    constraints = [
        {"type": "eq", "fun": lambda s: s.sum() - 1.0, "jac": lambda s: np.ones_like(s)},
        {"type": "ineq", "fun": lambda s: budget - deviation(s, expected),
         "jac": lambda s: -2.0 * (s - expected) / expected},
    ]
    result = minimize(lambda s: s @ weights, expected.copy(), jac=lambda s: weights, method="SLSQP",
                      bounds=[(0.0, 1.0)] * len(expected), constraints=constraints,
                      options={"maxiter": 500, "ftol": 1e-12})
    if not result.success and result.status not in (8,):  # 8: positive directional derivative at optimum
        raise LatitudeError(f"diversification optimiser failed: {result.message}")
    shares = np.clip(result.x, 0.0, None)
    return shares / shares.sum()


def pole_weights(poles: list[str], distances: dict[str, float], coercion: dict[str, float]) -> pd.DataFrame:
    """d_p (normalised political distance) × c_p (coercion weight) for each pole."""
    missing = [p for p in poles if p not in distances or not np.isfinite(distances[p])]
    if missing:
        raise LatitudeError(f"no political distance for {', '.join(missing)}: the UN ideal points do not cover them "
                            "in that year")
    raw = np.array([abs(distances[p]) for p in poles], dtype=float)
    scale = raw.max() if raw.max() > 0 else 1.0
    frame = pd.DataFrame({"pole": poles, "distance": raw / scale,
                          "coercion": [float(coercion.get(p, 1.0)) for p in poles]})
    frame["weight"] = frame["distance"] * frame["coercion"]
    return frame


def frontier(partners: pd.DataFrame, weights: pd.DataFrame, steps: int = 25) -> Frontier:
    """Trace the frontier for partners (columns partner, trade, actual_share, expected_share)."""
    table = partners.dropna(subset=["expected_share"]).copy()
    table = table[table["expected_share"] > 0]
    expected = (table["expected_share"] / table["expected_share"].sum()).to_numpy()
    current = table["actual_share"].fillna(0).to_numpy()
    current = current / current.sum()
    w = table["partner"].map(dict(zip(weights["pole"], weights["weight"]))).fillna(0.0).to_numpy()
    d_now = deviation(current, expected)
    top = max(d_now * 2.0, deviation(_zero_risk_corner(w, expected), expected), 1e-6)
    budgets = np.linspace(0.0, top, steps)
    points = []
    for budget in budgets:
        s = minimise_risk(w, expected, budget)
        points.append({"budget": budget, "deviation": deviation(s, expected), "risk": risk(s, w)})
    best = minimise_risk(w, expected, d_now)
    total = float(table["trade"].sum())
    shifts = pd.DataFrame({
        "partner": table["partner"].to_numpy(), "current_share": current, "expected_share": expected,
        "recommended_share": best, "shift": best - current, "shift_usd": (best - current) * total * 1e6,
    }).sort_values("shift")
    return Frontier(points=pd.DataFrame(points), shifts=shifts.reset_index(drop=True),
                    current_risk=risk(current, w), current_deviation=d_now, weights=weights)


def _zero_risk_corner(w: np.ndarray, expected: np.ndarray) -> np.ndarray:
    """Gravity's pattern with the poles' shares moved pro rata to the other partners."""
    safe = np.where(w > 0, 0.0, expected)
    return safe / safe.sum() if safe.sum() > 0 else expected


def coercion_record(poles: list[str]) -> dict[str, float]:
    """Default coercion weights: 1 + the episodes each pole led in latitude's shipped scenarios."""
    from latitude.scenarios.spec import example_scenarios, load_scenario

    led = {p: 0 for p in poles}
    for path in example_scenarios().values():
        for by in {s.by for s in load_scenario(path).shocks}:
            if by in led:
                led[by] += 1
    return {p: 1.0 + n for p, n in led.items()}


def diversification(con, focal: str, poles: list[str], year: int,
                    coercion: dict[str, float] | None = None, window: int = 5) -> Frontier:
    """Gravity fit for `year`, UN ideal-point distances over the `window` years to `year`, frontier."""
    from latitude.measures.idealpoints import idealpoints
    from latitude.scenarios.gravity import expected_partner_trade, fit_gravity

    fit = fit_gravity(con, (year, year))
    partners = expected_partner_trade(fit, focal, year)
    points = idealpoints(con, years=(year - window + 1, year), model="static")
    position = points.groupby("iso3")["idealpoint"].mean()
    if focal not in position:
        raise LatitudeError(f"{focal} has no UN ideal point for {year - window + 1}-{year}")
    distances = {p: float(position[p] - position[focal]) for p in poles if p in position}
    weights = pole_weights(poles, distances, coercion or coercion_record(poles))
    return frontier(partners, weights)
