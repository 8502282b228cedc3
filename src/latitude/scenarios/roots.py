"""A scalar root finder for bracketed roots (Brent's method), so the scenarios need no SciPy.

`brent_root` follows Brent (1973, "Algorithms for Minimization without Derivatives", ch. 4) in
the form of SciPy's `optimize.brentq` (scipy/optimize/Zeros/brentq.c): keep a bracket
[x_cur, x_blk] with f changing sign, try the secant step (two points) or inverse quadratic
extrapolation (three), and accept it only when it is less than half the previous step and inside
the bracket, else bisect. Every step shrinks the bracket, so it converges whenever f is
continuous and changes sign on [a, b], in no more steps than bisection needs (times a small
factor). Stops when f(x) = 0 or half the bracket is below (xtol + rtol |x|) / 2, SciPy's criterion,
so for the same tolerances it returns SciPy's root to within that tolerance (checked against
`scipy.optimize.brentq` in tests/scenarios/test_roots.py).
"""
from __future__ import annotations

import math
from collections.abc import Callable

from latitude.errors import LatitudeError

RTOL = 4 * 2.220446049250313e-16     # the smallest relative tolerance that is meaningful in float64


def brent_root(f: Callable[[float], float], a: float, b: float, *, xtol: float = 2e-12, rtol: float = RTOL,
               maxiter: int = 100) -> float:
    """A root of f in [a, b], where f(a) and f(b) have opposite signs (or one is 0), to within
    xtol + rtol |root|. Raises LatitudeError if [a, b] does not bracket a sign change or if
    `maxiter` steps do not reach the tolerance."""
    if not (xtol > 0 and rtol >= RTOL and maxiter >= 1):
        raise LatitudeError(f"root finder: need xtol > 0, rtol >= {RTOL:.3g} and maxiter >= 1 "
                            f"(got {xtol}, {rtol}, {maxiter})")
    x_pre, x_cur = float(a), float(b)
    f_pre, f_cur = float(f(x_pre)), float(f(x_cur))
    if f_pre == 0:
        return x_pre
    if f_cur == 0:
        return x_cur
    if math.copysign(1.0, f_pre) == math.copysign(1.0, f_cur):
        raise LatitudeError(f"root finder: f has the same sign at both ends of [{a}, {b}] "
                            f"({f_pre:.3g}, {f_cur:.3g}); widen the bracket")
    x_blk = f_blk = 0.0
    s_pre = s_cur = 0.0
    for _ in range(maxiter):
        if f_pre != 0 and f_cur != 0 and math.copysign(1.0, f_pre) != math.copysign(1.0, f_cur):
            x_blk, f_blk = x_pre, f_pre              # the bracket's other end
            s_pre = s_cur = x_cur - x_pre
        if abs(f_blk) < abs(f_cur):                  # keep the better point as x_cur
            x_pre, x_cur, x_blk = x_cur, x_blk, x_cur
            f_pre, f_cur, f_blk = f_cur, f_blk, f_cur
        delta = (xtol + rtol * abs(x_cur)) / 2
        s_bis = (x_blk - x_cur) / 2
        if f_cur == 0 or abs(s_bis) < delta:
            return x_cur
        if abs(s_pre) > delta and abs(f_cur) < abs(f_pre):
            if x_pre == x_blk:                       # secant through the two points
                s_try = -f_cur * (x_cur - x_pre) / (f_cur - f_pre)
            else:                                    # inverse quadratic through the three
                d_pre = (f_pre - f_cur) / (x_pre - x_cur)
                d_blk = (f_blk - f_cur) / (x_blk - x_cur)
                s_try = -f_cur * (f_blk * d_blk - f_pre * d_pre) / (d_blk * d_pre * (f_blk - f_pre))
            if 2 * abs(s_try) < min(abs(s_pre), 3 * abs(s_bis) - delta):
                s_pre, s_cur = s_cur, s_try          # a good short step
            else:
                s_pre = s_cur = s_bis
        else:
            s_pre = s_cur = s_bis
        x_pre, f_pre = x_cur, f_cur
        x_cur += s_cur if abs(s_cur) > delta else (delta if s_bis > 0 else -delta)
        f_cur = float(f(x_cur))
    raise LatitudeError(f"root finder: no convergence in {maxiter} steps on [{a}, {b}]")
