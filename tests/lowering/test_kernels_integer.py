"""The integer micro-kernels: int32 conv / matmul with constant weights (``arith.muli`` +
``arith.addi`` vectors), and the 16-bit pair-dot form of convs marked ``ember.operand_bits``
(vpmaddwd / vpdpwssd where the target has them), against exact numpy integer arithmetic on every
target this CPU runs."""

from __future__ import annotations

import numpy as np
import pytest

import ember
from ember.lowering.kernels.pair_dot import pack_pairs, pair_dot
from ember.target import PRESETS, host_target

RUNNABLE = [name for name in ("x86-64-v2", "x86-64-v3", "x86-64-v4") if PRESETS[name].runs_on(host_target())]
TARGETS = ["host", *RUNNABLE]


def _dense(a: np.ndarray) -> str:
    return np.array2string(a, separator=", ", threshold=a.size + 1, max_line_width=1 << 30).replace("\n", "")


def _conv_module(w: np.ndarray, x_shape: tuple[int, ...], stride: int, pad: int, bits: int | None) -> str:
    n, ci, h, wd = x_shape
    co, _, k, _ = w.shape
    oh, ow = (h + 2 * pad - k) // stride + 1, (wd + 2 * pad - k) // stride + 1
    mark = f", ember.operand_bits = {bits} : i64" if bits is not None else ""
    xt, wt, yt = f"tensor<{n}x{ci}x{h}x{wd}xi32>", f"tensor<{co}x{ci}x{k}x{k}xi32>", f"tensor<{n}x{co}x{oh}x{ow}xi32>"
    return f"""func.func @main(%x: {xt}) -> {yt} {{
  %w = graph.constant dense<{_dense(w)}> : {wt}
  %y = graph.conv %x, %w {{pads = array<i64: {pad}, {pad}, {pad}, {pad}>, strides = array<i64: {stride}, {stride}>{mark}}} : ({xt}, {wt}) -> {yt}
  func.return %y : {yt}
}}
"""


def _conv_reference(x: np.ndarray, w: np.ndarray, stride: int, pad: int) -> np.ndarray:
    xp = np.pad(x.astype(np.int64), ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    co, _, k, _ = w.shape
    oh, ow = (xp.shape[2] - k) // stride + 1, (xp.shape[3] - k) // stride + 1
    out = np.zeros((x.shape[0], co, oh, ow), np.int64)
    for i in range(k):
        for j in range(k):
            window = xp[:, :, i:i + stride * oh:stride, j:j + stride * ow:stride]
            out += np.einsum("nchw,oc->nohw", window, w[:, :, i, j].astype(np.int64))
    return out


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize(("ci", "co", "k", "stride", "pad"), [(6, 16, 3, 1, 1), (5, 11, 3, 2, 1), (16, 24, 1, 1, 0), (3, 32, 3, 1, 0)])
@pytest.mark.parametrize("bits", [9, None])
def test_int32_conv_is_exact(target, ci, co, k, stride, pad, bits):
    """Random values over the whole 9-bit range, odd channel counts (a zero channel pads the
    last pair), strides, 1x1; marked (pair dots) and unmarked (int32 multiply-add)."""
    rng = np.random.default_rng(ci * co + k)
    x = rng.integers(-255, 256, (1, ci, 9, 11)).astype(np.int32)
    w = rng.integers(-255, 256, (co, ci, k, k)).astype(np.int32)
    exe = ember.compile(_conv_module(w, x.shape, stride, pad, bits), target=target, cache=False)
    np.testing.assert_array_equal(exe(x)[0], _conv_reference(x, w, stride, pad))


@pytest.mark.parametrize("target", TARGETS)
def test_pair_dot_where_vpmaddubsw_would_saturate(target):
    """255 x 127 pairs: vpmaddubsw's int16 pair sum (64 770) would saturate at 32 767; the
    16-bit pair dots sum into int32 and the result is exact (also at the 9-bit extremes)."""
    x = np.full((1, 8, 6, 6), 255, np.int32)
    w = np.full((16, 8, 3, 3), 127, np.int32)
    w[8:] = -255
    x[0, 1::2] = -255
    exe = ember.compile(_conv_module(w, x.shape, 1, 1, 9), target=target, cache=False)
    np.testing.assert_array_equal(exe(x)[0], _conv_reference(x, w, 1, 1))


def test_int32_matmul_is_exact():
    rng = np.random.default_rng(1)
    a = rng.integers(-255, 256, (7, 37)).astype(np.int32)
    b = rng.integers(-255, 256, (37, 29)).astype(np.int32)
    module = f"""func.func @main(%a: tensor<7x37xi32>) -> tensor<7x29xi32> {{
  %b = graph.constant dense<{_dense(b)}> : tensor<37x29xi32>
  %y = graph.matmul %a, %b : (tensor<7x37xi32>, tensor<37x29xi32>) -> tensor<7x29xi32>
  func.return %y : tensor<7x29xi32>
}}
"""
    np.testing.assert_array_equal(ember.compile(module, cache=False)(a)[0], a.astype(np.int64) @ b)


def test_pairs_pack_low_then_high_half():
    words = pack_pairs(np.array([[1, -2, 3]]), axis=1)
    assert words.tolist() == [[(0xFFFE << 16 | 1) - (1 << 32), 3]]


@pytest.mark.parametrize(("name", "lanes", "want"), [
    ("x86-64-v3", 8, "vpmaddwd ymm"), ("znver3", 8, "vpmaddwd ymm"), ("x86-64-v4", 16, "vpmaddwd zmm"),
    ("znver4", 16, "vpdpwssd zmm"), ("x86-64-v2", 4, None), ("aarch64-linux-gnu", 4, None),
])  # fmt: skip
def test_the_instruction_comes_from_the_target(name, lanes, want):
    dot = pair_dot(PRESETS[name], lanes)
    assert (dot.name if dot else None) == want


def test_a_feature_string_selects_avx_vnni():
    dot = pair_dot(PRESETS["x86-64-v3"].with_overrides(features="+avxvnni"), 8)
    assert dot is not None and dot.name == "vpdpwssd ymm" and dot.accumulates
