"""float8, float4, int4 and int2 storage types, compiled: Cast both ways, Q/DQ, data movement.

Every conversion is integer code on the stored byte (``lowering/graph_to_linalg/storage_casts.py``);
these sweeps check it bit for bit against onnx's reference evaluator (numpy / ml_dtypes):
every byte decoded, and encoding of every representable value, every halfway point between
neighbours and the f32 values just beside it, beyond-max values, infinities, NaNs, signed
zeros, subnormals and random f32 values, from f32, f16 and f64, saturating and not.
onnxruntime is compared where it runs the model."""

from __future__ import annotations

import ml_dtypes
import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper
from onnx.reference import ReferenceEvaluator

import ember
from ember.diagnostics import EmberError

FLOAT8 = {
    TensorProto.FLOAT8E4M3FN: ml_dtypes.float8_e4m3fn, TensorProto.FLOAT8E4M3FNUZ: ml_dtypes.float8_e4m3fnuz,
    TensorProto.FLOAT8E5M2: ml_dtypes.float8_e5m2, TensorProto.FLOAT8E5M2FNUZ: ml_dtypes.float8_e5m2fnuz,
}  # fmt: skip
SMALL_FLOATS = {**FLOAT8, TensorProto.FLOAT4E2M1: ml_dtypes.float4_e2m1fn, TensorProto.FLOAT8E8M0: ml_dtypes.float8_e8m0fnu}
SMALL_INTS = {TensorProto.INT4: ml_dtypes.int4, TensorProto.UINT4: ml_dtypes.uint4, TensorProto.INT2: ml_dtypes.int2, TensorProto.UINT2: ml_dtypes.uint2}
STORAGE = {**SMALL_FLOATS, **SMALL_INTS}
BITS = {ml_dtypes.float4_e2m1fn: 4, ml_dtypes.int4: 4, ml_dtypes.uint4: 4, ml_dtypes.int2: 2, ml_dtypes.uint2: 2}
WIDE = {np.float32: TensorProto.FLOAT, np.float16: TensorProto.FLOAT16, np.float64: TensorProto.DOUBLE, ml_dtypes.bfloat16: TensorProto.BFLOAT16}


def cast_model(source: int, target: int, n: int, op: str = "Cast", opset: int = 25, **attrs: object) -> onnx.ModelProto:
    node = helper.make_node(op, ["x"], ["y"], to=target, **attrs)
    graph = helper.make_graph(
        [node], "g", [helper.make_tensor_value_info("x", source, [n])], [helper.make_tensor_value_info("y", target, [n])]
    )
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])


def run(model: onnx.ModelProto, *inputs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """ember's output and the reference's for the same inputs."""
    got = np.asarray(ember.compile(model, cache=False, progress=False)(*inputs)[0])
    names = [i.name for i in model.graph.input]
    want = ReferenceEvaluator(model).run(None, dict(zip(names, inputs, strict=True)))[0]
    return got, want


def every_code(dtype: type) -> np.ndarray:
    return np.arange(1 << BITS.get(dtype, 8), dtype=np.uint8).view(dtype)


def encoding_sweep(dtype: type) -> np.ndarray:
    """f32 values that exercise every rounding decision of ``dtype``."""
    values = np.unique(every_code(dtype).astype(np.float32))
    values = values[np.isfinite(values)]
    halfway = ((values[1:].astype(np.float64) + values[:-1]) / 2).astype(np.float32)
    beside = np.concatenate([np.nextafter(halfway, np.float32(np.inf)), np.nextafter(halfway, np.float32(-np.inf))])
    largest = float(values.max())
    with np.errstate(over="ignore"):
        edges = np.array(
            [0.0, -0.0, np.inf, -np.inf, np.nan, -np.nan, largest * 1.01, largest * 1.1, largest * 2, 3e38, 1e-30, 1e-45, -1e-45, 3e-39],
            np.float32,
        )
    rng = np.random.default_rng(0)
    rand = (rng.standard_normal(2000) * np.exp2(rng.integers(-20, 20, 2000))).astype(np.float32)
    return np.concatenate([values, -values, halfway, -halfway, beside, -beside, edges, rand]).astype(np.float32)


def same_bits(got: np.ndarray, want: np.ndarray) -> None:
    assert got.dtype == want.dtype and got.shape == want.shape
    wrong = np.nonzero(got.view(np.uint8) != want.view(np.uint8))[0]
    assert wrong.size == 0, f"{wrong.size} differ, e.g. codes {got.view(np.uint8)[wrong[:5]]} != {want.view(np.uint8)[wrong[:5]]}"


@pytest.mark.parametrize("saturate", [1, 0])
@pytest.mark.parametrize("source", list(WIDE))
@pytest.mark.parametrize("target", list(SMALL_FLOATS))
def test_float_encoding_matches_reference(target: int, source: type, saturate: int) -> None:
    with np.errstate(over="ignore"):
        x = encoding_sweep(SMALL_FLOATS[target]).astype(source)
    same_bits(*run(cast_model(WIDE[source], target, x.size, saturate=saturate), x))


@pytest.mark.parametrize("source", [TensorProto.FLOAT16, TensorProto.INT32])
@pytest.mark.parametrize("saturate", [1, 0])
def test_cast_through_float_keeps_saturate(source: int, saturate: int) -> None:
    """Cast x -> f32 -> float8 is simplified to one cast (graph-canonicalize's cast-of-cast) only
    where that keeps ``saturate``."""
    x = np.array([1000, -60000, 1, 3], np.float16 if source == TensorProto.FLOAT16 else np.int32)
    nodes = [helper.make_node("Cast", ["x"], ["w"], to=TensorProto.FLOAT),
             helper.make_node("Cast", ["w"], ["y"], to=TensorProto.FLOAT8E4M3FN, saturate=saturate)]  # fmt: skip
    graph = helper.make_graph(
        nodes, "g", [helper.make_tensor_value_info("x", source, [4])], [helper.make_tensor_value_info("y", TensorProto.FLOAT8E4M3FN, [4])]
    )
    same_bits(*run(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 21)]), x))


@pytest.mark.parametrize("mode", ["up", "down", "nearest"])
def test_e8m0_round_modes(mode: str) -> None:
    x = encoding_sweep(ml_dtypes.float8_e8m0fnu)
    for saturate in (1, 0):
        same_bits(*run(cast_model(TensorProto.FLOAT, TensorProto.FLOAT8E8M0, x.size, saturate=saturate, round_mode=mode), x))


@pytest.mark.parametrize("source", [np.float32, np.float16, np.float64, np.int32, np.int64, np.uint8])
@pytest.mark.parametrize("target", list(SMALL_INTS))
def test_integer_encoding_wraps_like_ml_dtypes(target: int, source: type) -> None:
    x = np.arange(-40, 40, 0.25) if np.issubdtype(source, np.floating) else np.arange(-300, 300)
    x = x.astype(source) if source is not np.uint8 else np.arange(256).astype(np.uint8)
    onnx_source = {**WIDE, np.int32: TensorProto.INT32, np.int64: TensorProto.INT64, np.uint8: TensorProto.UINT8}[source]
    same_bits(*run(cast_model(onnx_source, target, x.size), x))


DECODE_TARGETS = {np.float32: TensorProto.FLOAT, np.float16: TensorProto.FLOAT16, np.float64: TensorProto.DOUBLE,
                  ml_dtypes.bfloat16: TensorProto.BFLOAT16}  # fmt: skip


@pytest.mark.parametrize("out", list(DECODE_TARGETS))
@pytest.mark.parametrize("source", list(STORAGE))
def test_every_code_decodes_like_reference(source: int, out: type) -> None:
    x = every_code(STORAGE[source])
    got, want = run(cast_model(source, DECODE_TARGETS[out], x.size), x)
    assert got.dtype == want.dtype
    np.testing.assert_array_equal(got.astype(np.float64), want.astype(np.float64))  # NaNs where the reference has them


@pytest.mark.parametrize("target", [TensorProto.INT8, TensorProto.UINT8, TensorProto.INT32, TensorProto.BOOL])
@pytest.mark.parametrize("source", list(SMALL_INTS))
def test_small_integers_to_integers(source: int, target: int) -> None:
    x = every_code(SMALL_INTS[source])
    same_bits(*run(cast_model(source, target, x.size), x))


@pytest.mark.parametrize("pair", [(TensorProto.FLOAT8E4M3FN, TensorProto.FLOAT8E5M2), (TensorProto.FLOAT8E5M2, TensorProto.FLOAT8E4M3FNUZ),
                                  (TensorProto.FLOAT4E2M1, TensorProto.FLOAT8E4M3FN), (TensorProto.INT4, TensorProto.FLOAT8E5M2FNUZ),
                                  (TensorProto.FLOAT8E4M3FN, TensorProto.INT4)])  # fmt: skip
def test_storage_to_storage(pair: tuple[int, int]) -> None:
    source, target = pair
    x = every_code(STORAGE[source])
    with np.errstate(invalid="ignore"):
        x = x[np.isfinite(x.astype(np.float32))] if target == TensorProto.INT4 else x
    same_bits(*run(cast_model(source, target, x.size, op="Cast", saturate=0) if target in FLOAT8 else cast_model(source, target, x.size), x))


def through_and_back(first: onnx.NodeProto, qtype: int, inputs: list[onnx.ValueInfoProto], shape: list[int]) -> onnx.ModelProto:
    """``first`` (a Cast or QuantizeLinear to ``qtype``) then back to f32 by a Cast: onnxruntime's
    python binding returns float8 / int4 tensors as no numpy type, so both sides compare f32."""
    back = helper.make_node("Cast", ["q"], ["y"], to=TensorProto.FLOAT)
    graph = helper.make_graph([first, back], "g", inputs, [helper.make_tensor_value_info("y", TensorProto.FLOAT, shape)])
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 21)])


def assert_agrees_with_onnxruntime(model: onnx.ModelProto, feeds: dict[str, np.ndarray]) -> None:
    ort = pytest.importorskip("onnxruntime")
    ours = np.asarray(ember.compile(model, cache=False, progress=False)(*feeds.values())[0])
    session = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    theirs = session.run(None, {k: ort.OrtValue.ortvalue_from_numpy_with_onnx_type(v.view(np.uint8), STORAGE_OF[v.dtype])
                                if v.dtype in STORAGE_OF else v for k, v in feeds.items()})[0]  # fmt: skip
    np.testing.assert_array_equal(ours, theirs)


STORAGE_OF = {np.dtype(t): code for code, t in STORAGE.items()}


@pytest.mark.parametrize("saturate", [1, 0])
@pytest.mark.parametrize("target", list(FLOAT8))
def test_float8_casts_agree_with_onnxruntime(target: int, saturate: int) -> None:
    """Not saturating, onnxruntime turns E4M3FN values between 464 and 480 into 448 where the
    ONNX reference (and ember) give NaN; the sweep stays within the range there."""
    x = encoding_sweep(FLOAT8[target])
    if not saturate:
        x = x[~(np.abs(x) > float(ml_dtypes.finfo(FLOAT8[target]).max))]
    cast = helper.make_node("Cast", ["x"], ["q"], to=target, saturate=saturate)
    assert_agrees_with_onnxruntime(through_and_back(cast, target, [helper.make_tensor_value_info("x", TensorProto.FLOAT, [x.size])], [x.size]), {"x": x})
    codes = every_code(FLOAT8[target])
    assert_agrees_with_onnxruntime(cast_model(target, TensorProto.FLOAT, codes.size, opset=21), {"x": codes})


@pytest.mark.parametrize("qtype", [TensorProto.INT4, TensorProto.UINT4, TensorProto.FLOAT8E4M3FN, TensorProto.FLOAT8E5M2, TensorProto.INT8])
def test_quantize_agrees_with_onnxruntime(qtype: int) -> None:
    """The zero point is an initializer (onnxruntime packs int4 tensors two to a byte, which
    ``onnx.numpy_helper`` writes), so ember's import of low-bit initializers is covered too."""
    shape, scale_shape, _ = LAYOUTS["per_axis"]
    x = (np.random.default_rng(4).standard_normal(shape) * 4).astype(np.float32)
    x.flat[:3] = [0.5, 1.5, -2.5]
    scale = np.random.default_rng(5).uniform(0.05, 0.5, scale_shape).astype(np.float32)
    inputs = [helper.make_tensor_value_info(n, TensorProto.FLOAT, s) for n, s in (("x", shape), ("s", scale_shape))]
    model = through_and_back(helper.make_node("QuantizeLinear", ["x", "s", "z"], ["q"], axis=1), qtype, inputs, list(shape))
    model.graph.initializer.append(onnx.numpy_helper.from_array(_zero_points(qtype, scale_shape), "z"))
    assert_agrees_with_onnxruntime(model, {"x": x, "s": scale})


# ---- QuantizeLinear / DequantizeLinear -------------------------------------------------------------


def qdq_model(op: str, x_type: int, shape: tuple[int, ...], scale_shape: tuple[int, ...], zero_type: int | None, **attrs: object) -> onnx.ModelProto:
    out = {"QuantizeLinear": zero_type or TensorProto.UINT8, "DequantizeLinear": TensorProto.FLOAT}[op]
    inputs = [helper.make_tensor_value_info("x", x_type, shape), helper.make_tensor_value_info("s", TensorProto.FLOAT, scale_shape)]
    if zero_type is not None:
        inputs.append(helper.make_tensor_value_info("z", zero_type, scale_shape))
    node = helper.make_node(op, [i.name for i in inputs], ["y"], **attrs)
    graph = helper.make_graph([node], "g", inputs, [helper.make_tensor_value_info("y", out, shape)])
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 25)])


QUANTISED = {**FLOAT8, TensorProto.FLOAT4E2M1: ml_dtypes.float4_e2m1fn, **SMALL_INTS, TensorProto.INT8: np.int8, TensorProto.UINT8: np.uint8}
LAYOUTS = {"per_tensor": ((4, 6), (), {}), "per_axis": ((4, 6), (6,), {"axis": 1}),
           "blocked": ((4, 7), (4, 3), {"axis": 1, "block_size": 3}), "blocked_axis0": ((5, 3), (3, 3), {"axis": 0, "block_size": 2})}  # fmt: skip


def _zero_points(qtype: int, shape: tuple[int, ...]) -> np.ndarray:
    dtype = QUANTISED[qtype]
    if qtype in FLOAT8 or qtype == TensorProto.FLOAT4E2M1:
        return np.zeros(shape, np.float32).astype(dtype)  # float8 zero points must be 0
    info = ml_dtypes.iinfo(dtype)
    rng = np.random.default_rng(1)
    return rng.integers(info.min, info.max + 1, size=shape).astype(np.int64).astype(dtype)


@pytest.mark.parametrize("layout", list(LAYOUTS))
@pytest.mark.parametrize("qtype", list(QUANTISED))
def test_quantize_linear(qtype: int, layout: str) -> None:
    shape, scale_shape, attrs = LAYOUTS[layout]
    rng = np.random.default_rng(2)
    x = (rng.standard_normal(shape) * 6).astype(np.float32)
    x.flat[:4] = [0.5, 1.5, -2.5, 1e6]  # ties and saturation
    scale = rng.uniform(0.05, 0.5, scale_shape).astype(np.float32)
    model = qdq_model("QuantizeLinear", TensorProto.FLOAT, shape, scale_shape, qtype, **attrs)
    same_bits(*run(model, x, scale, _zero_points(qtype, scale_shape)))


@pytest.mark.parametrize("layout", list(LAYOUTS))
@pytest.mark.parametrize("qtype", list(QUANTISED))
def test_dequantize_linear(qtype: int, layout: str) -> None:
    shape, scale_shape, attrs = LAYOUTS[layout]
    dtype = QUANTISED[qtype]
    x = np.resize(every_code(dtype) if dtype in (*BITS, *SMALL_FLOATS.values()) else np.arange(256, dtype=np.uint8).view(dtype), shape)
    scale = np.random.default_rng(3).uniform(0.05, 0.5, scale_shape).astype(np.float32)
    got, want = run(qdq_model("DequantizeLinear", qtype, shape, scale_shape, qtype, **attrs), x, scale, _zero_points(qtype, scale_shape))
    np.testing.assert_array_equal(got, want)


def test_quantize_without_zero_point_uses_output_dtype() -> None:
    x = np.linspace(-20, 20, 24, dtype=np.float32).reshape(4, 6)
    model = qdq_model("QuantizeLinear", TensorProto.FLOAT, (4, 6), (), None, output_dtype=TensorProto.INT4)
    model.graph.output[0].type.tensor_type.elem_type = TensorProto.INT4
    same_bits(*run(model, x, np.float32(0.7)))


# ---- data movement, initializers, refusals, exported libraries -----------------------------------


@pytest.mark.parametrize("elem", [TensorProto.FLOAT8E4M3FN, TensorProto.INT4, TensorProto.FLOAT4E2M1, TensorProto.UINT2])
def test_data_movement_moves_bytes(elem: int) -> None:
    dtype = STORAGE[elem]
    a = np.resize(every_code(dtype), (4, 6))
    nodes = [
        helper.make_node("Transpose", ["a"], ["t"], perm=[1, 0]),
        helper.make_node("Reshape", ["t", "shape"], ["r"]),
        helper.make_node("Unsqueeze", ["r", "axes"], ["u"]),
        helper.make_node("Squeeze", ["u", "axes"], ["y"]),
    ]
    inits = [onnx.numpy_helper.from_array(np.array(v, np.int64), n) for n, v in (("shape", [3, 8]), ("axes", [0]))]
    graph = helper.make_graph(nodes, "g", [helper.make_tensor_value_info("a", elem, [4, 6])], [helper.make_tensor_value_info("y", elem, [3, 8])], inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 25)])  # (2-bit types from opset 25)
    same_bits(*run(model, a))


def test_ops_whose_schema_lacks_the_type_are_refused() -> None:
    """Concat (last changed at opset 13) takes no float8 in ONNX, as onnxruntime also says."""
    node = helper.make_node("Concat", ["a", "a"], ["y"], axis=0, name="join")
    graph = helper.make_graph([node], "g", [helper.make_tensor_value_info("a", TensorProto.FLOAT8E4M3FN, [2, 3])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT8E4M3FN, [4, 3])])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 25)])
    with pytest.raises(EmberError, match=r"node 'join' \(Concat\): input 'a' is tensor\(float8e4m3fn\), which the op does not take"):
        ember.import_onnx(model)


@pytest.mark.parametrize("elem", [TensorProto.FLOAT8E5M2, TensorProto.INT4, TensorProto.UINT2])
def test_pad_flatten_squeeze_identity(elem: int) -> None:
    """Pad's value (-1 where it exists, an initializer of the storage type) is stored as
    ml_dtypes stores it (int4 -1 is 0x0f)."""
    dtype = STORAGE[elem]
    a = np.resize(every_code(dtype), (1, 4, 6))
    fill = np.array(-1 if elem != TensorProto.UINT2 else 2).astype(dtype)
    nodes = [
        helper.make_node("Pad", ["a", "pads", "fill"], ["p"]),
        helper.make_node("Squeeze", ["p", "axes"], ["s"]),
        helper.make_node("Flatten", ["s"], ["f"], axis=1),
        helper.make_node("Identity", ["f"], ["y"]),
    ]
    inits = [onnx.numpy_helper.from_array(np.array(v, np.int64), n) for n, v in (("pads", [0, 1, 0, 0, 1, 2]), ("axes", [0]))]
    inits.append(onnx.numpy_helper.from_array(fill, "fill"))
    graph = helper.make_graph(nodes, "g", [helper.make_tensor_value_info("a", elem, [1, 4, 6])], [helper.make_tensor_value_info("y", elem, [6, 8])], inits)
    same_bits(*run(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 25)]), a))


def test_float8_weights_as_initializer() -> None:
    weights = np.arange(256, dtype=np.uint8).view(ml_dtypes.float8_e4m3fn).reshape(16, 16)
    w = onnx.numpy_helper.from_array(weights, "w")
    node = helper.make_node("DequantizeLinear", ["w", "s"], ["y"])
    graph = helper.make_graph(
        [node], "g", [helper.make_tensor_value_info("s", TensorProto.FLOAT, [])], [helper.make_tensor_value_info("y", TensorProto.FLOAT, [16, 16])], [w]
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 21)])
    got, want = run(model, np.float32(0.5))
    np.testing.assert_array_equal(got, want)


def test_arithmetic_on_a_storage_type_is_refused_with_the_node() -> None:
    model = cast_model(TensorProto.FLOAT8E4M3FN, TensorProto.FLOAT8E4M3FN, 4, op="Relu")
    del model.graph.node[0].attribute[:]
    with pytest.raises(EmberError, match=r"node 'y' \(Relu\).*storage type"):
        ember.compile(model, cache=False, progress=False)


def test_exported_library_with_float8_input(tmp_path) -> None:
    x = every_code(ml_dtypes.float8_e5m2)
    model = cast_model(TensorProto.FLOAT8E5M2, TensorProto.FLOAT, x.size)
    ember.compile(model, cache=False, progress=False).export(str(tmp_path / "model.so"))
    header = (tmp_path / "model.h").read_text()
    assert "typedef uint8_t model_input0_t;" in header and '"float8_e5m2"' in header
    loaded = np.asarray(ember.load(str(tmp_path / "model.so"))(x)[0])
    np.testing.assert_array_equal(loaded, x.astype(np.float32))


def test_exported_library_with_int4_output(tmp_path) -> None:
    x = np.arange(-8, 8, dtype=np.int32)
    model = cast_model(TensorProto.INT32, TensorProto.INT4, x.size)
    ember.compile(model, cache=False, progress=False).export(str(tmp_path / "model.so"))
    header = (tmp_path / "model.h").read_text()
    assert "typedef uint8_t model_output0_t;" in header and '"int4"' in header
    got = np.asarray(ember.load(str(tmp_path / "model.so"))(x)[0])
    same_bits(got, x.astype(ml_dtypes.int4))
