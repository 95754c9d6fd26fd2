"""math-polynomial-approximation: compiled exp / tanh / erf against float64 numpy over their
whole f32 range, and the special values (infinities, NaN, saturation, underflow to 0).

The bound is a few ulp: ``scripts/fit_math_approximations.py`` measures 1.2e-7 (exp) and 4.1e-7
(tanh, erf) largest relative error; 1e-6 leaves margin for FMA contraction on other CPUs.
"""

from __future__ import annotations

import math

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper

import ember

REL_BOUND = 1e-6


def compiled(op_type: str, n: int) -> ember.Executable:
    graph = helper.make_graph(
        [helper.make_node(op_type, ["x"], ["y"])], op_type,
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [n])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [n])],
    )  # fmt: skip
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)])
    onnx.checker.check_model(model)
    return ember.compile(model, threads=1, cache=False)


EXACT = {"Exp": np.exp, "Tanh": np.tanh, "Erf": np.vectorize(math.erf)}
RANGES = {"Exp": (-87.0, 88.0), "Tanh": (-12.0, 12.0), "Erf": (-6.0, 6.0)}


@pytest.mark.parametrize("op_type", sorted(EXACT))
def test_relative_error_over_range(op_type: str) -> None:
    lo, hi = RANGES[op_type]
    x = np.concatenate([np.linspace(lo, hi, 20011), np.linspace(-1e-3, 1e-3, 2001)]).astype(np.float32)
    x = x[x != 0]
    (y,) = compiled(op_type, x.size)(x)
    exact = EXACT[op_type](x.astype(np.float64))
    relative = np.abs(y.astype(np.float64) - exact) / np.abs(exact)
    assert relative.max() < REL_BOUND, f"{op_type}: worst at x={x[relative.argmax()]}"


SPECIAL = {
    "Exp": ([-np.inf, -200.0, -88.8, 0.0, 88.0, np.nan], [0.0, 0.0, 0.0, 1.0, math.exp(88.0), np.nan]),
    "Tanh": ([-np.inf, -20.0, 0.0, 20.0, np.inf, np.nan], [-1.0, -1.0, 0.0, 1.0, 1.0, np.nan]),
    "Erf": ([-np.inf, -10.0, 0.0, 10.0, np.inf, np.nan], [-1.0, -1.0, 0.0, 1.0, 1.0, np.nan]),
}


@pytest.mark.parametrize("op_type", sorted(SPECIAL))
def test_special_values(op_type: str) -> None:
    x, expected = (np.array(v, np.float32) for v in SPECIAL[op_type])
    (y,) = compiled(op_type, x.size)(x)
    np.testing.assert_allclose(y, expected, rtol=1e-6, atol=0)
