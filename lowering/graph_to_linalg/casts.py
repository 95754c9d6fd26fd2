"""Scalar numeric conversions for ``convert-graph-to-linalg`` (graph.cast and internal casts).

One table keyed by (source kind, destination kind), kinds being ``float``, ``int`` (signed),
``uint`` and ``bool`` (i1). Semantics follow numpy's ``astype``: float->int truncates toward
zero, anything->bool is ``!= 0``, bool->number is 0/1.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from xdsl.dialects import arith
from xdsl.dialects.builtin import IntegerType
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
    return b.op(arith.TruncFOp(x, to))


def _int_resize(signed: bool) -> Callable[[Body, SSAValue, Attribute], SSAValue]:
    def convert(b: Body, x: SSAValue, to: Attribute) -> SSAValue:
        if _width(to) > _width(x.type):
            return b.op(arith.ExtSIOp(x, to) if signed else arith.ExtUIOp(x, to))
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
