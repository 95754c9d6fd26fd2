"""ONNX element types beyond the original set, compiled: uint16/32/64 and bfloat16.

Every case is one ONNX node run through ``ember.compile`` and checked against onnx's reference
evaluator (numpy / ml_dtypes): uint values above the signed range (uint32 >= 2**31, uint64 >=
2**63) where unsigned and signed semantics differ; every bf16 bit pattern and f32 values on and
around bf16 rounding ties."""

from __future__ import annotations

import ml_dtypes
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
BF16 = ml_dtypes.bfloat16


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
    if want.dtype == BF16:  # compare bits, NaNs included (ember makes them quiet like ml_dtypes)
        got, want = got.view(np.uint16), want.view(np.uint16)
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


def _all_bfloat16() -> np.ndarray:
    return np.arange(2**16, dtype=np.uint32).astype(np.uint16).view(BF16)


def _bfloat16_ties() -> np.ndarray:
    """f32 values whose low 16 bits are at, just below and just above a bf16 rounding tie (both
    parities of the kept bit), plus NaN, infinities, overflow and subnormals."""
    rng = np.random.default_rng(16)
    high = rng.integers(0, 2**16, 512, dtype=np.uint32) << 16
    lows = np.array([0x8000, 0x7FFF, 0x8001, 0x0000, 0xFFFF, 0x18000 & 0xFFFF], np.uint32)
    values = (high[:, None] | lows[None, :]).ravel().view(np.float32)
    special = np.array([np.nan, -np.nan, np.inf, -np.inf, 3.4e38, -3.4e38, 1e-40, -1e-45, 0.0, -0.0], np.float32)
    return np.concatenate([special, values])


def test_every_bfloat16_to_float() -> None:
    x = _all_bfloat16()
    check(node_model("Cast", [("x", TensorProto.BFLOAT16)], TensorProto.FLOAT, x.size, to=TensorProto.FLOAT), {"x": x})


def test_float_to_bfloat16_rounds_to_nearest_even() -> None:
    x = _bfloat16_ties()
    check(node_model("Cast", [("x", TensorProto.FLOAT)], TensorProto.BFLOAT16, x.size, to=TensorProto.BFLOAT16), {"x": x})


def _bf16_cast_input(source: type, target: type) -> np.ndarray:
    if source is BF16:
        x = _all_bfloat16()
        if np.issubdtype(target, np.integer):  # out of range float -> int is undefined
            wide = x.astype(np.float64)
            info = np.iinfo(target)
            x = x[(wide >= info.min) & (wide < float(info.max))]
        return x
    if np.issubdtype(source, np.floating):
        with np.errstate(over="ignore"):
            return np.concatenate([_bfloat16_ties(), [1 + 2.0**-8 + 2.0**-40, 1 + 2.0**-8 - 2.0**-40]]).astype(source)
    return _cast_input(source, target)


BF16_PAIRS = [(s, BF16) for s in ONNX_OF] + [(BF16, d) for d in ONNX_OF]


@pytest.mark.parametrize(("source", "target"), BF16_PAIRS, ids=[f"{s.__name__}-{d.__name__}" for s, d in BF16_PAIRS])
def test_cast_to_and_from_bfloat16(source: type, target: type) -> None:
    x = _bf16_cast_input(source, target)
    onnx_of = {**ONNX_OF, BF16: TensorProto.BFLOAT16}
    check(node_model("Cast", [("x", onnx_of[source])], onnx_of[target], x.size, to=onnx_of[target]), {"x": x})


@pytest.mark.parametrize("op", ["Add", "Sub", "Mul", "Div", "Max", "Min", *COMPARISONS])
def test_bfloat16_binary_ops_round_once_per_op(op: str) -> None:
    rng = np.random.default_rng(3)
    a = (rng.standard_normal(256) * 100).astype(BF16)
    b = (rng.standard_normal(256) * 3).astype(BF16)
    a[:4], b[:4] = [np.nan, np.inf, 1.0, 0.0], [1.0, 2.0, np.inf, 0.5]
    out = TensorProto.BOOL if op in COMPARISONS else TensorProto.BFLOAT16
    check(node_model(op, [("a", TensorProto.BFLOAT16), ("b", TensorProto.BFLOAT16)], out, a.size), {"a": a, "b": b})


def test_bfloat16_matmul_and_reshape() -> None:
    a_info = helper.make_tensor_value_info("a", TensorProto.BFLOAT16, [8, 16])
    b_info = helper.make_tensor_value_info("b", TensorProto.BFLOAT16, [16, 4])
    shape = helper.make_tensor("shape", TensorProto.INT64, [1], [32])
    nodes = [helper.make_node("MatMul", ["a", "b"], ["m"]), helper.make_node("Reshape", ["m", "shape"], ["y"])]
    graph = helper.make_graph(nodes, "g", [a_info, b_info], [helper.make_tensor_value_info("y", TensorProto.BFLOAT16, [32])], [shape])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 21)])
    rng = np.random.default_rng(5)
    a, b = rng.standard_normal((8, 16)).astype(BF16), rng.standard_normal((16, 4)).astype(BF16)
    got = np.asarray(ember.compile(model, cache=False, progress=False)(a, b)[0])
    # f32 accumulation rounded once (onnxruntime's way): within half a bf16 ulp of the exact product
    exact = (a.astype(np.float64) @ b.astype(np.float64)).reshape(32)
    assert got.dtype == BF16
    np.testing.assert_array_equal(got, exact.astype(np.float32).astype(BF16))


def test_exported_library_with_bfloat16_input(tmp_path) -> None:
    x = _bfloat16_ties()[10:74].astype(BF16)
    model = node_model("Cast", [("x", TensorProto.BFLOAT16)], TensorProto.FLOAT, x.size, to=TensorProto.FLOAT)
    ember.compile(model, cache=False, progress=False).export(str(tmp_path / "model.so"))
    header = (tmp_path / "model.h").read_text()
    assert "typedef uint16_t model_input0_t;" in header and '"bfloat16"' in header
    np.testing.assert_array_equal(np.asarray(ember.load(str(tmp_path / "model.so"))(x)[0]), x.astype(np.float32))


def test_bfloat16_initializer() -> None:
    weights = onnx.numpy_helper.from_array(np.array([1.5, -2.25, 3.0, 0.1, 1e30, -0.0], BF16), "w")
    graph = helper.make_graph(
        [helper.make_node("Mul", ["x", "w"], ["y"])], "g", [helper.make_tensor_value_info("x", TensorProto.BFLOAT16, [6])],
        [helper.make_tensor_value_info("y", TensorProto.BFLOAT16, [6])], [weights],
    )  # fmt: skip
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 21)])
    check(model, {"x": np.array([1, 2, 3, 4, 1e10, 7], BF16)})
