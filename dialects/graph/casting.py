"""Reference semantics of ``graph.cast`` in numpy (the interpreter and constant folding).

numpy's ``astype`` with ``ml_dtypes`` types, plus ONNX Cast's two attributes for float8
destinations: ``saturate`` clamps to the largest finite value before converting (so
infinities and values beyond it do not become inf / NaN), and float8 E8M0's ``round_mode``
rounds the exponent up, down or to nearest (ONNX's rule, on the f32 bits). The compiled
conversion is :mod:`ember.lowering.graph_to_linalg.storage_casts`; tests compare the two.
"""

from __future__ import annotations

import ml_dtypes
import numpy as np

SATURATING_FLOAT8 = tuple(
    np.dtype(t) for t in (ml_dtypes.float8_e4m3fn, ml_dtypes.float8_e4m3fnuz, ml_dtypes.float8_e5m2, ml_dtypes.float8_e5m2fnuz)
)
E8M0 = np.dtype(ml_dtypes.float8_e8m0fnu)


def cast_array(x: np.ndarray, dtype: np.dtype, saturate: bool = True, round_mode: str = "up") -> np.ndarray:
    """``x`` converted to ``dtype`` as ONNX Cast does."""
    if dtype == E8M0:
        return to_e8m0(x, saturate, round_mode)
    if saturate and dtype in SATURATING_FLOAT8 and x.dtype.kind in "fV":
        largest = float(ml_dtypes.finfo(dtype).max)
        return np.clip(x.astype(np.float32) if x.dtype.kind == "V" else x, -largest, largest).astype(dtype)
    return x.astype(dtype)


def to_e8m0(x: np.ndarray, saturate: bool, round_mode: str) -> np.ndarray:
    """f32 -> E8M0: the exponent field, rounded up when the mode says (up: any mantissa bit;
    nearest: the guard bit with a lower bit or a nonzero exponent), not past 0xfe when
    saturating; inf and NaN give 0xff, the sign is dropped."""
    bits = np.asarray(x, np.float32).view(np.uint32)
    exponent = ((bits >> 23) & 0xFF).astype(np.uint16)
    if round_mode == "up":
        up = (bits & 0x7FFFFF) != 0
    elif round_mode == "nearest":
        up = ((bits & 0x400000) != 0) & (((bits & 0x200000) != 0) | ((bits & 0x1FFFFF) != 0) | (exponent > 0))
    else:
        up = np.zeros(bits.shape, bool)
    up &= exponent != 0xFF
    if saturate:
        up &= exponent != 0xFE
    return (exponent + up).astype(np.uint8).view(E8M0)
