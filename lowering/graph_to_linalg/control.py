"""``graph.if`` / ``graph.yield`` -> ``scf.if`` / ``scf.yield`` on tensors (part of
``convert-graph-to-linalg``).

The regions move unchanged into the ``scf.if`` (their graph ops are lowered by the same walk);
the condition, a one-element ``i1`` tensor, is read with ``tensor.extract`` at top level.
Result types lose their ``#graph.dims`` names like every other value of the tensor stage.
"""

from __future__ import annotations

from xdsl.dialects import arith, scf, tensor
from xdsl.dialects.builtin import IndexType, IntegerAttr, TensorType
from xdsl.ir import Operation
from xdsl.pattern_rewriter import PatternRewriter, RewritePattern

from ember.dialects import graph
from ember.dialects.graph.dims import plain_type


def _lower_if(op: graph.IfOp, rewriter: PatternRewriter) -> None:
    ctype = op.cond.type
    assert isinstance(ctype, TensorType)
    zeros = [arith.ConstantOp(IntegerAttr(0, IndexType()))] if ctype.get_num_dims() else []
    flag = tensor.ExtractOp(op.cond, [z.result for z in zeros] * ctype.get_num_dims(), ctype.get_element_type())
    then_region, else_region = (op.detach_region(r) for r in list(op.regions))
    new = scf.IfOp(flag.result, [plain_type(r.type) for r in op.results], then_region, else_region)
    rewriter.replace_op(op, [*zeros, flag, new], list(new.results))


def _lower_yield(op: graph.YieldOp, rewriter: PatternRewriter) -> None:
    rewriter.replace_op(op, scf.YieldOp(*op.values))


class ControlFlowPattern(RewritePattern):
    """Lowers the graph dialect's control-flow ops (``graph.if``, ``graph.yield``)."""

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> None:
        if isinstance(op, graph.IfOp):
            _lower_if(op, rewriter)
        elif isinstance(op, graph.YieldOp):
            _lower_yield(op, rewriter)
