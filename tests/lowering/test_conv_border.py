"""Convolutions that read their unpadded input (``linalg-conv-microkernel``'s channels form with
border tiles, ``lowering/kernels/conv_channels.py``): the zero pad before the conv is dropped, a
tile whose windows all lie inside the input runs the plain kernel and the others load at clamped
coordinates masked to zero. Against onnxruntime: pads on each side or only some, odd sizes,
stride 2, dilation, a 7x7 window (its rows a loop), a batch, 1 and 2 threads (every border
folded, whatever its share of the pixels); that no padded buffer is allocated; and which
convolutions fold by default (``MAX_BORDER_SHARE``)."""

from __future__ import annotations

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper
from xdsl.dialects import memref

import ember
from ember.driver import lower_module
from ember.lowering.kernels import conv as conv_kernel
from ember.runtime.executable import CompileTimes

STAGES = "graph-fuse,convert-graph-to-linalg,linalg-fuse-elementwise,bufferize,linalg-kernel-schedule,linalg-conv-microkernel"


def conv_model(ci: int, co: int, hw: tuple[int, int], kernel: int, attrs: dict, batch: int = 1) -> onnx.ModelProto:
    """relu(x) -> conv (+ bias) -> relu: the conv's input is an intermediate."""
    rng = np.random.default_rng(ci * 31 + hw[0])
    inits = [
        numpy_helper.from_array((rng.standard_normal((co, ci, kernel, kernel)) * 0.2).astype(np.float32), "w"),
        numpy_helper.from_array(rng.standard_normal(co).astype(np.float32), "b"),
    ]
    nodes = [
        helper.make_node("Relu", ["x"], ["r"]),
        helper.make_node("Conv", ["r", "w", "b"], ["c"], kernel_shape=[kernel, kernel], **attrs),
        helper.make_node("Relu", ["c"], ["y"]),
    ]
    graph = helper.make_graph(
        nodes, "conv", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [batch, ci, *hw])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, None)], inits,
    )  # fmt: skip
    return onnx.shape_inference.infer_shapes(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)]))


CASES = [
    # ci, co, (h, w), kernel, attributes, batch
    (5, 32, (9, 9), 3, {"pads": [1, 1, 1, 1]}, 1),
    (4, 32, (13, 11), 3, {"pads": [1, 1, 1, 1], "strides": [2, 2]}, 2),  # stride 2, odd sizes, a batch
    (6, 32, (12, 12), 3, {"pads": [0, 1, 1, 0], "strides": [2, 2]}, 1),  # pads on some sides only
    (3, 32, (10, 7), 3, {"pads": [2, 0, 0, 2]}, 1),
    (3, 32, (11, 12), 3, {"pads": [2, 2, 2, 2], "dilations": [2, 2]}, 1),
    (3, 32, (15, 16), 7, {"pads": [3, 3, 3, 3], "strides": [2, 2]}, 1),  # a stem: the taps' rows a loop
    (16, 32, (3, 2), 3, {"pads": [1, 1, 1, 1]}, 1),  # every tile a border tile
    (20, 48, (28, 28), 3, {"pads": [1, 1, 1, 1], "strides": [2, 2]}, 1),  # ResNet's shape, shrunk
    (8, 32, (14, 14), 3, {"pads": [1, 1, 1, 1]}, 1),  # interior rows of 12: whole tiles of 4 or 6
]


def _ort(model: onnx.ModelProto, x: np.ndarray) -> np.ndarray:
    import onnxruntime as ort

    return ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"]).run(None, {"x": x})[0]


@pytest.fixture
def fold_every_border(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(conv_kernel, "MAX_BORDER_SHARE", 1.0)


@pytest.mark.usefixtures("fold_every_border")
@pytest.mark.parametrize("threads", [1, 2])
@pytest.mark.parametrize("case", CASES, ids=[str(i) for i in range(len(CASES))])
def test_conv_over_unpadded_input_equals_onnxruntime(case: tuple, threads: int) -> None:
    ci, co, hw, kernel, attrs, batch = case
    model = conv_model(ci, co, hw, kernel, attrs, batch)
    x = np.random.default_rng(2).standard_normal((batch, ci, *hw)).astype(np.float32)
    want = _ort(model, x)
    got = ember.compile(model, cache=False, threads=threads, winograd=False)(x)[0]
    np.testing.assert_allclose(got, want, rtol=0, atol=2e-5 * float(np.max(np.abs(want))))


def _padded_buffer_left(case: tuple) -> bool:
    ci, co, hw, kernel, attrs, batch = case
    module = ember.import_onnx(conv_model(ci, co, hw, kernel, attrs, batch))
    lower_module(module, STAGES, CompileTimes())
    shapes = [tuple(op.memref.type.get_shape()) for op in module.walk() if isinstance(op, memref.AllocOp)]
    pads = attrs["pads"]
    assert (batch, ci, *hw) in shapes
    return (batch, ci, hw[0] + pads[0] + pads[2], hw[1] + pads[1] + pads[3]) in shapes


@pytest.mark.usefixtures("fold_every_border")
@pytest.mark.parametrize("case", CASES[:3], ids=["0", "1", "2"])
def test_no_padded_buffer(case: tuple) -> None:
    assert not _padded_buffer_left(case)


def test_only_small_border_shares_fold_by_default() -> None:
    """A 9x9 output is 40 % border: its pad stays; VGG-19's conv1_2 shape (224x224, 1.8 %) and
    ResNet-50's stride-2 conv to 28x28 (7 %) read the unpadded input."""
    assert _padded_buffer_left(CASES[0])
    assert not _padded_buffer_left((8, 16, (224, 224), 3, {"pads": [1, 1, 1, 1]}, 1))
    assert not _padded_buffer_left((8, 16, (56, 56), 3, {"pads": [1, 1, 1, 1], "strides": [2, 2]}, 1))


def two_conv_model() -> onnx.ModelProto:
    """conv A on a 16x32x32 image (its padded copy is live at the peak), a 2x2 max pool, then
    conv B on the 16x16x16 result (its padded copy is live where less is)."""
    rng = np.random.default_rng(5)
    inits = [
        numpy_helper.from_array((rng.standard_normal((16, 16, 3, 3)) * 0.2).astype(np.float32), name)
        for name in ("wa", "wb")
    ]
    nodes = [
        helper.make_node("Relu", ["x"], ["r"]),
        helper.make_node("Conv", ["r", "wa"], ["a"], kernel_shape=[3, 3], pads=[1, 1, 1, 1]),
        helper.make_node("MaxPool", ["a"], ["p"], kernel_shape=[2, 2], strides=[2, 2]),
        helper.make_node("Relu", ["p"], ["q"]),
        helper.make_node("Conv", ["q", "wb"], ["y"], kernel_shape=[3, 3], pads=[1, 1, 1, 1]),
    ]
    graph = helper.make_graph(
        nodes, "two", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 16, 32, 32])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 16, 16, 16])], inits,
    )  # fmt: skip
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])


@pytest.mark.usefixtures("fold_every_border")
def test_only_pads_at_the_memory_peak_fold() -> None:
    """Conv A's fold lowers the live bytes at the convolutions (the arena), conv B's would not:
    only A reads its unpadded input; both compute what onnxruntime does."""
    model = two_conv_model()
    module = ember.import_onnx(model)
    lower_module(module, STAGES, CompileTimes())
    shapes = {tuple(op.memref.type.get_shape()) for op in module.walk() if isinstance(op, memref.AllocOp)}
    assert (1, 16, 34, 34) not in shapes  # A folded
    assert (1, 16, 18, 18) in shapes  # B kept its padded copy
    x = np.random.default_rng(6).standard_normal((1, 16, 32, 32)).astype(np.float32)
    want = _ort(model, x)
    for winograd in (False, True):
        got = ember.compile(model, cache=False, threads=1, winograd=winograd)(x)[0]
        np.testing.assert_allclose(got, want, rtol=0, atol=2e-5 * float(np.max(np.abs(want))))
