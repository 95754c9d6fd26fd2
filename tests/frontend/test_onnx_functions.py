"""ONNX ops defined as functions (``frontend/onnx/functions.py``): a node without a converter is
expanded into the body onnx defines for the model's opset; schema defaults of attributes the
node leaves out are kept; converters win over bodies; a body using an op ember lacks leaves the
node as written, so the error names the user's op."""

from __future__ import annotations

import numpy as np
import onnx
import pytest
from onnx import TensorProto
from onnx import helper as oh
from onnx.reference import ReferenceEvaluator

import ember
from ember.context import make_context
from ember.diagnostics import UnsupportedError
from ember.frontend.onnx.functions import expand_function_ops
from ember.textual import print_module


def _model(node: onnx.NodeProto, shape: list[int], opset: int, out_shape: list[int] | None = None) -> onnx.ModelProto:
    graph = oh.make_graph([node], "f", [oh.make_tensor_value_info("x", TensorProto.FLOAT, shape)],
                          [oh.make_tensor_value_info("y", TensorProto.FLOAT, out_shape or shape)])
    model = oh.make_model(graph, opset_imports=[oh.make_opsetid("", opset)])
    model.ir_version = 8
    return model


@pytest.mark.parametrize("opset", [13, 18, 21])
@pytest.mark.parametrize("axes", [None, [1], [0, 2, 3]])
def test_mean_variance_normalization(opset, axes):
    """MVN's body inlined (expansion forced: ember also has a converter for it); the default
    axes (0, 2, 3) are kept (the inliner alone would drop them and reduce over every axis)."""
    extra = {} if axes is None else {"axes": axes}
    model = _model(oh.make_node("MeanVarianceNormalization", ["x"], ["y"], **extra), [2, 3, 4, 5], opset)
    expanded = expand_function_ops(model, lambda node: node.op_type != "MeanVarianceNormalization")
    assert "MeanVarianceNormalization" not in {node.op_type for node in expanded.graph.node}
    x = np.random.default_rng(0).standard_normal((2, 3, 4, 5)).astype(np.float32) * 3 + 1
    (ours,) = ember.compile(expanded, cache=False)(x)
    mean = x.mean(axis=tuple(axes or (0, 2, 3)), keepdims=True)
    std = np.sqrt((x * x).mean(axis=tuple(axes or (0, 2, 3)), keepdims=True) - mean**2)
    np.testing.assert_allclose(ours, (x - mean) / (std + 1e-9), rtol=1e-4, atol=1e-5)


def test_context_dependent_body_matches_reference():
    """AffineGrid's body depends on its input's type and attributes (built per node; expansion
    forced, since ember also has a converter)."""
    node = oh.make_node("AffineGrid", ["theta", "size"], ["grid"], align_corners=1)
    graph = oh.make_graph([node], "g", [oh.make_tensor_value_info("theta", TensorProto.FLOAT, [2, 2, 3])],
                          [oh.make_tensor_value_info("grid", TensorProto.FLOAT, [2, 4, 5, 2])],
                          [onnx.numpy_helper.from_array(np.array([2, 3, 4, 5], np.int64), "size")])
    model = oh.make_model(graph, opset_imports=[oh.make_opsetid("", 20)])
    model.ir_version = 9
    theta = np.random.default_rng(1).standard_normal((2, 2, 3)).astype(np.float32)
    expanded = expand_function_ops(model, lambda node: node.op_type != "AffineGrid")
    assert "AffineGrid" not in {node.op_type for node in expanded.graph.node}
    (ours,) = ember.compile(expanded, cache=False)(theta)
    np.testing.assert_allclose(ours, ReferenceEvaluator(model).run(None, {"theta": theta})[0], rtol=1e-5, atol=1e-6)


def test_a_converter_wins_over_the_body():
    """HardSwish has both a converter and a function body: no expansion."""
    model = _model(oh.make_node("HardSwish", ["x"], ["y"]), [4], 14)
    assert expand_function_ops(model, lambda node: True) is model
    text = print_module(ember.import_onnx(model), ctx=make_context())
    assert "graph.hard_swish" in text or "hardswish" in text.replace("_", "").lower()


def test_a_body_with_an_unsupported_op_keeps_the_users_op():
    """Bernoulli's body draws with RandomUniformLike, which ember lacks: the error names
    Bernoulli and its node, not an op of the body."""
    model = _model(oh.make_node("Bernoulli", ["x"], ["y"], name="coin"), [4], 22)
    with pytest.raises(UnsupportedError, match=r"Bernoulli \(opset 22\) at node 'coin'"):
        ember.import_onnx(model)


def test_expansion_leaves_the_input_model_alone():
    model = _model(oh.make_node("MeanVarianceNormalization", ["x"], ["y"]), [2, 3, 4, 5], 18)
    before = model.SerializeToString()
    expanded = expand_function_ops(model, lambda node: node.op_type != "MeanVarianceNormalization")
    assert model.SerializeToString() == before
    assert "MeanVarianceNormalization" not in {node.op_type for node in expanded.graph.node}
    assert {o.domain for o in expanded.opset_import} == {""}
