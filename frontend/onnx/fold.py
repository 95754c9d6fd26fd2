"""Import-time evaluation of ONNX nodes ember has no converter for, when all their inputs are
constants (or computable from constants): onnx's own reference evaluator runs the node and its
outputs become ``graph.constant`` ops.

This keeps constant subgraphs that exporters emit (window functions, NonZero/Unique on constant
masks, ...) from blocking an import. `static_value_names` decides up front, from the node list
alone, which values will be static, so unsupported ops on dynamic data are still reported all at
once before anything is built.
"""

from __future__ import annotations

import numpy as np
import onnx
from onnx import helper
from xdsl.ir import SSAValue

from ember.frontend.onnx.builder import NodeContext

NEVER_FOLDED = frozenset({
    "RandomNormal", "RandomNormalLike", "RandomUniform", "RandomUniformLike", "Multinomial",
    "Bernoulli", "If", "Loop", "Scan", "SequenceMap",
})  # fmt: skip
"""Ops that are not functions of their inputs (random) or carry subgraphs."""

SHAPE_ONLY = frozenset({"Shape", "Size"})
"""Ops whose outputs are static whatever their input, since every shape is static."""


def static_value_names(graph: onnx.GraphProto) -> set[str]:
    """Names of the values that will be known at import (initializers, constants and what only
    depends on them or on shapes)."""
    static = {t.name for t in graph.initializer}
    for node in graph.node:
        inputs = [n for n in node.input if n]
        if node.op_type in SHAPE_ONLY or (node.op_type not in NEVER_FOLDED and all(n in static for n in inputs)):
            static.update(n for n in node.output if n)
    return static


def foldable(node: onnx.NodeProto, static: set[str]) -> bool:
    return (
        node.op_type not in NEVER_FOLDED
        and not any(a.type in (onnx.AttributeProto.GRAPH, onnx.AttributeProto.GRAPHS) for a in node.attribute)
        and all(n in static for n in node.input if n)
    )


def fold_with_onnx_reference(cx: NodeContext) -> list[SSAValue]:
    """Evaluate the node with ``onnx.reference`` on its constant inputs."""
    from onnx.reference import ReferenceEvaluator

    arrays = {name: cx.static(i, f"'{name}'") for i, name in enumerate(cx.node.input) if name}
    inputs = [helper.make_tensor_value_info(n, helper.np_dtype_to_tensor_dtype(a.dtype), a.shape)  # type: ignore[union-attr]
              for n, a in arrays.items()]  # fmt: skip
    outputs = [helper.make_empty_tensor_value_info(n) for n in cx.node.output if n]
    model = helper.make_model(
        helper.make_graph([cx.node], "fold", inputs, outputs), opset_imports=[helper.make_opsetid("", cx.opset)]
    )
    try:
        results = ReferenceEvaluator(model).run(None, arrays)
    except Exception as error:  # onnx's evaluator: any failure means we cannot fold this node
        raise cx.error(f"has no converter, and evaluating it at import failed: {error}") from error
    return [cx.builder.constant(np.asarray(r), n) for r, n in zip(results, (n for n in cx.node.output if n), strict=True)]
