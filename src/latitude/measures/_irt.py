"""Numerical kernels for the ideal-point EM estimators (vectorised NumPy/SciPy).

Kept apart from `idealpoints.py` so the model code reads as the algorithm and these pieces
can be checked on their own: truncated-normal moments (the E-step), ridge-regularised 2x2
item solves (the M-step) and a Kalman filter / Rauch-Tung-Striebel smoother run for all
countries at once (the random-walk prior of the dynamic model).
"""
from __future__ import annotations

import numpy as np
from scipy.special import erfcx, log_ndtr

_LOG_SQRT_2PI = 0.5 * np.log(2.0 * np.pi)
_SQRT_2_OVER_PI = np.sqrt(2.0 / np.pi)
_SQRT_HALF = np.sqrt(0.5)


def log_normal_pdf(z: np.ndarray) -> np.ndarray:
    """log phi(z), -inf at +-inf."""
    return -0.5 * z * z - _LOG_SQRT_2PI


def mills_ratio(alpha: np.ndarray) -> np.ndarray:
    """phi(alpha) / Phi(-alpha), the mean of a standard normal truncated to (alpha, inf).

    Written as sqrt(2/pi) / erfcx(alpha / sqrt 2) (Phi(-a) = erfcx(a/sqrt2) exp(-a^2/2) / 2), which
    has no cancellation or overflow in either tail: ~alpha for large alpha, ~0 for very negative.
    """
    return _SQRT_2_OVER_PI / erfcx(alpha * _SQRT_HALF)


def upper_tail_moments(alpha: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Mean and variance of a standard normal truncated to (alpha, inf).

    Mean = the inverse Mills ratio; variance = 1 + alpha * mean - mean^2, clipped to [0, 1].
    """
    lam = mills_ratio(alpha)
    var = 1.0 + alpha * lam - lam * lam
    return lam, np.clip(var, 0.0, 1.0)


def interval_moments(alpha: np.ndarray, beta: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Mean and variance of a standard normal truncated to (alpha, beta), alpha < beta finite or not.

    Intervals lying in the upper tail are reflected to the lower tail, where the normal
    probability Phi(beta) - Phi(alpha) is computed as a log difference without cancellation.
    """
    flip = alpha > 0
    a = np.where(flip, -beta, alpha)
    b = np.where(flip, -alpha, beta)
    log_pb = log_ndtr(b)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        log_z = log_pb + np.log1p(-np.exp(log_ndtr(a) - log_pb))
        pa = np.exp(log_normal_pdf(a) - log_z)
        pb = np.exp(log_normal_pdf(b) - log_z)
        mean = pa - pb
        apa = np.where(np.isfinite(a), a * pa, 0.0)
        bpb = np.where(np.isfinite(b), b * pb, 0.0)
    var = 1.0 + apa - bpb - mean * mean
    # Degenerate intervals (width ~ 0 in sd units): the mass sits at the midpoint.
    bad = ~np.isfinite(mean)
    if bad.any():
        mid = 0.5 * (a + b)
        mean = np.where(bad, np.where(np.isfinite(mid), mid, 0.0), mean)
        var = np.where(bad, 0.0, var)
    mean = np.clip(mean, a, b)
    mean = np.where(flip, -mean, mean)
    return mean, np.clip(var, 0.0, 1.0)


def truncated_normal_moments(
    mean: np.ndarray, sd: np.ndarray, lower: np.ndarray, upper: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """E[z] and Var[z] for z ~ N(mean, sd^2) truncated to (lower, upper); bounds may be +-inf."""
    mean, sd, lower, upper = np.broadcast_arrays(
        np.asarray(mean, float), np.asarray(sd, float), np.asarray(lower, float), np.asarray(upper, float)
    )
    with np.errstate(invalid="ignore"):
        alpha = (lower - mean) / sd
        beta = (upper - mean) / sd
    m, v = interval_moments(alpha, beta)
    return mean + sd * m, sd * sd * v


def solve_items(
    n: np.ndarray,
    sx: np.ndarray,
    sxx: np.ndarray,
    sz: np.ndarray,
    sxz: np.ndarray,
    prior_precision: float | np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """Ridge solves of many 2x2 systems for item intercepts and slopes.

    Solves (P + [[n, sx], [sx, sxx]]) (a, b)' = (sz, sxz)' per item, with P = prior_precision * I
    (a zero-mean normal prior).  P > 0 keeps every system positive definite, so an item seen by
    one country, or by countries at one position, still has a finite, shrunken solution.
    """
    a11 = n + prior_precision
    a22 = sxx + prior_precision
    det = a11 * a22 - sx * sx
    a = (a22 * sz - sx * sxz) / det
    b = (a11 * sxz - sx * sz) / det
    return a, b


def kalman_smooth(
    precision: np.ndarray,
    score: np.ndarray,
    first: np.ndarray,
    prior_mean: float,
    prior_var: float,
    evolution_var: float,
) -> tuple[np.ndarray, np.ndarray]:
    """Posterior means and variances of random-walk positions, all countries at once.

    Model per country i: x_{i,first_i} ~ N(prior_mean, prior_var), x_{i,t} = x_{i,t-1} + N(0, w2)
    afterwards; year t contributes a Gaussian pseudo-likelihood with information
    `precision[i, t]` (sum of b_j^2 / s_j^2 over that year's votes) and `score[i, t]`
    (sum of b_j (E z_ij - a_j) / s_j^2), so the measurement update is in information form:
    C_t = 1 / (1/P_t + precision), c_t = C_t (c_{t-1}/P_t + score).  Years without votes
    (precision 0) carry the prediction.  The Rauch-Tung-Striebel pass then gives
    x_t = c_t + J_t (x_{t+1} - c_t), V_t = C_t + J_t^2 (V_{t+1} - P_{t+1}), J_t = C_t / P_{t+1}.
    Years before a country's first vote are returned as the prior (callers mask them).
    """
    n, T = precision.shape
    filt_mean = np.empty((n, T))
    filt_var = np.empty((n, T))
    pred_var = np.empty((n, T))
    mean = np.full(n, prior_mean, dtype=float)
    var = np.full(n, prior_var, dtype=float)
    for t in range(T):
        start = t <= first
        p = np.where(start, prior_var, var + evolution_var)
        c_prev = np.where(start, prior_mean, mean)
        var = 1.0 / (1.0 / p + precision[:, t])
        mean = var * (c_prev / p + score[:, t])
        filt_mean[:, t] = mean
        filt_var[:, t] = var
        pred_var[:, t] = p
    x = np.empty((n, T))
    v = np.empty((n, T))
    x[:, -1] = filt_mean[:, -1]
    v[:, -1] = filt_var[:, -1]
    for t in range(T - 2, -1, -1):
        gain = np.where(t + 1 <= first, 0.0, filt_var[:, t] / pred_var[:, t + 1])
        x[:, t] = filt_mean[:, t] + gain * (x[:, t + 1] - filt_mean[:, t])
        v[:, t] = filt_var[:, t] + gain * gain * (v[:, t + 1] - pred_var[:, t + 1])
    return x, v


def min_correlation_change(old: list[np.ndarray], new: list[np.ndarray]) -> float:
    """Imai-Lo-Olmsted convergence statistic: 1 - min over parameter blocks of corr(old, new)."""
    worst = 1.0
    for o, n_ in zip(old, new):
        if o.size < 2:
            continue
        so, sn = o.std(), n_.std()
        if so == 0 or sn == 0:
            r = 1.0 if np.allclose(o, n_) else 0.0
        else:
            r = float(np.mean((o - o.mean()) * (n_ - n_.mean())) / (so * sn))
        worst = min(worst, r)
    return 1.0 - worst


def squarem(update, theta: np.ndarray, tol: float, max_iter: int, step=None,
            watch: slice | np.ndarray = slice(None)) -> tuple[np.ndarray, int, bool]:
    """Accelerate a fixed-point (EM) map with SQUAREM (Varadhan & Roland 2008, scheme S3).

    Each cycle takes two EM steps r = F(t) - t, v = F(F(t)) - 2F(t) + t, jumps to
    t - 2 a r + a^2 v with a = -|r| / |v| (bounded, a <= -1, so a = -1 is the plain double
    EM step), then applies F once more to stabilise. Falls back to the plain EM step when
    the jump produces non-finite values. Converged when the largest absolute change of one
    EM step of the watched parameters, max |F(t) - t|[watch], is below `tol`. Returns the parameters, the number of EM map
    evaluations and whether it converged.
    """
    evals = 0
    max_step = 1.0
    while evals < max_iter:
        t1 = update(theta)
        r = t1 - theta
        evals += 1
        change = float(np.max(np.abs(r[watch])))
        if change < tol:
            return t1, evals, True
        t2 = update(t1)
        evals += 1
        v = t2 - 2.0 * t1 + theta
        norm_v = np.sqrt(np.sum(v * v))
        alpha = -np.sqrt(np.sum(r * r)) / norm_v if norm_v > 0 else -1.0
        alpha = max(min(alpha, -1.0), -max_step)
        if alpha == -max_step:
            max_step *= 4.0
        jump = theta - 2.0 * alpha * r + alpha * alpha * v
        candidate = None
        if np.all(np.isfinite(jump)):
            candidate = update(jump)
            evals += 1
        if candidate is None or not np.all(np.isfinite(candidate)):
            theta, max_step = t2, 1.0
        else:
            theta = candidate
        if step is not None:
            step(2 if candidate is None else 3, f"max change {change:.1e}")
    return theta, evals, False
