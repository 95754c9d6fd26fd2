"""Folding of graph control flow with constant operands (part of ``graph-fold-constants``).

- ``graph.if`` whose condition is a ``graph.constant``: the taken region's ops move before the
  op and its results become the values that region yields;
- ``graph.loop`` whose trip count is a constant <= 0 or whose condition is a constant false:
  no iteration runs, so the results are the initial values (and empty scan outputs).

The importer folds the same cases while it builds the graph (``frontend/onnx/control_flow.py``);
these patterns cover IR written or transformed at the graph stage.
"""

from __future__ import annotations

from typing import ClassVar

import numpy as np
from xdsl.ir import Operation
from xdsl.pattern_rewriter import PatternRewriter, RewritePattern

from ember.dialects import graph
from ember.passes.patterns.constants import constant_op


def _scalar(op: Operation | None) -> object | None:
    """The single value of a constant op, or None."""
    if not isinstance(op, graph.ConstantOp):
        return None
    return np.asarray(op.evaluate()[0]).reshape(-1)[0]


class FoldConstantIf(RewritePattern):
    """``graph.if`` on a constant condition -> the taken branch, inline."""

    root_classes: ClassVar[tuple[type[Operation], ...]] = (graph.IfOp,)

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter, /) -> None:
        if not isinstance(op, graph.IfOp):
            return
        value = _scalar(constant_op(op.cond))
        if value is None:
            return
        block = (op.then_region if bool(value) else op.else_region).block
        yielded = block.last_op
        assert isinstance(yielded, graph.YieldOp)
        results = list(yielded.values)
        yielded.detach()
        yielded.erase()
        for inner in list(block.ops):
            inner.detach()
            rewriter.insert_op(inner)
        rewriter.replace_matched_op([], results)


class FoldNoIterationLoop(RewritePattern):
    """``graph.loop`` that runs no iteration -> its initial values (scan outputs empty)."""

    root_classes: ClassVar[tuple[type[Operation], ...]] = (graph.LoopOp,)

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter, /) -> None:
        if not isinstance(op, graph.LoopOp):
            return
        trips, go = _scalar(constant_op(op.trip_count)), _scalar(constant_op(op.cond))
        if not ((trips is not None and int(trips) <= 0) or (go is not None and not bool(go))):
            return
        empties = [graph.ConstantOp.from_array(np.zeros(graph.shape_of(r.type), graph.numpy_dtype(graph.elem_of(r.type))))
                   for r in op.results[len(op.inits) :]]  # fmt: skip
        rewriter.replace_matched_op(empties, [*op.inits, *(e.result for e in empties)])
