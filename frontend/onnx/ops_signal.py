"""ONNX signal-processing ops: DFT as constant (complex) matrices applied along the signal axis,
STFT as constant-index framing plus that DFT, and the window functions (Hann, Hamming, Blackman) as constants (their size is static).

A DFT of length L along one axis is ``X = M x`` with ``M[k, n] = exp(-+2 pi i k n / L)``
(zero-padding / truncation to L folded into M's columns, the one-sided spectrum into its rows,
the inverse's 1/L into its entries); complex values are pairs on the last dim, so the
graph gets real matmuls: ``Xr = Mr xr - Mi xi``, ``Xi = Mr xi + Mi xr``.
"""

from __future__ import annotations

import numpy as np
from xdsl.ir import SSAValue

from ember.diagnostics import UnsupportedError
from ember.dialects import graph
from ember.frontend.onnx.builder import NodeContext
from ember.frontend.onnx.table import converter

MAX_MATRIX_ELEMENTS = 1 << 24
"""The largest DFT matrix (outputs x samples) ember builds: 16 Mi elements, 128 MiB per part in
float64 (a length of 4096 squared); a longer signal would need an FFT."""


def dft_matrices(n_in: int, length: int, inverse: bool, onesided: bool) -> tuple[np.ndarray, np.ndarray, bool]:
    """(Mr, Mi, real_output) with M of shape (outputs, n_in)."""
    n = np.arange(n_in)
    if inverse and onesided:  # irfft: a real signal of `length` from the half spectrum
        k = np.arange(n_in)
        weight = np.where((k == 0) | ((length % 2 == 0) & (k == length // 2)), 1.0, 2.0) * (k <= length // 2)
        t = np.arange(length).reshape(-1, 1)
        angle = 2 * np.pi * t * k / length
        return weight * np.cos(angle) / length, weight * np.sin(angle) / length, True
    outputs = length // 2 + 1 if onesided else length
    k = np.arange(outputs).reshape(-1, 1)
    angle = 2 * np.pi * k * n / length
    keep = (n < length).astype(float)  # samples past `length` are truncated away
    sign, scale = (1.0, 1.0 / length) if inverse else (-1.0, 1.0)
    return np.cos(angle) * keep * scale, sign * np.sin(angle) * keep * scale, False


def _part(cx: NodeContext, x: SSAValue, index: int, axis: int) -> SSAValue:
    """Real (0) or imaginary (1) part of x (..., 1|2), with the signal axis moved last."""
    rank = len(graph.shape_of(x.type))
    props = {"starts": graph.dims_attr((index,)), "ends": graph.dims_attr((index + 1,)), "axes": graph.ints_attr((-1,))}
    part = cx.value(graph.SqueezeOp, [cx.value(graph.SliceOp, [x], props)], {"axes": graph.ints_attr((-1,))})
    perm = [d for d in range(rank - 1) if d != axis] + [axis]
    return cx.value(graph.TransposeOp, [part], {"perm": graph.ints_attr(perm)})


def _apply(cx: NodeContext, x: SSAValue, matrix: np.ndarray) -> SSAValue:
    return cx.value(graph.MatmulOp, [x, cx.constant(np.ascontiguousarray(matrix.T), like=x)])


def _dft(cx: NodeContext, axis: int, length: int | None) -> SSAValue:
    inverse, onesided = cx.attrs.int_("inverse", 0), cx.attrs.int_("onesided", 0)
    return dft_along(cx, cx.input(0), axis, length, bool(inverse), bool(onesided))


def dft_along(cx: NodeContext, x: SSAValue, axis: int, length: int | None, inverse: bool, onesided: bool) -> SSAValue:
    """The DFT of x (..., 1|2) along ``axis``, as (..., 2) (or (..., 1) for a real inverse)."""
    shape, element = graph.shape_of(x.type), graph.elem_of(x.type)
    axis = graph.normalize_axis(axis, len(shape))
    if axis == len(shape) - 1 or shape[-1] not in (1, 2):
        raise cx.error(f"input of shape {shape} must end in a real (1) or complex (2) dim after the signal axis")
    n_in = shape[axis]
    length = length or (2 * (n_in - 1) if inverse and onesided else n_in)
    if max(n_in, length) * length > MAX_MATRIX_ELEMENTS:
        raise UnsupportedError(
            f"{cx.label}: a DFT of length {length} over {n_in} samples is not supported yet (ember applies it as a "
            f"constant matrix, at most {MAX_MATRIX_ELEMENTS} elements)"
        )
    mr, mi, real_output = dft_matrices(n_in, length, inverse, onesided)
    if element != graph.f64:  # accumulate in double, as an FFT would
        x = cx.value(graph.CastOp, [x], {"to": graph.f64})
    xr = _part(cx, x, 0, axis)
    xi = _part(cx, x, 1, axis) if shape[-1] == 2 else None
    out_r = _apply(cx, xr, mr)
    out_i = _apply(cx, xr, mi)
    if xi is not None:
        out_r = cx.value(graph.SubOp, [out_r, _apply(cx, xi, mi)])
        out_i = cx.value(graph.AddOp, [out_i, _apply(cx, xi, mr)])
    parts = [out_r] if real_output else [out_r, out_i]
    rank = len(shape) - 1
    perm = [d for d in range(rank) if d != axis] + [axis]
    back = [perm.index(d) for d in range(rank)]
    parts = [cx.value(graph.TransposeOp, [p], {"perm": graph.ints_attr(back)}) for p in parts]
    parts = [cx.value(graph.UnsqueezeOp, [p], {"axes": graph.ints_attr((-1,))}) for p in parts]
    out = parts[0] if len(parts) == 1 else cx.value(graph.ConcatOp, parts, {"axis": graph.int_attr(-1)})
    return out if element == graph.f64 else cx.value(graph.CastOp, [out], {"to": element})


@converter("DFT", 17)
def dft_17(cx: NodeContext) -> SSAValue:
    length = cx.static_scalar(1, "dft_length")
    return _dft(cx, cx.attrs.int_("axis", 1), None if length is None else int(length))


@converter("DFT", 20)
def dft_20(cx: NodeContext) -> SSAValue:
    length = cx.static_scalar(1, "dft_length")
    axis = cx.static_scalar(2, "axis")
    return _dft(cx, -2 if axis is None else int(axis), None if length is None else int(length))


@converter("STFT", 17)
def stft(cx: NodeContext) -> SSAValue:
    """Frames gathered with constant indices, windowed, then a one-sided (or full) DFT each."""
    x, shape = cx.input(0), cx.shape(0)
    step = int(cx.static_scalar(1, "frame_step"))
    window = cx.optional(2)
    frame = cx.static_scalar(3, "frame_length")
    frame = int(frame) if frame is not None else graph.shape_of(window.type)[0] if window is not None else None
    if frame is None:
        raise cx.error("needs a window or a frame_length")
    count = (shape[1] - frame) // step + 1
    starts = np.arange(count).reshape(-1, 1) * step + np.arange(frame)
    frames = cx.value(graph.GatherOp, [x, cx.constant(starts.astype(np.int64))], {"axis": graph.int_attr(1)})
    if window is not None:
        shaped = cx.value(graph.ReshapeOp, [window], {"shape": graph.dims_attr((1, 1, frame, 1))})
        frames = cx.value(graph.MulOp, [frames, shaped])
    return dft_along(cx, frames, 2, None, False, bool(cx.attrs.int_("onesided", 1)))


# ---- window functions -------------------------------------------------------------------------------

WINDOWS = {
    "HannWindow": lambda phase: np.sin(phase / 2) ** 2,
    "HammingWindow": lambda phase: 25.0 / 46.0 - (21.0 / 46.0) * np.cos(phase),
    "BlackmanWindow": lambda phase: 0.42 - 0.5 * np.cos(phase) + 0.08 * np.cos(2 * phase),
}
"""Window value as a function of 2 pi n / N."""


def _window(name: str) -> object:
    def convert(cx: NodeContext) -> SSAValue:
        from ember.frontend.onnx.importer import element_type

        size = int(cx.static_scalar(0, "size"))
        period = size if cx.attrs.int_("periodic", 1) else size - 1
        element = element_type(cx.attrs.int_("output_datatype", 1), f"{cx.label}: output_datatype")
        values = WINDOWS[name](2 * np.pi * np.arange(size) / period)
        return cx.constant(values.astype(graph.numpy_dtype(element)))

    convert.__name__ = f"window({name})"
    return convert


for _name in WINDOWS:
    converter(_name, 17)(_window(_name))  # type: ignore[arg-type]
