"""Col2Im and MaxUnpool compiled, against onnx's reference evaluator.

Col2Im over random geometries (block size, strides, dilations, pads; 1-D, 2-D and 3-D images).
MaxPool's Indices output against onnxruntime (ties, pads, dilations, column-major order).
MaxUnpool on the values and indices of a real MaxPool (computed by the reference), with
overlapping and padded windows and a larger ``output_shape``; indices that name no position of
the output (negative, past the end) must not be written anywhere and must not crash.
"""

from __future__ import annotations

import numpy as np
import onnx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from onnx import TensorProto, helper, numpy_helper
from onnx.reference import ReferenceEvaluator

import ember

RNG = np.random.default_rng(18)


def _compile_and_compare(model: onnx.ModelProto, feeds: dict[str, np.ndarray]) -> None:
    want = ReferenceEvaluator(model).run(None, feeds)[0]
    got = np.asarray(ember.compile(model, cache=False, progress=False)(*feeds.values())[0])
    np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-5)


@st.composite
def col2im_geometry(draw: st.DrawFn) -> dict:
    rank = draw(st.integers(1, 3))
    block = [draw(st.integers(1, 3)) for _ in range(rank)]
    dil = [draw(st.integers(1, 2)) for _ in range(rank)]
    stride = [draw(st.integers(1, 3)) for _ in range(rank)]
    pads = [draw(st.integers(0, 1)) for _ in range(2 * rank)]
    image = [draw(st.integers(dil[d] * (block[d] - 1) + 1, 6)) for d in range(rank)]
    return {"image": image, "block": block, "dilations": dil, "strides": stride, "pads": pads}


@settings(max_examples=8, deadline=None)
@given(geometry=col2im_geometry(), channels=st.integers(1, 2))
def test_col2im_matches_reference(geometry: dict, channels: int) -> None:
    image, block = geometry["image"], geometry["block"]
    rank = len(image)
    counts = [(image[d] + geometry["pads"][d] + geometry["pads"][rank + d] - geometry["dilations"][d] * (block[d] - 1) - 1)
              // geometry["strides"][d] + 1 for d in range(rank)]  # fmt: skip
    x = RNG.standard_normal((2, channels * int(np.prod(block)), int(np.prod(counts)))).astype(np.float32)
    node = helper.make_node("Col2Im", ["x", "image", "block"], ["y"], name="c2i", dilations=geometry["dilations"],
                            strides=geometry["strides"], pads=geometry["pads"])  # fmt: skip
    graph = helper.make_graph(
        [node], "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, x.shape)],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, (2, channels, *image))],
        [numpy_helper.from_array(np.array(image, np.int64), "image"), numpy_helper.from_array(np.array(block, np.int64), "block")],
    )  # fmt: skip
    _compile_and_compare(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)]), {"x": x})


def _pool(x: np.ndarray, kernel: list[int], strides: list[int], pads: list[int]) -> tuple[np.ndarray, np.ndarray]:
    node = helper.make_node("MaxPool", ["x"], ["v", "i"], kernel_shape=kernel, strides=strides, pads=pads)
    graph = helper.make_graph([node], "p", [helper.make_tensor_value_info("x", TensorProto.FLOAT, x.shape)],
                              [helper.make_tensor_value_info("v", TensorProto.FLOAT, None),
                               helper.make_tensor_value_info("i", TensorProto.INT64, None)])  # fmt: skip
    v, i = ReferenceEvaluator(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 22)])).run(None, {"x": x})
    return v, i


def _unpool_model(v: np.ndarray, kernel: list[int], strides: list[int], pads: list[int], out: tuple[int, ...] | None) -> onnx.ModelProto:
    rank = len(kernel)
    default = [(v.shape[2 + d] - 1) * strides[d] - pads[d] - pads[rank + d] + kernel[d] for d in range(rank)]
    y_shape = out or (*v.shape[:2], *default)
    inputs = ["v", "i"] + (["shape"] if out else [])
    node = helper.make_node("MaxUnpool", inputs, ["y"], name="unpool", kernel_shape=kernel, strides=strides, pads=pads)
    inits = [numpy_helper.from_array(np.array(out, np.int64), "shape")] if out else []
    graph = helper.make_graph(
        [node], "g", [helper.make_tensor_value_info("v", TensorProto.FLOAT, v.shape),
                      helper.make_tensor_value_info("i", TensorProto.INT64, v.shape)],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, y_shape)], inits,
    )  # fmt: skip
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 22)])


@pytest.mark.parametrize(
    "shape, kernel, strides, pads, grow",
    [((1, 2, 4, 4), [2, 2], [2, 2], [0, 0, 0, 0], 0), ((2, 1, 5, 5), [3, 3], [1, 2], [0, 0, 0, 0], 0),
     ((1, 1, 6, 5), [2, 3], [2, 1], [1, 0, 1, 1], 0), ((1, 3, 7), [3], [2], [1, 1], 0),
     ((1, 2, 4, 4), [2, 2], [2, 2], [0, 0, 0, 0], 1)],
    ids=["plain", "overlapping", "padded", "1d", "output_shape"],
)  # fmt: skip
def test_max_unpool_of_max_pool_matches_reference(shape, kernel, strides, pads, grow) -> None:  # noqa: ANN001
    x = RNG.standard_normal(shape).astype(np.float32)
    v, i = _pool(x, kernel, strides, pads)
    out = None
    if grow:
        rank = len(kernel)
        default = [(v.shape[2 + d] - 1) * strides[d] - pads[d] - pads[rank + d] + kernel[d] for d in range(rank)]
        out = (*shape[:2], *(d + grow for d in default))
    _compile_and_compare(_unpool_model(v, kernel, strides, pads, out), {"v": v, "i": i})


def test_max_unpool_ignores_indices_outside_the_output() -> None:
    x = RNG.standard_normal((1, 1, 4, 4)).astype(np.float32)
    v, i = _pool(x, [2, 2], [2, 2], [0, 0, 0, 0])
    bad = i.copy()
    bad[0, 0, 0, 0], bad[0, 0, 1, 1] = -1, 10**12
    model = _unpool_model(v, [2, 2], [2, 2], [0, 0, 0, 0], None)
    got = np.asarray(ember.compile(model, cache=False, progress=False)(v, bad)[0])
    keep = np.ones_like(i, bool)
    keep[0, 0, 0, 0] = keep[0, 0, 1, 1] = False
    want = np.zeros(16, np.float32)
    want[i[keep]] = v[keep]
    np.testing.assert_array_equal(got.reshape(-1), want)


@pytest.mark.parametrize(
    "shape, attrs",
    [((2, 3, 5, 5), {"kernel_shape": [3, 3], "pads": [1, 1, 1, 1]}),
     ((1, 2, 6, 7), {"kernel_shape": [2, 3], "strides": [2, 1], "storage_order": 1}),
     ((1, 1, 7, 6), {"kernel_shape": [2, 2], "dilations": [2, 1], "pads": [0, 1, 1, 0]}),
     ((2, 2, 9), {"kernel_shape": [3], "strides": [2], "pads": [2, 2]})],
    ids=["padded", "column-major", "dilated", "1d"],
)  # fmt: skip
def test_max_pool_indices_match_reference(shape: tuple[int, ...], attrs: dict) -> None:
    x = np.round(RNG.standard_normal(shape) * 2).astype(np.float32) / 2  # (many ties: the first wins)

    def model(v_shape: tuple[int, ...] | None) -> onnx.ModelProto:
        node = helper.make_node("MaxPool", ["x"], ["v", "i"], name="pool", **attrs)
        graph = helper.make_graph([node], "p", [helper.make_tensor_value_info("x", TensorProto.FLOAT, x.shape)],
                                  [helper.make_tensor_value_info("v", TensorProto.FLOAT, v_shape),
                                   helper.make_tensor_value_info("i", TensorProto.INT64, v_shape)])  # fmt: skip
        return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 22)])

    import onnxruntime  # (onnx's reference gets the indices of padded 2-D windows wrong)

    shaped = model(ReferenceEvaluator(model(None)).run(None, {"x": x})[0].shape)
    session = onnxruntime.InferenceSession(shaped.SerializeToString(), providers=["CPUExecutionProvider"])
    want = session.run(None, {"x": x})
    got = ember.compile(shaped, cache=False, progress=False)(x)
    np.testing.assert_array_equal(np.asarray(got[0]), want[0])
    np.testing.assert_array_equal(np.asarray(got[1]), want[1])
