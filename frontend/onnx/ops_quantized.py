"""Converters of ONNX's integer and quantised-linear ops, composed from graph ops: MatMulInteger,
ConvInteger, QLinearMatMul and QLinearConv (part of the converter table, ``frontend.onnx.table``).

Each takes the integer operands to int32, subtracts their zero points (so padding a convolution
with zeros pads it with the zero point, as ONNX asks), and accumulates in int32 with the graph's
``matmul`` / ``conv`` (marked ``ember.operand_bits = 9``: the integer kernels may multiply
16-bit pairs). The QLinear ops then requantise in float32, as onnxruntime does:
``saturate(round_half_even(acc * (a_scale * b_scale / y_scale)) + y_zero_point)``."""

from __future__ import annotations

import numpy as np
from xdsl.dialects.builtin import IntegerAttr, i64
from xdsl.ir import SSAValue

from ember.dialects import graph
from ember.dialects.graph.base import OPERAND_BITS
from ember.frontend.onnx.builder import NodeContext
from ember.frontend.onnx.ops_nn import window_props
from ember.frontend.onnx.table import converter

QUANTISED = (graph.i8, graph.ui8)


def _int32(cx: NodeContext, value: SSAValue) -> SSAValue:
    return cx.value(graph.CastOp, [value], {"to": graph.i32})


def _check_quantised(cx: NodeContext, index: int, what: str) -> None:
    if cx.elem(index) not in QUANTISED:
        raise cx.error(f"{what} of type {cx.elem(index)} is not supported (int8 and uint8 are)")


def _row_wise(cx: NodeContext, value: SSAValue) -> SSAValue:
    """A per-row (1-D, length M) zero point or scale of a matmul's A, as an [M, 1] column."""
    shape = graph.shape_of(value.type)
    if len(shape) != 1 or shape[0] == 1:
        return value
    return cx.value(graph.ReshapeOp, [value], {"shape": graph.dims_attr([shape[0], 1])})


def _per_channel(cx: NodeContext, value: SSAValue, rank: int) -> SSAValue:
    """A per-output-channel (1-D) weight zero point or scale shaped to broadcast over a conv
    weight (``[M, 1, 1, ...]``, ``rank`` dims) or over its output (``[1, M, 1, ...]``)."""
    shape = graph.shape_of(value.type)
    if len(shape) != 1 or shape[0] == 1:
        return value
    target = [1] * rank
    target[0] = shape[0]
    return cx.value(graph.ReshapeOp, [value], {"shape": graph.dims_attr(target)})


def _centred(cx: NodeContext, value: SSAValue, zero_point: SSAValue | None) -> SSAValue:
    """``int32(value) - int32(zero_point)`` (just the cast without a zero point)."""
    wide = _int32(cx, value)
    return wide if zero_point is None else cx.value(graph.SubOp, [wide, _int32(cx, zero_point)])


def _narrow(acc: SSAValue) -> SSAValue:
    """Mark the int32 op computing ``acc`` (unless it was folded) as taking 9-bit operands (8-bit
    values less 8-bit zero points; ``graph.OPERAND_BITS``): the integer kernels multiply 16-bit
    pairs."""
    if isinstance(acc.owner, graph.GraphOp) and not isinstance(acc.owner, graph.ConstantOp):
        acc.owner.attributes[OPERAND_BITS] = IntegerAttr(9, i64)
    return acc


def _matmul_acc(cx: NodeContext, a: int, a_zero: int, b: int, b_zero: int) -> SSAValue:
    """The int32 product of inputs ``a`` and ``b`` less their zero points (inputs by index)."""
    _check_quantised(cx, a, "input A")
    _check_quantised(cx, b, "input B")
    a_zp = _row_wise(cx, cx.input(a_zero)) if cx.has(a_zero) else None
    b_zp = cx.input(b_zero) if cx.has(b_zero) else None
    return _narrow(cx.value(graph.MatmulOp, [_centred(cx, cx.input(a), a_zp), _centred(cx, cx.input(b), b_zp)]))


def _conv_acc(cx: NodeContext, x: int, x_zero: int, w: int, w_zero: int) -> SSAValue:
    """The int32 convolution of inputs ``x`` and ``w`` less their zero points."""
    _check_quantised(cx, x, "input x")
    _check_quantised(cx, w, "weight w")
    weight_shape = cx.shape(w)
    kernel = cx.attrs.ints("kernel_shape", weight_shape[2:])
    props = window_props(cx, kernel, cx.shape(x)[2:])  # type: ignore[arg-type]
    props["group"] = graph.int_attr(cx.attrs.int_("group", 1))
    x_zp = cx.input(x_zero) if cx.has(x_zero) else None
    w_zp = _per_channel(cx, cx.input(w_zero), len(weight_shape)) if cx.has(w_zero) else None
    return _narrow(cx.value(graph.ConvOp, [_centred(cx, cx.input(x), x_zp), _centred(cx, cx.input(w), w_zp), None], props))


def _requantise(cx: NodeContext, acc: SSAValue, scale: SSAValue, zero: int, like: int) -> SSAValue:
    """``saturate(round(acc * scale) + zero_point)`` in the zero point's type (else input
    ``like``'s), computed in float32."""
    target = cx.elem(zero) if cx.has(zero) else cx.elem(like)
    y = cx.value(graph.RoundOp, [cx.value(graph.MulOp, [cx.value(graph.CastOp, [acc], {"to": graph.f32}), scale])])
    if cx.has(zero):
        y = cx.value(graph.AddOp, [y, cx.value(graph.CastOp, [cx.input(zero)], {"to": graph.f32})])
    info = np.iinfo(graph.numpy_dtype(target))
    clip = {"min": graph.float_attr(float(info.min)), "max": graph.float_attr(float(info.max))}
    return cx.value(graph.CastOp, [cx.value(graph.ClipOp, [y], clip)], {"to": target})


def _f32(cx: NodeContext, value: SSAValue) -> SSAValue:
    return value if graph.elem_of(value.type) == graph.f32 else cx.value(graph.CastOp, [value], {"to": graph.f32})


def _multiplier(cx: NodeContext, a_scale: SSAValue, b_scale: SSAValue, y_scale: int) -> SSAValue:
    """``a_scale * b_scale / y_scale`` in float32."""
    product = cx.value(graph.MulOp, [_f32(cx, a_scale), _f32(cx, b_scale)])
    return cx.value(graph.DivOp, [product, _f32(cx, cx.input(y_scale))])


@converter("MatMulInteger", 10)
def matmul_integer(cx: NodeContext) -> SSAValue:
    return _matmul_acc(cx, 0, 2, 1, 3)


@converter("ConvInteger", 10)
def conv_integer(cx: NodeContext) -> SSAValue:
    return _conv_acc(cx, 0, 2, 1, 3)


@converter("QLinearMatMul", 10)
def qlinear_matmul(cx: NodeContext) -> SSAValue:
    """Inputs: a, a_scale, a_zero_point, b, b_scale, b_zero_point, y_scale, y_zero_point."""
    acc = _matmul_acc(cx, 0, 2, 3, 5)
    scale = _multiplier(cx, _row_wise(cx, cx.input(1)), cx.input(4), 6)
    return _requantise(cx, acc, scale, 7, 0)


@converter("QLinearConv", 10)
def qlinear_conv(cx: NodeContext) -> SSAValue:
    """Inputs: x, x_scale, x_zero_point, w, w_scale, w_zero_point, y_scale, y_zero_point, B
    (int32 bias, added to the accumulator before requantising)."""
    acc = _conv_acc(cx, 0, 2, 3, 5)
    rank = len(cx.shape(0))
    if cx.has(8):
        channels = graph.shape_of(cx.input(3).type)[0]
        if tuple(cx.shape(8)) != (channels,):
            raise cx.error(f"input B (the bias) must have shape [{channels}] (one per output channel), got {list(cx.shape(8))}")
        bias = cx.value(graph.ReshapeOp, [cx.input(8)], {"shape": graph.dims_attr([1, cx.shape(8)[0]] + [1] * (rank - 2))})
        acc = cx.value(graph.AddOp, [acc, bias])
    w_scale = cx.input(4)
    if len(graph.shape_of(w_scale.type)) == 1 and graph.shape_of(w_scale.type)[0] > 1:
        target = [1] * rank
        target[1] = graph.shape_of(w_scale.type)[0]
        w_scale = cx.value(graph.ReshapeOp, [w_scale], {"shape": graph.dims_attr(target)})
    return _requantise(cx, acc, _multiplier(cx, cx.input(1), w_scale, 6), 7, 0)
