"""Elementwise graph ops -> one ``linalg.generic`` each, declared as table rows.

Every elementwise graph op (binary with broadcasting, comparisons, where, unary activations,
cast) lowers the same way: a ``tensor.empty`` of the result shape, a parallel ``linalg.generic``
whose input maps implement numpy broadcasting (size-1 dims read index 0), and a scalar body. Only
the body differs, so each op is one row of :data:`SCALAR_BODIES`: graph op class -> scalar
body builder ``(Body, operands, op) -> value``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np
from xdsl.dialects import arith
from xdsl.dialects import math as mathd
from xdsl.dialects.builtin import IntegerType, i1
from xdsl.ir import SSAValue
from xdsl.pattern_rewriter import PatternRewriter, RewritePattern

from ember.dialects import graph
from ember.dialects.graph.base import (
    GraphOp,
    elem_of,
    numpy_dtype,
    read_choice,
    read_float,
    read_int,
    read_number,
    read_str,
    shape_of,
)
from ember.dialects.graph.elementwise import SELU_ALPHA, SELU_GAMMA
from ember.lowering.graph_to_linalg.builders import (
    PARALLEL,
    Body,
    broadcast_map,
    carry_fusion_group,
    empty,
    generic,
    identity,
    is_float_type,
    is_unsigned,
)
from ember.lowering.graph_to_linalg.casts import convert_scalar

ScalarBody = Callable[[Body, Sequence[SSAValue], GraphOp], SSAValue]


def _binary(kind: str) -> ScalarBody:
    return lambda b, a, op: b.binary(kind, a[0], a[1])


def _compare(pred: str) -> ScalarBody:
    return lambda b, a, op: b.cmp(pred, a[0], a[1])


def _unary_math(op_class: type) -> ScalarBody:
    return lambda b, a, op: b.math(op_class, a[0])


def _mod(b: Body, a: Sequence[SSAValue], op: GraphOp) -> SSAValue:
    x, y = a
    if read_int(op.props, "fmod", 0):
        if is_float_type(x.type):
            return _float_fmod(b, x, y)
        return b.binary("rem", x, y)
    # sign of the divisor (Python's %): r = x rem y; r != 0 and sign(r) != sign(y) -> r + y
    r = b.binary("rem", x, y)
    zero = b.const(0, x.type)
    differ = b.binary("xor", b.cmp("lt", r, zero), b.cmp("lt", y, zero))
    fix = b.binary("and", b.cmp("ne", r, zero), differ)
    return b.select(fix, b.add(r, y), r)


def _float_fmod(b: Body, x: SSAValue, y: SSAValue) -> SSAValue:
    """C's fmod: x - trunc(x / y) * y, and x itself for a finite x and an infinite y (where the
    formula would give NaN). Exact while the quotient stays below 2**mantissa bits."""
    formula = b.sub(x, b.mul(b.math(mathd.TruncOp, b.div(x, y)), y))
    inf = b.const(math.inf, x.type)
    y_infinite = b.cmp("eq", b.math(mathd.AbsFOp, y), inf)
    x_finite = b.cmp("lt", b.math(mathd.AbsFOp, x), inf)
    return b.select(b.binary("and", y_infinite, x_finite), x, formula)


def _where(b: Body, a: Sequence[SSAValue], op: GraphOp) -> SSAValue:
    return b.select(a[0], a[1], a[2])


def _reciprocal(b: Body, a: Sequence[SSAValue], op: GraphOp) -> SSAValue:
    return b.div(b.const(1.0, a[0].type), a[0])


def _sigmoid(b: Body, a: Sequence[SSAValue], op: GraphOp) -> SSAValue:
    one = b.const(1.0, a[0].type)
    return b.div(one, b.add(one, b.math(mathd.ExpOp, b.neg(a[0]))))


def _sign(b: Body, a: Sequence[SSAValue], op: GraphOp) -> SSAValue:
    x = a[0]
    zero, one, minus = b.const(0, x.type), b.const(1, x.type), b.const(-1, x.type)
    return b.select(b.cmp("gt", x, zero), one, b.select(b.cmp("lt", x, zero), minus, x))


def _not(b: Body, a: Sequence[SSAValue], op: GraphOp) -> SSAValue:
    return b.binary("xor", a[0], b.const(True, a[0].type))


def _relu(b: Body, a: Sequence[SSAValue], op: GraphOp) -> SSAValue:
    return b.max(a[0], b.const(0, a[0].type))


def _abs(b: Body, a: Sequence[SSAValue], op: GraphOp) -> SSAValue:
    x = a[0]
    if is_float_type(x.type):
        return b.math(mathd.AbsFOp, x)
    return b.math(mathd.AbsIOp, x)


def _clamp01(b: Body, x: SSAValue) -> SSAValue:
    return b.min(b.max(x, b.const(0.0, x.type)), b.const(1.0, x.type))


def _hard_sigmoid_of(b: Body, x: SSAValue, alpha: float, beta: float) -> SSAValue:
    return _clamp01(b, b.add(b.scale(x, alpha), b.const(beta, x.type)))


def _hard_swish(b: Body, a: Sequence[SSAValue], op: GraphOp) -> SSAValue:
    return b.mul(a[0], _hard_sigmoid_of(b, a[0], 1.0 / 6.0, 0.5))


def _hard_sigmoid(b: Body, a: Sequence[SSAValue], op: GraphOp) -> SSAValue:
    return _hard_sigmoid_of(b, a[0], read_float(op.props, "alpha", 0.2), read_float(op.props, "beta", 0.5))


def _softplus(b: Body, a: Sequence[SSAValue], op: GraphOp) -> SSAValue:
    # log(1 + e**x) = max(x, 0) + log1p(e**-|x|), stable for large |x|
    x = a[0]
    tail = b.math(mathd.Log1pOp, b.math(mathd.ExpOp, b.neg(b.math(mathd.AbsFOp, x))))
    return b.add(b.max(x, b.const(0.0, x.type)), tail)


def _leaky_relu(b: Body, a: Sequence[SSAValue], op: GraphOp) -> SSAValue:
    x = a[0]
    neg = b.scale(x, read_float(op.props, "alpha", 0.01))
    return b.select(b.cmp("ge", x, b.const(0.0, x.type)), x, neg)


def _elu_of(b: Body, x: SSAValue, alpha: float) -> SSAValue:
    neg = b.scale(b.math(mathd.ExpM1Op, x), alpha)
    return b.select(b.cmp("gt", x, b.const(0.0, x.type)), x, neg)


def _elu(b: Body, a: Sequence[SSAValue], op: GraphOp) -> SSAValue:
    return _elu_of(b, a[0], read_float(op.props, "alpha", 1.0))


def _selu(b: Body, a: Sequence[SSAValue], op: GraphOp) -> SSAValue:
    inner = _elu_of(b, a[0], read_float(op.props, "alpha", SELU_ALPHA))
    return b.scale(inner, read_float(op.props, "gamma", SELU_GAMMA))


def _gelu(b: Body, a: Sequence[SSAValue], op: GraphOp) -> SSAValue:
    x = a[0]
    half_x = b.scale(x, 0.5)
    one = b.const(1.0, x.type)
    if read_choice(op.props, "approximate", ("none", "tanh")) == "tanh":
        cube = b.mul(b.mul(x, x), x)
        inner = b.scale(b.add(x, b.scale(cube, 0.044715)), math.sqrt(2.0 / math.pi))
        return b.mul(half_x, b.add(one, b.math(mathd.TanhOp, inner)))
    return b.mul(half_x, b.add(one, b.math(mathd.ErfOp, b.scale(x, 1.0 / math.sqrt(2.0)))))


def _clip(b: Body, a: Sequence[SSAValue], op: GraphOp) -> SSAValue:
    x = a[0]
    dtype = numpy_dtype(elem_of(op.results[0].type))
    if "min" in op.props:  # bounds converted like the reference (no precision lost for i64)
        x = b.max(x, b.const(np.asarray(read_number(op.props, "min")).astype(dtype).item(), x.type))
    if "max" in op.props:
        x = b.min(x, b.const(np.asarray(read_number(op.props, "max")).astype(dtype).item(), x.type))
    return x


def _cast(b: Body, a: Sequence[SSAValue], op: GraphOp) -> SSAValue:
    saturate, round_mode = bool(read_int(op.props, "saturate", 1)), read_str(op.props, "round_mode", "up")
    return convert_scalar(b, a[0], elem_of(op.results[0].type), saturate, round_mode)


def _width(t: object) -> int:
    assert isinstance(t, IntegerType)
    return t.width.data


def _all_ones(t: IntegerType) -> int:
    return (1 << t.width.data) - 1 if is_unsigned(t) or t.width.data == 1 else -1


def _bitwise_not(b: Body, a: Sequence[SSAValue], op: GraphOp) -> SSAValue:
    x = a[0]
    assert isinstance(x.type, IntegerType)
    return b.binary("xor", x, b.const(_all_ones(x.type), x.type))


def _count_in_range(b: Body, count: SSAValue) -> SSAValue:
    """0 <= count < width, as one unsigned comparison (a negative count is a huge unsigned)."""
    return b.op(arith.CmpiOp(count, b.const(_width(count.type), count.type), "ult"))


def _shift_left(b: Body, a: Sequence[SSAValue], op: GraphOp) -> SSAValue:
    # the count is clamped before the shift (LLVM's shl by >= width is poison), the result masked
    x, count = a
    in_range = _count_in_range(b, count)
    zero = b.const(0, x.type)
    shifted = b.op(arith.ShLIOp(x, b.select(in_range, count, zero)))
    return b.select(in_range, shifted, zero)


def _shift_right(b: Body, a: Sequence[SSAValue], op: GraphOp) -> SSAValue:
    x, count = a
    in_range = _count_in_range(b, count)
    if is_unsigned(x.type):
        zero = b.const(0, x.type)
        shifted = b.op(arith.ShRUIOp(x, b.select(in_range, count, zero)))
        return b.select(in_range, shifted, zero)
    # a shift by width - 1 is the sign fill: what ONNX gives for an out-of-range count
    return b.op(arith.ShRSIOp(x, b.select(in_range, count, b.const(_width(x.type) - 1, x.type))))


def _bitcast(b: Body, a: Sequence[SSAValue], op: GraphOp) -> SSAValue:
    x, to = a[0], elem_of(op.results[0].type)
    if to == i1:  # one byte -> bool: any set bit is true
        return b.cmp("ne", x, b.const(0, x.type))
    if x.type == i1:
        return b.op(arith.ExtUIOp(x, to))
    return b.op(arith.BitcastOp(x, to))


SCALAR_BODIES: dict[type[GraphOp], ScalarBody] = {
    graph.AddOp: _binary("add"),
    graph.SubOp: _binary("sub"),
    graph.MulOp: _binary("mul"),
    graph.DivOp: _binary("div"),
    graph.PowOp: _binary("pow"),
    graph.MaxOp: _binary("max"),
    graph.MinOp: _binary("min"),
    graph.ModOp: _mod,
    graph.AndOp: _binary("and"),
    graph.OrOp: _binary("or"),
    graph.XorOp: _binary("xor"),
    graph.EqualOp: _compare("eq"),
    graph.LessOp: _compare("lt"),
    graph.LessEqualOp: _compare("le"),
    graph.GreaterOp: _compare("gt"),
    graph.GreaterEqualOp: _compare("ge"),
    graph.WhereOp: _where,
    graph.NegOp: lambda b, a, op: b.neg(a[0]),
    graph.AbsOp: _abs,
    graph.ExpOp: _unary_math(mathd.ExpOp),
    graph.LogOp: _unary_math(mathd.LogOp),
    graph.SqrtOp: _unary_math(mathd.SqrtOp),
    graph.ReciprocalOp: _reciprocal,
    graph.TanhOp: _unary_math(mathd.TanhOp),
    graph.SigmoidOp: _sigmoid,
    graph.ErfOp: _unary_math(mathd.ErfOp),
    graph.SinOp: _unary_math(mathd.SinOp),
    graph.CosOp: _unary_math(mathd.CosOp),
    graph.FloorOp: _unary_math(mathd.FloorOp),
    graph.CeilOp: _unary_math(mathd.CeilOp),
    graph.RoundOp: _unary_math(mathd.RoundEvenOp),
    graph.SignOp: _sign,
    graph.NotOp: _not,
    graph.ReluOp: _relu,
    graph.HardSwishOp: _hard_swish,
    graph.SoftplusOp: _softplus,
    graph.LeakyReluOp: _leaky_relu,
    graph.EluOp: _elu,
    graph.SeluOp: _selu,
    graph.GeluOp: _gelu,
    graph.HardSigmoidOp: _hard_sigmoid,
    graph.ClipOp: _clip,
    graph.CastOp: _cast,
    graph.AcosOp: _unary_math(mathd.AcosOp),
    graph.AsinOp: _unary_math(mathd.AsinOp),
    graph.AtanOp: _unary_math(mathd.AtanOp),
    graph.BitwiseAndOp: _binary("and"),
    graph.BitwiseOrOp: _binary("or"),
    graph.BitwiseXorOp: _binary("xor"),
    graph.BitwiseNotOp: _bitwise_not,
    graph.ShiftLeftOp: _shift_left,
    graph.ShiftRightOp: _shift_right,
    graph.BitcastOp: _bitcast,
}
"""One row per elementwise graph op: how to compute one result element from operand elements."""


def lower_elementwise(
    rewriter: PatternRewriter, op: GraphOp, body: Callable[[Body, Sequence[SSAValue]], SSAValue]
) -> SSAValue:
    """An elementwise generic over the result shape, broadcasting the operands."""
    shape = shape_of(op.results[0].type)
    init = empty(rewriter, shape, elem_of(op.results[0].type))
    maps = [broadcast_map(shape_of(v.type), shape) for v in op.operands] + [identity(len(shape))]

    def build(b: Body, args: Sequence[SSAValue]) -> SSAValue:
        return body(b, args[: len(op.operands)])

    return generic(rewriter, list(op.operands), [init], maps, [PARALLEL] * len(shape), build)[0]


class ElementwisePattern(RewritePattern):
    """Lowers any op of :data:`SCALAR_BODIES` to a broadcasting ``linalg.generic``."""

    def match_and_rewrite(self, op: object, rewriter: PatternRewriter) -> None:
        row = SCALAR_BODIES.get(type(op))
        if row is None:
            return
        assert isinstance(op, GraphOp)
        result = lower_elementwise(rewriter, op, lambda b, args: row(b, args, op))
        carry_fusion_group(op, [result])
        rewriter.replace(op, [], [result])
