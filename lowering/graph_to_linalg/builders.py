"""Building blocks of ``convert-graph-to-linalg``: tensors, indexing maps, linalg.generic, scalars.

The patterns in this package describe *what* each graph op computes (loops, maps, a scalar body);
this module knows *how* to spell that in upstream MLIR: ``tensor.empty`` destinations,
``linalg.fill``-like initialisation as a generic, ``linalg.generic`` with explicit
``affine_map`` indexing maps and iterator types, and a :class:`Body` builder whose scalar helpers
pick the float or integer flavour of each ``arith``/``math`` op from the operand type.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from xdsl.dialects import arith, tensor
from xdsl.dialects import math as mathd
from xdsl.dialects.builtin import (
    AffineMapAttr,
    FloatAttr,
    IndexType,
    IntegerAttr,
    IntegerType,
    Signedness,
    TensorType,
)
from xdsl.dialects.linalg import ops as linalg
from xdsl.dialects.linalg.attrs import IteratorType, IteratorTypeAttr
from xdsl.ir import Attribute, Block, Operation, Region, SSAValue
from xdsl.ir.affine import AffineConstantExpr, AffineDimExpr, AffineExpr, AffineMap
from xdsl.pattern_rewriter import PatternRewriter

from ember.dialects.graph.base import FLOAT_TYPES, FUSION_GROUP, OPERAND_BITS, WINOGRAD, shape_of
from ember.lowering.graph_to_linalg.dims import dynamic_sizes, ranked
from ember.symbolic import Dim, is_symbolic

PARALLEL = "parallel"
REDUCTION = "reduction"


def is_float_type(t: Attribute) -> bool:
    return isinstance(t, FLOAT_TYPES)


def is_unsigned(t: Attribute) -> bool:
    return isinstance(t, IntegerType) and t.signedness.data == Signedness.UNSIGNED


def orders_unsigned(t: Attribute) -> bool:
    """Whether max/min/div/comparisons treat ``t`` as unsigned: unsigned integers and booleans
    (``i1`` is signless, and as a signed number true is -1 < false)."""
    return is_unsigned(t) or (isinstance(t, IntegerType) and t.width.data == 1)


def elem(value: SSAValue) -> Attribute:
    """The element type of a tensor value (or the type of a scalar)."""
    t = value.type
    return t.get_element_type() if isinstance(t, TensorType) else t


def dims(n: int) -> list[AffineExpr]:
    return [AffineDimExpr(i) for i in range(n)]


def amap(num_dims: int, results: Sequence[AffineExpr | int]) -> AffineMap:
    exprs = [AffineConstantExpr(r) if isinstance(r, int) else r for r in results]
    return AffineMap(num_dims, 0, tuple(exprs))


def identity(rank: int) -> AffineMap:
    return AffineMap.identity(rank)


def broadcast_map(operand_shape: Sequence[int], out_shape: Sequence[int]) -> AffineMap:
    """numpy broadcasting as an indexing map: trailing-aligned, size-1 dims read index 0."""
    rank = len(out_shape)
    offset = rank - len(operand_shape)
    results: list[AffineExpr | int] = []
    for i, d in enumerate(operand_shape):
        results.append(0 if d == 1 and out_shape[offset + i] != 1 else AffineDimExpr(offset + i))
    return amap(rank, results)


# ---- scalar bodies ---------------------------------------------------------------------------


_FLOAT_BINARY: dict[str, type[Operation]] = {
    "add": arith.AddfOp, "sub": arith.SubfOp, "mul": arith.MulfOp, "div": arith.DivfOp,
    "max": arith.MaximumfOp, "min": arith.MinimumfOp, "pow": mathd.PowFOp,
}  # fmt: skip
_INT_BINARY: dict[str, type[Operation]] = {
    "add": arith.AddiOp, "sub": arith.SubiOp, "mul": arith.MuliOp, "div": arith.DivSIOp,
    "max": arith.MaxSIOp, "min": arith.MinSIOp, "rem": arith.RemSIOp, "pow": mathd.IPowIOp,
    "and": arith.AndIOp, "or": arith.OrIOp, "xor": arith.XOrIOp,
}  # fmt: skip
_UINT_BINARY: dict[str, type[Operation]] = {
    **_INT_BINARY, "div": arith.DivUIOp, "max": arith.MaxUIOp, "min": arith.MinUIOp,
    "rem": arith.RemUIOp,
}  # fmt: skip
_FLOAT_PRED = {"eq": "oeq", "ne": "une", "lt": "olt", "le": "ole", "gt": "ogt", "ge": "oge"}
_INT_PRED = {"eq": "eq", "ne": "ne", "lt": "slt", "le": "sle", "gt": "sgt", "ge": "sge"}
_UINT_PRED = {**_INT_PRED, "lt": "ult", "le": "ule", "gt": "ugt", "ge": "uge"}


class Body:
    """Appends scalar ops to a block (a linalg body); helpers choose float/int op flavours."""

    def __init__(self, block: Block, anchor: Operation | None = None) -> None:
        self.block = block
        self.anchor = anchor
        """An op of the function the body is built for (where its run-time sizes live)."""

    def size(self, dim: Dim) -> SSAValue:
        """A size as an ``index`` value: a constant, or the function's run-time size."""
        if not is_symbolic(dim):
            return self.const(int(dim), IndexType())
        assert self.anchor is not None, "a run-time size needs the function the body belongs to"
        return dynamic_sizes(self.anchor, [dim])[0]

    def op(self, op: Operation) -> SSAValue:
        self.block.add_op(op)
        return op.results[0]

    def const(self, value: float | int | bool, t: Attribute) -> SSAValue:
        from ember.lowering.graph_to_linalg.storage_casts import is_storage_type, stored_constant

        if is_storage_type(t):
            return stored_constant(self, value, t)
        if is_float_type(t):
            return self.op(arith.ConstantOp(FloatAttr(float(value), t)))  # type: ignore[arg-type]
        if isinstance(t, IndexType):
            return self.op(arith.ConstantOp.from_int_and_width(int(value), t))
        assert isinstance(t, IntegerType)
        v = int(bool(value)) if t.width.data == 1 else int(value)
        return self.op(arith.ConstantOp(IntegerAttr(v, t)))

    def index(self, dim: int) -> SSAValue:
        return self.op(linalg.IndexOp(dim))

    def binary(self, kind: str, a: SSAValue, b: SSAValue) -> SSAValue:
        t = a.type
        if kind == "pow" and isinstance(t, IntegerType):
            return self.integer_power(a, b)
        table = _FLOAT_BINARY if is_float_type(t) else _UINT_BINARY if orders_unsigned(t) else _INT_BINARY
        return self.op(table[kind](a, b))  # type: ignore[call-arg]

    def integer_power(self, base: SSAValue, exponent: SSAValue) -> SSAValue:
        """``base ** exponent`` in the integer type (wrapping, as numpy), by squaring over every
        bit of the exponent: straight-line code, no ``math.ipowi`` (which LLVM cannot lower). A
        negative exponent gives what integer division of 1 by the power gives: 1 for base 1,
        +-1 for base -1, else 0."""
        t = base.type
        assert isinstance(t, IntegerType)
        width = t.width.data
        one, zero = self.const(1, t), self.const(0, t)
        result, square, bits = one, base, exponent
        for step in range(width):
            odd = self.cmp("ne", self.binary("and", bits, one), zero)
            result = self.select(odd, self.mul(result, square), result)
            if step + 1 < width:
                square = self.mul(square, square)
                bits = self.op(arith.ShRUIOp(bits, one))
        if orders_unsigned(t) or width == 1:
            return result
        negative = self.cmp("lt", exponent, zero)
        minus_one = self.const(-1, t)
        odd_exponent = self.cmp("ne", self.binary("and", exponent, one), zero)
        unit = self.select(self.cmp("eq", base, one), one, zero)
        unit = self.select(self.cmp("eq", base, minus_one), self.select(odd_exponent, minus_one, one), unit)
        return self.select(negative, unit, result)

    def add(self, a: SSAValue, b: SSAValue) -> SSAValue:
        return self.binary("add", a, b)

    def sub(self, a: SSAValue, b: SSAValue) -> SSAValue:
        return self.binary("sub", a, b)

    def mul(self, a: SSAValue, b: SSAValue) -> SSAValue:
        return self.binary("mul", a, b)

    def div(self, a: SSAValue, b: SSAValue) -> SSAValue:
        return self.binary("div", a, b)

    def max(self, a: SSAValue, b: SSAValue) -> SSAValue:
        return self.binary("max", a, b)

    def min(self, a: SSAValue, b: SSAValue) -> SSAValue:
        return self.binary("min", a, b)

    def cmp(self, pred: str, a: SSAValue, b: SSAValue) -> SSAValue:
        t = a.type
        if is_float_type(t):
            return self.op(arith.CmpfOp(a, b, _FLOAT_PRED[pred]))
        table = _UINT_PRED if orders_unsigned(t) else _INT_PRED
        return self.op(arith.CmpiOp(a, b, table[pred]))

    def select(self, cond: SSAValue, a: SSAValue, b: SSAValue) -> SSAValue:
        return self.op(arith.SelectOp(cond, a, b))

    def math(self, op_class: type[Operation], *args: SSAValue) -> SSAValue:
        return self.op(op_class(*args))  # type: ignore[call-arg]

    def neg(self, x: SSAValue) -> SSAValue:
        if is_float_type(x.type):
            return self.op(arith.NegfOp(x))
        return self.sub(self.const(0, x.type), x)

    def scale(self, x: SSAValue, factor: float) -> SSAValue:
        """x * factor, skipped when factor is 1."""
        return x if factor == 1.0 else self.mul(x, self.const(factor, x.type))

    def convert(self, x: SSAValue, to: Attribute) -> SSAValue:
        """Numeric conversion between element types (float->int truncates toward zero)."""
        from ember.lowering.graph_to_linalg.casts import convert_scalar

        return convert_scalar(self, x, to)

    def index_cast(self, x: SSAValue, to: Attribute) -> SSAValue:
        return self.op(arith.IndexCastOp(x, to))


BodyFn = Callable[[Body, Sequence[SSAValue]], SSAValue | Sequence[SSAValue]]
"""Builds a linalg body: receives the block arguments (inputs then outputs), returns yields."""


def empty(rewriter: PatternRewriter, shape: Sequence[Dim], element: Attribute) -> SSAValue:
    """A ``tensor.empty`` destination of the given shape (its run-time sizes as operands)."""
    anchor = rewriter.insertion_point.block.parent_op()
    assert anchor is not None
    op = tensor.EmptyOp(dynamic_sizes(anchor, shape), ranked(shape, element))
    rewriter.insert(op)
    return op.tensor


def generic(
    rewriter: PatternRewriter,
    inputs: Sequence[SSAValue],
    inits: Sequence[SSAValue],
    maps: Sequence[AffineMap],
    iterators: Sequence[str],
    body: BodyFn,
) -> list[SSAValue]:
    """Insert a ``linalg.generic`` on tensors; returns its results (one per init)."""
    arg_types = [elem(v) for v in (*inputs, *inits)]
    block = Block(arg_types=arg_types)
    yielded = body(Body(block, rewriter.insertion_point.block.parent_op()), block.args)
    values = [yielded] if isinstance(yielded, SSAValue) else list(yielded)
    block.add_op(linalg.YieldOp(*values))
    op = linalg.GenericOp(
        inputs,
        inits,
        Region(block),
        [AffineMapAttr(m) for m in maps],
        [IteratorTypeAttr(IteratorType(it)) for it in iterators],
        [v.type for v in inits],
    )
    rewriter.insert(op)
    return list(op.results)


def filled(rewriter: PatternRewriter, shape: Sequence[int], element: Attribute, value: float) -> SSAValue:
    """A tensor of ``shape`` with every element ``value`` (a fill written as a generic)."""
    init = empty(rewriter, shape, element)

    def body(b: Body, args: Sequence[SSAValue]) -> SSAValue:
        return b.const(value, element)

    return generic(rewriter, [], [init], [identity(len(shape))], [PARALLEL] * len(shape), body)[0]


def lowest(element: Attribute) -> float:
    """The identity of max: -inf for floats, the smallest integer otherwise."""
    if is_float_type(element):
        return -math.inf
    assert isinstance(element, IntegerType)
    width = element.width.data
    if width == 1:
        return 0
    return 0 if is_unsigned(element) else -(2 ** (width - 1))


def highest(element: Attribute) -> float:
    if is_float_type(element):
        return math.inf
    assert isinstance(element, IntegerType)
    width = element.width.data
    if width == 1:
        return 1
    return 2**width - 1 if is_unsigned(element) else 2 ** (width - 1) - 1


def out_shape(value: SSAValue) -> tuple[int, ...]:
    return shape_of(value.type)


def carry_fusion_group(op: Operation, results: Sequence[SSAValue]) -> None:
    """Copy ``op``'s ``ember.fusion_group`` mark (see ``graph-fuse``), its
    ``ember.operand_bits`` range and its ``ember.winograd`` mark onto the linalg ops that compute
    its replacement ``results``."""
    marks = {name: op.attributes[name] for name in (FUSION_GROUP, OPERAND_BITS, WINOGRAD) if name in op.attributes}
    if not marks:
        return
    for value in results:
        if isinstance(value.owner, Operation) and value.owner.dialect_name() == "linalg":
            value.owner.attributes.update(marks)
