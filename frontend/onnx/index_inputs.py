"""Which graph inputs hold Gather indices, and the ranges they must keep: recorded on ``@main``
by the importer (``runtime.index_checks.INDEX_CHECKS_ATTR``) so every call checks them before
the compiled code runs, instead of wrapping an out-of-range index silently.

An input counts when it reaches the indices operand of a Gather or GatherElements directly or
through ops that keep its values (Identity, Reshape, Flatten, Squeeze, Unsqueeze, a Cast to an
integer type), or is GatherND's indices operand itself (its last axis selects the dims). A
bound is the indexed axis's size; symbolic sizes are not checked here (the lowering still
wraps an index into range, so the read stays inside the data)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import onnx
from xdsl.ir import SSAValue

from ember.dialects import graph

KEEPS_VALUES = {"Identity", "Reshape", "Flatten", "Squeeze", "Unsqueeze", "Cast"}
INTEGER_TYPES = {onnx.TensorProto.INT8, onnx.TensorProto.INT16, onnx.TensorProto.INT32, onnx.TensorProto.INT64,
                 onnx.TensorProto.UINT8, onnx.TensorProto.UINT16, onnx.TensorProto.UINT32, onnx.TensorProto.UINT64}


def index_input_checks(onnx_graph: onnx.GraphProto, values: Mapping[str, SSAValue], inputs: set[str]) -> list[dict[str, Any]]:
    """One record ``{"input", "node", "op", "bounds"}`` per (graph input, gather node) pair."""
    producers = {output: node for node in onnx_graph.node for output in node.output}
    records = []
    for node in onnx_graph.node:
        found = _check_of(node, producers, values, inputs)
        if found is not None:
            records.append(found)
    return records


def _check_of(node: onnx.NodeProto, producers: Mapping[str, onnx.NodeProto], values: Mapping[str, SSAValue],
              inputs: set[str]) -> dict[str, Any] | None:
    if node.op_type not in ("Gather", "GatherElements", "GatherND") or len(node.input) < 2 or node.input[0] not in values:
        return None
    source = node.input[1] if node.op_type == "GatherND" else _origin(node.input[1], producers)
    bounds = _bounds(node, values)
    if source not in inputs or bounds is None:
        return None
    return {"input": source, "node": node.name or node.output[0], "op": node.op_type, "bounds": bounds}


def _origin(name: str, producers: Mapping[str, onnx.NodeProto]) -> str:
    """The value ``name`` copies (through ops that keep values), or ``name`` itself."""
    while name in producers and _keeps_values(producers[name]):
        name = producers[name].input[0]
    return name


def _keeps_values(node: onnx.NodeProto) -> bool:
    if node.op_type != "Cast":
        return node.op_type in KEEPS_VALUES
    return any(a.name == "to" and a.i in INTEGER_TYPES for a in node.attribute)


def _bounds(node: onnx.NodeProto, values: Mapping[str, SSAValue]) -> list[int] | None:
    """The static sizes the node's indices must stay within (None when one is symbolic)."""
    data = graph.shape_of(values[node.input[0]].type)
    attrs = {a.name: a.i for a in node.attribute if a.type == onnx.AttributeProto.INT}
    if node.op_type == "GatherND":
        if node.input[1] not in values:
            return None
        depth = graph.shape_of(values[node.input[1]].type)[-1]
        start = attrs.get("batch_dims", 0)
        sizes = list(data[start:start + depth]) if isinstance(depth, int) else [None]
    else:
        sizes = [data[graph.normalize_axis(attrs.get("axis", 0), len(data))]] if data else [None]
    return [int(s) for s in sizes] if sizes and all(isinstance(s, int) for s in sizes) else None
