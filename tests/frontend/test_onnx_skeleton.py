"""The weightless model the ONNX checker and shape inference see (frontend/onnx/skeleton.py)."""

from __future__ import annotations

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper
from onnx.reference import ReferenceEvaluator

import ember
from ember.diagnostics import EmberError
from ember.frontend.onnx.skeleton import LARGE_TENSOR_BYTES, skeleton

N = 128  # a 128 x 128 float weight (64 KiB) is large, its 128-element bias is not


def _model(weight: TensorProto | None = None) -> onnx.ModelProto:
    rng = np.random.default_rng(0)
    weight = weight or numpy_helper.from_array(rng.standard_normal((N, N)).astype(np.float32), "W")
    bias = numpy_helper.from_array(rng.standard_normal(N).astype(np.float32), "B")
    shape = numpy_helper.from_array(np.array([2, N], np.int64), "S")
    nodes = [
        helper.make_node("MatMul", ["X", "W"], ["M"]),
        helper.make_node("Add", ["M", "B"], ["A"]),
        helper.make_node("Reshape", ["A", "S"], ["Y"]),
    ]
    graph = helper.make_graph(
        nodes, "g", [helper.make_tensor_value_info("X", TensorProto.FLOAT, [2, N])],
        [helper.make_tensor_value_info("Y", TensorProto.FLOAT, [2, N])], [weight, bias, shape],
    )  # fmt: skip
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)])


def test_large_initializers_become_typed_inputs() -> None:
    model = _model()
    before = model.SerializeToString()
    light = skeleton(model)
    assert model.SerializeToString() == before  # the given model is not changed
    assert [t.name for t in light.graph.initializer] == ["B", "S"]
    weight = next(i for i in light.graph.input if i.name == "W")
    assert weight.type.tensor_type.elem_type == TensorProto.FLOAT
    assert [d.dim_value for d in weight.type.tensor_type.shape.dim] == [N, N]
    assert light.ByteSize() < LARGE_TENSOR_BYTES < model.ByteSize()
    onnx.checker.check_model(light)
    full = onnx.shape_inference.infer_shapes(model, strict_mode=True)
    inferred = onnx.shape_inference.infer_shapes(light, strict_mode=True)
    assert full.graph.output == inferred.graph.output  # Reshape's shape operand still propagates
    assert list(full.graph.value_info) == list(inferred.graph.value_info)


def test_small_models_and_old_ir_versions_are_returned_as_they_are() -> None:
    model = _model(numpy_helper.from_array(np.ones((N, 4), np.float32), "W"))
    assert skeleton(model) is model  # nothing large
    old = _model()
    old.ir_version = 3
    assert skeleton(old) is old


def test_a_malformed_large_initializer_stays_for_the_checker() -> None:
    weight = TensorProto(name="W", data_type=TensorProto.FLOAT, dims=[N, N])
    weight.float_data.extend([1.0] * (N * N - 1))  # one value short
    model = _model(weight)
    assert "W" in [t.name for t in skeleton(model).graph.initializer]
    with pytest.raises(EmberError, match="fails the ONNX checker"):
        ember.compile(model)


@pytest.mark.parametrize("extra", [-4, 4])
def test_raw_data_of_the_wrong_length_is_named(extra: int) -> None:
    weight = numpy_helper.from_array(np.ones((N, N), np.float32), "W")
    weight.raw_data = weight.raw_data[:extra] if extra < 0 else weight.raw_data + bytes(extra)
    with pytest.raises(EmberError, match="initializer 'W': cannot read tensor data"):
        ember.compile(_model(weight))


def test_import_checks_and_computes_as_before() -> None:
    model = _model()
    x = np.random.default_rng(1).standard_normal((2, N)).astype(np.float32)
    (expected,) = ReferenceEvaluator(model).run(None, {"X": x})
    np.testing.assert_allclose(ember.compile(model, cache=False)(x)[0], expected, rtol=1e-5, atol=1e-5)
    broken = _model()
    broken.graph.node[1].input[1] = "missing"  # the checker still sees the nodes
    with pytest.raises(EmberError, match="missing"):
        ember.compile(broken, cache=False)
