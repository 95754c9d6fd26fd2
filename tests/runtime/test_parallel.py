"""Parallel loops (``threads`` / ``EMBER_NUM_THREADS`` -> ``scf.parallel`` -> libgomp): the parallel
code of every kernel kind computes what the serial code computes (bit for bit: each output element
is computed by the same operations, only by another thread) and what onnxruntime computes;
``threads=1`` references no OpenMP symbol; tiny ops stay serial; two Python threads calling one
executable get the single-threaded results. The models are small ONNX graphs built here, sized so
that every kernel clears its grain on AVX2 and AVX-512 targets alike."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

import ember
from ember.context import make_context
from ember.diagnostics import EmberError
from ember.frontend.onnx.light_models import backend_inputs, light_model_path, with_random_weights
from ember.registry import build_pipeline
from ember.target import THREADS_VARIABLE, host_target, resolve_threads, set_target
from ember.textual import print_module

RNG = np.random.default_rng(7)


def tensor(name: str, shape: list[int]) -> onnx.ValueInfoProto:
    return helper.make_tensor_value_info(name, TensorProto.FLOAT, shape)


def weight(name: str, shape: tuple[int, ...]) -> onnx.TensorProto:
    return numpy_helper.from_array((RNG.standard_normal(shape) * 0.1).astype(np.float32), name)


def model(nodes: list, inputs: list, outputs: list, weights: list | None = None) -> onnx.ModelProto:
    graph = helper.make_graph(nodes, "g", inputs, outputs, weights or [])
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])


def matmul(m: int, k: int, n: int) -> onnx.ModelProto:
    return model([helper.make_node("MatMul", ["x", "w"], ["y"])], [tensor("x", [m, k])], [tensor("y", [m, n])],
                 [weight("w", (k, n))])  # fmt: skip


def conv(ci: int, co: int, side: int, kernel: int, stride: int = 1, group: int = 1) -> onnx.ModelProto:
    pad = kernel // 2
    out = (side + 2 * pad - kernel) // stride + 1
    node = helper.make_node("Conv", ["x", "w", "b"], ["c"], kernel_shape=[kernel, kernel], pads=[pad] * 4,
                            strides=[stride, stride], group=group)  # fmt: skip
    relu = helper.make_node("Relu", ["c"], ["y"])
    return model([node, relu], [tensor("x", [1, ci, side, side])], [tensor("y", [1, co, out, out])],
                 [weight("w", (co, ci // group, kernel, kernel)), weight("b", (co,))])  # fmt: skip


def batched_matmul() -> onnx.ModelProto:
    node = helper.make_node("MatMul", ["q", "k"], ["s"])
    return model([node], [tensor("q", [2, 4, 96, 32]), tensor("k", [2, 4, 32, 96])], [tensor("s", [2, 4, 96, 96])])


def elementwise() -> onnx.ModelProto:
    nodes = [helper.make_node("Add", ["x", "b"], ["a"]), helper.make_node("Sigmoid", ["a"], ["s"]),
             helper.make_node("Mul", ["a", "s"], ["y"])]  # fmt: skip
    return model(nodes, [tensor("x", [2, 64, 64, 64])], [tensor("y", [2, 64, 64, 64])], [weight("b", (64, 1, 1))])


def pooling_softmax() -> onnx.ModelProto:
    nodes = [
        helper.make_node("MaxPool", ["x"], ["p"], kernel_shape=[3, 3], strides=[2, 2], pads=[1, 1, 1, 1]),
        helper.make_node("AveragePool", ["x"], ["a"], kernel_shape=[2, 2], strides=[2, 2]),
        helper.make_node("Add", ["p", "a"], ["s"]),
        helper.make_node("Softmax", ["s"], ["y"], axis=-1),
        helper.make_node("ReduceMean", ["x"], ["r"], axes=[1], keepdims=0),
    ]
    return model(nodes, [tensor("x", [1, 64, 128, 128])], [tensor("y", [1, 64, 64, 64]), tensor("r", [1, 128, 128])])


CASES = {
    "matmul-columns": matmul(64, 256, 512),
    "matmul-rows": matmul(1024, 256, 24),
    "conv3x3": conv(32, 64, 56, 3),
    "conv-strided-blocked": conv(256, 96, 30, 3, stride=2),
    "conv1x1": conv(64, 128, 28, 1),
    "depthwise": conv(64, 64, 56, 3, group=64),
    "depthwise-strided": conv(96, 96, 56, 3, stride=2, group=96),
    "grouped": conv(64, 64, 56, 3, group=4),
    "batched-matmul": batched_matmul(),
    "elementwise": elementwise(),
    "pooling-softmax-reduce": pooling_softmax(),
}


def inputs_of(m: onnx.ModelProto) -> list[np.ndarray]:
    inits = {t.name for t in m.graph.initializer}
    shapes = [[d.dim_value for d in i.type.tensor_type.shape.dim] for i in m.graph.input if i.name not in inits]
    return [RNG.standard_normal(shape).astype(np.float32) for shape in shapes]


def llvm_stage(m: onnx.ModelProto, threads: int) -> str:
    """The model at the llvm stage for the host with ``threads`` cores, printed."""
    module = ember.import_onnx(m)
    set_target(module, host_target().with_overrides(cores=threads))
    ctx = make_context()
    for p in build_pipeline("graph-optimize,lower-to-llvm").passes:
        p.apply(ctx, module)
    return print_module(module, ctx=ctx)


def onnxruntime_outputs(m: onnx.ModelProto, inputs: list[np.ndarray]) -> list[np.ndarray]:
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.log_severity_level = 3
    session = ort.InferenceSession(m.SerializeToString(), options, providers=["CPUExecutionProvider"])
    return session.run(None, dict(zip([i.name for i in session.get_inputs()], inputs, strict=True)))


def assert_close(outputs: list[np.ndarray], expected: list[np.ndarray]) -> None:
    for out, ref in zip(outputs, expected, strict=True):
        scale = max(float(np.abs(ref).max()), 1.0)
        np.testing.assert_allclose(out, ref, rtol=1e-4, atol=2e-5 * scale)


@pytest.mark.parametrize("name", list(CASES))
def test_parallel_kernels_match_serial_and_onnxruntime(name):
    m = CASES[name]
    assert "llvm.call @GOMP_parallel" in llvm_stage(m, 2), "the case should exercise a parallel loop"
    inputs = inputs_of(m)
    serial = ember.compile(m, threads=1)(*inputs)
    parallel = ember.compile(m, threads=2)(*inputs)
    for a, b in zip(parallel, serial, strict=True):
        np.testing.assert_array_equal(a, b)
    assert_close(parallel, onnxruntime_outputs(m, inputs))


def test_more_threads_than_cores_still_exact():
    m = CASES["conv3x3"]
    inputs = inputs_of(m)
    np.testing.assert_array_equal(ember.compile(m, threads=5)(*inputs)[0], ember.compile(m, threads=1)(*inputs)[0])


def test_one_thread_emits_no_runtime_calls():
    text = llvm_stage(CASES["conv3x3"], 1)
    assert "scf.parallel" not in text and "GOMP" not in text and "omp_" not in text
    exe = ember.compile(CASES["conv3x3"], threads=1)
    assert exe._jit.runtime_libraries == ()
    assert ember.compile(CASES["conv3x3"], threads=2)._jit.runtime_libraries != ()


def test_tiny_ops_stay_serial():
    tiny = model([helper.make_node("Relu", ["x"], ["y"]), ], [tensor("x", [4, 64])], [tensor("y", [4, 64])])
    small = matmul(8, 32, 16)
    for m in (tiny, small):
        assert "GOMP" not in llvm_stage(m, 8)


def test_ember_num_threads_is_honoured(monkeypatch):
    m = CASES["matmul-columns"]
    monkeypatch.setenv(THREADS_VARIABLE, "1")
    assert resolve_threads() == 1
    assert ember.compile(m)._jit.runtime_libraries == ()
    monkeypatch.setenv(THREADS_VARIABLE, "2")
    assert resolve_threads() == 2 and resolve_threads(3) == 3
    assert ember.compile(m)._jit.runtime_libraries != ()
    monkeypatch.setenv(THREADS_VARIABLE, "two")
    with pytest.raises(EmberError, match="EMBER_NUM_THREADS must be a positive integer"):
        ember.compile(m)
    monkeypatch.delenv(THREADS_VARIABLE)
    assert resolve_threads() == host_target().cores
    with pytest.raises(EmberError, match="threads must be a positive integer"):
        ember.compile(m, threads=0)


def test_concurrent_calls_from_two_python_threads():
    m = CASES["conv-strided-blocked"]
    exe = ember.compile(m, threads=2)
    serial = ember.compile(m, threads=1)
    batches = [inputs_of(m) for _ in range(6)]
    expected = [serial(*b)[0] for b in batches]

    def run(index: int) -> list[np.ndarray]:
        return [exe(*batches[(index + r) % len(batches)])[0] for r in range(len(batches))]

    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(run, range(2)))
    for index, outs in enumerate(results):
        for r, out in enumerate(outs):
            np.testing.assert_array_equal(out, expected[(index + r) % len(batches)])


@pytest.mark.parametrize(
    "name", ["squeezenet", pytest.param("resnet50", marks=pytest.mark.slow), pytest.param("densenet121", marks=pytest.mark.slow)]
)
def test_light_model_parallel_matches_serial_and_onnxruntime(name):
    m = with_random_weights(onnx.load(light_model_path(name)))
    inputs = backend_inputs(m)
    parallel = ember.compile(m, threads=2)
    assert parallel._jit.runtime_libraries != ()
    outputs = parallel(*inputs)
    for a, b in zip(outputs, ember.compile(m, threads=1)(*inputs), strict=True):
        np.testing.assert_array_equal(a, b)
    expected = onnxruntime_outputs(m, inputs)
    for out, ref in zip(outputs, expected, strict=True):
        scale = max(float(np.abs(ref).max()), 1.0)
        np.testing.assert_allclose(out, ref, rtol=1e-3, atol=1e-4 * scale)


_EXIT_WHILE_SPINNING = """
import sys, onnx, ember
from ember.frontend.onnx.light_models import backend_inputs
model = onnx.load(sys.argv[1])
exe = ember.compile(model, threads=2, cache=False)
exe(*backend_inputs(model))
print("ran")
"""


def test_process_exits_cleanly_while_openmp_threads_spin(tmp_path):
    """libgomp stays mapped until the process is gone: LLVM closes the libraries it loaded at
    exit, and unmapping libgomp under its still-spinning threads (``OMP_WAIT_POLICY=active``)
    crashed the process with SIGSEGV after the script had finished."""
    import os
    import subprocess
    import sys

    path = tmp_path / "conv.onnx"
    onnx.save(CASES["conv3x3"], path)
    env = {**os.environ, "OMP_WAIT_POLICY": "active"}
    env.pop("GOMP_SPINCOUNT", None)
    done = subprocess.run([sys.executable, "-c", _EXIT_WHILE_SPINNING, str(path)], env=env,
                          capture_output=True, text=True, timeout=300)  # fmt: skip
    assert done.stdout.strip() == "ran", done.stderr
    assert done.returncode == 0, done.stderr
