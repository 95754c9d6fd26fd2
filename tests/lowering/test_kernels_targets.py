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
@pytest.mark.parametrize("vectorize", ["pixels", "channels"])
@pytest.mark.parametrize(("kernel", "stride", "pad", "side"), [(3, 1, 1, 11), (1, 1, 0, 8), (3, 2, 1, 9)])
def test_blocked_conv_schedule_matches(monkeypatch, target, vectorize, kernel, stride, pad, side):
    """Input channels in K blocks of 3 (7 = 3 + 3 + 1) and M blocks of 8 (pixels form: output
    channels 19 = 8 + 8 + 3, on the scratch path (padding, stride) and the direct path (1x1);
    channels form: output pixels, with 19 channels = whole panels + a 1-lane tail)."""
    import ember.lowering.kernels.conv as conv_kernel

    lanes = max(4, ember.target.resolve_target(target).lanes)
    sched = KernelSchedule(lanes, 4, 2 * lanes, 3, 8, vectorize)
    monkeypatch.setattr(conv_kernel, "conv_schedule", lambda *args, **kwargs: sched)
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


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize(
    ("kernel", "stride", "dilation", "group", "bias"),
    [(3, 1, 1, 1, True), (1, 1, 1, 1, False), (3, 2, 1, 1, True), (3, 1, 2, 1, False), (3, 1, 1, 2, True), (7, 2, 1, 1, True)],
)
def test_channels_form_matches(monkeypatch, target, kernel, stride, dilation, group, bias):
    """Output channels on the lanes (unblocked): strides, dilations and groups change only the
    input offsets; two images; with and without a folded bias."""
    import ember.lowering.kernels.conv as conv_kernel
    import ember.lowering.kernels.grouped_conv as grouped_kernel

    lanes = ember.target.resolve_target(target).lanes
    sched = KernelSchedule(lanes, 3, 2 * lanes, vectorize="channels")
    monkeypatch.setattr(conv_kernel, "conv_schedule", lambda *args, **kwargs: sched)
    monkeypatch.setattr(grouped_kernel, "conv_schedule", lambda *args, **kwargs: sched)
    rng = np.random.default_rng(kernel * 100 + stride * 10 + dilation)
    co = 3 * lanes
    x = rng.standard_normal((2, 6, 13, 12), np.float32)
    w = rng.standard_normal((co, 6 // group, kernel, kernel), np.float32)
    inits = {"w": w}
    inputs = ["x", "w"]
    if bias:
        inits["b"] = rng.standard_normal(co).astype(np.float32)
        inputs.append("b")
    pad = kernel // 2
    node = helper.make_node("Conv", inputs, ["y"], strides=[stride] * 2, pads=[pad] * 4, dilations=[dilation] * 2,
                            group=group)  # fmt: skip
    oh = (13 + 2 * pad - dilation * (kernel - 1) - 1) // stride + 1
    ow = (12 + 2 * pad - dilation * (kernel - 1) - 1) // stride + 1
    model = _model([node], [("x", x.shape)], (2, co, oh, ow), inits)
    import onnxruntime

    want = onnxruntime.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"]).run(None, {"x": x})[0]
    _close(ember.compile(model, target=target)(x)[0], want)


def test_default_conv_forms_follow_the_geometry():
    """Kernel windows, strides and small 1x1 outputs put channels on the lanes; a 1x1 at 28x28
    and channel counts that are not whole vectors keep pixels there; 1x1 weight panels beyond
    half of L2 get K blocks in the channels form."""
    from ember.lowering.kernels.schedule import conv_schedule

    avx2 = ember.target.resolve_target("x86-64-v3")
    assert conv_schedule(avx2, 64, 3300, 64, 9, pixels=3136).vectorize == "channels"
    assert conv_schedule(avx2, 64, 3300, 3, 49, pixels=12544, strided=True).vectorize == "channels"
    assert conv_schedule(avx2, 512, 3300, 128, 1, pixels=784).vectorize == "pixels"
    assert conv_schedule(avx2, 12, 3300, 64, 9, pixels=3136).vectorize == "pixels"
    small = conv_schedule(avx2, 512, 49, 2048, 1, pixels=49)
    assert (small.vectorize, small.kc, small.mr, small.nr) == ("channels", 0, 6, 16)
    assert conv_schedule(avx2, 512, 49, 2 * avx2.l2 // 64, 1, pixels=49).kc == 64  # a panel twice L2
    assert conv_schedule(avx2, 64, 100, 64, 1, pixels=49).kc == 0


def test_channels_form_splits_rows_when_its_input_outgrows_l2():
    """Two cores: an unstrided 1x1 channels-form convolution whose input (pixels x channels)
    outgrows one core's L2 splits the pixel rows between the threads (each thread's share stays
    in its L2); an input that fits, or a strided one, splits the output-channel panels."""
    from ember.lowering.kernels.schedule import conv_schedule

    two = ember.target.resolve_target("x86-64-v3").with_overrides(cores=2, l2=512 * 1024)
    big = conv_schedule(two, 256, 196, 1024, 1, pixels=196)
    assert (big.vectorize, big.parallel, big.mc) == ("channels", "ic", 96)
    assert conv_schedule(two, 1024, 196, 256, 1, pixels=196).parallel == "jr"
    assert conv_schedule(two, 512, 784, 256, 1, pixels=784, strided=True).parallel == "jr"
    assert conv_schedule(two.with_overrides(cores=1), 256, 196, 1024, 1, pixels=196).parallel == "none"


@pytest.mark.parametrize("stride", [1, 2])
def test_channels_form_row_split_matches(monkeypatch, stride):
    """The channels form with its pixel rows split between two threads, the last rows outside
    the split blocks, equals onnxruntime."""
    import ember.lowering.kernels.conv as conv_kernel

    lanes = host_target().lanes
    sched = KernelSchedule(lanes, 3, 2 * lanes, 0, 6, vectorize="channels", parallel="ic", grain=1)
    monkeypatch.setattr(conv_kernel, "conv_schedule", lambda *args, **kwargs: sched)
    rng = np.random.default_rng(7 + stride)
    co = 4 * lanes
    x = rng.standard_normal((1, 24, 9, 11), np.float32)
    w = rng.standard_normal((co, 24, 1, 1), np.float32)
    node = helper.make_node("Conv", ["x", "w"], ["y"], strides=[stride] * 2)
    model = _model([node], [("x", x.shape)], (1, co, (9 - 1) // stride + 1, (11 - 1) // stride + 1), {"w": w})
    import onnxruntime

    want = onnxruntime.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"]).run(None, {"x": x})[0]
    _close(ember.compile(model, threads=2, cache=False)(x)[0], want)


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize(
    ("op", "attrs", "shape"),
    [
        ("MaxPool", {"kernel_shape": [3, 3], "strides": [2, 2], "pads": [1, 1, 1, 1]}, (1, 5, 34, 37)),
        ("MaxPool", {"kernel_shape": [3, 3], "strides": [2, 2]}, (2, 3, 27, 27)),
        ("MaxPool", {"kernel_shape": [2, 3], "strides": [3, 3], "dilations": [2, 2]}, (1, 2, 20, 61)),
        ("AveragePool", {"kernel_shape": [3, 3], "strides": [2, 2], "pads": [1, 1, 1, 1]}, (1, 4, 33, 35)),
    ],
)
def test_strided_pooling_matches(target, op, attrs, shape):
    """Pooling windows with a stride: vectors of every s-th element (linalg-vectorize), the
    reduction carried in registers, a 1-lane tail where a wide load would pass the row's end."""
    import onnx
    import onnxruntime

    x = np.random.default_rng(3).standard_normal(shape, np.float32)
    node = helper.make_node(op, ["x"], ["y"], **attrs)
    graph = helper.make_graph([node], "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, list(shape))],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, None)])  # fmt: skip
    model = onnx.shape_inference.infer_shapes(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]))
    want = onnxruntime.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"]).run(None, {"x": x})[0]
    _close(ember.compile(model, target=target)(x)[0], want)
