"""linalg-grouped-conv-microkernel: numerics vs a numpy reference through the JIT, with 8- and
16-lane vectors, for depthwise (3x3 / 5x5 / 7x7, strides, padding, dilation, multiplier 2, odd
sizes, batch 2) and grouped convolutions (several channels per group), with and without bias."""

from __future__ import annotations

import numpy as np
import pytest

from ember.context import make_context
from ember.dialects.graph.resources import dense_from_numpy
from ember.driver import compile_llvm_module, lower_module
from ember.runtime.executable import CompileTimes, Executable, entry_signature
from ember.textual import parse_module


def pipeline(lanes: int) -> str:
    return (
        "convert-graph-to-linalg,bufferize,linalg-conv-microkernel,"
        f"linalg-grouped-conv-microkernel{{lanes={lanes}}},convert-linalg-to-loops,loops-to-llvm"
    )


def compile_text(text: str, lanes: int) -> tuple[Executable, str]:
    module, _ = parse_module(make_context(), text, "test")
    inputs, outputs, _ = entry_signature(module, "main", None)
    times = CompileTimes()
    lower_module(module, pipeline(lanes), times, verify=True)
    printed = str(module)
    return Executable(compile_llvm_module(module, times), "main", inputs, outputs, times), printed


def _t(shape: tuple[int, ...]) -> str:
    return f"tensor<{'x'.join(map(str, shape))}xf32>"


def _arr(values: tuple[int, ...]) -> str:
    return f"array<i64: {', '.join(map(str, values))}>"


def reference(x, w, bias, group, stride, pads, dilation):  # noqa: ANN001, ANN201
    """Grouped convolution in float64: each group an ungrouped convolution on its channels."""
    n, ci, _, _ = x.shape
    co, cin_g, kh, kw = w.shape
    cout_g = co // group
    xp = np.pad(x, ((0, 0), (0, 0), (pads[0], pads[2]), (pads[1], pads[3]))).astype(np.float64)
    oh = (xp.shape[2] - dilation[0] * (kh - 1) - 1) // stride[0] + 1
    ow = (xp.shape[3] - dilation[1] * (kw - 1) - 1) // stride[1] + 1
    out = np.zeros((n, co, oh, ow), np.float64)
    for g in range(group):
        xs = xp[:, g * cin_g : (g + 1) * cin_g]
        ws = w[g * cout_g : (g + 1) * cout_g].astype(np.float64)
        for a in range(kh):
            for b in range(kw):
                y0, x0 = a * dilation[0], b * dilation[1]
                patch = xs[:, :, y0 : y0 + stride[0] * oh : stride[0], x0 : x0 + stride[1] * ow : stride[1]]
                out[:, g * cout_g : (g + 1) * cout_g] += np.einsum("nchw,fc->nfhw", patch, ws[:, :, a, b])
    return (out + bias[None, :, None, None]).astype(np.float32)


DEPTHWISE = [
    # (n, ci, h, w, co, kh, kw, stride, pads, dilation); group = ci
    (1, 4, 6, 6, 4, 3, 3, (1, 1), (1, 1, 1, 1), (1, 1)),
    (1, 5, 13, 17, 5, 3, 3, (1, 1), (1, 1, 1, 1), (1, 1)),
    (1, 3, 13, 17, 3, 3, 3, (2, 2), (1, 1, 1, 1), (1, 1)),
    (1, 6, 28, 28, 6, 3, 3, (1, 1), (1, 1, 1, 1), (1, 1)),
    (1, 6, 28, 28, 6, 3, 3, (2, 2), (1, 1, 1, 1), (1, 1)),
    (2, 3, 14, 14, 3, 3, 3, (1, 1), (1, 1, 1, 1), (1, 1)),
    (1, 4, 7, 7, 4, 3, 3, (1, 1), (1, 1, 1, 1), (1, 1)),
    (1, 3, 19, 23, 3, 5, 5, (1, 1), (2, 2, 2, 2), (1, 1)),
    (1, 3, 20, 21, 3, 5, 5, (2, 2), (2, 2, 2, 2), (1, 1)),
    (1, 2, 17, 40, 2, 7, 7, (1, 1), (3, 3, 3, 3), (1, 1)),
    (1, 2, 23, 19, 2, 7, 7, (2, 2), (3, 3, 3, 3), (1, 1)),
    (1, 3, 11, 12, 6, 3, 3, (1, 1), (1, 1, 1, 1), (1, 1)),  # multiplier 2
    (2, 2, 9, 10, 4, 3, 3, (2, 1), (0, 1, 2, 0), (1, 1)),  # multiplier 2, uneven strides / pads
    (1, 3, 12, 12, 3, 3, 3, (1, 1), (2, 2, 2, 2), (2, 2)),  # dilation
    (1, 2, 3, 2, 2, 3, 3, (1, 1), (1, 1, 1, 1), (1, 1)),  # narrower than any vector
    (1, 2, 9, 9, 2, 3, 3, (3, 3), (0, 0, 0, 0), (1, 1)),
]  # fmt: skip

GROUPED = [
    # (n, ci, h, w, co, kh, kw, stride, pads, dilation, group)
    (1, 12, 28, 28, 12, 1, 1, (1, 1), (0, 0, 0, 0), (1, 1), 3),  # direct tiles (784 pixels)
    (1, 24, 14, 14, 12, 1, 1, (1, 1), (0, 0, 0, 0), (1, 1), 3),  # 196 pixels: scratch + epilogue
    (2, 12, 7, 7, 24, 1, 1, (1, 1), (0, 0, 0, 0), (1, 1), 4),
    (1, 9, 11, 13, 15, 3, 3, (1, 1), (1, 1, 1, 1), (1, 1), 3),
    (1, 8, 12, 10, 10, 3, 3, (2, 2), (1, 1, 1, 1), (1, 1), 2),
    (2, 6, 9, 9, 4, 3, 3, (1, 1), (1, 1, 1, 1), (1, 1), 2),
    (1, 16, 8, 8, 32, 1, 1, (1, 1), (0, 0, 0, 0), (1, 1), 2),
    (1, 6, 10, 10, 9, 3, 3, (1, 1), (2, 2, 2, 2), (2, 2), 3),
]  # fmt: skip


def _case_text(x: np.ndarray, w: np.ndarray, bias: np.ndarray | None, props: str, out: tuple[int, ...]) -> str:
    xt, wt, yt = _t(x.shape), _t(w.shape), _t(out)
    b_def, b_use, b_type = "", "", ""
    if bias is not None:
        b_def, b_use, b_type = f"  %b = graph.constant {dense_from_numpy(bias)}\n", ", %b", f", {_t(bias.shape)}"
    return (
        f"func.func @main(%x: {xt}) -> {yt} {{\n  %w = graph.constant {dense_from_numpy(w)}\n{b_def}"
        f"  %y = graph.conv %x, %w{b_use} {props} : ({xt}, {wt}{b_type}) -> {yt}\n  return %y : {yt}\n}}\n"
    )


def check(case: tuple, group: int, with_bias: bool, lanes: int) -> str:
    """Compile and run one convolution, compare with the reference; returns the lowered IR."""
    n, ci, h, wd, co, kh, kw, stride, pads, dilation = case[:10]
    rng = np.random.default_rng(ci * 7 + co + h + kh)
    x = rng.standard_normal((n, ci, h, wd)).astype(np.float32)
    w = rng.standard_normal((co, ci // group, kh, kw)).astype(np.float32)
    bias = rng.standard_normal(co).astype(np.float32) if with_bias else None
    expected = reference(x, w, bias if bias is not None else np.zeros(co, np.float32), group, stride, pads, dilation)
    props = (
        f"{{strides = {_arr(stride)}, pads = {_arr(pads)}, dilations = {_arr(dilation)}, group = {group} : i64}}"
    )
    exe, printed = compile_text(_case_text(x, w, bias, props, expected.shape), lanes)
    (out,) = exe(x)
    scale = float(np.max(np.abs(expected)))
    np.testing.assert_allclose(out, expected, rtol=1e-5, atol=1e-5 * scale)
    return printed


def _ran(printed: str) -> None:
    """The kernel ran: vector FMAs, and no scalar MAC (fmul feeding fadd) left for the conv."""
    assert "llvm.fma.v" in printed
    assert "llvm.fmul" not in printed


@pytest.mark.parametrize("lanes", [8, 16])
@pytest.mark.parametrize("with_bias", [True, False])
@pytest.mark.parametrize("case", DEPTHWISE, ids=[str(i) for i in range(len(DEPTHWISE))])
def test_depthwise(case: tuple, with_bias: bool, lanes: int) -> None:
    _ran(check(case, case[1], with_bias, lanes))


@pytest.mark.parametrize("lanes", [8, 16])
@pytest.mark.parametrize("with_bias", [True, False])
@pytest.mark.parametrize("case", GROUPED, ids=[str(i) for i in range(len(GROUPED))])
def test_grouped(case: tuple, with_bias: bool, lanes: int) -> None:
    _ran(check(case, case[10], with_bias, lanes))
