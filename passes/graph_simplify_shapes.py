"""``graph-simplify-shapes``: fold away the shape plumbing exporters leave in a graph.

ONNX exporters surround real work with shape bookkeeping: ``Shape -> Gather -> Concat ->
Reshape`` chains computing a target shape, chains of ``Unsqueeze``/``Squeeze``/``Flatten``/
``Reshape`` around one value, transposes that only move size-1 dims, expands that broadcast
nothing. With static shapes, ember's frontend already reads shape *operands* into properties;
this pass cleans up what remains in graph IR:

- a chain of reshape-like ops (reshape, squeeze, unsqueeze, flatten) becomes one reshape;
- a reshape-like op, expand or tile that keeps the shape is removed;
- an expand or tile that adds only size-1 dims, and a transpose that only moves size-1 dims,
  become reshapes (a reshape is a free view downstream; a transpose is a copy);
- identity-shaped slices, pads, concats and splits go (shared with ``graph-canonicalize``);
- shape arithmetic on small integer constants (gather/concat/slice/mul of shape vectors) is
  evaluated (the ``graph-fold-constants`` pattern restricted to integer tensors).

Pre-condition: graph-stage IR with static shapes. Post-condition: no two reshape-like ops in a
row, no shape-preserving movement op, no op computing on small integer constants.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from xdsl.dialects.builtin import TensorType
from xdsl.ir import Attribute, Operation, SSAValue
from xdsl.pattern_rewriter import PatternRewriter, RewritePattern

from ember.dialects import graph
from ember.passes.graph_canonicalize import identity_patterns
from ember.passes.graph_fold_constants import FoldConstantOp
from ember.passes.patterns import Pattern, PatternPass, Var, compute, constraint, op
from ember.passes.patterns.constraints import same_element_count
from ember.registry import register_pass

x, t, p = Var("x"), Var("t"), Var("p")

RESHAPE_LIKE = (graph.ReshapeOp, graph.SqueezeOp, graph.UnsqueezeOp, graph.FlattenOp)
"""Ops that only reinterpret the row-major element order under a new shape."""

SHAPE_INT_LIMIT = 4096
"""Integer constants up to this many elements count as shape arithmetic."""


def result_shape(result_type: Attribute) -> tuple[int, ...]:
    """The static shape of a tensor type (the new ``shape`` property of a reshape)."""
    return graph.shape_of(result_type)


@constraint
def moves_only_unit_dims(value: SSAValue, perm: Sequence[int]) -> bool:
    """Transposing ``value`` by ``perm`` keeps the order of its non-1 dims (so it is a reshape)."""
    shape = graph.shape_of(value.type)
    kept = [axis for axis in perm if shape[axis] != 1]
    return kept == sorted(kept)


def _reshape_patterns() -> list[Pattern]:
    to_reshape = op(graph.ReshapeOp, x, shape=compute(result_shape, t))
    return [
        Pattern("reshape-like-chain", op(RESHAPE_LIKE, op(RESHAPE_LIKE, x)).typed(t), to_reshape),
        Pattern("reshape-like-noop", op(RESHAPE_LIKE, x), x),
        Pattern("expand-as-reshape", op(graph.ExpandOp, x).typed(t), to_reshape,
                where=[same_element_count(x, t)]),
        Pattern("tile-as-reshape", op(graph.TileOp, x).typed(t), to_reshape, where=[same_element_count(x, t)]),
        Pattern("transpose-as-reshape", op(graph.TransposeOp, x, perm=p).typed(t), to_reshape,
                where=[moves_only_unit_dims(x, p)]),
    ]  # fmt: skip


@dataclass
class FoldShapeArithmetic(RewritePattern):
    """Evaluate an op whose operands are constants and whose results are small integer tensors."""

    name: str = "fold-shape-arithmetic"

    def may_match(self, op: Operation) -> bool:
        """The op has results, all small integer tensors, and constant operands (the driver's
        cheap pre-test)."""
        return (
            bool(op.results)
            and all(isinstance(v.owner, graph.ConstantOp) for v in op.operands)
            and all(_is_small_int(r.type) for r in op.results)
        )

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter, /) -> None:
        if not op.results or not all(_is_small_int(r.type) for r in op.results):
            return
        FoldConstantOp(SHAPE_INT_LIMIT, self.name).match_and_rewrite(op, rewriter)


def _is_small_int(t: Attribute) -> bool:
    if not isinstance(t, TensorType):
        return False
    element = graph.elem_of(t)
    integer = not graph.is_float(element) and element != graph.i1
    shape = graph.shape_of(t)
    static = all(isinstance(d, int) for d in shape)  # (a run-time size is never known small)
    return integer and static and math.prod(shape) <= SHAPE_INT_LIMIT


def simplify_shapes_patterns() -> list[Pattern | RewritePattern]:
    """Every pattern of ``graph-simplify-shapes``."""
    return [*_reshape_patterns(), *identity_patterns(), FoldShapeArithmetic()]


@register_pass
@dataclass(frozen=True)
class GraphSimplifyShapesPass(PatternPass):
    """Fold static shape plumbing: reshape chains to one reshape, no-op movement ops, shape arithmetic.

    Pre-condition: graph-stage IR with static shapes. Post-condition: no chained reshape-like
    ops, no shape-preserving movement op, no op on small integer constants left unevaluated.
    """

    TENSOR_FUNCTIONS_ONLY = True
    FUNCTION_LOCAL = True  # graph-optimize's first stage: its memo tells when a round changed nothing

    name = "graph-simplify-shapes"
    PATTERNS = tuple(simplify_shapes_patterns())
