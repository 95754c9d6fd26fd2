"""``graph-quantize-qdq``: QDQ-quantised conv / matmul / gemm as int32-accumulating integer ops.

GRAPH STAGE, first in the default pipeline (before ``graph-optimize``, whose constant folding
would turn a weight's DequantizeLinear into a plain f32 constant). A QDQ model
(``quantize_static``'s default format) computes

    y = QuantizeLinear(Conv(DequantizeLinear(x_q), DequantizeLinear(w_q), b_f))

which the importer spells ``mul(sub(cast(x_q), zx), sx)`` (the ``sub`` absent without a zero
point) for each DequantizeLinear and ``div(y, sy) -> round -> add -> clip -> cast`` for the
QuantizeLinear. When the activation is an 8-bit value with a per-tensor scale and zero point,
the weight an 8-bit constant with a per-tensor or per-output-channel scale and zero point, and
the op's result (or the Relu after it) feeds a QuantizeLinear (a ``div`` by a constant), the op
becomes

    acc = conv_i32(int32(x_q) - zx, W)        W = int32(w_q) - zw, computed here
    y   = f32(acc) * (sx * sw[o]) + b_f       (b_f the float bias, broadcast per channel)

and the QuantizeLinear that follows stays as it is. The products and their sums are exact
integers (what ONNX's integer ops compute); the float reference sums rounded float products, so
a result may differ from onnx's reference evaluator by one quantum where a value falls within
rounding of a half. The int32 ``conv`` / ``matmul`` take the integer micro-kernels
(``docs/quantization.md``). Every other pattern (a non-constant or 16-bit weight, a per-axis
activation scale, a result used elsewhere than by a QuantizeLinear, a gemm with alpha != 1 or
a transposed A) stays in float.

Pre-condition: graph-stage IR as the ONNX importer writes it (before constant folding).
Post-condition: no conv / matmul / gemm matched by :func:`dequantized` on both operands and
feeding a QuantizeLinear remains in float.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from xdsl.context import Context
from xdsl.dialects.builtin import IntegerAttr, ModuleOp, i64
from xdsl.ir import Operation, SSAValue
from xdsl.passes import ModulePass

from ember.dialects import graph
from ember.dialects.graph.base import OPERAND_BITS
from ember.passes.patterns import constant_array, make_constant
from ember.registry import register_pass

EIGHT_BIT = (graph.i8, graph.ui8)
OPERAND_BITS_OF_CENTRED = 9
"""Signed bits of an 8-bit value less an 8-bit zero point (``[-255, 255]``)."""


@dataclass(frozen=True)
class Dequantized:
    """``(q - zero) * scale``: the 8-bit value ``q`` and its (broadcastable) float zero point and
    scale as arrays."""

    q: SSAValue
    zero: np.ndarray
    scale: np.ndarray


def _owner(value: SSAValue, cls: type[Operation]) -> Operation | None:
    op = value.owner
    return op if isinstance(op, cls) else None


def dequantized(value: SSAValue) -> Dequantized | None:
    """``value`` as a DequantizeLinear of an 8-bit value with constant scale and zero point."""
    mul = _owner(value, graph.MulOp)
    scale = constant_array(mul.operands[1]) if mul is not None else None
    if mul is None or scale is None:
        return None
    inner, zero = mul.operands[0], np.zeros((), np.float32)
    sub = _owner(inner, graph.SubOp)
    if sub is not None:
        zero_array = constant_array(sub.operands[1])
        if zero_array is None:
            return None
        inner, zero = sub.operands[0], zero_array
    cast = _owner(inner, graph.CastOp)
    if cast is None or graph.elem_of(cast.operands[0].type) not in EIGHT_BIT or graph.elem_of(inner.type) != graph.f32:
        return None
    return Dequantized(cast.operands[0], zero, scale)


def _per_tensor(d: Dequantized) -> tuple[int, float] | None:
    """The zero point and scale of a per-tensor quantisation (else None)."""
    if d.zero.size != 1 or d.scale.size != 1:
        return None
    return int(d.zero.reshape(-1)[0]), float(d.scale.reshape(-1)[0])


def _along(array: np.ndarray, shape: tuple[int, ...], axis: int) -> np.ndarray | None:
    """``array`` broadcast to ``shape`` as a 1-D vector along ``axis``, if it is constant along
    every other axis (else None)."""
    try:
        full = np.broadcast_to(array, shape)
    except ValueError:
        return None
    line = np.moveaxis(full, axis, 0).reshape(shape[axis], -1)
    return line[:, 0] if bool(np.all(line == line[:, :1])) else None


@dataclass(frozen=True)
class IntegerWeight:
    """A constant quantised weight less its zero point (int32), and its scale per output
    channel (1-D, along the weight's ``axis``)."""

    values: np.ndarray
    scale: np.ndarray


def integer_weight(value: SSAValue, axis: int) -> IntegerWeight | None:
    """``value`` as a dequantised constant 8-bit weight whose scale and zero point are
    per-tensor or per-``axis``."""
    d = dequantized(value)
    q = constant_array(d.q) if d is not None else None
    if d is None or q is None:
        return None
    zero, scale = _along(d.zero, q.shape, axis), _along(d.scale, q.shape, axis)
    if zero is None or scale is None:
        return None
    zero_full = np.moveaxis(np.broadcast_to(zero.reshape(-1, *[1] * (q.ndim - 1)), np.moveaxis(q, axis, 0).shape), 0, axis)
    values = q.astype(np.int32) - np.rint(zero_full).astype(np.int32)
    return IntegerWeight(values, scale.astype(np.float32))


def feeds_quantize(value: SSAValue) -> bool:
    """Whether every use of ``value`` (through one Relu) is a QuantizeLinear's ``div`` by a
    constant."""
    uses = list(value.uses)
    if len(uses) == 1 and isinstance(uses[0].operation, graph.ReluOp):
        uses = list(uses[0].operation.results[0].uses)
    return bool(uses) and all(
        isinstance(u.operation, graph.DivOp) and u.index == 0 and constant_array(u.operation.operands[1]) is not None for u in uses
    )


@dataclass
class _Emitter:
    """Inserts new ops before ``anchor``, at its location."""

    anchor: Operation

    def add(self, cls: type[graph.GraphOp], operands: list[SSAValue | None], **props: object) -> SSAValue:
        return self.insert(cls.make(operands, props)).results[0]  # type: ignore[arg-type]

    def constant(self, array: np.ndarray) -> SSAValue:
        return self.insert(make_constant(array)).results[0]

    def insert(self, op: Operation) -> Operation:
        op.location = self.anchor.location
        block = self.anchor.parent_block()
        assert block is not None
        block.insert_op_before(op, self.anchor)
        return op

    def narrow(self, acc: SSAValue) -> SSAValue:
        """Mark ``acc``'s op: its operands are 8-bit values less 8-bit zero points, within 9
        bits (``graph.OPERAND_BITS``)."""
        assert isinstance(acc.owner, Operation)
        acc.owner.attributes[OPERAND_BITS] = IntegerAttr(OPERAND_BITS_OF_CENTRED, i64)
        return acc

    def centred(self, q: SSAValue, zero: int) -> SSAValue:
        """``int32(q) - zero``."""
        wide = self.add(graph.CastOp, [q], to=graph.i32)
        return wide if zero == 0 else self.add(graph.SubOp, [wide, self.constant(np.array(zero, np.int32))])

    def rescaled(self, acc: SSAValue, multiplier: np.ndarray, bias: np.ndarray | None, channel_shape: list[int]) -> SSAValue:
        """``f32(acc) * multiplier (+ bias)``, both per output channel shaped ``channel_shape``."""
        y = self.add(graph.MulOp, [self.add(graph.CastOp, [acc], to=graph.f32), self.constant(multiplier.reshape(channel_shape))])
        if bias is not None:
            y = self.add(graph.AddOp, [y, self.constant(bias.astype(np.float32).reshape(channel_shape))])
        return y


def _activation(value: SSAValue) -> tuple[SSAValue, int, float] | None:
    """The 8-bit value, zero point and scale of a per-tensor-dequantised activation."""
    d = dequantized(value)
    quant = _per_tensor(d) if d is not None else None
    return None if d is None or quant is None else (d.q, *quant)


def _optional_constant(value: SSAValue | None) -> tuple[bool, np.ndarray | None]:
    """(usable, array): an absent operand is usable as None, a constant as its array."""
    if value is None:
        return True, None
    array = constant_array(value)
    return array is not None, array


def rewrite_conv(conv: graph.ConvOp) -> SSAValue | None:
    """The integer form of a QDQ conv (module docstring), or None when it does not match."""
    x, w = _activation(conv.input), integer_weight(conv.weight, 0)
    usable, bias = _optional_constant(conv.bias)
    if x is None or w is None or not usable:
        return None
    e = _Emitter(conv)
    acc = e.narrow(e.add(graph.ConvOp, [e.centred(x[0], x[1]), e.constant(w.values), None], **dict(conv.properties)))
    rank = len(graph.shape_of(conv.result.type))
    shape = [1, -1] + [1] * (rank - 2)
    return e.rescaled(acc, np.float32(x[2]) * w.scale, bias, shape)


def rewrite_matmul(op: graph.MatmulOp) -> SSAValue | None:
    """A QDQ matmul ``x[..., K] @ W[K, N]`` with a constant 2-D W, in integers."""
    x, w = _activation(op.operands[0]), integer_weight(op.operands[1], 1)
    if x is None or w is None or w.values.ndim != 2:
        return None
    e = _Emitter(op)
    acc = e.narrow(e.add(graph.MatmulOp, [e.centred(x[0], x[1]), e.constant(w.values)]))
    return e.rescaled(acc, np.float32(x[2]) * w.scale, None, [-1])


def rewrite_gemm(op: graph.GemmOp) -> SSAValue | None:
    """A QDQ gemm ``alpha = 1``, A not transposed, constant B and C, in integers (B transposed
    at compile time when ``trans_b``)."""
    props = op.properties
    trans_b = graph.read_int(props, "trans_b", 0) == 1
    if graph.read_float(props, "alpha", 1.0) != 1.0 or graph.read_int(props, "trans_a", 0) != 0:
        return None
    x, w = _activation(op.a), integer_weight(op.b, 0 if trans_b else 1)
    usable, c = _optional_constant(op.c)
    if x is None or w is None or not usable:
        return None
    e = _Emitter(op)
    values = w.values.T if trans_b else w.values
    acc = e.narrow(e.add(graph.MatmulOp, [e.centred(x[0], x[1]), e.constant(np.ascontiguousarray(values))]))
    y = e.rescaled(acc, np.float32(x[2]) * w.scale, None, [1, -1])
    if c is not None:
        beta = graph.read_float(props, "beta", 1.0)
        y = e.add(graph.AddOp, [y, e.constant((beta * c.astype(np.float64)).astype(np.float32))])
    return y


REWRITES: dict[type[Operation], Callable[..., SSAValue | None]] = {
    graph.ConvOp: rewrite_conv, graph.MatmulOp: rewrite_matmul, graph.GemmOp: rewrite_gemm,
}  # fmt: skip
"""The ops this pass rewrites, by class (graph ops are ember's own classes, parsed or built)."""


def _candidates(module: ModuleOp) -> list[Operation]:
    ops = [o for o in module.walk() if type(o) in REWRITES]
    return [o for o in ops if graph.elem_of(o.results[0].type) == graph.f32 and feeds_quantize(o.results[0])]


@register_pass
@dataclass(frozen=True)
class GraphQuantizeQdq(ModulePass):
    """Run QDQ-quantised conv / matmul / gemm as int32-accumulating integer ops.

    Graph stage, before graph-optimize (docs/quantization.md): DequantizeLinear(x_q) and a
    DequantizeLinear of a constant 8-bit weight feeding a conv / matmul / gemm whose result goes
    to a QuantizeLinear become an int32 conv / matmul on the integers and a float rescale.
    """

    name = "graph-quantize-qdq"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for target in _candidates(op):
            replacement = REWRITES[type(target)](target)
            if replacement is None:
                continue
            target.results[0].replace_all_uses_with(replacement)
            target.detach()
            target.erase()

