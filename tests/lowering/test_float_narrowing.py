"""f64 -> f16 casts are correctly rounded and need no run-time library (``casts._narrow_in_two_steps``).

Compiled code is compared bit for bit with numpy's ``astype(np.float16)`` (a correctly rounded
conversion) on random values over the whole f16 range, on values just off the ties between two
f16 numbers (where rounding through f32 twice would be wrong) and on the special values."""

from __future__ import annotations

import numpy as np
import pytest
from onnx import TensorProto, helper

import ember


def cast_model(to: int, n: int) -> ember.Executable:
    node = helper.make_node("Cast", ["x"], ["y"], to=to)
    graph = helper.make_graph([node], "cast", [helper.make_tensor_value_info("x", TensorProto.DOUBLE, [n])],
                              [helper.make_tensor_value_info("y", to, [n])])  # fmt: skip
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 21)])
    return ember.compile(model, cache=False, progress=False)


def near_ties(rng: np.random.Generator, n: int) -> np.ndarray:
    """f64 values a tiny step above or below the midpoint of two neighbouring f16 numbers."""
    low = rng.integers(0, 0x7BFF, n, dtype=np.uint16).view(np.float16).astype(np.float64)
    high = np.nextafter(low.astype(np.float16), np.float16(np.inf)).astype(np.float64)
    middle = (low + high) / 2
    tiny = np.abs(middle) * 2.0**-40 + 1e-300
    signs = rng.choice([-1.0, 1.0], n)
    return np.concatenate([middle + tiny, middle - tiny, middle]) * np.tile(signs, 3)


def test_double_to_half_is_correctly_rounded() -> None:
    rng = np.random.default_rng(3)
    values = np.concatenate([
        rng.standard_normal(4000) * 10.0 ** rng.integers(-9, 6, 4000),
        near_ties(rng, 2000),
        [0.0, -0.0, np.inf, -np.inf, np.nan, 65504.0, 65519.99, 65520.0, 1e300, -1e-300, 5.96e-8, 2.98e-8, 2.99e-8],
    ])  # fmt: skip
    exe = cast_model(TensorProto.FLOAT16, values.size)
    with np.errstate(over="ignore"):
        expected = values.astype(np.float16)
    got = exe(values)[0]
    assert got.dtype == np.float16
    np.testing.assert_array_equal(got.view(np.uint16), expected.view(np.uint16))


def test_rounding_through_f32_twice_would_differ() -> None:
    """The tie cases really need the round-to-odd step (else the test above proves little)."""
    rng = np.random.default_rng(4)
    values = near_ties(rng, 500)
    twice = values.astype(np.float32).astype(np.float16)
    assert (twice.view(np.uint16) != values.astype(np.float16).view(np.uint16)).sum() > 100


@pytest.mark.parametrize("to", [TensorProto.FLOAT, TensorProto.FLOAT16])
def test_cast_from_double_runs(to: int) -> None:
    values = np.array([1.0, -2.5, 1e-3, 3.0e4])
    assert np.array_equal(cast_model(to, 4)(values)[0], values.astype(helper.tensor_dtype_to_np_dtype(to)))
