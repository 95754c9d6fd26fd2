"""Einsum with an ellipsis and with indices repeated inside one operand (diagonals, traces),
compiled, against ``numpy.einsum``; a misplaced ellipsis is refused in one line."""

from __future__ import annotations

import numpy as np
import pytest
from onnx import TensorProto, helper

import ember
from ember.diagnostics import EmberError

RNG = np.random.default_rng(12)

CASES = [
    ("...ii->...i", [(3, 5, 5)]), ("bhii->bh", [(2, 3, 4, 4)]), ("ii", [(4, 4)]), ("iij->j", [(3, 3, 2)]),
    ("...ij,...jk->...ik", [(2, 3, 4, 5), (2, 3, 5, 2)]), ("i...,i...->...", [(3, 2, 4), (3, 2, 4)]),
    ("...ij", [(2, 3, 4)]), ("b...j,bjk", [(2, 3, 4), (2, 4, 5)]), ("bii,bij->bj", [(2, 3, 3), (2, 3, 4)]),
]  # fmt: skip


@pytest.mark.parametrize("equation, shapes", CASES, ids=[c[0] for c in CASES])
def test_einsum_matches_numpy(equation: str, shapes: list[tuple[int, ...]]) -> None:
    arrays = [RNG.standard_normal(s).astype(np.float32) for s in shapes]
    want = np.einsum(equation, *arrays)
    names = [f"x{i}" for i in range(len(arrays))]
    node = helper.make_node("Einsum", names, ["y"], name="einsum", equation=equation)
    graph = helper.make_graph(
        [node], "g", [helper.make_tensor_value_info(n, TensorProto.FLOAT, a.shape) for n, a in zip(names, arrays, strict=True)],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, want.shape)],
    )  # fmt: skip
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 12)])
    got = np.asarray(ember.compile(model, cache=False, progress=False)(*arrays)[0])
    np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-5)


def test_misplaced_ellipsis_is_refused_in_one_line() -> None:
    node = helper.make_node("Einsum", ["x"], ["y"], name="einsum", equation="..ij->ij")
    graph = helper.make_graph([node], "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, (2, 3))],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, (2, 3))])  # fmt: skip
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 12)])
    with pytest.raises(EmberError, match=r"einsum.*Einsum.*misplaced ellipsis") as error:
        ember.compile(model, cache=False, progress=False)
    assert "\n" not in str(error.value)
