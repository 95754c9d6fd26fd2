"""Scalar numeric conversions for ``convert-graph-to-linalg`` (graph.cast and internal casts).

One table keyed by (source kind, destination kind), kinds being ``float``, ``int`` (signed),
``uint`` and ``bool`` (i1). Semantics follow numpy's ``astype``: float->int truncates toward
zero, anything->bool is ``!= 0``, bool->number is 0/1.

f64 -> f16 / bf16 goes through f32 with *round to odd* (:func:`_narrow_in_two_steps`): most
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
from xdsl.dialects.builtin import IntegerType, f32, f64, i32
from xdsl.ir import Attribute, SSAValue

from ember.lowering.graph_to_linalg.builders import is_float_type, is_unsigned

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
    if _width(to) > _width(x.type):
        return b.op(arith.ExtFOp(x, to))
    if x.type == f64 and _width(to) == 16:
        return _narrow_in_two_steps(b, x, to)
    return b.op(arith.TruncFOp(x, to))


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


def convert_scalar(b: Body, x: SSAValue, to: Attribute) -> SSAValue:
    """``x`` converted to the scalar type ``to`` (identity when the types agree)."""
    if x.type == to:
        return x
    return CONVERSIONS[(kind(x.type), kind(to))](b, x, to)
