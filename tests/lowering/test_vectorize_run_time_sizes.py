"""Elementwise ops, broadcasts and row reductions with sizes known only at run time are
vectorised (a vector loop to ``n - n % LANES``, then 1-lane vectors): checked against numpy at
sizes below, at and between multiples of the vector width, on a model with a dynamic batch and
sequence (bias + GELU-free activation chain, softmax over the sequence, mean over the
features)."""

from __future__ import annotations

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

import ember

RNG = np.random.default_rng(5)


def model(features: int) -> tuple[onnx.ModelProto, np.ndarray]:
    bias = RNG.standard_normal(features).astype(np.float32)
    nodes = [
        helper.make_node("Add", ["x", "bias"], ["biased"]),
        helper.make_node("Tanh", ["biased"], ["t"]),
        helper.make_node("Mul", ["t", "x"], ["y"]),
        helper.make_node("Softmax", ["x"], ["soft"], axis=1),  # over the run-time sequence
        helper.make_node("ReduceMean", ["y", "axes"], ["mean"], keepdims=0),
    ]
    dims = ["batch", "seq", features]
    graph = helper.make_graph(
        nodes, "dynamic_vectors",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, dims)],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, dims),
         helper.make_tensor_value_info("soft", TensorProto.FLOAT, dims),
         helper.make_tensor_value_info("mean", TensorProto.FLOAT, ["batch", "seq"])],
        [numpy_helper.from_array(bias, "bias"), numpy_helper.from_array(np.array([2], np.int64), "axes")],
    )  # fmt: skip
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)]), bias


def test_vector_loops_with_run_time_sizes_match_numpy():
    proto, bias = model(19)  # 19 features: 2 vectors of 8 and a tail of 3 per row, or 16 + 3
    exe = ember.compile(proto, threads=1, cache=False)
    for batch, seq in ((1, 1), (1, 7), (2, 8), (3, 9), (5, 33)):
        x = RNG.standard_normal((batch, seq, 19)).astype(np.float32)
        y, soft, mean = exe(x)
        want_y = np.tanh(x + bias) * x
        e = np.exp(x - x.max(axis=1, keepdims=True))
        np.testing.assert_allclose(y, want_y, rtol=2e-6, atol=2e-6)
        np.testing.assert_allclose(soft, e / e.sum(axis=1, keepdims=True), rtol=1e-5, atol=1e-6)
        np.testing.assert_allclose(mean, want_y.mean(axis=2), rtol=1e-5, atol=1e-6)
