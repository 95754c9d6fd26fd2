"""BatchNormalization in training mode (opset 14+) compiled, against onnx's reference evaluator:
the output normalised with the batch statistics and the updated running mean and variance."""

from __future__ import annotations

import numpy as np
import pytest
from onnx import TensorProto, helper
from onnx.reference import ReferenceEvaluator

import ember

RNG = np.random.default_rng(14)


@pytest.mark.parametrize("shape, momentum", [((2, 3, 4, 5), 0.9), ((4, 2), 0.5), ((1, 3, 2, 2, 3), 0.0)], ids=str)
def test_training_mode_matches_reference(shape: tuple[int, ...], momentum: float) -> None:
    c = shape[1]
    feeds = {
        "x": RNG.uniform(-2, 3, shape).astype(np.float32), "scale": RNG.uniform(0.5, 2, c).astype(np.float32),
        "bias": RNG.standard_normal(c).astype(np.float32), "mean": RNG.standard_normal(c).astype(np.float32),
        "var": RNG.uniform(0.5, 2, c).astype(np.float32),
    }  # fmt: skip
    node = helper.make_node("BatchNormalization", list(feeds), ["y", "running_mean", "running_var"], name="bn",
                            training_mode=1, momentum=momentum, epsilon=1e-3)  # fmt: skip
    graph = helper.make_graph(
        [node], "g", [helper.make_tensor_value_info(n, TensorProto.FLOAT, a.shape) for n, a in feeds.items()],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, shape),
         helper.make_tensor_value_info("running_mean", TensorProto.FLOAT, (c,)),
         helper.make_tensor_value_info("running_var", TensorProto.FLOAT, (c,))],
    )  # fmt: skip
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 15)])
    want = ReferenceEvaluator(model).run(None, feeds)
    got = ember.compile(model, cache=False, progress=False)(*feeds.values())
    for g, w in zip(got, want, strict=True):
        np.testing.assert_allclose(np.asarray(g), w, rtol=1e-5, atol=1e-5)
