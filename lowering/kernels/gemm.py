"""The GEMM tile grid shared by the 2-D and the batched matmul rewrites (memref stage -> loops).

:func:`emit_gemm` emits ``C[M,N] += A[M,K] B[K,N]`` for one matrix product (packing a constant B
at compile time) and :class:`Gemm` describes how its tiles read the operands: each operand may
carry index ``prefix`` values (the batch indices of a batched matmul, bound by loops around the
grid). :func:`emit_blocked` walks the output ``pc (KC) -> ic (MC) -> jr (NR) -> ir (MR)`` as the
op's :class:`~ember.lowering.kernels.schedule.KernelSchedule` says. Used by
:mod:`ember.lowering.kernels.matmul` (``linalg-matmul-microkernel``) and
:mod:`ember.lowering.kernels.batched`; the recognisers of the MAC ``linalg.generic`` live here too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np
from xdsl.dialects import arith, memref
from xdsl.dialects.builtin import MemRefType
from xdsl.dialects.linalg import ops as linalg
from xdsl.ir import Operation, SSAValue
from xdsl.ir.affine import AffineConstantExpr, AffineDimExpr

from ember.lowering.kernels.builder import (
    Builder,
    Index,
    Segment,
    Shape,
    TapIndex,
    TileFactory,
    TileKernel,
    column_segments,
    emit_grid,
    is_f32,
    is_kernel_element,
    row_segments,
    run_time_row_segments,
)
from ember.lowering.kernels.epilogue import Epilogue
from ember.lowering.kernels.packing import constant_of, packed_global
from ember.lowering.kernels.schedule import KernelSchedule

# ---- recognising the MAC generic --------------------------------------------------------------


def f32_memrefs(op: Operation) -> bool:
    """Whether ``op`` has no results and only f32 memref operands."""
    types = [v.type for v in op.operands]
    return not op.results and all(isinstance(t, MemRefType) and is_f32(t.element_type) for t in types)


def kernel_memrefs(op: Operation) -> bool:
    """Whether ``op`` has no results and only memref operands, all f32 or all i32 (the integer
    ops' int32 accumulation: ``linalg.matmul`` / ``linalg.conv_2d_nchw_fchw`` on i32)."""
    types = [v.type for v in op.operands]
    if op.results or not all(isinstance(t, MemRefType) for t in types):
        return False
    elements = {t.element_type for t in types}  # type: ignore[union-attr]
    return len(elements) == 1 and is_kernel_element(next(iter(elements)))


MapEntry = int | None
"""One indexing-map result: a loop dim position, or None for the constant index 0."""


def dim_maps(op: linalg.GenericOp) -> list[tuple[MapEntry, ...]] | None:
    """Each indexing map as a tuple of dim positions (None for a constant 0 result); None unless
    every result is a dim or the constant 0."""
    maps = []
    for attr in op.indexing_maps.data:
        entries: list[MapEntry] = []
        for e in attr.data.results:
            if isinstance(e, AffineDimExpr):
                entries.append(e.position)
            elif isinstance(e, AffineConstantExpr) and e.value == 0:
                entries.append(None)
            else:
                return None
        maps.append(tuple(entries))
    return maps


def is_mac_body(op: linalg.GenericOp) -> bool:
    """Whether the body is ``yield out + a * b`` (operands of each op in either order)."""
    ops = list(op.body.block.ops)
    if len(ops) != 3 or not isinstance(ops[0], arith.MulfOp) or not isinstance(ops[1], arith.AddfOp):
        return False
    a, b, out = op.body.block.args
    mul, add, yld = ops
    return (
        {mul.lhs, mul.rhs} == {a, b}
        and {add.lhs, add.rhs} == {out, mul.result}
        and isinstance(yld, linalg.YieldOp)
        and list(yld.operands) == [add.result]
    )


def mac_generic(op: Operation, loops: int) -> list[tuple[MapEntry, ...]] | None:
    """The maps of an f32 two-input MAC generic on memrefs with ``loops`` loops, all parallel
    but the last (a reduction); None when ``op`` is not one."""
    if not isinstance(op, linalg.GenericOp) or not f32_memrefs(op) or len(op.inputs) != 2 or len(op.outputs) != 1:
        return None
    iterators = [str(it.data) for it in op.iterator_types.data]
    if iterators != ["parallel"] * (loops - 1) + ["reduction"] or not is_mac_body(op):
        return None
    return dim_maps(op)


# ---- the tile grid ----------------------------------------------------------------------------


def pack_b(b: np.ndarray, nr: int) -> np.ndarray:
    """``B[..., K, N]`` -> ``[..., ceil(N/NR), K, NR]`` panels, zero padded (per matrix)."""
    *batch, k, n = b.shape
    full = n // nr
    packed = np.zeros((*batch, -(-n // nr), k, nr), b.dtype if b.dtype == np.int32 else np.float32)
    # one strided copy from any layout of b (a transposed view too: splitting N is a view)
    packed[..., :full, :, :] = np.swapaxes(b[..., : full * nr].reshape(*batch, k, full, nr), -3, -2)
    if n > full * nr:
        packed[..., full, :, : n - full * nr] = b[..., full * nr :]
    return packed


@dataclass
class Gemm:
    """Operands of one ``C += A B`` rewrite; ``packed`` is the panel buffer or None. The
    ``*_at`` prefixes are prepended to every index of that operand (batch indices)."""

    a: SSAValue
    b: SSAValue
    c: SSAValue
    packed: SSAValue | None
    nr: int
    a_at: Sequence[Index] = ()
    b_at: Sequence[Index] = ()
    c_at: Sequence[Index] = ()
    epilogue: Epilogue | None = None
    """A fused elementwise epilogue: the last K block's tiles go through it into ``out`` (a
    ``[M, N]`` view of its output) instead of into C."""
    out: SSAValue | None = None
    last_k: int = 0
    """Where the last K block starts (static: :func:`emit_blocked` peels it)."""
    b_column: Index = 0
    """B's column of C's column 0 (C holds a panel of the product's columns that starts there;
    a multiple of ``nr`` when B is packed)."""

    def _store(self, bb: Builder, shape: Shape, at: list[Index], value: SSAValue) -> None:
        """Write a finished tile vector at ``at = [*c_at, row, column]``."""
        if self.epilogue is None or not isinstance(shape.k_start, int) or shape.k_start != self.last_k:
            bb.vstore(value, self.c, at)
            return
        assert self.out is not None
        value = self.epilogue.apply(bb, value, 0, at[-2], at[-1], "pixels")
        bb.vstore(value, self.out, at)

    def tile(self, b: Builder, i: SSAValue, j: SSAValue, shape: Shape) -> TileKernel:
        lanes = shape.lanes
        rows = [b.add(i, r) for r in range(shape.mr)]
        cols = [b.add(j, v * lanes) for v in range(shape.nvec)]
        a_at, b_at, c_at = list(self.a_at), list(self.b_at), list(self.c_at)
        jb = b.add(j, self.b_column)
        b_cols = [b.add(jb, v * lanes) for v in range(shape.nvec)]
        if self.packed is not None:
            panel, off = b.div(jb, self.nr), b.rem(jb, self.nr)
            offs = [b.add(off, v * lanes) for v in range(shape.nvec)]
            packed = self.packed

            def bvec(kb: Builder, k: SSAValue, tap: int, v: int) -> SSAValue:
                return kb.vload(packed, [*b_at, panel, k, offs[v]], lanes)
        else:

            def bvec(kb: Builder, k: SSAValue, tap: int, v: int) -> SSAValue:
                return kb.vload(self.b, [*b_at, k, b_cols[v]], lanes)

        return TileKernel(
            a=lambda kb, k, tap, r: kb.load(self.a, [*a_at, rows[r], k]),
            bvec=bvec,
            init=lambda bb, r, v: bb.vload(self.c, [*c_at, rows[r], cols[v]], lanes),
            store=lambda bb, r, v, value: self._store(bb, shape, [*c_at, rows[r], cols[v]], value),
        )


RowsOf = Callable[[int, int], list[Segment]]
"""``rows_of(count, mr)`` -> the row segments of a block of ``count`` rows."""


def emit_blocked(
    b: Builder,
    m: Index,
    n: int,
    k: int,
    sched: KernelSchedule,
    factory: TileFactory,
    *,
    cols: Sequence[Segment] | None = None,
    rows_of: RowsOf = row_segments,
    taps: int = 1,
    after_block: Callable[[Builder, Index], None] | None = None,
    peel_first: bool = False,
    peel_last: bool = False,
    tap_rows: int = 1,
    packed_a: SSAValue | None = None,
) -> None:
    """``pc -> ic -> jr -> ir`` over the whole output: K blocks of KC and M blocks of MC (each
    with one remainder block), then :func:`emit_grid` per block. With ``peel_first`` the first K
    block is emitted on its own (``shape.k_start`` is the int 0 there), so a factory can start
    its accumulators from a bias in it and from the partial result in the later blocks;
    ``after_block(builder, k0)`` runs after each K block (a scratch buffer's epilogue). With
    ``peel_last`` the last K block is emitted on its own too (its ``k_start`` an int), where a
    fused epilogue runs; ``tap_rows``: the taps as a loop over this many rows
    (:class:`~ember.lowering.kernels.builder.Shape`). A run-time row count ``m`` (an SSA index)
    gets no M blocks and no ic loop: MR-row tiles up to ``m - m % MR``, then 1-row tiles. With a
    ``packed_a`` buffer (``mc * kc`` elements) each M block's A is packed first
    (:func:`pack_rows`).

    The schedule's parallel loop, ``jr`` (the widest column segment) or ``ic`` (the full M
    blocks; the remainder block runs after them), becomes an ``scf.parallel`` inside each K
    block; each iteration writes its own columns / rows of the output."""
    columns = list(cols) if cols is not None else column_segments(n, sched.nr, sched.lanes)
    kc = sched.kc if 0 < sched.kc < k else k
    jr_grain = sched.grain if sched.parallel == "jr" else 0
    ic_grain = sched.grain if sched.parallel == "ic" else 0
    run_time_rows = run_time_row_segments(b, m, sched.mr) if isinstance(m, SSAValue) else None

    def k_block(kb: Builder, k0: Index, count: int) -> None:
        def m_block(mb: Builder, i0: Index, rows: int) -> None:
            tiles = factory
            if packed_a is not None:
                tiles = pack_rows(mb, factory, packed_a, (i0, rows_of(rows, sched.mr)), (k0, count))
            emit_grid(mb, rows_of(rows, sched.mr), columns, count, taps, tiles, k_start=k0, row_offset=i0,
                      column_grain=jr_grain, tap_rows=tap_rows)  # fmt: skip

        if run_time_rows is not None:  # one M block (no ic loop): MR-row blocks, then single rows
            emit_grid(kb, run_time_rows, columns, count, taps, factory, k_start=k0, column_grain=jr_grain, tap_rows=tap_rows)
        else:
            _blocks(kb, m, sched.mc if 0 < sched.mc < m else m, m_block, grain=ic_grain)  # type: ignore[arg-type]
        if after_block is not None:
            after_block(kb, k0)

    _blocks(b, k, kc, k_block, peel=peel_first, peel_last=peel_last)


def pack_rows(
    b: Builder, factory: TileFactory, buffer: SSAValue, rows: tuple[Index, list[Segment]], ks: tuple[Index, int]
) -> TileFactory:  # fmt: skip
    """Copy the A values the tiles of one M block read (``rows = (i0, row segments)``, k steps
    ``ks = (k0, count)``) into ``buffer``: the tile of ``width`` rows at row ``i`` gets
    ``count * width`` consecutive elements from ``(i - i0) * count``, its rows interleaved per k
    step (BLIS's packed A). Returns the factory whose tiles read A from there; the packing loops
    read A through ``factory``'s own tiles (their ``a``; a tile's A must not depend on its column)."""
    i0, segments = rows
    k0, count = ks
    k_end = b.add(k0, count)

    def base(sb: Builder, i: SSAValue) -> Index:
        return sb.mul(sb.sub(i, i0), count)

    for segment in segments:

        def group(gb: Builder, i: SSAValue, width: int = segment.width) -> None:
            kernel = factory(gb, i, gb.idx(0), Shape(width, 1, 1, count, 1, k0))
            start = base(gb, i)

            def step(kb: Builder, k: SSAValue) -> None:
                at = kb.add(start, kb.mul(kb.sub(k, k0), width))
                for r in range(width):
                    kb.store(kernel.a(kb, k, 0, r), buffer, [kb.add(at, r)])

            gb.simple_loop(k0, k_end, 1, step)

        b.simple_loop(b.add(i0, segment.start), b.add(i0, segment.end), segment.width, group)

    def packed(tb: Builder, i: SSAValue, j: SSAValue, shape: Shape) -> TileKernel:
        start = base(tb, i)

        def a(kb: Builder, k: SSAValue, tap: TapIndex, r: int) -> SSAValue:
            return kb.load(buffer, [kb.add(kb.add(start, kb.mul(kb.sub(k, k0), shape.mr)), r)])

        return replace(factory(tb, i, j, shape), a=a)

    return packed


def _blocks(
    b: Builder, total: int, size: int, body: Callable[[Builder, Index, int], None], *, peel: bool = False,
    grain: int = 0, peel_last: bool = False,
) -> None:  # fmt: skip
    """``body(builder, start, size)`` for each full block of ``size`` (an ``scf.for`` when
    there are several, parallel with a ``grain``; with ``peel`` the first block and with
    ``peel_last`` the last one is emitted on its own) and once for the remainder."""
    full = total // size * size
    first = size if peel or full == size else 0
    if first and full:
        body(b, 0, size)
    last = full - size if peel_last and total == full and full > first else full
    if last > first:
        b.parallel_loop(first, last, size, grain, lambda lb, start: body(lb, start, size))
    if full > last:
        body(b, last, size)
    if total > full:
        body(b, full, total - full)


def packed_b(anchor: Operation, b_in: SSAValue, shape: tuple[int, ...], transposed: bool, nr: int,
             sources: set[str]) -> SSAValue | None:  # fmt: skip
    """The compile-time panels of a constant B (read as ``shape`` = ``[..., K, N]``; a
    ``transposed`` B is stored ``[N, K]``), inserted before ``anchor``; None when B is not a
    constant. ``sources`` collects the globals that may become unused."""
    constant = constant_of(b_in)
    if constant is None:
        return None
    name, data = constant
    sources.add(name)
    *batch, k, n = shape
    data = data.reshape(n, k).T if transposed else data.reshape(shape)
    suffix = f"panels{nr}" + ("t" if transposed else "") + ("b" if batch else "")
    return packed_global(anchor, name, suffix, pack_b(data, nr))


def emit_gemm(anchor: Operation, operands: tuple[SSAValue, SSAValue, SSAValue], sizes: tuple[Index, int, int],
              transposed: bool, sched: KernelSchedule, sources: set[str],
              epilogue: tuple[Epilogue, SSAValue] | None = None) -> bool:  # fmt: skip
    """``C[M,N] += A[M,K] B[K,N]`` (B stored ``[N,K]`` when ``transposed``) as micro-kernel loops
    before ``anchor`` (M may be a run-time index); False (nothing emitted) when a transposed B is
    not a constant. With an
    ``epilogue`` (and the ``[M, N]`` view of its output) the finished tiles go through it."""
    a, b_in, c = operands
    m, n, k = sizes
    packed = packed_b(anchor, b_in, (k, n), transposed, sched.nr, sources)
    if transposed and packed is None:
        return False
    kc = sched.kc if 0 < sched.kc < k else k
    fused, out = epilogue if epilogue is not None else (None, None)
    gemm = Gemm(a, b_in, c, packed, sched.nr, epilogue=fused, out=out, last_k=(k - 1) // kc * kc)
    builder = Builder.before(anchor)
    packed_a = None
    if sched.pack_a and isinstance(m, int):
        packed_a = builder.alloc([(sched.mc if 0 < sched.mc < m else m) * kc])
    emit_blocked(builder, m, n, k, sched, gemm.tile, peel_last=fused is not None, packed_a=packed_a)
    if packed_a is not None:
        builder.op(memref.DeallocOp.get(packed_a))
    return True
