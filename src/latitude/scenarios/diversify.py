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
an exact KKT solution with Brent's root finder (`latitude.scenarios.roots`). At δ = 0 the pattern is gravity's own; as δ grows, trade moves off the poles,
first where gravity makes it cheapest. The recommended point is the least deviation from gravity
at which exposure is a chosen fraction (`cut`, default 25%) below today's R(s⁰).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from latitude.catalogue import CatalogueLike
from latitude.errors import LatitudeError
from latitude.scenarios.roots import brent_root


@dataclass
class Frontier:
    """Risk-versus-deviation frontier and the shifts at the recommended point."""

    points: pd.DataFrame          # budget, deviation, risk
    shifts: pd.DataFrame          # partner, current_share, expected_share, recommended_share, shift, shift_usd
    current_risk: float
    current_deviation: float
    weights: pd.DataFrame         # pole, distance, coercion, weight
    recommended_risk: float
    recommended_deviation: float
    source: str = ""                                   # the stores' sources behind the figures
    notes: list[str] = field(default_factory=list)     # e.g. gravity controls taken from an earlier year


def risk(shares: np.ndarray, weights: np.ndarray) -> float:
    return float(shares @ weights)


def deviation(shares: np.ndarray, expected: np.ndarray) -> float:
    return float(np.sum((shares - expected) ** 2 / expected))


def _kkt_shares(nu: float, weights: np.ndarray, expected: np.ndarray) -> np.ndarray:
    """Optimal shares for the multiplier ν of the deviation budget.

    Stationarity of w·s + ν·Σ(s − ŝ)²/ŝ + μ(Σs − 1) with s ≥ 0 gives
    s_j = max(0, ŝ_j·(1 − (w_j + μ)/(2ν))); μ is the root of Σ s = 1 (monotone in μ).
    """
    def excess(mu: float) -> float:
        return float(np.maximum(0.0, expected * (1.0 - (weights + mu) / (2.0 * nu))).sum() - 1.0)

    mu = brent_root(excess, -weights.max() - 2.0 * nu, -weights.min(), xtol=1e-14, rtol=1e-14, maxiter=500)
    shares = np.maximum(0.0, expected * (1.0 - (weights + mu) / (2.0 * nu)))
    return shares / shares.sum()


def minimise_risk(weights: np.ndarray, expected: np.ndarray, budget: float) -> np.ndarray:
    """min w·s  s.t. Σ s = 1, s ≥ 0, Σ (s − ŝ)²/ŝ ≤ budget.

    Solved exactly from the KKT conditions: for a multiplier ν the optimal shares have a
    closed form (`_kkt_shares`), and the deviation they imply falls monotonically as ν grows,
    so Brent's root finder (`brent_root`) picks the ν that spends the budget exactly.
    """
    if np.any(expected <= 0) or not np.isclose(expected.sum(), 1.0):
        raise LatitudeError("expected shares must be positive and sum to 1")
    if budget < 0:
        raise LatitudeError("the deviation budget must be non-negative")
    if budget == 0 or np.allclose(weights, weights[0]):
        return expected.copy()
    corner = _min_risk_pattern(weights, expected)
    if deviation(corner, expected) <= budget:
        return corner

    def spent(log_nu: float) -> float:
        return deviation(_kkt_shares(float(np.exp(log_nu)), weights, expected), expected) - budget

    lo, hi = -20.0, 5.0
    while spent(hi) > 0:
        hi += 5.0
    while spent(lo) < 0 and lo > -200:
        lo -= 10.0
    return _kkt_shares(float(np.exp(brent_root(spent, lo, hi, xtol=1e-12, maxiter=500))), weights, expected)


def _min_risk_pattern(weights: np.ndarray, expected: np.ndarray) -> np.ndarray:
    """Among the patterns of least risk (all trade with the least-weighted partners), the one
    closest to gravity: those partners' expected shares, scaled up pro rata."""
    safe = np.where(np.isclose(weights, weights.min()), expected, 0.0)
    return safe / safe.sum()


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


def frontier(partners: pd.DataFrame, weights: pd.DataFrame, steps: int = 25, cut: float = 0.25) -> Frontier:
    """Trace the frontier for partners (columns partner, trade, actual_share, expected_share) and
    recommend the pattern closest to gravity whose exposure is `cut` below today's."""
    if not 0.0 < cut < 1.0:
        raise LatitudeError(f"--cut must be between 0 and 1 (e.g. 0.25 for a quarter less exposure), got {cut}")
    table = partners.dropna(subset=["expected_share"]).copy()
    table = table[table["expected_share"] > 0]
    expected = (table["expected_share"] / table["expected_share"].sum()).to_numpy()
    current = table["actual_share"].fillna(0).to_numpy()
    current = current / current.sum()
    w = table["partner"].map(dict(zip(weights["pole"], weights["weight"]))).fillna(0.0).to_numpy()
    d_now = deviation(current, expected)
    d_max = max(deviation(_min_risk_pattern(w, expected), expected), 1e-9)
    budgets = np.linspace(0.0, d_max, steps)
    points = []
    for budget in budgets:
        s = minimise_risk(w, expected, budget)
        points.append({"budget": budget, "deviation": deviation(s, expected), "risk": risk(s, w)})
    best = recommended(w, expected, target=(1.0 - cut) * risk(current, w), d_max=d_max)
    total = float(table["trade"].sum())
    shifts = pd.DataFrame({
        "partner": table["partner"].to_numpy(), "current_share": current, "expected_share": expected,
        "recommended_share": best, "shift": best - current, "shift_usd": (best - current) * total * 1e6,
    }).sort_values("shift")
    return Frontier(points=pd.DataFrame(points), shifts=shifts.reset_index(drop=True),
                    current_risk=risk(current, w), current_deviation=d_now, weights=weights,
                    recommended_risk=risk(best, w), recommended_deviation=deviation(best, expected))


def recommended(weights: np.ndarray, expected: np.ndarray, target: float, d_max: float) -> np.ndarray:
    """The frontier point of least deviation whose exposure is at most `target`."""
    if risk(expected, weights) <= target:
        return expected.copy()
    floor = risk(_min_risk_pattern(weights, expected), weights)
    if target < floor:
        raise LatitudeError(f"exposure cannot fall below {floor:.4f} with these poles: ask for a smaller --cut")
    budget = brent_root(lambda b: risk(minimise_risk(weights, expected, b), weights) - target, 0.0, d_max,
                        xtol=1e-12, maxiter=500)
    return minimise_risk(weights, expected, budget)


def coercion_record(poles: list[str]) -> dict[str, float]:
    """Default coercion weights: 1 + the documented episodes (not hypotheticals) each pole led in
    latitude's shipped scenarios."""
    from latitude.scenarios.spec import example_scenarios, load_scenario

    led = {p: 0 for p in poles}
    for path in example_scenarios().values():
        scenario = load_scenario(path)
        if scenario.hypothetical:
            continue
        for by in {s.by for s in scenario.shocks}:
            if by in led:
                led[by] += 1
    return {p: 1.0 + n for p, n in led.items()}


def diversification(con: CatalogueLike, focal: str, poles: list[str], year: int,
                    coercion: dict[str, float] | None = None, window: int = 5, cut: float = 0.25) -> Frontier:
    """Gravity fit for `year`, UN ideal-point distances over the `window` years to `year`, frontier."""
    from latitude.measures.idealpoints import idealpoints
    from latitude.scenarios.gravity import expected_partner_trade, fit_gravity

    fit = fit_gravity(con, (year, year))
    partners = expected_partner_trade(fit, focal, year)
    mine = fit.flows[(fit.flows["exporter"] == focal) | (fit.flows["importer"] == focal)]
    points = idealpoints(con, years=(year - window + 1, year), model="static")
    position = points.groupby("iso3")["idealpoint"].mean()
    if focal not in position:
        raise LatitudeError(f"{focal} has no UN ideal point for {year - window + 1}-{year}")
    distances = {p: float(position[p] - position[focal]) for p in poles if p in position}
    weights = pole_weights(poles, distances, coercion or coercion_record(poles))
    result = frontier(partners, weights, cut=cut)
    result.source = (f"{', '.join(sorted(mine['source'].dropna().unique()))}; gravity: cow_states, cow_contdir, "
                     "cow_igo; unvotes ideal points")
    result.notes = list(fit.notes)
    return result
