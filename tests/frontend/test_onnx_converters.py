"""Converter families against onnxruntime: composites exporters emit, conv/pool geometry,
value sources, element types; plus locations, weights as parameters and large-weight import."""

import time

import numpy as np
import pytest
from onnx import TensorProto, helper

import ember
from ember.context import make_context
from ember.textual import print_module


def f32(rng, *shape):
    return rng.standard_normal(shape).astype(np.float32)


@pytest.mark.parametrize("trans_a,trans_b,with_c", [(0, 0, True), (1, 1, True), (0, 1, False)])
def test_gemm(onnx_case, rng, trans_a, trans_b, with_c):
    a = f32(rng, 3, 4) if not trans_a else f32(rng, 4, 3)
    b = f32(rng, 4, 5) if not trans_b else f32(rng, 5, 4)
    ins = ["a", "b", "c"] if with_c else ["a", "b"]
    node = helper.make_node("Gemm", ins, ["y"], alpha=0.5, beta=2.0, transA=trans_a, transB=trans_b)
    inits = {"b": b, **({"c": f32(rng, 5)} if with_c else {})}
    onnx_case.check(onnx_case.model([node], {"a": a}, ["y"], inits, opset=13), {"a": a})


def test_batchnorm_layernorm_and_decomposed_layernorm(onnx_case, rng):
    x = f32(rng, 2, 3, 4, 5)
    c = 3
    inits = {"s": f32(rng, c), "b": f32(rng, c), "m": f32(rng, c), "v": rng.uniform(0.5, 2, c).astype(np.float32),
             "g": f32(rng, 5), "beta": f32(rng, 5), "two": np.array(2, np.float32), "eps": np.array(1e-5, np.float32),
             "axes": np.array([-1], np.int64)}  # fmt: skip
    nodes = [
        helper.make_node("BatchNormalization", ["x", "s", "b", "m", "v"], ["bn"], epsilon=1e-3, name="bn"),
        helper.make_node("LayerNormalization", ["bn", "g", "beta"], ["ln"], axis=-1, epsilon=1e-5),
        # the pre-opset-17 export: mean, centre, variance, normalise, scale, shift
        helper.make_node("ReduceMean", ["bn", "axes"], ["mu"]),
        helper.make_node("Sub", ["bn", "mu"], ["d"]),
        helper.make_node("Pow", ["d", "two"], ["d2"]),
        helper.make_node("ReduceMean", ["d2", "axes"], ["var"]),
        helper.make_node("Add", ["var", "eps"], ["ve"]),
        helper.make_node("Sqrt", ["ve"], ["sd"]),
        helper.make_node("Div", ["d", "sd"], ["n"]),
        helper.make_node("Mul", ["n", "g"], ["ng"]),
        helper.make_node("Add", ["ng", "beta"], ["ln2"]),
    ]
    model = onnx_case.model(nodes, {"x": x}, ["ln", "ln2"], inits, opset=18)
    ln, ln2 = onnx_case.check(model, {"x": x}, rtol=1e-4, atol=1e-5)
    np.testing.assert_allclose(ln, ln2, rtol=1e-4, atol=1e-4)


def test_gelu_formulas_hardswish_and_gelu_op(onnx_case, rng):
    x = f32(rng, 4, 6)
    c = {"half": np.array(0.5, np.float32), "one": np.array(1, np.float32), "sqrt2": np.array(np.sqrt(2), np.float32),
         "k": np.array(np.sqrt(2 / np.pi), np.float32), "c": np.array(0.044715, np.float32), "three": np.array(3, np.float32)}  # fmt: skip
    nodes = [
        helper.make_node("Div", ["x", "sqrt2"], ["xs"]), helper.make_node("Erf", ["xs"], ["e"]),
        helper.make_node("Add", ["e", "one"], ["e1"]), helper.make_node("Mul", ["x", "e1"], ["xe"]),
        helper.make_node("Mul", ["xe", "half"], ["gelu_erf"]),
        helper.make_node("Pow", ["x", "three"], ["x3"]), helper.make_node("Mul", ["x3", "c"], ["cx3"]),
        helper.make_node("Add", ["x", "cx3"], ["inner"]), helper.make_node("Mul", ["inner", "k"], ["ki"]),
        helper.make_node("Tanh", ["ki"], ["t"]), helper.make_node("Add", ["t", "one"], ["t1"]),
        helper.make_node("Mul", ["x", "t1"], ["xt"]), helper.make_node("Mul", ["xt", "half"], ["gelu_tanh"]),
        helper.make_node("HardSwish", ["x"], ["hs"]),
        helper.make_node("Gelu", ["x"], ["g20"], approximate="tanh"),
    ]
    model = onnx_case.model(nodes, {"x": x}, ["gelu_erf", "gelu_tanh", "hs", "g20"], c, opset=20)
    outs = onnx_case.check(model, {"x": x}, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(outs[1], outs[3], rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("op,attrs", [
    ("LeakyRelu", {"alpha": 0.2}), ("Elu", {"alpha": 0.7}), ("Selu", {}), ("HardSigmoid", {"alpha": 0.3}),
    ("Softsign", {}), ("Softplus", {}), ("ThresholdedRelu", {"alpha": 0.4}), ("Celu", {"alpha": 1.5}),
    ("Mish", {}), ("Tan", {}), ("Sigmoid", {}), ("Sign", {}), ("Round", {}), ("Erf", {}),
])  # fmt: skip
def test_activations(onnx_case, rng, op, attrs):
    x = f32(rng, 3, 5) * 2
    onnx_case.check(onnx_case.model([helper.make_node(op, ["x"], ["y"], **attrs)], {"x": x}, ["y"], opset=18), {"x": x})


def test_prelu_and_variadic(onnx_case, rng):
    x, y, z = f32(rng, 2, 3, 4), f32(rng, 3, 1), f32(rng, 4)
    nodes = [
        helper.make_node("PRelu", ["x", "slope"], ["p"]),
        helper.make_node("Sum", ["x", "y", "z"], ["s"]), helper.make_node("Mean", ["x", "y", "z"], ["m"]),
        helper.make_node("Max", ["x", "y", "z"], ["mx"]), helper.make_node("Min", ["x", "z"], ["mn"]),
    ]
    model = onnx_case.model(nodes, {"x": x, "y": y, "z": z}, ["p", "s", "m", "mx", "mn"], {"slope": f32(rng, 4)}, opset=13)
    onnx_case.check(model, {"x": x, "y": y, "z": z})


@pytest.mark.parametrize("auto_pad,group,dilation,stride", [
    ("NOTSET", 1, 2, 1), ("SAME_UPPER", 2, 1, 2), ("SAME_LOWER", 1, 1, 2), ("VALID", 4, 1, 1),
])  # fmt: skip
def test_conv_geometry(onnx_case, rng, auto_pad, group, dilation, stride):
    x, w, b = f32(rng, 1, 4, 9, 8), f32(rng, 8, 4 // group, 3, 3), f32(rng, 8)
    attrs = {"group": group, "dilations": [dilation] * 2, "strides": [stride] * 2, "auto_pad": auto_pad}
    if auto_pad == "NOTSET":
        attrs["pads"] = [1, 0, 2, 1]
    node = helper.make_node("Conv", ["x", "w", "b"], ["y"], **attrs)
    onnx_case.check(onnx_case.model([node], {"x": x}, ["y"], {"w": w, "b": b}, opset=11), {"x": x}, rtol=1e-4, atol=1e-5)


def test_depthwise_conv_transpose_and_pools(onnx_case, rng):
    x = f32(rng, 1, 4, 7, 7)
    nodes = [
        helper.make_node("Conv", ["x", "dw"], ["d"], group=4, pads=[1, 1, 1, 1]),
        helper.make_node("ConvTranspose", ["d", "wt"], ["t"], strides=[2, 2], output_shape=[15, 15]),
        helper.make_node("MaxPool", ["t"], ["mp"], kernel_shape=[3, 3], strides=[2, 2], ceil_mode=1),
        helper.make_node("AveragePool", ["t"], ["ap"], kernel_shape=[3, 3], pads=[1, 1, 1, 1], count_include_pad=1),
        helper.make_node("AveragePool", ["t"], ["ap2"], kernel_shape=[2, 2], auto_pad="SAME_UPPER"),
        helper.make_node("GlobalAveragePool", ["t"], ["gap"]), helper.make_node("GlobalMaxPool", ["t"], ["gmp"]),
    ]
    inits = {"dw": f32(rng, 4, 1, 3, 3), "wt": f32(rng, 4, 2, 3, 3)}
    onnx_case.check(onnx_case.model(nodes, {"x": x}, ["mp", "ap", "ap2", "gap", "gmp"], inits, opset=13), {"x": x}, rtol=1e-4, atol=1e-5)


def test_value_sources(onnx_case, rng):
    x = f32(rng, 2, 3)
    nodes = [
        helper.make_node("Constant", [], ["c1"], value=helper.make_tensor("v", TensorProto.FLOAT, [3], [1, 2, 3])),
        helper.make_node("Constant", [], ["c2"], value_float=2.5),
        helper.make_node("Constant", [], ["c3"], value_floats=[1.0, -1.0, 0.5]),
        helper.make_node("Constant", [], ["c4"], value_int=3),
        helper.make_node("Constant", [], ["c5"], value_ints=[2, 3]),
        helper.make_node("Add", ["x", "c1"], ["a"]), helper.make_node("Mul", ["a", "c2"], ["b"]),
        helper.make_node("Sub", ["b", "c3"], ["c"]),
        helper.make_node("ConstantOfShape", ["c5"], ["fill"], value=helper.make_tensor("v", TensorProto.FLOAT, [1], [0.25])),
        helper.make_node("Add", ["c", "fill"], ["d"]),
        helper.make_node("Shape", ["x"], ["shape"], start=-1), helper.make_node("Size", ["x"], ["size"]),
        helper.make_node("Range", ["zero", "c4", "one"], ["range"]),
    ]
    inits = {"zero": np.array(0, np.int64), "one": np.array(1, np.int64)}
    types = {n: TensorProto.INT64 for n in ("shape", "size", "range")}
    model = onnx_case.model(nodes, {"x": x}, ["d", "shape", "size", "range"], inits, opset=17, out_types=types)
    onnx_case.check(model, {"x": x})


@pytest.mark.parametrize("equation,shapes", [
    ("bij,bjk->bik", [(2, 3, 4), (2, 4, 5)]), ("ij->ji", [(3, 4)]), ("ij,kj->ik", [(3, 4), (5, 4)]),
    ("bhqd,bhkd->bhqk", [(1, 2, 3, 4), (1, 2, 5, 4)]), ("ij,jk", [(2, 3), (3, 4)]), ("i,i->", [(4,), (4,)]),
])  # fmt: skip
def test_einsum(onnx_case, rng, equation, shapes):
    arrays = {f"x{i}": f32(rng, *s) for i, s in enumerate(shapes)}
    node = helper.make_node("Einsum", list(arrays), ["y"], equation=equation)
    onnx_case.check(onnx_case.model([node], arrays, ["y"], opset=12), arrays, rtol=1e-5, atol=1e-5)


def test_data_movement(onnx_case, rng):
    x = f32(rng, 1, 8, 2, 3)
    idx = np.array([[0, 2], [1, 1]], np.int64)
    nodes = [
        helper.make_node("DepthToSpace", ["x"], ["d2s"], blocksize=2, mode="CRD"),
        helper.make_node("SpaceToDepth", ["d2s"], ["s2d"], blocksize=2),
        helper.make_node("Transpose", ["x"], ["t"], perm=[0, 2, 3, 1]),
        helper.make_node("Flatten", ["t"], ["f"], axis=2),
        helper.make_node("Gather", ["x", "idx"], ["g"], axis=3),
        helper.make_node("Tile", ["f", "reps"], ["tile"]),
        helper.make_node("Expand", ["y", "eshape"], ["e"]),
        helper.make_node("Concat", ["x", "x"], ["cat"], axis=-1),
        helper.make_node("Where", ["cond", "x", "zero"], ["w"]),
    ]
    inputs = {"x": x, "y": f32(rng, 3, 1)}
    inits = {"idx": idx, "reps": np.array([2, 1], np.int64), "eshape": np.array([2, 3, 4], np.int64),
             "cond": rng.random((1, 1, 2, 3)) > 0.5, "zero": np.zeros((1,), np.float32)}  # fmt: skip
    model = onnx_case.model(nodes, inputs, ["d2s", "s2d", "f", "g", "tile", "e", "cat", "w"], inits, opset=13)
    onnx_case.check(model, inputs)


@pytest.mark.parametrize("dtype", [np.float16, np.float64, np.int8, np.int16, np.int32, np.int64, np.uint8, np.bool_])
def test_element_types(onnx_case, rng, dtype):
    x = (rng.random((3, 4)) * 10).astype(dtype)
    if dtype == np.bool_:
        nodes = [helper.make_node("Not", ["x"], ["a"]), helper.make_node("And", ["a", "x"], ["y"])]
    elif dtype in (np.int8, np.int16, np.uint8):  # onnxruntime has no Add kernel for these
        nodes = [helper.make_node("Cast", ["x"], ["w"], to=TensorProto.INT32), helper.make_node("Add", ["w", "w"], ["a"]),
                 helper.make_node("Cast", ["a"], ["y"], to=onnx_case.NP_TO_ONNX[np.dtype(dtype)])]  # fmt: skip
    else:
        nodes = [helper.make_node("Add", ["x", "x"], ["a"]), helper.make_node("Max", ["a", "x"], ["y"])]
    nodes.append(helper.make_node("Cast", ["y"], ["z"], to=TensorProto.FLOAT))
    types = {"y": onnx_case.NP_TO_ONNX[np.dtype(dtype)]}
    onnx_case.check(onnx_case.model(nodes, {"x": x}, ["y", "z"], opset=13, out_types=types), {"x": x})


def test_node_names_become_locations_and_weights_as_params(onnx_case, rng):
    x = f32(rng, 2, 4)
    nodes = [helper.make_node("MatMul", ["x", "w"], ["h"], name="encoder/fc1"), helper.make_node("Relu", ["h"], ["y"], name="encoder/act")]
    model = onnx_case.model(nodes, {"x": x}, ["y"], {"w": f32(rng, 4, 3)}, opset=13)
    text = print_module(ember.import_onnx(model), ctx=make_context(), debuginfo=True)
    assert 'graph.matmul' in text and 'loc("encoder/fc1")' in text and 'loc("encoder/act")' in text
    assert "graph.constant" in str(ember.import_onnx(model))
    from ember.frontend.onnx import import_onnx
    from ember.runtime.reference import run_reference

    as_args = import_onnx(model, weights_as_params=True)
    assert "graph.constant" not in str(as_args)
    w = np.ones((4, 3), np.float32)
    np.testing.assert_allclose(run_reference(as_args, [x, w])[0], np.maximum(x @ w, 0), rtol=1e-5, atol=1e-5)


def test_large_weights_import_fast_and_print_as_blobs(onnx_case, rng):
    from ember.tools.ember_import import elide_large_constants

    x = f32(rng, 1, 2048)
    w = f32(rng, 2048, 2048)  # 16 MB
    model = onnx_case.model([helper.make_node("MatMul", ["x", "w"], ["y"])], {"x": x}, ["y"], {"w": w}, opset=13)
    start = time.perf_counter()
    module = ember.import_onnx(model)
    text = print_module(module, ctx=make_context())
    assert time.perf_counter() - start < 5.0
    assert "dense_resource<w" in text and "dialect_resources" in text
    elide_large_constants(module)
    elided = print_module(module, ctx=make_context())
    assert "dense_resource<__elided__>" in elided and len(elided) < 2000


@pytest.mark.parametrize("largest,axis", [(1, -1), (0, 1)])
def test_topk_with_ties_matches_onnxruntime(onnx_case, rng, largest, axis):
    x = rng.integers(0, 4, (3, 6, 5)).astype(np.float32)  # many ties: lower index first
    node = helper.make_node("TopK", ["x", "k"], ["values", "indices"], axis=axis, largest=largest)
    model = onnx_case.model([node], {"x": x}, ["values", "indices"], {"k": np.array([3], np.int64)}, opset=11,
                            out_types={"indices": TensorProto.INT64})  # fmt: skip
    onnx_case.check(model, {"x": x})


def test_scatter_nd_with_repeated_indices_add(onnx_case, rng):
    x = f32(rng, 4, 3)
    updates = f32(rng, 3, 3)
    node = helper.make_node("ScatterND", ["x", "idx", "u"], ["y"], reduction="add")
    inits = {"idx": np.array([[1], [3], [1]], np.int64), "u": updates}
    onnx_case.check(onnx_case.model([node], {"x": x}, ["y"], inits, opset=16), {"x": x})


def test_weights_as_params_keeps_shape_operands_constant(onnx_case, rng):
    from ember.frontend.onnx import import_onnx
    from ember.runtime.reference import run_reference

    x, w = f32(rng, 2, 6), f32(rng, 6, 4)
    nodes = [helper.make_node("MatMul", ["x", "w"], ["h"]), helper.make_node("Reshape", ["h", "shape"], ["y"])]
    model = onnx_case.model(nodes, {"x": x}, ["y"], {"w": w, "shape": np.array([4, 2], np.int64)}, opset=13)
    module = import_onnx(model, weights_as_params=True)
    np.testing.assert_allclose(run_reference(module, [x, w])[0], (x @ w).reshape(4, 2), rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("attrs", [
    {"mode": "cubic"}, {"mode": "cubic", "cubic_coeff_a": -0.5, "exclude_outside": 1},
    {"mode": "linear", "antialias": 1}, {"mode": "linear", "coordinate_transformation_mode": "half_pixel_symmetric"},
])  # fmt: skip
def test_resize_modes_by_interpolation_matrices(onnx_case, rng, attrs):
    x = f32(rng, 1, 2, 12, 10)
    node = helper.make_node("Resize", ["x", "", "scales"], ["y"], **attrs)
    scales = np.array([1, 1, 1.5, 0.6], np.float32)
    model = onnx_case.model([node], {"x": x}, ["y"], {"scales": scales}, opset=19)
    onnx_case.check(model, {"x": x}, rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("attrs,shape,length", [
    ({}, (2, 8, 1), None), ({"onesided": 1}, (2, 8, 1), None), ({"inverse": 1}, (2, 8, 2), None),
    ({"inverse": 1, "onesided": 1}, (2, 5, 2), None), ({}, (2, 6, 2), 8), ({}, (2, 9, 1), 4),
])  # fmt: skip
def test_dft_matches_numpy_fft(onnx_case, rng, attrs, shape, length):
    x = f32(rng, *shape)
    inputs = ["x", "len", "axis"] if length else ["x", "", "axis"]
    inits = {"axis": np.array(1, np.int64), **({"len": np.array(length, np.int64)} if length else {})}
    model = onnx_case.model([helper.make_node("DFT", inputs, ["y"], **attrs)], {"x": x}, ["y"], inits, opset=20)
    (y,) = onnx_case.ember(model, {"x": x})
    signal = x[..., 0] + (1j * x[..., 1] if shape[-1] == 2 else 0)
    if attrs.get("inverse") and attrs.get("onesided"):
        expected = np.fft.irfft(signal, axis=1)[..., None]
    else:
        fn = np.fft.ifft if attrs.get("inverse") else np.fft.fft
        spectrum = fn(signal, n=length, axis=1)
        if attrs.get("onesided"):
            spectrum = spectrum[:, : spectrum.shape[1] // 2 + 1]
        expected = np.stack([spectrum.real, spectrum.imag], axis=-1)
    np.testing.assert_allclose(y, expected, rtol=1e-5, atol=1e-5)


def test_group_normalization_21(onnx_case, rng):
    x = f32(rng, 2, 6, 4, 4)
    node = helper.make_node("GroupNormalization", ["x", "s", "b"], ["y"], num_groups=3, epsilon=1e-5)
    model = onnx_case.model([node], {"x": x}, ["y"], {"s": f32(rng, 6), "b": f32(rng, 6)}, opset=21, out_shapes={"y": x.shape})
    onnx_case.check(model, {"x": x}, rtol=1e-4, atol=1e-5)
