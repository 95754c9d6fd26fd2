"""Converters for ONNX control flow: ``If`` and ``Loop`` (every opset of the default domain).

A constant condition (known at import) inlines the taken branch into the enclosing block; a
run-time one builds ``graph.if`` with each branch imported into its region
(`ember.frontend.onnx.subgraph`: branches read outer values by implicit capture). Both branches
must yield the same static types; otherwise the import stops with one line naming the node.

``Loop`` needs a trip count (a while loop without one is refused) and becomes ``graph.loop``;
a trip count of 0 or a false initial condition known at import forwards the initial values
(scan outputs empty). Scan outputs need their length at compile time: the trip count and initial
condition are then read as shape operands (graph inputs take ember's specialising route,
``docs/dynamic-shapes.md``) and the body's condition must stay true (passed through or
constant); a body that computes its condition with scan outputs is refused (its output length
would depend on the data).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import onnx
from xdsl.dialects.builtin import TensorType
from xdsl.ir import Attribute, Block, SSAValue

from ember.diagnostics import UnsupportedError
from ember.dialects import graph
from ember.frontend.onnx.builder import NodeContext
from ember.frontend.onnx.structured import is_structured, structured
from ember.frontend.onnx.subgraph import import_subgraph, sub_builder
from ember.frontend.onnx.table import converter


def _graph(cx: NodeContext, name: str) -> onnx.GraphProto:
    attr = next((a for a in cx.node.attribute if a.name == name), None)
    if attr is None or not attr.HasField("g"):
        raise cx.error(f"attribute '{name}' (a graph) is missing")
    return attr.g


@converter("If", 1)
@structured("If")
def if_(cx: NodeContext) -> list[SSAValue]:
    cond = cx.input(0)
    if not isinstance(cond.type, TensorType) or np.prod(cond.type.get_shape()) != 1:
        raise cx.error(f"the condition must hold one value, got {cond.type}")
    then_graph, else_graph = _graph(cx, "then_branch"), _graph(cx, "else_branch")
    known = cx.builder.static(cond)
    if known is not None:  # fold: the taken branch, inline
        return import_subgraph(cx.importer, then_graph if bool(known.reshape(-1)[0]) else else_graph, cx.builder, [])
    if graph.elem_of(cond.type) != graph.i1:
        cond = cx.value(graph.CastOp, [cond], {"to": graph.i1})
    blocks, yielded = [], []
    for sub in (then_graph, else_graph):
        block = Block()
        values = import_subgraph(cx.importer, sub, sub_builder(cx.builder, block), [])
        if any(is_structured(v) for v in values):  # (raises: the condition comes from graph inputs)
            cx.static(0, "condition of an If whose branches yield sequences or optionals")
        block.add_op(graph.YieldOp(*values))
        block.last_op.location = cx.builder.location
        blocks.append(block)
        yielded.append([v.type for v in values])
    if yielded[0] != yielded[1]:
        raise cx.error(
            f"the branches yield different types (then: {', '.join(map(str, yielded[0]))}; else: "
            f"{', '.join(map(str, yielded[1]))}); ember needs equal static types"
        )
    op = graph.IfOp(cond, yielded[0], blocks[0], blocks[1])
    cx.builder._insert(op)  # noqa: SLF001  (the builder's insertion, with the node's location)
    return list(op.results)


def _loop_body(cx: NodeContext, body: onnx.GraphProto, carried: list[SSAValue]) -> tuple[Block, list[SSAValue]]:
    """The body imported into a block with arguments (iteration, condition, carried...)."""
    block = Block(arg_types=[graph.tensor([], graph.i64), graph.tensor([], graph.i1), *(v.type for v in carried)])
    if len(body.input) != len(block.args):
        raise cx.error(f"the body has {len(body.input)} inputs, expected {len(block.args)} (iteration, condition, {len(carried)} carried values)")
    values = import_subgraph(cx.importer, body, sub_builder(cx.builder, block), list(block.args))
    if len(values) < 1 + len(carried):
        raise cx.error(f"the body has {len(values)} outputs, expected at least {1 + len(carried)} (condition, carried values)")
    for index, (value, init) in enumerate(zip(values[1 : 1 + len(carried)], carried, strict=True)):
        if value.type != init.type:
            raise cx.error(f"loop-carried value #{index} changes type from {init.type} to {value.type}; ember needs it unchanged")
    return block, values


def _scalar_input(cx: NodeContext, index: int, element: Attribute) -> SSAValue | None:
    """Input ``index`` (trip count / condition) as a one-element tensor of ``element``, or None."""
    value = cx.optional(index)
    if value is None:
        return None
    if not isinstance(value.type, TensorType) or np.prod(value.type.get_shape()) != 1:
        raise cx.error(f"input #{index} must hold one value, got {value.type}")
    return value if graph.elem_of(value.type) == element else cx.value(graph.CastOp, [value], {"to": element})


UNROLL_MAX_TRIPS = 64
"""A Loop whose trip count and condition are known at import runs unrolled up to this many
iterations (its iteration number then is a constant, which ops needing static operands such as
Slice's starts can read)..."""

UNROLL_MAX_NODES = 2048
"""... as long as the unrolled body has at most this many ONNX nodes in all (compile time)."""


@converter("Loop", 1)
@structured("Loop")
def loop(cx: NodeContext) -> list[SSAValue]:
    carried = [cx.input(k) for k in range(2, len(cx.inputs))]
    if any(is_structured(v) for v in carried):
        return _unroll_structured(cx, carried)
    trip, cond = _scalar_input(cx, 0, graph.i64), _scalar_input(cx, 1, graph.i1)
    body = _graph(cx, "body")
    if cond is None:
        cond = cx.constant(np.array(True))
    if trip is None:
        return _while(cx, body, cond, carried)
    count, go = cx.builder.static(trip), cx.builder.static(cond)
    if len(body.output) > 1 + len(carried):  # scan outputs: their length is needed at compile time
        count = np.asarray(cx.static_scalar(0, "trip count of a Loop with scan outputs"))
        go = np.asarray(True) if not cx.has(1) else np.asarray(bool(cx.static_scalar(1, "condition of a Loop with scan outputs")))
    if count is not None and go is not None:
        trips = int(count.reshape(-1)[0]) if bool(go.reshape(-1)[0]) else 0
        if trips <= 0:  # fold: no iteration runs
            _, values = _loop_body(cx, body, carried)
            return [*carried, *(_empty_scan(cx, s) for s in values[1 + len(carried) :])]
        if trips <= UNROLL_MAX_TRIPS and trips * len(body.node) <= UNROLL_MAX_NODES:
            unrolled = _unroll(cx, body, carried, trips)
            if unrolled is not None:
                return unrolled
    return _loop_op(cx, body, trip, cond, carried, count)


def _unroll_structured(cx: NodeContext, carried: list[Any]) -> list[Any]:
    """A Loop carrying sequences or optionals (their lengths change per iteration): unrolled,
    with its trip count and condition known at import (graph inputs take ember's specialising
    route), at most `UNROLL_MAX_TRIPS` iterations."""
    body = _graph(cx, "body")
    trips = cx.static_scalar(0, "trip count of a Loop carrying sequences or optionals") if cx.has(0) else None
    go = bool(cx.static_scalar(1, "condition of a Loop carrying sequences or optionals")) if cx.has(1) else True
    scans = len(body.output) > 1 + len(carried)
    if not go or trips == 0:
        if scans:
            raise cx.error("a Loop carrying sequences or optionals that runs no iteration cannot type its scan outputs")
        return carried
    limit = UNROLL_MAX_TRIPS if trips is None else int(trips)
    if limit > UNROLL_MAX_TRIPS or limit * len(body.node) > UNROLL_MAX_NODES:
        raise UnsupportedError(f"{cx.label}: a Loop carrying sequences or optionals runs unrolled, at most {UNROLL_MAX_TRIPS} iterations "
                               f"and {UNROLL_MAX_NODES} nodes in all; this one asks for {limit} iterations of {len(body.node)} nodes")
    unrolled = _unroll(cx, body, carried, limit, until_false=trips is None)
    if unrolled is None:
        raise UnsupportedError(f"{cx.label}: a Loop carrying sequences or optionals needs its condition known at compile time in every iteration")
    return unrolled


def _while(cx: NodeContext, body: onnx.GraphProto, cond: SSAValue, carried: list[SSAValue]) -> list[SSAValue]:
    """A Loop without a trip count: unrolled when its condition is known at import in every
    iteration and turns false within `UNROLL_MAX_TRIPS` (what ``torch.while_loop`` over a
    counter exports), else refused."""
    go = cx.builder.static(cond)
    if go is not None and not bool(go.reshape(-1)[0]):
        _, values = _loop_body(cx, body, carried)
        return [*carried, *(_empty_scan(cx, s) for s in values[1 + len(carried) :])]
    unrolled = _unroll(cx, body, carried, UNROLL_MAX_TRIPS, until_false=True) if go is not None else None
    if unrolled is None:
        raise UnsupportedError(
            f"{cx.label}: a Loop without a trip count (a while loop) is supported only when its condition is known "
            f"at compile time and turns false within {UNROLL_MAX_TRIPS} iterations"
        )
    return unrolled


def _loop_op(cx: NodeContext, body: onnx.GraphProto, trip: SSAValue, cond: SSAValue, carried: list[SSAValue], count: np.ndarray | None) -> list[SSAValue]:
    """``graph.loop`` for the node (scan outputs only when their length is ``count``)."""
    block, values = _loop_body(cx, body, carried)
    slices = values[1 + len(carried) :]
    block.add_op(graph.YieldOp(*values))
    block.last_op.location = cx.builder.location
    if slices and not (values[0] is block.args[1] or _is_true(cx, values[0])):
        raise UnsupportedError(
            f"{cx.label}: a Loop with scan outputs whose body computes its condition (an early exit "
            "makes the outputs' length data-dependent) is not supported"
        )
    length = int(count.reshape(-1)[0]) if slices and count is not None else 0
    scan_types = [graph.tensor([length, *graph.shape_of(s.type)], graph.elem_of(s.type)) for s in slices]
    op = graph.LoopOp(trip, cond, carried, [*(v.type for v in carried), *scan_types], block)
    cx.builder._insert(op)  # noqa: SLF001  (the builder's insertion, with the node's location)
    return list(op.results)


def _unroll(cx: NodeContext, body: onnx.GraphProto, carried: list[SSAValue], trips: int, until_false: bool = False) -> list[SSAValue] | None:
    """The body imported ``trips`` times in a row (stopping where its condition, which must be
    known at import, turns false); None if the condition is only known at run time, or (with
    ``until_false``) if it is still true after ``trips`` iterations."""
    values, scans = list(carried), []
    for i in range(trips + 1 if until_false else trips):
        if i == trips:
            return None
        outs = import_subgraph(cx.importer, body, cx.builder, [cx.constant(np.array(i, np.int64)), cx.constant(np.array(True)), *values])
        for index, (new, old) in enumerate(zip(outs[1 : 1 + len(carried)], values, strict=True)):
            if not is_structured(new) and not is_structured(old) and new.type != old.type:
                raise cx.error(f"loop-carried value #{index} changes type from {old.type} to {new.type}; ember needs it unchanged")
        values, flag = outs[1 : 1 + len(carried)], cx.builder.static(outs[0])
        scans.append(outs[1 + len(carried) :])
        if flag is None:
            return None
        if not bool(np.asarray(flag).reshape(-1)[0]):
            break
    if any(is_structured(s) for per_step in scans for s in per_step):
        raise cx.error("a Loop's scan outputs must be tensors")
    stacked = [
        cx.value(graph.ConcatOp, [cx.value(graph.UnsqueezeOp, [s], {"axes": graph.ints_attr([0])}) for s in per_output], {"axis": graph.int_attr(0)})
        for per_output in zip(*scans, strict=True)
    ]  # fmt: skip
    return [*values, *stacked]


def _is_true(cx: NodeContext, value: SSAValue) -> bool:
    known = cx.builder.static(value)
    return known is not None and bool(np.asarray(known).reshape(-1)[0])


def _empty_scan(cx: NodeContext, slice_value: SSAValue) -> SSAValue:
    shape = (0, *graph.shape_of(slice_value.type))
    return cx.constant(np.zeros(shape, graph.numpy_dtype(graph.elem_of(slice_value.type))))
