"""ui8 through the lowering: signless i8 storage from the tensor stage on, unsigned ops."""

from __future__ import annotations

import shutil
import subprocess

import numpy as np
import pytest

from ember.context import make_context
from ember.registry import build_pipeline
from ember.runtime.interpret import run_stage
from ember.textual import parse_module, print_module

TEXT = """
func.func @main(%x: tensor<6xui8>, %y: tensor<6xui8>) -> (tensor<6xui8>, tensor<6xf32>, tensor<6xi1>, tensor<6xui8>) {
  %c = graph.constant dense<[200, 3, 255, 7, 1, 130]> : tensor<6xui8>
  %0 = graph.div %x, %c : (tensor<6xui8>, tensor<6xui8>) -> tensor<6xui8>
  %1 = graph.max %0, %y : (tensor<6xui8>, tensor<6xui8>) -> tensor<6xui8>
  %2 = graph.cast %1 {to = f32} : (tensor<6xui8>) -> tensor<6xf32>
  %3 = graph.less %x, %y : (tensor<6xui8>, tensor<6xui8>) -> tensor<6xi1>
  %4 = graph.mod %x, %c : (tensor<6xui8>, tensor<6xui8>) -> tensor<6xui8>
  func.return %1, %2, %3, %4 : tensor<6xui8>, tensor<6xf32>, tensor<6xi1>, tensor<6xui8>
}
"""


@pytest.mark.parametrize("spec", ["convert-graph-to-linalg", "convert-graph-to-linalg,bufferize", "lower-to-loops"])
def test_unsigned_semantics_survive_signless_storage(spec: str) -> None:
    rng = np.random.default_rng(7)
    x = rng.integers(0, 256, 6).astype(np.uint8)
    y = rng.integers(0, 256, 6).astype(np.uint8)
    ctx = make_context()
    graph_module, _ = parse_module(ctx, TEXT)
    want = run_stage(graph_module, [x, y])
    module, _ = parse_module(ctx, TEXT)
    build_pipeline(spec).apply(ctx, module)
    assert "ui8" not in print_module(module)
    got = run_stage(module, [x, y])
    for g, w in zip(got, want, strict=True):
        np.testing.assert_array_equal(g.view(w.dtype) if g.dtype.kind in "iu" else g, w)


@pytest.mark.skipif(shutil.which("mlir-opt-22") is None, reason="mlir-opt-22 (mlir-22-tools) is not installed")
def test_unsigned_tensor_stage_is_upstream_mlir() -> None:
    ctx = make_context()
    module, _ = parse_module(ctx, TEXT)
    build_pipeline("convert-graph-to-linalg").apply(ctx, module)
    done = subprocess.run(["mlir-opt-22", "-"], input=print_module(module, ctx=ctx), capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
