"""ONNX element types beyond the original set, compiled: uint16/32/64 arithmetic and casts.

Every case is one ONNX node run through ``ember.compile`` and checked against onnx's reference
evaluator, with values above the signed range (uint32 >= 2**31, uint64 >= 2**63) where unsigned
and signed semantics differ."""

from __future__ import annotations

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper
from onnx.reference import ReferenceEvaluator

import ember

UINTS = {np.uint16: TensorProto.UINT16, np.uint32: TensorProto.UINT32, np.uint64: TensorProto.UINT64}
ONNX_OF = {
    **UINTS, np.uint8: TensorProto.UINT8, np.int8: TensorProto.INT8, np.int16: TensorProto.INT16,
    np.int32: TensorProto.INT32, np.int64: TensorProto.INT64, np.float16: TensorProto.FLOAT16,
    np.float32: TensorProto.FLOAT, np.float64: TensorProto.DOUBLE, np.bool_: TensorProto.BOOL,
}  # fmt: skip


def node_model(op: str, inputs: list[tuple[str, int]], out: int, n: int, **attrs: object) -> onnx.ModelProto:
    node = helper.make_node(op, [name for name, _ in inputs], ["y"], **attrs)
    graph = helper.make_graph(
        [node], "g", [helper.make_tensor_value_info(name, t, [n]) for name, t in inputs],
        [helper.make_tensor_value_info("y", out, [n])],
    )  # fmt: skip
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 21)])


def check(model: onnx.ModelProto, feeds: dict[str, np.ndarray]) -> None:
    want = ReferenceEvaluator(model).run(None, feeds)[0]
    got = np.asarray(ember.compile(model, cache=False, progress=False)(*feeds.values())[0])
    assert got.dtype == want.dtype
    np.testing.assert_array_equal(got, want)


def edge_values(dtype: type) -> np.ndarray:
    """The extremes, values just above the signed range, small ones and random ones."""
    info = np.iinfo(dtype)
    top = info.max // 2 + 1  # 2**(bits-1): negative if read as signed
    edges = [info.max, info.max - 1, top, top + 1, top - 1, 0, 1, 2, 3, 7, 255]
    rng = np.random.default_rng(info.bits)
    return np.concatenate([np.array(edges, dtype), rng.integers(0, info.max, 21, dtype=dtype, endpoint=True)])


ARITHMETIC = ["Add", "Sub", "Mul", "Div", "Mod", "Max", "Min"]
COMPARISONS = ["Equal", "Less", "LessOrEqual", "Greater", "GreaterOrEqual"]


@pytest.mark.parametrize("op", ARITHMETIC + COMPARISONS)
@pytest.mark.parametrize("dtype", list(UINTS))
def test_unsigned_binary_ops(dtype: type, op: str) -> None:
    a = edge_values(dtype)
    b = np.roll(a, 5)
    if op in ("Div", "Mod"):
        b[b == 0] = 3  # integer division by zero is undefined in ONNX
    t = UINTS[dtype]
    out = TensorProto.BOOL if op in COMPARISONS else t
    check(node_model(op, [("a", t), ("b", t)], out, a.size), {"a": a, "b": b})


def _cast_input(dtype: type, to: type) -> np.ndarray:
    """Values to cast from ``dtype``: integers' edges; floats within ``to``'s range (float -> int
    outside the target range is undefined behaviour in ONNX, as in C)."""
    if dtype is np.bool_:
        return np.array([True, False, False, True, True], dtype)
    if np.issubdtype(dtype, np.integer):
        info = np.iinfo(dtype)
        return np.array([info.max, info.min, 0, 1, info.max // 2 + 1, info.max - 1, 7], dtype)
    values = np.array([0.0, 0.5, 1.0, 3.7, 255.9, 65504.0, 2.0**31 + 2.0**21, 2.0**63 + 2.0**53, 1e300], np.float64)
    with np.errstate(over="ignore"):
        values = values.astype(dtype)
    if np.issubdtype(to, np.integer):
        info = np.iinfo(to)
        wide = values.astype(np.float64)
        values = values[(wide >= info.min) & (wide < float(info.max))]
    return values


PAIRS = [(s, d) for s in ONNX_OF for d in ONNX_OF if s != d and (s in UINTS or d in UINTS)]


@pytest.mark.parametrize(("source", "target"), PAIRS, ids=[f"{s.__name__}-{d.__name__}" for s, d in PAIRS])
def test_cast_to_and_from_unsigned(source: type, target: type) -> None:
    x = _cast_input(source, target)
    check(node_model("Cast", [("x", ONNX_OF[source])], ONNX_OF[target], x.size, to=ONNX_OF[target]), {"x": x})


def test_exported_library_with_uint32_io(tmp_path) -> None:
    a = edge_values(np.uint32)
    b = np.roll(a, 3) | np.uint32(1)
    model = node_model("Div", [("a", TensorProto.UINT32), ("b", TensorProto.UINT32)], TensorProto.UINT32, a.size)
    exe = ember.compile(model, cache=False, progress=False)
    exe.export(str(tmp_path / "model.so"))
    header = (tmp_path / "model.h").read_text()
    assert "typedef uint32_t model_input0_t;" in header and "typedef uint32_t model_output0_t;" in header
    loaded = ember.load(str(tmp_path / "model.so"))
    np.testing.assert_array_equal(np.asarray(loaded(a, b)[0]), a // b)
