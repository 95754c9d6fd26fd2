"""The nine light models shipped in onnx's wheel, imported and run by the reference interpreter.

1. Import, print, re-parse (as ember-opt does) and reproduce ``light_*_output_0.pb`` with the
   inputs onnx's own backend test loader feeds (``arange(n).reshape(shape) / n``).
2. Their weights are constant fills (so most expected outputs are a flat softmax): the same
   models with every ConstantOfShape weight replaced by seeded random values (batch-norm
   variances positive) and the softmax input exposed as an extra output, against onnxruntime.
"""

from __future__ import annotations

import numpy as np
import onnx
import pytest

import ember
from ember.context import make_context
from ember.frontend.onnx.light_models import (
    backend_inputs,
    expected_output,
    light_model_path,
    with_random_weights,
)
from ember.runtime.reference import run_reference
from ember.textual import parse_module, print_module, verify_module

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


def roundtrip(module):
    text = print_module(module, ctx=make_context(), debuginfo=True)
    reparsed, sources = parse_module(make_context(), text, "model.mlir")
    verify_module(reparsed, sources)
    return reparsed


def check_light(name: str) -> None:
    model = onnx.load(light_model_path(name))
    module = ember.import_onnx(light_model_path(name))
    module = roundtrip(module)
    (out,) = run_reference(module, backend_inputs(model))
    expected = expected_output(name)
    assert out.shape == expected.shape
    np.testing.assert_allclose(out, expected, rtol=1e-3, atol=1e-5)


@pytest.mark.parametrize("name", NAMES)
def test_light_model_matches_expected_output(name):
    check_light(name)


# ---- random-weight variants vs onnxruntime -------------------------------------------------------


def check_random(name: str) -> None:
    import onnxruntime as ort

    model = with_random_weights(onnx.load(light_model_path(name)))
    inputs = backend_inputs(model)
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
