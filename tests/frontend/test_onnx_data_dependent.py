"""NonZero, Unique and NonMaxSuppression: ops whose output sizes depend on the data. With
constant inputs they fold at import (onnx's reference computes them). With run-time inputs,
NonZero, Unique and NonMaxSuppression as graph outputs are computed into upper-bound buffers plus
a count (the executable returns the counted part); any other use stops the import with one line
naming the consuming node."""

from __future__ import annotations

import numpy as np
import pytest
from onnx import TensorProto, helper, numpy_helper
from onnx.reference import ReferenceEvaluator

import ember
from ember.diagnostics import EmberError

F32, I64 = TensorProto.FLOAT, TensorProto.INT64
X = np.array([[1.0, 0.0, 2.0], [0.0, 3.0, 1.0]], np.float32)
BOXES = np.array([[[0, 0, 1, 1], [0, 0.1, 1, 1.1], [0, -0.1, 1, 0.9], [0, 10, 1, 11]]], np.float32)
SCORES = np.array([[[0.9, 0.75, 0.6, 0.95]]], np.float32)


def _model(constant: bool):  # noqa: ANN202
    nodes = [
        helper.make_node("NonZero", ["x"], ["nz"], name="nonzero"),
        helper.make_node("Unique", ["x"], ["u", "first", "inverse", "counts"], name="unique", sorted=1),
        helper.make_node("NonMaxSuppression", ["boxes", "scores", "most", "iou"], ["selected"], name="nms"),
        helper.make_node("Relu", ["y"], ["r"], name="relu"),
    ]
    consts = [numpy_helper.from_array(np.array([3], np.int64), "most"), numpy_helper.from_array(np.array([0.5], np.float32), "iou")]
    data = [numpy_helper.from_array(X, "x"), numpy_helper.from_array(BOXES, "boxes"), numpy_helper.from_array(SCORES, "scores")]
    inputs = [helper.make_tensor_value_info("y", F32, [2])]
    if not constant:
        inputs += [helper.make_tensor_value_info("x", F32, [2, 3]), helper.make_tensor_value_info("boxes", F32, [1, 4, 4]),
                   helper.make_tensor_value_info("scores", F32, [1, 1, 4])]  # fmt: skip
    outputs = [helper.make_tensor_value_info(n, t, s) for n, t, s in
               [("nz", I64, [2, 4]), ("u", F32, [4]), ("inverse", I64, [6]), ("counts", I64, [4]), ("selected", I64, [2, 3]), ("r", F32, [2])]]  # fmt: skip
    graph = helper.make_graph(nodes, "g", inputs, outputs, consts + (data if constant else []))
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])


def test_constant_inputs_fold_at_import() -> None:
    model = _model(constant=True)
    y = np.array([1.0, -2.0], np.float32)
    got = ember.compile(model, cache=False, progress=False)(y)
    want = ReferenceEvaluator(model).run(None, {"y": y})
    for g, w in zip(got, want, strict=True):
        np.testing.assert_array_equal(g, w)


@pytest.mark.parametrize(("center", "score_threshold", "most"), [(0, None, 2), (1, 0.5, 3), (0, 0.0, 1)])
def test_nms_of_run_time_boxes_matches_reference(center: int, score_threshold: float | None, most: int) -> None:
    names = ["boxes", "scores", "most", "iou"] + (["score"] if score_threshold is not None else [])
    node = helper.make_node("NonMaxSuppression", names, ["selected"], name="nms", center_point_box=center)
    consts = [numpy_helper.from_array(np.array([most], np.int64), "most"), numpy_helper.from_array(np.array([0.4], np.float32), "iou")]
    if score_threshold is not None:
        consts.append(numpy_helper.from_array(np.array([score_threshold], np.float32), "score"))
    inputs = [helper.make_tensor_value_info("boxes", F32, [2, 6, 4]), helper.make_tensor_value_info("scores", F32, [2, 3, 6])]
    graph = helper.make_graph([node], "g", inputs, [helper.make_tensor_value_info("selected", I64, ["k", 3])], consts)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    exe = ember.compile(model, cache=False, progress=False)
    rng = np.random.default_rng(center)
    for _ in range(3):
        corners = rng.random((2, 6, 2)).astype(np.float32) * 4
        boxes = np.concatenate([corners, corners + rng.random((2, 6, 2)).astype(np.float32) * 3], axis=2)
        scores = np.round(rng.random((2, 3, 6)), 1).astype(np.float32)  # (ties among scores too)
        (got,) = exe(boxes, scores)
        (want,) = ReferenceEvaluator(model).run(None, {"boxes": boxes, "scores": scores})
        np.testing.assert_array_equal(got, want)


def _nonzero_model(shape: tuple[int, ...], elem: int = F32, consumer: bool = False):  # noqa: ANN202
    nodes = [helper.make_node("NonZero", ["x"], ["nz"], name="nonzero")]
    outputs = [helper.make_tensor_value_info("nz", I64, [len(shape), "k"])]
    if consumer:
        nodes.append(helper.make_node("Transpose", ["nz"], ["t"], name="after"))
        outputs = [helper.make_tensor_value_info("t", I64, ["k", len(shape)])]
    graph = helper.make_graph(nodes, "g", [helper.make_tensor_value_info("x", elem, shape)], outputs)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])


@pytest.mark.parametrize(("shape", "dtype"), [((7,), np.float32), ((3, 4), np.int64), ((2, 3, 2), np.bool_)])
def test_nonzero_of_run_time_input_matches_numpy(shape: tuple[int, ...], dtype: type) -> None:
    elem = {np.float32: F32, np.int64: I64, np.bool_: TensorProto.BOOL}[dtype]
    exe = ember.compile(_nonzero_model(shape, elem), cache=False, progress=False)
    rng = np.random.default_rng(len(shape))
    for density in (0.0, 0.3, 1.0):
        x = (rng.random(shape) < density) * rng.integers(1, 5, shape)
        x = x.astype(dtype)
        (got,) = exe(x)
        assert got.dtype == np.int64
        np.testing.assert_array_equal(got, np.array(np.nonzero(x), dtype=np.int64))


def test_nonzero_feeding_another_node_is_one_line_error() -> None:
    with pytest.raises(EmberError) as error:
        ember.compile(_nonzero_model((3, 4), consumer=True), cache=False, progress=False)
    assert str(error.value) == "node 'after' (Transpose): input #0 is a tensor whose size depends on the data, this op takes tensors"


@pytest.mark.parametrize(("shape", "axis", "is_sorted"), [((9,), None, 1), ((9,), None, 0), ((4, 3), 0, 1), ((2, 5, 2), 1, 1), ((3, 4), -1, 0)])
def test_unique_of_run_time_input_matches_reference(shape: tuple[int, ...], axis: int | None, is_sorted: int) -> None:
    attrs = {"sorted": is_sorted} if axis is None else {"sorted": is_sorted, "axis": axis}
    node = helper.make_node("Unique", ["x"], ["y", "first", "inverse", "counts"], name="unique", **attrs)
    outputs = [helper.make_tensor_value_info("y", F32, None if axis is None else [d if a != axis % len(shape) else "k" for a, d in enumerate(shape)])]
    outputs += [helper.make_tensor_value_info(n, I64, [s]) for n, s in (("first", "k"), ("inverse", "n"), ("counts", "k"))]
    if axis is None:
        outputs[0] = helper.make_tensor_value_info("y", F32, ["k"])
    model = helper.make_model(helper.make_graph([node], "g", [helper.make_tensor_value_info("x", F32, shape)], outputs),
                              opset_imports=[helper.make_opsetid("", 13)])  # fmt: skip
    exe = ember.compile(model, cache=False, progress=False)
    rng = np.random.default_rng(len(shape))
    for span in (1, 3):
        x = rng.integers(0, span, shape).astype(np.float32)
        got = exe(x)
        if axis not in (None, 0) and not is_sorted:  # (onnx's reference takes the unsorted order along axis 0)
            import onnxruntime

            want = onnxruntime.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"]).run(None, {"x": x})
        else:
            want = ReferenceEvaluator(model).run(None, {"x": x})
        for g, w in zip(got, want, strict=True):
            assert g.dtype == w.dtype
            np.testing.assert_array_equal(g, w)
