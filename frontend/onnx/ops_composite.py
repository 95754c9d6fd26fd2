"""ONNX ops ember has no single graph op for, composed from graph ops at import: LayerNorm with
its statistics outputs, RMSNormalization, LpNormalization, Trilu, Hardmax, OneHot, CumSum, IsInf,
the hyperbolic functions, Shrink, CenterCropPad and Compress. Masks and index ramps are
constants, since every shape is static after import.
"""

from __future__ import annotations

from collections.abc import Sequence

import ml_dtypes
import numpy as np
from xdsl.ir import Attribute, SSAValue

from ember.dialects import graph
from ember.frontend.onnx.builder import NodeContext
from ember.frontend.onnx.table import CONVERTERS, converter
from ember.symbolic import dims_product


def _reduce(cx: NodeContext, cls: type[graph.GraphOp], x: SSAValue, axes: tuple[int, ...]) -> SSAValue:
    return cx.value(cls, [x], {"axes": graph.ints_attr(axes), "keepdims": graph.int_attr(1)})


def _stash(cx: NodeContext, x: SSAValue) -> SSAValue:
    """Compute in float32 (stash_type = 1) when the input is another float type."""
    if cx.attrs.int_("stash_type", 1) == 1 and graph.elem_of(x.type) != graph.f32:
        return cx.value(graph.CastOp, [x], {"to": graph.f32})
    return x


def _as(cx: NodeContext, value: SSAValue, like: SSAValue) -> SSAValue:
    if graph.elem_of(value.type) == graph.elem_of(like.type):
        return value
    return cx.value(graph.CastOp, [value], {"to": graph.elem_of(like.type)})


def layer_norm_with_stats(cx: NodeContext) -> list[SSAValue]:
    """LayerNormalization producing Y, Mean and InvStdDev (all three outputs requested)."""
    x = cx.input(0)
    rank = len(cx.shape(0))
    axis = graph.normalize_axis(cx.attrs.int_("axis", -1), rank)
    axes = tuple(range(axis, rank))
    xs = _stash(cx, x)
    mean = _reduce(cx, graph.ReduceMeanOp, xs, axes)
    centred = cx.value(graph.SubOp, [xs, mean])
    var = _reduce(cx, graph.ReduceMeanOp, cx.value(graph.MulOp, [centred, centred]), axes)
    eps = cx.constant(cx.attrs.float_("epsilon", 1e-5), like=var)
    inv = cx.value(graph.ReciprocalOp, [cx.value(graph.SqrtOp, [cx.value(graph.AddOp, [var, eps])])])
    y = _as(cx, cx.value(graph.MulOp, [centred, inv]), x)
    y = cx.value(graph.MulOp, [y, cx.input(1)])
    if cx.has(2):
        y = cx.value(graph.AddOp, [y, cx.input(2)])
    return [y, mean, inv]


@converter("RMSNormalization", 23)
def rms_norm(cx: NodeContext) -> SSAValue:
    x = cx.input(0)
    rank = len(cx.shape(0))
    axes = tuple(range(graph.normalize_axis(cx.attrs.int_("axis", -1), rank), rank))
    xs = _stash(cx, x)
    mean_sq = _reduce(cx, graph.ReduceMeanOp, cx.value(graph.MulOp, [xs, xs]), axes)
    eps = cx.constant(cx.attrs.float_("epsilon", 1e-5), like=mean_sq)
    rms = cx.value(graph.SqrtOp, [cx.value(graph.AddOp, [mean_sq, eps])])
    y = _as(cx, cx.value(graph.DivOp, [xs, rms]), x)
    return cx.value(graph.MulOp, [y, cx.input(1)])


@converter("LpNormalization")
def lp_norm(cx: NodeContext) -> SSAValue:
    x = cx.input(0)
    axis = graph.normalize_axis(cx.attrs.int_("axis", -1), len(cx.shape(0)))
    p = cx.attrs.int_("p", 2)
    if p not in (1, 2):
        raise cx.error(f"attribute 'p' is {p}, ember supports 1 and 2")
    norm = (_reduce(cx, graph.ReduceL2Op, x, (axis,)) if p == 2
            else _reduce(cx, graph.ReduceSumOp, cx.value(graph.AbsOp, [x]), (axis,)))  # fmt: skip
    zero = cx.constant(0, like=x)
    is_zero = cx.value(graph.EqualOp, [norm, zero])
    return cx.value(graph.WhereOp, [is_zero, zero, cx.value(graph.DivOp, [x, norm])])


@converter("Trilu", 14)
def trilu(cx: NodeContext) -> SSAValue:
    x = cx.input(0)
    rows, cols = cx.shape(0)[-2:]
    k = int(cx.static_scalar(1, "k") or 0)
    ones = np.ones((rows, cols), dtype=bool)
    mask = np.triu(ones, k) if cx.attrs.int_("upper", 1) else np.tril(ones, k)
    return cx.value(graph.WhereOp, [cx.constant(mask), x, cx.constant(0, like=x)])


def _ramp(cx: NodeContext, size: int, axis: int, rank: int) -> SSAValue:
    """0, 1, ..., size-1 along ``axis`` of a rank-``rank`` tensor (other dims 1)."""
    shape = [1] * rank
    shape[axis] = size
    return cx.constant(np.arange(size, dtype=np.int64).reshape(shape))


def _hardmax(cx: NodeContext, x: SSAValue, axis: int) -> SSAValue:
    shape = graph.shape_of(x.type)
    props = {"axis": graph.int_attr(axis), "keepdims": graph.int_attr(1)}
    top = cx.value(graph.ArgMaxOp, [x], props)
    hit = cx.value(graph.EqualOp, [_ramp(cx, shape[axis], axis, len(shape)), top])
    return cx.value(graph.CastOp, [hit], {"to": graph.elem_of(x.type)})


@converter("Hardmax", 13)
def hardmax(cx: NodeContext) -> SSAValue:
    return _hardmax(cx, cx.input(0), graph.normalize_axis(cx.attrs.int_("axis", -1), len(cx.shape(0))))


@converter("Hardmax", 1)
def hardmax_2d(cx: NodeContext) -> SSAValue:
    """Before opset 13: over the flattened block of dims [axis, rank)."""
    shape = cx.shape(0)
    axis = graph.normalize_axis(cx.attrs.int_("axis", 1), len(shape))
    flat = (int(np.prod(shape[:axis])), int(np.prod(shape[axis:])))
    x = cx.value(graph.ReshapeOp, [cx.input(0)], {"shape": graph.dims_attr(flat)})
    return cx.value(graph.ReshapeOp, [_hardmax(cx, x, 1)], {"shape": graph.dims_attr(shape)})


@converter("OneHot", 11)
def one_hot(cx: NodeContext) -> SSAValue:
    indices = cx.input(0)
    depth = int(cx.static_scalar(1, "depth"))
    rank = len(cx.shape(0)) + 1
    axis = graph.normalize_axis(cx.attrs.int_("axis", -1), rank)
    if cx.elem(0) != graph.i64:
        indices = cx.value(graph.CastOp, [indices], {"to": graph.i64})
    wrapped = cx.value(graph.AddOp, [indices, cx.constant(np.array(depth, np.int64))])
    negative = cx.value(graph.LessOp, [indices, cx.constant(np.array(0, np.int64))])
    indices = cx.value(graph.WhereOp, [negative, wrapped, indices])
    expanded = cx.value(graph.UnsqueezeOp, [indices], {"axes": graph.ints_attr([axis])})
    hit = cx.value(graph.EqualOp, [expanded, _ramp(cx, depth, axis, rank)])
    values = cx.input(2)  # [off, on]: data, picked at run time unless constant (then folded)
    off, on = (cx.value(graph.GatherOp, [values, cx.constant(np.array(i, np.int64))], {"axis": graph.int_attr(0)})
               for i in (0, 1))  # fmt: skip
    return cx.value(graph.WhereOp, [hit, on, off])


@converter("CumSum", 11)
def cumsum(cx: NodeContext) -> SSAValue:
    """Cumulative sum as a matmul with a triangular 0/1 matrix along the (last-moved) axis."""
    x = cx.input(0)
    shape = cx.shape(0)
    axis = graph.normalize_axis(int(cx.static_scalar(1, "axis")), len(shape))
    n = shape[axis]
    i, j = np.meshgrid(np.arange(n), np.arange(n), indexing="ij")
    exclusive, reverse = cx.attrs.int_("exclusive", 0), cx.attrs.int_("reverse", 0)
    keep = {(0, 0): i <= j, (1, 0): i < j, (0, 1): i >= j, (1, 1): i > j}[(exclusive, reverse)]
    triangle = cx.constant(keep.astype(graph.numpy_dtype(cx.elem(0))))
    perm = [d for d in range(len(shape)) if d != axis] + [axis]
    moved = cx.value(graph.TransposeOp, [x], {"perm": graph.ints_attr(perm)})
    summed = cx.value(graph.MatmulOp, [moved, triangle])
    back = [perm.index(d) for d in range(len(shape))]
    return cx.value(graph.TransposeOp, [summed], {"perm": graph.ints_attr(back)})


@converter("IsInf", 10)
def is_inf(cx: NodeContext) -> SSAValue:
    x = cx.input(0)
    hits = []
    if cx.attrs.int_("detect_positive", 1):
        hits.append(cx.value(graph.EqualOp, [x, cx.constant(np.inf, like=x)]))
    if cx.attrs.int_("detect_negative", 1):
        hits.append(cx.value(graph.EqualOp, [x, cx.constant(-np.inf, like=x)]))
    if not hits:
        return cx.constant(np.zeros(cx.shape(0), dtype=bool))
    return hits[0] if len(hits) == 1 else cx.value(graph.OrOp, hits)


def _layer_norm_dispatch() -> None:
    """LayerNormalization: the plain op, or the composite when Mean/InvStdDev are requested."""
    plain = CONVERTERS[("LayerNormalization", 17)]

    def convert(cx: NodeContext) -> SSAValue | list[SSAValue]:
        if any(cx.node.output[1:]):
            return layer_norm_with_stats(cx)
        return plain(cx)

    convert.__name__ = "layer_norm (+ layer_norm_with_stats)"
    CONVERTERS[("LayerNormalization", 17)] = convert  # type: ignore[assignment]


_layer_norm_dispatch()


# ---- hyperbolic functions from exp/log/sqrt ---------------------------------------------------


def _exp_pair(cx: NodeContext, x: SSAValue) -> tuple[SSAValue, SSAValue]:
    return cx.value(graph.ExpOp, [x]), cx.value(graph.ExpOp, [cx.value(graph.NegOp, [x])])


@converter("Sinh", 9)
def sinh(cx: NodeContext) -> SSAValue:
    x = cx.input(0)
    up, down = _exp_pair(cx, x)
    return cx.value(graph.MulOp, [cx.value(graph.SubOp, [up, down]), cx.constant(0.5, like=x)])


@converter("Cosh", 9)
def cosh(cx: NodeContext) -> SSAValue:
    x = cx.input(0)
    up, down = _exp_pair(cx, x)
    return cx.value(graph.MulOp, [cx.value(graph.AddOp, [up, down]), cx.constant(0.5, like=x)])


def _log_of_x_plus_root(cx: NodeContext, sign: float) -> SSAValue:
    """log(x + sqrt(x*x + sign)): asinh (sign = 1) and acosh (sign = -1)."""
    x = cx.input(0)
    inside = cx.value(graph.AddOp, [cx.value(graph.MulOp, [x, x]), cx.constant(sign, like=x)])
    return cx.value(graph.LogOp, [cx.value(graph.AddOp, [x, cx.value(graph.SqrtOp, [inside])])])


@converter("Asinh", 9)
def asinh(cx: NodeContext) -> SSAValue:
    return _log_of_x_plus_root(cx, 1.0)


@converter("Acosh", 9)
def acosh(cx: NodeContext) -> SSAValue:
    return _log_of_x_plus_root(cx, -1.0)


@converter("Atanh", 9)
def atanh(cx: NodeContext) -> SSAValue:
    x = cx.input(0)
    one = cx.constant(1, like=x)
    ratio = cx.value(graph.DivOp, [cx.value(graph.AddOp, [one, x]), cx.value(graph.SubOp, [one, x])])
    return cx.value(graph.MulOp, [cx.value(graph.LogOp, [ratio]), cx.constant(0.5, like=x)])


@converter("Shrink", 9)
def shrink(cx: NodeContext) -> SSAValue:
    x = cx.input(0)
    lambd, bias = cx.attrs.float_("lambd", 0.5), cx.attrs.float_("bias", 0.0)
    below = cx.value(graph.LessOp, [x, cx.constant(-lambd, like=x)])
    above = cx.value(graph.GreaterOp, [x, cx.constant(lambd, like=x)])
    shifted_up = cx.value(graph.AddOp, [x, cx.constant(bias, like=x)])
    shifted_down = cx.value(graph.SubOp, [x, cx.constant(bias, like=x)])
    inner = cx.value(graph.WhereOp, [above, shifted_down, cx.constant(0, like=x)])
    return cx.value(graph.WhereOp, [below, shifted_up, inner])


# ---- static-shape data movement ---------------------------------------------------------------


@converter("CenterCropPad", 18)
def center_crop_pad(cx: NodeContext) -> SSAValue:
    """Centre-crop or zero-pad each listed axis to its requested size (odd extra goes to the end)."""
    x = cx.input(0)
    shape = cx.shape(0)
    sizes = cx.static_ints(1, "shape") or ()
    axes = cx.attrs.ints("axes", tuple(range(len(shape))))
    starts, ends, slice_axes, pads = [], [], [], [0] * (2 * len(shape))
    for axis, size in zip(axes, sizes, strict=True):  # type: ignore[arg-type]
        a = graph.normalize_axis(axis, len(shape))
        if size < shape[a]:
            start = (shape[a] - size) // 2
            starts.append(start)
            ends.append(start + size)
            slice_axes.append(a)
        elif size > shape[a]:
            pads[a] = (size - shape[a]) // 2
            pads[len(shape) + a] = size - shape[a] - pads[a]
    if slice_axes:
        props = {"starts": graph.dims_attr(starts), "ends": graph.dims_attr(ends), "axes": graph.ints_attr(slice_axes)}
        x = cx.value(graph.SliceOp, [x], props)
    if any(pads):
        x = cx.value(graph.PadOp, [x], {"pads": graph.ints_attr(pads)})
    return x


@converter("Compress", 9)
def compress(cx: NodeContext) -> SSAValue:
    """Keep the slices whose condition is true: a gather with constant indices."""
    x = cx.input(0)
    condition = cx.static(1, "condition")
    axis = cx.attrs.int_("axis", None)  # type: ignore[arg-type]
    if axis is None:
        x = cx.value(graph.ReshapeOp, [x], {"shape": graph.dims_attr((int(np.prod(cx.shape(0))),))})
        axis = 0
    length = graph.shape_of(x.type)[graph.normalize_axis(axis, len(graph.shape_of(x.type)))]
    keep = np.nonzero(np.asarray(condition).reshape(-1)[:length])[0].astype(np.int64)
    return cx.value(graph.GatherOp, [x, cx.constant(keep)], {"axis": graph.int_attr(axis)})


# ---- losses -------------------------------------------------------------------------------------

REDUCTIONS = ("mean", "sum", "none")


def _nll(cx: NodeContext, logp: SSAValue, target: SSAValue, weight: SSAValue | None) -> SSAValue:
    """-logp[n, target[n, ...], ...] * weight[target], with ignore_index and the reduction."""
    reduction = cx.attrs.str_("reduction", "mean", choices=REDUCTIONS)
    ignore = cx.attrs.int_("ignore_index", None)  # type: ignore[arg-type]
    tshape, shape = graph.shape_of(target.type), graph.shape_of(logp.type)
    if len(shape) < 2 or tuple(tshape) != (shape[0], *shape[2:]):
        raise cx.error(f"target shape {tuple(tshape)} does not match input shape {tuple(shape)} without its class axis")
    if weight is not None and len(graph.shape_of(weight.type)) != 1:
        raise cx.error(f"weight must be 1-D (one weight per class), not of shape {tuple(graph.shape_of(weight.type))}")
    if graph.elem_of(target.type) != graph.i64:
        target = cx.value(graph.CastOp, [target], {"to": graph.i64})
    valid = None
    if ignore is not None:
        valid = cx.value(graph.NotOp, [cx.value(graph.EqualOp, [target, cx.constant(np.array(ignore, np.int64))])])
        target = cx.value(graph.WhereOp, [valid, target, cx.constant(np.array(0, np.int64))])
    index = cx.value(graph.UnsqueezeOp, [target], {"axes": graph.ints_attr((1,))})
    picked = cx.value(graph.GatherElementsOp, [logp, index], {"axis": graph.int_attr(1)})
    picked = cx.value(graph.SqueezeOp, [picked], {"axes": graph.ints_attr((1,))})
    w = (cx.value(graph.GatherOp, [weight, target], {"axis": graph.int_attr(0)}) if weight is not None
         else cx.constant(np.ones(tshape), like=logp))  # fmt: skip
    if valid is not None:
        w = cx.value(graph.WhereOp, [valid, w, cx.constant(0, like=logp)])
    loss = cx.value(graph.NegOp, [cx.value(graph.MulOp, [picked, w])])
    if reduction == "none":
        return loss
    total = cx.value(graph.ReduceSumOp, [loss], {"keepdims": graph.int_attr(0)})
    if reduction == "sum":
        return total
    return cx.value(graph.DivOp, [total, cx.value(graph.ReduceSumOp, [w], {"keepdims": graph.int_attr(0)})])


@converter("NegativeLogLikelihoodLoss", 12)
def nll_loss(cx: NodeContext) -> SSAValue:
    return _nll(cx, cx.input(0), cx.input(1), cx.optional(2))


@converter("SoftmaxCrossEntropyLoss", 12)
def softmax_cross_entropy(cx: NodeContext) -> list[SSAValue]:
    logp = cx.value(graph.LogSoftmaxOp, [cx.input(0)], {"axis": graph.int_attr(1)})
    return [_nll(cx, logp, cx.input(1), cx.optional(2)), logp]


# ---- Lp pooling -----------------------------------------------------------------------------------


def _lp_pool(cx: NodeContext, pooled_sum: SSAValue, p: int) -> SSAValue:
    """(sum |x|^p)^(1/p), given the graph value of the windowed sum of |x|^p."""
    return cx.value(graph.PowOp, [pooled_sum, cx.constant(1.0 / p, like=pooled_sum)])


def _abs_pow(cx: NodeContext, p: int) -> SSAValue:
    x = cx.input(0)
    return cx.value(graph.PowOp, [cx.value(graph.AbsOp, [x]), cx.constant(float(p), like=x)])


@converter("LpPool", 2)
def lp_pool(cx: NodeContext) -> SSAValue:
    """Lp pooling as an average pool of |x|^p counting pads, times the window size."""
    from ember.frontend.onnx.ops_nn import _pool_props

    p = cx.attrs.int_("p", 2)
    props = _pool_props(cx)
    props["count_include_pad"] = graph.int_attr(1)
    mean = cx.value(graph.AvgPoolOp, [_abs_pow(cx, p)], props)
    window = float(np.prod(cx.attrs.ints("kernel_shape")))
    return _lp_pool(cx, cx.value(graph.MulOp, [mean, cx.constant(window, like=mean)]), p)


@converter("GlobalLpPool", 2)
def global_lp_pool(cx: NodeContext) -> SSAValue:
    p = cx.attrs.int_("p", 2)
    spatial = tuple(range(2, len(cx.shape(0))))
    total = _reduce(cx, graph.ReduceSumOp, _abs_pow(cx, p), spatial)
    return _lp_pool(cx, total, p)


# ---- linear (de)quantisation: 8/16-bit integers, int4 / int2, float8, float4 ------------------------------

FLOAT8 = (graph.f8E4M3FN, graph.f8E4M3FNUZ, graph.f8E5M2, graph.f8E5M2FNUZ)
"""Quantised float8 types: no zero point (it must be 0), x / scale converted with ``saturate``."""
QUANTISED_TYPES = (graph.ui8, graph.i8, graph.ui16, graph.i16, graph.ui4, graph.i4, graph.ui2, graph.i2, *FLOAT8, graph.f4E2M1FN)


def _per_axis(cx: NodeContext, value: SSAValue, axis: int, rank: int) -> SSAValue:
    """A per-axis (1-D) scale or zero point reshaped to broadcast along ``axis``; a blocked one
    (``block_size`` > 0, the input's rank) has each element repeated ``block_size`` times along
    ``axis`` and cut to the input's length there (a gather)."""
    shape = graph.shape_of(value.type)
    block = cx.attrs.int_("block_size", 0)
    if block > 0 and len(shape) == rank and rank > 0:
        axis = graph.normalize_axis(axis, rank)
        length = cx.shape(0)[axis]
        if not isinstance(length, int) or -(-length // block) != shape[axis]:
            raise cx.error(f"blocked scale / zero point has {shape[axis]} blocks on axis {axis}, the input {length} elements in blocks of {block}")
        index = cx.constant(np.arange(length, dtype=np.int64) // block)
        return cx.value(graph.GatherOp, [value, index], {"axis": graph.int_attr(axis)})
    if len(shape) != 1 or rank <= 1:
        return value
    target = [1] * rank
    target[graph.normalize_axis(axis, rank)] = shape[0]
    return cx.value(graph.ReshapeOp, [value], {"shape": graph.dims_attr(target)})


def _output_dtype(cx: NodeContext, default: Attribute) -> Attribute:
    from ember.frontend.onnx.importer import element_type

    code = cx.attrs.int_("output_dtype", 0)
    return element_type(code, f"{cx.label}: attribute 'output_dtype'") if code else default


@converter("DequantizeLinear", 10)
def dequantize_linear(cx: NodeContext) -> SSAValue:
    """(x - zero point) * scale in the scale's type (exact up to the final rounding, as the
    reference's f32 product rounded to it); float8 / float4 inputs have no zero point.

    An 8-bit input (a quantised weight) is not folded at import: ``graph-quantize-qdq`` reads
    the integer weight, its zero point and scale from the ``cast``/``sub``/``mul`` chain, and
    ``graph-optimize`` folds what that pass leaves."""
    rank, axis = len(cx.shape(0)), cx.attrs.int_("axis", 1)
    fold = cx.elem(0) not in (graph.i8, graph.ui8)
    scale = _per_axis(cx, cx.input(1), axis, rank)
    x = cx.value(graph.CastOp, [cx.input(0)], {"to": graph.elem_of(scale.type)}, fold=fold)
    if cx.has(2) and cx.elem(0) not in (*FLOAT8, graph.f4E2M1FN):
        zero = cx.value(graph.CastOp, [_per_axis(cx, cx.input(2), axis, rank)], {"to": graph.elem_of(scale.type)})
        x = cx.value(graph.SubOp, [x, zero], fold=fold)
    y = cx.value(graph.MulOp, [x, scale], fold=fold)
    target = _output_dtype(cx, graph.elem_of(scale.type))
    return y if target == graph.elem_of(scale.type) else cx.value(graph.CastOp, [y], {"to": target})


@converter("QuantizeLinear", 10)
def quantize_linear(cx: NodeContext) -> SSAValue:
    """x / scale (in ``precision``'s type if given), then: integers round half to even, add the
    zero point and clamp to the type; float8 converts with ``saturate`` (zero point ignored, it is
    0); float4 adds the zero point and converts (saturating)."""
    rank, axis = len(cx.shape(0)), cx.attrs.int_("axis", 1)
    x = cx.input(0)
    compute = _precision(cx, cx.elem(0))
    if compute != cx.elem(0):
        x = cx.value(graph.CastOp, [x], {"to": compute})
    scale = _per_axis(cx, cx.input(1), axis, rank)
    if graph.elem_of(scale.type) != compute:
        scale = cx.value(graph.CastOp, [scale], {"to": compute})
    target = cx.elem(2) if cx.has(2) else _output_dtype(cx, graph.ui8)
    if target not in QUANTISED_TYPES:
        raise cx.error(f"quantising to {target} is not supported (8/16/4/2-bit integers, float8 and float4 are)")
    q = cx.value(graph.DivOp, [x, scale])
    if target in FLOAT8:
        props = {"to": target} if cx.attrs.int_("saturate", 1) else {"to": target, "saturate": graph.int_attr(0)}
        return cx.value(graph.CastOp, [q], props)
    if target != graph.f4E2M1FN:
        q = cx.value(graph.RoundOp, [q])
    if cx.has(2):
        zero = cx.value(graph.CastOp, [_per_axis(cx, cx.input(2), axis, rank)], {"to": compute})
        q = cx.value(graph.AddOp, [q, zero])
    if target != graph.f4E2M1FN:
        info = ml_dtypes.iinfo(graph.numpy_dtype(target))
        q = cx.value(graph.ClipOp, [q], {"min": graph.float_attr(float(info.min)), "max": graph.float_attr(float(info.max))})
    return cx.value(graph.CastOp, [q], {"to": target})


def _precision(cx: NodeContext, default: Attribute) -> Attribute:
    from ember.frontend.onnx.importer import element_type

    code = cx.attrs.int_("precision", 0)
    return element_type(code, f"{cx.label}: attribute 'precision'") if code else default


# ---- scatters with static indices ---------------------------------------------------------------


SCATTER_REDUCTIONS: dict[str, type[graph.GraphOp] | None] = {
    "none": None, "add": graph.AddOp, "mul": graph.MulOp, "max": graph.MaxOp, "min": graph.MinOp,
}  # fmt: skip


def _write_rounds(positions: np.ndarray) -> np.ndarray:
    """For each update, how many earlier updates hit the same position (its write round)."""
    seen: dict[int, int] = {}
    rounds = np.zeros(positions.size, np.int64)
    for index, position in enumerate(positions.tolist()):
        rounds[index] = seen.get(position, 0)
        seen[position] = rounds[index] + 1
    return rounds


def _scatter(cx: NodeContext, positions: np.ndarray, updates: SSAValue) -> SSAValue:
    """Write the updates (row-major) to the flat ``positions`` of input 0, combining with the
    reduction; repeated positions are applied in rounds, in update order."""
    data, shape = cx.input(0), cx.shape(0)
    combine = SCATTER_REDUCTIONS[cx.attrs.str_("reduction", "none", choices=tuple(SCATTER_REDUCTIONS))]
    size, count = int(np.prod(shape)), int(positions.size)
    out = cx.value(graph.ReshapeOp, [data], {"shape": graph.dims_attr((size,))})
    values = cx.value(graph.ReshapeOp, [updates], {"shape": graph.dims_attr((count,))})
    rounds = _write_rounds(positions)
    for r in range(int(rounds.max(initial=-1)) + 1):
        chosen = np.nonzero(rounds == r)[0]
        source, written = np.zeros(size, np.int64), np.zeros(size, bool)
        source[positions[chosen]] = chosen
        written[positions[chosen]] = True
        picked = cx.value(graph.GatherOp, [values, cx.constant(source)], {"axis": graph.int_attr(0)})
        new = picked if combine is None else cx.value(combine, [out, picked])
        out = cx.value(graph.WhereOp, [cx.constant(written), new, out])
    return cx.value(graph.ReshapeOp, [out], {"shape": graph.dims_attr(shape)})


def _check_scatter_indices(cx: NodeContext, indices: np.ndarray, sizes: Sequence[int]) -> None:
    """Indices (the last axis running over ``sizes``, or all against ``sizes[0]``) in
    ``[-size, size)``, else one line naming the first bad one."""
    bounds = np.asarray(sizes, np.int64)
    bad = (indices < -bounds) | (indices >= bounds)
    if bad.any():
        where = tuple(int(i) for i in np.argwhere(bad)[0])
        size = int(bounds[where[-1]] if bounds.size > 1 else bounds[0])
        raise cx.error(f"index {int(indices[where])} at {list(where)} is out of range [{-size}, {size})")


@converter("ScatterND", 11)
def scatter_nd(cx: NodeContext) -> SSAValue:
    indices = np.asarray(cx.static(1, "indices"), np.int64)
    _check_scatter_indices(cx, indices, cx.shape(0)[: indices.shape[-1]])
    element = np.arange(int(np.prod(cx.shape(0)))).reshape(cx.shape(0))
    positions = element[tuple(indices[..., i] for i in range(indices.shape[-1]))].reshape(-1)
    return _scatter(cx, positions, cx.input(2))


@converter("Scatter", 9)
@converter("ScatterElements", 11)
def scatter_elements(cx: NodeContext) -> SSAValue:
    shape = cx.shape(0)
    axis = graph.normalize_axis(cx.attrs.int_("axis", 0), len(shape))
    indices = np.asarray(cx.static(1, "indices"), np.int64)
    _check_scatter_indices(cx, indices, [shape[axis]])
    indices = np.where(indices < 0, indices + shape[axis], indices)
    element = np.arange(int(np.prod(shape))).reshape(shape)
    window = tuple(slice(None) if d == axis else slice(0, n) for d, n in enumerate(indices.shape))
    positions = np.take_along_axis(element[window], indices, axis=axis)
    return _scatter(cx, positions.reshape(-1), cx.input(2))


# ---- rotary position embedding ------------------------------------------------------------------


def _slice_last(cx: NodeContext, x: SSAValue, start: int, end: int, step: int = 1) -> SSAValue:
    props = {"starts": graph.dims_attr((start,)), "ends": graph.dims_attr((end,)), "axes": graph.ints_attr((-1,)),
             "steps": graph.ints_attr((step,))}  # fmt: skip
    return cx.value(graph.SliceOp, [x], props)


def _rope_caches(cx: NodeContext) -> tuple[SSAValue, SSAValue]:
    """cos/sin caches indexed by position_ids (if given), with a head axis: (B, S, 1, D/2)."""
    caches = []
    for index in (1, 2):
        cache = cx.input(index)
        if cx.has(3):
            cache = cx.value(graph.GatherOp, [cache, cx.input(3)], {"axis": graph.int_attr(0)})
        caches.append(cx.value(graph.UnsqueezeOp, [cache], {"axes": graph.ints_attr((-2,))}))
    return caches[0], caches[1]


@converter("RotaryEmbedding", 23)
def rotary_embedding(cx: NodeContext) -> SSAValue:
    x, shape = cx.input(0), cx.shape(0)
    if len(shape) == 4:  # (B, H, S, D) -> (B, S, H, D)
        x = cx.value(graph.TransposeOp, [x], {"perm": graph.ints_attr((0, 2, 1, 3))})
    else:
        heads = cx.attrs.int_("num_heads", 0)
        if not heads:
            raise cx.error("3-D input needs attribute 'num_heads'")
        x = cx.value(graph.ReshapeOp, [x], {"shape": graph.dims_attr((shape[0], shape[1], heads, shape[2] // heads))})
    head = graph.shape_of(x.type)[3]
    dim = cx.attrs.int_("rotary_embedding_dim", 0) or head
    cos, sin = _rope_caches(cx)
    interleaved = cx.attrs.int_("interleaved", 0)
    x1 = _slice_last(cx, x, 0, dim, 2) if interleaved else _slice_last(cx, x, 0, dim // 2)
    x2 = _slice_last(cx, x, 1, dim, 2) if interleaved else _slice_last(cx, x, dim // 2, dim)
    real = cx.value(graph.SubOp, [cx.value(graph.MulOp, [cos, x1]), cx.value(graph.MulOp, [sin, x2])])
    imag = cx.value(graph.AddOp, [cx.value(graph.MulOp, [sin, x1]), cx.value(graph.MulOp, [cos, x2])])
    if interleaved:
        pairs = [cx.value(graph.UnsqueezeOp, [v], {"axes": graph.ints_attr((-1,))}) for v in (real, imag)]
        rotated = cx.value(graph.ConcatOp, pairs, {"axis": graph.int_attr(-1)})
        rotated = cx.value(graph.ReshapeOp, [rotated], {"shape": graph.dims_attr((*graph.shape_of(x.type)[:3], dim))})
    else:
        rotated = cx.value(graph.ConcatOp, [real, imag], {"axis": graph.int_attr(-1)})
    if dim < head:
        rotated = cx.value(graph.ConcatOp, [rotated, _slice_last(cx, x, dim, head)], {"axis": graph.int_attr(-1)})
    if len(shape) == 4:
        return cx.value(graph.TransposeOp, [rotated], {"perm": graph.ints_attr((0, 2, 1, 3))})
    return cx.value(graph.ReshapeOp, [rotated], {"shape": graph.dims_attr(shape)})


# ---- top-k by ranking -----------------------------------------------------------------------------

TOPK_MAX = 4096
"""TopK compares all pairs along its axis (an n x n intermediate); longer axes are rejected."""


def _move_last(cx: NodeContext, x: SSAValue, axis: int) -> tuple[SSAValue, list[int]]:
    rank = len(graph.shape_of(x.type))
    perm = [d for d in range(rank) if d != axis] + [axis]
    moved = x if axis == rank - 1 else cx.value(graph.TransposeOp, [x], {"perm": graph.ints_attr(perm)})
    return moved, [perm.index(d) for d in range(rank)]


def _move_back(cx: NodeContext, x: SSAValue, back: list[int]) -> SSAValue:
    if back == list(range(len(back))):
        return x
    return cx.value(graph.TransposeOp, [x], {"perm": graph.ints_attr(back)})


@converter("TopK", 1)
def top_k_attr(cx: NodeContext) -> list[SSAValue]:
    return _top_k(cx, cx.attrs.int_("k"))


@converter("TopK", 10)
def top_k_input(cx: NodeContext) -> list[SSAValue]:
    return _top_k(cx, int(cx.static_scalar(1, "k")))


def _top_k(cx: NodeContext, k: int) -> list[SSAValue]:
    """Rank every element (how many beat it, ties broken by index), then pick ranks 0..k-1."""
    shape = cx.shape(0)
    axis = graph.normalize_axis(cx.attrs.int_("axis", -1), len(shape))
    n = shape[axis]
    if n > TOPK_MAX:
        raise cx.error(f"TopK over an axis of {n} elements is not supported (at most {TOPK_MAX})")
    x, back = _move_last(cx, cx.input(0), axis)
    rows = cx.value(graph.UnsqueezeOp, [x], {"axes": graph.ints_attr((-1,))})  # (..., n, 1): element i
    cols = cx.value(graph.UnsqueezeOp, [x], {"axes": graph.ints_attr((-2,))})  # (..., 1, n): rival j
    beats = graph.GreaterOp if cx.attrs.int_("largest", 1) else graph.LessOp
    earlier_tie = cx.value(graph.AndOp, [cx.value(graph.EqualOp, [cols, rows]), cx.constant(np.tri(n, n, -1, dtype=bool))])
    ahead = cx.value(graph.OrOp, [cx.value(beats, [cols, rows]), earlier_tie])
    ranks = cx.value(graph.ReduceSumOp, [cx.value(graph.CastOp, [ahead], {"to": graph.i64})],
                     {"axes": graph.ints_attr((-1,)), "keepdims": graph.int_attr(1)})  # fmt: skip
    chosen = cx.value(graph.EqualOp, [ranks, cx.constant(np.arange(k, dtype=np.int64))])  # (..., n, k)
    summed = {"axes": graph.ints_attr((-2,)), "keepdims": graph.int_attr(0)}
    values = cx.value(graph.ReduceSumOp, [cx.value(graph.WhereOp, [chosen, rows, cx.constant(0, like=x)])], summed)
    positions = cx.constant(np.arange(n, dtype=np.int64).reshape(n, 1))
    indices = cx.value(graph.ReduceSumOp, [cx.value(graph.WhereOp, [chosen, positions, cx.constant(np.array(0, np.int64))])], summed)
    return [_move_back(cx, values, back), _move_back(cx, indices, back)]


# ---- GatherND and CumProd ----------------------------------------------------------------------------


@converter("GatherND", 11)
def gather_nd(cx: NodeContext) -> SSAValue:
    """Index tuples -> flat row numbers (with negative indices wrapped), then one gather. With
    ``batch_dims`` b, the leading b dims are shared: batch element k's rows come after those of
    the k earlier ones, so its flat numbers are offset by k times the rows per batch element."""
    batch = cx.attrs.int_("batch_dims", 0)
    full, depth = cx.shape(0), int(cx.shape(1)[-1])
    if batch and not all(isinstance(d, int) for d in full[:batch]):
        raise cx.error("attribute 'batch_dims' needs static batch dims")
    shape = full[batch:]
    rows = dims_product(shape[:depth])
    batch_size = int(np.prod(full[:batch], dtype=np.int64))
    data = cx.value(graph.ReshapeOp, [cx.input(0)], {"shape": graph.dims_attr((dims_product((batch_size, rows)), *shape[depth:]))})
    indices = cx.input(1)
    if cx.elem(1) != graph.i64:
        indices = cx.value(graph.CastOp, [indices], {"to": graph.i64})
    dims = cx.sizes(shape[:depth])
    negative = cx.value(graph.LessOp, [indices, cx.constant(np.array(0, np.int64))])
    indices = cx.value(graph.WhereOp, [negative, cx.value(graph.AddOp, [indices, dims]), indices])
    strides = cx.sizes([dims_product(shape[i + 1 : depth]) for i in range(depth)])
    flat = cx.value(graph.ReduceSumOp, [cx.value(graph.MulOp, [indices, strides])],
                    {"axes": graph.ints_attr((-1,)), "keepdims": graph.int_attr(0)})  # fmt: skip
    if batch:
        index_rank = len(cx.shape(1)) - 1
        first = np.arange(batch_size, dtype=np.int64).reshape(*full[:batch], *(1,) * (index_rank - batch))
        flat = cx.value(graph.AddOp, [flat, cx.value(graph.MulOp, [cx.constant(first), cx.sizes([rows])])])
    return cx.value(graph.GatherOp, [data, flat], {"axis": graph.int_attr(0)})


def _shift(cx: NodeContext, x: SSAValue, axis: int, by: int) -> SSAValue:
    """x moved ``by`` places forward along ``axis``, the front filled with ones."""
    shape = graph.shape_of(x.type)
    pads = [0] * (2 * len(shape))
    pads[axis] = by
    padded = cx.value(graph.PadOp, [x], {"pads": graph.ints_attr(pads), "value": graph.float_attr(1.0)})
    props = {"starts": graph.dims_attr((0,)), "ends": graph.dims_attr((shape[axis],)), "axes": graph.ints_attr((axis,))}
    return cx.value(graph.SliceOp, [padded], props)


def _flip(cx: NodeContext, x: SSAValue, axis: int) -> SSAValue:
    props = {"starts": graph.dims_attr((-1,)), "ends": graph.dims_attr((-(2**63) + 1,)),
             "axes": graph.ints_attr((axis,)), "steps": graph.ints_attr((-1,))}  # fmt: skip
    return cx.value(graph.SliceOp, [x], props)


@converter("CumProd", 26)
def cumprod(cx: NodeContext) -> SSAValue:
    """Prefix products by doubling (Hillis-Steele): log2(n) shifted multiplies."""
    x, shape = cx.input(0), cx.shape(0)
    axis = graph.normalize_axis(int(cx.static_scalar(1, "axis")), len(shape))
    reverse = cx.attrs.int_("reverse", 0)
    if reverse:
        x = _flip(cx, x, axis)
    if cx.attrs.int_("exclusive", 0):
        x = _shift(cx, x, axis, 1)
    step = 1
    while step < shape[axis]:
        x = cx.value(graph.MulOp, [x, _shift(cx, x, axis, step)])
        step *= 2
    return _flip(cx, x, axis) if reverse else x


# ---- more composites: GroupNormalization, SwiGLU, EyeLike, ReverseSequence, DynamicQuantizeLinear ----


def _group_norm(cx: NodeContext, per_channel: bool) -> SSAValue:
    """Normalise each group of channels over (channels in group, spatial), then scale and shift
    per channel (opset 21) or per group (opset 18)."""
    x, shape = cx.input(0), cx.shape(0)
    groups = cx.attrs.int_("num_groups")
    if len(shape) < 2:
        raise cx.error(f"input X must have rank 2 or more (N, C, ...), got shape {list(shape)}")
    n, c = shape[0], shape[1]
    if c % groups:
        raise cx.error(f"num_groups {groups} does not divide the {c} channels")
    xs = _stash(cx, x)
    grouped = cx.value(graph.ReshapeOp, [xs], {"shape": graph.dims_attr((n, groups, int(np.prod(shape)) // (n * groups)))})
    mean = _reduce(cx, graph.ReduceMeanOp, grouped, (2,))
    centred = cx.value(graph.SubOp, [grouped, mean])
    var = _reduce(cx, graph.ReduceMeanOp, cx.value(graph.MulOp, [centred, centred]), (2,))
    eps = cx.constant(cx.attrs.float_("epsilon", 1e-5), like=var)
    normal = cx.value(graph.DivOp, [centred, cx.value(graph.SqrtOp, [cx.value(graph.AddOp, [var, eps])])])
    y = _as(cx, cx.value(graph.ReshapeOp, [normal], {"shape": graph.dims_attr(shape)}), x)
    params = []
    for index in (1, 2):
        p = cx.input(index)
        if not per_channel:  # one value per group -> repeat for its channels
            p = cx.value(graph.ReshapeOp, [p], {"shape": graph.dims_attr((groups, 1))})
            p = cx.value(graph.ExpandOp, [p], {"shape": graph.dims_attr((groups, c // groups))})
        target = (c, *(1,) * (len(shape) - 2))
        params.append(cx.value(graph.ReshapeOp, [p], {"shape": graph.dims_attr(target)}))
    return cx.value(graph.AddOp, [cx.value(graph.MulOp, [y, params[0]]), params[1]])


@converter("GroupNormalization", 18)
def group_norm_18(cx: NodeContext) -> SSAValue:
    return _group_norm(cx, per_channel=False)


@converter("GroupNormalization", 21)
def group_norm_21(cx: NodeContext) -> SSAValue:
    return _group_norm(cx, per_channel=True)


@converter("SwiGLU", 28)
def swiglu(cx: NodeContext) -> SSAValue:
    a, b = cx.input(0), cx.input(1)
    if cx.shape(0) != cx.shape(1):
        raise cx.error(f"inputs A {tuple(cx.shape(0))} and B {tuple(cx.shape(1))} must have the same shape (SwiGLU does not broadcast)")
    gate = cx.value(graph.SigmoidOp, [cx.value(graph.MulOp, [a, cx.constant(cx.attrs.float_("alpha", 1.0), like=a)])])
    return cx.value(graph.MulOp, [cx.value(graph.MulOp, [a, gate]), b])


@converter("EyeLike", 9)
def eye_like(cx: NodeContext) -> SSAValue:
    from ember.frontend.onnx.importer import element_type

    rows, cols = cx.shape(0)
    element = element_type(cx.attrs.int_("dtype"), cx.label) if cx.attrs.has("dtype") else cx.elem(0)
    return cx.constant(np.eye(rows, cols, cx.attrs.int_("k", 0)).astype(graph.numpy_dtype(element)))


@converter("ReverseSequence", 10)
def reverse_sequence(cx: NodeContext) -> SSAValue:
    """Reverse the first seq_len[b] steps of each batch entry: a gather with constant indices."""
    shape = cx.shape(0)
    batch_axis, time_axis = cx.attrs.int_("batch_axis", 1), cx.attrs.int_("time_axis", 0)
    lengths = cx.static_ints(1, "sequence_lens") or ()
    steps = np.arange(shape[time_axis])
    order = np.stack([np.where(steps < n, n - 1 - steps, steps) for n in lengths])  # (batch, time)
    if batch_axis > time_axis:
        order = order.T
    index_shape = [1] * len(shape)
    index_shape[batch_axis], index_shape[time_axis] = shape[batch_axis], shape[time_axis]
    index = np.broadcast_to(order.reshape(index_shape), shape).astype(np.int64)
    return cx.value(graph.GatherElementsOp, [cx.input(0), cx.constant(index)], {"axis": graph.int_attr(time_axis)})


@converter("DynamicQuantizeLinear", 11)
def dynamic_quantize_linear(cx: NodeContext) -> list[SSAValue]:
    """uint8 quantisation with scale and zero point from the input's range (including 0)."""
    x = cx.input(0)
    everything = {"keepdims": graph.int_attr(0)}
    zero = cx.constant(0, like=x)
    high = cx.value(graph.MaxOp, [cx.value(graph.ReduceMaxOp, [x], everything), zero])
    low = cx.value(graph.MinOp, [cx.value(graph.ReduceMinOp, [x], everything), zero])
    scale = cx.value(graph.DivOp, [cx.value(graph.SubOp, [high, low]), cx.constant(255.0, like=x)])
    clip = {"min": graph.float_attr(0.0), "max": graph.float_attr(255.0)}
    point = cx.value(graph.ClipOp, [cx.value(graph.RoundOp, [cx.value(graph.DivOp, [cx.value(graph.NegOp, [low]), scale])])], clip)
    y = cx.value(graph.AddOp, [cx.value(graph.RoundOp, [cx.value(graph.DivOp, [x, scale])]), point])
    y = cx.value(graph.CastOp, [cx.value(graph.ClipOp, [y], clip)], {"to": graph.ui8})
    return [y, scale, cx.value(graph.CastOp, [point], {"to": graph.ui8})]


@converter("MeanVarianceNormalization", 9)
def mean_variance_normalization(cx: NodeContext) -> SSAValue:
    """(X - E[X]) / (sqrt(E[X^2] - E[X]^2) + 1e-9) over ``axes``, as the ONNX function body."""
    x = cx.input(0)
    rank = len(cx.shape(0))
    axes = tuple(graph.normalize_axis(a, rank) for a in cx.attrs.ints("axes", (0, 2, 3)) or ())
    mean = _reduce(cx, graph.ReduceMeanOp, x, axes)
    mean_sq = _reduce(cx, graph.ReduceMeanOp, cx.value(graph.MulOp, [x, x]), axes)
    std = cx.value(graph.SqrtOp, [cx.value(graph.SubOp, [mean_sq, cx.value(graph.MulOp, [mean, mean])])])
    denominator = cx.value(graph.AddOp, [std, cx.constant(1e-9, like=x)])
    return cx.value(graph.DivOp, [cx.value(graph.SubOp, [x, mean]), denominator])


DET_MAX_SIZE = 3
"""Det is expanded by cofactors up to this matrix size (larger ones are refused)."""


@converter("Det", 11)
def det(cx: NodeContext) -> SSAValue:
    """The determinant of the trailing (n, n) matrices by cofactor expansion (n <= 3): each
    entry is a slice of shape (..., 1, 1), the result the sum of signed products."""
    shape = cx.shape(0)
    if len(shape) < 2 or shape[-1] != shape[-2]:
        raise cx.error(f"input of shape {shape} is not a batch of square matrices")
    n = shape[-1]
    if not isinstance(n, int) or not 1 <= n <= DET_MAX_SIZE:
        raise cx.error(f"matrices of size {n} are not supported (ember expands Det for sizes 1 to {DET_MAX_SIZE})")
    x = cx.input(0)
    rank = len(shape)

    def entry(i: int, j: int) -> SSAValue:
        props = {"starts": graph.ints_attr((i, j)), "ends": graph.ints_attr((i + 1, j + 1)),
                 "axes": graph.ints_attr((rank - 2, rank - 1))}  # fmt: skip
        return cx.value(graph.SliceOp, [x], props)

    def minor(rows: tuple[int, ...], cols: tuple[int, ...]) -> SSAValue:
        if len(rows) == 1:
            return entry(rows[0], cols[0])
        total = None
        for k, col in enumerate(cols):
            rest = cols[:k] + cols[k + 1 :]
            term = cx.value(graph.MulOp, [entry(rows[0], col), minor(rows[1:], rest)])
            if total is None:
                total = term
            else:
                total = cx.value(graph.SubOp if k % 2 else graph.AddOp, [total, term])
        assert total is not None
        return total

    value = minor(tuple(range(n)), tuple(range(n)))
    return cx.value(graph.ReshapeOp, [value], {"shape": graph.dims_attr(tuple(shape[:-2]))})
