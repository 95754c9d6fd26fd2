"""Import of ONNX subgraphs (the graph attributes of If, Loop and Scan) into a block.

A subgraph is converted node by node like the main graph (`ModelImporter.convert`, the same
converter table), with its own name scope chained to the enclosing graph's: a name the subgraph
does not define resolves to the outer value, which the region then uses directly (implicit capture
through SSA dominance, as MLIR regions do; no explicit operands, so captured values need no
plumbing through the op and lowering sees ordinary dominating values). The subgraph's formal
inputs are bound to values the caller gives (block arguments, or outer values when a branch is
inlined), its initializers become constants in the block.
"""

from __future__ import annotations

import copy
from collections import ChainMap
from collections.abc import Sequence
from typing import Any

import onnx
from xdsl.ir import Block, SSAValue

from ember.frontend.onnx.attrs import OnnxImportError
from ember.frontend.onnx.builder import GraphBuilder, name_loc
from ember.frontend.onnx.structured import BoundedValue


def sub_builder(outer: GraphBuilder, block: Block) -> GraphBuilder:
    """A builder appending to ``block`` that shares ``outer``'s knowledge of constant and
    symbolic values (SSA values are unique, so the tables can be shared)."""
    inner = GraphBuilder(block, outer.input_names)
    inner.arrays = outer.arrays
    inner.symbolic = outer.symbolic
    inner._dynamic = outer._dynamic  # noqa: SLF001  (same tables, one builder family)
    inner.location = outer.location
    return inner


def import_subgraph(importer: Any, subgraph: onnx.GraphProto, builder: GraphBuilder, inputs: Sequence[SSAValue]) -> list[SSAValue]:
    """Convert ``subgraph`` into ``builder``'s block with its formal inputs bound to ``inputs``;
    returns its outputs in order. ``importer`` is the enclosing `ModelImporter` (or a scope made
    from one): its values stay visible, names the subgraph defines shadow them."""
    scope = copy.copy(importer)
    scope.graph = subgraph
    scope.values = ChainMap({}, importer.values)
    for info, value in zip(subgraph.input, inputs, strict=True):
        scope.values[info.name] = value
    from ember.frontend.onnx.importer import tensor_to_numpy  # (the importer imports this module)

    for tensor in subgraph.initializer:
        builder.location = name_loc(tensor.name)
        scope.values[tensor.name] = builder.constant(tensor_to_numpy(tensor, f"initializer '{tensor.name}'"), tensor.name)
    for node, conv in zip(subgraph.node, scope.resolve_all(), strict=True):
        scope.convert(node, conv, builder)
    outputs = [scope.lookup(o.name, f"output of subgraph '{subgraph.name}'") for o in subgraph.output]
    for info, value in zip(subgraph.output, outputs, strict=True):
        if isinstance(value, BoundedValue):
            raise OnnxImportError(f"subgraph '{subgraph.name}': output '{info.name}' has a size that depends on the data "
                                  "(ember supports such values as outputs of the main graph only)")  # fmt: skip
    return outputs
