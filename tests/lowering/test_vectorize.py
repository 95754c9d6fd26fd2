"""linalg-vectorize: elementwise chains, broadcasts, channel-window reductions (LRN) and
pooling, compiled for every target this CPU runs, against onnxruntime; and that the vector path
is taken."""

from __future__ import annotations

import numpy as np
import onnxruntime
import pytest
from onnx import TensorProto, helper

import ember
from ember.context import make_context
from ember.driver import lower_module
from ember.runtime.executable import CompileTimes
from ember.target import PRESETS, host_target, set_target
from ember.textual import parse_module

TARGETS = ["host", *(n for n in ("x86-64-v2", "x86-64-v3", "x86-64-v4") if PRESETS[n].runs_on(host_target()))]


def _model(nodes, inputs, outputs):  # noqa: ANN001, ANN202
    graph = helper.make_graph(
        nodes,
        "g",
        [helper.make_tensor_value_info(n, TensorProto.FLOAT, list(s)) for n, s in inputs],
        [helper.make_tensor_value_info(n, TensorProto.FLOAT, list(s)) for n, s in outputs],
    )
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])


def _check(model, feeds) -> None:  # noqa: ANN001
    session = onnxruntime.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    want = session.run(None, feeds)
    for target in TARGETS:
        got = ember.compile(model, target=target)(*feeds.values())
        for g, w in zip(got, want, strict=True):
            np.testing.assert_allclose(g, w, rtol=1e-5, atol=1e-6 * max(1.0, float(np.abs(w).max())))


@pytest.mark.parametrize("shape", [(2, 3, 37), (1, 16, 8, 8), (5,)])
def test_elementwise_chain_with_broadcast(shape):
    rng = np.random.default_rng(len(shape))
    x = rng.standard_normal(shape).astype(np.float32)
    b = rng.standard_normal(shape[-1:]).astype(np.float32)
    nodes = [
        helper.make_node("Add", ["x", "b"], ["s"]),
        helper.make_node("Relu", ["s"], ["r"]),
        helper.make_node("Sigmoid", ["r"], ["g"]),
        helper.make_node("Mul", ["g", "x"], ["y"]),
        helper.make_node("Max", ["y", "b"], ["z"]),
    ]
    _check(_model(nodes, [("x", shape), ("b", shape[-1:])], [("z", shape)]), {"x": x, "b": b})


def test_lrn_and_pooling():
    rng = np.random.default_rng(3)
    x = rng.standard_normal((1, 7, 9, 13)).astype(np.float32)
    nodes = [
        helper.make_node("LRN", ["x"], ["l"], size=5, alpha=1e-3, beta=0.75, bias=1.0),
        helper.make_node("MaxPool", ["l"], ["p"], kernel_shape=[3, 3], strides=[1, 1], pads=[1, 1, 1, 1]),
        helper.make_node("AveragePool", ["p"], ["y"], kernel_shape=[2, 2], strides=[2, 2]),
    ]
    _check(_model(nodes, [("x", x.shape)], [("p", x.shape), ("y", (1, 7, 4, 6))]), {"x": x})


def test_vector_loops_replace_the_elementwise_generics():
    text = """
    func.func @main(%a: tensor<4x20xf32>, %b: tensor<20xf32>) -> tensor<4x20xf32> {
      %s = graph.add %a, %b : (tensor<4x20xf32>, tensor<20xf32>) -> tensor<4x20xf32>
      %r = graph.relu %s : (tensor<4x20xf32>) -> tensor<4x20xf32>
      func.return %r : tensor<4x20xf32>
    }"""
    module, _ = parse_module(make_context(), text, "t")
    set_target(module, PRESETS["x86-64-v3"])
    lower_module(module, "convert-graph-to-linalg,bufferize,linalg-vectorize", CompileTimes())
    printed = str(module)
    assert "linalg.generic" not in printed
    assert "arith.addf %" in printed and "vector<8xf32>" in printed
