"""Kernel numerics for every target this CPU can execute (x86-64-v2 / v3 always on x86-64 hosts
with AVX2, x86-64-v4 on AVX-512 hosts, and the host itself), checked against numpy with
tolerances that hold whatever the summation order of the vector width."""

from __future__ import annotations

import numpy as np
import pytest
from onnx import TensorProto, helper, numpy_helper

import ember
import ember.lowering.kernels.matmul as matmul_kernel
from ember.lowering.kernels.schedule import KernelSchedule
from ember.target import PRESETS, host_target

RUNNABLE = [name for name in ("x86-64-v2", "x86-64-v3", "x86-64-v4") if PRESETS[name].runs_on(host_target())]
TARGETS = ["host", *RUNNABLE]


def _model(nodes, inputs, output_shape, initializers):  # noqa: ANN001, ANN202
    graph = helper.make_graph(
        nodes,
        "g",
        [helper.make_tensor_value_info(n, TensorProto.FLOAT, list(s)) for n, s in inputs],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, list(output_shape))],
        [numpy_helper.from_array(v, k) for k, v in initializers.items()],
    )
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])


def _close(got: np.ndarray, want: np.ndarray) -> None:
    np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-5 * max(1.0, float(np.abs(want).max())))


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("shape", [(1, 37, 45), (7, 64, 50), (13, 33, 131), (64, 96, 48)])
def test_matmul_with_constant_weights(target, shape):
    m, k, n = shape
    rng = np.random.default_rng(m * k * n)
    a, b = rng.standard_normal((m, k), np.float32), rng.standard_normal((k, n), np.float32)
    model = _model([helper.make_node("MatMul", ["a", "b"], ["y"])], [("a", (m, k))], (m, n), {"b": b})
    _close(ember.compile(model, target=target)(a)[0], a.astype(np.float64) @ b)


@pytest.mark.parametrize("target", TARGETS)
def test_matmul_with_activation_operands(target):
    rng = np.random.default_rng(0)
    a, b = rng.standard_normal((9, 21), np.float32), rng.standard_normal((21, 35), np.float32)
    model = _model([helper.make_node("MatMul", ["a", "b"], ["y"])], [("a", (9, 21)), ("b", (21, 35))], (9, 35), {})
    _close(ember.compile(model, target=target)(a, b)[0], a.astype(np.float64) @ b)


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize(("stride", "pad", "kernel"), [(1, 1, 3), (2, 1, 3), (1, 0, 1), (2, 3, 7)])
def test_conv_with_bias(target, stride, pad, kernel):
    rng = np.random.default_rng(stride * 10 + kernel)
    x = rng.standard_normal((1, 5, 19, 17), np.float32)
    w = rng.standard_normal((11, 5, kernel, kernel), np.float32)
    bias = rng.standard_normal(11).astype(np.float32)
    node = helper.make_node("Conv", ["x", "w", "bias"], ["y"], strides=[stride] * 2, pads=[pad] * 4)
    oh = (19 + 2 * pad - kernel) // stride + 1
    ow = (17 + 2 * pad - kernel) // stride + 1
    model = _model([node], [("x", x.shape)], (1, 11, oh, ow), {"w": w, "bias": bias})
    got = ember.compile(model, target=target)(x)[0]
    import onnxruntime

    want = onnxruntime.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"]).run(None, {"x": x})[0]
    _close(got, want)


@pytest.mark.parametrize("target", TARGETS)
def test_blocked_schedule_matches(monkeypatch, target):
    """K and M blocks with remainders (K = 150 in blocks of 64, M = 40 in blocks of 12)."""
    lanes = max(4, ember.target.resolve_target(target).lanes)
    blocked = KernelSchedule(lanes, 4, 2 * lanes, 64, 12)
    monkeypatch.setattr(matmul_kernel, "gemm_schedule", lambda *args: blocked)
    rng = np.random.default_rng(1)
    a, b = rng.standard_normal((40, 150), np.float32), rng.standard_normal((150, 3 * lanes + 3), np.float32)
    model = _model([helper.make_node("MatMul", ["a", "b"], ["y"])], [("a", a.shape)], (40, b.shape[1]), {"b": b})
    _close(ember.compile(model, target=target)(a)[0], a.astype(np.float64) @ b)


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize(("kernel", "stride", "pad", "side"), [(3, 1, 1, 11), (1, 1, 0, 8), (3, 2, 1, 9)])
def test_blocked_conv_schedule_matches(monkeypatch, target, kernel, stride, pad, side):
    """Input channels in K blocks of 3 (7 = 3 + 3 + 1) and output channels in M blocks of 8
    (19 = 8 + 8 + 3), on the scratch path (padding, stride) and the direct path (1x1)."""
    import ember.lowering.kernels.conv as conv_kernel

    lanes = max(4, ember.target.resolve_target(target).lanes)
    monkeypatch.setattr(conv_kernel, "conv_schedule", lambda *args: KernelSchedule(lanes, 4, 2 * lanes, 3, 8))
    rng = np.random.default_rng(kernel * 10 + stride)
    x = rng.standard_normal((1, 7, side, side), np.float32)
    w = rng.standard_normal((19, 7, kernel, kernel), np.float32)
    bias = rng.standard_normal(19).astype(np.float32)
    out = (side + 2 * pad - kernel) // stride + 1
    node = helper.make_node("Conv", ["x", "w", "bias"], ["y"], strides=[stride] * 2, pads=[pad] * 4)
    model = _model([node], [("x", x.shape)], (1, 19, out, out), {"w": w, "bias": bias})
    import onnxruntime

    want = onnxruntime.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"]).run(None, {"x": x})[0]
    _close(ember.compile(model, target=target)(x)[0], want)
