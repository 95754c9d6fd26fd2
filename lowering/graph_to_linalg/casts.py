"""Scalar numeric conversions for ``convert-graph-to-linalg`` (graph.cast and internal casts).

One table keyed by (source kind, destination kind), kinds being ``float``, ``int`` (signed),
``uint`` and ``bool`` (i1). Semantics follow numpy's ``astype``: float->int truncates toward
zero, anything->bool is ``!= 0``, bool->number is 0/1.

bf16 conversions are integer code on the bits: bf16 -> f32 is a 16-bit shift, f32 -> bf16
rounds to nearest even (:func:`_round_to_bfloat16`). LLVM's ``fptrunc`` to ``bfloat`` is a
run-time library call (``__truncsfbf2``) on CPUs without bf16 instructions, and bf16 is i16
storage from the tensor stage on (``convert-graph-to-linalg`` rewrites the type after building
the bodies), so no arith op may see a bf16 operand except ``arith.bitcast`` to i16. Other
conversions with bf16 go through f32 (``graph-promote-bfloat16`` inserts the intermediate casts),
f64 -> bf16 included: rounded twice, as onnx's reference (ml_dtypes) and onnxruntime do.

f64 -> f16 goes through f32 with *round to odd* (:func:`_narrow_in_two_steps`): most
CPUs convert f64 to f16 only through a run-time library call (``__truncdfhf2``, which a JIT
process or a no-heap target may not have), and a plain f64 -> f32 -> f16 would round twice
(wrong in the last bit for values near a tie). Rounding the first step to odd makes the second
step's rounding the correctly rounded f64 -> f16 result, since f32 carries more than two extra
bits of mantissa.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from xdsl.dialects import arith, math
from xdsl.dialects.builtin import BFloat16Type, Float16Type, IntegerType, f32, f64, i16, i32
from xdsl.ir import Attribute, SSAValue

from ember.lowering.graph_to_linalg.builders import is_float_type, is_unsigned
from ember.lowering.graph_to_linalg.storage_casts import decode, encode, is_storage_type

if TYPE_CHECKING:
    from ember.lowering.graph_to_linalg.builders import Body


def kind(t: Attribute) -> str:
    if is_float_type(t):
        return "float"
    if isinstance(t, IntegerType) and t.width.data == 1:
        return "bool"
    return "uint" if is_unsigned(t) else "int"


def _width(t: Attribute) -> int:
    return t.bitwidth if hasattr(t, "bitwidth") else t.width.data  # type: ignore[attr-defined]


def _float_to_float(b: Body, x: SSAValue, to: Attribute) -> SSAValue:
    if isinstance(x.type, BFloat16Type):
        wide = _widen_bfloat16(b, x)
        return wide if to == f32 else _float_to_float(b, wide, to)
    if _width(to) > _width(x.type):
        return b.op(arith.ExtFOp(x, to))
    if x.type == f64 and isinstance(to, Float16Type):
        return _narrow_in_two_steps(b, x, to)
    return _truncate(b, x, to)


def _truncate(b: Body, x: SSAValue, to: Attribute) -> SSAValue:
    if isinstance(to, BFloat16Type):
        return _round_to_bfloat16(b, x if x.type == f32 else b.op(arith.TruncFOp(x, f32)))
    return b.op(arith.TruncFOp(x, to))


def _widen_bfloat16(b: Body, x: SSAValue) -> SSAValue:
    """bf16 ``x`` -> f32 exactly: its 16 bits become the high half of the f32's."""
    bits = b.op(arith.ExtUIOp(b.op(arith.BitcastOp(x, i16)), i32))
    return b.op(arith.BitcastOp(b.op(arith.ShLIOp(bits, b.const(16, i32))), f32))


def _round_to_bfloat16(b: Body, x: SSAValue) -> SSAValue:
    """f32 ``x`` -> bf16 rounded to nearest even, in integer code: the high 16 bits of
    ``bits + 0x7fff + (bit 16 of bits)``; a NaN becomes the quiet NaN of its sign (as ml_dtypes).
    Infinities and overflow to infinity come out of the same addition."""
    bits = b.op(arith.BitcastOp(x, i32))
    high = b.op(arith.ShRUIOp(bits, b.const(16, i32)))
    odd = b.op(arith.AndIOp(high, b.const(1, i32)))
    rounded = b.op(arith.AddiOp(bits, b.op(arith.AddiOp(odd, b.const(0x7FFF, i32)))))
    quiet_nan = b.op(arith.OrIOp(b.op(arith.AndIOp(high, b.const(0x8000, i32))), b.const(0x7FC0, i32)))
    is_nan = b.op(arith.CmpfOp(x, x, "uno"))
    chosen = b.select(is_nan, quiet_nan, b.op(arith.ShRUIOp(rounded, b.const(16, i32))))
    return b.op(arith.BitcastOp(b.op(arith.TruncIOp(chosen, i16)), BFloat16Type()))


def _narrow_in_two_steps(b: Body, x: SSAValue, to: Attribute) -> SSAValue:
    """f64 ``x`` -> 16-bit float ``to``, correctly rounded, via an f32 rounded to odd: the f32
    nearest ``x`` is moved one step toward zero if it lies farther from zero than ``x`` (NaN and
    infinities stay), and its last mantissa bit is set when it is inexact."""
    near = b.op(arith.TruncFOp(x, f32))
    back = b.op(arith.ExtFOp(near, f64))
    inexact = b.op(arith.CmpfOp(back, x, "one"))
    away = b.op(arith.CmpfOp(b.op(math.AbsFOp(back)), b.op(math.AbsFOp(x)), "ogt"))
    bits = b.op(arith.BitcastOp(near, i32))
    toward_zero = b.select(away, b.op(arith.SubiOp(bits, b.const(1, i32))), bits)
    odd = b.select(inexact, b.op(arith.OrIOp(toward_zero, b.const(1, i32))), toward_zero)
    return b.op(arith.TruncFOp(b.op(arith.BitcastOp(odd, f32)), to))


def _int_resize(signed: bool) -> Callable[[Body, SSAValue, Attribute], SSAValue]:
    def convert(b: Body, x: SSAValue, to: Attribute) -> SSAValue:
        if _width(to) > _width(x.type):
            return b.op(arith.ExtSIOp(x, to) if signed else arith.ExtUIOp(x, to))
        if _width(to) == _width(x.type):  # iN <-> uiN: the same bits
            return b.op(arith.BitcastOp(x, to))
        return b.op(arith.TruncIOp(x, to))

    return convert


def _to_bool(b: Body, x: SSAValue, to: Attribute) -> SSAValue:
    return b.cmp("ne", x, b.const(0, x.type))


def _bool_to_float(b: Body, x: SSAValue, to: Attribute) -> SSAValue:
    return b.op(arith.UIToFPOp(x, to))


CONVERSIONS: dict[tuple[str, str], Callable[[Body, SSAValue, Attribute], SSAValue]] = {
    ("float", "float"): _float_to_float,
    ("float", "int"): lambda b, x, to: b.op(arith.FPToSIOp(x, to)),
    ("float", "uint"): lambda b, x, to: b.op(arith.FPToUIOp(x, to)),
    ("int", "float"): lambda b, x, to: b.op(arith.SIToFPOp(x, to)),
    ("uint", "float"): lambda b, x, to: b.op(arith.UIToFPOp(x, to)),
    ("bool", "float"): _bool_to_float,
    ("int", "int"): _int_resize(True),
    ("int", "uint"): _int_resize(True),
    ("uint", "int"): _int_resize(False),
    ("uint", "uint"): _int_resize(False),
    ("bool", "int"): _int_resize(False),
    ("bool", "uint"): _int_resize(False),
    ("float", "bool"): _to_bool,
    ("int", "bool"): _to_bool,
    ("uint", "bool"): _to_bool,
}


def convert_scalar(b: Body, x: SSAValue, to: Attribute, saturate: bool = True, round_mode: str = "up") -> SSAValue:
    """``x`` converted to the scalar type ``to`` (identity when the types agree). A storage type
    (float8, float4, int4, int2: :mod:`ember.lowering.graph_to_linalg.storage_casts`) is decoded
    to f32 / i32 first or encoded from them last; ``saturate`` and ``round_mode`` are ONNX
    Cast's for float8 destinations."""
    if x.type == to:
        return x
    if is_storage_type(x.type):
        return convert_scalar(b, decode(b, x), to, saturate, round_mode)
    if is_storage_type(to):
        wide = i32 if isinstance(to, IntegerType) else f32
        return encode(b, convert_scalar(b, x, wide), to, saturate, round_mode)
    return CONVERSIONS[(kind(x.type), kind(to))](b, x, to)
