"""The nine light models shipped in onnx's wheel, imported and run by the reference interpreter.

1. Import, print, re-parse (as ember-opt does) and reproduce ``light_*_output_0.pb`` with the
   inputs onnx's own backend test loader feeds (``arange(n).reshape(shape) / n``).
2. Their weights are constant fills (so most expected outputs are a flat softmax): the same
   models with every ConstantOfShape weight replaced by seeded random values (batch-norm
   variances positive) and the softmax input exposed as an extra output, against onnxruntime.
"""

from __future__ import annotations

import math
import os

import numpy as np
import onnx
import pytest
from onnx import numpy_helper

import ember
from ember.context import make_context
from ember.runtime.reference import run_reference
from ember.textual import parse_module, print_module, verify_module

LIGHT_DIR = os.path.join(os.path.dirname(onnx.__file__), "backend", "test", "data", "light")
NAMES = ["squeezenet", "resnet50", "shufflenet", "inception_v1", "inception_v2", "densenet121",
         "vgg19", "bvlc_alexnet", "zfnet512"]  # fmt: skip
RANDOM_FAST = ["squeezenet", "shufflenet", "resnet50", "inception_v1", "inception_v2", "densenet121"]
RANDOM_SLOW = ["bvlc_alexnet", "zfnet512", "vgg19"]  # 60M-140M random weights: 10-25 s each


@pytest.fixture(autouse=True)
def release_blobs():
    """xDSL keeps dense_resource blobs in a process-global store; drop the ones a test created
    (random-weight VGG-19 alone is over 1 GB of hex) so a test session's memory stays bounded."""
    from ember.dialects.graph.resources import _resource_storage

    storage = _resource_storage()._blob_storage
    before = set(storage)
    yield
    for key in set(storage) - before:
        del storage[key]


def model_path(name: str) -> str:
    return os.path.join(LIGHT_DIR, f"light_{name}.onnx")


def loader_inputs(model: onnx.ModelProto) -> list[np.ndarray]:
    """The inputs onnx's backend test runner generates for light models (random=False)."""
    inits = {t.name for t in model.graph.initializer}
    arrays = []
    for info in model.graph.input:
        if info.name in inits:
            continue
        shape = tuple(d.dim_value if d.HasField("dim_value") else 1 for d in info.type.tensor_type.shape.dim)
        n = math.prod(shape)
        arrays.append((np.arange(n).reshape(shape) / n).astype(np.float32))
    return arrays


def roundtrip(module):
    text = print_module(module, ctx=make_context(), debuginfo=True)
    reparsed, sources = parse_module(make_context(), text, "model.mlir")
    verify_module(reparsed, sources)
    return reparsed


def check_light(name: str) -> None:
    model = onnx.load(model_path(name))
    module = ember.import_onnx(model_path(name))
    module = roundtrip(module)
    (out,) = run_reference(module, loader_inputs(model))
    expected = numpy_helper.to_array(onnx.load_tensor(os.path.join(LIGHT_DIR, f"light_{name}_output_0.pb")))
    assert out.shape == expected.shape
    np.testing.assert_allclose(out, expected, rtol=1e-3, atol=1e-5)


@pytest.mark.parametrize("name", NAMES)
def test_light_model_matches_expected_output(name):
    check_light(name)


# ---- random-weight variants vs onnxruntime -------------------------------------------------------


def randomize(model: onnx.ModelProto, seed: int = 0) -> onnx.ModelProto:
    """ConstantOfShape weights -> seeded random initializers; softmax input as an extra output."""
    model = onnx.ModelProto.FromString(model.SerializeToString())
    model.ir_version = max(model.ir_version, 4)  # initializers need not be graph inputs
    rng = np.random.default_rng(seed)
    graph = model.graph
    consumers = {}
    for node in graph.node:
        for index, name in enumerate(node.input):
            consumers.setdefault(name, []).append((node.op_type, index))
    inits = {t.name: numpy_helper.to_array(t) for t in graph.initializer}
    keep = []
    for node in graph.node:
        if node.op_type != "ConstantOfShape" or node.input[0] not in inits:
            keep.append(node)
            continue
        shape = tuple(int(d) for d in inits[node.input[0]])
        array = _random_weight(rng, shape, consumers.get(node.output[0], []))
        graph.initializer.append(numpy_helper.from_array(array, node.output[0]))
    del graph.node[:]
    graph.node.extend(keep)
    outputs = {o.name: o for o in graph.output}
    for node in graph.node:
        if node.op_type == "Softmax" and node.output[0] in outputs:
            extra = onnx.ValueInfoProto()
            extra.CopyFrom(outputs[node.output[0]])  # softmax keeps the shape
            extra.name = node.input[0]
            graph.output.append(extra)
    return model


def _random_weight(rng, shape, uses) -> np.ndarray:
    roles = {(op, index) for op, index in uses}
    if ("BatchNormalization", 4) in roles or ("BatchNormalization", 1) in roles:
        return rng.uniform(0.5, 1.5, shape).astype(np.float32)
    if len(shape) >= 2:
        fan_in = math.prod(shape[1:])
        return (rng.standard_normal(shape) * math.sqrt(2.0 / fan_in)).astype(np.float32)
    return (rng.standard_normal(shape) * 0.1).astype(np.float32)


def check_random(name: str) -> None:
    import onnxruntime as ort

    model = randomize(onnx.load(model_path(name)))
    inputs = loader_inputs(model)
    options = ort.SessionOptions()
    options.log_severity_level = 3
    session = ort.InferenceSession(model.SerializeToString(), options, providers=["CPUExecutionProvider"])
    feed_names = [i.name for i in session.get_inputs()]
    expected = session.run(None, dict(zip(feed_names, inputs, strict=True)))
    outputs = run_reference(ember.import_onnx(model), inputs)
    assert len(outputs) == len(expected)
    for out, ref in zip(outputs, expected, strict=True):
        scale = float(np.abs(ref).max())
        np.testing.assert_allclose(out, ref, rtol=1e-3, atol=1e-5 * max(scale, 1.0))
    if len(expected) > 1:
        assert np.std(expected[1]) > 1e-3, "the softmax input should not be flat with random weights"


@pytest.mark.parametrize("name", RANDOM_FAST)
def test_light_model_random_weights_match_onnxruntime(name):
    check_random(name)


@pytest.mark.slow
@pytest.mark.parametrize("name", RANDOM_SLOW)
def test_light_model_random_weights_match_onnxruntime_slow(name):
    check_random(name)
