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
    inputs = [i for i in proto.graph.input if i.name not in initializers]
    importer.check_pins(inputs)
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
