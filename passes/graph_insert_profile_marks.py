"""``graph-insert-profile-marks``: timer calls between the kernels of a function, for the
per-operator profiler (``ember.compile(..., profile=True)``, ``exe.profile``).

GRAPH STAGE, after ``graph-fuse`` and before ``convert-graph-to-linalg``; only the driver's
profiling compile runs it, so an ordinary compile carries no trace of it. Every top-level op of a
function that computes something (constants excluded) belongs to a **unit**: its fusion group
(``ember.fusion_group``, one loop nest after lowering) or, outside a group, the op alone. A call
``func.call @ember_profile_mark(%id)`` is put before every op that starts a different unit than
the op before it, and one before the ``func.return``::

    %c = graph.conv %x, %w ... {ember.fusion_group = 0}       func.call @ember_profile_mark(%c0)
    %r = graph.relu %c {ember.fusion_group = 0}          ==>   %c = graph.conv ...; %r = graph.relu %c ...
    %p = graph.max_pool %r                                     func.call @ember_profile_mark(%c1)
    func.return %p                                             %p = graph.max_pool %r
                                                               func.call @ember_profile_mark(%c2)
                                                               func.return %p

The calls have effects, so no pass moves or removes them, and every graph op lowers in place: at
run time, the time between mark ``k`` and mark ``k + 1`` is the code of segment ``k``. A unit
whose ops are not adjacent (a residual ``add`` fused into an earlier conv) has several segments;
the runtime sums them. The runtime defines ``ember_profile_mark`` (it writes a monotonic clock
reading into slot ``id`` of a buffer, ``ember.runtime.profile``) and reads the layout from the
function's attributes:

* ``ember.profile_units``: one dictionary per unit: ``nodes`` (the ONNX node names of its ops,
  from their ``loc(...)``), ``ops`` (op names), ``flops`` (2 x multiply-accumulates, when the
  unit has a conv / matmul / gemm; see ``ember.dialects.graph.flops``);
* ``ember.profile_segments``: the unit of each segment (one fewer than the marks).

Mark ids are numbered across the module, so one buffer serves every function.

Pre-condition: graph stage. Post-condition: every function with a body calls
``@ember_profile_mark`` (declared in the module) around its units and carries the two attributes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from xdsl.context import Context
from xdsl.dialects import arith, func
from xdsl.dialects.builtin import (
    ArrayAttr,
    DictionaryAttr,
    IntegerAttr,
    ModuleOp,
    NameLoc,
    StringAttr,
    i64,
)
from xdsl.ir import Attribute, Operation
from xdsl.passes import ModulePass

from ember.dialects import graph
from ember.dialects.graph.base import fusion_group
from ember.dialects.graph.flops import flop_count
from ember.registry import register_pass

PROFILE_MARK = "ember_profile_mark"
"""The timer hook the runtime defines (``ember.runtime.profile.PROFILE_MARK``, same string)."""

UNITS_ATTR = "ember.profile_units"
SEGMENTS_ATTR = "ember.profile_segments"

CONSTANTS = (graph.ConstantOp, graph.FillOp)
"""Ops that compute nothing at run time (weights, splats): they open no segment."""


def node_name(op: Operation) -> str:
    """The ONNX node an op came from (its ``loc("name")``), else its op name."""
    location = op.location
    if isinstance(location, NameLoc):
        return location.desc.data
    return op.name


@dataclass
class _Unit:
    ops: list[Operation] = field(default_factory=list)

    def record(self) -> DictionaryAttr:
        fields: dict[str, Attribute] = {
            "nodes": ArrayAttr([StringAttr(node_name(op)) for op in self.ops]),
            "ops": ArrayAttr([StringAttr(op.name) for op in self.ops]),
        }
        counts = [c for c in (flop_count(op) for op in self.ops) if c is not None]
        if counts:
            fields["flops"] = IntegerAttr(sum(counts), i64)
        return DictionaryAttr(fields)


def _mark(before: Operation, mark: int) -> None:
    block = before.parent_block()
    assert block is not None
    constant = arith.ConstantOp(IntegerAttr(mark, i64))
    block.insert_op_before(constant, before)
    block.insert_op_before(func.CallOp(PROFILE_MARK, [constant.result], []), before)


def mark_function(fn: func.FuncOp, first_mark: int) -> int:
    """Put the marks into ``fn``'s body, starting at id ``first_mark``; the next free id."""
    units: dict[object, _Unit] = {}
    segments: list[int] = []
    current: object = None
    mark = first_mark
    for op in list(fn.body.block.ops):
        if isinstance(op, func.ReturnOp):
            _mark(op, mark)
            mark += 1
            break
        if isinstance(op, CONSTANTS) or not op.results:
            continue
        group = fusion_group(op)
        key: object = ("group", group) if group is not None else op
        if key != current:
            _mark(op, mark)
            mark += 1
            current = key
            segments.append(list(units).index(key) if key in units else len(units))
        units.setdefault(key, _Unit()).ops.append(op)
    fn.attributes[UNITS_ATTR] = ArrayAttr([u.record() for u in units.values()])
    fn.attributes[SEGMENTS_ATTR] = ArrayAttr([IntegerAttr(s, i64) for s in segments])
    return mark


@register_pass
@dataclass(frozen=True)
class GraphInsertProfileMarksPass(ModulePass):
    """Put profiler timer calls between the units (fusion groups, single ops) of each function.

    Graph stage, after graph-fuse; run by ember.compile(..., profile=True) only. Post-condition:
    each function calls the hook before every unit and before its return, and records its units
    (ONNX node names, ops, flops) and the unit of each segment as attributes."""

    name = "graph-insert-profile-marks"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        functions = [f for f in op.ops if isinstance(f, func.FuncOp) and f.body.blocks]
        if not functions or any(f.sym_name.data == PROFILE_MARK for f in op.ops if isinstance(f, func.FuncOp)):
            return
        mark = 0
        for fn in functions:
            mark = mark_function(fn, mark)
        op.body.block.add_op(func.FuncOp.external(PROFILE_MARK, [i64], []))
