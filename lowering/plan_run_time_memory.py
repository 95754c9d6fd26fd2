"""Run-time-sized intermediates planned into one run-time arena (part of ``plan-memory``).

MEMREF STAGE. An intermediate whose size is known only at run time (``memref.alloc(%b, %s) :
memref<?x?x256xf32>``) cannot live in the caller's fixed arena. It is planned symbolically
instead: its byte size is a *class* (the product of its run-time size operands, ``S = %b * %s``)
times a constant coefficient (the static dims times the element width, here ``256 * 4``).
Buffers of one class are planned together with the static planner
(:func:`ember.lowering.arena.plan_arena`) on their coefficients: offsets ``o`` and a peak ``P``,
multiples of 64, so that at run time the buffer starts at ``base + o * S`` (64-byte aligned
for any ``S``) and the class needs ``P * S`` bytes. Where the first such buffer is allocated, the
function computes every class's ``S`` and allocates **one** buffer of ``sum P * S`` bytes
(``memref.alloc(%total) : memref<?xi8>``, freed before the return); each planned alloc becomes a
``memref.view`` of it with its run-time sizes::

    %a = memref.alloc(%b, %s) : memref<?x?x64xf32>        %S = arith.muli %b, %s
    ...                                          ==>      %total = ...                  (sum P * S)
    memref.dealloc %a                                     %run = memref.alloc(%total) : memref<?xi8>
                                                          %a = memref.view %run[%off][%b, %s] : ... to memref<?x?x64xf32>

A call then makes one heap allocation for all its run-time-sized intermediates instead of one
per buffer, and buffers whose lifetimes do not overlap share bytes, as in the fixed arena.

Planned: top-level allocs with run-time sizes, the identity layout, and size operands defined
before the first of them (entry size arguments or values computed at the function's start).
Others stay heap allocations. The function records ``ember.run_time_buffers`` (how many).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from xdsl.dialects import arith, func, memref
from xdsl.dialects.builtin import (
    DYNAMIC_INDEX,
    IndexType,
    IntegerAttr,
    MemRefType,
    NoneAttr,
    i8,
    i64,
)
from xdsl.ir import Block, BlockArgument, Operation, SSAValue

from ember.lowering.arena import Lifetime, aligned, plan_arena
from ember.lowering.memref_views import VIEW_OPS, aliases
from ember.lowering.to_llvm.type_converter import element_byte_width

RUN_TIME_BUFFERS_ATTR = "ember.run_time_buffers"
"""How many run-time-sized intermediates the function plans into its run-time arena."""


@dataclass
class RunTimeBuffer:
    """One run-time-sized alloc: its class (its size operands), coefficient and lifetime."""

    alloc: memref.AllocOp
    sizes: tuple[SSAValue, ...]
    coefficient: int
    start: int
    end: int
    deallocs: list[Operation] = field(default_factory=list)


def _coefficient(t: MemRefType) -> int:
    count = 1
    for d in t.get_shape():
        count *= d if d != DYNAMIC_INDEX else 1
    return count * element_byte_width(t.element_type)


@dataclass
class RunTimePlanner:
    """Plans the run-time-sized allocs of one function's body ``block`` (ops numbered by ``index``)."""

    block: Block
    index: dict[Operation, int]
    buffers: list[RunTimeBuffer] = field(default_factory=list)

    def collect(self, top_level: Callable[[Operation], Operation]) -> None:
        """The candidate allocs; ``top_level(op)`` is the ancestor of ``op`` in ``block``."""
        for alloc in [op for op in self.block.ops if isinstance(op, memref.AllocOp)]:
            t = alloc.memref.type
            if not alloc.dynamic_sizes or alloc.symbol_operands or not isinstance(t, MemRefType):
                continue
            if not isinstance(t.layout, NoneAttr):
                continue
            position = self.index[alloc]
            buffer = RunTimeBuffer(alloc, tuple(alloc.dynamic_sizes), aligned(_coefficient(t)), position, position)
            used = [position]
            for value in aliases(alloc.memref):
                for use in value.uses:
                    if isinstance(use.operation, memref.DeallocOp):
                        buffer.deallocs.append(use.operation)
                    elif not isinstance(use.operation, VIEW_OPS):
                        used.append(self.index[top_level(use.operation)])
            buffer.start, buffer.end = min(used), max(used)
            self.buffers.append(buffer)
        self._keep_those_sized_before_the_first()

    def _defined_before(self, value: SSAValue, position: int) -> bool:
        if isinstance(value, BlockArgument):
            return value.block is self.block
        owner = value.owner
        return isinstance(owner, Operation) and owner.parent_block() is self.block and self.index[owner] < position

    def _keep_those_sized_before_the_first(self) -> None:
        if not self.buffers:
            return
        first = min(self.index[b.alloc] for b in self.buffers)
        self.buffers = [b for b in self.buffers if all(self._defined_before(v, first) for v in b.sizes)]

    def _definition_order(self, value: SSAValue) -> tuple[int, int]:
        """A fixed order of size values (arguments first, then by defining op): a class is its
        run-time factors as a multiset, listed in this order."""
        if isinstance(value, BlockArgument):
            return -1, value.index
        return self.index[value.owner], value.index  # type: ignore[index,attr-defined]

    def rewrite(self, fn: func.FuncOp) -> None:
        """One run-time arena at the first planned alloc; every planned alloc a view of it."""
        if not self.buffers:
            return
        anchor = min((b.alloc for b in self.buffers), key=lambda op: self.index[op])
        classes: dict[tuple[SSAValue, ...], list[RunTimeBuffer]] = {}
        for buffer in self.buffers:
            classes.setdefault(tuple(sorted(buffer.sizes, key=self._definition_order)), []).append(buffer)
        emit = _Emitter(self.block, anchor)
        total: SSAValue | None = None
        offsets: dict[int, SSAValue] = {}
        for key, members in classes.items():
            plan = plan_arena([Lifetime(b.coefficient, b.start, b.end) for b in members])
            unit = emit.product(list(key))
            base = total if total is not None else emit.const(0)
            for buffer, offset in zip(members, plan.offsets, strict=True):
                offsets[id(buffer)] = emit.add(base, emit.mul(unit, emit.const(offset)))
            region = emit.mul(unit, emit.const(plan.size))
            total = region if total is None else emit.add(total, region)
        assert total is not None
        arena = memref.AllocOp([total], [], MemRefType(i8, [DYNAMIC_INDEX]), IntegerAttr(64, i64))
        arena.memref.name_hint = "run_time_arena"
        self.block.insert_op_before(arena, anchor)
        for buffer in self.buffers:
            _replace(buffer, arena.memref, offsets[id(buffer)])
        terminator = self.block.last_op
        assert terminator is not None
        self.block.insert_op_before(memref.DeallocOp.get(arena.memref), terminator)
        fn.attributes[RUN_TIME_BUFFERS_ATTR] = IntegerAttr(len(self.buffers), i64)


class _Emitter:
    """Index arithmetic inserted before ``anchor`` in ``block``."""

    def __init__(self, block: Block, anchor: Operation) -> None:
        self.block, self.anchor = block, anchor
        self.consts: dict[int, SSAValue] = {}

    def _insert(self, op: Operation) -> SSAValue:
        self.block.insert_op_before(op, self.anchor)
        return op.results[0]

    def const(self, value: int) -> SSAValue:
        if value not in self.consts:
            self.consts[value] = self._insert(arith.ConstantOp(IntegerAttr(value, IndexType())))
        return self.consts[value]

    def _constant(self, value: SSAValue) -> int | None:
        return next((k for k, v in self.consts.items() if v is value), None)

    def mul(self, a: SSAValue, b: SSAValue) -> SSAValue:
        if self._constant(b) in (0, 1):
            return b if self._constant(b) == 0 else a
        return self._insert(arith.MuliOp(a, b))

    def add(self, a: SSAValue, b: SSAValue) -> SSAValue:
        if self._constant(a) == 0 or self._constant(b) == 0:
            return b if self._constant(a) == 0 else a
        return self._insert(arith.AddiOp(a, b))

    def product(self, values: list[SSAValue]) -> SSAValue:
        result = values[0]
        for value in values[1:]:
            result = self.mul(result, value)
        return result


def _replace(buffer: RunTimeBuffer, arena: SSAValue, offset: SSAValue) -> None:
    """``buffer.alloc`` -> ``memref.view`` of the run-time ``arena`` at ``offset``, its deallocs gone."""
    for dealloc in buffer.deallocs:
        dealloc.detach()
        dealloc.erase()
    alloc = buffer.alloc
    view = memref.ViewOp(arena, offset, list(alloc.dynamic_sizes), alloc.memref.type)  # type: ignore[arg-type]
    view.result.name_hint = alloc.memref.name_hint
    block = alloc.parent_block()
    assert block is not None
    block.insert_op_before(view, alloc)
    alloc.memref.replace_all_uses_with(view.result)
    alloc.detach()
    alloc.erase()
