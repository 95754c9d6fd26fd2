"""Foundations of the graph dialect: element types, property readers and the `GraphOp` base.

Every graph op is a `GraphOp`: its result types are *inferred* from operand types and properties
by one class-level shape function (`infer`), used both when an op is built from Python and by the
verifier when it is parsed; and its meaning is one numpy function (`evaluate`), used by constant
folding, the reference interpreter and the tests.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import ClassVar, Self, TypeVar

import ml_dtypes
import numpy as np
from xdsl.dialects.builtin import (
    ArrayAttr,
    BFloat16Type,
    DenseArrayBase,
    Float4E2M1FNType,
    Float16Type,
    Float32Type,
    Float64Type,
    FloatAttr,
    IntegerAttr,
    IntegerType,
    Signedness,
    StringAttr,
    TensorType,
    bf16,
    f8E4M3FN,
    f8E4M3FNUZ,
    f8E5M2,
    f8E5M2FNUZ,
    f8E8M0FNU,
    f16,
    f32,
    f64,
    i1,
    i8,
    i16,
    i32,
    i64,
)
from xdsl.dialects.utils.enum_attribute import EnumAttribute
from xdsl.ir import Attribute, ErasedSSAValue, Operation, SSAValue
from xdsl.irdl import IRDLOperation, ParsePropInAttrDict, traits_def
from xdsl.traits import Pure
from xdsl.utils.exceptions import VerifyException
from xdsl.utils.str_enum import StrEnum

from ember.dialects.graph.dims import dims_text, function_ranges
from ember.dialects.graph.dims import is_dynamic as is_dynamic
from ember.dialects.graph.dims import shape_of as shape_of  # re-exported: the shape readers
from ember.dialects.graph.dims import tensor as tensor
from ember.symbolic import Dim, assuming, is_symbolic, parse_dim, simplify
from ember.symbolic import ShapeError as ShapeError

EnumT = TypeVar("EnumT", bound=StrEnum)

ui8 = IntegerType(8, Signedness.UNSIGNED)
ui16 = IntegerType(16, Signedness.UNSIGNED)
ui32 = IntegerType(32, Signedness.UNSIGNED)
ui64 = IntegerType(64, Signedness.UNSIGNED)
i4 = IntegerType(4)
ui4 = IntegerType(4, Signedness.UNSIGNED)
i2 = IntegerType(2)
ui2 = IntegerType(2, Signedness.UNSIGNED)
f4E2M1FN = Float4E2M1FNType()

_DTYPES: tuple[tuple[Attribute, np.dtype], ...] = (
    (f16, np.dtype(np.float16)),
    (bf16, np.dtype(ml_dtypes.bfloat16)),
    (f32, np.dtype(np.float32)),
    (f64, np.dtype(np.float64)),
    (i1, np.dtype(np.bool_)),
    (i8, np.dtype(np.int8)),
    (i16, np.dtype(np.int16)),
    (i32, np.dtype(np.int32)),
    (i64, np.dtype(np.int64)),
    (ui8, np.dtype(np.uint8)),
    (ui16, np.dtype(np.uint16)),
    (ui32, np.dtype(np.uint32)),
    (ui64, np.dtype(np.uint64)),
    (f8E4M3FN, np.dtype(ml_dtypes.float8_e4m3fn)),
    (f8E4M3FNUZ, np.dtype(ml_dtypes.float8_e4m3fnuz)),
    (f8E5M2, np.dtype(ml_dtypes.float8_e5m2)),
    (f8E5M2FNUZ, np.dtype(ml_dtypes.float8_e5m2fnuz)),
    (f8E8M0FNU, np.dtype(ml_dtypes.float8_e8m0fnu)),
    (f4E2M1FN, np.dtype(ml_dtypes.float4_e2m1fn)),
    (i4, np.dtype(ml_dtypes.int4)),
    (ui4, np.dtype(ml_dtypes.uint4)),
    (i2, np.dtype(ml_dtypes.int2)),
    (ui2, np.dtype(ml_dtypes.uint2)),
)
"""Element types the graph dialect supports and the numpy dtype each means (iN is signed)."""

ELEMENT_TYPES: tuple[Attribute, ...] = tuple(t for t, _ in _DTYPES)
FLOAT_TYPES = (Float16Type, BFloat16Type, Float32Type, Float64Type)
STORAGE_TYPES: tuple[Attribute, ...] = (f8E4M3FN, f8E4M3FNUZ, f8E5M2, f8E5M2FNUZ, f8E8M0FNU, f4E2M1FN, i4, ui4, i2, ui2)
"""Storage-only element types (docs/element-types.md): one element per byte, converted by
graph.cast (and so QuantizeLinear / DequantizeLinear) and moved by data-movement ops; no arithmetic."""




def numpy_dtype(element_type: Attribute) -> np.dtype:
    """The numpy dtype of a graph element type."""
    for attr, dtype in _DTYPES:
        if attr == element_type:
            return dtype
    raise ShapeError(f"unsupported element type {element_type}")


def element_type(dtype: np.dtype | type) -> Attribute:
    """The graph element type of a numpy dtype."""
    wanted = np.dtype(dtype)
    for attr, candidate in _DTYPES:
        if candidate == wanted:
            return attr
    raise ShapeError(f"unsupported numpy dtype {wanted}")


def is_float(element: Attribute) -> bool:
    return isinstance(element, FLOAT_TYPES)


def elem_of(t: Attribute) -> Attribute:
    if not isinstance(t, TensorType):
        raise ShapeError(f"expected a ranked tensor, got {t}")
    return t.get_element_type()


def normalize_axis(axis: int, rank: int, what: str = "axis") -> int:
    """Map a possibly negative ONNX axis into [0, rank); error if out of range."""
    if not -rank <= axis < max(rank, 1):
        raise ShapeError(f"{what} {axis} is out of range for rank {rank}")
    return axis % rank if rank else 0


def broadcast_shapes(*shapes: Sequence[int]) -> tuple[int, ...]:
    """numpy/ONNX multidirectional broadcasting of static shapes."""
    rank = max((len(s) for s in shapes), default=0)
    out: list[int] = []
    for i in range(rank):
        dims = {s[len(s) - rank + i] for s in shapes if len(s) - rank + i >= 0}
        dims.discard(1)
        if len(dims) > 1:
            raise ShapeError(f"shapes {', '.join(dims_text(s) for s in shapes)} do not broadcast")
        out.append(dims.pop() if dims else 1)
    return tuple(out)


# ---- property builders and readers ---------------------------------------------------------

Props = Mapping[str, Attribute]


def ints_attr(values: Sequence[int]) -> DenseArrayBase:
    return DenseArrayBase.from_list(i64, [int(v) for v in values])


def dims_attr(values: Sequence[Dim]) -> DenseArrayBase | ArrayAttr[StringAttr]:
    """A shape-like property: ``array<i64: ...>`` when every entry is a number, else one
    expression string per entry (``["batch", "seq", "4", "8"]``) for sizes known at run time."""
    if not any(is_symbolic(v) for v in values):
        return ints_attr([int(v) for v in values])
    return ArrayAttr([StringAttr(str(simplify(v))) for v in values])


def int_attr(value: int) -> IntegerAttr:
    return IntegerAttr(int(value), i64)


def float_attr(value: float) -> FloatAttr:
    return FloatAttr(float(value), f64)


def str_attr(value: str) -> StringAttr:
    return StringAttr(value)


def read_ints(props: Props, name: str, default: Sequence[int] | None = None) -> tuple[int, ...]:
    attr = props.get(name)
    if attr is None:
        if default is None:
            raise ShapeError(f"missing property '{name}'")
        return tuple(default)
    if isinstance(attr, ArrayAttr):
        raise ShapeError(f"property '{name}' must be static numbers here, got run-time sizes {attr}")
    if not isinstance(attr, DenseArrayBase):
        raise ShapeError(f"property '{name}' must be an array<i64: ...>")
    return tuple(int(v) for v in attr.get_values())


def read_dims(props: Props, name: str, default: Sequence[int] | None = None) -> tuple[Dim, ...]:
    """A shape-like property written by `dims_attr`: numbers and run-time size expressions."""
    attr = props.get(name)
    if not isinstance(attr, ArrayAttr):
        return read_ints(props, name, default)
    try:
        return tuple(parse_dim(e.data) for e in attr.data if isinstance(e, StringAttr))
    except ValueError as error:
        raise ShapeError(f"property '{name}': {error}") from None


def read_int(props: Props, name: str, default: int | None = None) -> int:
    attr = props.get(name)
    if attr is None:
        if default is None:
            raise ShapeError(f"missing property '{name}'")
        return default
    if not isinstance(attr, IntegerAttr):
        raise ShapeError(f"property '{name}' must be an integer")
    return int(attr.value.data)


def read_float(props: Props, name: str, default: float | None = None) -> float:
    attr = props.get(name)
    if attr is None:
        if default is None:
            raise ShapeError(f"missing property '{name}'")
        return default
    if isinstance(attr, IntegerAttr):
        return float(attr.value.data)
    if not isinstance(attr, FloatAttr):
        raise ShapeError(f"property '{name}' must be a float")
    return float(attr.value.data)


def read_number(props: Props, name: str, default: float | None = None) -> int | float:
    """An integer or float property, as a Python int or float (no precision lost for i64)."""
    attr = props.get(name)
    if attr is None:
        if default is None:
            raise ShapeError(f"missing property '{name}'")
        return default
    if isinstance(attr, IntegerAttr):
        return int(attr.value.data)
    if not isinstance(attr, FloatAttr):
        raise ShapeError(f"property '{name}' must be a number")
    return float(attr.value.data)


def read_str(props: Props, name: str, default: str) -> str:
    """A string property; enum properties (`EnumAttribute`) read as their value string."""
    attr = props.get(name)
    if attr is None:
        return default
    if isinstance(attr, EnumAttribute):
        return str(attr.data.value)
    if not isinstance(attr, StringAttr):
        raise ShapeError(f"property '{name}' must be a string")
    return attr.data


def read_choice(props: Props, name: str, choices: Sequence[str]) -> str:
    """A string or enum property restricted to ``choices``; the first choice is the default.

    Prefer `read_enum` for the graph dialect's typed enum properties.
    """
    value = read_str(props, name, choices[0])
    if value not in choices:
        raise ShapeError(f"property '{name}' must be one of {', '.join(choices)}, got '{value}'")
    return value


def read_enum(props: Props, name: str, default: EnumT) -> EnumT:
    """An enum property as a member of ``type(default)`` (a `StrEnum`); a plain string is
    accepted too, if it is one of the enum's values."""
    enum_type = type(default)
    value = read_str(props, name, default.value)
    try:
        return enum_type(value)
    except ValueError:
        choices = ", ".join(member.value for member in enum_type)
        raise ShapeError(f"property '{name}' must be one of {choices}, got '{value}'") from None


def read_bool(props: Props, name: str, default: bool = False) -> bool:
    return bool(read_int(props, name, int(default)))


FUSION_GROUP = "ember.fusion_group"
"""The discardable attribute ``graph-fuse`` puts on the members of a fusion group (an i64 id);
the lowering carries it to the linalg ops that compute them."""


OPERAND_BITS = "ember.operand_bits"
"""A discardable i64 attribute on an integer ``conv`` / ``matmul``: every value of its operands
fits in a signed integer of this many bits (``graph-quantize-qdq`` puts 9 on the int32 ops it
builds from 8-bit values less their zero points). The lowering carries it to the linalg op; the
integer micro-kernels then multiply 16-bit pairs (``docs/quantization.md``)."""


WINOGRAD = "ember.winograd"
"""A discardable unit attribute on an f32 3x3 stride-1 ``conv``: compute it as Winograd
F(2x2, 3x3) (``graph-winograd-conv`` puts it on the convs that pay). The lowering carries it to
the linalg op; ``linalg-conv-microkernel`` then emits the fused Winograd kernel
(``lowering/kernels/winograd.py``) instead of the implicit GEMM."""


def fusion_group(op: Operation) -> int | None:
    """The op's fusion group id (its ``ember.fusion_group`` attribute), or None."""
    attr = op.attributes.get(FUSION_GROUP)
    return attr.value.data if isinstance(attr, IntegerAttr) else None


# ---- the op base -----------------------------------------------------------------------------


_VERIFIED: ContextVar[set[Hashable] | None] = ContextVar("ember_graph_verified_signatures", default=None)
"""The signatures of graph ops already verified in the running :func:`verified_signatures`."""


@contextmanager
def verified_signatures() -> Iterator[None]:
    """Within this block (one verification of a module), a graph op whose verification depends
    only on its signature (:meth:`GraphOp.signature`) is verified fully once per signature: a
    later op of the same signature passed the same checks (operand and result constraints,
    properties, attributes, the inferred result types, the enclosing function's symbol ranges).
    A 50,000-op function of a few distinct ops then verifies in a fraction of the time
    (``benchmarks/textual_scale.py``)."""
    token = _VERIFIED.set(set())
    try:
        yield
    finally:
        _VERIFIED.reset(token)


class GraphOp(IRDLOperation):
    """Base of every graph op: inferred result types, a verifier, numpy reference semantics."""

    irdl_options = (ParsePropInAttrDict(),)
    assembly_format = "operands attr-dict `:` functional-type(operands, results)"
    traits = traits_def(Pure())  # no side effects: cse/dce and the rewrite driver may drop or merge ops

    BY_SIGNATURE: ClassVar[bool] = True
    """Whether this op's verification is decided by its :meth:`signature` (ops whose checks
    look at other ops, such as a gather's constant indices, and constants, whose values are
    all different, say False)."""

    def signature(self) -> Hashable:
        """What the op's verification depends on: class, operand and result types, properties,
        attributes and the op it is nested in (whose function gives the symbol ranges).
        Attributes and types are taken by identity (hashing their values was most of the cost):
        while the IR is verified they are all alive, so equal keys mean the same objects, and
        equal values in distinct objects only cost one more full verification."""
        block = self.parent  # (``parent_op()``, without its calls: this runs once per op)
        region = block.parent if block is not None else None
        properties, attributes = self.properties, self.attributes
        return (
            type(self), tuple([id(o._type) for o in self._operands]), tuple([id(r._type) for r in self.results]),
            tuple([(k, id(v)) for k, v in properties.items()]) if properties else (),
            tuple([(k, id(v)) for k, v in attributes.items()]) if attributes else (),
            id(region.parent if region is not None else None),
        )  # fmt: skip

    def verify(self, verify_nested_ops: bool = True) -> None:
        """xDSL's verification, skipped for a signature already verified inside
        :func:`verified_signatures` (the structural checks of ``ember.verifier`` run on every op
        before: terminators, dominance)."""
        seen = _VERIFIED.get()
        if seen is None or self.regions or not self.BY_SIGNATURE:
            super().verify(verify_nested_ops)
            return
        key = self.signature()
        if key in seen and not any([isinstance(o, ErasedSSAValue) for o in self._operands]):
            return
        super().verify(verify_nested_ops)
        seen.add(key)

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        """Result types from operand types and properties; raises `ShapeError` on bad input."""
        raise NotImplementedError(f"{cls.__name__} does not infer its result types")

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        """Reference semantics: numpy arrays in operand order -> numpy arrays in result order."""
        raise NotImplementedError(f"{self.name} has no reference semantics")

    @classmethod
    def make(
        cls, operands: Sequence[SSAValue | None], props: Mapping[str, Attribute | None] | None = None
    ) -> Self:
        """Build the op with inferred result types (``None`` operands/props are left out)."""
        from ember.dialects.graph.enums import EnumValueError, coerce_enum_props

        present = [o for o in operands if o is not None]
        properties = {k: v for k, v in (props or {}).items() if v is not None}
        try:
            properties = coerce_enum_props(cls, properties)
        except EnumValueError as error:
            raise VerifyException(f"'{cls.name}' op {error}") from error
        try:
            results = cls.infer([o.type for o in present], properties)
        except ShapeError as error:
            raise VerifyException(f"'{cls.name}' op {error}") from error
        return cls.build(
            operands=_segments(cls, operands), properties=properties, result_types=[results]
            if _has_var_results(cls) else results
        )

    @property
    def props(self) -> Props:
        return self.properties

    def verify_(self) -> None:
        shadowed = sorted(set(self.attributes) & set(type(self).get_irdl_definition().properties)) if self.attributes else []
        if shadowed:
            name = shadowed[0]
            raise VerifyException(
                f"'{self.name}' op '{name}' is a property: a discardable attribute of that name "
                f"would be ignored (write `{name} <value>` in the custom form, or "
                f"<{{{name} = ...}}> in the generic form)"
            )
        actual = [r.type for r in self.results]
        operand_types = [o.type for o in self.operands]
        ranges = function_ranges(self)
        key = (type(self), *operand_types) if not self.properties and not ranges else None
        expected = _inferred(key)
        if expected is None:
            try:
                with assuming(ranges):
                    expected = self.infer(operand_types, self.properties)
            except ShapeError as error:
                raise VerifyException(f"'{self.name}' op {error}") from error
            if key is not None:
                _remember_inferred(key, expected)
        if list(expected) != actual:
            raise VerifyException(
                f"'{self.name}' op result type {_types_str(actual)} does not match "
                f"the inferred type {_types_str(expected)}"
            )


_INFERRED: dict[tuple[object, ...], Sequence[Attribute]] = {}
"""(op class, operand types) -> the result types ``infer`` gave, for ops without properties
in functions without declared symbol ranges (``infer`` then depends on nothing else): the
verifier of a large function infers each distinct signature once. Bounded by `_INFERRED_MAX`."""
_INFERRED_MAX = 4096


def _inferred(key: tuple[object, ...] | None) -> Sequence[Attribute] | None:
    try:
        return _INFERRED.get(key) if key is not None else None
    except TypeError:  # (a type that does not hash: infer it)
        return None


def _remember_inferred(key: tuple[object, ...], types: Sequence[Attribute]) -> None:
    if len(_INFERRED) >= _INFERRED_MAX:
        _INFERRED.clear()
    try:
        _INFERRED[key] = tuple(types)
    except TypeError:
        pass


def _types_str(types: Sequence[Attribute]) -> str:
    return ", ".join(str(t) for t in types) if len(types) != 1 else str(types[0])


def _has_var_results(cls: type[GraphOp]) -> bool:
    from xdsl.irdl import VarResultDef

    return any(isinstance(d, VarResultDef) for _, d in cls.get_irdl_definition().results)


def _segments(cls: type[GraphOp], operands: Sequence[SSAValue | None]) -> list[SSAValue | Sequence[SSAValue]]:
    """Arrange operands by the op's operand definitions (optional/variadic segments)."""
    from xdsl.irdl import OptOperandDef, VarOperandDef

    defs = [d for _, d in cls.get_irdl_definition().operands]
    if len(defs) == 1 and isinstance(defs[0], VarOperandDef):
        return [[o for o in operands if o is not None]]
    out: list[SSAValue | Sequence[SSAValue]] = []
    for definition, operand in zip(defs, operands, strict=False):
        if isinstance(definition, OptOperandDef):
            out.append([] if operand is None else [operand])
        elif operand is not None:
            out.append(operand)
    out.extend([] for _ in defs[len(operands) :])
    return out
