"""1-D convolution through the 2-D conv micro-kernel: ``lower_conv`` emits an ungrouped Conv1d
as ``linalg.conv_2d_nchw_fchw`` on height-1 views (constant weights stay a constant behind a
``memref.expand_shape``, so they are packed). Numerics vs onnxruntime for every runnable target,
and that the kernel (not a scalar generic) computed the convolution."""

from __future__ import annotations

import numpy as np
import pytest
from onnx import TensorProto, helper, numpy_helper
from xdsl.dialects.linalg import ops as linalg

import ember
from ember.driver import lower_module
from ember.runtime.executable import CompileTimes
from ember.target import PRESETS, host_target, resolve_target, set_target

RUNNABLE = [name for name in ("x86-64-v2", "x86-64-v3", "x86-64-v4") if PRESETS[name].runs_on(host_target())]

# (N, C, L, F, K, stride, pads, dilation, bias)
CASES = [
    (1, 5, 37, 11, 3, 1, (1, 1), 1, True),
    (2, 3, 40, 8, 3, 1, (1, 1), 1, False),  # one output row, whole vectors: direct tiles
    (2, 3, 40, 8, 3, 1, (0, 0), 1, False),  # 38 columns: scratch with an overlapping block
    (1, 7, 50, 13, 3, 2, (1, 1), 1, True),  # stride 2: phase planes
    (1, 4, 33, 6, 3, 1, (2, 2), 2, True),  # dilation 2
    (2, 6, 29, 9, 5, 2, (2, 1), 1, True),  # asymmetric pads
    (1, 3, 16, 17, 1, 1, (0, 0), 1, True),  # pointwise
    (1, 2, 7, 3, 7, 1, (0, 0), 1, True),  # one output column
]


def _case(n: int, c: int, length: int, f: int, k: int, stride: int, pads: tuple[int, int], dilation: int, bias: bool):  # noqa: ANN202
    rng = np.random.default_rng(n + c * 10 + length * 100 + k)
    x = rng.standard_normal((n, c, length)).astype(np.float32)
    weights = {"w": rng.standard_normal((f, c, k)).astype(np.float32)}
    if bias:
        weights["b"] = rng.standard_normal(f).astype(np.float32)
    node = helper.make_node("Conv", ["x", *weights], ["y"], kernel_shape=[k], strides=[stride], pads=list(pads),
                            dilations=[dilation])  # fmt: skip
    out = (length + sum(pads) - dilation * (k - 1) - 1) // stride + 1
    graph = helper.make_graph(
        [node],
        "g",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, list(x.shape))],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [n, f, out])],
        [numpy_helper.from_array(v, name) for name, v in weights.items()],
    )
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), x


@pytest.mark.parametrize("target", RUNNABLE)
@pytest.mark.parametrize("case", CASES)
def test_conv1d_matches_onnxruntime(target: str, case: tuple) -> None:
    import onnxruntime

    model, x = _case(*case)
    want = onnxruntime.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"]).run(None, {"x": x})[0]
    got = ember.compile(model, target=target)(x)[0]
    np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-5 * float(np.abs(want).max()))


@pytest.mark.parametrize("target", RUNNABLE)
@pytest.mark.parametrize("case", CASES)
def test_conv1d_uses_the_kernel(target: str, case: tuple) -> None:
    model, _ = _case(*case)
    module = ember.import_onnx(model)
    set_target(module, resolve_target(target))
    lower_module(module, "convert-graph-to-linalg,bufferize,linalg-kernel-schedule", CompileTimes())
    convs = [op for op in module.walk() if isinstance(op, linalg.Conv2DNchwFchwOp)]
    assert len(convs) == 1 and "ember.schedule" in convs[0].attributes
    lower_module(module, "linalg-conv-microkernel", CompileTimes())
    text = str(module)
    assert "vector.fma" in text and "_conv" in text  # packed weights
    assert not any(isinstance(op, linalg.Conv2DNchwFchwOp) for op in module.walk())
    assert not any(isinstance(op, linalg.GenericOp) and "reduction" in str(op.iterator_types) for op in module.walk())
