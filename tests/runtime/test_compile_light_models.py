"""``ember.compile`` on the nine light models of the onnx wheel: native code must reproduce
``light_*_output_0.pb`` and, with seeded random weights (softmax input exposed as an extra output),
match onnxruntime. SqueezeNet and ShuffleNet run by default; the rest are marked slow."""

from __future__ import annotations

import math
import os

import numpy as np
import onnx
import pytest
from onnx import numpy_helper

import ember

LIGHT_DIR = os.path.join(os.path.dirname(onnx.__file__), "backend", "test", "data", "light")
FAST = ["squeezenet", "shufflenet"]
SLOW = ["resnet50", "inception_v1", "inception_v2", "densenet121", "bvlc_alexnet", "zfnet512", "vgg19"]
ALL = [*FAST, *(pytest.param(n, marks=pytest.mark.slow) for n in SLOW)]


def load(name: str) -> onnx.ModelProto:
    return onnx.load(os.path.join(LIGHT_DIR, f"light_{name}.onnx"))


def backend_inputs(model: onnx.ModelProto) -> list[np.ndarray]:
    """What onnx's backend test runner feeds light models: ``arange(n).reshape(shape) / n``."""
    inits = {t.name for t in model.graph.initializer}
    arrays = []
    for info in model.graph.input:
        if info.name in inits:
            continue
        shape = tuple(d.dim_value or 1 for d in info.type.tensor_type.shape.dim)
        n = math.prod(shape)
        arrays.append((np.arange(n).reshape(shape) / n).astype(np.float32))
    return arrays


def with_random_weights(model: onnx.ModelProto, seed: int = 0) -> onnx.ModelProto:
    """ConstantOfShape weights -> seeded random initializers; softmax input as an extra output."""
    model = onnx.ModelProto.FromString(model.SerializeToString())
    model.ir_version = max(model.ir_version, 4)
    graph = model.graph
    rng = np.random.default_rng(seed)
    inits = {t.name: numpy_helper.to_array(t) for t in graph.initializer}
    positive = {n.input[i] for n in graph.node if n.op_type == "BatchNormalization" for i in (1, 4)}
    keep = []
    for node in graph.node:
        if node.op_type != "ConstantOfShape" or node.input[0] not in inits:
            keep.append(node)
            continue
        shape = tuple(int(d) for d in inits[node.input[0]])
        if node.output[0] in positive:
            array = rng.uniform(0.5, 1.5, shape)
        elif len(shape) >= 2:
            array = rng.standard_normal(shape) * math.sqrt(2.0 / math.prod(shape[1:]))
        else:
            array = rng.standard_normal(shape) * 0.1
        graph.initializer.append(numpy_helper.from_array(array.astype(np.float32), node.output[0]))
    del graph.node[:]
    graph.node.extend(keep)
    outputs = {o.name: o for o in graph.output}
    for node in graph.node:
        if node.op_type == "Softmax" and node.output[0] in outputs:
            extra = onnx.ValueInfoProto()
            extra.CopyFrom(outputs[node.output[0]])
            extra.name = node.input[0]
            graph.output.append(extra)
    return model


@pytest.mark.parametrize("name", ALL)
def test_compiled_light_model_reproduces_expected_output(name):
    model = load(name)
    exe = ember.compile(model)
    (out,) = exe(*backend_inputs(model))
    expected = numpy_helper.to_array(onnx.load_tensor(os.path.join(LIGHT_DIR, f"light_{name}_output_0.pb")))
    np.testing.assert_allclose(out, expected, rtol=1e-3, atol=1e-4)


@pytest.mark.parametrize("name", ALL)
def test_compiled_light_model_random_weights_match_onnxruntime(name):
    import onnxruntime as ort

    model = with_random_weights(load(name))
    inputs = backend_inputs(model)
    options = ort.SessionOptions()
    options.log_severity_level = 3
    session = ort.InferenceSession(model.SerializeToString(), options, providers=["CPUExecutionProvider"])
    expected = session.run(None, dict(zip([i.name for i in session.get_inputs()], inputs, strict=True)))
    exe = ember.compile(model)
    assert exe.output_names == [o.name for o in model.graph.output]
    outputs = exe(*inputs)
    assert len(outputs) == len(expected)
    for out, ref in zip(outputs, expected, strict=True):
        scale = max(float(np.abs(ref).max()), 1.0)
        np.testing.assert_allclose(out, ref, rtol=1e-3, atol=1e-4 * scale)
    if len(expected) > 1:  # the softmax input (when there is a softmax) is not flat
        assert np.std(expected[1]) > 1e-3
