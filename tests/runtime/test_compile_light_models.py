"""``ember.compile`` on the nine light models of the onnx wheel: native code must reproduce
``light_*_output_0.pb`` and, with seeded random weights (softmax input exposed as an extra output),
match onnxruntime. SqueezeNet and ShuffleNet run by default; the rest are marked slow."""

from __future__ import annotations

import numpy as np
import onnx
import pytest

import ember
from ember.frontend.onnx.light_models import (
    backend_inputs,
    expected_output,
    light_model_path,
    with_random_weights,
)

FAST = ["squeezenet", "shufflenet"]
SLOW = ["resnet50", "inception_v1", "inception_v2", "densenet121", "bvlc_alexnet", "zfnet512", "vgg19"]
ALL = [*FAST, *(pytest.param(n, marks=pytest.mark.slow) for n in SLOW)]


def load(name: str) -> onnx.ModelProto:
    return onnx.load(light_model_path(name))


@pytest.mark.parametrize("name", ALL)
def test_compiled_light_model_reproduces_expected_output(name):
    model = load(name)
    exe = ember.compile(model)
    (out,) = exe(*backend_inputs(model))
    expected = expected_output(name)
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
