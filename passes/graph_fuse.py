"""``graph-fuse``: form fusion groups at the graph stage (the policy the lowering follows).

GRAPH STAGE, after ``graph-optimize`` and before ``convert-graph-to-linalg``. The pass only
decides; it marks every member of a group with the discardable attribute
``ember.fusion_group = <id> : i64`` and changes nothing else, so the IR stays valid graph IR and
running it twice gives the same groups. The lowering follows the marks:

* ``convert-graph-to-linalg`` copies a graph op's mark onto the linalg op that computes its
  result;
* ``linalg-fuse-elementwise`` (tensor stage) merges the elementwise generics of a group into one
  ``linalg.generic`` (one loop nest per group);
* the micro-kernel passes (memref stage) write a group's merged elementwise op into the store
  loop of its anchor (conv / matmul / gemm): its epilogue.

A group is a chain: an **anchor** (``graph.conv``, ``graph.matmul``, ``graph.gemm``) or an
elementwise op (``graph.add`` ... ``graph.clip``, ``graph.cast``: the ops lowered as elementwise
generics) followed by the elementwise ops that consume it. An elementwise op joins the group of
one of its operands' producers when

* that producer is an anchor or elementwise op whose result has no other user,
* the result has the operand's shape (no broadcast of the producer, which would recompute it per
  broadcast element),
* for a group with an anchor: every other operand is defined before the anchor (the epilogue
  runs inside the anchor's loops, where later values do not exist yet).

Of several candidates it joins the group whose producer comes last, so a residual ``add`` of two
convolutions becomes the epilogue of the second one, reading the first one's finished result.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from xdsl.context import Context
from xdsl.dialects import func
from xdsl.dialects.builtin import IntegerAttr, ModuleOp, TensorType, i64
from xdsl.ir import Block, Operation, SSAValue
from xdsl.passes import ModulePass

from ember.dialects import graph
from ember.dialects.graph.base import FUSION_GROUP
from ember.dialects.graph.elementwise import BinaryOp, CastOp, UnaryOp, WhereOp
from ember.registry import register_pass

ANCHORS = (graph.ConvOp, graph.MatmulOp, graph.GemmOp)
"""Ops whose kernels can take an elementwise epilogue."""

ELEMENTWISE = (BinaryOp, UnaryOp, WhereOp, CastOp)
"""Graph ops lowered as one elementwise ``linalg.generic``."""


@dataclass
class _Groups:
    """Group assignment over one block: op -> group id, and each group's anchor."""

    position: dict[Operation, int]
    group_of: dict[Operation, int] = field(default_factory=dict)
    anchor_of: dict[int, Operation | None] = field(default_factory=dict)
    next_id: int = 0

    def open(self, op: Operation) -> int:
        """``op``'s group, created (with ``op`` as its root) when it has none yet."""
        if op not in self.group_of:
            self.group_of[op] = self.next_id
            self.anchor_of[self.next_id] = op if isinstance(op, ANCHORS) else None
            self.next_id += 1
        return self.group_of[op]

    def before_anchor(self, value: SSAValue, anchor: Operation | None) -> bool:
        """Whether ``value`` exists before ``anchor`` runs (always, without an anchor)."""
        if anchor is None or not isinstance(value.owner, Operation):
            return True
        return self.position.get(value.owner, -1) < self.position[anchor]

    def joinable(self, op: Operation, operand: SSAValue) -> bool:
        """Whether ``op`` may join the group of ``operand``'s producer."""
        producer = operand.owner
        if (
            not isinstance(producer, ANCHORS + ELEMENTWISE)
            or producer.parent_block() is not op.parent_block()
        ):
            return False
        if any(use.operation is not op for use in operand.uses) or len(producer.results) != 1:
            return False
        if _shape(operand) != _shape(op.results[0]):
            return False
        anchor = (
            self.anchor_of.get(self.group_of[producer]) if producer in self.group_of else producer
        )
        anchor = anchor if isinstance(anchor, ANCHORS) else None
        return all(v is operand or self.before_anchor(v, anchor) for v in op.operands)

    def place(self, op: Operation) -> None:
        """Put the elementwise ``op`` into the group of its last joinable producer, if any."""
        candidates = [v for v in op.operands if self.joinable(op, v)]
        if not candidates:
            return
        producer = max((v.owner for v in candidates), key=lambda o: self.position[o])  # type: ignore[arg-type]
        group = self.open(producer)  # type: ignore[arg-type]
        self.group_of[op] = group


def _shape(value: SSAValue) -> tuple[int, ...] | None:
    t = value.type
    return tuple(t.get_shape()) if isinstance(t, TensorType) else None


def form_groups(block: Block) -> dict[Operation, int]:
    """Every op of ``block`` that belongs to a group of at least two ops -> its group id
    (renumbered from 0 in block order)."""
    ops = list(block.ops)
    groups = _Groups({op: i for i, op in enumerate(ops)})
    for op in ops:
        if isinstance(op, ELEMENTWISE) and len(op.results) == 1:
            groups.place(op)
    sizes: dict[int, int] = {}
    for group in groups.group_of.values():
        sizes[group] = sizes.get(group, 0) + 1
    renumber: dict[int, int] = {}
    result: dict[Operation, int] = {}
    for op in ops:
        group = groups.group_of.get(op)
        if group is not None and sizes[group] > 1:
            result[op] = renumber.setdefault(group, len(renumber))
    return result


@register_pass
@dataclass(frozen=True)
class GraphFusePass(ModulePass):
    """Mark fusion groups: conv/matmul/gemm with their elementwise epilogues, elementwise chains.

    Graph stage, after graph-optimize. Members get ember.fusion_group = <id>; the lowering emits
    one loop nest per group (linalg-fuse-elementwise, the micro-kernels' epilogues)."""

    name = "graph-fuse"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for fn in [o for o in op.walk() if isinstance(o, func.FuncOp)]:
            for block in fn.body.blocks:
                for member in block.ops:
                    member.attributes.pop(FUSION_GROUP, None)
                for member, group in form_groups(block).items():
                    member.attributes[FUSION_GROUP] = IntegerAttr(group, i64)
