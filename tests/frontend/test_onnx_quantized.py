"""Quantised int8 inference: MatMulInteger / ConvInteger / QLinearMatMul / QLinearConv (composed
in ``frontend.onnx.ops_quantized``) against onnx's reference evaluator, and a small CNN
quantised by ``onnxruntime.quantization.quantize_static`` (operator and QDQ formats, per-tensor
and per-channel weights) against the reference and onnxruntime."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
import pytest
from onnx import TensorProto, numpy_helper
from onnx import helper as oh
from onnx.reference import ReferenceEvaluator

import ember
from ember.diagnostics import EmberError

ort = pytest.importorskip("onnxruntime")
quantization = pytest.importorskip("onnxruntime.quantization")


def _model(nodes: list[onnx.NodeProto], inputs: list[onnx.ValueInfoProto], output: onnx.ValueInfoProto,
           initializers: list[onnx.TensorProto], opset: int = 21) -> onnx.ModelProto:
    graph = oh.make_graph(nodes, "q", inputs, [output], initializers)
    model = oh.make_model(graph, opset_imports=[oh.make_opsetid("", opset)])
    model.ir_version = 10
    return model


def _reference(model: onnx.ModelProto, feeds: dict[str, np.ndarray]) -> np.ndarray:
    return ReferenceEvaluator(model).run(None, feeds)[0]


@pytest.mark.parametrize("a_type,b_type", [(np.uint8, np.int8), (np.int8, np.int8), (np.uint8, np.uint8)])
@pytest.mark.parametrize("per_axis", [False, True])
def test_qlinear_matmul_matches_reference(a_type, b_type, per_axis):
    """Per-tensor, and per-row (A) / per-column (B) scales and zero points."""
    rng = np.random.default_rng(3)
    m, k, n = 5, 37, 6
    a_info, b_info = np.iinfo(a_type), np.iinfo(b_type)
    a = rng.integers(a_info.min, a_info.max + 1, (m, k)).astype(a_type)
    b = rng.integers(b_info.min, b_info.max + 1, (k, n)).astype(b_type)
    rows, cols = (m, n) if per_axis else (1, 1)
    inits = [
        numpy_helper.from_array(rng.uniform(0.01, 0.05, rows).astype(np.float32).reshape(-1 if per_axis else ()), "as"),
        numpy_helper.from_array(rng.integers(0, 20, rows).astype(a_type).reshape(-1 if per_axis else ()), "az"),
        numpy_helper.from_array(rng.uniform(0.01, 0.05, cols).astype(np.float32).reshape(-1 if per_axis else ()), "bs"),
        numpy_helper.from_array(rng.integers(0, 20, cols).astype(b_type).reshape(-1 if per_axis else ()), "bz"),
        numpy_helper.from_array(np.array(0.7, np.float32), "ys"),
        numpy_helper.from_array(np.array(128, np.uint8), "yz"),
    ]
    node = oh.make_node("QLinearMatMul", ["a", "as", "az", "b", "bs", "bz", "ys", "yz"], ["y"])
    elem = {np.uint8: TensorProto.UINT8, np.int8: TensorProto.INT8}
    model = _model([node], [oh.make_tensor_value_info("a", elem[a_type], [m, k]), oh.make_tensor_value_info("b", elem[b_type], [k, n])],
                   oh.make_tensor_value_info("y", TensorProto.UINT8, [m, n]), inits)
    (ours,) = ember.compile(model, cache=False)(a, b)
    if not per_axis:
        np.testing.assert_array_equal(ours, _reference(model, {"a": a, "b": b}))
    # the reference takes no per-row A quantisation: the same formula, by hand
    values = {t.name: numpy_helper.to_array(t) for t in inits}
    acc = (a.astype(np.int32) - values["az"].astype(np.int32).reshape(-1, 1)) @ (b.astype(np.int32) - values["bz"].astype(np.int32))
    scaled = acc * (values["as"].reshape(-1, 1) * values["bs"] / values["ys"]) + values["yz"]
    np.testing.assert_array_equal(ours, np.clip(np.rint(scaled), 0, 255).astype(np.uint8))


def test_matmul_integer_per_row_zero_points():
    rng = np.random.default_rng(4)
    a = rng.integers(0, 256, (2, 4, 9)).astype(np.uint8)
    b = rng.integers(-128, 128, (9, 3)).astype(np.int8)
    inits = [numpy_helper.from_array(rng.integers(0, 256, 4).astype(np.uint8), "az"),
             numpy_helper.from_array(rng.integers(-5, 5, 3).astype(np.int8), "bz")]
    node = oh.make_node("MatMulInteger", ["a", "b", "az", "bz"], ["y"])
    model = _model([node], [oh.make_tensor_value_info("a", TensorProto.UINT8, [2, 4, 9]), oh.make_tensor_value_info("b", TensorProto.INT8, [9, 3])],
                   oh.make_tensor_value_info("y", TensorProto.INT32, [2, 4, 3]), inits)
    (ours,) = ember.compile(model, cache=False)(a, b)
    want = (a.astype(np.int32) - inits_array(inits[0]).reshape(4, 1)) @ (b.astype(np.int32) - inits_array(inits[1]))
    np.testing.assert_array_equal(ours, want)


def inits_array(tensor: onnx.TensorProto) -> np.ndarray:
    return numpy_helper.to_array(tensor).astype(np.int32)


def test_conv_integer_pads_with_the_zero_point():
    """Padding adds zero after the zero point is subtracted: the border sums only real pixels."""
    rng = np.random.default_rng(5)
    x = rng.integers(0, 256, (1, 2, 6, 6)).astype(np.uint8)
    w = rng.integers(0, 256, (3, 2, 3, 3)).astype(np.uint8)
    inits = [numpy_helper.from_array(np.array(100, np.uint8), "xz"),
             numpy_helper.from_array(np.array([1, 7, 250], np.uint8), "wz")]
    node = oh.make_node("ConvInteger", ["x", "w", "xz", "wz"], ["y"], pads=[1, 1, 1, 1], strides=[2, 1])
    model = _model([node], [oh.make_tensor_value_info("x", TensorProto.UINT8, [1, 2, 6, 6]), oh.make_tensor_value_info("w", TensorProto.UINT8, [3, 2, 3, 3])],
                   oh.make_tensor_value_info("y", TensorProto.INT32, [1, 3, 3, 6]), inits)
    (ours,) = ember.compile(model, cache=False)(x, w)
    x_c = np.pad(x.astype(np.int64) - 100, ((0, 0), (0, 0), (1, 1), (1, 1)))
    w_c = w.astype(np.int64) - np.array([1, 7, 250]).reshape(3, 1, 1, 1)
    want = np.zeros((1, 3, 3, 6), np.int64)
    for i in range(3):
        for j in range(6):
            want[0, :, i, j] = np.einsum("chw,ochw->o", x_c[0, :, 2 * i:2 * i + 3, j:j + 3], w_c)
    np.testing.assert_array_equal(ours, want)


def test_quantizer_rejects_other_types():
    node = oh.make_node("MatMulInteger", ["a", "b"], ["y"])
    model = _model([node], [oh.make_tensor_value_info("a", TensorProto.INT16, [2, 2]), oh.make_tensor_value_info("b", TensorProto.INT8, [2, 2])],
                   oh.make_tensor_value_info("y", TensorProto.INT32, [2, 2]), [])
    with pytest.raises(EmberError, match="MatMulInteger.*i16"):
        ember.compile(model, cache=False)


def _float_cnn() -> onnx.ModelProto:
    rng = np.random.default_rng(0)

    def weight(name: str, shape: tuple[int, ...], scale: float) -> onnx.TensorProto:
        return numpy_helper.from_array((rng.standard_normal(shape) * scale).astype(np.float32), name)

    nodes = [
        oh.make_node("Conv", ["x", "w1", "b1"], ["c1"], pads=[1, 1, 1, 1]), oh.make_node("Relu", ["c1"], ["r1"]),
        oh.make_node("Conv", ["r1", "w2", "b2"], ["c2"], pads=[1, 1, 1, 1], strides=[2, 2]), oh.make_node("Relu", ["c2"], ["r2"]),
        oh.make_node("GlobalAveragePool", ["r2"], ["p"]), oh.make_node("Flatten", ["p"], ["f"]),
        oh.make_node("Gemm", ["f", "wf", "bf"], ["y"], transB=1),
    ]
    inits = [weight("w1", (16, 3, 3, 3), 0.2), weight("b1", (16,), 0.05), weight("w2", (32, 16, 3, 3), 0.1),
             weight("b2", (32,), 0.05), weight("wf", (10, 32), 0.2), weight("bf", (10,), 0.05)]
    return _model(nodes, [oh.make_tensor_value_info("x", TensorProto.FLOAT, [1, 3, 32, 32])],
                  oh.make_tensor_value_info("y", TensorProto.FLOAT, [1, 10]), inits, opset=17)


class _Calibration:
    """Eight random images for ``quantize_static``."""

    def __init__(self) -> None:
        rng = np.random.default_rng(1)
        self.batches = iter([{"x": rng.standard_normal((1, 3, 32, 32)).astype(np.float32)} for _ in range(8)])

    def get_next(self) -> dict[str, np.ndarray] | None:
        return next(self.batches, None)


@pytest.mark.parametrize("per_channel", [False, True])
@pytest.mark.parametrize("fmt", ["QOperator", "QDQ"])
def test_quantize_static_cnn(tmp_path: Path, fmt: str, per_channel: bool):
    """ember computes what onnx's reference computes; onnxruntime agrees to within a quantum
    (its per-channel QLinearConv and its fused QDQ kernels round the requantisation their own
    way, so they differ from the reference too)."""
    float_path, quant_path = tmp_path / "f32.onnx", tmp_path / "int8.onnx"
    onnx.save(_float_cnn(), float_path)
    quantization.quantize_static(
        str(float_path), str(quant_path), _Calibration(), quant_format=getattr(quantization.QuantFormat, fmt),
        per_channel=per_channel, activation_type=quantization.QuantType.QUInt8, weight_type=quantization.QuantType.QInt8,
        op_types_to_quantize=["Conv"] if fmt == "QOperator" else None)
    model = onnx.load(quant_path)
    kinds = {node.op_type for node in model.graph.node}
    assert ("QLinearConv" in kinds) == (fmt == "QOperator")
    x = np.random.default_rng(2).standard_normal((1, 3, 32, 32)).astype(np.float32)
    (ours,) = ember.compile(model, cache=False)(x)
    for opset in model.opset_import:  # the reference implements DequantizeLinear from opset 19
        if opset.domain in ("", "ai.onnx"):
            opset.version = max(opset.version, 21)
    np.testing.assert_allclose(ours, _reference(model, {"x": x}), rtol=0, atol=1e-6)
    options = ort.SessionOptions()
    options.log_severity_level = 3
    theirs = ort.InferenceSession(str(quant_path), options, providers=["CPUExecutionProvider"]).run(None, {"x": x})[0]
    np.testing.assert_allclose(ours, theirs, rtol=0, atol=0.02)


def _quantized_cnn(tmp_path: Path, fmt: str, per_channel: bool) -> onnx.ModelProto:
    float_path, quant_path = tmp_path / "f32.onnx", tmp_path / f"{fmt}{int(per_channel)}.onnx"
    onnx.save(_float_cnn(), float_path)
    quantization.quantize_static(
        str(float_path), str(quant_path), _Calibration(), quant_format=getattr(quantization.QuantFormat, fmt),
        per_channel=per_channel, activation_type=quantization.QuantType.QUInt8, weight_type=quantization.QuantType.QInt8)
    return onnx.load(quant_path)


@pytest.mark.parametrize("per_channel", [False, True])
def test_qdq_convs_and_gemm_become_integer_ops(tmp_path: Path, per_channel: bool):
    """graph-quantize-qdq turns both QDQ convs and the QDQ gemm of the CNN into int32 ops on
    the quantised integers; nothing heavy stays in float."""
    from ember.context import make_context
    from ember.dialects import graph
    from ember.registry import build_pipeline

    module = ember.import_onnx(_quantized_cnn(tmp_path, "QDQ", per_channel))
    build_pipeline("graph-quantize-qdq,graph-optimize").apply(make_context(), module)
    heavy = [op for op in module.walk() if isinstance(op, (graph.ConvOp, graph.MatmulOp, graph.GemmOp))]
    assert [type(op).__name__ for op in heavy] == ["ConvOp", "ConvOp", "MatmulOp"]
    assert all(graph.elem_of(op.results[0].type) == graph.i32 for op in heavy)
