"""Elementwise graph ops: binary with numpy/ONNX broadcasting, comparisons, where, unary, cast.

Each op is a table-like class of a few lines: its name, its numpy semantics and, for the
parametrised activations, typed properties. The families' bases hold the shape rules.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import ClassVar

import numpy as np
from xdsl.dialects.builtin import FloatAttr, IntegerAttr, StringAttr, TensorType, TypeAttribute, i1
from xdsl.ir import Attribute
from xdsl.irdl import irdl_op_definition, operand_def, opt_prop_def, prop_def, result_def

from ember.dialects.graph.base import (
    STORAGE_TYPES,
    GraphOp,
    Props,
    ShapeError,
    broadcast_shapes,
    elem_of,
    is_float,
    numpy_dtype,
    read_enum,
    read_float,
    read_int,
    read_number,
    read_str,
    shape_of,
    tensor,
)
from ember.dialects.graph.casting import cast_array
from ember.dialects.graph.enums import GeluApproximate, GeluApproximateAttr, enum_prop

ArrayFn = Callable[..., np.ndarray]


class BinaryOp(GraphOp):
    """Elementwise binary op with multidirectional broadcasting; both operands share a type."""

    lhs = operand_def(TensorType)
    rhs = operand_def(TensorType)
    result = result_def(TensorType)

    NUMPY_FN: ClassVar[ArrayFn]
    RESULT_IS_BOOL: ClassVar[bool] = False
    OPERAND_KIND: ClassVar[str] = "any"  # "any", "bool", "int", "float"

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        lhs, rhs = operand_types
        if elem_of(lhs) != elem_of(rhs):
            raise ShapeError(f"operand element types {elem_of(lhs)} and {elem_of(rhs)} differ")
        _check_kind(cls.OPERAND_KIND, elem_of(lhs))
        shape = broadcast_shapes(shape_of(lhs), shape_of(rhs))
        return [tensor(shape, i1 if cls.RESULT_IS_BOOL else elem_of(lhs))]

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        out = type(self).NUMPY_FN(*inputs)
        return [np.asarray(out).astype(numpy_dtype(elem_of(self.result.type)), copy=False)]


def _check_kind(kind: str, element: Attribute) -> None:
    if element in STORAGE_TYPES:
        raise ShapeError(f"element type {element} is a storage type (only cast, quantize / dequantize and data movement take it)")
    ok = {
        "any": True,
        "bool": element == i1,
        "float": is_float(element),
        "int": not is_float(element) and element != i1,
        "number": element != i1,
    }[kind]
    if not ok:
        raise ShapeError(f"element type {element} is not allowed here (expected {kind})")


def _int_div(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """ONNX Div: true division for floats, truncation toward zero for integers (exact)."""
    if not np.issubdtype(a.dtype, np.integer):
        return np.divide(a, b)
    with np.errstate(divide="ignore"):
        quotient = np.floor_divide(a, b)
        inexact = (np.remainder(a, b) != 0) & ((a < 0) != (b < 0))
    return quotient + inexact.astype(quotient.dtype)


def _pow(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.power(a, b)


@irdl_op_definition
class AddOp(BinaryOp):
    """Elementwise a + b."""

    name = "graph.add"
    NUMPY_FN: ClassVar[ArrayFn] = staticmethod(np.add)
    OPERAND_KIND: ClassVar[str] = "number"


@irdl_op_definition
class SubOp(BinaryOp):
    """Elementwise a - b."""

    name = "graph.sub"
    NUMPY_FN: ClassVar[ArrayFn] = staticmethod(np.subtract)
    OPERAND_KIND: ClassVar[str] = "number"


@irdl_op_definition
class MulOp(BinaryOp):
    """Elementwise a * b."""

    name = "graph.mul"
    NUMPY_FN: ClassVar[ArrayFn] = staticmethod(np.multiply)
    OPERAND_KIND: ClassVar[str] = "number"


@irdl_op_definition
class DivOp(BinaryOp):
    """Elementwise a / b (integer division truncates toward zero, as in ONNX)."""

    name = "graph.div"
    NUMPY_FN: ClassVar[ArrayFn] = staticmethod(_int_div)
    OPERAND_KIND: ClassVar[str] = "number"


@irdl_op_definition
class PowOp(BinaryOp):
    """Elementwise a ** b."""

    name = "graph.pow"
    NUMPY_FN: ClassVar[ArrayFn] = staticmethod(_pow)
    OPERAND_KIND: ClassVar[str] = "number"


@irdl_op_definition
class MaxOp(BinaryOp):
    """Elementwise maximum (NaN-propagating)."""

    name = "graph.max"
    NUMPY_FN: ClassVar[ArrayFn] = staticmethod(np.maximum)
    OPERAND_KIND: ClassVar[str] = "number"


@irdl_op_definition
class MinOp(BinaryOp):
    """Elementwise minimum (NaN-propagating)."""

    name = "graph.min"
    NUMPY_FN: ClassVar[ArrayFn] = staticmethod(np.minimum)
    OPERAND_KIND: ClassVar[str] = "number"


@irdl_op_definition
class ModOp(BinaryOp):
    """Elementwise remainder: sign of the divisor (fmod = 0) or of the dividend (fmod = 1)."""

    name = "graph.mod"
    fmod = prop_def(IntegerAttr, default_value=IntegerAttr(0, 64))
    OPERAND_KIND: ClassVar[str] = "number"

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        if not read_int(props, "fmod", 0) and is_float(elem_of(operand_types[0])):
            raise ShapeError("floating-point mod requires fmod = 1")
        return super().infer(operand_types, props)

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        fn = np.fmod if read_int(self.props, "fmod", 0) else np.mod
        return [fn(*inputs).astype(inputs[0].dtype)]


@irdl_op_definition
class AndOp(BinaryOp):
    """Logical and of i1 tensors."""

    name = "graph.and"
    NUMPY_FN: ClassVar[ArrayFn] = staticmethod(np.logical_and)
    OPERAND_KIND: ClassVar[str] = "bool"


@irdl_op_definition
class OrOp(BinaryOp):
    """Logical or of i1 tensors."""

    name = "graph.or"
    NUMPY_FN: ClassVar[ArrayFn] = staticmethod(np.logical_or)
    OPERAND_KIND: ClassVar[str] = "bool"


@irdl_op_definition
class XorOp(BinaryOp):
    """Logical xor of i1 tensors."""

    name = "graph.xor"
    NUMPY_FN: ClassVar[ArrayFn] = staticmethod(np.logical_xor)
    OPERAND_KIND: ClassVar[str] = "bool"


@irdl_op_definition
class BitwiseAndOp(BinaryOp):
    """Bitwise and of integer tensors."""

    name = "graph.bitwise_and"
    NUMPY_FN: ClassVar[ArrayFn] = staticmethod(np.bitwise_and)
    OPERAND_KIND: ClassVar[str] = "int"


@irdl_op_definition
class BitwiseOrOp(BinaryOp):
    """Bitwise or of integer tensors."""

    name = "graph.bitwise_or"
    NUMPY_FN: ClassVar[ArrayFn] = staticmethod(np.bitwise_or)
    OPERAND_KIND: ClassVar[str] = "int"


@irdl_op_definition
class BitwiseXorOp(BinaryOp):
    """Bitwise xor of integer tensors."""

    name = "graph.bitwise_xor"
    NUMPY_FN: ClassVar[ArrayFn] = staticmethod(np.bitwise_xor)
    OPERAND_KIND: ClassVar[str] = "int"


def _shift_left(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """ONNX BitShift LEFT: bits past the top are dropped; a count that is negative or at least
    the bit width gives 0."""
    a, b = np.broadcast_arrays(a, b)
    bits = a.dtype.itemsize * 8
    unsigned = np.dtype(f"u{a.dtype.itemsize}")
    in_range = (b >= 0) & (b < bits)
    count = np.where(in_range, b, 0).astype(unsigned)
    shifted = np.left_shift(a.view(unsigned), count).view(a.dtype)
    return np.where(in_range, shifted, np.zeros((), a.dtype))


def _shift_right(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """ONNX BitShift RIGHT: arithmetic (sign-filling) for signed types, logical for unsigned; a
    count that is negative or at least the bit width gives the sign fill alone (-1 or 0)."""
    a, b = np.broadcast_arrays(a, b)
    bits = a.dtype.itemsize * 8
    in_range = (b >= 0) & (b < bits)
    count = np.where(in_range, b, bits - 1).astype(a.dtype)
    shifted = np.right_shift(a, count)
    if np.issubdtype(a.dtype, np.unsignedinteger):
        return np.where(in_range, shifted, np.zeros((), a.dtype))
    return shifted  # (a count of bits - 1 is the sign fill)


@irdl_op_definition
class ShiftLeftOp(BinaryOp):
    """Elementwise a << b (ONNX BitShift LEFT): 0 where b < 0 or b >= the bit width."""

    name = "graph.shift_left"
    NUMPY_FN: ClassVar[ArrayFn] = staticmethod(_shift_left)
    OPERAND_KIND: ClassVar[str] = "int"


@irdl_op_definition
class ShiftRightOp(BinaryOp):
    """Elementwise a >> b (ONNX BitShift RIGHT): arithmetic for signed, logical for unsigned
    types; where b < 0 or b >= the bit width, the sign fill (-1 for a negative a, else 0)."""

    name = "graph.shift_right"
    NUMPY_FN: ClassVar[ArrayFn] = staticmethod(_shift_right)
    OPERAND_KIND: ClassVar[str] = "int"


class CompareOp(BinaryOp):
    """Elementwise comparison: broadcasting operands of one type, an i1 result."""

    RESULT_IS_BOOL: ClassVar[bool] = True


@irdl_op_definition
class EqualOp(CompareOp):
    """Elementwise a == b."""

    name = "graph.equal"
    NUMPY_FN: ClassVar[ArrayFn] = staticmethod(np.equal)


@irdl_op_definition
class LessOp(CompareOp):
    """Elementwise a < b."""

    name = "graph.less"
    NUMPY_FN: ClassVar[ArrayFn] = staticmethod(np.less)


@irdl_op_definition
class LessEqualOp(CompareOp):
    """Elementwise a <= b."""

    name = "graph.less_equal"
    NUMPY_FN: ClassVar[ArrayFn] = staticmethod(np.less_equal)


@irdl_op_definition
class GreaterOp(CompareOp):
    """Elementwise a > b."""

    name = "graph.greater"
    NUMPY_FN: ClassVar[ArrayFn] = staticmethod(np.greater)


@irdl_op_definition
class GreaterEqualOp(CompareOp):
    """Elementwise a >= b."""

    name = "graph.greater_equal"
    NUMPY_FN: ClassVar[ArrayFn] = staticmethod(np.greater_equal)


@irdl_op_definition
class WhereOp(GraphOp):
    """Elementwise select: ``cond ? x : y`` with three-way broadcasting."""

    name = "graph.where"
    cond = operand_def(TensorType)
    x = operand_def(TensorType)
    y = operand_def(TensorType)
    result = result_def(TensorType)

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        cond, x, y = operand_types
        if elem_of(cond) != i1:
            raise ShapeError(f"condition must have element type i1, got {elem_of(cond)}")
        if elem_of(x) != elem_of(y):
            raise ShapeError(f"operand element types {elem_of(x)} and {elem_of(y)} differ")
        return [tensor(broadcast_shapes(shape_of(cond), shape_of(x), shape_of(y)), elem_of(x))]

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        return [np.where(*inputs)]


# ---- unary ------------------------------------------------------------------------------------


class UnaryOp(GraphOp):
    """Elementwise unary op; the result has the operand's type."""

    input = operand_def(TensorType)
    result = result_def(TensorType)

    NUMPY_FN: ClassVar[ArrayFn]
    OPERAND_KIND: ClassVar[str] = "float"

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        (x,) = operand_types
        _check_kind(cls.OPERAND_KIND, elem_of(x))
        return [tensor(shape_of(x), elem_of(x))]

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        (x,) = inputs
        with np.errstate(all="ignore"):
            out = self.compute(x)
        return [np.asarray(out).astype(x.dtype, copy=False)]

    def compute(self, x: np.ndarray) -> np.ndarray:
        return type(self).NUMPY_FN(x)


_erf_scalar = np.frompyfunc(math.erf, 1, 1)


def erf(x: np.ndarray) -> np.ndarray:
    """Exact (libm) erf, elementwise."""
    return np.asarray(_erf_scalar(x.astype(np.float64)), dtype=np.float64).astype(x.dtype)


def sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def _round_half_even(x: np.ndarray) -> np.ndarray:
    return np.round(x)


def _unary(name: str, fn: ArrayFn, doc: str, kind: str = "float") -> type[UnaryOp]:
    """Declare a parameter-free unary op from its name and numpy function."""
    cls = type(
        _class_name(name),
        (UnaryOp,),
        {
            "name": f"graph.{name}",
            "NUMPY_FN": staticmethod(fn),
            "OPERAND_KIND": kind,
            "__doc__": doc,
            "__annotations__": {"NUMPY_FN": ClassVar[ArrayFn], "OPERAND_KIND": ClassVar[str]},
        },
    )
    return irdl_op_definition(cls)


def _class_name(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_")) + "Op"


NegOp = _unary("neg", np.negative, "Elementwise -x.", "number")
AbsOp = _unary("abs", np.abs, "Elementwise |x|.", "number")
ExpOp = _unary("exp", np.exp, "Elementwise e**x.")
LogOp = _unary("log", np.log, "Elementwise natural logarithm.")
SqrtOp = _unary("sqrt", np.sqrt, "Elementwise square root.")
ReciprocalOp = _unary("reciprocal", np.reciprocal, "Elementwise 1/x.")
TanhOp = _unary("tanh", np.tanh, "Elementwise hyperbolic tangent.")
SigmoidOp = _unary("sigmoid", sigmoid, "Elementwise logistic function 1/(1+e**-x).")
ErfOp = _unary("erf", erf, "Elementwise Gauss error function.")
SinOp = _unary("sin", np.sin, "Elementwise sine.")
CosOp = _unary("cos", np.cos, "Elementwise cosine.")
FloorOp = _unary("floor", np.floor, "Elementwise floor.")
CeilOp = _unary("ceil", np.ceil, "Elementwise ceiling.")
RoundOp = _unary("round", _round_half_even, "Elementwise rounding, halves to even.")
SignOp = _unary("sign", np.sign, "Elementwise sign (-1, 0 or 1).", "number")
NotOp = _unary("not", np.logical_not, "Logical not of an i1 tensor.", "bool")
ReluOp = _unary("relu", lambda x: np.maximum(x, 0), "Elementwise max(x, 0).", "number")
HardSwishOp = _unary(
    "hard_swish", lambda x: x * np.clip(x / 6.0 + 0.5, 0.0, 1.0), "Elementwise x*hard_sigmoid(x)."
)
SoftplusOp = _unary("softplus", lambda x: np.logaddexp(0, x), "Elementwise log(1 + e**x).")
AcosOp = _unary("acos", np.arccos, "Elementwise arc cosine (NaN outside [-1, 1]).")
AsinOp = _unary("asin", np.arcsin, "Elementwise arc sine (NaN outside [-1, 1]).")
AtanOp = _unary("atan", np.arctan, "Elementwise arc tangent.")
BitwiseNotOp = _unary("bitwise_not", np.invert, "Bitwise not of an integer tensor.", "int")


@irdl_op_definition
class LeakyReluOp(UnaryOp):
    """Elementwise x if x >= 0 else alpha * x."""

    name = "graph.leaky_relu"
    alpha = prop_def(FloatAttr, default_value=FloatAttr(0.01, 64))

    def compute(self, x: np.ndarray) -> np.ndarray:
        return np.where(x >= 0, x, read_float(self.props, "alpha", 0.01) * x)


@irdl_op_definition
class EluOp(UnaryOp):
    """Elementwise x if x > 0 else alpha * (e**x - 1)."""

    name = "graph.elu"
    alpha = prop_def(FloatAttr, default_value=FloatAttr(1.0, 64))

    def compute(self, x: np.ndarray) -> np.ndarray:
        return np.where(x > 0, x, read_float(self.props, "alpha", 1.0) * np.expm1(x))


SELU_ALPHA = 1.6732632423543772
SELU_GAMMA = 1.0507009873554805


@irdl_op_definition
class SeluOp(UnaryOp):
    """Elementwise gamma * (x if x > 0 else alpha * (e**x - 1))."""

    name = "graph.selu"
    alpha = prop_def(FloatAttr, default_value=FloatAttr(SELU_ALPHA, 64))
    gamma = prop_def(FloatAttr, default_value=FloatAttr(SELU_GAMMA, 64))

    def compute(self, x: np.ndarray) -> np.ndarray:
        alpha = read_float(self.props, "alpha", SELU_ALPHA)
        gamma = read_float(self.props, "gamma", SELU_GAMMA)
        return gamma * np.where(x > 0, x, alpha * np.expm1(x))


def _gelu_exact(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + erf(x / math.sqrt(2.0)))


def _gelu_tanh(x: np.ndarray) -> np.ndarray:
    inner = math.sqrt(2.0 / math.pi) * (x + 0.044715 * x**3)
    return 0.5 * x * (1.0 + np.tanh(inner))


_GELU: dict[GeluApproximate, ArrayFn] = {
    GeluApproximate.NONE: _gelu_exact,
    GeluApproximate.TANH: _gelu_tanh,
}


@irdl_op_definition
class GeluOp(UnaryOp):
    """Elementwise GELU: exact (erf) or with the tanh approximation (``approximate tanh``)."""

    name = "graph.gelu"
    approximate = enum_prop(GeluApproximateAttr, GeluApproximate.NONE)
    assembly_format = (
        "operands (`approximate` $approximate^)? attr-dict `:` functional-type(operands, results)"
    )

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        read_enum(props, "approximate", GeluApproximate.NONE)
        return super().infer(operand_types, props)

    def compute(self, x: np.ndarray) -> np.ndarray:
        return _GELU[read_enum(self.props, "approximate", GeluApproximate.NONE)](x)


@irdl_op_definition
class HardSigmoidOp(UnaryOp):
    """Elementwise max(0, min(1, alpha * x + beta))."""

    name = "graph.hard_sigmoid"
    alpha = prop_def(FloatAttr, default_value=FloatAttr(0.2, 64))
    beta = prop_def(FloatAttr, default_value=FloatAttr(0.5, 64))

    def compute(self, x: np.ndarray) -> np.ndarray:
        alpha = read_float(self.props, "alpha", 0.2)
        beta = read_float(self.props, "beta", 0.5)
        return np.clip(alpha * x + beta, 0.0, 1.0)


@irdl_op_definition
class ClipOp(UnaryOp):
    """Elementwise clamp to [min, max]; a missing bound is unbounded."""

    name = "graph.clip"
    min = opt_prop_def(FloatAttr | IntegerAttr)
    max = opt_prop_def(FloatAttr | IntegerAttr)
    OPERAND_KIND: ClassVar[str] = "number"

    def compute(self, x: np.ndarray) -> np.ndarray:
        out = x
        if "min" in self.props:  # a missing bound is not converted: inf has no integer value
            out = np.maximum(out, np.asarray(read_number(self.props, "min")).astype(x.dtype))
        if "max" in self.props:
            out = np.minimum(out, np.asarray(read_number(self.props, "max")).astype(x.dtype))
        return out


@irdl_op_definition
class CastOp(GraphOp):
    """Elementwise conversion to the element type ``to`` (float->int truncates toward zero).
    To a float8 type, ``saturate`` (ONNX Cast's, default 1) clamps out-of-range values and
    infinities to the largest finite value instead of inf / NaN; to float8 E8M0, ``round_mode``
    (up, down, nearest) chooses the exponent's rounding (docs/element-types.md)."""

    name = "graph.cast"
    input = operand_def(TensorType)
    result = result_def(TensorType)
    to = prop_def(TypeAttribute)
    saturate = prop_def(IntegerAttr, default_value=IntegerAttr(1, 64))
    round_mode = prop_def(StringAttr, default_value=StringAttr("up"))

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        target = props.get("to")
        if target is None:
            raise ShapeError("missing property 'to'")
        numpy_dtype(target)
        return [tensor(shape_of(operand_types[0]), target)]

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        (x,) = inputs
        target = numpy_dtype(elem_of(self.result.type))
        saturate, round_mode = bool(read_int(self.props, "saturate", 1)), read_str(self.props, "round_mode", "up")
        with np.errstate(all="ignore"):
            return [cast_array(x, target, saturate, round_mode)]


@irdl_op_definition
class BitcastOp(GraphOp):
    """Elementwise reinterpretation of each element's bits as the element type ``to`` of the
    same byte width (i1 counts as one byte, as numpy and ONNX store booleans)."""

    name = "graph.bitcast"
    input = operand_def(TensorType)
    result = result_def(TensorType)
    to = prop_def(TypeAttribute)

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        target = props.get("to")
        if target is None:
            raise ShapeError("missing property 'to'")
        source = elem_of(operand_types[0])
        if numpy_dtype(target).itemsize != numpy_dtype(source).itemsize:
            raise ShapeError(f"element types {source} and {target} differ in width")
        return [tensor(shape_of(operand_types[0]), target)]

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        (x,) = inputs
        target = numpy_dtype(elem_of(self.result.type))
        if target == np.bool_:  # (any non-zero byte is true)
            return [x.view(np.uint8) != 0]
        return [np.ascontiguousarray(x).view(target)]


BINARY_OPS: tuple[type[BinaryOp], ...] = (
    AddOp, SubOp, MulOp, DivOp, PowOp, MaxOp, MinOp, ModOp, AndOp, OrOp, XorOp,
    BitwiseAndOp, BitwiseOrOp, BitwiseXorOp, ShiftLeftOp, ShiftRightOp,
    EqualOp, LessOp, LessEqualOp, GreaterOp, GreaterEqualOp,
)  # fmt: skip
UNARY_OPS: tuple[type[UnaryOp], ...] = (
    NegOp, AbsOp, ExpOp, LogOp, SqrtOp, ReciprocalOp, TanhOp, SigmoidOp, ErfOp, SinOp, CosOp,
    FloorOp, CeilOp, RoundOp, SignOp, NotOp, ReluOp, HardSwishOp, SoftplusOp, LeakyReluOp, EluOp,
    SeluOp, GeluOp, HardSigmoidOp, ClipOp, AcosOp, AsinOp, AtanOp, BitwiseNotOp,
)  # fmt: skip
ELEMENTWISE_OPS = (*BINARY_OPS, WhereOp, *UNARY_OPS, CastOp, BitcastOp)
