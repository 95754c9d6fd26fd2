"""``graph.if`` / ``graph.loop`` / ``graph.yield`` -> ``scf.if`` / ``scf.for`` / ``scf.yield``
on tensors (part of ``convert-graph-to-linalg``).

The regions move unchanged into the ``scf.if`` (their graph ops are lowered by the same walk);
the condition, a one-element ``i1`` tensor, is read with ``tensor.extract`` at top level.
Result types lose their ``#graph.dims`` names like every other value of the tensor stage.

``graph.loop`` becomes ``scf.for %iv = 0 to M`` carrying ``(flag: i1, carried..., scan
accumulators...)``; its body is an ``scf.if %flag`` whose then-block is the graph body (the
iteration number a rank-0 tensor computed from ``%iv``, the condition argument a true tensor)
and whose else-block yields the carried values unchanged, so iterations after an early exit do
nothing. A scan slice is written into row ``%iv`` of its accumulator by a ``linalg.generic`` over
the accumulator that selects the slice on that row (a whole pass over the accumulator per
iteration: simple, and correct with the existing bufferization; ``docs/control-flow.md``).
"""

from __future__ import annotations

from collections.abc import Sequence

from xdsl.builder import Builder
from xdsl.dialects import arith, scf, tensor
from xdsl.dialects.builtin import IndexType, IntegerAttr, TensorType, i1, i64
from xdsl.ir import Attribute, Block, Operation, Region, SSAValue
from xdsl.pattern_rewriter import PatternRewriter, RewritePattern
from xdsl.rewriter import InsertPoint

from ember.dialects import graph
from ember.dialects.graph.dims import plain_type
from ember.lowering.graph_to_linalg.builders import (
    PARALLEL,
    Body,
    amap,
    dims,
    empty,
    generic,
    identity,
)


def _scalar(value: SSAValue, at: list[Operation]) -> SSAValue:
    """The one element of a one-element tensor (ops appended to ``at``)."""
    t = value.type
    assert isinstance(t, TensorType)
    zeros = [arith.ConstantOp(IntegerAttr(0, IndexType()))] if t.get_num_dims() else []
    read = tensor.ExtractOp(value, [z.result for z in zeros] * t.get_num_dims(), t.get_element_type())
    at.extend([*zeros, read])
    return read.result


def _lower_if(op: graph.IfOp, rewriter: PatternRewriter) -> None:
    ctype = op.cond.type
    assert isinstance(ctype, TensorType)
    zeros = [arith.ConstantOp(IntegerAttr(0, IndexType()))] if ctype.get_num_dims() else []
    flag = tensor.ExtractOp(op.cond, [z.result for z in zeros] * ctype.get_num_dims(), ctype.get_element_type())
    then_region, else_region = (op.detach_region(r) for r in list(op.regions))
    new = scf.IfOp(flag.result, [plain_type(r.type) for r in op.results], then_region, else_region)
    rewriter.replace(op, [*zeros, flag, new], list(new.results))


def _lower_loop(op: graph.LoopOp, rewriter: PatternRewriter) -> None:
    ops: list[Operation] = []
    count = arith.IndexCastOp(_scalar(op.trip_count, ops), IndexType())
    flag = _scalar(op.cond, ops)
    lower, step = arith.ConstantOp(IntegerAttr(0, IndexType())), arith.ConstantOp(IntegerAttr(1, IndexType()))
    for new_op in [*ops, count, lower, step]:
        rewriter.insert(new_op)
    carried = list(op.inits)
    scan_types = [plain_type(r.type) for r in op.results[len(carried) :]]
    accs = [empty(rewriter, t.get_shape(), t.get_element_type()) for t in scan_types]
    state_types = [i1, *(plain_type(v.type) for v in carried), *scan_types]
    loop_block = Block(arg_types=[IndexType(), *state_types])
    iv, state = loop_block.args[0], list(loop_block.args[1:])
    then_block = _iteration(op, iv, state, len(carried))
    else_block = Block()
    else_block.add_op(scf.YieldOp(*state))
    guard = scf.IfOp(state[0], state_types, Region(then_block), Region(else_block))
    loop_block.add_ops([guard, scf.YieldOp(*guard.results)])
    new = scf.ForOp(lower.result, count.result, step.result, [flag, *carried, *accs], Region(loop_block))
    rewriter.replace(op, new, list(new.results[1:]))


def _iteration(op: graph.LoopOp, iv: SSAValue, state: Sequence[SSAValue], num_carried: int) -> Block:
    """The then-block of one iteration: the graph body on the loop's state."""
    block = Block()
    builder = Builder(InsertPoint.at_end(block))
    number = generic(builder, [], [_empty_scalar(builder, i64)], [identity(0)], [],  # type: ignore[arg-type]
                     lambda b, _: b.op(arith.IndexCastOp(iv, i64)))[0]  # fmt: skip
    true = generic(builder, [], [_empty_scalar(builder, i1)], [identity(0)], [], lambda b, _: b.const(True, i1))[0]  # type: ignore[arg-type]
    old = op.body.block
    for arg, value in zip(old.args, [number, true, *state[1 : 1 + num_carried]], strict=True):
        arg.replace_all_uses_with(value)
    for inner in list(old.ops):
        inner.detach()
        block.add_op(inner)
    yielded = block.last_op
    assert isinstance(yielded, graph.YieldOp)
    values = list(yielded.values)
    builder.insertion_point = InsertPoint.before(yielded)
    ops: list[Operation] = []
    next_flag = _scalar(values[0], ops)
    for o in ops:
        builder.insert(o)
    written = [_write_row(builder, acc, row, iv) for acc, row in zip(state[1 + num_carried :], values[1 + num_carried :], strict=True)]
    yielded.operands = [next_flag, *values[1 : 1 + num_carried], *written]  # (becomes scf.yield in this walk)
    return block


def _empty_scalar(builder: Builder, element: Attribute) -> SSAValue:
    return builder.insert(tensor.EmptyOp([], TensorType(element, []))).tensor


def _write_row(builder: Builder, acc: SSAValue, row: SSAValue, iv: SSAValue) -> SSAValue:
    """``acc`` with row ``iv`` (of its leading dim) replaced by ``row``."""
    rank = len(acc.type.get_shape())  # type: ignore[attr-defined]

    def body(b: Body, args: Sequence[SSAValue]) -> SSAValue:
        return b.select(b.cmp("eq", b.index(0), iv), args[0], args[1])

    return generic(builder, [row], [acc], [amap(rank, dims(rank)[1:]), identity(rank)], [PARALLEL] * rank, body)[0]  # type: ignore[arg-type]


def _lower_yield(op: graph.YieldOp, rewriter: PatternRewriter) -> None:
    rewriter.replace(op, scf.YieldOp(*op.values))


class ControlFlowPattern(RewritePattern):
    """Lowers the graph dialect's control-flow ops (``graph.if``, ``graph.loop``, ``graph.yield``)."""

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> None:
        if isinstance(op, graph.IfOp):
            _lower_if(op, rewriter)
        elif isinstance(op, graph.LoopOp):
            _lower_loop(op, rewriter)
        elif isinstance(op, graph.YieldOp) and isinstance(op.parent_op(), scf.IfOp):
            _lower_yield(op, rewriter)
