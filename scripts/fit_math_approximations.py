#!/usr/bin/env python
"""Fit the coefficients ``math-polynomial-approximation`` uses, and report their f32 error.

    python scripts/fit_math_approximations.py

Prints, for every approximated function, its coefficients (to paste into
``ember/lowering/math_approximation.py``) and the largest error of the approximation evaluated in
float32 the way the pass evaluates it (Horner, f32 rounding after every step), over a dense grid
of its whole input range, against float64 numpy/``math``:

- ``exp(r) = 1 + r + r^2 P(r)`` on ``|r| <= ln 2 / 2`` (the rest of the range is ``2^n``), P of
  degree 5, least squares on Chebyshev nodes, the reduction ``r = x - n ln 2`` in two steps
  (Cody and Waite) so ``r`` keeps its accuracy for large ``|n|``;
- ``tanh(x) = x P(x^2) / Q(x^2)`` on ``[0, 9]`` (tanh(9) rounds to 1 in f32), degrees 4 / 4;
- ``erf(x) = x P(x^2) / Q(x^2)`` on ``[0, 4]`` (erf(4) rounds to 1 in f32), degrees 5 / 5.

The rational fits minimise the largest relative error by Lawson's iteratively reweighted least
squares on the linearised problem ``x P - f Q = 0``. Needs numpy only.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

Fn = Callable[[np.ndarray], np.ndarray]
LN2 = math.log(2.0)
LN2_HI = 0.693359375
"""ln 2 rounded to 11 significant bits: ``n * LN2_HI`` is exact in f32 for ``|n| <= 128``."""
LN2_LO = LN2 - LN2_HI


def chebyshev_nodes(lo: float, hi: float, n: int) -> np.ndarray:
    return lo + (hi - lo) * (np.cos(np.linspace(0.0, np.pi, n)) * 0.5 + 0.5)


def horner32(coefficients: np.ndarray, z: np.ndarray) -> np.ndarray:
    """``sum c_i z^i`` in float32, highest power first (as the pass emits it)."""
    acc = np.zeros_like(z, dtype=np.float32)
    for c in coefficients[::-1]:
        acc = (acc * z + np.float32(c)).astype(np.float32)
    return acc


def fit_exp() -> np.ndarray:
    r = chebyshev_nodes(-LN2 / 2, LN2 / 2, 4001)
    r = r[np.abs(r) > 1e-6]
    target = (np.exp(r) - 1.0 - r) / (r * r)
    return np.polynomial.polynomial.polyfit(r, target, 5)


def fit_odd_rational(f: Fn, hi: float, degrees: tuple[int, int], rounds: int = 40) -> tuple[np.ndarray, np.ndarray]:
    """``x P(x^2) / Q(x^2)`` with ``Q(0) = 1`` minimising the largest relative error on (0, hi]."""
    x = chebyshev_nodes(0.0, hi, 20000)
    x = x[x > 0]
    y, z = f(x), x * x
    columns = [x * z**i for i in range(degrees[0] + 1)] + [-y * z**i for i in range(1, degrees[1] + 1)]
    a = np.stack(columns, axis=1)
    weights, q_at = np.ones_like(x), np.ones_like(x)
    best: tuple[float, np.ndarray, np.ndarray] | None = None
    for _ in range(rounds):
        scale = np.sqrt(weights) / np.abs(y) / q_at
        solution, *_ = np.linalg.lstsq(a * scale[:, None], y * scale, rcond=None)
        p, q = solution[: degrees[0] + 1], np.concatenate([[1.0], solution[degrees[0] + 1 :]])
        q_at = np.abs(np.polynomial.polynomial.polyval(z, q))
        error = np.abs(x * np.polynomial.polynomial.polyval(z, p) / q_at - y) / np.abs(y)
        if best is None or error.max() < best[0]:
            best = (float(error.max()), p, q)
        weights = weights * error / np.sum(weights * error)
    assert best is not None
    return best[1], best[2]


def report_exp(p: np.ndarray) -> None:
    x = np.linspace(-87.0, 88.0, 2_000_001).astype(np.float32)
    n = np.floor(x * np.float32(1 / LN2) + np.float32(0.5)).astype(np.float32)
    r = ((x - n * np.float32(LN2_HI)) - n * np.float32(LN2_LO)).astype(np.float32)
    approx = (np.float32(1) + r + r * r * horner32(p, r)) * np.exp2(n).astype(np.float32)
    true = np.exp(x.astype(np.float64))
    print(f"exp   P {list(map(float, p))}\n      max rel error {np.max(np.abs(approx - true) / true):.2e}")


def report_odd_rational(name: str, f: Fn, hi: float, p: np.ndarray, q: np.ndarray) -> None:
    x = np.linspace(1e-6, hi + 2.0, 2_000_001).astype(np.float32)
    c = np.minimum(x, np.float32(hi))
    z = c * c
    approx = c * horner32(p, z) / horner32(q, z)
    true = f(x.astype(np.float64))
    print(f"{name:5} P {list(map(float, p))}\n      Q {list(map(float, q))}")
    print(f"      max rel error {np.max(np.abs(approx - true) / np.abs(true)):.2e}")


def main() -> None:
    erf: Fn = np.vectorize(math.erf)
    report_exp(fit_exp())
    report_odd_rational("tanh", np.tanh, 9.0, *fit_odd_rational(np.tanh, 9.0, (4, 4)))
    report_odd_rational("erf", erf, 4.0, *fit_odd_rational(erf, 4.0, (5, 5)))


if __name__ == "__main__":
    main()
