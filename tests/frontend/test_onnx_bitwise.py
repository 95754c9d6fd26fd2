"""ONNX bitwise ops compiled: BitwiseAnd/Or/Xor/Not, BitShift and BitCast on every integer type.

Each (op, element type) is one model compiled once with ``ember.compile``; hypothesis then draws
inputs for it and the outputs must equal onnx's reference evaluator bit for bit. Shift counts
cover ONNX's edge cases (opset 28): negative counts and counts at or above the bit width, which
give the sign fill alone (-1 for a right shift of a negative value, else 0). BitCast is checked
on every pair of same-width types ember supports, NaN payloads and -0.0 included.
"""

from __future__ import annotations

import functools

import numpy as np
import onnx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from onnx import TensorProto, helper
from onnx.reference import ReferenceEvaluator

import ember
from ember.diagnostics import EmberError

INTS = [np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64]
ONNX_OF = {
    np.dtype(np.int8): TensorProto.INT8, np.dtype(np.int16): TensorProto.INT16,
    np.dtype(np.int32): TensorProto.INT32, np.dtype(np.int64): TensorProto.INT64,
    np.dtype(np.uint8): TensorProto.UINT8, np.dtype(np.uint16): TensorProto.UINT16,
    np.dtype(np.uint32): TensorProto.UINT32, np.dtype(np.uint64): TensorProto.UINT64,
    np.dtype(np.float16): TensorProto.FLOAT16, np.dtype(np.float32): TensorProto.FLOAT,
    np.dtype(np.float64): TensorProto.DOUBLE, np.dtype(np.bool_): TensorProto.BOOL,
}  # fmt: skip
SHAPE_A, SHAPE_B = (2, 3, 4), (3, 1)  # broadcasting both ways
BINARY = {"BitwiseAnd": {}, "BitwiseOr": {}, "BitwiseXor": {},
          "BitShift_LEFT": {"direction": "LEFT"}, "BitShift_RIGHT": {"direction": "RIGHT"}}  # fmt: skip


def _model(op: str, inputs: dict[str, tuple[np.dtype, tuple[int, ...]]], outputs: dict[str, int], opset: int, **attrs: object) -> onnx.ModelProto:
    node = helper.make_node(op, list(inputs), list(outputs), name="node", **attrs)
    graph = helper.make_graph(
        [node], "g", [helper.make_tensor_value_info(n, ONNX_OF[d], s) for n, (d, s) in inputs.items()],
        [helper.make_tensor_value_info(n, t, np.broadcast_shapes(*(s for _, s in inputs.values()))) for n, t in outputs.items()],
    )  # fmt: skip
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])


@functools.cache
def _compiled(op: str, dtype: np.dtype) -> tuple[onnx.ModelProto, object]:
    onnx_op = op.split("_")[0]
    opset = 28 if onnx_op == "BitShift" else 18
    if op == "BitwiseNot":
        model = _model(onnx_op, {"a": (dtype, SHAPE_A)}, {"y": ONNX_OF[dtype]}, opset)
    else:
        model = _model(onnx_op, {"a": (dtype, SHAPE_A), "b": (dtype, SHAPE_B)}, {"y": ONNX_OF[dtype]}, opset, **BINARY[op])
    return model, ember.compile(model, cache=False, progress=False)


def _check(op: str, feeds: dict[str, np.ndarray]) -> None:
    model, exe = _compiled(op, feeds["a"].dtype)
    want = ReferenceEvaluator(model).run(None, feeds)[0]
    got = np.asarray(exe(*feeds.values())[0])  # type: ignore[operator]
    assert got.dtype == want.dtype
    np.testing.assert_array_equal(got, want)


def _values(dtype: type, shape: tuple[int, ...]) -> st.SearchStrategy[np.ndarray]:
    info = np.iinfo(dtype)
    edges = st.sampled_from([info.min, info.max, 0, 1, -1 if info.min < 0 else info.max - 1, info.max // 2 + 1])
    return hnp.arrays(dtype, shape, elements=st.one_of(edges, st.integers(int(info.min), int(info.max))))


def _counts(dtype: type, shape: tuple[int, ...]) -> st.SearchStrategy[np.ndarray]:
    """Shift counts: in range, at and past the bit width, negative (signed), huge (unsigned)."""
    info = np.iinfo(dtype)
    near = st.integers(max(int(info.min), -3), min(int(info.max), info.bits + 3))
    return hnp.arrays(dtype, shape, elements=st.one_of(near, st.integers(int(info.min), int(info.max))))


@pytest.mark.parametrize("dtype", INTS, ids=lambda d: np.dtype(d).name)
@pytest.mark.parametrize("op", list(BINARY))
@settings(max_examples=15, deadline=None)
@given(data=st.data())
def test_binary_bitwise_ops_match_reference(op: str, dtype: type, data: st.DataObject) -> None:
    a = data.draw(_values(dtype, SHAPE_A))
    b = data.draw(_counts(dtype, SHAPE_B) if op.startswith("BitShift") else _values(dtype, SHAPE_B))
    _check(op, {"a": a, "b": b})


@pytest.mark.parametrize("dtype", INTS, ids=lambda d: np.dtype(d).name)
@settings(max_examples=10, deadline=None)
@given(data=st.data())
def test_bitwise_not_matches_reference(dtype: type, data: st.DataObject) -> None:
    _check("BitwiseNot", {"a": data.draw(_values(dtype, SHAPE_A))})


def test_every_shift_count_of_int8_and_uint8() -> None:
    """Exhaustive on 8 bits: every value shifted by every count (as the count's own type)."""
    for dtype in (np.int8, np.uint8):
        values = np.arange(256, dtype=np.uint16).astype(np.uint8).view(dtype)
        a, counts = np.repeat(values, 256), np.tile(values, 256)
        for direction in ("LEFT", "RIGHT"):
            model = _model("BitShift", {"a": (np.dtype(dtype), a.shape), "b": (np.dtype(dtype), a.shape)},
                           {"y": ONNX_OF[np.dtype(dtype)]}, 28, direction=direction)  # fmt: skip
            want = ReferenceEvaluator(model).run(None, {"a": a, "b": counts})[0]
            got = np.asarray(ember.compile(model, cache=False, progress=False)(a, counts)[0])
            np.testing.assert_array_equal(got, want)


# ---- BitCast ------------------------------------------------------------------------------------

WIDTH_GROUPS = [
    (np.bool_, np.int8, np.uint8), (np.int16, np.uint16, np.float16),
    (np.int32, np.uint32, np.float32), (np.int64, np.uint64, np.float64),
]  # fmt: skip


def _bit_patterns(dtype: type, n: int) -> np.ndarray:
    """Random bit patterns of ``dtype`` (every NaN payload, infinities, -0.0 possible), with
    the special float values spelled out."""
    size = np.dtype(dtype).itemsize
    rng = np.random.default_rng(size)
    if dtype is np.bool_:
        return rng.integers(0, 2, n).astype(np.bool_)
    patterns = rng.integers(0, 256, n * size, dtype=np.uint8).view(dtype).copy()
    if np.issubdtype(dtype, np.floating):
        patterns[:5] = np.array([np.nan, -np.inf, np.inf, -0.0, np.finfo(dtype).tiny / 2], dtype)
    return patterns


@pytest.mark.parametrize("source", [d for group in WIDTH_GROUPS for d in group], ids=lambda d: np.dtype(d).name)
def test_bitcast_to_every_type_of_the_same_width(source: type) -> None:
    targets = [d for group in WIDTH_GROUPS if source in group for d in group if d is not source and d is not np.bool_]
    x = _bit_patterns(source, 64)
    nodes = [helper.make_node("BitCast", ["x"], [f"y{i}"], name=f"cast{i}", to=ONNX_OF[np.dtype(t)]) for i, t in enumerate(targets)]
    graph = helper.make_graph(
        nodes, "g", [helper.make_tensor_value_info("x", ONNX_OF[np.dtype(source)], x.shape)],
        [helper.make_tensor_value_info(f"y{i}", ONNX_OF[np.dtype(t)], x.shape) for i, t in enumerate(targets)],
    )  # fmt: skip
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 26)])
    want = ReferenceEvaluator(model).run(None, {"x": x})
    got = ember.compile(model, cache=False, progress=False)(x)
    for g, w in zip(got, want, strict=True):
        g = np.asarray(g)
        assert g.dtype == w.dtype
        np.testing.assert_array_equal(g.view(f"u{g.dtype.itemsize}"), w.view(f"u{w.dtype.itemsize}"))


# ---- refusals -------------------------------------------------------------------------------------


def test_bitcast_between_widths_is_refused_with_the_node_named() -> None:
    model = _model("BitCast", {"x": (np.dtype(np.float32), (3,))}, {"y": TensorProto.INT64}, 26, to=TensorProto.INT64)
    with pytest.raises(EmberError, match=r"node.*BitCast.*differ in width") as info:
        ember.compile(model, cache=False, progress=False)
    assert "\n" not in str(info.value)


def test_bitshift_direction_is_checked() -> None:
    model = _model("BitShift", {"a": (np.dtype(np.uint8), (3,)), "b": (np.dtype(np.uint8), (3,))},
                   {"y": TensorProto.UINT8}, 11, direction="UP")  # fmt: skip
    with pytest.raises(EmberError, match=r"direction.*'UP'"):
        ember.compile(model, cache=False, progress=False)
