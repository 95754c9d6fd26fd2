"""The memory plan at run time (``plan-memory`` + ``runtime.memory``): planned code computes what
the unplanned code computes (bit for bit) and what onnxruntime computes; a call allocates nothing
on the heap for intermediates (counted by hooking the JIT's ``aligned_alloc``); calls from two
Python threads get the single-threaded results, each on its own arena; ``exe.memory_plan``
survives the compile cache; a planned loop-stage module compiles with its arena argument."""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import llvmlite.binding as llvm_binding
import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

import ember
from ember.frontend.onnx.light_models import backend_inputs, light_model_path, with_random_weights
from ember.runtime.cache import CompileCache

RNG = np.random.default_rng(11)
DATA = Path(__file__).resolve().parents[1] / "models" / "data"


def tensor(name: str, shape: list[int]) -> onnx.ValueInfoProto:
    return helper.make_tensor_value_info(name, TensorProto.FLOAT, shape)


def weight(name: str, shape: tuple[int, ...]) -> onnx.TensorProto:
    return numpy_helper.from_array((RNG.standard_normal(shape) * 0.2).astype(np.float32), name)


def residual_cnn() -> onnx.ModelProto:
    """conv -> relu -> conv -> + skip -> relu -> pool -> concat -> flatten -> gemm -> softmax:
    intermediates with overlapping and disjoint lifetimes, in-place candidates, views."""
    conv = {"kernel_shape": [3, 3], "pads": [1, 1, 1, 1]}
    nodes = [
        helper.make_node("Conv", ["x", "w1", "b1"], ["c1"], **conv),
        helper.make_node("Relu", ["c1"], ["r1"]),
        helper.make_node("Conv", ["r1", "w2", "b2"], ["c2"], **conv),
        helper.make_node("Add", ["c2", "r1"], ["s"]),
        helper.make_node("Relu", ["s"], ["r2"]),
        helper.make_node("MaxPool", ["r2"], ["p"], kernel_shape=[2, 2], strides=[2, 2]),
        helper.make_node("Sigmoid", ["p"], ["q"]),
        helper.make_node("Concat", ["p", "q"], ["cat"], axis=1),
        helper.make_node("Flatten", ["cat"], ["f"]),
        helper.make_node("Gemm", ["f", "wf", "bf"], ["logits"], transB=1),
        helper.make_node("Softmax", ["logits"], ["y"], axis=1),
    ]
    weights = [weight("w1", (8, 3, 3, 3)), weight("b1", (8,)), weight("w2", (8, 8, 3, 3)), weight("b2", (8,)),
               weight("wf", (10, 16 * 8 * 8)), weight("bf", (10,))]  # fmt: skip
    graph = helper.make_graph(nodes, "residual", [tensor("x", [2, 3, 16, 16])], [tensor("y", [2, 10])], weights)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])


def inputs_of(model: onnx.ModelProto) -> list[np.ndarray]:
    shapes = [[d.dim_value for d in i.type.tensor_type.shape.dim] for i in model.graph.input]
    return [RNG.standard_normal(s).astype(np.float32) for s in shapes]


def onnxruntime_outputs(model: onnx.ModelProto, inputs: list[np.ndarray]) -> list[np.ndarray]:
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.log_severity_level = 3
    session = ort.InferenceSession(model.SerializeToString(), options, providers=["CPUExecutionProvider"])
    return session.run(None, {i.name: a for i, a in zip(session.get_inputs(), inputs, strict=True)})


def assert_planned_equals_unplanned_and_onnxruntime(
    model: onnx.ModelProto, inputs: list[np.ndarray], threads: int
) -> ember.Executable:
    planned = ember.compile(model, threads=threads)
    unplanned = ember.compile(model, threads=threads, memory_plan=False)
    assert planned.memory_plan is not None and unplanned.memory_plan is None
    got = planned(*inputs)
    for a, b, ref in zip(got, unplanned(*inputs), onnxruntime_outputs(model, inputs), strict=True):
        np.testing.assert_array_equal(a, b)
        np.testing.assert_allclose(a, ref, rtol=1e-3, atol=1e-4 * max(float(np.abs(ref).max()), 1.0))
    return planned


@pytest.mark.parametrize("threads", [1, 2])
def test_planned_code_equals_unplanned_and_onnxruntime(threads):
    model = residual_cnn()
    exe = assert_planned_equals_unplanned_and_onnxruntime(model, inputs_of(model), threads)
    plan = exe.memory_plan
    assert plan.buffers > 5
    assert 0 < plan.arena_bytes < plan.intermediate_bytes
    assert plan.arena_bytes % 64 == 0 and plan.intermediate_bytes % 64 == 0


def depthwise_strided(channels: int = 64, side: int = 56) -> onnx.ModelProto:
    """A strided depthwise conv + ReLU: with 2 threads its kernel gives each parallel channel
    iteration its own phase planes (a scratch alloc inside the ``scf.parallel``)."""
    node = helper.make_node("Conv", ["x", "w", "b"], ["c"], kernel_shape=[3, 3], pads=[1, 1, 1, 1],
                            strides=[2, 2], group=channels)  # fmt: skip
    relu = helper.make_node("Relu", ["c"], ["y"])
    out = side // 2
    graph = helper.make_graph(
        [node, relu], "dw", [tensor("x", [1, channels, side, side])], [tensor("y", [1, channels, out, out])],
        [weight("w", (channels, 1, 3, 3)), weight("b", (channels,))],
    )
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])


def test_scratch_of_parallel_iterations_gets_a_slot_each():
    from xdsl.dialects import memref

    from ember.driver import lower_module, read_model
    from ember.runtime.executable import CompileTimes
    from ember.target import set_target, target_of

    model = depthwise_strided()
    module, _ = read_model(model, None, CompileTimes())
    set_target(module, target_of(module).with_overrides(cores=2))
    lower_module(module, "lower-to-loops", CompileTimes())
    nested = [op for op in module.walk() if isinstance(op, memref.ViewOp) and op.parent_op().name == "scf.parallel"]
    assert len(nested) == 1
    assert not any(isinstance(op, memref.AllocOp) for op in module.walk())
    assert_planned_equals_unplanned_and_onnxruntime(model, inputs_of(model), threads=2)


@pytest.mark.parametrize("threads", [1, 2])
def test_depthwise_block_planned_equals_unplanned(threads):
    """The MobileNet-style block of tests/models (depthwise and pointwise convs, batch-norm)."""
    model = onnx.load(DATA / "mobilenet_depthwise_block.onnx")
    assert_planned_equals_unplanned_and_onnxruntime(model, inputs_of(model), threads)


# ---- heap allocations per call ---------------------------------------------------------------

ALLOCATOR = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t)


@contextmanager
def counted_aligned_alloc() -> Iterator[list[int]]:
    """While active, machine code linked by the JIT resolves ``aligned_alloc`` (what
    ``convert-memref-to-llvm`` calls for every ``memref.alloc``) to a wrapper that counts its
    calls, then forwards to the C library. Counts only the JIT code's heap allocations, not
    numpy's or Python's."""
    libc = ctypes.CDLL(None)
    real = libc.aligned_alloc
    real.restype, real.argtypes = ctypes.c_void_p, [ctypes.c_size_t, ctypes.c_size_t]
    calls = [0]

    def counting(alignment: int, size: int) -> int:
        calls[0] += 1
        return real(alignment, size)

    hook = ALLOCATOR(counting)
    llvm_binding.add_symbol("aligned_alloc", ctypes.cast(hook, ctypes.c_void_p).value)
    try:
        yield calls
    finally:
        llvm_binding.add_symbol("aligned_alloc", ctypes.cast(real, ctypes.c_void_p).value)


@pytest.mark.parametrize("threads", [1, 2])
def test_no_heap_allocation_of_intermediates_per_call(threads):
    model = residual_cnn()
    inputs = inputs_of(model)
    with counted_aligned_alloc() as calls:
        planned = ember.compile(model, threads=threads, cache=False)
        unplanned = ember.compile(model, threads=threads, cache=False, memory_plan=False)
        before = calls[0]
        unplanned(*inputs)
        per_unplanned_call = calls[0] - before
        before = calls[0]
        for _ in range(3):
            planned(*inputs)
        per_planned_calls = calls[0] - before
    # the counter sees the unplanned code's allocs (LLVM may delete one whose buffer it proves dead)
    assert per_unplanned_call >= planned.memory_plan.buffers // 2 > 0
    assert per_planned_calls == 0
    assert planned.arenas_allocated == 1


# ---- concurrency -----------------------------------------------------------------------------


def test_two_python_threads_get_single_threaded_results():
    model = residual_cnn()
    exe = ember.compile(model, threads=1)
    batches = [inputs_of(model) for _ in range(8)]
    expected = [exe(*b)[0] for b in batches]
    start = threading.Barrier(2)
    results: dict[int, list[np.ndarray]] = {}

    def run(index: int) -> None:
        start.wait()
        results[index] = [exe(*batches[(index + r) % len(batches)])[0] for r in range(len(batches) * 4)]

    workers = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    for index, outs in results.items():
        for r, out in enumerate(outs):
            np.testing.assert_array_equal(out, expected[(index + r) % len(batches)])
    assert 1 <= exe.arenas_allocated <= 2


# ---- the cache and the loop stage ------------------------------------------------------------


def test_memory_plan_survives_the_compile_cache(tmp_path):
    model = residual_cnn()
    store = CompileCache(tmp_path)
    cold = ember.compile(model, cache=store, threads=1)  # type: ignore[arg-type]
    warm = ember.compile(model, cache=store, threads=1)  # type: ignore[arg-type]
    assert "cache-load" in warm.compile_times.steps
    assert warm.memory_plan == cold.memory_plan
    inputs = inputs_of(model)
    np.testing.assert_array_equal(warm(*inputs)[0], cold(*inputs)[0])


def test_planned_loop_stage_module_compiles_with_its_arena(tmp_path):
    from ember.context import make_context
    from ember.registry import build_pipeline
    from ember.textual import parse_module, print_module

    mlp = Path(__file__).resolve().parents[2] / "examples" / "mlp.mlir"
    ctx = make_context()
    module, _ = parse_module(ctx, mlp.read_text(), str(mlp))
    build_pipeline("lower-to-loops").apply(ctx, module)  # the loop stage, planned
    exe = ember.compile(print_module(module, ctx=ctx), cache=False)
    assert exe.input_names == ["x"] and len(exe.outputs) == 1
    x = RNG.standard_normal((4, 8)).astype(np.float32)
    want = ember.compile(mlp, cache=False, memory_plan=False)(x)[0]
    np.testing.assert_allclose(exe(x)[0], want, rtol=1e-6)
    assert exe.memory_plan is not None and exe.memory_plan.buffers > 0


# ---- the light models --------------------------------------------------------------------------

LIGHT = ["squeezenet", "shufflenet", "resnet50", "inception_v1", "inception_v2", "densenet121",
         "bvlc_alexnet", "zfnet512", "vgg19"]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("name", LIGHT)
def test_light_model_planned_equals_unplanned_and_onnxruntime(name):
    model = with_random_weights(onnx.load(light_model_path(name)))
    exe = assert_planned_equals_unplanned_and_onnxruntime(model, backend_inputs(model), threads=2)
    assert exe.memory_plan.arena_bytes < exe.memory_plan.intermediate_bytes
