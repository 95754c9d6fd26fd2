"""ONNX GridSample and AffineGrid composed from graph ops at import (no op of their own).

GridSample is separable: along each spatial dim a sample point has a few taps (1 nearest, 2
linear, 4 cubic) with weights. Per dim the grid coordinate is unnormalised, rounded (nearest),
clamped or reflected (padding modes border / reflection); each tap gets an index, clamped to the
dim as an integer (so no gather reads out of bounds, whatever the grid holds: NaN converts to
0) and, for zeros padding, a 0/1 mask. Every combination of taps is one ``gather_elements`` on
the input flattened over its spatial dims, scaled by the product of the taps' weights; the sum
over combinations is the result. AffineGrid is the constant base grid of the output size times
theta, one batched matmul.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

import numpy as np
from xdsl.ir import SSAValue

from ember.dialects import graph
from ember.frontend.onnx.builder import NodeContext
from ember.frontend.onnx.table import converter

CUBIC_A = -0.75
"""The Keys cubic convolution coefficient GridSample uses (as PyTorch)."""

Taps = list[tuple[SSAValue, SSAValue | None]]
"""Per tap of one dim: its coordinate (float, the grid's type) and its weight (None: 1)."""


class _Dim:
    """The arithmetic of one spatial dim on (N, P) float tensors: P output points per batch."""

    def __init__(self, cx: NodeContext, size: int, align_corners: bool, like: SSAValue) -> None:
        self.cx, self.size, self.like = cx, size, like
        self.lo, self.hi = (0.0, size - 1.0) if align_corners else (-0.5, size - 0.5)
        self.align_corners = align_corners

    def c(self, value: float) -> SSAValue:
        return self.cx.constant(value, like=self.like)

    def op(self, cls: type[graph.GraphOp], *operands: SSAValue) -> SSAValue:
        return self.cx.value(cls, list(operands))

    def unnormalise(self, g: SSAValue) -> SSAValue:
        """[-1, 1] -> pixel coordinates: corners at the first/last pixel centres, or edges."""
        if self.align_corners:
            return self.op(graph.MulOp, self.op(graph.AddOp, g, self.c(1.0)), self.c((self.size - 1) / 2.0))
        scaled = self.op(graph.MulOp, self.op(graph.AddOp, g, self.c(1.0)), self.c(self.size / 2.0))
        return self.op(graph.SubOp, scaled, self.c(0.5))

    def clamp(self, p: SSAValue) -> SSAValue:
        return self.op(graph.MinOp, self.op(graph.MaxOp, p, self.c(0.0)), self.c(self.size - 1.0))

    def reflect(self, p: SSAValue) -> SSAValue:
        """Reflect at lo and hi (repeatedly) until inside [lo, hi]."""
        span = self.hi - self.lo
        if span <= 0:  # (one pixel, corners aligned: every point is that pixel)
            return self.op(graph.MulOp, p, self.c(0.0))
        below = self.op(graph.LessOp, p, self.c(self.lo))
        above = self.op(graph.GreaterOp, p, self.c(self.hi))
        distance = self.cx.value(graph.WhereOp, [below, self.op(graph.SubOp, self.c(self.lo), p),
                                                 self.op(graph.SubOp, p, self.c(self.hi))])  # fmt: skip
        flips = self.op(graph.FloorOp, self.op(graph.DivOp, distance, self.c(span)))
        rest = self.op(graph.SubOp, distance, self.op(graph.MulOp, flips, self.c(span)))
        half = self.op(graph.MulOp, flips, self.c(0.5))
        even = self.op(graph.EqualOp, self.op(graph.FloorOp, half), half)
        from_lo = self.op(graph.AddOp, self.c(self.lo), rest)
        from_hi = self.op(graph.SubOp, self.c(self.hi), rest)
        low_side = self.cx.value(graph.WhereOp, [even, from_lo, from_hi])
        high_side = self.cx.value(graph.WhereOp, [even, from_hi, from_lo])
        return self.cx.value(graph.WhereOp, [below, low_side, self.cx.value(graph.WhereOp, [above, high_side, p])])

    def outside(self, p: SSAValue, padding: str) -> SSAValue:
        """The coordinate moved inside by border / reflection padding (zeros: unchanged)."""
        if padding == "border":  # (as the reference: only points outside [lo, hi] are clamped,
            # so without aligned corners a point in [-0.5, 0) keeps its cubic taps' weights)
            if self.align_corners:
                return self.clamp(p)
            out = self.op(graph.OrOp, self.op(graph.LessOp, p, self.c(self.lo)), self.op(graph.GreaterOp, p, self.c(self.hi)))
            return self.cx.value(graph.WhereOp, [out, self.clamp(p), p])
        if padding == "reflection":
            return self.reflect(p)
        return p

    def fetch(self, tap: SSAValue, padding: str) -> tuple[SSAValue, SSAValue | None]:
        """A tap coordinate -> its i64 index inside [0, size) and, for zeros padding, its mask
        (1 inside, 0 outside) in the grid's type."""
        mask = None
        if padding == "zeros":
            inside = self.op(graph.AndOp, self.op(graph.GreaterEqualOp, tap, self.c(0.0)),
                             self.op(graph.LessEqualOp, tap, self.c(self.size - 1.0)))  # fmt: skip
            mask = self.cx.value(graph.CastOp, [inside], {"to": graph.elem_of(self.like.type)})
        elif padding == "reflection":
            tap = self.reflect(tap)
        index = self.cx.value(graph.CastOp, [tap], {"to": graph.i64})  # (truncates toward zero)
        bounds = {"min": graph.int_attr(0), "max": graph.int_attr(self.size - 1)}
        return self.cx.value(graph.ClipOp, [index], bounds), mask

    def taps(self, p: SSAValue, mode: str) -> Taps:
        if mode == "nearest":
            return [(p, None)]
        base = self.op(graph.FloorOp, p)
        t = self.op(graph.SubOp, p, base)
        if mode == "linear":
            return [(base, self.op(graph.SubOp, self.c(1.0), t)),
                    (self.op(graph.AddOp, base, self.c(1.0)), t)]  # fmt: skip
        return [(self.op(graph.AddOp, base, self.c(float(k))), w) for k, w in zip((-1, 0, 1, 2), self.cubic_weights(t), strict=True)]

    def cubic_weights(self, t: SSAValue) -> list[SSAValue]:
        """Keys' cubic weights of the taps at distances 1 + t, t, 1 - t, 2 - t."""
        one = self.c(1.0)
        near = [t, self.op(graph.SubOp, one, t)]
        far = [self.op(graph.AddOp, t, one), self.op(graph.SubOp, self.c(2.0), t)]
        return [self.far(far[0]), self.near(near[0]), self.near(near[1]), self.far(far[1])]

    def near(self, x: SSAValue) -> SSAValue:  # |x| <= 1: ((a + 2) x - (a + 3)) x^2 + 1
        inner = self.op(graph.SubOp, self.op(graph.MulOp, self.c(CUBIC_A + 2), x), self.c(CUBIC_A + 3))
        return self.op(graph.AddOp, self.op(graph.MulOp, inner, self.op(graph.MulOp, x, x)), self.c(1.0))

    def far(self, x: SSAValue) -> SSAValue:  # 1 < |x| < 2: ((a x - 5a) x + 8a) x - 4a
        inner = self.op(graph.SubOp, self.op(graph.MulOp, self.c(CUBIC_A), x), self.c(5 * CUBIC_A))
        inner = self.op(graph.AddOp, self.op(graph.MulOp, inner, x), self.c(8 * CUBIC_A))
        return self.op(graph.SubOp, self.op(graph.MulOp, inner, x), self.c(4 * CUBIC_A))


GRID_MODES = {"linear": "linear", "bilinear": "linear", "nearest": "nearest", "cubic": "cubic", "bicubic": "cubic"}
"""GridSample's mode names (opset 16 spells them bilinear / bicubic) -> the tap scheme."""


@converter("GridSample", 16)
def grid_sample(cx: NodeContext) -> SSAValue:
    mode = GRID_MODES[cx.attrs.str_("mode", "linear" if cx.opset >= 20 else "bilinear", choices=tuple(GRID_MODES))]
    padding = cx.attrs.str_("padding_mode", "zeros", choices=("zeros", "border", "reflection"))
    align_corners = bool(cx.attrs.int_("align_corners", 0))
    x, grid = cx.input(0), cx.input(1)
    x_shape, grid_shape = cx.shape(0), cx.shape(1)
    spatial = tuple(x_shape[2:])
    if not all(isinstance(d, int) for d in (*x_shape, *grid_shape)):
        raise cx.error("run-time sizes are not supported (GridSample needs static shapes)")
    if not graph.is_float(cx.elem(1)) or not graph.is_float(cx.elem(0)):
        raise cx.error("X and grid must be floating-point tensors")
    if len(grid_shape) != len(x_shape) or grid_shape[-1] != len(spatial) or grid_shape[0] != x_shape[0]:
        raise cx.error(f"grid of shape {grid_shape} does not fit X of shape {x_shape}")
    n, c, points = x_shape[0], x_shape[1], math.prod(grid_shape[1:-1])
    flat_grid = cx.value(graph.ReshapeOp, [grid], {"shape": graph.dims_attr((n, points, len(spatial)))})
    per_dim = []
    for axis, size in enumerate(spatial):  # the grid lists x (the last dim) first
        component = len(spatial) - 1 - axis
        g = cx.value(graph.SliceOp, [flat_grid], {"starts": graph.ints_attr((component,)), "ends": graph.ints_attr((component + 1,)),
                                                  "axes": graph.ints_attr((2,))})  # fmt: skip
        g = cx.value(graph.ReshapeOp, [g], {"shape": graph.dims_attr((n, points))})
        dim = _Dim(cx, size, align_corners, g)
        p = dim.unnormalise(g)
        if mode == "nearest":
            p = cx.value(graph.RoundOp, [p])  # (halves to even, as PyTorch and the reference)
        per_dim.append((dim, dim.taps(dim.outside(p, padding), mode)))
    data = cx.value(graph.ReshapeOp, [x], {"shape": graph.dims_attr((n, c, math.prod(spatial)))})
    fetched = [[(*dim.fetch(coord, padding), weight) for coord, weight in taps] for dim, taps in per_dim]
    strides = [math.prod(spatial[axis + 1 :]) for axis in range(len(spatial))]
    total = None
    for combination in itertools.product(*fetched):
        term = _gathered(cx, data, combination, strides, (n, c, points))
        total = term if total is None else cx.value(graph.AddOp, [total, term])
    assert total is not None
    return cx.value(graph.ReshapeOp, [total], {"shape": graph.dims_attr((n, c, *grid_shape[1:-1]))})


def _gathered(cx: NodeContext, data: SSAValue, taps: Sequence[tuple[SSAValue, SSAValue | None, SSAValue | None]],
              strides: Sequence[int], shape: tuple[int, int, int]) -> SSAValue:  # fmt: skip
    """One combination of taps (one per dim): the input at the flat index, times the weights."""
    index = weight = None
    for (tap_index, mask, tap_weight), stride in zip(taps, strides, strict=True):
        scaled = tap_index if stride == 1 else cx.value(graph.MulOp, [tap_index, cx.constant(np.int64(stride))])
        index = scaled if index is None else cx.value(graph.AddOp, [index, scaled])
        for w in (tap_weight, mask):
            if w is not None:
                weight = w if weight is None else cx.value(graph.MulOp, [weight, w])
    assert index is not None
    n, c, points = shape
    index = cx.value(graph.ExpandOp, [cx.value(graph.UnsqueezeOp, [index], {"axes": graph.ints_attr((1,))})],
                     {"shape": graph.dims_attr((n, c, points))})  # fmt: skip
    values = cx.value(graph.GatherElementsOp, [data, index], {"axis": graph.int_attr(2)})
    if weight is None:  # (nearest, no zeros padding: the values themselves)
        return values
    weight = cx.value(graph.UnsqueezeOp, [weight], {"axes": graph.ints_attr((1,))})
    if graph.elem_of(weight.type) != graph.elem_of(values.type):
        weight = cx.value(graph.CastOp, [weight], {"to": graph.elem_of(values.type)})
    return cx.value(graph.MulOp, [values, weight])


# ---- AffineGrid ---------------------------------------------------------------------------------


def _base_coordinates(size: int, align_corners: bool) -> np.ndarray:
    """The normalised coordinates of a dim's pixel centres (or of its corners, aligned)."""
    i = np.arange(size, dtype=np.float64)
    if align_corners:
        return -1.0 + 2.0 * i / (size - 1) if size > 1 else np.full(1, -1.0)
    return -1.0 + (2.0 * i + 1.0) / size


@converter("AffineGrid", 20)
def affine_grid(cx: NodeContext) -> SSAValue:
    align_corners = bool(cx.attrs.int_("align_corners", 0))
    theta = cx.input(0)
    sizes = cx.static_ints(1, "size")
    assert sizes is not None
    if not all(isinstance(s, int) for s in sizes):
        raise cx.error("input #1 (size) must be known at compile time")
    n, spatial = int(sizes[0]), tuple(int(s) for s in sizes[2:])
    rank = len(spatial)
    if rank not in (2, 3) or cx.shape(0) != (n, rank, rank + 1):
        raise cx.error(f"theta of shape {cx.shape(0)} does not fit size {tuple(sizes)}")
    axes = [_base_coordinates(s, align_corners) for s in spatial]
    mesh = np.meshgrid(*axes, indexing="ij")
    # (points, rank + 1): x (the last dim) first, then y (, z), then 1
    base = np.stack([m.reshape(-1) for m in reversed(mesh)] + [np.ones(math.prod(spatial))], axis=1)
    base_value = cx.constant(base.astype(graph.numpy_dtype(cx.elem(0))))
    theta_t = cx.value(graph.TransposeOp, [theta], {"perm": graph.ints_attr((0, 2, 1))})
    points = cx.value(graph.MatmulOp, [base_value, theta_t])  # (n, points, rank)
    return cx.value(graph.ReshapeOp, [points], {"shape": graph.dims_attr((n, *spatial, rank))})

