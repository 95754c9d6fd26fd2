"""GEMMs whose row count is known only at run time (a dynamic batch, batch x sequence) run on the
matmul micro-kernel (MR-row tiles, then 1-row tiles for the rest); checked against numpy for row
counts below, at and between multiples of every target's MR, serial and with a parallel column
loop."""

from __future__ import annotations

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

import ember

RNG = np.random.default_rng(11)


def linear_model(rank: int, k: int, n: int) -> tuple[onnx.ModelProto, np.ndarray, np.ndarray]:
    """``relu(x @ w + b)`` with ``x`` of shape ``(batch, k)`` or ``(batch, seq, k)``."""
    w = RNG.standard_normal((k, n)).astype(np.float32)
    b = RNG.standard_normal(n).astype(np.float32)
    dims = ["batch", "seq"][: rank - 1]
    graph = helper.make_graph(
        [helper.make_node("MatMul", ["x", "w"], ["p"]), helper.make_node("Add", ["p", "b"], ["s"]),
         helper.make_node("Relu", ["s"], ["y"])],
        "linear",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [*dims, k])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [*dims, n])],
        [numpy_helper.from_array(w, "w"), numpy_helper.from_array(b, "b")],
    )  # fmt: skip
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)]), w, b


@pytest.mark.parametrize("threads", [1, 2])
def test_two_dimensional_linear_with_a_run_time_batch(threads):
    model, w, b = linear_model(2, 37, 50)
    exe = ember.compile(model, threads=threads, cache=False)
    assert exe.inputs[0].dynamic
    for rows in (1, 3, 4, 5, 6, 7, 13, 64, 101):
        x = RNG.standard_normal((rows, 37)).astype(np.float32)
        np.testing.assert_allclose(exe(x)[0], np.maximum(x @ w + b, 0), rtol=1e-5, atol=1e-5)


def test_linear_on_a_batch_by_sequence_activation():
    model, w, b = linear_model(3, 24, 40)
    exe = ember.compile(model, threads=1, cache=False)
    for batch, seq in ((1, 1), (2, 5), (3, 17), (7, 33)):
        x = RNG.standard_normal((batch, seq, 24)).astype(np.float32)
        np.testing.assert_allclose(exe(x)[0], np.maximum(x @ w + b, 0), rtol=1e-5, atol=1e-5)
