"""Integer Pow compiled to native code (exponentiation by squaring in the linalg body, since LLVM
has no lowering of ``math.ipowi``): wrapping like numpy's fixed-width integers, and a negative
exponent giving what integer division of 1 by the power gives (onnxruntime's rule)."""

from __future__ import annotations

import numpy as np
import pytest
from onnx import TensorProto, helper

import ember

KINDS = {np.int32: TensorProto.INT32, np.int64: TensorProto.INT64, np.int8: TensorProto.INT8}
"""(ONNX's Pow takes no int8 base: that case is compiled from the graph stage's text.)"""


def oracle(base: np.ndarray, exponent: np.ndarray) -> np.ndarray:
    """Python integers, wrapped to the dtype's width; 1 / b**-e truncated for e < 0."""
    bits = base.dtype.itemsize * 8
    out = []
    for b, e in zip(base.tolist(), exponent.tolist(), strict=True):
        if e < 0:
            value = 1 if b == 1 else (-1 if e % 2 else 1) if b == -1 else 0
        else:
            value = pow(b, e, 1 << bits)
        value %= 1 << bits
        out.append(value - (1 << bits) if value >= 1 << (bits - 1) else value)
    return np.array(out, dtype=base.dtype)


@pytest.mark.parametrize("dtype", list(KINDS), ids=lambda d: np.dtype(d).name)
def test_integer_pow_matches_wrapping_arithmetic(dtype: type) -> None:
    n = 64
    node = helper.make_node("Pow", ["x", "y"], ["z"])
    graph = helper.make_graph([node], "pow", [helper.make_tensor_value_info("x", KINDS[dtype], [n]),
                              helper.make_tensor_value_info("y", KINDS[dtype], [n])],
                              [helper.make_tensor_value_info("z", KINDS[dtype], [n])])  # fmt: skip
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 15)])
    if dtype is np.int8:
        int32_model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 15)])
        for value in [*int32_model.graph.input, *int32_model.graph.output]:
            value.type.tensor_type.elem_type = TensorProto.INT32
        text = str(ember.import_onnx(int32_model)).replace("i32", "i8")
        exe = ember.compile(text, cache=False, threads=1)
    else:
        exe = ember.compile(model, cache=False, threads=1)
    rng = np.random.default_rng(11)
    base = rng.integers(-9, 10, n).astype(dtype)
    exponent = rng.integers(-3, 40, n).astype(dtype)
    base[:4], exponent[:4] = [1, -1, -1, 2], [-5, -3, -4, -1]  # the negative-exponent rules
    np.testing.assert_array_equal(exe(base, exponent)[0], oracle(base, exponent))
