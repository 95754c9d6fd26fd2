"""``memref-fold-pad-into-pool`` (``lowering/fold_pad_into_pool.py``): max and average pools read
their unpadded input with windows clipped at the edges. Numerics against onnxruntime (pads on
each side, odd sizes, ceil mode, stride 2, dilation, a source that stays live, 1 and 2 threads),
the runs of clipped windows against a brute force, and that no padded buffer is left."""

from __future__ import annotations

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper
from xdsl.dialects import memref
from xdsl.dialects.linalg import ops as linalg

import ember
from ember.driver import lower_module
from ember.lowering.fold_pad_into_pool import segments
from ember.runtime.executable import CompileTimes


def _pool_model(op: str, shape: tuple[int, ...], keep_source: bool = False, **attrs: object) -> onnx.ModelProto:
    """x -> neg -> pool (-> + neg again when ``keep_source``: the pool's input stays live)."""
    nodes = [helper.make_node("Neg", ["x"], ["n"]), helper.make_node(op, ["n"], ["p" if keep_source else "y"], **attrs)]
    out_shape = None
    if keep_source:
        nodes += [helper.make_node("ReduceMax", ["n"], ["m"], keepdims=1, axes=[2, 3]), helper.make_node("Add", ["p", "m"], ["y"])]
    graph = helper.make_graph(
        nodes, "pool", [helper.make_tensor_value_info("x", TensorProto.FLOAT, list(shape))],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, out_shape)],
    )  # fmt: skip
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    return onnx.shape_inference.infer_shapes(model)


CASES = [
    # op, input shape, attributes
    ("MaxPool", (1, 4, 12, 12), {"kernel_shape": [3, 3], "strides": [2, 2], "ceil_mode": 1}),  # Inception's
    ("MaxPool", (1, 3, 14, 11), {"kernel_shape": [3, 3], "strides": [2, 2], "ceil_mode": 1}),  # odd, rows only
    ("MaxPool", (2, 3, 9, 10), {"kernel_shape": [3, 3], "pads": [1, 1, 1, 1]}),
    ("MaxPool", (1, 5, 11, 12), {"kernel_shape": [3, 2], "strides": [2, 2], "pads": [1, 0, 0, 1]}),
    ("MaxPool", (1, 2, 10, 9), {"kernel_shape": [2, 3], "strides": [2, 1], "pads": [0, 2, 1, 0]}),
    ("MaxPool", (1, 3, 17, 19), {"kernel_shape": [5, 5], "pads": [2, 2, 2, 2]}),  # several edge runs
    ("MaxPool", (1, 3, 12, 13), {"kernel_shape": [3, 3], "dilations": [2, 2], "pads": [2, 1, 2, 2]}),
    ("MaxPool", (1, 64, 40, 40), {"kernel_shape": [3, 3], "strides": [2, 2], "pads": [1, 1, 1, 1]}),  # threads
    ("AveragePool", (1, 3, 11, 11), {"kernel_shape": [3, 3], "strides": [2, 2], "pads": [1, 1, 1, 1]}),
    ("AveragePool", (1, 3, 10, 9), {"kernel_shape": [3, 3], "pads": [1, 0, 1, 2], "count_include_pad": 1}),
    ("AveragePool", (1, 3, 12, 12), {"kernel_shape": [3, 3], "strides": [2, 2], "ceil_mode": 1}),
]


def _run_ort(model: onnx.ModelProto, x: np.ndarray) -> np.ndarray:
    import onnxruntime as ort

    session = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    return session.run(None, {"x": x})[0]


@pytest.mark.parametrize("threads", [1, 2])
@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_pool_over_unpadded_input_equals_onnxruntime(case: tuple, threads: int) -> None:
    op, shape, attrs = case
    model = _pool_model(op, shape, **attrs)
    x = np.random.default_rng(len(attrs)).standard_normal(shape).astype(np.float32)
    got = ember.compile(model, cache=False, threads=threads)(x)[0]
    np.testing.assert_allclose(got, _run_ort(model, x), rtol=1e-5, atol=1e-6)


def test_pool_source_kept_live() -> None:
    model = _pool_model("MaxPool", (1, 3, 9, 9), keep_source=True, kernel_shape=[3, 3], strides=[2, 2], pads=[1, 1, 1, 1])
    x = np.random.default_rng(3).standard_normal((1, 3, 9, 9)).astype(np.float32)
    np.testing.assert_allclose(ember.compile(model, cache=False)(x)[0], _run_ort(model, x), rtol=1e-5, atol=1e-6)


def test_no_padded_buffer_is_left() -> None:
    model = _pool_model("MaxPool", (1, 4, 12, 12), kernel_shape=[3, 3], strides=[2, 2], ceil_mode=1)
    module = ember.import_onnx(model)
    lower_module(module, "convert-graph-to-linalg,bufferize,memref-fold-pad-into-pool", CompileTimes(), verify=True)
    shapes = [tuple(op.memref.type.get_shape()) for op in module.walk() if isinstance(op, memref.AllocOp)]
    assert (1, 4, 13, 13) not in shapes
    pools = [op for op in module.walk() if isinstance(op, linalg.GenericOp) and len(op.inputs) == 2]
    assert len(pools) == 4  # interior, last column, last row, corner


@pytest.mark.parametrize("size, kernel, stride, dilation, low, high", [
    (12, 3, 2, 1, 0, 1), (13, 3, 2, 1, 1, 1), (17, 5, 1, 1, 2, 2), (12, 3, 1, 2, 2, 2), (5, 4, 3, 1, 3, 3), (7, 3, 1, 1, 0, 0),
])  # fmt: skip
def test_segments_cover_the_clipped_windows(size: int, kernel: int, stride: int, dilation: int, low: int, high: int) -> None:
    out = (size + low + high - dilation * (kernel - 1) - 1) // stride + 1
    expected = {}
    for o in range(out):
        taps = [o * stride - low + k * dilation for k in range(kernel)]
        inside = [t for t in taps if 0 <= t < size]
        if inside:
            expected[o] = inside
    got = {}
    for run in segments(size, out, kernel, stride, dilation, low):
        for j in range(run.count):
            got[run.out + j] = [run.start + j * stride + k * dilation for k in range(run.taps)]
    assert got == expected
