"""linalg-conv-microkernel: numerics vs a numpy reference through the JIT, for many shapes
(odd sizes, 1x1/3x3/5x7 kernels, strides, padding, dilation, batch > 1, bias)."""

from __future__ import annotations

import numpy as np
import pytest

from ember.context import make_context
from ember.dialects.graph.resources import dense_from_numpy
from ember.driver import compile_llvm_module, lower_module
from ember.runtime.executable import CompileTimes, Executable, entry_signature
from ember.textual import parse_module

PIPELINE = "convert-graph-to-linalg,bufferize,linalg-conv-microkernel,convert-linalg-to-loops,loops-to-llvm"


def compile_conv(text: str) -> tuple[Executable, str]:
    module, _ = parse_module(make_context(), text, "test")
    inputs, outputs, _ = entry_signature(module, "main", None)
    times = CompileTimes()
    lower_module(module, PIPELINE, times, verify=True)
    printed = str(module)
    return Executable(compile_llvm_module(module, times), "main", inputs, outputs, times), printed


def _t(shape: tuple[int, ...]) -> str:
    return f"tensor<{'x'.join(map(str, shape))}xf32>"


def _arr(values: tuple[int, ...]) -> str:
    return f"array<i64: {', '.join(map(str, values))}>"


def reference(x, w, bias, stride, pads, dilation):  # noqa: ANN001, ANN201
    n, ci, h, wd = x.shape
    co, _, kh, kw = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pads[0], pads[2]), (pads[1], pads[3])))
    oh = (xp.shape[2] - dilation[0] * (kh - 1) - 1) // stride[0] + 1
    ow = (xp.shape[3] - dilation[1] * (kw - 1) - 1) // stride[1] + 1
    out = np.zeros((n, co, oh, ow), np.float64)
    for a in range(kh):
        for b in range(kw):
            ys, xs = a * dilation[0], b * dilation[1]
            patch = xp[:, :, ys : ys + stride[0] * oh : stride[0], xs : xs + stride[1] * ow : stride[1]]
            out += np.einsum("nchw,fc->nfhw", patch.astype(np.float64), w[:, :, a, b].astype(np.float64))
    return (out + bias[None, :, None, None]).astype(np.float32)


CASES = [
    # (n, ci, h, w, co, kh, kw, stride, pads, dilation)
    (1, 3, 8, 8, 4, 3, 3, (1, 1), (1, 1, 1, 1), (1, 1)),
    (1, 16, 13, 13, 24, 1, 1, (1, 1), (0, 0, 0, 0), (1, 1)),
    (2, 5, 11, 17, 9, 3, 3, (1, 1), (1, 1, 1, 1), (1, 1)),
    (1, 3, 23, 19, 10, 7, 7, (2, 2), (3, 3, 3, 3), (1, 1)),
    (1, 4, 15, 15, 17, 3, 3, (2, 2), (0, 0, 0, 0), (1, 1)),
    (1, 8, 14, 14, 16, 1, 1, (2, 2), (0, 0, 0, 0), (1, 1)),
    (1, 2, 9, 12, 8, 5, 7, (1, 2), (2, 1, 0, 3), (1, 1)),
    (1, 3, 12, 12, 5, 3, 3, (1, 1), (2, 2, 2, 2), (2, 2)),
    (1, 6, 3, 3, 33, 3, 3, (1, 1), (1, 1, 1, 1), (1, 1)),
    (1, 1, 1, 1, 1, 1, 1, (1, 1), (0, 0, 0, 0), (1, 1)),
    (1, 7, 20, 20, 40, 3, 3, (3, 2), (1, 0, 1, 2), (1, 2)),
    (1, 32, 28, 28, 64, 3, 3, (1, 1), (1, 1, 1, 1), (1, 1)),
    (1, 5, 4, 4, 8, 3, 3, (1, 1), (1, 1, 1, 1), (1, 1)),  # 22 scratch columns: 16 + overlap
    (1, 5, 6, 5, 8, 3, 3, (1, 1), (1, 1, 1, 1), (1, 1)),  # 40 scratch columns: 3 vectors, 16 x 16
    (1, 6, 9, 9, 20, 3, 3, (1, 1), (1, 1, 1, 1), (1, 1)),  # 97 columns: 7 vectors, 16 x 16, Co % 16
    (1, 6, 9, 8, 20, 3, 3, (1, 1), (1, 1, 1, 1), (1, 1)),  # 90 columns: 6 vectors, 8 x 32
    # no junk columns (KW = 1, no horizontal padding, stride 1): tiles accumulate in the output
    (2, 9, 4, 12, 13, 1, 1, (1, 1), (0, 0, 0, 0), (1, 1)),
    (2, 9, 5, 7, 13, 1, 1, (1, 1), (0, 0, 0, 0), (1, 1)),
    (1, 4, 10, 8, 19, 3, 1, (1, 1), (1, 0, 1, 0), (2, 1)),
    (1, 4, 9, 8, 19, 3, 1, (1, 1), (1, 0, 1, 0), (2, 1)),
    (1, 24, 8, 8, 70, 1, 1, (1, 1), (0, 0, 0, 0), (1, 1)),
]  # fmt: skip


@pytest.mark.parametrize("with_bias", [True, False])
@pytest.mark.parametrize("case", CASES, ids=[str(i) for i in range(len(CASES))])
def test_conv_microkernel(case: tuple, with_bias: bool) -> None:
    """With a bias its initialisation is folded into the kernel; without, the output is
    zero-filled first and the kernel accumulates into it."""
    n, ci, h, wd, co, kh, kw, stride, pads, dilation = case
    rng = np.random.default_rng(len(CASES) + ci * 7 + co)
    x = rng.standard_normal((n, ci, h, wd)).astype(np.float32)
    w = rng.standard_normal((co, ci, kh, kw)).astype(np.float32)
    bias = rng.standard_normal(co).astype(np.float32) if with_bias else np.zeros(co, np.float32)
    expected = reference(x, w, bias, stride, pads, dilation)
    xt, wt, bt, yt = _t(x.shape), _t(w.shape), _t(bias.shape), _t(expected.shape)
    props = f"{{strides = {_arr(stride)}, pads = {_arr(pads)}, dilations = {_arr(dilation)}}}"
    b_def, b_use, b_type = (f"  %b = graph.constant {dense_from_numpy(bias)}\n", ", %b", f", {bt}") if with_bias else ("", "", "")
    text = (
        f"func.func @main(%x: {xt}) -> {yt} {{\n  %w = graph.constant {dense_from_numpy(w)}\n{b_def}"
        f"  %y = graph.conv %x, %w{b_use} {props} : ({xt}, {wt}{b_type}) -> {yt}\n  return %y : {yt}\n}}\n"
    )
    exe, printed = compile_conv(text)
    assert "llvm.fma.v" in printed  # the micro-kernel ran (the scalar path emits fmul + fadd)
    (out,) = exe(x)
    np.testing.assert_allclose(out, expected, rtol=1e-4, atol=1e-4)
