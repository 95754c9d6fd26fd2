"""``lower-affine``: affine index computations (apply, min) and affine loops -> scf + arith.

LOOP STAGE, in ``lower-to-loops`` right after ``convert-linalg-to-loops``: schedule primitives
leave affine index ops in the loop nests (``linalg-tile{partial=true}`` sizes its last tile with
``affine.min``, ``linalg-fuse-into`` offsets its slices with ``affine.apply``), which the LLVM
conversions do not take. As upstream MLIR's pass of the same name::

    %s = affine.min affine_map<(d0, d1, d2) -> (d0, d1 - d2)>(%c4, %c10, %i)
  ==>
    %m = arith.constant -1 : index          %t = arith.addi %c10, %n : index
    %n = arith.muli %i, %m : index          %s = arith.minsi %c4, %t : index

Each result expression becomes index arithmetic (xDSL's ``affine_expr_ops``: ``addi``, ``muli``,
``remsi``, ``floordivsi``, ``ceildivsi``); ``affine.min`` folds its results left to right with
``arith.minsi``. ``affine.for``, ``affine.load``, ``affine.store`` and ``affine.yield`` take
xDSL's ``lower-affine`` patterns, which this pass replaces (xDSL's has no ``affine.min``; xDSL's
affine dialect has no ``affine.max``).

Pre-condition: none. Post-condition: no affine.apply / min / for / load / store / yield.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import affine, arith
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Operation, SSAValue
from xdsl.passes import ModulePass
from xdsl.pattern_rewriter import PatternRewriter, RewritePattern, op_type_rewrite_pattern
from xdsl.transforms.lower_affine import (
    LowerAffineApply,
    LowerAffineFor,
    LowerAffineLoad,
    LowerAffineStore,
    LowerAffineYield,
    affine_expr_ops,
)

from ember.lowering.targeted_rewrites import erase_dead_ops, rewrite_ops
from ember.registry import register_pass


class LowerAffineMin(RewritePattern):
    """Every result expression of the map as index arithmetic, folded with ``arith.minsi``."""

    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: affine.MinOp, rewriter: PatternRewriter, /) -> None:
        affine_map = op.map.data
        dims = op.operands[: affine_map.num_dims]
        symbols = op.operands[affine_map.num_dims :]
        new_ops: list[Operation] = []
        result: SSAValue | None = None
        for expr in affine_map.results:
            ops, value = affine_expr_ops(expr, dims, symbols)
            new_ops.extend(ops)
            if result is not None:
                folded = arith.MinSIOp(result, value)
                new_ops.append(folded)
                value = folded.result
            result = value
        assert result is not None, "the map of an affine.min has at least one result"
        rewriter.replace(op, new_ops, [result])


_LOWERINGS = (
    (affine.MinOp, LowerAffineMin()), (affine.ApplyOp, LowerAffineApply()),
    (affine.ForOp, LowerAffineFor()), (affine.YieldOp, LowerAffineYield()),
    (affine.LoadOp, LowerAffineLoad()), (affine.StoreOp, LowerAffineStore()),
)  # fmt: skip
"""The affine ops and their lowerings, applied to those ops only (``lowering/targeted_rewrites.py``)."""


@register_pass
@dataclass(frozen=True)
class LowerAffinePass(ModulePass):
    """Lower affine apply / min (and affine loops, loads, stores) to scf and arith."""

    name = "lower-affine"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        rewrite_ops(op, _LOWERINGS)
        erase_dead_ops(op)
