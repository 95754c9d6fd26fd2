"""``memref-pad-in-place``: a constant pad of a buffer that dies there, written over its own bytes
(``lowering/pad_in_place.py``). Numerics vs numpy over shapes, pads (small and large shifts, only
the last dim, only outer dims, rank 1 to 4), fill values and element types, planned and unplanned;
the structure (one i8 buffer, no fill or copy left) and where it must not apply."""

from __future__ import annotations

import numpy as np
import pytest
from xdsl.dialects import memref
from xdsl.dialects.linalg import ops as linalg

from ember.context import make_context
from ember.driver import compile_llvm_module, lower_module
from ember.runtime.executable import CompileTimes, Executable, entry_signature
from ember.runtime.memory import read_memory_plan
from ember.textual import parse_module

ELEMENTS = {np.float32: "f32", np.float16: "f16", np.int32: "i32"}


def _t(shape: tuple[int, ...], element: str) -> str:
    return f"tensor<{'x'.join(map(str, shape))}x{element}>"


def _program(shape: tuple[int, ...], lows: tuple[int, ...], highs: tuple[int, ...], value: float, element: str) -> str:
    """``neg(pad(neg(x)))``: the pad's source and result are both intermediates."""
    padded = tuple(d + lo + hi for d, lo, hi in zip(shape, lows, highs, strict=True))
    xt, pt = _t(shape, element), _t(padded, element)
    pads = ", ".join(map(str, (*lows, *highs)))
    literal = f"{value:.1f}" if element != "i32" else str(int(value))
    return (
        f"func.func @main(%x: {xt}) -> {pt} {{\n"
        f"  %a = graph.neg %x : ({xt}) -> {xt}\n"
        f"  %p = graph.pad %a {{pads = array<i64: {pads}>, value = {literal} : {element}}} : ({xt}) -> {pt}\n"
        f"  %y = graph.neg %p : ({pt}) -> {pt}\n"
        f"  func.return %y : {pt}\n}}\n"
    )


def _lower(text: str, memory_plan: bool) -> tuple[Executable, int]:
    """The compiled program and how many i8 buffers ``memref-pad-in-place`` made."""
    module, _ = parse_module(make_context(), text, "test")
    inputs, outputs, _ = entry_signature(module, "main", None)
    times = CompileTimes()
    lower_module(module, "convert-graph-to-linalg,bufferize,memref-pad-in-place", times, verify=True)
    raw = sum(1 for op in module.walk() if isinstance(op, memref.AllocOp) and op.memref.type.get_shape() and "i8" in str(op.memref.type))
    left = [op for op in module.walk() if isinstance(op, linalg.GenericOp) and not op.inputs and raw]
    assert not left, "the fill of an in-place pad is gone"
    rest = ("plan-memory," if memory_plan else "") + "linalg-vectorize,convert-linalg-to-loops,loops-to-llvm"
    lower_module(module, rest, times, verify=True)
    plan = read_memory_plan(module, "main")
    assert (plan is not None) == memory_plan
    return Executable(compile_llvm_module(module, times), "main", inputs, outputs, times, plan), raw


CASES = [
    # shape, lows, highs
    ((1, 3, 5, 5), (0, 0, 1, 1), (0, 0, 1, 1)),  # a conv's zero border
    ((1, 2, 7, 19), (0, 0, 2, 3), (0, 0, 1, 4)),  # rows longer than a vector, uneven pads
    ((2, 3, 4), (0, 1, 0), (0, 2, 0)),  # outer dim only: whole rows of the fill value
    ((5,), (1,), (2,)),  # rank 1: one row, a shift of 1
    ((3, 33), (0, 1), (0, 0)),  # only the last dim, small shift, vector + scalar head
    ((2, 2, 3, 3), (1, 1, 1, 2), (1, 0, 2, 0)),  # every dim padded
    ((1, 2, 4, 4), (0, 0, 0, 0), (0, 0, 1, 1)),  # only at the high end: the marked gather form
    ((3, 9), (0, 0), (2, 3)),
]


@pytest.mark.parametrize("memory_plan", [True, False], ids=["planned", "unplanned"])
@pytest.mark.parametrize("case", CASES, ids=[str(i) for i in range(len(CASES))])
def test_pad_in_place_numerics(case: tuple, memory_plan: bool) -> None:
    shape, lows, highs = case
    x = np.random.default_rng(len(shape)).standard_normal(shape).astype(np.float32)
    exe, raw = _lower(_program(shape, lows, highs, 2.5, "f32"), memory_plan)
    assert raw == 1
    expected = -np.pad(-x, list(zip(lows, highs, strict=True)), constant_values=2.5)
    np.testing.assert_array_equal(exe(x)[0], expected)


@pytest.mark.parametrize("dtype", list(ELEMENTS), ids=[ELEMENTS[d] for d in ELEMENTS])
def test_pad_in_place_element_types(dtype: type) -> None:
    shape, lows, highs = (2, 3, 9, 21), (0, 0, 1, 2), (0, 0, 2, 1)
    x = (np.random.default_rng(5).standard_normal(shape) * 10).astype(dtype)
    exe, raw = _lower(_program(shape, lows, highs, -3.0, ELEMENTS[dtype]), True)
    assert raw == 1
    expected = -np.pad(-x, list(zip(lows, highs, strict=True)), constant_values=dtype(-3))
    np.testing.assert_array_equal(exe(x)[0], expected)


def test_pad_of_an_argument_is_a_copy() -> None:
    """The caller's input is never written: a pad of an argument keeps its own buffer."""
    shape = (1, 2, 3, 3)
    text = _program(shape, (0, 0, 1, 1), (0, 0, 1, 1), 0.0, "f32").replace("%a = graph.neg %x", "%a0 = graph.neg %x")
    text = text.replace("graph.pad %a ", "graph.pad %x ")
    x = np.arange(18, dtype=np.float32).reshape(shape)
    kept = x.copy()
    exe, raw = _lower(text, True)
    assert raw == 0
    np.testing.assert_array_equal(exe(x)[0], -np.pad(x, [(0, 0), (0, 0), (1, 1), (1, 1)]))
    np.testing.assert_array_equal(x, kept)


def test_light_model_onnxruntime_and_smaller_arena() -> None:
    """conv-relu-conv-maxpool (zero and -inf pads of dying buffers): equal to onnxruntime, and
    to the same model compiled without memory planning."""
    import onnxruntime as ort
    from onnx import TensorProto, helper, numpy_helper

    import ember

    rng = np.random.default_rng(2)
    inits = [
        numpy_helper.from_array(rng.standard_normal((8, 3, 3, 3)).astype(np.float32), "w1"),
        numpy_helper.from_array(rng.standard_normal((8, 8, 3, 3)).astype(np.float32) * 0.3, "w2"),
    ]
    nodes = [
        helper.make_node("Conv", ["x", "w1"], ["c1"], pads=[1, 1, 1, 1]),
        helper.make_node("Relu", ["c1"], ["r1"]),
        helper.make_node("Conv", ["r1", "w2"], ["c2"], pads=[1, 1, 1, 1]),
        helper.make_node("MaxPool", ["c2"], ["y"], kernel_shape=[3, 3], pads=[1, 1, 1, 1], strides=[2, 2]),
    ]
    graph = helper.make_graph(
        nodes, "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 3, 20, 20])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 8, 10, 10])], inits,
    )  # fmt: skip
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)]).SerializeToString()
    x = rng.standard_normal((1, 3, 20, 20)).astype(np.float32)
    expected = ort.InferenceSession(model).run(None, {"x": x})[0]
    for threads in (1, 2):
        planned = ember.compile(model, cache=False, threads=threads)
        plain = ember.compile(model, cache=False, threads=threads, memory_plan=False)
        (a,), (b,) = planned(x), plain(x)
        np.testing.assert_allclose(a, expected, rtol=1e-4, atol=1e-4)
        np.testing.assert_array_equal(a, b)


def test_pad_of_a_reshaped_buffer() -> None:
    """The pad reads a view (a reshape of a 5-D buffer, as after a channel shuffle): the viewed
    buffer and the padded one share bytes."""
    text = (
        "func.func @main(%x: tensor<1x2x3x4x5xf32>) -> tensor<1x6x6x7xf32> {\n"
        "  %a = graph.neg %x : (tensor<1x2x3x4x5xf32>) -> tensor<1x2x3x4x5xf32>\n"
        "  %r = graph.reshape %a {shape = array<i64: 1, 6, 4, 5>} : (tensor<1x2x3x4x5xf32>) -> tensor<1x6x4x5xf32>\n"
        "  %p = graph.pad %r {pads = array<i64: 0, 0, 1, 1, 0, 0, 1, 1>, value = 0.0 : f32} : (tensor<1x6x4x5xf32>) -> tensor<1x6x6x7xf32>\n"
        "  %y = graph.neg %p : (tensor<1x6x6x7xf32>) -> tensor<1x6x6x7xf32>\n"
        "  func.return %y : tensor<1x6x6x7xf32>\n}\n"
    )
    x = np.random.default_rng(9).standard_normal((1, 2, 3, 4, 5)).astype(np.float32)
    for memory_plan in (True, False):
        exe, raw = _lower(text, memory_plan)
        assert raw == 1
        np.testing.assert_array_equal(exe(x)[0], np.pad(x.reshape(1, 6, 4, 5), [(0, 0), (0, 0), (1, 1), (1, 1)]))
