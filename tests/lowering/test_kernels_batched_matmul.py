"""Batched matmul through the GEMM micro-kernel (lowering/kernels/batched.py): numerics vs numpy
for every runnable target, through ONNX models compiled with ``ember.compile``, and that the
kernel (not the scalar generic) computed each product."""

from __future__ import annotations

import numpy as np
import pytest
from onnx import TensorProto, helper, numpy_helper
from xdsl.dialects.linalg import ops as linalg

import ember
from ember.driver import lower_module
from ember.lowering.kernels.batched import batched_gemm
from ember.runtime.executable import CompileTimes
from ember.target import PRESETS, host_target, resolve_target, set_target

RUNNABLE = [name for name in ("x86-64-v2", "x86-64-v3", "x86-64-v4") if PRESETS[name].runs_on(host_target())]

# (A shape, B shape, B constant)
CASES = [
    ((2, 3, 5, 7), (2, 3, 7, 9), False),  # attention-like, both batched
    ((1, 3, 5, 7), (2, 1, 7, 9), False),  # broadcast batch dims on both sides
    ((4, 10, 32), (32, 48), True),  # linear layer on a 3-D activation: collapsed to one GEMM
    ((4, 10, 32), (32, 48), False),  # the same with the weight as an input
    ((4, 10, 32), (4, 32, 20), False),  # both activations
    ((3, 13, 17), (3, 17, 37), True),  # constant B with a batch dim: packed per matrix
    ((2, 1, 9, 33), (1, 33, 19), True),  # constant B with a unit batch dim: collapsed
    ((11, 1), (5, 1, 29), False),  # 2-D A against a batched B (K = 1)
    ((2, 3, 1, 70), (70, 3), False),  # M = 1, N < lanes
]


def _model(a_shape: tuple[int, ...], b: np.ndarray, b_const: bool, out_shape: tuple[int, ...]):  # noqa: ANN202
    inputs = [("a", a_shape)] + ([] if b_const else [("b", b.shape)])
    graph = helper.make_graph(
        [helper.make_node("MatMul", ["a", "b"], ["y"])],
        "g",
        [helper.make_tensor_value_info(n, TensorProto.FLOAT, list(s)) for n, s in inputs],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, list(out_shape))],
        [numpy_helper.from_array(b, "b")] if b_const else [],
    )
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])


def _data(a_shape: tuple[int, ...], b_shape: tuple[int, ...]) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(sum(a_shape) * 100 + sum(b_shape))
    return rng.standard_normal(a_shape).astype(np.float32), rng.standard_normal(b_shape).astype(np.float32)


def _close(got: np.ndarray, want: np.ndarray) -> None:
    np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-5 * float(np.abs(want).max()))


@pytest.mark.parametrize("target", RUNNABLE)
@pytest.mark.parametrize(("a_shape", "b_shape", "b_const"), CASES)
def test_batched_matmul_numerics(target: str, a_shape, b_shape, b_const: bool) -> None:  # noqa: ANN001
    a, b = _data(a_shape, b_shape)
    want = np.matmul(a.astype(np.float64), b.astype(np.float64))
    exe = ember.compile(_model(a_shape, b, b_const, want.shape), target=target)
    got = exe(a)[0] if b_const else exe(a, b)[0]
    _close(got, want)


@pytest.mark.parametrize("target", RUNNABLE)
@pytest.mark.parametrize(("a_shape", "b_shape", "b_const"), CASES)
def test_batched_matmul_uses_the_kernel(target: str, a_shape, b_shape, b_const: bool) -> None:  # noqa: ANN001
    a, b = _data(a_shape, b_shape)
    module = ember.import_onnx(_model(a_shape, b, b_const, np.matmul(a, b).shape))
    set_target(module, resolve_target(target))
    lower_module(module, "convert-graph-to-linalg,bufferize,linalg-kernel-schedule", CompileTimes())
    batched = [op for op in module.walk() if batched_gemm(op) is not None]
    assert len(batched) == 1 and "ember.schedule" in batched[0].attributes  # annotated too
    lower_module(module, "linalg-matmul-microkernel", CompileTimes())
    text = str(module)
    assert "vector.fma" in text
    reductions = [op for op in module.walk() if isinstance(op, linalg.GenericOp) and "reduction" in str(op.iterator_types)]
    assert reductions == []  # the only generic left is the zero fill


def test_collapsed_linear_layer_is_one_packed_gemm() -> None:
    """[B,S,K] x W[K,N]: one GEMM over the collapsed [B*S, K] view, W packed into panels."""
    a, w = _data((4, 10, 32), (32, 48))
    module = ember.import_onnx(_model(a.shape, w, True, (4, 10, 48)))
    set_target(module, resolve_target("x86-64-v3"))
    lower_module(module, "convert-graph-to-linalg,bufferize,linalg-kernel-schedule", CompileTimes())
    text = str(module)
    assert "mr = 6 : i64, nr = 16 : i64" in text  # sized as the 40 x 48 x 32 GEMM
    lower_module(module, "linalg-matmul-microkernel", CompileTimes())
    text = str(module)
    assert "memref<4x10x32xf32> into memref<40x32xf32>" in text
    assert "memref<4x10x48xf32> into memref<40x48xf32>" in text
    assert "_panels16" in text and "scf.for" in text
