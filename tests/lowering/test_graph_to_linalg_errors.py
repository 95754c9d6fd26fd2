"""convert-graph-to-linalg: a graph op without a lowering is a legalization error naming it."""

from __future__ import annotations

import pytest

from ember.context import make_context
from ember.diagnostics import LegalizationError
from ember.dialects import graph
from ember.lowering import graph_to_linalg
from ember.registry import build_pipeline
from ember.textual import parse_module

TEXT = """
func.func @main(%x: tensor<2x3xf32>) -> tensor<3x2xf32> {
  %0 = graph.transpose %x {perm = array<i64: 1, 0>} : (tensor<2x3xf32>) -> tensor<3x2xf32> loc("model.onnx":7:3)
  func.return %0 : tensor<3x2xf32>
}
"""


def test_leftover_op_names_the_op_and_its_location(monkeypatch: pytest.MonkeyPatch) -> None:
    table = dict(graph_to_linalg.LOWERINGS)
    del table[graph.TransposeOp]
    monkeypatch.setattr(graph_to_linalg, "LOWERINGS", table)
    ctx = make_context()
    module, _ = parse_module(ctx, TEXT)
    with pytest.raises(LegalizationError, match=r"convert-graph-to-linalg: failed to legalize operation 'graph.transpose' at loc\(\"model.onnx\":7:3\)"):
        build_pipeline("convert-graph-to-linalg").apply(ctx, module)


def test_no_graph_op_is_left_after_lowering() -> None:
    ctx = make_context()
    module, _ = parse_module(ctx, TEXT)
    build_pipeline("convert-graph-to-linalg").apply(ctx, module)
    assert not any(op.name.startswith("graph.") for op in module.walk())
