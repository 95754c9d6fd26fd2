"""Reference semantics of ``graph.resize`` (ONNX Resize, nearest and linear), vectorised numpy.

The resize is separable: one axis at a time, each output index is mapped back to a fractional
input coordinate (per `CoordinateTransformationMode`), then either rounded (`NearestMode`) or
linearly interpolated between its two neighbours. Coordinates outside the input clamp to the
edge, which is what ONNX's reference does by edge-padding.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from ember.dialects.graph.enums import CoordinateTransformationMode, NearestMode, ResizeMode

CoordFn = Callable[[np.ndarray, int, int, float], np.ndarray]
"""(output indices, input size, output size, scale) -> fractional input coordinates."""


def _half_pixel(x: np.ndarray, in_size: int, out_size: int, scale: float) -> np.ndarray:
    return (x + 0.5) / scale - 0.5


def _half_pixel_symmetric(x: np.ndarray, in_size: int, out_size: int, scale: float) -> np.ndarray:
    adjustment = out_size / (scale * in_size)
    offset = in_size / 2 * (1 - adjustment)
    return offset + (x + 0.5) / scale - 0.5


def _pytorch_half_pixel(x: np.ndarray, in_size: int, out_size: int, scale: float) -> np.ndarray:
    if out_size == 1:
        return np.full_like(x, -0.5)
    return (x + 0.5) / scale - 0.5


def _align_corners(x: np.ndarray, in_size: int, out_size: int, scale: float) -> np.ndarray:
    out_width = scale * in_size
    if out_width == 1:
        return np.zeros_like(x)
    return x * (in_size - 1) / (out_width - 1)


def _asymmetric(x: np.ndarray, in_size: int, out_size: int, scale: float) -> np.ndarray:
    return x / scale


_COORDINATES: dict[CoordinateTransformationMode, CoordFn] = {
    CoordinateTransformationMode.HALF_PIXEL: _half_pixel,
    CoordinateTransformationMode.HALF_PIXEL_SYMMETRIC: _half_pixel_symmetric,
    CoordinateTransformationMode.PYTORCH_HALF_PIXEL: _pytorch_half_pixel,
    CoordinateTransformationMode.ALIGN_CORNERS: _align_corners,
    CoordinateTransformationMode.ASYMMETRIC: _asymmetric,
}


def _round_prefer_floor(c: np.ndarray) -> np.ndarray:
    return np.where(c - np.floor(c) == 0.5, np.floor(c), np.round(c))


def _round_prefer_ceil(c: np.ndarray) -> np.ndarray:
    return np.where(c - np.floor(c) == 0.5, np.ceil(c), np.round(c))


_ROUNDING: dict[NearestMode, Callable[[np.ndarray], np.ndarray]] = {
    NearestMode.ROUND_PREFER_FLOOR: _round_prefer_floor,
    NearestMode.ROUND_PREFER_CEIL: _round_prefer_ceil,
    NearestMode.FLOOR: np.floor,
    NearestMode.CEIL: np.ceil,
}


def _resize_nearest(
    x: np.ndarray, axis: int, coords: np.ndarray, in_size: int, rule: NearestMode
) -> np.ndarray:
    index = np.clip(_ROUNDING[rule](coords), 0, in_size - 1).astype(np.int64)
    return np.take(x, index, axis=axis)


def _resize_linear(
    x: np.ndarray, axis: int, coords: np.ndarray, in_size: int, rule: NearestMode
) -> np.ndarray:
    coords = np.clip(coords, 0, in_size - 1)
    lo = np.floor(coords).astype(np.int64)
    hi = np.minimum(lo + 1, in_size - 1)
    frac = (coords - lo).reshape([-1 if i == axis else 1 for i in range(x.ndim)])
    return np.take(x, lo, axis=axis) * (1 - frac) + np.take(x, hi, axis=axis) * frac


_INTERPOLATE: dict[ResizeMode, Callable[..., np.ndarray]] = {
    ResizeMode.NEAREST: _resize_nearest,
    ResizeMode.LINEAR: _resize_linear,
}


def resize_reference(
    x: np.ndarray,
    sizes: Sequence[int],
    scales: Sequence[float] | None,
    mode: ResizeMode | str,
    coordinate_mode: CoordinateTransformationMode | str,
    nearest_mode: NearestMode | str,
) -> np.ndarray:
    """Resize one axis at a time (separable), nearest or linear; scale = out / in unless given."""
    mode, rule = ResizeMode(mode), NearestMode(nearest_mode)
    to_input = _COORDINATES[CoordinateTransformationMode(coordinate_mode)]
    out = x.astype(np.float64) if mode == ResizeMode.LINEAR else x
    for axis, (in_size, out_size) in enumerate(zip(x.shape, sizes, strict=True)):
        scale = scales[axis] if scales is not None else out_size / in_size
        if in_size == out_size and scale == 1.0:
            continue
        coords = to_input(np.arange(out_size, dtype=np.float64), in_size, out_size, scale)
        out = _INTERPOLATE[mode](out, axis, coords, in_size, rule)
    return np.asarray(out).astype(x.dtype)
