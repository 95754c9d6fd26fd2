"""convert-linalg-to-loops and the lower-to-loops pipeline: what the loop stage contains."""

from __future__ import annotations

import numpy as np
import pytest
from xdsl.dialects import scf

from ember.context import make_context
from ember.diagnostics import PassError
from ember.registry import build_pipeline, pipelines
from ember.runtime.interpret import run_stage
from ember.textual import parse_module

NET = """
func.func @main(%x: tensor<1x2x6x6xf32>) -> tensor<1x5xf32> {
  %s = graph.constant dense<[1.5, 0.5]> : tensor<2xf32>
  %b = graph.constant dense<[0.1, -0.2]> : tensor<2xf32>
  %m = graph.constant dense<[0.05, 0.3]> : tensor<2xf32>
  %v = graph.constant dense<[0.9, 1.2]> : tensor<2xf32>
  %w = graph.constant dense<0.25> : tensor<4x1x3x3xf32>
  %fc = graph.constant dense<0.125> : tensor<16x5xf32>
  %0 = graph.batch_norm %x, %s, %b, %m, %v : (tensor<1x2x6x6xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x6x6xf32>
  %1 = graph.conv %0, %w {group = 2 : i64, pads = array<i64: 1, 1, 1, 1>} : (tensor<1x2x6x6xf32>, tensor<4x1x3x3xf32>) -> tensor<1x4x6x6xf32>
  %2 = graph.relu %1 : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  %3 = graph.avg_pool %2 {kernel_shape = array<i64: 3, 3>, strides = array<i64: 3, 3>} : (tensor<1x4x6x6xf32>) -> tensor<1x4x2x2xf32>
  %4 = graph.lrn %3 {size = 3 : i64} : (tensor<1x4x2x2xf32>) -> tensor<1x4x2x2xf32>
  %5 = graph.flatten %4 : (tensor<1x4x2x2xf32>) -> tensor<1x16xf32>
  %6 = graph.gemm %5, %fc {alpha = 0.5 : f64} : (tensor<1x16xf32>, tensor<16x5xf32>) -> tensor<1x5xf32>
  %7 = graph.softmax %6 : (tensor<1x5xf32>) -> tensor<1x5xf32>
  func.return %7 : tensor<1x5xf32>
}
"""


def test_lower_to_loops_is_registered() -> None:
    """graph -> tensor -> memref -> loops, in that order (f16 and bf16 promotion on the graph
    stage first; tensor-stage fusion, math expansion and the memory-aware op order, memref-stage
    kernels sit between)."""
    passes = pipelines()["lower-to-loops"].passes
    tensor_stage = ("convert-graph-to-linalg", "linalg-fuse-elementwise", "math-polynomial-approximation",
                    "linalg-reorder-for-memory")  # fmt: skip
    assert passes[:7] == ("graph-promote-half", "graph-promote-bfloat16", *tensor_stage, "bufferize")
    assert passes[-3:] == ("convert-linalg-to-loops", "lower-affine", "memref-flatten-dynamic")


def test_loop_stage_has_only_loops_memrefs_and_scalars() -> None:
    ctx = make_context()
    module, _ = parse_module(ctx, NET)
    build_pipeline("lower-to-loops").apply(ctx, module)
    module.verify()
    dialects = {op.name.split(".")[0] for op in module.walk()}
    # vector: the micro-kernels' register tiles (here the depthwise convolution's)
    assert dialects <= {"builtin", "func", "scf", "memref", "arith", "math", "vector"}, dialects
    assert any(isinstance(op, scf.ForOp) for op in module.walk())


def test_every_stage_of_a_small_cnn_computes_the_same() -> None:
    x = np.random.default_rng(3).standard_normal((1, 2, 6, 6)).astype(np.float32)
    ctx = make_context()
    reference, _ = parse_module(ctx, NET)
    want = run_stage(reference, [x])[0]
    for spec in ("convert-graph-to-linalg", "convert-graph-to-linalg,bufferize", "lower-to-loops",
                 "lower-to-loops,convert-scf-to-cf"):  # fmt: skip
        module, _ = parse_module(ctx, NET)
        build_pipeline(spec).apply(ctx, module)
        # conv sums run in another order per stage: atol on the scale of the output, not 1e-6
        atol = 1e-5 * float(np.abs(want).max())
        np.testing.assert_allclose(run_stage(module, [x])[0], want, rtol=1e-5, atol=atol, err_msg=spec)


def test_tensor_operands_are_rejected_with_the_fix() -> None:
    ctx = make_context()
    module, _ = parse_module(ctx, NET)
    build_pipeline("convert-graph-to-linalg").apply(ctx, module)
    with pytest.raises(PassError, match="convert-linalg-to-loops: requires buffer semantics .*run bufferize"):
        build_pipeline("convert-linalg-to-loops").apply(ctx, module)
