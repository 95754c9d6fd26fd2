"""ONNX RoiAlign and DeformConv composed from graph ops at import (no op of their own).

Both sample the input bilinearly at points computed from data (the boxes of RoiAlign, the
learned offsets of DeformConv). As in ``ops_sampling`` (GridSample), each spatial dim gives two
taps, an integer index clamped into the dim (so no gather reads out of bounds, whatever the data
holds) and a weight; the four combinations are gathered from the input flattened over its
spatial dims and weighted. RoiAlign then pools each output bin's sample grid (average or max);
DeformConv multiplies by the modulation mask and contracts with the weights in one batched
matmul per group, the way an im2col convolution does.

RoiAlign's sample grid per bin is ``sampling_ratio`` squared, or, when ``sampling_ratio`` is 0,
``ceil(roi size / output size)`` per box: a size that depends on the boxes, so the boxes are then
needed at compile time (a call-time ``rois`` takes ember's specialising route, compiling once per
distinct value, ``docs/dynamic-shapes.md``).
"""

from __future__ import annotations

import numpy as np
from xdsl.ir import SSAValue

from ember.dialects import graph
from ember.frontend.onnx.builder import NodeContext
from ember.frontend.onnx.ops_sampling import _Dim
from ember.frontend.onnx.table import converter

# ---- RoiAlign -----------------------------------------------------------------------------------


class _RoiDim:
    """One spatial dim of RoiAlign: sample coordinates (R, out, grid) -> taps, as onnx's
    reference computes them (points beyond [-1, size] weigh nothing; the last pixel is an edge)."""

    def __init__(self, cx: NodeContext, size: int, like: SSAValue) -> None:
        self.cx, self.size, self.like = cx, size, like

    def c(self, value: float) -> SSAValue:
        return self.cx.constant(value, like=self.like)

    def op(self, cls: type[graph.GraphOp], *operands: SSAValue) -> SSAValue:
        return self.cx.value(cls, list(operands))

    def taps(self, p: SSAValue) -> tuple[SSAValue, SSAValue, SSAValue, SSAValue]:
        """(low index, high index, low weight, high weight), indices i64 in [0, size)."""
        valid = self.op(graph.AndOp, self.op(graph.GreaterEqualOp, p, self.c(-1.0)), self.op(graph.LessEqualOp, p, self.c(float(self.size))))
        p = self.op(graph.MaxOp, p, self.c(0.0))
        low = self.op(graph.FloorOp, p)
        edge = self.op(graph.GreaterEqualOp, low, self.c(self.size - 1.0))
        low = self.cx.value(graph.WhereOp, [edge, self.c(self.size - 1.0), low])
        p = self.cx.value(graph.WhereOp, [edge, low, p])
        high = self.op(graph.MinOp, self.op(graph.AddOp, low, self.c(1.0)), self.c(self.size - 1.0))
        valid = self.cx.value(graph.CastOp, [valid], {"to": graph.elem_of(self.like.type)})
        high_weight = self.op(graph.MulOp, self.op(graph.SubOp, p, low), valid)
        low_weight = self.op(graph.MulOp, self.op(graph.SubOp, self.c(1.0), self.op(graph.SubOp, p, low)), valid)
        return self.index(low), self.index(high), low_weight, high_weight

    def index(self, value: SSAValue) -> SSAValue:
        index = self.cx.value(graph.CastOp, [value], {"to": graph.i64})
        return self.cx.value(graph.ClipOp, [index], {"min": graph.int_attr(0), "max": graph.int_attr(self.size - 1)})


def _roi_grid(cx: NodeContext, ratio: int, extents: tuple[SSAValue, SSAValue], outputs: tuple[int, int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per box, the sample offsets inside a bin along y and x ((iy + 0.5) / grid, shaped
    (R|1, 1, G)) and the average's per-sample factor (R|1, 1, 1, 1, 1): 1/count, 0 for the
    padding samples of boxes with a smaller grid (which repeat the box's last sample, so a max
    is unchanged)."""
    if ratio > 0:
        offsets = ((np.arange(ratio) + 0.5) / ratio).reshape(1, 1, ratio)
        return offsets, offsets, np.full((1, 1, 1, 1, 1), 1.0 / (ratio * ratio))
    sizes = []
    for extent, out in zip(extents, outputs, strict=True):
        array = cx.builder.static(extent)
        if array is None:
            cx.static(1, "rois, whose box sizes decide the sample count when sampling_ratio is 0")
            raise cx.error("the boxes must be known at compile time when sampling_ratio is 0")
        sizes.append(np.ceil(array.reshape(-1).astype(np.float64) / out).astype(np.int64))
    grid_h, grid_w = sizes
    most = max(int(grid_h.max(initial=1)), int(grid_w.max(initial=1)), 1)
    steps = np.arange(most)
    per_dim = [((np.minimum(steps[None, :], np.maximum(g, 1)[:, None] - 1) + 0.5) / np.maximum(g, 1)[:, None]).reshape(len(g), 1, most)
               for g in (grid_h, grid_w)]  # fmt: skip
    used = (steps[None, :, None] < grid_h[:, None, None]) & (steps[None, None, :] < grid_w[:, None, None])
    count = np.maximum(grid_h * grid_w, 1).reshape(-1, 1, 1)
    factor = (used / count).reshape(len(grid_h), 1, most, 1, most)
    return per_dim[0], per_dim[1], factor


def _roi_coordinates(cx: NodeContext, rois: SSAValue, half_pixel: bool, scale: float) -> list[SSAValue]:
    """(start_y, start_x, height, width), each (R, 1, 1) in the boxes' type, in input pixels."""
    r = graph.shape_of(rois.type)[0]
    fields = []
    for column in range(4):
        field = cx.value(graph.SliceOp, [rois], {"starts": graph.ints_attr((column,)), "ends": graph.ints_attr((column + 1,)),
                                                 "axes": graph.ints_attr((1,))})  # fmt: skip
        field = cx.value(graph.MulOp, [field, cx.constant(scale, like=rois)])
        if half_pixel:
            field = cx.value(graph.SubOp, [field, cx.constant(0.5, like=rois)])
        fields.append(cx.value(graph.ReshapeOp, [field], {"shape": graph.dims_attr((r, 1, 1))}))
    x0, y0, x1, y1 = fields
    extents = [cx.value(graph.SubOp, [y1, y0]), cx.value(graph.SubOp, [x1, x0])]
    if not half_pixel:  # (malformed boxes are forced to 1 x 1)
        extents = [cx.value(graph.MaxOp, [e, cx.constant(1.0, like=rois)]) for e in extents]
    return [y0, x0, *extents]


def _roi_samples(cx: NodeContext, start: SSAValue, extent: SSAValue, out: int, offsets: np.ndarray) -> SSAValue:
    """Sample coordinates (R, out, G): start + bin * (bin index + offset in the bin)."""
    bins = cx.value(graph.DivOp, [extent, cx.constant(float(out), like=extent)])
    where = np.arange(out).reshape(1, out, 1) + offsets
    return cx.value(graph.AddOp, [start, cx.value(graph.MulOp, [bins, cx.constant(where, like=extent)])])


def _check_roi_inputs(cx: NodeContext) -> tuple[int, int, int, int, int]:
    x_shape, rois_shape, index_shape = cx.shape(0), cx.shape(1), cx.shape(2)
    if not all(isinstance(d, int) for d in (*x_shape, *rois_shape, *index_shape)):
        raise cx.error("run-time sizes are not supported (RoiAlign needs static shapes)")
    if len(x_shape) != 4 or len(rois_shape) != 2 or rois_shape[1] != 4 or index_shape != (rois_shape[0],):
        raise cx.error(f"X {x_shape}, rois {rois_shape} and batch_indices {index_shape} must be (N, C, H, W), (R, 4) and (R,)")
    if not graph.is_float(cx.elem(0)) or cx.elem(1) != cx.elem(0):
        raise cx.error("X and rois must be floating-point tensors of one type")
    n, c, h, w = x_shape
    return n, c, h, w, rois_shape[0]


@converter("RoiAlign", 10, 16)
def roi_align(cx: NodeContext) -> SSAValue:
    n, c, h, w, r = _check_roi_inputs(cx)
    mode = cx.attrs.str_("mode", "avg", choices=("avg", "max"))
    half_pixel = cx.opset >= 16 and cx.attrs.str_("coordinate_transformation_mode", "half_pixel", choices=("half_pixel", "output_half_pixel")) == "half_pixel"
    out_h, out_w = cx.attrs.int_("output_height", 1), cx.attrs.int_("output_width", 1)
    ratio = cx.attrs.int_("sampling_ratio", 0)
    if out_h < 1 or out_w < 1 or ratio < 0:
        raise cx.error("output_height and output_width must be positive and sampling_ratio not negative")
    x, rois = cx.input(0), cx.input(1)
    y0, x0, height, width = _roi_coordinates(cx, rois, half_pixel, cx.attrs.float_("spatial_scale", 1.0))
    off_y, off_x, factor = _roi_grid(cx, ratio, (height, width), (out_h, out_w))
    ys = _RoiDim(cx, h, rois).taps(_roi_samples(cx, y0, height, out_h, off_y))  # (R, OH, GH) each
    xs = _RoiDim(cx, w, rois).taps(_roi_samples(cx, x0, width, out_w, off_x))  # (R, OW, GW) each
    gh, gw = off_y.shape[2], off_x.shape[2]
    grid = (r, out_h, gh, out_w, gw)

    def spread(value: SSAValue, y: bool) -> SSAValue:
        shape = (r, out_h, gh, 1, 1) if y else (r, 1, 1, out_w, gw)
        return cx.value(graph.ReshapeOp, [value], {"shape": graph.dims_attr(shape)})

    batch = cx.value(graph.ReshapeOp, [cx.input(2)], {"shape": graph.dims_attr((r, 1, 1, 1, 1))})
    if graph.elem_of(batch.type) != graph.i64:
        batch = cx.value(graph.CastOp, [batch], {"to": graph.i64})
    batch = cx.value(graph.ClipOp, [batch], {"min": graph.int_attr(0), "max": graph.int_attr(n - 1)})
    base = cx.value(graph.MulOp, [batch, cx.constant(np.int64(h * w))])
    data = cx.value(graph.TransposeOp, [x], {"perm": graph.ints_attr((1, 0, 2, 3))})
    data = cx.value(graph.ReshapeOp, [data], {"shape": graph.dims_attr((c, n * h * w))})
    terms = []
    for iy, wy in ((ys[0], ys[2]), (ys[1], ys[3])):
        for ix, wx in ((xs[0], xs[2]), (xs[1], xs[3])):
            row = cx.value(graph.MulOp, [spread(iy, True), cx.constant(np.int64(w))])
            index = cx.value(graph.AddOp, [cx.value(graph.AddOp, [base, row]), spread(ix, False)])
            index = cx.value(graph.ExpandOp, [index], {"shape": graph.dims_attr(grid)})
            values = cx.value(graph.GatherOp, [data, index], {"axis": graph.int_attr(1)})  # (C, R, OH, GH, OW, GW)
            weight = cx.value(graph.MulOp, [spread(wy, True), spread(wx, False)])
            terms.append(cx.value(graph.MulOp, [values, weight]))
    if mode == "avg":
        total = terms[0]
        for term in terms[1:]:
            total = cx.value(graph.AddOp, [total, term])
        total = cx.value(graph.MulOp, [total, cx.constant(factor, like=x)])
        pooled = cx.value(graph.ReduceSumOp, [total], {"axes": graph.ints_attr((3, 5)), "keepdims": graph.int_attr(0)})
    else:
        total = terms[0]
        for term in terms[1:]:
            total = cx.value(graph.MaxOp, [total, term])
        pooled = cx.value(graph.ReduceMaxOp, [total], {"axes": graph.ints_attr((3, 5)), "keepdims": graph.int_attr(0)})
    return cx.value(graph.TransposeOp, [pooled], {"perm": graph.ints_attr((1, 0, 2, 3))})


# ---- DeformConv ---------------------------------------------------------------------------------


def _deform_attrs(cx: NodeContext, x_shape: tuple[int, ...], w_shape: tuple[int, ...]) -> tuple[list[int], list[int], list[int], list[int]]:
    """(kernel, strides, dilations, pads) of a 2-D DeformConv, checked."""
    kernel = list(cx.attrs.ints("kernel_shape", w_shape[2:]) or w_shape[2:])
    strides = list(cx.attrs.ints("strides", (1, 1)) or (1, 1))
    dilations = list(cx.attrs.ints("dilations", (1, 1)) or (1, 1))
    pads = list(cx.attrs.ints("pads", (0, 0, 0, 0)) or (0, 0, 0, 0))
    if len(x_shape) != 4 or len(w_shape) != 4:
        raise cx.error(f"only 2-D DeformConv is supported (X {x_shape}, W {w_shape})")
    if tuple(kernel) != tuple(w_shape[2:]) or len(strides) != 2 or len(dilations) != 2 or len(pads) != 4:
        raise cx.error(f"kernel_shape {kernel}, strides, dilations or pads do not fit W of shape {w_shape}")
    if min(strides) < 1 or min(dilations) < 1:
        raise cx.error("strides and dilations must be positive")
    return kernel, strides, dilations, pads


def _deform_points(cx: NodeContext, offset: SSAValue, kernel: list[int], strides: list[int], dilations: list[int],
                   pads: list[int], out: tuple[int, int]) -> list[SSAValue]:  # fmt: skip
    """The sample coordinates (N, OG, K, P) along y and x: the kernel tap's position plus its
    learned offset (offset is (N, OG * K * 2, OH, OW), y before x per tap)."""
    n, channels = graph.shape_of(offset.type)[:2]
    taps, points = kernel[0] * kernel[1], out[0] * out[1]
    groups = channels // (2 * taps)
    moved = cx.value(graph.ReshapeOp, [offset], {"shape": graph.dims_attr((n, groups, taps, 2, points))})
    coordinates = []
    for axis in range(2):
        tap = np.arange(kernel[axis]) * dilations[axis]
        position = np.arange(out[axis]) * strides[axis] - pads[axis]
        if axis == 0:
            base = tap[:, None, None, None] + position[None, None, :, None]
        else:
            base = tap[None, :, None, None] + position[None, None, None, :]
        base = np.broadcast_to(base, (kernel[0], kernel[1], out[0], out[1])).reshape(taps, points)
        learned = cx.value(graph.SliceOp, [moved], {"starts": graph.ints_attr((axis,)), "ends": graph.ints_attr((axis + 1,)),
                                                    "axes": graph.ints_attr((3,))})  # fmt: skip
        learned = cx.value(graph.ReshapeOp, [learned], {"shape": graph.dims_attr((n, groups, taps, points))})
        coordinates.append(cx.value(graph.AddOp, [learned, cx.constant(base, like=offset)]))
    return coordinates


def _deform_sample(cx: NodeContext, x: SSAValue, points: list[SSAValue], mask: SSAValue | None) -> SSAValue:
    """The input sampled bilinearly (zeros outside) at ``points`` per offset group, times the
    modulation mask: (N, OG, Cg, K * P)."""
    n, c, h, w = graph.shape_of(x.type)
    _, groups, taps, count = graph.shape_of(points[0].type)
    data = cx.value(graph.ReshapeOp, [x], {"shape": graph.dims_attr((n, groups, c // groups, h * w))})
    dims = [_Dim(cx, size, True, p) for size, p in zip((h, w), points, strict=True)]
    fetched = [[(*dim.fetch(tap, "zeros"), weight) for tap, weight in dim.taps(p, "linear")] for dim, p in zip(dims, points, strict=True)]
    flat = (n, groups, 1, taps * count)
    total = None
    for (iy, my, wy), (ix, mx, wx) in ((a, b) for a in fetched[0] for b in fetched[1]):
        index = cx.value(graph.AddOp, [cx.value(graph.MulOp, [iy, cx.constant(np.int64(w))]), ix])
        index = cx.value(graph.ReshapeOp, [index], {"shape": graph.dims_attr(flat)})
        index = cx.value(graph.ExpandOp, [index], {"shape": graph.dims_attr((n, groups, c // groups, taps * count))})
        values = cx.value(graph.GatherElementsOp, [data, index], {"axis": graph.int_attr(3)})
        factors = [f for f in (wy, my, wx, mx) if f is not None]
        weight = factors[0]
        for factor in factors[1:]:
            weight = cx.value(graph.MulOp, [weight, factor])
        weight = cx.value(graph.ReshapeOp, [weight], {"shape": graph.dims_attr(flat)})
        term = cx.value(graph.MulOp, [values, weight])
        total = term if total is None else cx.value(graph.AddOp, [total, term])
    assert total is not None
    if mask is not None:
        mask = cx.value(graph.ReshapeOp, [mask], {"shape": graph.dims_attr(flat)})
        total = cx.value(graph.MulOp, [total, mask])
    return total


@converter("DeformConv", 19)
def deform_conv(cx: NodeContext) -> SSAValue:
    x, weights, offset = cx.input(0), cx.input(1), cx.input(2)
    x_shape, w_shape, offset_shape = cx.shape(0), cx.shape(1), cx.shape(2)
    if not all(isinstance(d, int) for d in (*x_shape, *w_shape, *offset_shape)):
        raise cx.error("run-time sizes are not supported (DeformConv needs static shapes)")
    kernel, strides, dilations, pads = _deform_attrs(cx, x_shape, w_shape)
    group, offset_groups = cx.attrs.int_("group", 1), cx.attrs.int_("offset_group", 1)
    n, c, h, w = x_shape
    oc, taps = w_shape[0], kernel[0] * kernel[1]
    out = tuple((size + pads[a] + pads[a + 2] - (kernel[a] - 1) * dilations[a] - 1) // strides[a] + 1 for a, size in enumerate((h, w)))
    if group < 1 or offset_groups < 1 or c != w_shape[1] * group or oc % group or c % offset_groups:
        raise cx.error(f"group {group} / offset_group {offset_groups} do not fit X {x_shape} and W {w_shape}")
    if offset_shape != (n, offset_groups * taps * 2, *out):
        raise cx.error(f"offset of shape {offset_shape} does not fit: expected {(n, offset_groups * taps * 2, *out)}")
    mask = cx.optional(4)
    if mask is not None and graph.shape_of(mask.type) != (n, offset_groups * taps, *out):
        raise cx.error(f"mask of shape {graph.shape_of(mask.type)} does not fit: expected {(n, offset_groups * taps, *out)}")
    points = _deform_points(cx, offset, kernel, strides, dilations, pads, out)  # type: ignore[arg-type]
    sampled = _deform_sample(cx, x, points, mask)  # (N, OG, C / OG, K * P)
    count = out[0] * out[1]
    columns = cx.value(graph.ReshapeOp, [sampled], {"shape": graph.dims_attr((n, group, (c // group) * taps, count))})
    kernel_matrix = cx.value(graph.ReshapeOp, [weights], {"shape": graph.dims_attr((1, group, oc // group, (c // group) * taps))})
    result = cx.value(graph.MatmulOp, [kernel_matrix, columns])  # (N, group, OC / group, P)
    result = cx.value(graph.ReshapeOp, [result], {"shape": graph.dims_attr((n, oc, *out))})
    if cx.has(3):
        bias = cx.value(graph.ReshapeOp, [cx.input(3)], {"shape": graph.dims_attr((1, oc, 1, 1))})
        result = cx.value(graph.AddOp, [result, bias])
    return result
