"""RoiAlign, DeformConv, TensorScatter and Resize tf_crop_and_resize compiled, against onnx's
reference evaluator (and onnxruntime where it runs the op), every input passed at call time.

Boxes reach outside the image (RoiAlign's out-of-range samples), offsets move taps outside the
input (DeformConv's zero padding), write positions wrap around the cache (circular mode) and
crop boxes reach outside [0, 1] (extrapolation)."""

from __future__ import annotations

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper
from onnx.reference import ReferenceEvaluator

import ember
from ember.diagnostics import EmberError

RNG = np.random.default_rng(14)
F32 = TensorProto.FLOAT


def _model(node: onnx.NodeProto, inputs: list[tuple[str, int, tuple[int, ...]]], opset: int) -> onnx.ModelProto:
    graph = helper.make_graph([node], "g", [helper.make_tensor_value_info(n, t, s) for n, t, s in inputs],
                              [helper.make_tensor_value_info("y", F32, None)])  # fmt: skip
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])


def _check(model: onnx.ModelProto, feeds: dict[str, np.ndarray], ort: bool = False, tol: float = 1e-5) -> None:
    want = ReferenceEvaluator(model).run(None, feeds)[0]
    model.graph.output[0].CopyFrom(helper.make_tensor_value_info("y", F32, want.shape))
    exe = ember.compile(model, cache=False, progress=False)
    got = np.asarray(exe(*feeds.values())[0])
    np.testing.assert_allclose(got, want, rtol=tol, atol=tol)
    if ort:
        import onnxruntime

        session = onnxruntime.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
        np.testing.assert_allclose(got, session.run(None, feeds)[0], rtol=tol, atol=tol)


ROIS = np.array([[0.0, 0.0, 9.0, 9.0], [-3.0, 2.5, 4.2, 11.7], [5.5, 5.0, 9.0, 6.0], [8.0, 1.0, 13.0, 3.5]], np.float32)


@pytest.mark.parametrize(("mode", "coordinates", "ratio"), [
    ("avg", "half_pixel", 2), ("avg", "output_half_pixel", 0), ("max", "half_pixel", 3), ("avg", "half_pixel", 0),
])  # fmt: skip
def test_roi_align_matches_reference(mode: str, coordinates: str, ratio: int) -> None:
    node = helper.make_node("RoiAlign", ["x", "rois", "batch"], ["y"], name="roi", mode=mode, output_height=3, output_width=4,
                            sampling_ratio=ratio, spatial_scale=0.9, coordinate_transformation_mode=coordinates)  # fmt: skip
    model = _model(node, [("x", F32, (2, 3, 10, 8)), ("rois", F32, (4, 4)), ("batch", TensorProto.INT64, (4,))], 16)
    feeds = {"x": RNG.standard_normal((2, 3, 10, 8)).astype(np.float32), "rois": ROIS, "batch": np.array([0, 1, 1, 0], np.int64)}
    _check(model, feeds, ort=mode == "avg")  # (onnxruntime's max mode pools differently)


@pytest.mark.parametrize(("group", "offset_group", "strides", "dilations", "pads", "extras"), [
    (1, 1, (1, 1), (1, 1), (0, 0, 0, 0), ()),
    (2, 2, (2, 1), (1, 2), (1, 0, 2, 1), ("b", "mask")),
    (1, 2, (1, 1), (2, 1), (1, 1, 1, 1), ("mask",)),
])  # fmt: skip
def test_deform_conv_matches_reference(group: int, offset_group: int, strides: tuple[int, int], dilations: tuple[int, int],
                                       pads: tuple[int, ...], extras: tuple[str, ...]) -> None:  # fmt: skip
    n, c, h, w, oc, k = 2, 4, 6, 5, 6, (2, 3)
    out = [(size + pads[a] + pads[a + 2] - (k[a] - 1) * dilations[a] - 1) // strides[a] + 1 for a, size in enumerate((h, w))]
    names = ["x", "w", "offset", "b" if "b" in extras else "", "mask" if "mask" in extras else ""]
    node = helper.make_node("DeformConv", names, ["y"], name="dc", group=group, offset_group=offset_group,
                            strides=strides, dilations=dilations, pads=pads, kernel_shape=k)  # fmt: skip
    shapes = {"x": (n, c, h, w), "w": (oc, c // group, *k), "offset": (n, offset_group * k[0] * k[1] * 2, *out),
              "b": (oc,), "mask": (n, offset_group * k[0] * k[1], *out)}  # fmt: skip
    feeds = {name: RNG.standard_normal(shapes[name]).astype(np.float32) for name in names if name}
    feeds["offset"] *= 2.0  # (taps well outside the input too)
    _check(_model(node, [(name, F32, shapes[name]) for name in feeds], 22), feeds)


@pytest.mark.parametrize(("mode", "axis", "starts"), [
    ("linear", -2, (0, 3, 1)), ("circular", -2, (3, 0, 2)), ("circular", 1, (2, 1, 3)),
])  # fmt: skip
def test_tensor_scatter_matches_reference(mode: str, axis: int, starts: tuple[int, ...]) -> None:
    cache_shape = (3, 4, 5) if axis == 1 else (3, 2, 4, 5)
    update_shape = tuple(2 if a == axis % len(cache_shape) else d for a, d in enumerate(cache_shape))
    node = helper.make_node("TensorScatter", ["cache", "update", "at"], ["y"], name="ts", mode=mode, axis=axis)
    model = _model(node, [("cache", F32, cache_shape), ("update", F32, update_shape), ("at", TensorProto.INT64, (3,))], 24)
    feeds = {"cache": RNG.standard_normal(cache_shape).astype(np.float32),
             "update": RNG.standard_normal(update_shape).astype(np.float32), "at": np.array(starts, np.int64)}  # fmt: skip
    if mode == "linear":  # (the reference fails on writes past the end)
        feeds["at"] = np.minimum(feeds["at"], cache_shape[axis] - 2)
    _check(model, feeds)


@pytest.mark.parametrize(("mode", "roi", "extrapolation"), [
    ("linear", (0.1, 0.2, 0.8, 0.9), 0.0), ("nearest", (-0.2, 0.3, 0.7, 1.4), 5.0), ("cubic", (0.0, 0.25, 1.0, 0.75), 0.0),
])  # fmt: skip
def test_resize_tf_crop_and_resize_matches_reference(mode: str, roi: tuple[float, ...], extrapolation: float) -> None:
    node = helper.make_node("Resize", ["x", "roi", "", "sizes"], ["y"], name="rs", mode=mode, axes=(2, 3),
                            coordinate_transformation_mode="tf_crop_and_resize", extrapolation_value=extrapolation)  # fmt: skip
    model = _model(node, [("x", F32, (1, 2, 5, 6)), ("roi", F32, (4,)), ("sizes", TensorProto.INT64, (2,))], 19)
    feeds = {"x": RNG.standard_normal((1, 2, 5, 6)).astype(np.float32), "roi": np.array(roi, np.float32),
             "sizes": np.array([4, 7], np.int64)}  # fmt: skip
    _check(model, feeds, ort=True)


def test_deform_conv_1d_is_one_line_error() -> None:
    node = helper.make_node("DeformConv", ["x", "w", "offset"], ["y"], name="dc1")
    model = _model(node, [("x", F32, (1, 2, 5)), ("w", F32, (3, 2, 2)), ("offset", F32, (1, 4, 4))], 22)
    model.graph.output[0].CopyFrom(helper.make_tensor_value_info("y", F32, (1, 3, 4)))
    with pytest.raises(EmberError) as error:
        ember.compile(model, cache=False, progress=False)
    message = str(error.value)
    assert "\n" not in message and "node 'dc1' (DeformConv)" in message and "2-D" in message
