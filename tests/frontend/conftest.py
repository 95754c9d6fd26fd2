"""Fixtures of the ONNX frontend tests: build small models with onnx.helper and compare ember's
reference run with onnxruntime."""

from __future__ import annotations

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

import ember
from ember.runtime.reference import run_reference

NP_TO_ONNX = {
    np.dtype(np.float32): TensorProto.FLOAT, np.dtype(np.float64): TensorProto.DOUBLE,
    np.dtype(np.float16): TensorProto.FLOAT16, np.dtype(np.int8): TensorProto.INT8,
    np.dtype(np.int16): TensorProto.INT16, np.dtype(np.int32): TensorProto.INT32,
    np.dtype(np.int64): TensorProto.INT64, np.dtype(np.uint8): TensorProto.UINT8,
    np.dtype(np.bool_): TensorProto.BOOL,
}  # fmt: skip


class OnnxCase:
    """Build a one-graph model from nodes, named inputs (arrays) and initializers."""

    NP_TO_ONNX = NP_TO_ONNX

    @staticmethod
    def model(nodes, inputs: dict, outputs: list[str], initializers: dict | None = None, opset: int = 17, out_types: dict | None = None, out_shapes: dict | None = None):
        graph = helper.make_graph(
            nodes,
            "test",
            [helper.make_tensor_value_info(n, NP_TO_ONNX[a.dtype], a.shape) for n, a in inputs.items()],
            [helper.make_tensor_value_info(n, (out_types or {}).get(n, TensorProto.FLOAT), (out_shapes or {}).get(n)) for n in outputs],
            [numpy_helper.from_array(np.asarray(v), n) for n, v in (initializers or {}).items()],
        )
        model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])
        model.ir_version = 8 if opset < 21 else 10
        inferred = onnx.shape_inference.infer_shapes(model)
        known = {v.name: v for v in (*inferred.graph.value_info, *inferred.graph.output)}
        for output in model.graph.output:
            if output.name in known and known[output.name].type.tensor_type.HasField("shape"):
                output.type.CopyFrom(known[output.name].type)
        return model

    @staticmethod
    def onnxruntime(model, inputs: dict):
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.log_severity_level = 3
        session = ort.InferenceSession(model.SerializeToString(), options, providers=["CPUExecutionProvider"])
        return session.run(None, inputs)

    @staticmethod
    def ember(model, inputs: dict):
        return run_reference(ember.import_onnx(model), list(inputs.values()))

    def check(self, model, inputs: dict, rtol=1e-5, atol=1e-6):
        """ember's reference run equals onnxruntime (dtype, shape and values)."""
        onnx.checker.check_model(model)
        expected = self.onnxruntime(model, inputs)
        actual = self.ember(model, inputs)
        assert len(actual) == len(expected)
        for a, e in zip(actual, expected, strict=True):
            assert a.dtype == e.dtype and a.shape == e.shape, (a.dtype, a.shape, e.dtype, e.shape)
            np.testing.assert_allclose(a, e, rtol=rtol, atol=atol)
        return actual


@pytest.fixture
def onnx_case():
    return OnnxCase()


@pytest.fixture
def rng():
    return np.random.default_rng(0)
