"""``ember.compile`` on a transformer encoder layer built with onnx.helper (multi-head
self-attention, LayerNormalization, exact GELU through Erf, residuals) against onnxruntime."""

from __future__ import annotations

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

import ember

SEQ, DIM, HEADS, FF = 8, 32, 4, 64
HEAD = DIM // HEADS


def encoder_layer(seed: int = 0) -> onnx.ModelProto:
    rng = np.random.default_rng(seed)

    def weight(name: str, *shape: int, scale: float = 0.2) -> onnx.TensorProto:
        return numpy_helper.from_array((rng.standard_normal(shape) * scale).astype(np.float32), name)

    def const(name: str, values: list[int] | float) -> onnx.TensorProto:
        dtype = np.int64 if isinstance(values, list) else np.float32
        return numpy_helper.from_array(np.array(values, dtype=dtype), name)

    inits = [
        weight("wq", DIM, DIM), weight("wk", DIM, DIM), weight("wv", DIM, DIM), weight("wo", DIM, DIM),
        weight("bq", DIM), weight("bk", DIM), weight("bv", DIM), weight("bo", DIM),
        weight("w1", DIM, FF), weight("b1", FF), weight("w2", FF, DIM), weight("b2", DIM),
        weight("g1", DIM, scale=1.0), weight("be1", DIM), weight("g2", DIM, scale=1.0), weight("be2", DIM),
        const("heads", [1, SEQ, HEADS, HEAD]), const("merged", [1, SEQ, DIM]),
        const("scale", float(1 / np.sqrt(HEAD))), const("half", 0.5), const("one", 1.0),
        const("rsqrt2", float(1 / np.sqrt(2))),
    ]  # fmt: skip
    n = helper.make_node
    nodes = [n("LayerNormalization", ["x", "g1", "be1"], ["h"], axis=-1, epsilon=1e-5)]
    for p in "qkv":
        nodes += [
            n("MatMul", ["h", f"w{p}"], [f"{p}0"]),
            n("Add", [f"{p}0", f"b{p}"], [f"{p}1"]),
            n("Reshape", [f"{p}1", "heads"], [f"{p}2"]),
            n("Transpose", [f"{p}2"], [f"{p}3"], perm=[0, 2, 1, 3]),
        ]
    nodes += [
        n("Transpose", ["k3"], ["kt"], perm=[0, 1, 3, 2]),
        n("MatMul", ["q3", "kt"], ["scores"]),
        n("Mul", ["scores", "scale"], ["scaled"]),
        n("Softmax", ["scaled"], ["attn"], axis=-1),
        n("MatMul", ["attn", "v3"], ["ctx"]),
        n("Transpose", ["ctx"], ["ctx_t"], perm=[0, 2, 1, 3]),
        n("Reshape", ["ctx_t", "merged"], ["ctx_m"]),
        n("MatMul", ["ctx_m", "wo"], ["o0"]),
        n("Add", ["o0", "bo"], ["o1"]),
        n("Add", ["x", "o1"], ["r1"]),
        n("LayerNormalization", ["r1", "g2", "be2"], ["h2"], axis=-1, epsilon=1e-5),
        n("MatMul", ["h2", "w1"], ["f0"]),
        n("Add", ["f0", "b1"], ["f1"]),
        n("Mul", ["f1", "rsqrt2"], ["f2"]),
        n("Erf", ["f2"], ["f3"]),
        n("Add", ["f3", "one"], ["f4"]),
        n("Mul", ["f1", "f4"], ["f5"]),
        n("Mul", ["f5", "half"], ["gelu"]),
        n("MatMul", ["gelu", "w2"], ["f6"]),
        n("Add", ["f6", "b2"], ["f7"]),
        n("Add", ["r1", "f7"], ["y"]),
    ]
    graph = helper.make_graph(
        nodes,
        "encoder",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, SEQ, DIM])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, SEQ, DIM])],
        inits,
    )
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])


def test_transformer_encoder_layer_matches_onnxruntime():
    import onnxruntime as ort

    model = encoder_layer()
    onnx.checker.check_model(model)
    x = np.random.default_rng(1).standard_normal((1, SEQ, DIM)).astype(np.float32)
    options = ort.SessionOptions()
    options.log_severity_level = 3
    session = ort.InferenceSession(model.SerializeToString(), options, providers=["CPUExecutionProvider"])
    (expected,) = session.run(None, {"x": x})
    exe = ember.compile(model)
    assert exe.input_names == ["x"] and exe.output_names == ["y"]
    (result,) = exe(x)
    np.testing.assert_allclose(result, expected, rtol=1e-4, atol=1e-4)
