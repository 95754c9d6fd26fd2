"""``convert-math-to-llvm``: math ops to LLVM intrinsics or libm calls (loop stage -> llvm stage).

Where LLVM has an intrinsic (exp, log, sqrt, tanh, pow, fma, ...) the op becomes
``llvm.call_intrinsic "llvm.<name>.<type>"``; LLVM's code generator expands it inline or calls
libm, so the results are libm-accurate. Functions LLVM has no intrinsic for (erf, expm1, log1p,
cbrt, ...) become calls of the C library function (``erff`` for f32, ``erf`` for f64), declared
once per module with ``llvm.func``; like MLIR's convert-math-to-libm, these are scalar only.
``math.rsqrt`` is ``1 / sqrt(x)``.

Pre-condition: math ops on f32/f64 (scalars or 1-d vectors for intrinsics); libm functions
also on scalar f16/bf16, computed in f32 and rounded back once.
Post-condition: no math op remains.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import llvm, math
from xdsl.dialects.builtin import (
    AnyFloat,
    DenseIntOrFPElementsAttr,
    Float32Type,
    FloatAttr,
    IntegerAttr,
    ModuleOp,
    VectorType,
    f32,
    i1,
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
    declare_function,
    intrinsic_suffix,
    single,
)
from ember.registry import register_pass

PASS = "convert-math-to-llvm"


def intrinsic(name: str) -> Builder:
    """The op is the overloaded LLVM intrinsic ``name`` on its operand type."""

    def build(
        rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
    ) -> tuple[list[Operation], list[SSAValue]]:
        return single(call_intrinsic(f"{name}.{intrinsic_suffix(args[0].type)}", args, types[0]))

    return build


def _int_intrinsic_with_flag(name: str) -> Builder:
    """Integer intrinsics taking a trailing ``i1 false`` (abs, ctlz, cttz: no poison)."""

    def build(
        rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
    ) -> tuple[list[Operation], list[SSAValue]]:
        flag = llvm.ConstantOp(IntegerAttr(0, i1), i1)
        call = call_intrinsic(
            f"{name}.{intrinsic_suffix(args[0].type)}", [args[0], flag.results[0]], types[0]
        )
        return [flag, call], [call.results[0]]

    return build


def libm(f32_name: str, f64_name: str) -> Builder:
    """A call of the C library function (``erff`` / ``erf``), declared on first use."""

    def build(
        rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
    ) -> tuple[list[Operation], list[SSAValue]]:
        t = types[0]
        if not isinstance(t, AnyFloat) or t.bitwidth not in (16, 32, 64):
            raise LegalizationError(
                str(
                    pass_failure(
                        PASS,
                        op,
                        f"libm lowering needs a scalar f16/bf16/f32/f64, got {t}",
                        "unroll vector math before convert-math-to-llvm",
                    )
                )
            )
        if t.bitwidth == 16:
            return _through_f32(f32_name, op, args, t)
        callee = f32_name if isinstance(t, Float32Type) else f64_name
        declare_function(op, callee, [a.type for a in args], t)
        return single(llvm.CallOp(callee, *args, return_type=t))

    return build


def _through_f32(
    callee: str, op: Operation, args: list[SSAValue], t: Attribute
) -> tuple[list[Operation], list[SSAValue]]:
    """A 16-bit float (f16, bf16) libm call: the f32 function on the extended operands, its
    result rounded back once (the C library has no half-precision functions)."""
    wide = [llvm.FPExtOp(a, f32) for a in args]
    declare_function(op, callee, [f32] * len(args), f32)
    call = llvm.CallOp(callee, *(w.results[0] for w in wide), return_type=f32)
    narrow = llvm.FPTruncOp(call.results[0], t)
    return [*wide, call, narrow], [narrow.results[0]]


def _float_constant(t: Attribute, value: float) -> llvm.ConstantOp:
    if isinstance(t, VectorType):
        return llvm.ConstantOp(DenseIntOrFPElementsAttr.from_list(t, [value] * t.get_shape()[0]), t)
    assert isinstance(t, AnyFloat)
    return llvm.ConstantOp(FloatAttr(value, t), t)


def _rsqrt(
    rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
) -> tuple[list[Operation], list[SSAValue]]:
    """``math.rsqrt(x)`` -> ``1.0 / llvm.sqrt(x)``."""
    one = _float_constant(types[0], 1.0)
    root = call_intrinsic(f"llvm.sqrt.{intrinsic_suffix(types[0])}", args, types[0])
    quotient = llvm.FDivOp(one, root)
    return [one, root, quotient], [quotient.results[0]]


def _fpowi(
    rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
) -> tuple[list[Operation], list[SSAValue]]:
    """``math.fpowi`` -> ``llvm.powi.<f>.<i>``."""
    name = f"llvm.powi.{intrinsic_suffix(args[0].type)}.{intrinsic_suffix(args[1].type)}"
    return single(call_intrinsic(name, args, types[0]))


def math_to_llvm_patterns() -> list[OpConversion]:
    """Every math op ember lowers, one row each."""
    return [
        OpConversion(math.AbsFOp, intrinsic("llvm.fabs")),
        OpConversion(math.AbsIOp, _int_intrinsic_with_flag("llvm.abs")),
        OpConversion(math.CountLeadingZerosOp, _int_intrinsic_with_flag("llvm.ctlz")),
        OpConversion(math.CountTrailingZerosOp, _int_intrinsic_with_flag("llvm.cttz")),
        OpConversion(math.CtPopOp, intrinsic("llvm.ctpop")),
        OpConversion(math.ExpOp, intrinsic("llvm.exp")),
        OpConversion(math.Exp2Op, intrinsic("llvm.exp2")),
        OpConversion(math.LogOp, intrinsic("llvm.log")),
        OpConversion(math.Log2Op, intrinsic("llvm.log2")),
        OpConversion(math.Log10Op, intrinsic("llvm.log10")),
        OpConversion(math.SqrtOp, intrinsic("llvm.sqrt")),
        OpConversion(math.RsqrtOp, _rsqrt),
        OpConversion(math.CeilOp, intrinsic("llvm.ceil")),
        OpConversion(math.FloorOp, intrinsic("llvm.floor")),
        OpConversion(math.RoundOp, intrinsic("llvm.round")),
        OpConversion(math.RoundEvenOp, intrinsic("llvm.roundeven")),
        OpConversion(math.TruncOp, intrinsic("llvm.trunc")),
        OpConversion(math.SinOp, intrinsic("llvm.sin")),
        OpConversion(math.CosOp, intrinsic("llvm.cos")),
        OpConversion(math.TanOp, intrinsic("llvm.tan")),
        OpConversion(math.AsinOp, intrinsic("llvm.asin")),
        OpConversion(math.AcosOp, intrinsic("llvm.acos")),
        OpConversion(math.AtanOp, intrinsic("llvm.atan")),
        OpConversion(math.SinhOp, intrinsic("llvm.sinh")),
        OpConversion(math.CoshOp, intrinsic("llvm.cosh")),
        OpConversion(math.TanhOp, intrinsic("llvm.tanh")),
        OpConversion(math.PowFOp, intrinsic("llvm.pow")),
        OpConversion(math.Atan2Op, intrinsic("llvm.atan2")),
        OpConversion(math.CopySignOp, intrinsic("llvm.copysign")),
        OpConversion(math.FmaOp, intrinsic("llvm.fma")),
        OpConversion(math.FPowIOp, _fpowi),
        OpConversion(math.ErfOp, libm("erff", "erf")),
        OpConversion(math.ExpM1Op, libm("expm1f", "expm1")),
        OpConversion(math.Log1pOp, libm("log1pf", "log1p")),
        OpConversion(math.CbrtOp, libm("cbrtf", "cbrt")),
        OpConversion(math.AsinhOp, libm("asinhf", "asinh")),
        OpConversion(math.AcoshOp, libm("acoshf", "acosh")),
        OpConversion(math.AtanhOp, libm("atanhf", "atanh")),
    ]


@register_pass
@dataclass(frozen=True)
class ConvertMathToLlvmPass(ModulePass):
    """Lower math ops to LLVM intrinsics, or libm calls where LLVM has none.

    Pre-condition: math on f32/f64 (libm-lowered ops scalar only). Post-condition: no math op.
    """

    name = "convert-math-to-llvm"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        apply_table(PASS, op, math_to_llvm_patterns())
        check_no_ops_of(PASS, op, "math")
