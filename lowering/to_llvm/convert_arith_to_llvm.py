"""``convert-arith-to-llvm``: arith ops to llvm dialect ops (loop stage -> llvm stage).

One row per op, as in MLIR's ArithToLLVM: the 1:1 ops are table rows (``binary(llvm.AddOp)``),
the irregular ones (constants, comparisons, index casts, min/max, unsigned-to-float) have a builder
each. ``index`` values become ``i64``; other types are unchanged. Values flowing in from not yet
converted ops are bridged with ``builtin.unrealized_conversion_cast``.

Pre-condition: scalar or 1-d vector arith on integers, floats and ``index``.
Post-condition: no arith op is left (an arith op without a row is reported by name).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from xdsl.context import Context
from xdsl.dialects import arith, llvm
from xdsl.dialects.builtin import (
    DenseIntOrFPElementsAttr,
    FloatAttr,
    IndexType,
    IntegerAttr,
    IntegerType,
    ModuleOp,
    VectorType,
    i1,
    i64,
)
from xdsl.ir import Attribute, Operation, SSAValue
from xdsl.passes import ModulePass
from xdsl.pattern_rewriter import PatternRewriter

from ember.diagnostics import LegalizationError, pass_failure
from ember.lowering.to_llvm.type_converter import (
    Builder,
    OpConversion,
    apply_table,
    call_intrinsic,
    check_no_ops_of,
    constant,
    i64_attr,
    intrinsic_suffix,
    overflow_binary,
    single,
)
from ember.registry import register_pass

PASS = "convert-arith-to-llvm"


def binary(target: Callable[..., Operation]) -> Builder:
    """A 1:1 binary op: ``target(lhs, rhs)``."""

    def build(
        rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
    ) -> tuple[list[Operation], list[SSAValue]]:
        return single(make(args[0], args[1]))

    fast = isinstance(target, type) and issubclass(target, llvm.ArithmeticBinOpOverflow)
    make: Callable[[SSAValue, SSAValue], Operation] = partial(overflow_binary, target) if fast else target  # type: ignore[arg-type]
    return build


def float_binary(target: Callable[..., Operation]) -> Builder:
    """A 1:1 float op ``target(lhs, rhs)`` keeping the op's fast-math flags."""

    def build(
        rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
    ) -> tuple[list[Operation], list[SSAValue]]:
        return single(target(args[0], args[1], fast_math=fast_math_of(op)))

    return build


def fast_math_of(op: Operation) -> llvm.FastMathAttr | None:
    """The llvm fast-math flags equal to an arith op's ``fastmath`` property (None if none)."""
    flags = op.properties.get("fastmath")
    if not isinstance(flags, arith.FastMathFlagsAttr) or not flags.data:
        return None
    return llvm.FastMathAttr([llvm.FastMathFlag(flag.value) for flag in flags.data])


def unary(target: Callable[..., Operation]) -> Builder:
    """A 1:1 unary op: ``target(arg)``."""

    def build(
        rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
    ) -> tuple[list[Operation], list[SSAValue]]:
        return single(target(args[0]))

    return build


def cast(target: Callable[..., Operation]) -> Builder:
    """A 1:1 conversion op: ``target(arg, result_type)``."""

    def build(
        rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
    ) -> tuple[list[Operation], list[SSAValue]]:
        return single(target(args[0], types[0]))

    return build


def intrinsic(name: str, with_result_suffix: bool = False) -> Builder:
    """A call of the overloaded intrinsic ``name`` (suffixed by the operand type)."""

    def build(
        rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
    ) -> tuple[list[Operation], list[SSAValue]]:
        suffix = intrinsic_suffix(args[0].type)
        if with_result_suffix:
            suffix = f"{intrinsic_suffix(types[0])}.{suffix}"
        return single(call_intrinsic(f"{name}.{suffix}", args, types[0]))

    return build


def _constant_value(value: Attribute, result_type: Attribute) -> Attribute:
    if isinstance(value, IntegerAttr) and isinstance(value.type, IndexType):
        return i64_attr(value.value.data)
    if isinstance(value, DenseIntOrFPElementsAttr) and isinstance(
        value.get_element_type(), IndexType
    ):
        assert isinstance(result_type, VectorType)
        return DenseIntOrFPElementsAttr.from_list(result_type, list(value.get_values()))
    return value


def _constant(
    rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
) -> tuple[list[Operation], list[SSAValue]]:
    """``arith.constant`` -> ``llvm.mlir.constant`` (index literals become i64)."""
    assert isinstance(op, arith.ConstantOp)
    value = op.value
    if not isinstance(value, IntegerAttr | FloatAttr | DenseIntOrFPElementsAttr):
        raise LegalizationError(str(pass_failure(PASS, op, f"unsupported constant {value}")))
    return single(constant(_constant_value(value, types[0]), types[0]))


def _cmpi(
    rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
) -> tuple[list[Operation], list[SSAValue]]:
    """``arith.cmpi`` -> ``llvm.icmp`` (both number their predicates alike)."""
    assert isinstance(op, arith.CmpiOp)
    return single(llvm.ICmpOp(args[0], args[1], IntegerAttr(op.predicate.value.data, i64)))


def _cmpf(
    rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
) -> tuple[list[Operation], list[SSAValue]]:
    """``arith.cmpf`` -> ``llvm.fcmp`` (both number their predicates alike)."""
    assert isinstance(op, arith.CmpfOp)
    return single(llvm.FCmpOp(args[0], args[1], IntegerAttr(op.predicate.value.data, i64)))


def _select(
    rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
) -> tuple[list[Operation], list[SSAValue]]:
    """``arith.select`` -> ``llvm.select``."""
    return single(llvm.SelectOp(args[0], args[1], args[2]))


def _width(t: Attribute) -> int:
    elem = t.element_type if isinstance(t, VectorType) else t
    assert isinstance(elem, IntegerType)
    return elem.width.data


def _resize_int(signed: bool) -> Builder:
    """``arith.index_cast[ui]``: sign/zero-extend, truncate, or nothing (index is i64)."""

    def build(
        rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
    ) -> tuple[list[Operation], list[SSAValue]]:
        source, target = _width(args[0].type), _width(types[0])
        if source == target:
            return [], [args[0]]
        if source > target:
            return single(llvm.TruncOp(args[0], types[0]))
        extend = llvm.SExtOp(args[0], types[0]) if signed else llvm.ZExtOp(args[0], types[0])
        return single(extend)

    return build


def _uitofp(
    rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
) -> tuple[list[Operation], list[SSAValue]]:
    """``arith.uitofp``: zero-extend below 64 bits, then ``sitofp`` (exact for < 64 bits).

    A 64-bit unsigned value with the top bit set is halved (keeping the low bit for rounding),
    converted, and doubled.
    """
    width = _width(args[0].type)
    if width < 64:
        wide = (
            i64
            if not isinstance(args[0].type, VectorType)
            else VectorType(i64, args[0].type.get_shape())
        )
        ext = llvm.ZExtOp(args[0], wide)
        conv = llvm.SIToFPOp(ext, types[0])
        return [ext, conv], [conv.results[0]]
    zero = llvm.ConstantOp(IntegerAttr(0, i64), i64)
    one = llvm.ConstantOp(IntegerAttr(1, i64), i64)
    negative = llvm.ICmpOp(args[0], zero.results[0], IntegerAttr(2, i64))
    half = llvm.LShrOp(args[0], one.results[0])
    low = llvm.AndOp(args[0], one.results[0])
    halved = llvm.OrOp(half.results[0], low.results[0])
    big = llvm.SIToFPOp(halved, types[0])
    doubled = llvm.FAddOp(big, big)
    small = llvm.SIToFPOp(args[0], types[0])
    pick = llvm.SelectOp(negative, doubled, small)
    return [zero, one, negative, half, low, halved, big, doubled, small, pick], [pick.results[0]]


def _bool_constant(value: bool) -> llvm.ConstantOp:
    return llvm.ConstantOp(IntegerAttr(int(value), i1), i1)


def _floordivsi(
    rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
) -> tuple[list[Operation], list[SSAValue]]:
    """``arith.floordivsi``: ``q = a / b; q - ((a % b != 0) && ((a % b < 0) != (b < 0)))``."""
    t = types[0]
    zero = llvm.ConstantOp(IntegerAttr(0, t), t)
    one = llvm.ConstantOp(IntegerAttr(1, t), t)
    quotient = llvm.SDivOp(args[0], args[1])
    remainder = llvm.SRemOp(args[0], args[1])
    nonzero = llvm.ICmpOp(remainder.results[0], zero.results[0], IntegerAttr(1, i64))
    rem_negative = llvm.ICmpOp(remainder.results[0], zero.results[0], IntegerAttr(2, i64))
    div_negative = llvm.ICmpOp(args[1], zero.results[0], IntegerAttr(2, i64))
    signs_differ = llvm.XOrOp(rem_negative.results[0], div_negative.results[0])
    adjust = llvm.AndOp(nonzero.results[0], signs_differ.results[0])
    lowered = llvm.SubOp(quotient.results[0], one.results[0])
    pick = llvm.SelectOp(adjust, lowered, quotient)
    ops = [zero, one, quotient, remainder, nonzero, rem_negative, div_negative, signs_differ]
    return [*ops, adjust, lowered, pick], [pick.results[0]]


def arith_to_llvm_patterns() -> list[OpConversion]:
    """Every arith op ember lowers, one row each."""
    return [
        OpConversion(arith.ConstantOp, _constant),
        OpConversion(arith.AddiOp, binary(llvm.AddOp)),
        OpConversion(arith.SubiOp, binary(llvm.SubOp)),
        OpConversion(arith.MuliOp, binary(llvm.MulOp)),
        OpConversion(arith.DivSIOp, binary(llvm.SDivOp)),
        OpConversion(arith.DivUIOp, binary(llvm.UDivOp)),
        OpConversion(arith.RemSIOp, binary(llvm.SRemOp)),
        OpConversion(arith.RemUIOp, binary(llvm.URemOp)),
        OpConversion(arith.FloorDivSIOp, _floordivsi),
        OpConversion(arith.AndIOp, binary(llvm.AndOp)),
        OpConversion(arith.OrIOp, binary(llvm.OrOp)),
        OpConversion(arith.XOrIOp, binary(llvm.XOrOp)),
        OpConversion(arith.ShLIOp, binary(llvm.ShlOp)),
        OpConversion(arith.ShRSIOp, binary(llvm.AShrOp)),
        OpConversion(arith.ShRUIOp, binary(llvm.LShrOp)),
        OpConversion(arith.MaxSIOp, intrinsic("llvm.smax")),
        OpConversion(arith.MinSIOp, intrinsic("llvm.smin")),
        OpConversion(arith.MaxUIOp, intrinsic("llvm.umax")),
        OpConversion(arith.MinUIOp, intrinsic("llvm.umin")),
        OpConversion(arith.AddfOp, float_binary(llvm.FAddOp)),
        OpConversion(arith.SubfOp, float_binary(llvm.FSubOp)),
        OpConversion(arith.MulfOp, float_binary(llvm.FMulOp)),
        OpConversion(arith.DivfOp, float_binary(llvm.FDivOp)),
        OpConversion(arith.NegfOp, unary(llvm.FNegOp)),
        OpConversion(arith.MaximumfOp, intrinsic("llvm.maximum")),
        OpConversion(arith.MinimumfOp, intrinsic("llvm.minimum")),
        OpConversion(arith.MaxnumfOp, intrinsic("llvm.maxnum")),
        OpConversion(arith.MinnumfOp, intrinsic("llvm.minnum")),
        OpConversion(arith.CmpiOp, _cmpi),
        OpConversion(arith.CmpfOp, _cmpf),
        OpConversion(arith.SelectOp, _select),
        OpConversion(arith.ExtSIOp, cast(llvm.SExtOp)),
        OpConversion(arith.ExtUIOp, cast(llvm.ZExtOp)),
        OpConversion(arith.TruncIOp, cast(llvm.TruncOp)),
        OpConversion(arith.ExtFOp, cast(llvm.FPExtOp)),
        OpConversion(arith.TruncFOp, cast(llvm.FPTruncOp)),
        OpConversion(arith.SIToFPOp, cast(llvm.SIToFPOp)),
        OpConversion(arith.UIToFPOp, _uitofp),
        OpConversion(arith.FPToSIOp, intrinsic("llvm.fptosi.sat", with_result_suffix=True)),
        OpConversion(arith.FPToUIOp, intrinsic("llvm.fptoui.sat", with_result_suffix=True)),
        OpConversion(arith.BitcastOp, cast(llvm.BitcastOp)),
        OpConversion(arith.IndexCastOp, _resize_int(signed=True)),
    ]


@register_pass
@dataclass(frozen=True)
class ConvertArithToLlvmPass(ModulePass):
    """Lower arith ops to the llvm dialect (index becomes i64).

    Pre-condition: scalar or 1-d vector arith ops. Post-condition: no arith op remains; values
    crossing to unconverted ops are bridged by ``builtin.unrealized_conversion_cast``.
    """

    name = "convert-arith-to-llvm"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        apply_table(PASS, op, arith_to_llvm_patterns())
        check_no_ops_of(PASS, op, "arith")
