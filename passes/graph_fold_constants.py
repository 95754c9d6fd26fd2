"""``graph-fold-constants``: evaluate graph ops whose operands are all constants, at compile time.

Each foldable op is replaced by ``graph.constant`` s holding the result of its reference semantics
(``op.evaluate``), so constant folding can never disagree with the interpreter or the lowering's
tests. Two refinements keep it cheap:

- **splat-aware**: when every operand is a splat (``dense<0.5> : tensor<1024x1024xf32>``) and the op
  is elementwise or pure data movement, the op is evaluated on one element and the result stored
  as a splat (one element's bytes), whatever the size;
- **size limit** (``size-limit``, in elements): a non-splat result larger than the limit is only
  folded when every constant operand has no other use, i.e. when the old constant disappears
  and a large tensor is not kept twice.

Value sources fold too: ``graph.fill`` becomes a splat constant, a small ``graph.range`` a dense one.
Control flow folds (``passes/patterns/control_flow.py``): ``graph.if`` on a constant condition
becomes its taken branch, a ``graph.loop`` that runs no iteration its initial values.
Results above ``RESOURCE_THRESHOLD`` elements are stored as ``dense_resource`` blobs.

The rewrite is imperative (it applies to every op kind), an xDSL ``RewritePattern`` run by the
same greedy driver as the declarative patterns.

Pre-condition: graph-stage IR. Post-condition: no graph op (other than ``graph.constant``) whose
operands are all constants and whose result fits the limit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

import numpy as np
from xdsl.ir import Operation, SSAValue
from xdsl.pattern_rewriter import PatternRewriter, RewritePattern

from ember.dialects import graph
from ember.dialects.graph.resources import resource_from_numpy
from ember.passes.patterns import PatternPass, make_constant, make_splat, splat_scalar
from ember.passes.patterns.constants import constant_op, num_elements
from ember.passes.patterns.control_flow import FoldConstantIf, FoldNoIterationLoop
from ember.registry import register_pass

RESOURCE_THRESHOLD = 1024
"""Folded results with more elements than this are stored as ``dense_resource`` blobs."""

DEFAULT_SIZE_LIMIT = 1 << 20

_ELEMENTWISE: tuple[type[Operation], ...] = (graph.UnaryOp, graph.BinaryOp, graph.WhereOp, graph.CastOp)
"""Ops for which a splat in gives a splat out, computed from one element."""

_MOVEMENT: tuple[type[Operation], ...] = (
    graph.ReshapeOp, graph.TransposeOp, graph.ExpandOp, graph.SqueezeOp, graph.UnsqueezeOp,
    graph.FlattenOp, graph.TileOp, graph.SliceOp, graph.IdentityOp, graph.SplitOp, graph.GatherOp,
    graph.GatherElementsOp,
)  # fmt: skip
"""Ops that only move or copy elements of their first operand: a splat stays the same splat."""

_NOT_FOLDED: tuple[type[Operation], ...] = (graph.ConstantOp,)


def _store(array: np.ndarray, result: SSAValue) -> graph.ConstantOp:
    """A constant holding ``array`` with exactly ``result``'s type."""
    dtype = graph.numpy_dtype(graph.elem_of(result.type))
    array = np.asarray(array).astype(dtype, copy=False).reshape(graph.shape_of(result.type))
    if array.size > RESOURCE_THRESHOLD:
        flat = array.reshape(-1)
        if bool(np.all(flat == flat[0])):
            return make_splat(flat[0], array.shape, graph.elem_of(result.type))
        return graph.ConstantOp.make([], {"value": resource_from_numpy(array, "folded")})
    return make_constant(array)


def _splat_results(op: graph.GraphOp, scalars: Sequence[np.generic]) -> list[np.generic] | None:
    """The splat value of each result when splat operands make splat results, else ``None``."""
    if isinstance(op, _MOVEMENT):
        return [scalars[0]] * len(op.results)
    if isinstance(op, _ELEMENTWISE):
        ones = [np.asarray(s).reshape((1,)) for s in scalars]
        with np.errstate(all="ignore"):
            return [np.asarray(r).reshape(-1)[0] for r in op.evaluate(*ones)]
    return None


def _fill_value(op: graph.FillOp) -> np.generic:
    """The element of a ``graph.fill`` (its value property, in the result's element type)."""
    dtype = graph.numpy_dtype(graph.elem_of(op.result.type))
    value = graph.read_number(op.props, "value", 0)
    return np.asarray(value).astype(dtype)[()]


@dataclass
class FoldConstantOp(RewritePattern):
    """Replace a graph op whose operands are all constants by constants of its results."""

    root_classes: ClassVar[tuple[type[Operation], ...]] = (graph.GraphOp,)

    size_limit: int = DEFAULT_SIZE_LIMIT
    name: str = "fold-constant-op"

    def may_match(self, op: Operation) -> bool:
        """Every operand is a constant (the driver's cheap pre-test)."""
        return all(isinstance(v.owner, graph.ConstantOp) for v in op.operands)

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter, /) -> None:
        if not isinstance(op, graph.GraphOp) or isinstance(op, _NOT_FOLDED) or not self.may_match(op):
            return
        new_ops = self._fold_splats(op) or self._fold_dense(op)
        if new_ops:
            rewriter.replace(op, new_ops, [c.result for c in new_ops])

    def _fold_splats(self, op: graph.GraphOp) -> list[graph.ConstantOp] | None:
        if isinstance(op, graph.FillOp):
            return [make_splat(_fill_value(op), graph.shape_of(op.result.type), graph.elem_of(op.result.type))]
        if not op.operands:
            return None
        scalars = [splat_scalar(v) for v in op.operands]
        if any(s is None for s in scalars):
            return None
        values = _splat_results(op, scalars)  # type: ignore[arg-type]
        if values is None:
            return None
        return [
            make_splat(v, graph.shape_of(r.type), graph.elem_of(r.type))
            for v, r in zip(values, op.results, strict=True)
        ]

    def _fold_dense(self, op: graph.GraphOp) -> list[graph.ConstantOp] | None:
        size = sum(num_elements(r.type) for r in op.results)
        if size > self.size_limit and not all(v.has_one_use() for v in op.operands):
            return None
        try:
            with np.errstate(all="ignore"):
                arrays = op.evaluate(*(constant_op(v).to_array() for v in op.operands))  # type: ignore[union-attr]
        except (graph.ShapeError, ValueError, ArithmeticError, NotImplementedError):
            return None
        if len(arrays) != len(op.results):
            return None
        return [_store(a, r) for a, r in zip(arrays, op.results, strict=True)]


def fold_constants_patterns(size_limit: int = DEFAULT_SIZE_LIMIT) -> list[RewritePattern]:
    """The patterns of ``graph-fold-constants`` (reused by ``graph-simplify-shapes``)."""
    return [FoldConstantOp(size_limit), FoldConstantIf(), FoldNoIterationLoop()]


@register_pass
@dataclass(frozen=True)
class GraphFoldConstantsPass(PatternPass):
    """Evaluate graph ops whose operands are all constants (splat-aware, with a size limit).

    Pre-condition: graph-stage IR. Post-condition: every op with only constant operands and a
    result within ``size-limit`` elements (or a splat result) is a ``graph.constant``.
    """

    TENSOR_FUNCTIONS_ONLY = True

    name = "graph-fold-constants"

    size_limit: int = DEFAULT_SIZE_LIMIT
    """Largest non-splat result (in elements) folded while its operands stay alive."""

    def patterns(self) -> list[RewritePattern]:
        return fold_constants_patterns(self.size_limit)
