"""Pad mode 'wrap', MeanVarianceNormalization and Det, compiled, against numpy / onnx's reference.

Pad 'wrap' is one gather per padded axis (pads larger than the axis and negative pads included,
checked against ``numpy.pad(mode='wrap')`` on the cropped input); MeanVarianceNormalization
follows its ONNX function body; Det is a cofactor expansion for matrices up to 3 x 3, checked
against ``numpy.linalg.det`` on random batches, and larger matrices are refused in one line.
"""

from __future__ import annotations

import numpy as np
import onnx
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from onnx import TensorProto, helper, numpy_helper
from onnx.reference import ReferenceEvaluator

import ember
from ember.diagnostics import EmberError

RNG = np.random.default_rng(8)


def _model(node: onnx.NodeProto, x_shape: tuple[int, ...], y_shape: tuple[int, ...], opset: int,
           initializers: tuple[onnx.TensorProto, ...] = ()) -> onnx.ModelProto:  # fmt: skip
    graph = helper.make_graph(
        [node], "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, x_shape)],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, y_shape)], list(initializers),
    )  # fmt: skip
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])


def _run(model: onnx.ModelProto, x: np.ndarray) -> np.ndarray:
    return np.asarray(ember.compile(model, cache=False, progress=False)(x)[0])


@settings(max_examples=6, deadline=None)
@given(pads=st.lists(st.integers(-1, 5), min_size=6, max_size=6))
@example(pads=[-1, 0, 0, -1, 0, 0])
def test_wrap_pad_matches_numpy(pads: list[int]) -> None:
    x = RNG.standard_normal((2, 3, 4)).astype(np.float32)
    kept = x[tuple(slice(max(-b, 0), n - max(-e, 0)) for b, e, n in zip(pads[:3], pads[3:], x.shape, strict=True))]
    node = helper.make_node("Pad", ["x", "pads"], ["y"], name="pad", mode="wrap")
    initializers = (numpy_helper.from_array(np.array(pads, np.int64), "pads"),)
    if 0 in kept.shape:  # an axis cropped away: nothing to wrap (numpy refuses, or gives an empty tensor)
        with pytest.raises(EmberError, match="keeps elements"):
            _run(_model(node, x.shape, kept.shape, 19, initializers), x)
        return
    want = np.pad(kept, [(max(b, 0), max(e, 0)) for b, e in zip(pads[:3], pads[3:], strict=True)], mode="wrap")
    np.testing.assert_array_equal(_run(_model(node, x.shape, want.shape, 19, initializers), x), want)


@pytest.mark.parametrize("axes", [None, (0, 2, 3), (1,), (2, 3)], ids=str)
def test_mean_variance_normalization_matches_reference(axes: tuple[int, ...] | None) -> None:
    x = RNG.uniform(-3, 3, (2, 3, 4, 5)).astype(np.float32)
    attrs = {} if axes is None else {"axes": list(axes)}
    model = _model(helper.make_node("MeanVarianceNormalization", ["x"], ["y"], name="mvn", **attrs), x.shape, x.shape, 13)
    want = ReferenceEvaluator(model).run(None, {"x": x})[0]
    np.testing.assert_allclose(_run(model, x), want, rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("shape", [(1, 1), (2, 2), (3, 3), (4, 3, 3), (2, 5, 2, 2), (3, 1, 1)], ids=str)
def test_det_matches_numpy(shape: tuple[int, ...]) -> None:
    x = RNG.standard_normal(shape).astype(np.float32)
    model = _model(helper.make_node("Det", ["x"], ["y"], name="det"), shape, shape[:-2], 22)
    np.testing.assert_allclose(_run(model, x), np.linalg.det(x.astype(np.float64)), rtol=1e-5, atol=1e-5)


def test_det_of_a_large_matrix_is_refused_in_one_line() -> None:
    model = _model(helper.make_node("Det", ["x"], ["y"], name="det"), (4, 4), (), 22)
    with pytest.raises(EmberError, match=r"det.*Det.*size 4 are not supported") as error:
        ember.compile(model, cache=False, progress=False)
    assert "\n" not in str(error.value)
