"""Converters for ONNX control flow: ``If`` (every opset of the default domain).

A constant condition (known at import) inlines the taken branch into the enclosing block; a
run-time one builds ``graph.if`` with each branch imported into its region
(`ember.frontend.onnx.subgraph`: branches read outer values by implicit capture). Both branches
must yield the same static types; otherwise the import stops with one line naming the node.
"""

from __future__ import annotations

import numpy as np
from xdsl.dialects.builtin import TensorType
from xdsl.ir import Block, SSAValue

from ember.dialects import graph
from ember.frontend.onnx.builder import NodeContext
from ember.frontend.onnx.subgraph import import_subgraph, sub_builder
from ember.frontend.onnx.table import converter


def _branch(cx: NodeContext, name: str) -> object:
    attr = next((a for a in cx.node.attribute if a.name == name), None)
    if attr is None or not attr.HasField("g"):
        raise cx.error(f"attribute '{name}' (a graph) is missing")
    return attr.g


@converter("If", 1)
def if_(cx: NodeContext) -> list[SSAValue]:
    cond = cx.input(0)
    if not isinstance(cond.type, TensorType) or np.prod(cond.type.get_shape()) != 1:
        raise cx.error(f"the condition must hold one value, got {cond.type}")
    then_graph, else_graph = _branch(cx, "then_branch"), _branch(cx, "else_branch")
    known = cx.builder.static(cond)
    if known is not None:  # fold: the taken branch, inline
        return import_subgraph(cx.importer, then_graph if bool(known.reshape(-1)[0]) else else_graph, cx.builder, [])
    if graph.elem_of(cond.type) != graph.i1:
        cond = cx.value(graph.CastOp, [cond], {"to": graph.i1})
    blocks, yielded = [], []
    for sub in (then_graph, else_graph):
        block = Block()
        values = import_subgraph(cx.importer, sub, sub_builder(cx.builder, block), [])
        block.add_op(graph.YieldOp(*values))
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
