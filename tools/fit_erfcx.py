"""Regenerate the erfcx polynomial coefficients written as literals in src/latitude/measures/_irt.py.

The fit is log(erfcx(z) / t) as a polynomial in u = 2t - 1, t = 2/(2+z), z in [0, inf): the map
makes erfcx(z)/t smooth and bounded on u in [-1, 1] (it tends to 1/(2 sqrt(pi)) as z -> inf), so
the Chebyshev interpolant at the degree + 1 Chebyshev points of the first kind in u
(numpy.polynomial.chebyshev.chebinterpolate, reference values from scipy.special.erfcx), converted
to the monomial basis in u (coefficients stay below 1), is accurate to 2e-11 relative everywhere
at degree 16. float32 arithmetic cannot use more than degree 9 (relative error 5e-7, its rounding
level; degree 8: 2e-6).

Run after changing a degree, and paste the output over `_ERFCX_COEF` in _irt.py (SciPy is needed
here only; tests/measures/test_idealpoints.py checks the literals against this fit and SciPy):

    python tools/fit_erfcx.py
"""
from __future__ import annotations

import numpy as np
from numpy.polynomial import chebyshev
from scipy.special import erfcx

DEGREES = {"float64": 16, "float32": 9}


def erfcx_polynomial(degree: int) -> np.ndarray:
    """Coefficients (highest power first) of log(erfcx(z) / t) as a polynomial in u = 2t - 1, t = 2/(2+z)."""
    def target(u: np.ndarray) -> np.ndarray:
        t = np.clip(0.5 * (u + 1.0), 1e-300, 1.0)
        return np.log(erfcx(2.0 / t - 2.0) / t)

    return chebyshev.cheb2poly(chebyshev.chebinterpolate(target, degree))[::-1].copy()


def main() -> None:
    for name, degree in DEGREES.items():
        body = "".join(f"    {float(c)!r},\n" for c in erfcx_polynomial(degree))
        print(f"# {name}: degree {degree}\n[\n{body}]")


if __name__ == "__main__":
    main()
