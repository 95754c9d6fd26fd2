"""ONNX Acos / Asin / Atan compiled, checked against float64 numpy on dense sweeps.

The ops lower to ``math.acos`` / ``math.asin`` / ``math.atan`` and from there to LLVM's
``llvm.acos`` / ``llvm.asin`` / ``llvm.atan`` intrinsics (libm). The test compiles each op once per
float type and measures the error in units in the last place of the result against the float64
result rounded to the type, over a dense sweep of the domain (every 2**16th f32 bit pattern in
[-1, 1] for acos/asin, values from 1e-30 to 1e30 of both signs for atan) plus the special values:
NaN in gives NaN, |x| > 1 gives NaN for acos/asin, atan(+-inf) = +-pi/2, signed zeros kept.
"""

from __future__ import annotations

import functools

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper

import ember

FUNCTIONS = {"Acos": np.arccos, "Asin": np.arcsin, "Atan": np.arctan}
ONNX_OF = {np.float16: TensorProto.FLOAT16, np.float32: TensorProto.FLOAT, np.float64: TensorProto.DOUBLE}
MAX_ULP = {np.float16: 1, np.float32: 1, np.float64: 1}
"""Largest error allowed, in units in the last place of the result type."""


@functools.cache
def _compiled(op: str, dtype: type, n: int) -> object:
    graph = helper.make_graph(
        [helper.make_node(op, ["x"], ["y"], name="node")], "g",
        [helper.make_tensor_value_info("x", ONNX_OF[dtype], [n])],
        [helper.make_tensor_value_info("y", ONNX_OF[dtype], [n])],
    )  # fmt: skip
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 22)])
    onnx.checker.check_model(model)
    return ember.compile(model, cache=False, progress=False)


def _run(op: str, x: np.ndarray) -> np.ndarray:
    return np.asarray(_compiled(op, x.dtype.type, x.size)(x)[0])  # type: ignore[operator]


def _sweep(op: str, dtype: type) -> np.ndarray:
    if op == "Atan":
        mags = np.logspace(-30, 30, 20001) if dtype is not np.float16 else np.logspace(-7, 4.8, 20001)
        return np.concatenate([mags, -mags]).astype(dtype)
    bits = {np.float16: 16, np.float32: 32, np.float64: 64}[dtype]
    unsigned = np.dtype(f"u{bits // 8}")
    step = 1 if bits == 16 else 2**16 if bits == 32 else 2**48
    one = np.array(1.0, dtype).view(unsigned)
    positive = np.arange(0, int(one) + 1, step, dtype=np.uint64).astype(unsigned).view(dtype)
    return np.concatenate([positive, -positive, np.array([1.0, -1.0], dtype)])


def _ulp_error(got: np.ndarray, x: np.ndarray, fn: object, dtype: type) -> np.ndarray:
    exact = fn(x.astype(np.float64))  # type: ignore[operator]
    if dtype is np.float64:
        return np.abs(got - exact) / np.spacing(np.abs(exact))
    return np.abs(got.astype(np.float64) - exact) / np.spacing(np.abs(exact.astype(dtype))).astype(np.float64)


@pytest.mark.parametrize("dtype", [np.float16, np.float32, np.float64], ids=lambda d: np.dtype(d).name)
@pytest.mark.parametrize("op", list(FUNCTIONS))
def test_dense_sweep_is_within_the_ulp_bound(op: str, dtype: type) -> None:
    x = _sweep(op, dtype)
    got = _run(op, x)
    assert got.dtype == dtype
    errors = _ulp_error(got, x, FUNCTIONS[op], dtype)
    worst = int(np.argmax(errors))
    assert errors[worst] <= MAX_ULP[dtype], f"{op}({x[worst]!r}) = {got[worst]!r}: {errors[worst]:.2f} ulp"


@pytest.mark.parametrize("op", list(FUNCTIONS))
def test_special_values(op: str) -> None:
    x = np.array([np.nan, np.inf, -np.inf, 0.0, -0.0, 1.0, -1.0, 1.0000001, -1.5, 1e-40], np.float32)
    got = _run(op, x)
    with np.errstate(invalid="ignore"):
        want = FUNCTIONS[op](x)
    np.testing.assert_array_equal(np.isnan(got), np.isnan(want))
    finite = ~np.isnan(want)
    np.testing.assert_allclose(got[finite], want[finite], rtol=2e-7)
    np.testing.assert_array_equal(np.signbit(got[finite]), np.signbit(want[finite]))
