"""ONNX sequence and optional values as the frontend holds them while importing.

The graph dialect has tensors only. A sequence whose length is known at import (built by
SequenceConstruct, SplitToSequence, SequenceInsert, ..., or a graph input whose length the call
fixes, ``ember.specialize``) is a `SeqValue`: a tuple of tensor SSA values. An optional whose
presence is known at import is an `OptValue` holding its tensor or sequence, or nothing. The
sequence ops resolve on these at import (``ops_sequence``); no graph op ever sees one.

A graph output that is a sequence or an optional is returned by ``@main`` flattened: its element
tensors as results named ``<output>[<i>]``, and first a one-element i64 result named
``<output>#`` holding the element count (an absent optional: -1), so the caller
(``ember.specialize``) can regroup the results into lists and ``None`` without knowing how the
model built them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from xdsl.ir import Attribute, SSAValue

if TYPE_CHECKING:
    from ember.frontend.onnx.table import Converter

COUNT_SUFFIX = "#"
"""Suffix of the name of a structured output's count result."""


@dataclass(frozen=True, eq=False)
class SeqValue:
    """An ONNX sequence of known length: its elements (tensors) and their element type."""

    elements: tuple[SSAValue, ...]
    elem: Attribute

    @property
    def owner(self) -> None:  # (not produced by one op: the importer's per-op checks skip it)
        return None


@dataclass(frozen=True, eq=False)
class OptValue:
    """An ONNX optional known at import to hold ``value`` (a tensor or a sequence) or nothing."""

    value: SSAValue | SeqValue | None

    @property
    def owner(self) -> None:
        return None


@dataclass(frozen=True, eq=False)
class BoundedValue:
    """A tensor whose size along ``axis`` depends on the data (NonZero of a run-time input):
    ``buffer`` holds it padded to an upper bound along ``axis``, ``count`` (a one-element i64
    tensor computed at run time) says how much of it is the value. Only a graph output may be
    one: ``@main`` returns its count (named ``<output>#<axis>``), then the buffer, and the
    caller (``ember.specialize``) slices."""

    buffer: SSAValue
    count: SSAValue
    axis: int

    @property
    def owner(self) -> None:
        return None


Value = SSAValue | SeqValue | OptValue | BoundedValue
"""What a name of an ONNX graph stands for while importing."""

TAKES_STRUCTURED: set[str] = set()
"""The ONNX op types whose converters accept sequence / optional operands."""


def structured(*op_types: str) -> Callable[[Converter], Converter]:
    """Mark a converter as taking sequence / optional operands (put it under ``@converter``)."""

    def mark(fn: Converter) -> Converter:
        TAKES_STRUCTURED.update(op_types)
        return fn

    return mark


def is_structured(value: object) -> bool:
    return isinstance(value, SeqValue | OptValue | BoundedValue)


def describe(value: object) -> str:
    if isinstance(value, SeqValue):
        return f"a sequence of {len(value.elements)} tensors"
    if isinstance(value, OptValue):
        return "an optional holding nothing" if value.value is None else "an optional"
    if isinstance(value, BoundedValue):
        return "a tensor whose size depends on the data"
    return "a tensor"


def flatten_output(name: str, value: Value) -> tuple[list[SSAValue], list[str], int | None]:
    """A graph output's results and their names; the element count (-1: an absent optional) for
    a sequence or optional output, None for a tensor."""
    if isinstance(value, SSAValue):
        return [value], [name], None
    inner = value.value if isinstance(value, OptValue) else value
    if inner is None:
        return [], [], -1
    if isinstance(inner, SSAValue):
        return [inner], [f"{name}[0]"], 1
    return list(inner.elements), [f"{name}[{i}]" for i in range(len(inner.elements))], len(inner.elements)
