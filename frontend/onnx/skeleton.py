"""A model without its large weights' data, for the ONNX checker and shape inference.

ONNX frontend, beside :mod:`ember.frontend.onnx.load`. ``onnx.checker.check_model`` and
``onnx.shape_inference.infer_shapes`` serialise the whole model to hand it to C++ (and shape
inference parses and copies it back): for VGG-19's 548 MB of weights that was 4.5 of the 9 s an
import took, and protobuf's ``ByteSize`` alone costs a second. Neither needs the data of a
large float weight, only its name, type and shape. :func:`skeleton` is the model with every
such initializer of the main graph declared as a graph input of the same type and shape
instead (IR version 4 on allows an input without an initializer); small initializers (shape
operands, whose values shape inference propagates) stay as they are.

A weight moves only when it passes the checks ``onnx.checker`` would make of it: a defined
numeric element type, data in the file (not external, no segment), one value field, and as many
values as its shape needs. The length of ``raw_data`` is left to the importer, which reads every
initializer and names one whose bytes do not fit its shape (asking protobuf for the length
copies the bytes: a second for VGG-19). Any other tensor stays in the skeleton, so the checker
still reports it in its own words.
"""

from __future__ import annotations

import math

import onnx
from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import Message
from onnx import TensorProto

LARGE_TENSOR_BYTES = 1 << 16
"""Initializers with fewer data bytes than this stay in the skeleton."""

MOVABLE_TYPES = frozenset({
    TensorProto.FLOAT, TensorProto.DOUBLE, TensorProto.FLOAT16, TensorProto.BFLOAT16, TensorProto.INT8,
    TensorProto.UINT8, TensorProto.INT16, TensorProto.UINT16, TensorProto.INT32, TensorProto.UINT32,
    TensorProto.INT64, TensorProto.UINT64,
})  # fmt: skip
"""Element types whose tensors may move (numbers of a fixed width; their typed value field when
they have no ``raw_data`` is ``onnx.helper.tensor_dtype_to_field``'s)."""


def skeleton(proto: onnx.ModelProto) -> onnx.ModelProto:
    """``proto`` with its large, well-formed initializers as typed graph inputs (``proto``
    itself when none moves); the given model is not changed."""
    if proto.ir_version < 4:  # there every initializer must also be an input: the checker's job
        return proto
    moving = [t for t in proto.graph.initializer if _movable(t)]
    if not moving:
        return proto
    model = onnx.ModelProto()
    _copy_fields(proto, model, skip="graph")
    _copy_fields(proto.graph, model.graph, skip="initializer")
    moved = {t.name for t in moving}
    model.graph.initializer.extend(t for t in proto.graph.initializer if t.name not in moved)
    declared = {i.name for i in proto.graph.input}
    for tensor in moving:
        if tensor.name not in declared:
            model.graph.input.append(onnx.helper.make_tensor_value_info(tensor.name, tensor.data_type, tensor.dims))
    return model


def _copy_fields(source: Message, target: Message, skip: str) -> None:
    """Copy every set field of ``source`` but ``skip`` into ``target`` (of the same type)."""
    for descriptor, value in source.ListFields():
        if descriptor.name == skip:
            continue
        if _is_repeated(descriptor):
            getattr(target, descriptor.name).extend(value)
        elif descriptor.message_type is not None:
            getattr(target, descriptor.name).CopyFrom(value)
        else:
            setattr(target, descriptor.name, value)


def _movable(tensor: TensorProto) -> bool:
    """Whether ``tensor`` is large and holds exactly the data its type and shape need."""
    if tensor.data_type not in MOVABLE_TYPES or tensor.data_location != TensorProto.DEFAULT or tensor.HasField("segment"):
        return False
    count = math.prod(tensor.dims)
    size = count * onnx.helper.tensor_dtype_to_np_dtype(tensor.data_type).itemsize
    if size < LARGE_TENSOR_BYTES:
        return False
    values = len(getattr(tensor, onnx.helper.tensor_dtype_to_field(tensor.data_type)))
    if tensor.HasField("raw_data"):  # (its length is the importer's check: reading it copies it)
        return values == 0
    return values == count


def _is_repeated(descriptor: FieldDescriptor) -> bool:
    if hasattr(descriptor, "is_repeated"):  # protobuf 6 on (``label`` is gone in 7)
        return bool(descriptor.is_repeated)
    return descriptor.label == descriptor.LABEL_REPEATED  # type: ignore[attr-defined]
