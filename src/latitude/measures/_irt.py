"""Numerical kernels for the ideal-point EM estimators (vectorised NumPy).

Kept apart from `idealpoints.py` so the model code reads as the algorithm and these pieces
can be checked on their own: truncated-normal moments (the E-step), ridge-regularised 2x2
item solves (the M-step) and a Kalman filter / Rauch-Tung-Striebel smoother run for all
countries at once (the random-walk prior of the dynamic model).

The E-step evaluates the inverse Mills ratio about a million times per EM step, so it is
computed here from a polynomial fitted to SciPy's `erfcx` (coefficients stored below, so SciPy is
not needed at run time; relative error below 1e-10 on the whole real line, 3x faster than `erfcx`
itself; see `mills_ratio`).
"""
from __future__ import annotations

import numpy as np

_SQRT_2_OVER_PI = float(np.sqrt(2.0 / np.pi))
_SQRT_HALF = float(np.sqrt(0.5))
_SQRT_2PI = float(np.sqrt(2.0 * np.pi))
_SQRT_2 = float(np.sqrt(2.0))


# log(erfcx(z) / t) as a polynomial in u = 2t - 1, t = 2/(2+z), z >= 0 (coefficients highest power
# first). The map z in [0, inf) -> t in (0, 1] makes erfcx(z)/t smooth and bounded (it tends to
# 1/(2 sqrt(pi)) as z -> inf), so a Chebyshev interpolant of moderate degree, converted to the
# monomial basis in u (coefficients stay below 1), is accurate to 2e-11 relative everywhere.
# Produced by tools/fit_erfcx.py: the Chebyshev interpolant at the degree + 1 Chebyshev points of
# the first kind in u of scipy.special.erfcx (numpy's chebinterpolate), printed at full repr
# precision; rerun it to change a degree. float32 arithmetic cannot use more than degree 9 (relative
# error 5e-7, its rounding level; degree 8: 2e-6). tests/measures/test_idealpoints.py checks both
# against SciPy's erfcx.
_ERFCX_COEF = {
    np.dtype(np.float64): np.array([   # degree 16
        3.386753969750792e-06,
        -3.7398328308632054e-06,
        -2.1670823485162328e-05,
        3.4747899700435034e-05,
        6.381873282064106e-05,
        -0.00017567183984073926,
        -8.983674770378075e-05,
        0.0006740253162576963,
        -0.00014739441955736437,
        -0.002345852782626599,
        0.0017591138752865443,
        0.008824939035793535,
        -0.009872702151183141,
        -0.046895610029569074,
        0.04734330710737626,
        0.6726432239714607,
        -0.6717940840566914,
    ]),
    np.dtype(np.float32): np.array([   # degree 9
        0.0003555568466042658,
        -0.0002087448396293823,
        -0.002098155702019833,
        0.0017782677967209443,
        0.008741205177167886,
        -0.009874861753315537,
        -0.046885404630566355,
        0.04734333385070846,
        0.6726430208570073,
        -0.6717940836784178,
    ]),
}


def _shifted(shift: float) -> dict[np.dtype, np.ndarray]:
    """`_ERFCX_COEF` with `shift` added to the constant term, each in its own precision."""
    return {dt: np.r_[c[:-1], c[-1] + shift].astype(dt) for dt, c in _ERFCX_COEF.items()}


_ERFCX_HALF_COEF = _shifted(-np.log(2.0))                  # erfcx = 2t exp(p) / 2
_MILLS_COEF = _shifted(-np.log(2.0 * _SQRT_2_OVER_PI))     # erfcx / sqrt(2/pi) = 2t exp(p) / (2 sqrt(2/pi))
_ERFCX_QUARTER_COEF = _shifted(-np.log(4.0))               # erfcx / 2 = 2t exp(p) / 4
_LOG_2_OVER_K = float(np.log(2.0 / _SQRT_2_OVER_PI))
_HUGE = {np.dtype(np.float64): np.finfo(np.float64).max, np.dtype(np.float32): np.finfo(np.float32).max}


def _erfcx_over_t(a: np.ndarray, coef: np.ndarray) -> np.ndarray:
    """(2t) exp(p(2t - 1)) with t = 2/(2 + a/sqrt 2), a >= 0, for the polynomial `coef` (highest power
    first): erfcx(a/sqrt 2) * 2 exp(c) when `coef` is `_ERFCX_COEF` with c added to its constant term.
    Overwrites `a`."""
    a += 2.0 * _SQRT_2
    two_t = np.divide(4.0 * _SQRT_2, a, out=a)             # 2t = 4 / (2 + a/sqrt2)
    u = two_t - 1.0
    acc = u * coef[0]
    acc += coef[1]
    for c in coef[2:]:
        acc *= u
        acc += c
    np.exp(acc, out=acc)
    acc *= two_t
    return acc


def erfcx_nonneg(z: np.ndarray) -> np.ndarray:
    """erfcx(z) = exp(z^2) erfc(z) for z >= 0 (inf -> 0) from the fitted polynomial, in z's precision.

    About 25 vectorised NumPy passes, 3x faster than `scipy.special.erfcx` in float64 and 6x in
    float32 (relative error 2e-11 in float64, a few float32 ulps in float32).
    """
    return _erfcx_over_t(z * _SQRT_2, _ERFCX_HALF_COEF[z.dtype])


def _floating(x: np.ndarray) -> np.ndarray:
    """float32 stays float32 (the EM's fast pass); anything else becomes float64."""
    x = np.asarray(x)
    return x if x.dtype == np.float32 else x.astype(np.float64, copy=False)


def mills_ratio(alpha: np.ndarray) -> np.ndarray:
    """phi(alpha) / Phi(-alpha), the mean of a standard normal truncated to (alpha, inf).

    Equals sqrt(2/pi) / erfcx(alpha / sqrt 2) (Phi(-a) = erfcx(a/sqrt2) exp(-a^2/2) / 2), so its
    reciprocal is, with y = |alpha|/sqrt 2 and k = sqrt(2/pi), g = erfcx(y)/k for alpha >= 0 and,
    by erfcx(-y) = 2 exp(y^2) - erfcx(y), 2 exp(y^2)/k - g for alpha < 0 (no cancellation: g is at
    most half of the first term). Both are summed branch-free as sign(alpha) g + [alpha < 0] 2 exp(y^2)/k,
    with exp(y^2) taken at min(alpha, 0) so it stays finite where it is not used; g comes from the
    erfcx polynomial with k folded into its constant term. Far in the lower tail exp(y^2)
    overflows and the ratio is 0 (~phi(alpha)); at alpha = inf it is inf. float32 input is computed
    in float32.
    """
    alpha = _floating(alpha)
    with np.errstate(over="ignore", under="ignore", divide="ignore"):
        g = _erfcx_over_t(np.abs(alpha), _MILLS_COEF[alpha.dtype])
        tail = np.minimum(alpha, 0.0)
        tail *= _SQRT_HALF
        np.square(tail, out=tail)
        tail += _LOG_2_OVER_K
        np.exp(tail, out=tail)                  # 2 exp(y^2) / k where alpha < 0, 2/k elsewhere
        tail *= np.signbit(alpha)
        np.copysign(g, alpha, out=g)
        g += tail
        np.divide(1.0, g, out=g)
    return g


def interval_moments(alpha: np.ndarray, beta: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Mean and variance of a standard normal truncated to (alpha, beta), alpha < beta finite or not.

    With w(y) = exp(-y^2/2) and the tail mass beyond y (away from 0) Phi(-|y|) = w(y) e(y) / 2,
    e(y) = erfcx(|y|/sqrt2), the normal mass is Z = 1 - Phi(-|alpha|) - Phi(-|beta|) when the interval
    straddles 0 (no cancellation: Z > 1/2 - Phi(-|y|) for the nearer end), and the difference of
    the two tail masses when it lies on one side, taken relative to w at the end nearer 0, so that
    it neither underflows nor cancels far in the tail. Everything is scaled by exp(k), k = 0 (straddling)
    or the nearer end's y^2/2 (one-sided), which cancels in mean = (phi(alpha) - phi(beta)) / Z and
    E[z^2] - 1 = (alpha phi(alpha) - beta phi(beta)) / Z; the cases are combined arithmetically (one
    pass over the data, no branches). float32 input is computed in float32.
    """
    alpha, beta = _floating(alpha), _floating(beta)
    infinite = bool(np.isinf(alpha).any() or np.isinf(beta).any())
    with np.errstate(divide="ignore", invalid="ignore", over="ignore", under="ignore"):
        above_a = np.greater(alpha, 0, out=np.empty_like(alpha))     # 1 where alpha > 0
        above_b = np.greater(beta, 0, out=np.empty_like(beta))
        straddle = above_b - above_a                                 # 1: alpha <= 0 < beta; 0: one side
        half_a2 = alpha * _SQRT_HALF
        np.square(half_a2, out=half_a2)
        half_b2 = beta * _SQRT_HALF
        np.square(half_b2, out=half_b2)
        k = np.minimum(half_a2, half_b2)                             # nearer end's y^2/2 ...
        np.minimum(k, (1.0 - straddle) * _HUGE[alpha.dtype], out=k)  # ... or 0 when straddling
        wa = np.subtract(k, half_a2, out=half_a2)
        np.exp(wa, out=wa)                                           # exp(k) phi(alpha) sqrt(2 pi)
        wb = np.subtract(k, half_b2, out=half_b2)
        np.exp(wb, out=wb)
        ta = _erfcx_over_t(np.abs(alpha), _ERFCX_QUARTER_COEF[alpha.dtype])   # erfcx(|alpha|/sqrt2) / 2
        ta *= wa                                                     # exp(k) Phi(-|alpha|)
        tb = _erfcx_over_t(np.abs(beta), _ERFCX_QUARTER_COEF[alpha.dtype])
        tb *= wb
        # exp(k) Z = straddle - sa ta - sb tb, sa = 1 - 2 above_a (+1 if alpha <= 0), sb = 2 above_b - 1
        above_a *= 2.0
        above_a -= 1.0
        above_a *= ta                                                # -sa ta
        above_b *= -2.0
        above_b += 1.0
        above_b *= tb                                                # -sb tb
        z = straddle
        z += above_a
        z += above_b
        z *= _SQRT_2PI                                               # exp(k) Z sqrt(2 pi)
        mean = wa - wb
        mean /= z
        if infinite:                                                 # inf * 0 at an infinite bound
            wa = np.where(wa > 0, alpha * wa, 0)
            wb = np.where(wb > 0, beta * wb, 0)
        else:
            wa *= alpha
            wb *= beta
        second = np.subtract(wa, wb, out=wa)
        second /= z
        var = np.square(mean, out=z)
        np.subtract(second, var, out=var)
        var += 1.0
    # Degenerate intervals (width ~ 0 in sd units): the mass sits at the midpoint.
    bad = ~np.isfinite(mean)
    if bad.any():
        mid = 0.5 * (alpha + beta)
        mean = np.where(bad, np.where(np.isfinite(mid), mid, 0), mean)
        var = np.where(bad, 0, var)
    np.clip(mean, alpha, beta, out=mean)
    np.clip(var, 0.0, 1.0, out=var)
    return mean, var


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

    Only the variances need a loop over years of their own; the means' recursions are affine in
    the previous year (c_t = D_t c_{t-1} + E_t, x_t = (1 - J_t) c_t + J_t x_{t+1}) with
    coefficients computed for all years at once, so each year costs a few NumPy calls.
    """
    n, T = precision.shape
    info = np.ascontiguousarray(precision.T, dtype=float)          # (T, n): one contiguous row per year
    start = np.arange(T)[:, None] <= first[None, :]    # the country's first year, or before it
    carry = (~start).astype(float)                     # P_t = carry C_{t-1} + added
    added = np.where(start, prior_var, evolution_var)
    pred_var = np.empty((T, n))
    filt_var = np.empty((T, n))
    var = np.zeros(n)
    for t in range(T):
        p = pred_var[t]
        np.multiply(var, carry[t], out=p)
        p += added[t]
        var = filt_var[t]
        np.divide(1.0, p, out=var)
        var += info[t]
        np.divide(1.0, var, out=var)
    # c_t = C_t (c_{t-1} / P_t + S_t); at the start c_{t-1} is replaced by the prior mean
    decay = filt_var / pred_var
    shift = filt_var * score.T
    shift += np.where(start, decay * prior_mean, 0.0)
    decay *= carry
    filt_mean = np.empty((T, n))
    mean = np.zeros(n)
    for t in range(T):
        mean *= decay[t]
        mean += shift[t]
        filt_mean[t] = mean
    gain = np.zeros((T, n))
    np.divide(filt_var[:-1], pred_var[1:], out=gain[:-1])
    gain[:-1] *= carry[1:]                            # no smoothing back past a country's start
    x = filt_mean * (1.0 - gain)                      # x_t = (1 - J_t) c_t + J_t x_{t+1}
    v = filt_var - gain * gain * np.r_[pred_var[1:], np.zeros((1, n))]   # V_t = C_t - J_t^2 P_{t+1} + J_t^2 V_{t+1}
    gain2 = gain * gain
    for t in range(T - 2, -1, -1):
        x[t] += gain[t] * x[t + 1]
        v[t] += gain2[t] * v[t + 1]
    return x.T.copy(), v.T.copy()


def squarem(update, theta: np.ndarray, tol: float, max_iter: int, step=None,
            watch: slice | np.ndarray = slice(None), kr: float = 1.0) -> tuple[np.ndarray, int, bool]:
    """Accelerate a fixed-point (EM) map with SQUAREM (Varadhan & Roland 2008, scheme S3).

    Each cycle takes two EM steps r = F(t) - t, v = F(F(t)) - 2F(t) + t, jumps to
    t - 2 a r + a^2 v with a = -|r| / |v| (bounded, a <= -1, so a = -1 is the plain double
    EM step), then applies F once more to stabilise. As in the R package's `squarem2`, the
    jump is rejected (the cycle ends at F(F(t)) and the step bound shrinks) when it is not
    finite or its own EM residual exceeds kr (1 + rms(F(F(t)))) + |F(F(t)) - F(t)|.
    Converged when the largest absolute change of the watched parameters in one EM step,
    max |F(t) - t|[watch] (or that of the second step), is below `tol`. Returns the
    parameters, the number of EM map evaluations and whether it converged.
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
        q2 = t2 - t1
        if float(np.max(np.abs(q2[watch]))) < tol:
            return t2, evals, True
        v = q2 - r
        norm_v = np.sqrt(np.sum(v * v))
        alpha = -np.sqrt(np.sum(r * r)) / norm_v if norm_v > 0 else -1.0
        alpha = max(min(alpha, -1.0), -max_step)
        jump = theta - 2.0 * alpha * r + alpha * alpha * v
        candidate = None
        if np.all(np.isfinite(jump)):
            candidate = update(jump)
            evals += 1
        accept = candidate is not None and bool(np.all(np.isfinite(candidate)))
        if accept:
            residual = np.sqrt(np.sum((candidate - jump) ** 2))
            accept = residual <= kr * (1.0 + np.sqrt(np.mean(t2 * t2))) + np.sqrt(np.sum(q2 * q2))
        if accept:
            theta = candidate
            if alpha == -max_step:
                max_step *= 4.0
        else:
            theta = t2
            if alpha == -max_step:
                max_step = max(1.0, max_step / 4.0)
        if step is not None:
            step(2 if candidate is None else 3, f"max change {change:.1e}")
    return theta, evals, False
