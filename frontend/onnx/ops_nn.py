"""ONNX neural-network ops -> graph dialect: MatMul/Gemm, Conv/ConvTranspose (with auto_pad),
pooling, normalisations, softmax (with the pre-opset-13 flatten semantics), reductions (axes as
attribute before opset 13/18, as an input after) and their composites (ReduceL1,
ReduceLogSumExp, ...), ArgMax/ArgMin, Einsum as transpose/reshape/matmul.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from xdsl.ir import SSAValue

from ember.dialects import graph
from ember.frontend.onnx.builder import NodeContext
from ember.frontend.onnx.table import CONVERTERS, converter

AUTO_PADS = ("NOTSET", "VALID", "SAME_UPPER", "SAME_LOWER")


@converter("MatMul")
def matmul(cx: NodeContext) -> SSAValue:
    return cx.value(graph.MatmulOp, [cx.input(0), cx.input(1)])


@converter("Gemm")
def gemm(cx: NodeContext) -> SSAValue:
    props = {
        "alpha": graph.float_attr(cx.attrs.float_("alpha", 1.0)),
        "beta": graph.float_attr(cx.attrs.float_("beta", 1.0)),
        "trans_a": graph.int_attr(cx.attrs.int_("transA", 0)),
        "trans_b": graph.int_attr(cx.attrs.int_("transB", 0)),
    }
    return cx.value(graph.GemmOp, [cx.input(0), cx.input(1), cx.optional(2)], props)


# ---- convolution and pooling ------------------------------------------------------------------


def same_pads(
    sizes: Sequence[int], kernel: Sequence[int], strides: Sequence[int], dilations: Sequence[int], mode: str
) -> tuple[int, ...]:
    """Explicit pads for auto_pad SAME_UPPER / SAME_LOWER (output = ceil(input / stride))."""
    begins, ends = [], []
    for size, k, s, d in zip(sizes, kernel, strides, dilations, strict=True):
        out = -(-size // s)
        total = max((out - 1) * s + (k - 1) * d + 1 - size, 0)
        small, large = total // 2, total - total // 2
        begins.append(small if mode == "SAME_UPPER" else large)
        ends.append(large if mode == "SAME_UPPER" else small)
    return (*begins, *ends)


def window_props(cx: NodeContext, kernel: Sequence[int], spatial: Sequence[int]) -> dict[str, graph.Attribute]:
    """strides/dilations/pads of a conv or pool node, auto_pad resolved to explicit pads."""
    rank = len(kernel)
    strides = cx.attrs.ints("strides", (1,) * rank)
    dilations = cx.attrs.ints("dilations", (1,) * rank)
    auto_pad = cx.attrs.str_("auto_pad", "NOTSET", choices=AUTO_PADS)
    pads = cx.attrs.ints("pads", (0,) * (2 * rank))
    if auto_pad == "VALID":
        pads = (0,) * (2 * rank)
    elif auto_pad != "NOTSET":
        pads = same_pads(spatial, kernel, strides, dilations, auto_pad)  # type: ignore[arg-type]
    # defaults (1s, 0s) are left out so the IR shows only what the model sets
    return {
        name: graph.ints_attr(values)
        for name, values, default in (("strides", strides, 1), ("dilations", dilations, 1), ("pads", pads, 0))
        if any(v != default for v in values)  # type: ignore[union-attr]
    }


@converter("Conv")
def conv(cx: NodeContext) -> SSAValue:
    kernel = cx.attrs.ints("kernel_shape", cx.shape(1)[2:])
    props = window_props(cx, kernel, cx.shape(0)[2:])  # type: ignore[arg-type]
    props["group"] = graph.int_attr(cx.attrs.int_("group", 1))
    return cx.value(graph.ConvOp, [cx.input(0), cx.input(1), cx.optional(2)], props)


@converter("ConvTranspose")
def conv_transpose(cx: NodeContext) -> SSAValue:
    x, w = cx.shape(0), cx.shape(1)
    rank = len(x) - 2
    kernel = cx.attrs.ints("kernel_shape", w[2:])
    strides = cx.attrs.ints("strides", (1,) * rank)
    dilations = cx.attrs.ints("dilations", (1,) * rank)
    out_pad = cx.attrs.ints("output_padding", (0,) * rank)
    auto_pad = cx.attrs.str_("auto_pad", "NOTSET", choices=AUTO_PADS)
    pads = cx.attrs.ints("pads", (0,) * (2 * rank))
    output_shape = cx.attrs.ints("output_shape", None)
    if output_shape is not None and (len(output_shape) < rank or min(output_shape[-rank:], default=1) < 1):
        raise cx.error(f"attribute 'output_shape' {list(output_shape)} must give {rank} positive spatial sizes")
    if auto_pad == "VALID":
        pads = (0,) * (2 * rank)
    if output_shape is not None or auto_pad in ("SAME_UPPER", "SAME_LOWER"):
        wanted = output_shape[-rank:] if output_shape is not None else [s * st for s, st in zip(x[2:], strides, strict=True)]  # type: ignore[index, arg-type]
        pads, out_pad = _transpose_pads(x[2:], kernel, strides, dilations, out_pad, wanted, auto_pad)  # type: ignore[arg-type]
    props = {
        "strides": graph.ints_attr(strides), "dilations": graph.ints_attr(dilations),  # type: ignore[arg-type]
        "pads": graph.ints_attr(pads), "output_padding": graph.ints_attr(out_pad),  # type: ignore[arg-type]
        "group": graph.int_attr(cx.attrs.int_("group", 1)),
    }  # fmt: skip
    return cx.value(graph.ConvTransposeOp, [cx.input(0), cx.input(1), cx.optional(2)], props)


def _transpose_pads(
    sizes: Sequence[int], kernel: Sequence[int], strides: Sequence[int], dilations: Sequence[int],
    out_pad: Sequence[int], wanted: Sequence[int], auto_pad: str,
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Pads (and output_padding, when the requested size is larger than the full output)
    giving ConvTranspose the requested output size; SAME_LOWER puts the extra pad first."""
    begins, ends, extra = [], [], list(out_pad)
    for i, size in enumerate(sizes):
        total = strides[i] * (size - 1) + out_pad[i] + (kernel[i] - 1) * dilations[i] + 1 - wanted[i]
        if total < 0:
            extra[i] -= total
            total = 0
        small, large = total // 2, total - total // 2
        begins.append(large if auto_pad == "SAME_LOWER" else small)
        ends.append(small if auto_pad == "SAME_LOWER" else large)
    return (*begins, *ends), tuple(extra)


def _pool_props(cx: NodeContext) -> dict[str, graph.Attribute]:
    kernel = cx.attrs.ints("kernel_shape")
    props = window_props(cx, kernel, cx.shape(0)[2:])  # type: ignore[arg-type]
    props["kernel_shape"] = graph.ints_attr(kernel)  # type: ignore[arg-type]
    props["ceil_mode"] = graph.int_attr(cx.attrs.int_("ceil_mode", 0))
    return props


@converter("MaxPool")
def max_pool(cx: NodeContext) -> SSAValue | list[SSAValue]:
    values = cx.value(graph.MaxPoolOp, [cx.input(0)], _pool_props(cx))
    if len(cx.node.output) > 1 and cx.node.output[1]:
        from ember.frontend.onnx.ops_unfold import max_pool_indices

        return [values, max_pool_indices(cx)]
    return values  # (storage_order only orders the Indices output)


@converter("AveragePool")
def average_pool(cx: NodeContext) -> SSAValue:
    props = _pool_props(cx)
    props["count_include_pad"] = graph.int_attr(cx.attrs.int_("count_include_pad", 0))
    return cx.value(graph.AvgPoolOp, [cx.input(0)], props)


@converter("GlobalAveragePool")
def global_average_pool(cx: NodeContext) -> SSAValue:
    return cx.value(graph.GlobalAvgPoolOp, [cx.input(0)])


@converter("GlobalMaxPool")
def global_max_pool(cx: NodeContext) -> SSAValue:
    return cx.value(graph.GlobalMaxPoolOp, [cx.input(0)])


# ---- normalisation ----------------------------------------------------------------------------


@converter("BatchNormalization")
def batch_norm(cx: NodeContext) -> SSAValue | list[SSAValue]:
    if cx.opset < 9 and not cx.attrs.int_("spatial", 1):
        raise cx.error("attribute 'spatial' = 0 is not supported")
    if cx.opset >= 14 and cx.attrs.int_("training_mode", 0):
        return _batch_norm_training(cx)
    if cx.attrs.int_("training_mode", 0) or any(cx.node.output[1:]):
        raise cx.error("training mode before opset 14 (mean/var and saved statistics outputs) is not supported")
    eps = cx.attrs.float_("epsilon", 1e-5)
    operands = [cx.input(i) for i in range(5)]
    return cx.value(graph.BatchNormOp, operands, {"epsilon": graph.float_attr(eps)})


def _batch_norm_training(cx: NodeContext) -> list[SSAValue]:
    """Training mode (opset 14+): normalised with the batch's own mean and (population)
    variance over every axis but the channels; the running statistics come out updated as
    ``running * momentum + batch * (1 - momentum)``."""
    x = cx.input(0)
    rank, channels = len(cx.shape(0)), cx.shape(0)[1]
    axes = graph.ints_attr((0, *range(2, rank)))
    mean = cx.value(graph.ReduceMeanOp, [x], {"axes": axes, "keepdims": graph.int_attr(0)})
    centred = cx.value(graph.SubOp, [x, cx.value(graph.ReshapeOp, [mean], {"shape": graph.dims_attr((channels, *(1,) * (rank - 2)))})])
    var = cx.value(graph.ReduceMeanOp, [cx.value(graph.MulOp, [centred, centred])], {"axes": axes, "keepdims": graph.int_attr(0)})
    eps = cx.attrs.float_("epsilon", 1e-5)
    y = cx.value(graph.BatchNormOp, [x, cx.input(1), cx.input(2), mean, var], {"epsilon": graph.float_attr(eps)})
    momentum = cx.attrs.float_("momentum", 0.9)
    outputs = [y]
    for running, batch in ((cx.input(3), mean), (cx.input(4), var)):
        if graph.elem_of(batch.type) != graph.elem_of(running.type):
            batch = cx.value(graph.CastOp, [batch], {"to": graph.elem_of(running.type)})
        kept = cx.value(graph.MulOp, [running, cx.constant(momentum, like=running)])
        outputs.append(cx.value(graph.AddOp, [kept, cx.value(graph.MulOp, [batch, cx.constant(1 - momentum, like=running)])]))
    return outputs[: max(len(cx.node.output), 1)]


@converter("InstanceNormalization")
def instance_norm(cx: NodeContext) -> SSAValue:
    eps = cx.attrs.float_("epsilon", 1e-5)
    operands = [cx.input(i) for i in range(3)]
    return cx.value(graph.InstanceNormOp, operands, {"epsilon": graph.float_attr(eps)})


@converter("LayerNormalization", 17)
def layer_norm(cx: NodeContext) -> SSAValue:
    props = {
        "axis": graph.int_attr(cx.attrs.int_("axis", -1)),
        "epsilon": graph.float_attr(cx.attrs.float_("epsilon", 1e-5)),
    }
    cx.attrs.int_("stash_type", 1)
    return cx.value(graph.LayerNormOp, [cx.input(0), cx.input(1), cx.optional(2)], props)


@converter("LRN")
def lrn(cx: NodeContext) -> SSAValue:
    props = {
        "size": graph.int_attr(cx.attrs.int_("size")),
        "alpha": graph.float_attr(cx.attrs.float_("alpha", 1e-4)),
        "beta": graph.float_attr(cx.attrs.float_("beta", 0.75)),
        "bias": graph.float_attr(cx.attrs.float_("bias", 1.0)),
    }
    return cx.value(graph.LrnOp, [cx.input(0)], props)


def _softmax(op_cls: type[graph.GraphOp], opset_13: bool) -> object:
    """Softmax/LogSoftmax: one axis from opset 13, the flattened 2-D coercion before."""

    def convert(cx: NodeContext) -> SSAValue:
        x = cx.input(0)
        if opset_13:
            return cx.value(op_cls, [x], {"axis": graph.int_attr(cx.attrs.int_("axis", -1))})
        shape = cx.shape(0)
        axis = graph.normalize_axis(cx.attrs.int_("axis", 1), len(shape))
        if axis == len(shape) - 1:
            return cx.value(op_cls, [x], {"axis": graph.int_attr(-1)})
        flat = (math.prod(shape[:axis]), math.prod(shape[axis:]))
        x2 = cx.value(graph.ReshapeOp, [x], {"shape": graph.dims_attr(flat)})
        y2 = cx.value(op_cls, [x2], {"axis": graph.int_attr(1)})
        return cx.value(graph.ReshapeOp, [y2], {"shape": graph.dims_attr(shape)})

    convert.__name__ = f"softmax({op_cls.name}{'' if opset_13 else ', 2-D coercion'})"
    return convert


for _name, _cls in (("Softmax", graph.SoftmaxOp), ("LogSoftmax", graph.LogSoftmaxOp)):
    CONVERTERS[(_name, 1)] = _softmax(_cls, False)  # type: ignore[assignment]
    CONVERTERS[(_name, 13)] = _softmax(_cls, True)  # type: ignore[assignment]


# ---- reductions --------------------------------------------------------------------------------


def reduce_axes(cx: NodeContext, axes_is_input: bool) -> tuple[int, ...] | None:
    """The axes to reduce; () means all; None means 'no-op' (noop_with_empty_axes)."""
    axes = cx.static_ints(1, "axes") if axes_is_input else cx.attrs.ints("axes", None)
    if not axes:
        return None if axes_is_input and cx.attrs.int_("noop_with_empty_axes", 0) else ()
    return axes


def _reduce(cx: NodeContext, op_cls: type[graph.GraphOp], x: SSAValue, axes: tuple[int, ...], keepdims: bool) -> SSAValue:
    props = {"keepdims": graph.int_attr(int(keepdims))}
    if axes:
        props["axes"] = graph.ints_attr(axes)
    return cx.value(op_cls, [x], props)


REDUCE_PRE: dict[str, tuple[type[graph.GraphOp], type[graph.GraphOp] | None, type[graph.GraphOp] | None]] = {
    "ReduceSum": (graph.ReduceSumOp, None, None),
    "ReduceMean": (graph.ReduceMeanOp, None, None),
    "ReduceMax": (graph.ReduceMaxOp, None, None),
    "ReduceMin": (graph.ReduceMinOp, None, None),
    "ReduceProd": (graph.ReduceProdOp, None, None),
    "ReduceL2": (graph.ReduceL2Op, None, None),
    "ReduceL1": (graph.ReduceSumOp, graph.AbsOp, None),
    "ReduceLogSum": (graph.ReduceSumOp, None, graph.LogOp),
}
"""Reductions as (graph reduction, unary op before, unary op after)."""


def _reduction(name: str, axes_is_input: bool) -> object:
    reduce_cls, before, after = REDUCE_PRE.get(name, (graph.ReduceSumOp, None, None))

    def convert(cx: NodeContext) -> SSAValue:
        x = cx.input(0)
        axes = reduce_axes(cx, axes_is_input)
        if axes is None:
            return x
        keepdims = cx.attrs.bool_("keepdims", True)
        if _reduces_nothing(cx.shape(0), axes):
            return _empty_reduction(cx, name, axes, keepdims)
        if name == "ReduceSumSquare":
            x = cx.value(graph.MulOp, [x, x])
        elif name == "ReduceLogSumExp":
            return _log_sum_exp(cx, x, axes, keepdims)
        if before is not None:
            x = cx.value(before, [x])
        out = _reduce(cx, reduce_cls, x, axes, keepdims)
        return out if after is None else cx.value(after, [out])

    convert.__name__ = f"reduction({name}, axes {'input' if axes_is_input else 'attribute'})"
    return convert


EMPTY_IDENTITY = {"ReduceMax": -np.inf, "ReduceMin": np.inf, "ReduceProd": 1.0, "ReduceLogSum": -np.inf,
                  "ReduceLogSumExp": -np.inf, "ReduceMean": np.nan}  # fmt: skip
"""What a reduction over zero elements gives (ONNX: the op's identity); others give 0."""


def _reduces_nothing(shape: tuple[int, ...], axes: tuple[int, ...]) -> bool:
    reduced = [graph.normalize_axis(a, len(shape)) for a in axes] if axes else range(len(shape))
    return any(shape[a] == 0 for a in reduced)


def _empty_reduction(cx: NodeContext, name: str, axes: tuple[int, ...], keepdims: bool) -> SSAValue:
    """A reduction over an empty set of elements: a constant of the op's identity."""
    shape = cx.shape(0)
    rank = len(shape)
    reduced = {graph.normalize_axis(a, rank) for a in axes} if axes else set(range(rank))
    out = [1 if i in reduced else d for i, d in enumerate(shape) if keepdims or i not in reduced]
    dtype = graph.numpy_dtype(cx.elem(0))
    value = EMPTY_IDENTITY.get(name, 0.0)
    if not np.issubdtype(dtype, np.floating) and not np.isfinite(value):
        info = np.iinfo(dtype) if dtype != np.bool_ else None
        value = (info.min if value < 0 else info.max) if info is not None else float(value > 0)
    return cx.constant(np.full(out, value).astype(dtype))


def _log_sum_exp(cx: NodeContext, x: SSAValue, axes: tuple[int, ...], keepdims: bool) -> SSAValue:
    """log(sum(exp(x - max))) + max, stable for large inputs."""
    peak = _reduce(cx, graph.ReduceMaxOp, x, axes, True)
    shifted = cx.value(graph.ExpOp, [cx.value(graph.SubOp, [x, peak])])
    total = cx.value(graph.LogOp, [_reduce(cx, graph.ReduceSumOp, shifted, axes, True)])
    out = cx.value(graph.AddOp, [total, peak])
    if keepdims:
        return out
    reduced = graph.shape_of(_reduce(cx, graph.ReduceSumOp, x, axes, False).type)
    return cx.value(graph.ReshapeOp, [out], {"shape": graph.dims_attr(reduced)})


_AXES_INPUT_SINCE = {"ReduceSum": 13}
for _name in (*REDUCE_PRE, "ReduceSumSquare", "ReduceLogSumExp"):
    CONVERTERS[(_name, 1)] = _reduction(_name, False)  # type: ignore[assignment]
    CONVERTERS[(_name, _AXES_INPUT_SINCE.get(_name, 18))] = _reduction(_name, True)  # type: ignore[assignment]


def _arg_reduce(op_cls: type[graph.GraphOp]) -> object:
    def convert(cx: NodeContext) -> SSAValue:
        props = {
            "axis": graph.int_attr(cx.attrs.int_("axis", 0)),
            "keepdims": graph.int_attr(int(cx.attrs.bool_("keepdims", True))),
            "select_last_index": graph.int_attr(cx.attrs.int_("select_last_index", 0)),
        }
        return cx.value(op_cls, [cx.input(0)], props)

    convert.__name__ = f"row({op_cls.name})"
    return convert


CONVERTERS[("ArgMax", 1)] = _arg_reduce(graph.ArgMaxOp)  # type: ignore[assignment]
CONVERTERS[("ArgMin", 1)] = _arg_reduce(graph.ArgMinOp)  # type: ignore[assignment]


# ---- einsum -------------------------------------------------------------------------------------


@converter("Einsum", 12)
def einsum(cx: NodeContext) -> SSAValue:
    """Einsum with one or two operands as transposes, reshapes, reductions and one matmul."""
    from ember.frontend.onnx.einsum import convert_einsum

    equation = cx.attrs.str_("equation")
    operands = [cx.input(i) for i in range(len(cx.inputs))]
    return convert_einsum(cx, equation, operands)
