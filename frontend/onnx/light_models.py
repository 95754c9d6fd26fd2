"""The nine "light" models shipped inside the onnx wheel, as ember's bundled test and demo models.

Their weights are ConstantOfShape fills, which make most expected outputs a flat softmax; so
examples, benchmarks and tests also use a variant with seeded random weights (batch-norm scales
and variances positive) and, optionally, the softmax input exposed as an extra graph output. The
inputs are the ones onnx's own backend test loader feeds them: ``arange(n).reshape(shape) / n``.
"""

from __future__ import annotations

import math
import os

import numpy as np
import onnx
from onnx import numpy_helper

LIGHT_DIR = os.path.join(os.path.dirname(onnx.__file__), "backend", "test", "data", "light")
LIGHT_MODELS = ("squeezenet", "shufflenet", "resnet50", "inception_v1", "inception_v2",
                "densenet121", "bvlc_alexnet", "zfnet512", "vgg19")  # fmt: skip


def light_model_path(name: str) -> str:
    """The .onnx file of a light model (a path ending in .onnx is returned unchanged)."""
    return name if name.endswith(".onnx") else os.path.join(LIGHT_DIR, f"light_{name}.onnx")


def expected_output(name: str) -> np.ndarray:
    """The reference output ``light_<name>_output_0.pb`` shipped with the model."""
    path = os.path.join(LIGHT_DIR, f"light_{name}_output_0.pb")
    return numpy_helper.to_array(onnx.load_tensor(path))


def backend_inputs(model: onnx.ModelProto) -> list[np.ndarray]:
    """What onnx's backend test runner feeds a model's graph inputs: ``arange(n).reshape / n``."""
    inits = {t.name for t in model.graph.initializer}
    arrays = []
    for info in model.graph.input:
        if info.name in inits:
            continue
        dims = info.type.tensor_type.shape.dim
        shape = tuple(d.dim_value if d.HasField("dim_value") and d.dim_value > 0 else 1 for d in dims)
        n = math.prod(shape)
        dtype = onnx.helper.tensor_dtype_to_np_dtype(info.type.tensor_type.elem_type)
        arrays.append((np.arange(n).reshape(shape) / max(n, 1)).astype(dtype))
    return arrays


def with_random_weights(
    model: onnx.ModelProto, seed: int = 0, expose_softmax_input: bool = True
) -> onnx.ModelProto:
    """A copy of ``model`` whose ConstantOfShape weights are seeded random initializers.

    Batch-norm scales and variances are drawn from [0.5, 1.5); other weights of rank >= 2 are
    He-scaled normals, vectors normals * 0.1. With ``expose_softmax_input`` every softmax that
    produces a graph output also exposes its input (the logits, which are not flat).
    """
    model = onnx.ModelProto.FromString(model.SerializeToString())
    model.ir_version = max(model.ir_version, 4)  # initializers need not be graph inputs
    graph = model.graph
    rng = np.random.default_rng(seed)
    inits = {t.name: numpy_helper.to_array(t) for t in graph.initializer}
    positive = {
        n.input[i] for n in graph.node if n.op_type == "BatchNormalization" for i in (1, 4) if i < len(n.input)
    }
    keep = []
    for node in graph.node:
        if node.op_type != "ConstantOfShape" or node.input[0] not in inits:
            keep.append(node)
            continue
        shape = tuple(int(d) for d in inits[node.input[0]])
        array = _random_weight(rng, shape, node.output[0] in positive)
        graph.initializer.append(numpy_helper.from_array(array, node.output[0]))
    del graph.node[:]
    graph.node.extend(keep)
    if expose_softmax_input:
        _expose_softmax_inputs(graph)
    return model


def _random_weight(rng: np.random.Generator, shape: tuple[int, ...], positive: bool) -> np.ndarray:
    if positive:
        return rng.uniform(0.5, 1.5, shape).astype(np.float32)
    if len(shape) >= 2:
        return (rng.standard_normal(shape) * math.sqrt(2.0 / math.prod(shape[1:]))).astype(np.float32)
    return (rng.standard_normal(shape) * 0.1).astype(np.float32)


def _expose_softmax_inputs(graph: onnx.GraphProto) -> None:
    outputs = {o.name: o for o in graph.output}
    for node in graph.node:
        if node.op_type == "Softmax" and node.output[0] in outputs:
            extra = onnx.ValueInfoProto()
            extra.CopyFrom(outputs[node.output[0]])  # softmax keeps the shape
            extra.name = node.input[0]
            graph.output.append(extra)
