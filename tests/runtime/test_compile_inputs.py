"""``ember.compile`` accepts every documented model form, and the Executable's calling API."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

import ember
from ember.context import make_context
from ember.diagnostics import RuntimeCallError
from ember.textual import parse_module, print_module

ROOT = Path(__file__).resolve().parents[2]
MLP = ROOT / "examples" / "mlp.mlir"

RNG = np.random.default_rng(3)
W = RNG.standard_normal((8, 5)).astype(np.float32)
B = RNG.standard_normal(5).astype(np.float32)


def mlp_reference(x: np.ndarray) -> np.ndarray:
    w1 = np.full((8, 16), 0.125, np.float32)
    w2 = np.full((16, 2), -0.25, np.float32)
    return np.maximum(x @ w1 + 0.5, 0) @ w2 + 1.0


def onnx_model() -> onnx.ModelProto:
    nodes = [
        helper.make_node("MatMul", ["features", "w"], ["mm"]),
        helper.make_node("Add", ["mm", "b"], ["pre"]),
        helper.make_node("Relu", ["pre"], ["act"]),
    ]
    graph = helper.make_graph(
        nodes,
        "tiny",
        [helper.make_tensor_value_info("features", TensorProto.FLOAT, [3, 8])],
        [helper.make_tensor_value_info("act", TensorProto.FLOAT, [3, 5])],
        [numpy_helper.from_array(W, "w"), numpy_helper.from_array(B, "b")],
    )
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])


@pytest.mark.parametrize("form", ["path", "pathlib", "text", "module"])
def test_mlir_forms(form):
    text = MLP.read_text()
    model = {"path": str(MLP), "pathlib": MLP, "text": text}.get(form)
    if form == "module":
        model, _ = parse_module(make_context(), text, "mlp.mlir")
        before = print_module(model)
    exe = ember.compile(model)
    x = RNG.standard_normal((4, 8)).astype(np.float32)
    np.testing.assert_allclose(exe(x)[0], mlp_reference(x), rtol=1e-5, atol=1e-5)
    if form == "module":
        assert print_module(model) == before  # the caller's module is not lowered in place


@pytest.mark.parametrize("form", ["proto", "bytes", "path"])
def test_onnx_forms(form, tmp_path):
    proto = onnx_model()
    path = tmp_path / "tiny.onnx"
    onnx.save(proto, path)
    model = {"proto": proto, "bytes": proto.SerializeToString(), "path": str(path)}[form]
    exe = ember.compile(model)
    assert exe.input_names == ["features"]
    assert exe.output_names == ["act"]
    x = RNG.standard_normal((3, 8)).astype(np.float32)
    np.testing.assert_allclose(exe(x)[0], np.maximum(x @ W + B, 0), rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(exe.run({"features": x})[0], np.maximum(x @ W + B, 0), rtol=1e-5, atol=1e-5)


def test_named_call_errors():
    exe = ember.compile(onnx_model())
    with pytest.raises(RuntimeCallError, match="missing: features"):
        exe.run({})
    with pytest.raises(RuntimeCallError, match="unknown: nope"):
        exe.run({"features": np.zeros((3, 8), np.float32), "nope": 1})
