"""Reference semantics of ``graph.resize`` (ONNX Resize, nearest and linear), vectorised numpy."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def _source_coords(out_size: int, in_size: int, scale: float, mode: str) -> np.ndarray:
    """Map output indices to (fractional) input coordinates, per coordinate_transformation_mode."""
    x = np.arange(out_size, dtype=np.float64)
    if mode == "asymmetric":
        return x / scale
    if mode == "align_corners":
        return np.zeros_like(x) if out_size == 1 else x * (in_size - 1) / (out_size - 1)
    if mode == "pytorch_half_pixel":
        return (x + 0.5) / scale - 0.5 if out_size > 1 else np.zeros_like(x)
    return (x + 0.5) / scale - 0.5  # half_pixel


def _nearest(coords: np.ndarray, in_size: int, rule: str) -> np.ndarray:
    rounding = {
        "round_prefer_floor": lambda c: np.where(c - np.floor(c) == 0.5, np.floor(c), np.round(c)),
        "round_prefer_ceil": lambda c: np.where(c - np.floor(c) == 0.5, np.ceil(c), np.round(c)),
        "floor": np.floor,
        "ceil": np.ceil,
    }[rule]
    return np.clip(rounding(coords), 0, in_size - 1).astype(np.int64)


def resize_reference(
    x: np.ndarray,
    sizes: Sequence[int],
    scales: Sequence[float] | None,
    mode: str,
    coordinate_mode: str,
    nearest_mode: str,
) -> np.ndarray:
    """Resize one axis at a time (separable), nearest or linear."""
    out = x.astype(np.float64) if mode == "linear" else x
    for axis, (in_size, out_size) in enumerate(zip(x.shape, sizes, strict=True)):
        if in_size == out_size and (scales is None or scales[axis] == 1.0):
            continue
        scale = scales[axis] if scales is not None else out_size / in_size
        coords = _source_coords(out_size, in_size, scale, coordinate_mode)
        if mode == "nearest":
            out = np.take(out, _nearest(coords, in_size, nearest_mode), axis=axis)
            continue
        coords = np.clip(coords, 0, in_size - 1)
        lo = np.floor(coords).astype(np.int64)
        hi = np.minimum(lo + 1, in_size - 1)
        frac = (coords - lo).reshape([-1 if i == axis else 1 for i in range(x.ndim)])
        out = np.take(out, lo, axis=axis) * (1 - frac) + np.take(out, hi, axis=axis) * frac
    return np.asarray(out).astype(x.dtype)
