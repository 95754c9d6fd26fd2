"""Binding graph inputs of an ONNX model to values: the frontend half of specialisation.

When the importer needs a value that is computed from graph inputs (a Reshape's shape, a
Slice's starts, ...; `builder.ShapeOperandError` names those inputs), the driver's specialising
route (``ember.specialize``) compiles one static model per distinct value of those inputs: the
copy `bind_inputs` returns, in which they are initializers. `input_signature` is what that
route checks every call against: the name, static shape and numpy dtype of each graph input.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import onnx
from onnx import numpy_helper

from ember.dialects import graph
from ember.frontend.onnx.importer import ModelImporter
from ember.frontend.onnx.load import load_model


def read_model(model: Any) -> onnx.ModelProto:
    """The checked ``ModelProto`` of a path, bytes or ``ModelProto`` (see `load.load_model`)."""
    return load_model(model)


def input_signature(
    proto: onnx.ModelProto, input_shapes: Mapping[str, Sequence[int]] | None = None
) -> list[tuple[str, tuple[int, ...], np.dtype]]:
    """(name, shape, dtype) of each graph input that is not an initializer, in order, with
    ``input_shapes`` pinning dims; the importer's one-line error if one is not static."""
    importer = ModelImporter(proto, dict(input_shapes or {}), False)
    initializers = {t.name for t in proto.graph.initializer}
    structured = structured_inputs(proto)
    inputs = [i for i in proto.graph.input if i.name not in initializers]
    importer.check_pins(inputs)
    inputs = [i for i in inputs if i.name not in structured]  # (their specs: `structured_inputs`)
    signature = []
    for info in inputs:
        t = importer.input_type(info)
        signature.append((info.name, graph.shape_of(t), np.dtype(graph.numpy_dtype(graph.elem_of(t)))))
    return signature


def output_names(proto: onnx.ModelProto) -> list[str]:
    return [o.name for o in proto.graph.output]


def bind_inputs(proto: onnx.ModelProto, values: Mapping[str, np.ndarray]) -> onnx.ModelProto:
    """A copy of ``proto`` in which the graph inputs named in ``values`` are initializers
    holding those values (the remaining inputs keep their order)."""
    bound = onnx.ModelProto()
    bound.CopyFrom(proto)
    bound.ir_version = max(bound.ir_version, 4)  # (initializers need not be inputs from IR 4)
    kept = [i for i in bound.graph.input if i.name not in values]
    del bound.graph.input[:]
    bound.graph.input.extend(kept)
    for name, array in values.items():
        bound.graph.initializer.append(numpy_helper.from_array(np.asarray(array), name))
    return bound


# ---- sequence and optional graph inputs and outputs -------------------------------------------------

SEQUENCE, OPTIONAL = "sequence", "optional"


def _kind(type_proto: onnx.TypeProto) -> tuple[str, str, int] | None:
    """(kind, element kind, element ONNX type) of a sequence / optional type: kind "sequence" or
    "optional", element kind "tensor" or "sequence"; None for a tensor (or a map: not held)."""
    which = type_proto.WhichOneof("value")
    if which == "sequence_type":
        inner = type_proto.sequence_type.elem_type
        return (SEQUENCE, "tensor", inner.tensor_type.elem_type) if inner.HasField("tensor_type") else None
    if which == "optional_type":
        inner = type_proto.optional_type.elem_type
        if inner.HasField("tensor_type"):
            return OPTIONAL, "tensor", inner.tensor_type.elem_type
        nested = _kind(inner)
        return (OPTIONAL, SEQUENCE, nested[2]) if nested is not None and nested[0] == SEQUENCE else None
    return None


def structured_inputs(proto: onnx.ModelProto) -> dict[str, tuple[str, str, np.dtype]]:
    """The sequence / optional graph inputs: name -> (kind, element kind, element numpy dtype)."""
    from ember.frontend.onnx.importer import element_type

    found = {}
    initializers = {t.name for t in proto.graph.initializer}
    for info in proto.graph.input:
        kind = _kind(info.type) if info.name not in initializers else None
        if kind is not None:
            dtype = np.dtype(graph.numpy_dtype(element_type(kind[2], f"graph input '{info.name}'")))
            found[info.name] = (kind[0], kind[1], dtype)
    return found


def output_kinds(proto: onnx.ModelProto) -> list[tuple[str, str] | None]:
    """Per graph output: None for a tensor, else (kind, element kind) as `structured_inputs`."""
    kinds = [_kind(o.type) for o in proto.graph.output]
    return [None if k is None else (k[0], k[1]) for k in kinds]


def structure_key(value: Any) -> tuple[Any, ...]:
    """What a compile for a sequence / optional input's value depends on: absent, or each
    element's dtype and shape (a tensor given for an optional is one element)."""
    if value is None:
        return ("none",)
    if isinstance(value, np.ndarray):
        return ("tensor", value.dtype.str, value.shape)
    return ("list", *((a.dtype.str, a.shape) for a in value))


def flat_arrays(value: Any) -> list[np.ndarray]:
    """The tensors a sequence / optional input passes to the flattened model, in order."""
    if value is None:
        return []
    return [value] if isinstance(value, np.ndarray) else list(value)


def flatten_inputs(proto: onnx.ModelProto, values: Mapping[str, Any]) -> onnx.ModelProto:
    """A copy of ``proto`` in which each sequence / optional graph input named in ``values``
    becomes tensor inputs ``<name>[<i>]`` (one per element of its value: a list of arrays, an
    array for a present optional tensor, None for an absent optional) rebuilt into ``<name>`` by
    SequenceConstruct / SequenceEmpty / Optional nodes at the front of the graph."""
    flat = onnx.ModelProto()
    flat.CopyFrom(proto)
    graph_ = flat.graph
    nodes: list[onnx.NodeProto] = []
    inputs: list[onnx.ValueInfoProto] = []
    for info in graph_.input:
        if info.name not in values:
            inputs.append(info)
            continue
        new_inputs, new_nodes = _rebuild(info, values[info.name])
        inputs.extend(new_inputs)
        nodes.extend(new_nodes)
    del graph_.input[:]
    graph_.input.extend(inputs)
    body = list(graph_.node)
    del graph_.node[:]
    graph_.node.extend([*nodes, *body])
    return flat


def _rebuild(info: onnx.ValueInfoProto, value: Any) -> tuple[list[onnx.ValueInfoProto], list[onnx.NodeProto]]:
    from onnx import helper

    kind = _kind(info.type)
    assert kind is not None
    arrays = flat_arrays(value)
    names = [f"{info.name}[{i}]" for i in range(len(arrays))]
    infos = [helper.make_tensor_value_info(n, helper.np_dtype_to_tensor_dtype(a.dtype), a.shape) for n, a in zip(names, arrays, strict=True)]
    if kind[0] == OPTIONAL and value is None:
        return infos, [helper.make_node("Optional", [], [info.name], type=info.type.optional_type.elem_type)]
    if kind[0] == OPTIONAL and kind[1] == "tensor":
        return infos, [helper.make_node("Optional", names, [info.name])]
    target = info.name if kind[0] == SEQUENCE else f"{info.name}[]"
    built = (helper.make_node("SequenceConstruct", names, [target]) if names
             else helper.make_node("SequenceEmpty", [], [target], dtype=kind[2]))  # fmt: skip
    return infos, [built] if kind[0] == SEQUENCE else [built, helper.make_node("Optional", [target], [info.name])]
