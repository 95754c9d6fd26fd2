"""Fused conv epilogues (graph-fuse -> linalg-fuse-elementwise -> linalg-conv-microkernel):
numerics vs numpy for both kernel forms, direct and scratch tiles, K blocks, per-channel and
residual operands; and the structure (no separate elementwise loop nest, no conv buffer)."""

from __future__ import annotations

import numpy as np
import pytest
from xdsl.dialects import arith, math, memref
from xdsl.dialects.linalg import ops as linalg
from xdsl.ir import Operation

from ember.context import make_context
from ember.dialects.graph.resources import dense_from_numpy
from ember.driver import compile_llvm_module, lower_module
from ember.lowering.kernels.schedule import KernelSchedule, set_schedule
from ember.runtime.executable import CompileTimes, Executable, entry_signature
from ember.textual import parse_module
from tests.lowering.test_kernels_conv import _arr, _t, reference

TENSOR_STAGE = "graph-fuse,convert-graph-to-linalg,linalg-fuse-elementwise,bufferize"


def compile_with(text: str, schedule: KernelSchedule | None) -> tuple[Executable, list[str]]:
    """Lower ``text`` with every conv pinned to ``schedule`` (None: the target's default); also
    returns the names of the ops left after ``linalg-conv-microkernel`` whose body computes a
    ``maximumf`` (a ReLU outside the kernel) or that allocate an NCHW buffer."""
    module, _ = parse_module(make_context(), text, "test")
    inputs, outputs, _ = entry_signature(module, "main", None)
    times = CompileTimes()
    lower_module(module, TENSOR_STAGE, times, verify=True)
    if schedule is not None:
        for op in module.walk():
            if isinstance(op, linalg.Conv2DNchwFchwOp):
                set_schedule(op, schedule)
    lower_module(module, "linalg-conv-microkernel", times, verify=True)
    unfused = [op.name for op in module.walk() if _separate_relu(op) or _nchw_alloc(op)]
    lower_module(module, "linalg-vectorize,convert-linalg-to-loops,loops-to-llvm", times, verify=True)
    return Executable(compile_llvm_module(module, times), "main", inputs, outputs, times), unfused


def _separate_relu(op: Operation) -> bool:
    return isinstance(op, linalg.GenericOp) and any(isinstance(o, arith.MaximumfOp) for o in op.body.walk())


def _nchw_alloc(op: Operation) -> bool:
    return isinstance(op, memref.AllocOp) and len(op.memref.type.get_shape()) == 4 and op.memref.type.get_shape()[0] == 1


SCHEDULES = {
    "default": None,
    "pixels": KernelSchedule(8, 4, 16),
    "pixels-kblocks": KernelSchedule(8, 4, 16, kc=3),
    "channels": KernelSchedule(8, 4, 8, vectorize="channels"),
    "channels-kblocks": KernelSchedule(8, 2, 8, kc=3, vectorize="channels"),
    # the tile's transpose pairs an odd number of rows (6: 3 pairs, then an odd one out; 7: at
    # every level), and the remainder tiles have 1-6 rows
    "channels-mr6": KernelSchedule(8, 6, 16, vectorize="channels"),
    "channels-mr7": KernelSchedule(8, 7, 8, vectorize="channels"),
    "one-lane": KernelSchedule(1, 2, 1),
}

SHAPES = [
    # (ci, h, w, co, k, stride, pad)
    (7, 9, 9, 16, 3, 1, 1),  # scratch columns (3x3 with padding)
    (8, 4, 8, 16, 1, 1, 0),  # direct tiles (1x1, 32 pixels)
    (5, 11, 11, 8, 3, 2, 1),  # strided: phase planes
]


def _model(x_shape: tuple, w: np.ndarray, bias: np.ndarray, scale: np.ndarray, stride: int, pad: int) -> str:
    """conv(x, w, bias) * scale[1, Co, 1, 1] + residual, then ReLU: one fusion group."""
    n, _, h, wd = x_shape
    co, _, k, _ = w.shape
    oh, ow = (h + 2 * pad - k) // stride + 1, (wd + 2 * pad - k) // stride + 1
    xt, yt = _t(x_shape), _t((n, co, oh, ow))
    props = f"{{strides = {_arr((stride, stride))}, pads = {_arr((pad,) * 4)}}}"
    return (
        f"func.func @main(%x: {xt}, %r: {yt}) -> {yt} {{\n"
        f"  %w = graph.constant {dense_from_numpy(w)}\n"
        f"  %b = graph.constant {dense_from_numpy(bias)}\n"
        f"  %s = graph.constant {dense_from_numpy(scale)}\n"
        f"  %c = graph.conv %x, %w, %b {props} : ({xt}, {_t(w.shape)}, {_t(bias.shape)}) -> {yt}\n"
        f"  %m = graph.mul %c, %s : ({yt}, {_t(scale.shape)}) -> {yt}\n"
        f"  %a = graph.add %m, %r : ({yt}, {yt}) -> {yt}\n"
        f"  %y = graph.relu %a : ({yt}) -> {yt}\n"
        f"  return %y : {yt}\n}}\n"
    )


def _case(shape: tuple, seed: int) -> tuple[np.ndarray, ...]:
    """Input, weights, bias, per-channel scale, the conv's reference result and a residual."""
    ci, h, wd, co, k, stride, pad = shape
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((1, ci, h, wd)).astype(np.float32)
    w = rng.standard_normal((co, ci, k, k)).astype(np.float32)
    bias = rng.standard_normal(co).astype(np.float32)
    scale = rng.standard_normal((1, co, 1, 1)).astype(np.float32)
    conv = reference(x, w, bias, (stride, stride), (pad,) * 4, (1, 1))
    return x, w, bias, scale, conv, rng.standard_normal(conv.shape).astype(np.float32)


@pytest.mark.parametrize("schedule", list(SCHEDULES), ids=list(SCHEDULES))
@pytest.mark.parametrize("shape", SHAPES, ids=[str(i) for i in range(len(SHAPES))])
def test_conv_epilogue(shape: tuple, schedule: str) -> None:
    ci, co, stride, pad = shape[0], shape[3], shape[5], shape[6]
    x, w, bias, scale, conv, r = _case(shape, ci * 31 + co)
    expected = np.maximum(conv * scale + r, 0)
    exe, unfused = compile_with(_model(x.shape, w, bias, scale, stride, pad), SCHEDULES[schedule])
    assert unfused == [] or (pad and unfused == ["memref.alloc"])  # only the padded input is left
    (out,) = exe(x, r)
    np.testing.assert_allclose(out, expected, rtol=1e-4, atol=1e-4)


def _transposed_result(text: str) -> str:
    """``_model``'s text with the result (then an intermediate) transposed in its last two dims
    before it is returned."""
    yt = text.split("%r: ", 1)[1].split(")", 1)[0]
    n, c, h, w = (int(d) for d in yt.removeprefix("tensor<").split("x")[:4])
    tt = f"tensor<{n}x{c}x{w}x{h}xf32>"
    transpose = f"  %t = graph.transpose %y {{perm = array<i64: 0, 1, 3, 2>}} : ({yt}) -> {tt}\n  return %t : {tt}"
    return text.replace(f"-> {yt} {{", f"-> {tt} {{").replace(f"  return %y : {yt}", transpose)


def _intermediate_residual(text: str) -> str:
    """:func:`_transposed_result` with the residual an intermediate (``relu(r)``) that dies at
    the add."""
    yt = text.split("%r: ", 1)[1].split(")", 1)[0]
    head, tail = _transposed_result(text).split("  %w = ", 1)
    return f"{head}  %q = graph.relu %r : ({yt}) -> {yt}\n  %w = " + tail.replace("%m, %r :", "%m, %q :")


def _output_sized_allocs(text: str, schedule: KernelSchedule | None) -> int:
    """How many buffers of the conv output's type ``linalg-conv-microkernel`` leaves."""
    module, _ = parse_module(make_context(), text, "test")
    times = CompileTimes()
    lower_module(module, TENSOR_STAGE, times, verify=True)
    conv = next(op for op in module.walk() if isinstance(op, linalg.Conv2DNchwFchwOp))
    out_type = conv.outputs[0].type
    if schedule is not None:
        set_schedule(conv, schedule)
    lower_module(module, "linalg-conv-microkernel", times, verify=True)
    return sum(1 for op in module.walk() if isinstance(op, memref.AllocOp) and op.memref.type == out_type)


@pytest.mark.parametrize("schedule", list(SCHEDULES), ids=list(SCHEDULES))
@pytest.mark.parametrize("shape", SHAPES, ids=[str(i) for i in range(len(SHAPES))])
def test_conv_epilogue_in_place(shape: tuple, schedule: str) -> None:
    """A residual that dies at the epilogue is overwritten by the result (one output-sized
    buffer: the residual's) unless the kernel accumulates K blocks in the output; same numbers."""
    ci, co, stride, pad = shape[0], shape[3], shape[5], shape[6]
    x, w, bias, scale, conv, r = _case(shape, ci * 37 + co)
    text = _intermediate_residual(_model(x.shape, w, bias, scale, stride, pad))
    exe, _ = compile_with(text, SCHEDULES[schedule])
    (out,) = exe(x, r)
    expected = np.maximum(conv * scale + np.maximum(r, 0), 0).transpose(0, 1, 3, 2)
    np.testing.assert_allclose(out, expected, rtol=1e-4, atol=1e-4)
    accumulates = schedule == "pixels-kblocks"
    assert _output_sized_allocs(text, SCHEDULES[schedule]) == (2 if accumulates else 1)


def test_conv_epilogue_argument_residual_not_overwritten() -> None:
    """A residual that is a function argument (the caller's array) is never written."""
    rng = np.random.default_rng(3)
    x = rng.standard_normal((1, 8, 4, 8)).astype(np.float32)
    w = rng.standard_normal((16, 8, 1, 1)).astype(np.float32)
    bias, scale = rng.standard_normal(16).astype(np.float32), np.ones((1, 16, 1, 1), np.float32)
    r = rng.standard_normal((1, 16, 4, 8)).astype(np.float32)
    kept = r.copy()
    text = _transposed_result(_model(x.shape, w, bias, scale, 1, 0))
    exe, _ = compile_with(text, None)
    (out,) = exe(x, r)
    np.testing.assert_array_equal(r, kept)
    conv = reference(x, w, bias, (1, 1), (0,) * 4, (1, 1))
    np.testing.assert_allclose(out, np.maximum(conv + r, 0).transpose(0, 1, 3, 2), rtol=1e-4, atol=1e-4)
    assert _output_sized_allocs(text, None) == 1


def _residual_block() -> bytes:
    """An ONNX residual block: conv-relu-conv, + input, relu; then an elementwise tail."""
    from onnx import TensorProto, helper, numpy_helper

    rng = np.random.default_rng(7)
    inits = [
        numpy_helper.from_array(rng.standard_normal((16, 16, 3, 3)).astype(np.float32) * 0.2, "w1"),
        numpy_helper.from_array(rng.standard_normal(16).astype(np.float32), "b1"),
        numpy_helper.from_array(rng.standard_normal((16, 16, 1, 1)).astype(np.float32) * 0.3, "w2"),
    ]
    nodes = [
        helper.make_node("Conv", ["x", "w1", "b1"], ["c1"], pads=[1, 1, 1, 1]),
        helper.make_node("Relu", ["c1"], ["r1"]),
        helper.make_node("Conv", ["r1", "w2"], ["c2"]),
        helper.make_node("Add", ["c2", "x"], ["s"]),
        helper.make_node("Relu", ["s"], ["r2"]),
        helper.make_node("Sigmoid", ["r2"], ["g"]),
        helper.make_node("Mul", ["g", "r2"], ["y"]),
    ]
    graph = helper.make_graph(
        nodes, "block", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 16, 12, 12])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 16, 12, 12])], inits,
    )  # fmt: skip
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)]).SerializeToString()


def test_fused_equals_unfused_and_onnxruntime() -> None:
    """ember.compile fuses by default (graph-fuse in the driver's pipeline); fuse=False lowers
    every op on its own: same numbers, both equal to onnxruntime."""
    import onnxruntime as ort

    import ember

    model = _residual_block()
    x = np.random.default_rng(1).standard_normal((1, 16, 12, 12)).astype(np.float32)
    expected = ort.InferenceSession(model).run(None, {"x": x})[0]
    fused = ember.compile(model, cache=False, threads=1)
    plain = ember.compile(model, cache=False, threads=1, fuse=False)
    (a,), (b,) = fused(x), plain(x)
    np.testing.assert_allclose(a, expected, rtol=1e-4, atol=1e-4)
    np.testing.assert_array_equal(a, b)
    assert "graph-fuse" in fused.compile_times.steps and "graph-fuse" not in plain.compile_times.steps


def _mlp(rows: tuple[int, ...], k: int, n: int) -> tuple[bytes, np.ndarray]:
    """MatMul + bias -> tanh -> MatMul + bias + residual: two matmul groups."""
    from onnx import TensorProto, helper, numpy_helper

    rng = np.random.default_rng(k + n)
    inits = [
        numpy_helper.from_array(rng.standard_normal((k, n)).astype(np.float32) * 0.2, "w"),
        numpy_helper.from_array(rng.standard_normal(n).astype(np.float32), "b"),
        numpy_helper.from_array(rng.standard_normal((n, k)).astype(np.float32) * 0.2, "w2"),
        numpy_helper.from_array(rng.standard_normal(k).astype(np.float32), "b2"),
    ]
    nodes = [
        helper.make_node("MatMul", ["x", "w"], ["m"]),
        helper.make_node("Add", ["m", "b"], ["a"]),
        helper.make_node("Tanh", ["a"], ["g"]),
        helper.make_node("MatMul", ["g", "w2"], ["m2"]),
        helper.make_node("Add", ["m2", "b2"], ["a2"]),
        helper.make_node("Add", ["a2", "x"], ["y"]),
    ]
    shape = [*rows, k]
    graph = helper.make_graph(
        nodes, "mlp", [helper.make_tensor_value_info("x", TensorProto.FLOAT, shape)],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, shape)], inits,
    )  # fmt: skip
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)]).SerializeToString()
    return model, rng.standard_normal(shape).astype(np.float32)


MATMUL_SCHEDULES = {"default": None, "kblocks": KernelSchedule(8, 4, 16, kc=8), "one-lane": KernelSchedule(1, 3, 1)}


@pytest.mark.parametrize("schedule", list(MATMUL_SCHEDULES), ids=list(MATMUL_SCHEDULES))
@pytest.mark.parametrize("rows", [(13,), (2, 7)], ids=["2d", "3d-collapsed"])
def test_matmul_epilogue(rows: tuple[int, ...], schedule: str) -> None:
    """Bias, tanh and the residual run in the matmul kernels' last K block (2-D matmul and the
    row-collapsed batched matmul of a linear layer); numerics vs onnxruntime."""
    import onnxruntime as ort

    from ember.frontend.onnx import import_onnx

    model, x = _mlp(rows, 24, 40)
    expected = ort.InferenceSession(model).run(None, {"x": x})[0]
    module = import_onnx(model)
    times = CompileTimes()
    inputs, outputs, _ = entry_signature(module, "main", None)
    lower_module(module, "graph-optimize," + TENSOR_STAGE, times, verify=True)
    pinned = MATMUL_SCHEDULES[schedule]
    for op in module.walk():
        if pinned is not None and isinstance(op, linalg.MatmulOp | linalg.GenericOp) and "ember.fusion_group" in op.attributes:
            if not any(isinstance(o, math.TanhOp) for o in op.body.walk()) and len(op.inputs) == 2:
                set_schedule(op, pinned)
    lower_module(module, "linalg-matmul-microkernel", times, verify=True)
    leftover = [op for op in module.walk() if isinstance(op, linalg.GenericOp) and "ember.fusion_group" in op.attributes]
    assert leftover == []
    lower_module(module, "linalg-vectorize,convert-linalg-to-loops,loops-to-llvm", times, verify=True)
    exe = Executable(compile_llvm_module(module, times), "main", inputs, outputs, times)
    (out,) = exe(x)
    np.testing.assert_allclose(out, expected, rtol=1e-4, atol=1e-4)
