"""Ops whose attributes became inputs across opsets: each variant imports and matches onnxruntime."""

import numpy as np
import pytest
from onnx import TensorProto, helper


def i64(*values):
    return np.array(values, np.int64)


def test_reshape_5_with_zero_and_minus_one(onnx_case, rng):
    x = rng.standard_normal((2, 3, 4)).astype(np.float32)
    node = helper.make_node("Reshape", ["x", "s"], ["y"], name="r")
    onnx_case.check(onnx_case.model([node], {"x": x}, ["y"], {"s": i64(0, -1)}, opset=7), {"x": x})


def test_reshape_14_allowzero(onnx_case, rng):
    x = rng.standard_normal((2, 3, 4)).astype(np.float32)
    node = helper.make_node("Reshape", ["x", "s"], ["y"], allowzero=1)
    onnx_case.check(onnx_case.model([node], {"x": x}, ["y"], {"s": i64(4, 3, 2)}, opset=14), {"x": x})


def test_reshape_shape_from_shape_gather_concat_chain_folds(onnx_case, rng):
    """The exporter pattern Shape -> Gather -> Unsqueeze -> Concat -> Reshape folds to a property."""
    import ember
    from ember.context import make_context
    from ember.textual import print_module

    x = rng.standard_normal((2, 3, 4)).astype(np.float32)
    nodes = [
        helper.make_node("Shape", ["x"], ["shape"]),
        helper.make_node("Gather", ["shape", "zero"], ["batch"], axis=0),
        helper.make_node("Unsqueeze", ["batch", "axes"], ["batch1"]),
        helper.make_node("Concat", ["batch1", "minus1"], ["target"], axis=0),
        helper.make_node("Reshape", ["x", "target"], ["y"]),
    ]
    inits = {"zero": np.array(0, np.int64), "axes": i64(0), "minus1": i64(-1)}
    model = onnx_case.model(nodes, {"x": x}, ["y"], inits, opset=13, out_shapes={"y": (2, 12)})
    onnx_case.check(model, {"x": x})
    text = print_module(ember.import_onnx(model), ctx=make_context())
    assert "graph.gather" not in text and "graph.concat" not in text
    assert "shape = array<i64: 2, 12>" in text


@pytest.mark.parametrize("opset", [7, 10, 13])
def test_slice_variants(onnx_case, rng, opset):
    x = rng.standard_normal((5, 6, 7)).astype(np.float32)
    if opset < 10:
        node = helper.make_node("Slice", ["x"], ["y"], starts=[1, -4], ends=[4, 1000], axes=[0, 2])
        inits = {}
    else:
        node = helper.make_node("Slice", ["x", "st", "en", "ax", "sp"], ["y"])
        inits = {"st": i64(4, -1), "en": i64(0, -1000), "ax": i64(0, 2), "sp": i64(-2, -3)}
    onnx_case.check(onnx_case.model([node], {"x": x}, ["y"], inits, opset=opset), {"x": x})


@pytest.mark.parametrize("opset", [11, 13])
def test_squeeze_unsqueeze_variants(onnx_case, rng, opset):
    x = rng.standard_normal((3, 1, 4)).astype(np.float32)
    if opset < 13:
        nodes = [helper.make_node("Squeeze", ["x"], ["s"], axes=[1]),
                 helper.make_node("Unsqueeze", ["s"], ["y"], axes=[0, -1])]  # fmt: skip
        inits = {}
    else:
        nodes = [helper.make_node("Squeeze", ["x", "a1"], ["s"]),
                 helper.make_node("Unsqueeze", ["s", "a2"], ["y"])]  # fmt: skip
        inits = {"a1": i64(1), "a2": i64(0, -1)}
    onnx_case.check(onnx_case.model(nodes, {"x": x}, ["y"], inits, opset=opset), {"x": x})


@pytest.mark.parametrize("opset,kind", [(11, "attr"), (13, "input"), (13, "equal"), (18, "num_outputs")])
def test_split_variants(onnx_case, rng, opset, kind):
    x = rng.standard_normal((2, 7)).astype(np.float32)
    inits = {}
    if kind == "attr":
        node = helper.make_node("Split", ["x"], ["a", "b"], axis=1, split=[3, 4])
    elif kind == "input":
        node = helper.make_node("Split", ["x", "sp"], ["a", "b"], axis=1)
        inits = {"sp": i64(5, 2)}
    elif kind == "equal":
        x = x[:, :6].copy()
        node = helper.make_node("Split", ["x"], ["a", "b"], axis=1)
    else:
        node = helper.make_node("Split", ["x"], ["a", "b"], axis=1, num_outputs=2)
    onnx_case.check(onnx_case.model([node], {"x": x}, ["a", "b"], inits, opset=opset), {"x": x})


@pytest.mark.parametrize("opset", [11, 13])
@pytest.mark.parametrize("keepdims", [0, 1])
def test_reduce_sum_variants(onnx_case, rng, opset, keepdims):
    x = rng.standard_normal((2, 3, 4)).astype(np.float32)
    if opset < 13:
        node = helper.make_node("ReduceSum", ["x"], ["y"], axes=[0, -1], keepdims=keepdims)
        inits = {}
    else:
        node = helper.make_node("ReduceSum", ["x", "axes"], ["y"], keepdims=keepdims)
        inits = {"axes": i64(0, -1)}
    onnx_case.check(onnx_case.model([node], {"x": x}, ["y"], inits, opset=opset), {"x": x})


def test_reduce_sum_noop_with_empty_axes(onnx_case, rng):
    x = rng.standard_normal((2, 3)).astype(np.float32)
    node = helper.make_node("ReduceSum", ["x"], ["y"], noop_with_empty_axes=1)
    onnx_case.check(onnx_case.model([node], {"x": x}, ["y"], opset=13), {"x": x})


@pytest.mark.parametrize("opset", [18])
@pytest.mark.parametrize("op", ["ReduceMean", "ReduceMax", "ReduceL1", "ReduceL2", "ReduceLogSumExp", "ReduceSumSquare", "ReduceProd", "ReduceMin", "ReduceLogSum"])
def test_reductions_axes_input(onnx_case, rng, opset, op):
    x = rng.uniform(0.5, 2.0, (2, 3, 4)).astype(np.float32)
    node = helper.make_node(op, ["x", "axes"], ["y"], keepdims=0)
    onnx_case.check(onnx_case.model([node], {"x": x}, ["y"], {"axes": i64(1)}, opset=opset), {"x": x}, rtol=1e-5)


@pytest.mark.parametrize("opset", [7, 11, 13])
def test_clip_variants(onnx_case, rng, opset):
    x = rng.standard_normal((3, 4)).astype(np.float32)
    if opset < 11:
        node = helper.make_node("Clip", ["x"], ["y"], min=-0.5, max=0.25)
        inits = {}
    else:
        node = helper.make_node("Clip", ["x", "lo", "hi"], ["y"])
        inits = {"lo": np.array(-0.5, np.float32), "hi": np.array(0.25, np.float32)}
    onnx_case.check(onnx_case.model([node], {"x": x}, ["y"], inits, opset=opset), {"x": x})


def test_clip_with_only_max_and_dynamic_min(onnx_case, rng):
    x = rng.standard_normal((3, 4)).astype(np.float32)
    lo = np.array(-0.3, np.float32)
    nodes = [helper.make_node("Clip", ["x", "", "hi"], ["a"]), helper.make_node("Clip", ["x", "lo"], ["b"])]
    model = onnx_case.model(nodes, {"x": x, "lo": lo}, ["a", "b"], {"hi": np.array(0.1, np.float32)}, opset=13)
    onnx_case.check(model, {"x": x, "lo": lo})


@pytest.mark.parametrize("opset,mode", [(7, "constant"), (11, "reflect"), (13, "edge"), (18, "constant")])
def test_pad_variants(onnx_case, rng, opset, mode):
    x = rng.standard_normal((1, 2, 4, 5)).astype(np.float32)
    inits = {}
    if opset < 11:
        node = helper.make_node("Pad", ["x"], ["y"], pads=[0, 0, 1, 2, 0, 0, 2, 1], mode=mode, value=1.5)
    elif opset < 18:
        node = helper.make_node("Pad", ["x", "p", "v"], ["y"], mode=mode)
        inits = {"p": i64(0, 0, 1, 2, 0, 0, 2, 1), "v": np.array(0.0 if mode != "constant" else 2.0, np.float32)}
        if mode != "constant":
            node = helper.make_node("Pad", ["x", "p"], ["y"], mode=mode)
            del inits["v"]
    else:
        node = helper.make_node("Pad", ["x", "p", "v", "ax"], ["y"], mode=mode)
        inits = {"p": i64(1, 2, 2, 1), "v": np.array(-1.0, np.float32), "ax": i64(2, -1)}
    onnx_case.check(onnx_case.model([node], {"x": x}, ["y"], inits, opset=opset), {"x": x})


@pytest.mark.parametrize("opset,mode,how", [
    (10, "nearest", "scales"), (13, "linear", "scales"), (13, "nearest", "sizes"),
    (13, "linear", "sizes"), (19, "linear", "scales"),
])  # fmt: skip
def test_resize_variants(onnx_case, rng, opset, mode, how):
    x = rng.standard_normal((1, 2, 4, 5)).astype(np.float32)
    scales = np.array([1, 1, 2, 1.5], np.float32)
    sizes = i64(1, 2, 7, 9)
    if opset == 10:
        node = helper.make_node("Resize", ["x", "scales"], ["y"], mode=mode)
        inits = {"scales": scales}
    elif how == "scales":
        node = helper.make_node("Resize", ["x", "", "scales"], ["y"], mode=mode)
        inits = {"scales": scales}
    else:
        node = helper.make_node("Resize", ["x", "", "", "sizes"], ["y"], mode=mode)
        inits = {"sizes": sizes}
    onnx_case.check(onnx_case.model([node], {"x": x}, ["y"], inits, opset=opset), {"x": x}, rtol=1e-5, atol=1e-5)


def test_upsample_9(onnx_case, rng):
    x = rng.standard_normal((1, 1, 2, 3)).astype(np.float32)
    node = helper.make_node("Upsample", ["x", "scales"], ["y"], mode="nearest")
    model = onnx_case.model([node], {"x": x}, ["y"], {"scales": np.array([1, 1, 2, 3], np.float32)}, opset=9)
    onnx_case.check(model, {"x": x})


@pytest.mark.parametrize("opset", [11, 13])
@pytest.mark.parametrize("op", ["Softmax", "LogSoftmax"])
def test_softmax_axis_semantics_change_at_13(onnx_case, rng, opset, op):
    x = rng.standard_normal((2, 3, 4)).astype(np.float32)
    node = helper.make_node(op, ["x"], ["y"], axis=1)
    onnx_case.check(onnx_case.model([node], {"x": x}, ["y"], opset=opset), {"x": x})


@pytest.mark.parametrize("opset", [7, 12])
def test_dropout_variants_are_identity(onnx_case, rng, opset):
    x = rng.standard_normal((3, 4)).astype(np.float32)
    node = helper.make_node("Dropout", ["x"], ["y", "mask"], **({"ratio": 0.3} if opset < 12 else {}))
    model = onnx_case.model([node], {"x": x}, ["y", "mask"], opset=opset, out_types={"mask": TensorProto.BOOL},
                            out_shapes={"y": (3, 4), "mask": (3, 4)})
    y, mask = onnx_case.ember(model, {"x": x})
    np.testing.assert_array_equal(y, x)
    assert mask.dtype == np.bool_ and mask.all()
