"""``plan-memory``: every intermediate buffer of an entry function becomes a view of one arena.

MEMREF STAGE -> MEMREF STAGE, in ``lower-to-loops`` after the micro-kernel passes (which add
their scratch buffers) and before ``linalg-vectorize`` (so elementwise ``linalg.generic`` ops
are still recognisable for in-place reuse). ``bufferize`` leaves each intermediate as a top-level
``memref.alloc`` (64-byte aligned) freed by a ``memref.dealloc`` after its last use; this pass
replaces every such pair by a view of a caller-provided arena::

    func.func @main(%x: memref<..>, %out0: memref<..>)        func.func @main(%x: memref<..>, %out0: memref<..>,
        attributes {ember.num_outputs = 1} {                           %arena: memref<4096xi8>)
      %a = memref.alloc() : memref<8x32xf32>            ==>      attributes {ember.num_outputs = 1, ember.arena_bytes = 4096,
      ...                                                          ember.intermediate_bytes = 5120, ember.arena_buffers = 3} {
      memref.dealloc %a : memref<8x32xf32>                     %c0 = arith.constant 0 : index
                                                               %a = memref.view %arena[%c0][] : memref<4096xi8> to memref<8x32xf32>

The calling convention grows one trailing argument: after the outputs (``ember.num_outputs`` of
them) comes ``%arena: memref<Nxi8>``, N = ``ember.arena_bytes``, 64-byte aligned, owned by the
caller (the runtime keeps one arena per concurrently running call; see ``docs/memory.md``).
``ember.intermediate_bytes`` is the sum of the planned buffers' sizes (each rounded up to 64
bytes), ``ember.arena_buffers`` their number and ``ember.peak_live_bytes`` the largest sum of
the sizes of buffers live at one op (in-place pairs counted once), which no arena can undercut;
the runtime reports them.

Lifetimes: the ops of the function's body are numbered; a buffer lives from the first to the
last top-level op that uses it or a view of it (uses inside loops count for the loop). Offsets
come from :func:`ember.lowering.arena.plan_arena` (greedy by size, best fit; every offset a
multiple of 64).

In place: a ``linalg.generic`` whose iterators are all parallel and whose one output is written
through the identity map may write its output into the bytes of an input that dies at it and is
read through the identity map too (the input's last use and the output's first use are that op,
same byte size, same element width): the two buffers are planned as one. Each output element is
then computed from the input element at the same address, which the vector and scalar loops read
before they write it; the other inputs (broadcast bias, ...) are live at that op, so they never
share bytes with either.

Run-time-sized intermediates (a dynamic batch or sequence) are planned symbolically into one
run-time arena allocated by the call (:mod:`ember.lowering.plan_run_time_memory`).

Allocs nested in loops: one directly in the body of a one-dimensional ``scf.parallel`` with
constant bounds (that is not itself inside another ``scf.parallel``) gets one slot per iteration
(``trips`` x its size; iteration ``i`` uses slot ``(i - lb) / step``), live for the top-level op
holding the loop, so concurrent iterations never share bytes. Any other nested alloc (none of
ember's kernels emits one) is left as it is, a heap allocation at run time.

Pre-condition: memref stage of ``bufferize`` (identity layouts; run-time sizes as alloc
operands), entry functions marked ``ember.num_outputs``. Post-condition: no planned ``memref.alloc`` / ``memref.dealloc``
remains; the function carries the plan's attributes and the arena argument.
A function that already has ``ember.arena_bytes`` is left alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from xdsl.context import Context
from xdsl.dialects import arith, func, memref, scf
from xdsl.dialects.builtin import (
    DictionaryAttr,
    FunctionType,
    IndexType,
    IntegerAttr,
    MemRefType,
    ModuleOp,
    NoneAttr,
    i8,
    i64,
)
from xdsl.dialects.linalg import ops as linalg
from xdsl.dialects.linalg.attrs import IteratorType
from xdsl.ir import Block, Operation, SSAValue
from xdsl.ir.affine import AffineMap
from xdsl.passes import ModulePass

from ember.lowering.arena import Lifetime, aligned, peak_live_bytes, plan_arena
from ember.lowering.memref_views import VIEW_OPS, aliases, top_level
from ember.lowering.plan_run_time_memory import RunTimePlanner
from ember.lowering.to_llvm.type_converter import element_byte_width
from ember.registry import register_pass

PASS_NAME = "plan-memory"
NUM_OUTPUTS_ATTR = "ember.num_outputs"
ARENA_BYTES_ATTR = "ember.arena_bytes"
"""Bytes of the arena argument (the last argument of a planned entry function)."""
INTERMEDIATE_BYTES_ATTR = "ember.intermediate_bytes"
"""Sum of the planned buffers' sizes, each rounded up to 64 bytes."""
ARENA_BUFFERS_ATTR = "ember.arena_buffers"
"""Number of planned buffers."""
PEAK_LIVE_BYTES_ATTR = "ember.peak_live_bytes"
"""The largest sum of the sizes of buffers live at one op (a lower bound of any arena)."""



@dataclass
class Buffer:
    """One planned ``memref.alloc``: its bytes, lifetime and the deallocs to delete."""

    alloc: memref.AllocOp
    slot: int
    """Aligned bytes of one instance."""
    start: int
    end: int
    deallocs: list[Operation] = field(default_factory=list)
    loop: scf.ParallelOp | None = None
    """The parallel loop whose every iteration gets its own instance (None: one instance)."""
    trips: int = 1
    tail: int = 0
    """Bytes at the end first touched at op ``tail_start`` (a late tail, ``_late_tail``)."""
    tail_start: int = 0

    @property
    def size(self) -> int:
        return self.slot * self.trips


def _static_type(alloc: memref.AllocOp) -> MemRefType | None:
    t = alloc.memref.type
    if alloc.dynamic_sizes or alloc.symbol_operands or not isinstance(t, MemRefType):
        return None
    if not isinstance(t.layout, NoneAttr) or any(d < 0 for d in t.get_shape()):
        return None
    return t


def _byte_size(t: MemRefType) -> int:
    count = 1
    for d in t.get_shape():
        count *= d
    return count * element_byte_width(t.element_type)


def _constant_index(value: SSAValue) -> int | None:
    owner = value.owner
    if isinstance(owner, arith.ConstantOp) and isinstance(owner.value, IntegerAttr):
        return owner.value.value.data
    return None


def _loop_trips(alloc: memref.AllocOp, block: Block) -> tuple[scf.ParallelOp, int] | None:
    """(loop, trips) when ``alloc`` sits directly in a 1-d constant-bound ``scf.parallel`` that
    has no ``scf.parallel`` ancestor; else None."""
    loop = alloc.parent_op()
    if not isinstance(loop, scf.ParallelOp) or len(loop.lowerBound) != 1:
        return None
    bounds = [_constant_index(v[0]) for v in (loop.lowerBound, loop.upperBound, loop.step)]
    lower, upper, step = bounds
    if lower is None or upper is None or step is None or step <= 0:
        return None
    ancestor = loop.parent_op()
    while ancestor is not None and not isinstance(ancestor, func.FuncOp):
        if isinstance(ancestor, scf.ParallelOp):
            return None
        ancestor = ancestor.parent_op()
    return loop, max(1, -(-(upper - lower) // step))


@dataclass
class FunctionPlanner:
    """Collects the buffers of one entry function, plans them and rewrites the function."""

    fn: func.FuncOp
    block: Block = field(init=False)
    index: dict[Operation, int] = field(init=False)
    buffers: list[Buffer] = field(default_factory=list)
    root: dict[SSAValue, Buffer] = field(default_factory=dict)
    """Every alias of a planned alloc -> its buffer."""

    def __post_init__(self) -> None:
        self.block = self.fn.body.block
        self.index = {op: i for i, op in enumerate(self.block.ops)}

    def collect(self) -> None:
        for alloc in [op for op in self.fn.walk() if isinstance(op, memref.AllocOp)]:
            t = _static_type(alloc)
            if t is None:
                continue
            nested = None if alloc.parent_block() is self.block else _loop_trips(alloc, self.block)
            if alloc.parent_block() is not self.block and nested is None:
                continue
            self._add(alloc, aligned(_byte_size(t)), nested)

    def _add(self, alloc: memref.AllocOp, slot: int, nested: tuple[scf.ParallelOp, int] | None) -> None:
        position = self.index[top_level(alloc, self.block)]
        buffer = Buffer(alloc, slot, position, position)
        if nested is not None:
            buffer.loop, buffer.trips = nested
        used: list[int] = []
        for value in aliases(alloc.memref):
            self.root[value] = buffer
            for use in value.uses:
                if isinstance(use.operation, memref.DeallocOp):
                    buffer.deallocs.append(use.operation)
                elif not isinstance(use.operation, VIEW_OPS):
                    used.append(self.index[top_level(use.operation, self.block)])
        if used:
            buffer.start, buffer.end = min(used), max(used)
        if nested is None:
            buffer.tail, buffer.tail_start = self._late_tail(alloc, buffer.start)
        self.buffers.append(buffer)

    def _late_tail(self, alloc: memref.AllocOp, start: int) -> tuple[int, int]:
        """(bytes, first op) of the end of an ``i8`` buffer that only views at offset 0 use,
        beyond the largest view used at ``start``: a pad written in place
        (``memref-pad-in-place``), whose border bytes the producer of the source never touches.
        (0, 0) when there is none."""
        views: list[tuple[int, int]] = []  # (bytes, first top-level use)
        for use in alloc.memref.uses:
            view = use.operation
            if isinstance(view, memref.DeallocOp):
                continue
            if not isinstance(view, memref.ViewOp) or _constant_index(view.byte_shift) != 0 or view.sizes:
                return 0, 0
            t = view.result.type
            assert isinstance(t, MemRefType)
            first = [self.index[top_level(u.operation, self.block)] for v in aliases(view.result) for u in v.uses
                     if not isinstance(u.operation, (*VIEW_OPS, memref.DeallocOp))]  # fmt: skip
            if first:
                views.append((_byte_size(t), min(first)))
        head = max((size for size, first in views if first == start), default=0)
        late = [first for size, first in views if size > head]
        if not late or head == 0:
            return 0, 0
        return _byte_size(alloc.memref.type) - head, min(late)  # type: ignore[arg-type]

    # -- in place ---------------------------------------------------------------------------

    def in_place_pairs(self) -> list[tuple[Buffer, Buffer]]:
        """(input, output) buffers that may share bytes: see the module docstring."""
        pairs = []
        for op in self.block.ops:
            if isinstance(op, linalg.GenericOp) and _elementwise(op):
                pair = self._in_place(op, self.index[op])
                if pair is not None:
                    pairs.append(pair)
        return pairs

    def _in_place(self, op: linalg.GenericOp, position: int) -> tuple[Buffer, Buffer] | None:
        out = op.outputs[0]
        target = self.root.get(out)
        if target is None or target.loop is not None or target.start != position:
            return None
        identity = AffineMap.identity(len(op.iterator_types.data))
        for value, indexing in zip(op.inputs, op.indexing_maps.data, strict=False):
            source = self.root.get(value)
            if source is None or source is target or source.loop is not None or indexing.data != identity:
                continue
            if source.end == position and source.slot == target.slot and _same_width(value, out):
                if self._read_only_through_identity(op, source, identity):
                    return source, target
        return None

    def _read_only_through_identity(self, op: linalg.GenericOp, source: Buffer, identity: AffineMap) -> bool:
        """Whether every input of ``op`` that is ``source`` (or a view of it) reads the identity."""
        return all(
            indexing.data == identity
            for value, indexing in zip(op.inputs, op.indexing_maps.data, strict=False)
            if self.root.get(value) is source
        )

    # -- planning and rewriting ---------------------------------------------------------------

    def groups(self) -> list[list[Buffer]]:
        """The buffers planned as one (in-place pairs joined), in the order of their union-find
        roots (the order the arena planner breaks ties in)."""
        group = list(range(len(self.buffers)))
        number = {id(b): i for i, b in enumerate(self.buffers)}

        def find(i: int) -> int:
            while group[i] != i:
                i = group[i]
            return i

        for source, target in self.in_place_pairs():
            group[find(number[id(target)])] = find(number[id(source)])
        members: dict[int, list[Buffer]] = {}
        for i, b in enumerate(self.buffers):
            members.setdefault(find(i), []).append(b)
        return [members[root] for root in sorted(members)]

    def plan(self) -> tuple[list[int], int, int]:
        """The offset of each buffer, the arena size and the peak of live bytes."""
        groups = self.groups()
        lifetimes = [group_lifetime(members) for members in groups]
        arena = plan_arena(lifetimes)
        offset_of = {id(b): offset for members, offset in zip(groups, arena.offsets, strict=True) for b in members}
        return [offset_of[id(b)] for b in self.buffers], arena.size, peak_live_bytes(lifetimes)

    def rewrite(self, offsets: list[int], size: int, peak: int) -> None:
        arena = self._add_arena_argument(size)
        for buffer, offset in zip(self.buffers, offsets, strict=True):
            for dealloc in buffer.deallocs:
                dealloc.detach()
                dealloc.erase()
            _replace_alloc(buffer, arena, offset)
        attrs = self.fn.attributes
        attrs[ARENA_BYTES_ATTR] = IntegerAttr(size, i64)
        attrs[INTERMEDIATE_BYTES_ATTR] = IntegerAttr(sum(b.size for b in self.buffers), i64)
        attrs[ARENA_BUFFERS_ATTR] = IntegerAttr(len(self.buffers), i64)
        attrs[PEAK_LIVE_BYTES_ATTR] = IntegerAttr(peak, i64)

    def _add_arena_argument(self, size: int) -> SSAValue:
        arena_type = MemRefType(i8, [size])
        arena = self.block.insert_arg(arena_type, len(self.block.args))
        arena.name_hint = "arena"
        inputs = [*self.fn.function_type.inputs.data, arena_type]
        self.fn.function_type = FunctionType.from_lists(inputs, list(self.fn.function_type.outputs.data))
        if self.fn.arg_attrs is not None:
            self.fn.arg_attrs = type(self.fn.arg_attrs)([*self.fn.arg_attrs.data, DictionaryAttr({})])
        return arena


def group_lifetime(members: list[Buffer]) -> Lifetime:
    """The lifetime of buffers planned as one (in place): the largest size, the first start and
    the last end; a late tail when one member has it and every other member fits its head."""
    size = max(b.size for b in members)
    start, end = min(b.start for b in members), max(b.end for b in members)
    tailed = [b for b in members if b.tail]
    if len(tailed) != 1 or tailed[0].size != size:
        return Lifetime(size, start, end)
    head = size - tailed[0].tail
    if any(b.size > head for b in members if b is not tailed[0]):
        return Lifetime(size, start, end)
    return Lifetime(size, start, end, tailed[0].tail, tailed[0].tail_start)


def _elementwise(op: linalg.GenericOp) -> bool:
    """All iterators parallel, one output, written through the identity map."""
    loops = len(op.iterator_types.data)
    if len(op.outputs) != 1 or any(it.data != IteratorType.PARALLEL for it in op.iterator_types.data):
        return False
    return op.indexing_maps.data[-1].data == AffineMap.identity(loops)


def _same_width(a: SSAValue, b: SSAValue) -> bool:
    ta, tb = a.type, b.type
    if not (isinstance(ta, MemRefType) and isinstance(tb, MemRefType)):
        return False
    if not (isinstance(ta.layout, NoneAttr) and isinstance(tb.layout, NoneAttr)):
        return False
    return element_byte_width(ta.element_type) == element_byte_width(tb.element_type)


def _replace_alloc(buffer: Buffer, arena: SSAValue, offset: int) -> None:
    """``buffer.alloc`` -> ``memref.view`` of ``arena`` at its byte offset (per iteration for a
    buffer of a parallel loop)."""
    alloc = buffer.alloc
    ops: list[Operation] = [arith.ConstantOp(IntegerAttr(offset, IndexType()))]
    shift = ops[0].results[0]
    if buffer.loop is not None:
        loop = buffer.loop
        slot = arith.ConstantOp(IntegerAttr(buffer.slot, IndexType()))
        relative = arith.SubiOp(loop.body.block.args[0], loop.lowerBound[0])
        iteration = arith.DivUIOp(relative, loop.step[0])
        scaled = arith.MuliOp(iteration, slot)
        total = arith.AddiOp(scaled, shift)
        ops += [slot, relative, iteration, scaled, total]
        shift = total.result
    view = memref.ViewOp(arena, shift, [], alloc.memref.type)  # type: ignore[arg-type]
    view.result.name_hint = alloc.memref.name_hint
    block = alloc.parent_block()
    assert block is not None
    block.insert_ops_before([*ops, view], alloc)
    alloc.memref.replace_all_uses_with(view.result)
    alloc.detach()
    alloc.erase()


def plan_function(fn: func.FuncOp) -> None:
    """Plan one entry function's intermediates into an arena argument (see the module docstring)."""
    planner = FunctionPlanner(fn)
    planner.collect()
    offsets, size, peak = planner.plan()
    run_time = RunTimePlanner(planner.block, planner.index)
    run_time.collect(lambda op: top_level(op, planner.block))
    planner.rewrite(offsets, size, peak)
    run_time.rewrite(fn)


@register_pass
@dataclass(frozen=True)
class PlanMemoryPass(ModulePass):
    """Plan the intermediate buffers of entry functions into one caller-provided arena (lifetimes, in place).

    Pre-condition: the memref stage of ``bufferize`` (functions marked ``ember.num_outputs``).
    Post-condition: their planned allocs are ``memref.view``s of a trailing ``memref<Nxi8>``
    arena argument (run-time-sized ones of one run-time arena the function allocates), their
    deallocs are gone, and ``ember.arena_bytes`` /
    ``ember.intermediate_bytes`` / ``ember.arena_buffers`` / ``ember.peak_live_bytes`` record
    the plan.
    """

    name = "plan-memory"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for fn in list(op.ops):
            if not isinstance(fn, func.FuncOp) or not fn.body.blocks:
                continue
            if NUM_OUTPUTS_ATTR in fn.attributes and ARENA_BYTES_ATTR not in fn.attributes:
                plan_function(fn)
