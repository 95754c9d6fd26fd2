"""``graph-promote-half``: f16 matmul and softmax accumulate in f32 and round once, as
onnxruntime does; checked against float64 numpy (within one f16 rounding) and onnxruntime."""

from __future__ import annotations

import numpy as np
import onnxruntime as ort
from onnx import TensorProto, helper

import ember


def matmul_softmax_model() -> bytes:
    nodes = [helper.make_node("MatMul", ["a", "b"], ["m"]), helper.make_node("Softmax", ["m"], ["y"], axis=-1)]
    graph = helper.make_graph(
        nodes, "half",
        [helper.make_tensor_value_info("a", TensorProto.FLOAT16, [8, 512]),
         helper.make_tensor_value_info("b", TensorProto.FLOAT16, [512, 16])],
        [helper.make_tensor_value_info("m", TensorProto.FLOAT16, [8, 16]),
         helper.make_tensor_value_info("y", TensorProto.FLOAT16, [8, 16])],
    )  # fmt: skip
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 21)]).SerializeToString()


def test_f16_matmul_and_softmax_round_once() -> None:
    rng = np.random.default_rng(0)
    a = rng.uniform(0, 1, (8, 512)).astype(np.float16)
    b = rng.uniform(0, 0.1, (512, 16)).astype(np.float16)
    model = matmul_softmax_model()
    m, y = ember.compile(model, cache=False, progress=False)(a, b)
    exact = a.astype(np.float64) @ b.astype(np.float64)
    # one rounding of the exact sum: at most half an f16 ulp (2**-11 relative), plus room for the
    # f32 summation order of any CPU (far below the several ulps an f16 accumulation drifts)
    np.testing.assert_allclose(m.astype(np.float64), exact, rtol=2.0**-11 + 1e-4)
    session = ort.InferenceSession(model, providers=["CPUExecutionProvider"])
    m_ort, y_ort = session.run(None, {"a": a, "b": b})
    assert np.abs(m.astype(np.float64) - m_ort).max() <= np.spacing(np.abs(m_ort).max())
    # softmax of ember's own f16 scores (an ulp of difference in a score of ~13 moves exp by 1.6 %)
    e = np.exp(m.astype(np.float64) - m.max(axis=-1, keepdims=True))
    np.testing.assert_allclose(y.astype(np.float64), e / e.sum(axis=-1, keepdims=True), rtol=2.0**-11 + 1e-4)
