"""IR building blocks shared by the micro-kernel passes (memref stage -> loop stage).

:class:`Builder` inserts ``arith``/``memref``/``vector``/``scf`` ops before an anchor op (or at
the end of a loop body). :func:`emit_grid` walks the output in row x column segments and calls a
tile kernel on each; :func:`emit_tile` is the register-blocked micro-kernel itself: the MR x NR
output tile lives in ``vector<LANES x f32>`` ``iter_args`` of the reduction loop, each step loads
NR/LANES vectors of the vector operand, splats MR scalars of the broadcast operand and issues
MR*NR/LANES ``vector.fma`` (PERFORMANCE.md §1). ``LANES`` comes from the kernel's schedule (the
target's vector width: 16 for zmm, 8 for ymm, 4 for xmm/NEON) for full tiles and is 1 for the
column tail, so every shape is handled without masks.

:meth:`Builder.parallel_loop` is how a kernel marks its parallel loop: an ``scf.parallel`` (with
the team size as ``ember.num_threads``) when the loop gives two of the target's cores a grain
each, else the same ``scf.for``; loops built inside a parallel body are serial.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from xdsl.dialects import arith, memref, scf, vector
from xdsl.dialects.builtin import (
    ArrayAttr,
    DenseArrayBase,
    Float32Type,
    FloatAttr,
    IndexType,
    IntegerAttr,
    MemRefType,
    ModuleOp,
    VectorType,
    f32,
    i32,
    i64,
)
from xdsl.ir import Attribute, Block, Operation, Region, SSAValue

from ember.lowering.kernels.schedule import THREADS_ATTRIBUTE, parallel_threads
from ember.target import target_of

INDEX = IndexType()


@cache
def vector_type(element: Attribute, lanes: int) -> VectorType:
    """``vector<lanes x element>``, built once (xDSL verifies a type on every construction)."""
    return VectorType(element, [lanes])


@cache
def _index_attr(value: int) -> IntegerAttr:
    """The ``value : index`` attribute of an index constant, built once."""
    return IntegerAttr(value, INDEX)


@cache
def _position(lane: int) -> DenseArrayBase:
    """The static position ``[lane]`` of a ``vector.extract`` / ``vector.insert``, built once."""
    return DenseArrayBase.from_list(i64, [lane])


@cache
def _mask(lanes: tuple[int, ...]) -> DenseArrayBase:
    """The ``mask`` of a ``vector.shuffle``, built once."""
    return DenseArrayBase.from_list(i64, list(lanes))


_NO_OVERFLOW = arith.IntegerOverflowAttr("none")
"""What ``arith.addi`` / ``arith.muli`` get from their constructors by default."""


def _make(cls: type[Operation], operands: Sequence[SSAValue], result_types: Sequence[Attribute] = (),
          properties: dict[str, Attribute] | None = None) -> Operation:
    """``cls`` with exactly the operands, result types and properties its xDSL constructor
    would give it, without the constructor's argument regrouping and checks (the ops the
    kernels emit by the thousand; only for ops without segment-size properties)."""
    return cls.create(operands=operands, result_types=result_types, properties=properties or {})


KERNEL_ELEMENTS = (f32, i32)
"""Element types the micro-kernels take: f32 (``vector.fma``) and i32 (``arith.muli`` +
``arith.addi`` on vectors, wrapping like the scalar loops: the integer ops' int32 accumulation)."""


def kernel_element(op: Operation) -> Attribute:
    """The element type of ``op``'s last memref operand (its output) when it is one the kernels
    take, else f32."""
    t = op.operands[-1].type if op.operands else None
    element = t.element_type if isinstance(t, MemRefType) else f32
    return element if element in KERNEL_ELEMENTS else f32

Index = int | SSAValue


class Builder:
    """Appends ops before ``anchor`` in ``block`` (or at the end of ``block`` when no anchor);
    parallel loops may use up to ``threads`` threads. Vectors, splats, scratch buffers and the
    multiply-add are of ``element`` (f32 or i32)."""

    def __init__(self, block: Block, anchor: Operation | None = None, threads: int = 1, element: Attribute = f32) -> None:
        self.block = block
        self.anchor = anchor
        self.threads = threads
        self.element = element
        self.consts: dict[object, SSAValue] = {}

    @staticmethod
    def before(anchor: Operation) -> Builder:
        """A builder inserting before ``anchor`` whose parallel loops may use the cores of the
        target of ``anchor``'s module."""
        block = anchor.parent_block()
        module = anchor.get_toplevel_object()
        assert block is not None
        cores = target_of(module).cores if isinstance(module, ModuleOp) else 1
        return Builder(block, anchor, cores, kernel_element(anchor))

    def op(self, op: Operation) -> Operation:
        if self.anchor is not None:
            self.block.insert_op_before(op, self.anchor)
        else:
            self.block.add_op(op)
        return op

    def idx(self, value: Index) -> SSAValue:
        """An index value: SSA values pass through, ints become (cached) constants."""
        if isinstance(value, SSAValue):
            return value
        if ("i", value) not in self.consts:
            constant = _make(arith.ConstantOp, [], [INDEX], {"value": _index_attr(value)})
            self.consts[("i", value)] = self.op(constant).results[0]
        return self.consts[("i", value)]

    def f32(self, value: float) -> SSAValue:
        if ("f", value) not in self.consts:
            self.consts[("f", value)] = self.op(arith.ConstantOp(FloatAttr(value, f32))).results[0]
        return self.consts[("f", value)]

    def zero(self) -> SSAValue:
        """0 of the builder's element type."""
        if self.element == f32:
            return self.f32(0.0)
        if ("z", self.element) not in self.consts:
            self.consts[("z", self.element)] = self.op(arith.ConstantOp(IntegerAttr(0, self.element))).results[0]
        return self.consts[("z", self.element)]

    def add(self, a: Index, b: Index) -> Index:
        if isinstance(a, int) and isinstance(b, int):
            return a + b
        if b == 0 or a == 0:
            return a if b == 0 else b
        key = ("add", a, b)
        if key not in self.consts:  # values of this block dominate everything appended later
            lhs, rhs = self.idx(a), self.idx(b)
            self.consts[key] = self.op(_make(arith.AddiOp, [lhs, rhs], [lhs.type], {"overflowFlags": _NO_OVERFLOW})).results[0]
        return self.consts[key]

    def sub(self, a: Index, b: Index) -> Index:
        if isinstance(a, int) and isinstance(b, int):
            return a - b
        if b == 0:
            return a
        key = ("sub", a, b)
        if key not in self.consts:
            self.consts[key] = self.op(_make(arith.SubiOp, [self.idx(a), self.idx(b)], [INDEX], {"overflowFlags": _NO_OVERFLOW})).results[0]
        return self.consts[key]

    def mul(self, a: Index, b: int) -> Index:
        if isinstance(a, int):
            return a * b
        if b == 1:
            return a
        key = ("mul", a, b)
        if key not in self.consts:
            self.consts[key] = self.op(_make(arith.MuliOp, [a, self.idx(b)], [a.type], {"overflowFlags": _NO_OVERFLOW})).results[0]
        return self.consts[key]

    def div(self, a: Index, b: int) -> Index:
        if isinstance(a, int):
            return a // b
        return a if b == 1 else self.op(arith.DivUIOp(a, self.idx(b))).results[0]

    def rem(self, a: Index, b: int) -> Index:
        if isinstance(a, int):
            return a % b
        return 0 if b == 1 else self.op(arith.RemUIOp(a, self.idx(b))).results[0]

    def load(self, mem: SSAValue, indices: Sequence[Index]) -> SSAValue:
        element = mem.type.element_type  # type: ignore[attr-defined]
        return self.op(_make(memref.LoadOp, [mem, *(self.idx(i) for i in indices)], [element])).results[0]

    def store(self, value: SSAValue, mem: SSAValue, indices: Sequence[Index]) -> None:
        self.op(_make(memref.StoreOp, [value, mem, *(self.idx(i) for i in indices)]))

    def alloc(self, shape: Sequence[int]) -> SSAValue:
        """A 64-byte aligned scratch buffer of the element type (the caller deallocates it)."""
        return self.op(memref.AllocOp([], [], MemRefType(self.element, list(shape)), IntegerAttr(64, i64))).results[0]

    def leading_size(self, value: SSAValue) -> Index:
        """The leading dim of a memref: its number, or a ``memref.dim`` when it is a run-time
        size (a batch of images)."""
        t = value.type
        assert isinstance(t, MemRefType)
        size = t.get_shape()[0]
        return size if size >= 0 else self.op(memref.DimOp(value, self.idx(0))).results[0]

    def collapse_spatial(self, value: SSAValue, shape: Sequence[int]) -> SSAValue:
        """``value`` ([N][C][H][W]) viewed as ``[N][C][H*W]`` (``shape``)."""
        reassociation = ArrayAttr([ArrayAttr([IntegerAttr(d, i64) for d in dims]) for dims in ([0], [1], [2, 3])])
        collapse = memref.CollapseShapeOp.build(
            operands=[value], result_types=[MemRefType(self.element, list(shape))], properties={"reassociation": reassociation}
        )
        return self.op(collapse).results[0]

    def vload(self, mem: SSAValue, indices: Sequence[Index], lanes: int) -> SSAValue:
        loaded = vector_type(self.element, lanes)
        return self.op(_make(vector.LoadOp, [mem, *(self.idx(i) for i in indices)], [loaded])).results[0]

    def vstore(self, value: SSAValue, mem: SSAValue, indices: Sequence[Index]) -> None:
        self.op(_make(vector.StoreOp, [value, mem, *(self.idx(i) for i in indices)]))

    def splat(self, scalar: SSAValue, lanes: int) -> SSAValue:
        return self.op(_make(vector.BroadcastOp, [scalar], [vector_type(self.element, lanes)])).results[0]

    def extract(self, value: SSAValue, lane: int) -> SSAValue:
        """Lane ``lane`` of the vector ``value``."""
        element = value.type.element_type  # type: ignore[attr-defined]
        return self.op(_make(vector.ExtractOp, [value], [element], {"static_position": _position(lane)})).results[0]

    def insert(self, value: SSAValue, into: SSAValue, lane: int) -> SSAValue:
        """``into`` with lane ``lane`` replaced by the scalar ``value``."""
        return self.op(_make(vector.InsertOp, [value, into], [into.type], {"static_position": _position(lane)})).results[0]

    def shuffle(self, a: SSAValue, b: SSAValue, mask: Sequence[int]) -> SSAValue:
        """``vector.shuffle``: lane ``i`` of the result is lane ``mask[i]`` of ``a`` followed by
        ``b`` (two vectors of one type)."""
        result = vector_type(a.type.element_type, len(mask))  # type: ignore[attr-defined]
        return self.op(_make(vector.ShuffleOp, [a, b], [result], {"mask": _mask(tuple(mask))})).results[0]

    def transpose(self, rows: Sequence[SSAValue]) -> list[SSAValue]:
        """The lanes of ``rows`` (R vectors of L lanes each) as L vectors of R lanes: result
        ``l`` is ``[rows[0][l], ..., rows[R-1][l]]``. Shuffles of two equal vectors pair the rows
        up, log2 levels deep (an odd one out pairs with a copy of the first), then one shuffle
        per lane picks its R values."""
        lanes = rows[0].type.get_shape()[0]  # type: ignore[attr-defined]
        items, unit = list(rows), 1
        while len(items) > 1:  # lane l of an item: ``unit`` consecutive values
            if len(items) % 2:
                items.append(items[0])
            mask = [half + lane * unit + j for lane in range(lanes) for half in (0, lanes * unit) for j in range(unit)]
            items, unit = [self.shuffle(items[i], items[i + 1], mask) for i in range(0, len(items), 2)], unit * 2
        wide = items[0]
        if unit == 1 and lanes == 1:
            return [wide]
        return [self.shuffle(wide, wide, range(lane * unit, lane * unit + len(rows))) for lane in range(lanes)]

    def fma(self, a: SSAValue, b: SSAValue, acc: SSAValue) -> SSAValue:
        """``acc + a * b``: ``vector.fma`` on floats, ``arith.muli`` + ``arith.addi`` on integers."""
        if self.element == f32:
            return self.op(_make(vector.FMAOp, [a, b, acc], [acc.type])).results[0]
        product = self.op(arith.MuliOp(a, b)).results[0]
        return self.op(arith.AddiOp(acc, product)).results[0]

    def add_vectors(self, a: SSAValue, b: SSAValue) -> SSAValue:
        """``a + b`` of the element type."""
        return self.op(arith.AddfOp(a, b) if self.element == f32 else arith.AddiOp(a, b)).results[0]

    def vector_type(self, lanes: int) -> VectorType:
        return vector_type(self.element, lanes)

    def loop(self, lower: Index, upper: Index, step: int, iter_args: Sequence[SSAValue] = ()) -> tuple[scf.ForOp, Builder]:
        """An ``scf.for``; the returned builder appends to its body (caller adds the yield)."""
        body = Block(arg_types=[INDEX, *(v.type for v in iter_args)])
        loop = scf.ForOp(self.idx(lower), self.idx(upper), self.idx(step), list(iter_args), body)
        self.op(loop)
        return loop, self.child(body)

    def child(self, block: Block) -> Builder:
        """A builder of the same kind appending to ``block`` (a loop body)."""
        return Builder(block, threads=self.threads, element=self.element)

    def simple_loop(self, lower: Index, upper: Index, step: int, fill: Callable[[Builder, SSAValue], None]) -> None:
        """An ``scf.for`` without iter_args whose body ``fill(body_builder, iv)`` writes."""
        loop, inner = self.loop(lower, upper, step)
        fill(inner, loop.body.block.args[0])
        inner.op(scf.YieldOp())

    def team(self, lower: int, upper: int, step: int, grain: int) -> int:
        """Threads :meth:`parallel_loop` would use for this loop (1: it would be serial)."""
        iterations = max(0, -(-(upper - lower) // step))
        return parallel_threads(self.threads, iterations, grain) if grain > 0 else 1

    def parallel_loop(self, lower: int, upper: int, step: int, grain: int, fill: Callable[[Builder, SSAValue], None]) -> None:
        """The loop of :meth:`simple_loop` as an ``scf.parallel`` when its iterations give two
        threads ``grain`` each (``grain`` 0: always serial). Iterations must write disjoint
        memory; the body is built serial."""
        threads = self.team(lower, upper, step, grain)
        if threads < 2:
            self.simple_loop(lower, upper, step, fill)
            return
        body = Block(arg_types=[INDEX])
        loop = scf.ParallelOp([self.idx(lower)], [self.idx(upper)], [self.idx(step)], Region(body))
        loop.attributes[THREADS_ATTRIBUTE] = IntegerAttr(threads, i64)
        self.op(loop)
        inner = self.child(body)
        inner.threads = 1
        fill(inner, body.args[0])
        inner.op(scf.ReduceOp())


def is_f32(t: object) -> bool:
    return isinstance(t, Float32Type)


def is_kernel_element(t: object) -> bool:
    """f32 or i32 (:data:`KERNEL_ELEMENTS`)."""
    return t in KERNEL_ELEMENTS


# ---- the micro-kernel -----------------------------------------------------------------------


@dataclass(frozen=True)
class Tap:
    """Tap ``row * per_row + col`` of a kernel window whose rows are a loop (``Shape.tap_rows``):
    ``row`` is that loop's induction variable, ``col`` the unrolled tap within the row."""

    row: SSAValue
    col: int


TapIndex = int | Tap
"""What a tile callback gets as its tap: the tap's number when every tap is unrolled, else a
:class:`Tap`."""


@dataclass
class TileKernel:
    """How one tile reads its operands; every callback emits into the builder it is given.

    ``a(b, k, tap, r)`` -> the broadcast scalar of row ``r``; ``bvec(b, k, tap, v)`` -> vector
    ``v`` of the vector operand; ``init(b, r, v)`` -> the starting accumulator;
    ``store(b, r, v, value)`` writes the finished accumulator back, or, when given,
    ``store_column(b, v, values)`` the accumulators of vector column ``v`` of all rows at once.
    ``tap`` is an int unless the shape has ``tap_rows`` (then a :class:`Tap`)."""

    a: Callable[[Builder, SSAValue, TapIndex, int], SSAValue]
    bvec: Callable[[Builder, SSAValue, TapIndex, int], SSAValue]
    init: Callable[[Builder, int, int], SSAValue]
    store: Callable[[Builder, int, int, SSAValue], None]
    store_column: Callable[[Builder, int, list[SSAValue]], None] | None = None


@dataclass(frozen=True)
class Shape:
    """A tile: ``mr`` rows, ``nvec`` vectors of ``lanes`` columns; the reduction runs over
    ``k_count`` loop steps (from ``k_start``) of ``taps`` sub-steps each. The taps are unrolled,
    or with ``tap_rows`` > 1 an inner loop of ``tap_rows`` steps (a kernel window's rows) runs
    ``taps // tap_rows`` unrolled taps each: LLVM keeps the accumulators in registers either
    way, and the IR of a 3x3 convolution is a third as long (7x7: a seventh)."""

    mr: int
    nvec: int
    lanes: int
    k_count: int
    taps: int = 1
    k_start: Index = 0
    tap_rows: int = 1


def _fma_taps(kb: Builder, shape: Shape, kernel: TileKernel, k: SSAValue, taps: Sequence[TapIndex],
              current: list[SSAValue]) -> list[SSAValue]:  # fmt: skip
    """The FMAs of ``taps`` onto the accumulators ``current``; the new accumulators."""
    current = list(current)
    for tap in taps:
        vectors = [kernel.bvec(kb, k, tap, v) for v in range(shape.nvec)]
        for r in range(shape.mr):
            scalar = kb.splat(kernel.a(kb, k, tap, r), shape.lanes)
            for v in range(shape.nvec):
                slot = r * shape.nvec + v
                current[slot] = kb.fma(scalar, vectors[v], current[slot])
    return current


def emit_tile(b: Builder, shape: Shape, kernel: TileKernel) -> None:
    """Accumulators loaded once, carried through the k loop (and the tap-row loop), stored once."""
    accs = [kernel.init(b, r, v) for r in range(shape.mr) for v in range(shape.nvec)]
    loop, kb = b.loop(shape.k_start, b.add(shape.k_start, shape.k_count), 1, accs)
    k = loop.body.block.args[0]
    current = list(loop.body.block.args[1:])
    if shape.tap_rows > 1:
        rows, rb = kb.loop(0, shape.tap_rows, 1, current)
        row = rows.body.block.args[0]
        taps = [Tap(row, col) for col in range(shape.taps // shape.tap_rows)]
        rb.op(scf.YieldOp(*_fma_taps(rb, shape, kernel, k, taps, list(rows.body.block.args[1:]))))
        current = list(rows.results)
    else:
        current = _fma_taps(kb, shape, kernel, k, range(shape.taps), current)
    kb.op(scf.YieldOp(*current))
    results = loop.results
    if kernel.store_column is not None:
        for v in range(shape.nvec):
            kernel.store_column(b, v, [results[r * shape.nvec + v] for r in range(shape.mr)])
        return
    for r in range(shape.mr):
        for v in range(shape.nvec):
            kernel.store(b, r, v, results[r * shape.nvec + v])


@dataclass(frozen=True)
class Segment:
    """``[start, end)`` in steps of ``width``; tiles in it have ``width`` columns of ``lanes``
    lanes (or ``width`` rows)."""

    start: Index
    end: Index
    """Ints, except the row segments of a run-time row count (:func:`run_time_row_segments`)."""
    width: int
    lanes: int
    clamp: int | None = None
    """When set, the tile at loop position ``p`` starts at ``min(p, clamp)`` (a last block that
    overlaps the previous one instead of a separate tail kernel; only for written, not
    accumulated, outputs)."""


def column_segments(n: int, nr: int, lanes: int) -> list[Segment]:
    """Full NR-wide blocks, one block of the remaining whole vectors, a 1-lane column tail."""
    full = n // nr * nr
    vec = full + (n - full) // lanes * lanes
    segments = [Segment(0, full, nr, lanes), Segment(full, vec, vec - full, lanes), Segment(vec, n, 1, 1)]
    return [s for s in segments if s.end > s.start]


def row_segments(m: int, mr: int) -> list[Segment]:
    """Full MR-row blocks and one block of the M % MR remainder rows."""
    full = m // mr * mr
    return [s for s in (Segment(0, full, mr, 1), Segment(full, m, m - full, 1)) if s.end > s.start]


def run_time_row_segments(b: Builder, m: SSAValue, mr: int) -> list[Segment]:
    """The row segments of a run-time row count ``m``: ``m - m % mr`` rows in MR-row blocks,
    then the remainder one row at a time (the index arithmetic appended to ``b``)."""
    rest = b.op(arith.RemUIOp(m, b.idx(mr))).results[0]
    full = b.op(arith.SubiOp(m, rest)).results[0]
    return [Segment(0, full, mr, 1), Segment(full, m, 1, 1)]


TileFactory = Callable[[Builder, SSAValue, SSAValue, Shape], TileKernel]
"""``factory(b, i, j, shape)`` -> the kernel of the tile at row ``i``, column ``j`` (it may emit
per-tile index arithmetic into ``b``, outside the k loop)."""


def emit_grid(
    b: Builder,
    rows: Sequence[Segment],
    cols: Sequence[Segment],
    k_count: int,
    taps: int,
    factory: TileFactory,
    *,
    k_start: Index = 0,
    row_offset: Index = 0,
    column_grain: int = 0,
    tap_rows: int = 1,
) -> None:
    """Column segments outside, row segments (shifted by ``row_offset``) inside, so the B panel
    is reused across the row blocks; the tiles reduce over ``[k_start, k_start + k_count)``.
    With a ``column_grain`` the first (widest) column segment is the parallel jr loop;
    ``tap_rows`` as in :class:`Shape`."""
    for index, col in enumerate(cols):

        def over_rows(cb: Builder, j: SSAValue, col: Segment = col) -> None:
            if col.clamp is not None:
                j = cb.op(arith.MinSIOp(j, cb.idx(col.clamp))).results[0]
            for row in rows:
                shape = Shape(row.width, col.width // col.lanes, col.lanes, k_count, taps, k_start, tap_rows)

                def tile(rb: Builder, i: SSAValue, shape: Shape = shape) -> None:
                    emit_tile(rb, shape, factory(rb, i, j, shape))

                cb.simple_loop(cb.add(row_offset, row.start), cb.add(row_offset, row.end), row.width, tile)

        b.parallel_loop(col.start, col.end, col.width, column_grain if index == 0 else 0, over_rows)
