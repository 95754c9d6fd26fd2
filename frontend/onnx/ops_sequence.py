"""Converters for ONNX sequence and optional ops, resolved at import on `structured` values.

A sequence is a tuple of tensor SSA values whose length is known at import, an optional a
value or nothing known at import (``structured``). So SequenceAt / Insert / Erase / Length with
their positions, ConcatFromSequence, SplitToSequence, Optional, OptionalHasElement and
OptionalGetElement emit no op of their own (only the slices, concats and constants they
amount to), and SequenceMap imports its body once per element (unrolled). Positions and split
sizes must be known at import: given as graph inputs they take ember's specialising route
(one compile per distinct value, ``docs/dynamic-shapes.md``), as other shape operands do.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import onnx
from xdsl.ir import SSAValue

from ember.dialects import graph
from ember.frontend.onnx.builder import NodeContext
from ember.frontend.onnx.structured import (
    TAKES_STRUCTURED,
    OptValue,
    SeqValue,
    describe,
    structured,
)
from ember.frontend.onnx.subgraph import import_subgraph
from ember.frontend.onnx.table import converter

TAKES_STRUCTURED.add("Identity")  # (its converter returns its input, whatever it is)


def _sequence(cx: NodeContext, index: int) -> SeqValue:
    value: Any = cx.input(index)
    if isinstance(value, OptValue) and isinstance(value.value, SeqValue):
        value = value.value
    if not isinstance(value, SeqValue):
        raise cx.error(f"input #{index} must be a sequence, got {describe(value)}")
    return value


def _tensor(cx: NodeContext, index: int) -> SSAValue:
    value: Any = cx.input(index)
    if not isinstance(value, SSAValue):
        raise cx.error(f"input #{index} must be a tensor, got {describe(value)}")
    return value


def _position(cx: NodeContext, index: int, length: int, default: int, inserting: bool) -> int:
    """Input ``index`` (a position; absent: ``default``) as an index in [0, length) (inserting:
    [0, length]); ONNX's negative positions count from the end."""
    if not cx.has(index):
        return default
    value = cx.static_scalar(index, "position")
    if not isinstance(value, int | np.integer):
        raise cx.error(f"position must be an integer, got {value!r}")
    limit = length + 1 if inserting else length
    position = int(value) + length if value < 0 else int(value)
    if not 0 <= position < limit:
        raise cx.error(f"position {value} is out of range for a sequence of {length} tensors")
    return position


def _check_elem(cx: NodeContext, elem: graph.Attribute, values: Sequence[SSAValue]) -> None:
    for value in values:
        if graph.elem_of(value.type) != elem:
            raise cx.error(f"a sequence holds tensors of one element type: {graph.elem_of(value.type)} is not {elem}")


def _dtype_attr(cx: NodeContext) -> graph.Attribute:
    from ember.frontend.onnx.importer import element_type  # (the importer imports the converters)

    return element_type(cx.attrs.int_("dtype", onnx.TensorProto.FLOAT), f"{cx.label}: dtype")


@converter("SequenceConstruct", 11)
@structured("SequenceConstruct")
def sequence_construct(cx: NodeContext) -> list[SeqValue]:
    values = [_tensor(cx, i) for i in range(len(cx.inputs))]
    if not values:
        raise cx.error("needs at least one tensor")
    elem = graph.elem_of(values[0].type)
    _check_elem(cx, elem, values)
    return [SeqValue(tuple(values), elem)]


@converter("SequenceEmpty", 11)
def sequence_empty(cx: NodeContext) -> list[SeqValue]:
    return [SeqValue((), _dtype_attr(cx))]


@converter("SequenceLength", 11)
@structured("SequenceLength")
def sequence_length(cx: NodeContext) -> SSAValue:
    return cx.constant(np.int64(len(_sequence(cx, 0).elements)))


@converter("SequenceAt", 11)
@structured("SequenceAt")
def sequence_at(cx: NodeContext) -> SSAValue:
    seq = _sequence(cx, 0)
    if not cx.has(1):
        raise cx.error("required input #1 (position) is missing")
    return seq.elements[_position(cx, 1, len(seq.elements), 0, inserting=False)]


@converter("SequenceInsert", 11)
@structured("SequenceInsert")
def sequence_insert(cx: NodeContext) -> list[SeqValue]:
    seq, value = _sequence(cx, 0), _tensor(cx, 1)
    _check_elem(cx, seq.elem, [value])
    at = _position(cx, 2, len(seq.elements), len(seq.elements), inserting=True)
    return [SeqValue((*seq.elements[:at], value, *seq.elements[at:]), seq.elem)]


@converter("SequenceErase", 11)
@structured("SequenceErase")
def sequence_erase(cx: NodeContext) -> list[SeqValue]:
    seq = _sequence(cx, 0)
    if not seq.elements:
        raise cx.error("cannot erase from an empty sequence")
    at = _position(cx, 1, len(seq.elements), len(seq.elements) - 1, inserting=False)
    return [SeqValue((*seq.elements[:at], *seq.elements[at + 1 :]), seq.elem)]


@converter("ConcatFromSequence", 11)
@structured("ConcatFromSequence")
def concat_from_sequence(cx: NodeContext) -> SSAValue:
    seq = _sequence(cx, 0)
    if not seq.elements:
        raise cx.error("cannot concatenate an empty sequence (its result has no shape)")
    new_axis = bool(cx.attrs.int_("new_axis", 0))
    rank = len(graph.shape_of(seq.elements[0].type)) + int(new_axis)
    axis = cx.attrs.int_("axis")
    if not -rank <= axis < rank:
        raise cx.error(f"axis {axis} is out of range for rank {rank}")
    axis %= rank
    parts = list(seq.elements)
    if new_axis:
        parts = [cx.value(graph.UnsqueezeOp, [p], {"axes": graph.ints_attr((axis,))}) for p in parts]
    if len(parts) == 1:
        return parts[0]
    return cx.value(graph.ConcatOp, parts, {"axis": graph.int_attr(axis)})


@converter("SplitToSequence", 11)
@structured("SplitToSequence")
def split_to_sequence(cx: NodeContext) -> list[SeqValue]:
    x = _tensor(cx, 0)
    shape = cx.shape(0)
    axis = graph.normalize_axis(cx.attrs.int_("axis", 0), len(shape))
    size = shape[axis]
    if not isinstance(size, int):
        raise cx.error("the split axis must have a static size")
    split = cx.static(1, "split")
    keep = True
    if split is None:
        sizes = [1] * size
        keep = bool(cx.attrs.int_("keepdims", 1))
    elif split.ndim == 0:
        step = int(split)
        if step <= 0:
            raise cx.error(f"split {step} must be positive")
        sizes = [min(step, size - start) for start in range(0, size, step)]
    else:
        sizes = [int(s) for s in split.reshape(-1)]
        if any(s < 0 for s in sizes) or sum(sizes) != size:
            raise cx.error(f"split sizes {sizes} must be non-negative and add up to {size}")
    parts, start = [], 0
    for part in sizes:
        piece = cx.value(graph.SliceOp, [x], {"starts": graph.ints_attr((start,)), "ends": graph.ints_attr((start + part,)),
                                              "axes": graph.ints_attr((axis,))})  # fmt: skip
        if not keep:
            piece = cx.value(graph.SqueezeOp, [piece], {"axes": graph.ints_attr((axis,))})
        parts.append(piece)
        start += part
    return [SeqValue(tuple(parts), cx.elem(0))]


@converter("SequenceMap", 17)
@structured("SequenceMap")
def sequence_map(cx: NodeContext) -> list[SeqValue]:
    """The body imported once per element of the sequences (tensor inputs passed to each)."""
    body = next((a.g for a in cx.node.attribute if a.name == "body" and a.HasField("g")), None)
    if body is None:
        raise cx.error("attribute 'body' (a graph) is missing")
    inputs: list[Any] = [cx.input(i) for i in range(len(cx.inputs))]
    length = len(_sequence(cx, 0).elements)
    for index, value in enumerate(inputs):
        if isinstance(value, SeqValue) and len(value.elements) != length:
            raise cx.error(f"input #{index} holds {len(value.elements)} tensors, input #0 holds {length}")
        if isinstance(value, OptValue):
            raise cx.error(f"input #{index} is {describe(value)}; SequenceMap takes sequences and tensors")
    if len(body.input) != len(inputs):
        raise cx.error(f"the body takes {len(body.input)} inputs, the node gives {len(inputs)}")
    per_output: list[list[SSAValue]] = [[] for _ in body.output]
    for step in range(length):
        args = [v.elements[step] if isinstance(v, SeqValue) else v for v in inputs]
        outputs = import_subgraph(cx.importer, body, cx.builder, args)
        for collected, value in zip(per_output, outputs, strict=True):
            if not isinstance(value, SSAValue):
                raise cx.error(f"the body's outputs must be tensors, got {describe(value)}")
            collected.append(value)
    elems = [graph.elem_of(values[0].type) if values else _body_elem(cx, info) for values, info in zip(per_output, body.output, strict=True)]
    return [SeqValue(tuple(values), elem) for values, elem in zip(per_output, elems, strict=True)]


def _body_elem(cx: NodeContext, info: onnx.ValueInfoProto) -> graph.Attribute:
    from ember.frontend.onnx.importer import element_type

    return element_type(info.type.tensor_type.elem_type, f"{cx.label}: body output '{info.name}'")


# ---- optionals ------------------------------------------------------------------------------------


@converter("Optional", 15)
@structured("Optional")
def optional(cx: NodeContext) -> list[OptValue]:
    return [OptValue(cx.inputs[0] if cx.has(0) else None)]  # type: ignore[arg-type]


@converter("OptionalHasElement", 15)
@structured("OptionalHasElement")
def optional_has_element(cx: NodeContext) -> SSAValue:
    value: Any = cx.optional(0)
    present = value is not None and not (isinstance(value, OptValue) and value.value is None)
    return cx.constant(np.array(present))


@converter("OptionalGetElement", 15)
@structured("OptionalGetElement")
def optional_get_element(cx: NodeContext) -> list[Any]:
    value: Any = cx.input(0)
    if isinstance(value, OptValue):
        if value.value is None:
            raise cx.error("the optional holds nothing (OptionalGetElement of an empty optional)")
        return [value.value]
    return [value]
