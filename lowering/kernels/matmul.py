"""``linalg-matmul-microkernel``: ``linalg.matmul`` on f32 memrefs -> register-blocked vector loops.

MEMREF STAGE -> LOOP STAGE, before ``convert-linalg-to-loops``. ``C[M,N] += A[M,K] B[K,N]``
(``linalg.matmul``, or the ``linalg.generic`` that ``graph.gemm`` lowers to when alpha = 1: maps
``(i,k), (k,j) or (j,k), (i,j)`` and body ``out + a * b``; a transposed B must be a constant)
becomes, following the op's ``ember.schedule`` (:mod:`ember.lowering.kernels.schedule`; the
target-derived default when it has none) and PERFORMANCE.md:

- BLIS loop order ``pc (KC) -> ic (MC) -> jr (NR) -> ir (MR) -> k``: K blocks of KC and M blocks
  of MC when the schedule asks for them (each with a statically sized remainder block);
- column blocks of NR, then one block of the remaining whole vectors, then a 1-lane column
  tail; row blocks of MR, then one block of the M % MR remainder rows;
- per tile: C loaded once into ``vector<LANES x f32>`` iter_args, K steps of MR splatted A
  scalars and NR/LANES B vectors feeding MR*NR/LANES ``vector.fma``, C stored once;
- a constant B (``memref.get_global`` of a constant global) is packed at compile time into
  ``[ceil(N/NR)][K][NR]`` panels (zero padded) so each tile streams one contiguous panel.

Ops on other element types are left to ``convert-linalg-to-loops``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from xdsl.context import Context
from xdsl.dialects import arith
from xdsl.dialects.builtin import MemRefType, ModuleOp
from xdsl.dialects.linalg import ops as linalg
from xdsl.ir import SSAValue
from xdsl.ir.affine import AffineDimExpr
from xdsl.passes import ModulePass

from ember.lowering.kernels.builder import (
    Builder,
    Index,
    Shape,
    TileFactory,
    TileKernel,
    column_segments,
    emit_grid,
    is_f32,
    row_segments,
)
from ember.lowering.kernels.packing import (
    constant_of,
    drop_unused_globals,
    erase_if_unused,
    packed_global,
)
from ember.lowering.kernels.schedule import KernelSchedule, gemm_schedule, schedule_of
from ember.registry import register_pass
from ember.target import target_of


def pack_b(b: np.ndarray, nr: int) -> np.ndarray:
    """``B[K, N]`` -> ``[ceil(N/NR)][K][NR]`` panels, zero padded."""
    k, n = b.shape
    panels = -(-n // nr)
    padded = np.zeros((k, panels * nr), np.float32)
    padded[:, :n] = b
    return padded.reshape(k, panels, nr).transpose(1, 0, 2).copy()


@dataclass
class Gemm:
    """Operands of one ``C += A B`` rewrite; ``packed`` is the panel buffer or None."""

    a: SSAValue
    b: SSAValue
    c: SSAValue
    packed: SSAValue | None
    nr: int

    def tile(self, b: Builder, i: SSAValue, j: SSAValue, shape: Shape) -> TileKernel:
        lanes = shape.lanes
        rows = [b.add(i, r) for r in range(shape.mr)]
        cols = [b.add(j, v * lanes) for v in range(shape.nvec)]
        if self.packed is not None:
            panel, off = b.div(j, self.nr), b.rem(j, self.nr)
            offs = [b.add(off, v * lanes) for v in range(shape.nvec)]
            packed = self.packed

            def bvec(kb: Builder, k: SSAValue, tap: int, v: int) -> SSAValue:
                return kb.vload(packed, [panel, k, offs[v]], lanes)
        else:

            def bvec(kb: Builder, k: SSAValue, tap: int, v: int) -> SSAValue:
                return kb.vload(self.b, [k, cols[v]], lanes)

        return TileKernel(
            a=lambda kb, k, tap, r: kb.load(self.a, [rows[r], k]),
            bvec=bvec,
            init=lambda bb, r, v: bb.vload(self.c, [rows[r], cols[v]], lanes),
            store=lambda bb, r, v, value: bb.vstore(value, self.c, [rows[r], cols[v]]),
        )


def _f32_memrefs(op: linalg.MatmulOp | linalg.GenericOp) -> bool:
    types = [v.type for v in op.operands]
    return not op.results and all(isinstance(t, MemRefType) and is_f32(t.element_type) for t in types)


def _maps(op: linalg.GenericOp) -> list[tuple[int, ...]] | None:
    """Each indexing map as a tuple of dim positions (None unless all results are dims)."""
    maps = []
    for attr in op.indexing_maps.data:
        results = attr.data.results
        if not all(isinstance(e, AffineDimExpr) for e in results):
            return None
        maps.append(tuple(e.position for e in results))  # type: ignore[union-attr]
    return maps


def _is_mac_body(op: linalg.GenericOp) -> bool:
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


def gemm_operands(op: linalg.MatmulOp | linalg.GenericOp) -> tuple[SSAValue, SSAValue, SSAValue, bool] | None:
    """(A, B, C, B transposed) when ``op`` is an f32 ``C[i,j] += A[i,k] * B[k,j]`` on memrefs:
    a ``linalg.matmul``, or the generic ``graph.gemm`` lowers to (alpha = 1, B maybe
    transposed)."""
    if not _f32_memrefs(op):
        return None
    if isinstance(op, linalg.MatmulOp):
        return op.inputs[0], op.inputs[1], op.outputs[0], False
    iterators = [str(it.data) for it in op.iterator_types.data]
    if len(op.inputs) != 2 or len(op.outputs) != 1 or iterators != ["parallel", "parallel", "reduction"]:
        return None
    maps = _maps(op)
    if maps is None or maps[0] != (0, 2) or maps[2] != (0, 1) or maps[1] not in ((2, 1), (1, 2)):
        return None
    if not _is_mac_body(op):
        return None
    return op.inputs[0], op.inputs[1], op.outputs[0], maps[1] == (1, 2)


def gemm_sizes(op: linalg.MatmulOp | linalg.GenericOp) -> tuple[int, int, int] | None:
    """(M, N, K) of a matmul/gemm the micro-kernel handles, else None."""
    operands = gemm_operands(op)
    if operands is None:
        return None
    a, _, c, _ = operands
    (m, k), (n,) = a.type.get_shape(), c.type.get_shape()[1:]  # type: ignore[union-attr]
    return (m, n, k) if min(m, k, n) > 0 else None


def default_gemm_schedule(op: linalg.MatmulOp | linalg.GenericOp) -> KernelSchedule | None:
    """The target-derived schedule of a matmul/gemm the micro-kernel handles."""
    sizes = gemm_sizes(op)
    module = op.get_toplevel_object()
    if sizes is None or not isinstance(module, ModuleOp):
        return None
    return gemm_schedule(target_of(module), *sizes)


def emit_blocked(b: Builder, m: int, n: int, k: int, sched: KernelSchedule, factory: TileFactory) -> None:
    """``pc -> ic -> jr -> ir`` over the whole output: K blocks of KC and M blocks of MC (each
    with one remainder block), then :func:`emit_grid` per block."""
    cols = column_segments(n, sched.nr, sched.lanes)
    kc = sched.kc if 0 < sched.kc < k else k
    mc = sched.mc if 0 < sched.mc < m else m

    def k_block(kb: Builder, k0: Index, count: int) -> None:
        def m_block(mb: Builder, i0: Index, rows: int) -> None:
            emit_grid(mb, row_segments(rows, sched.mr), cols, count, 1, factory, k_start=k0, row_offset=i0)

        _blocks(kb, m, mc, m_block)

    _blocks(b, k, kc, k_block)


def _blocks(b: Builder, total: int, size: int, body) -> None:  # noqa: ANN001
    """``body(builder, start, size)`` for each full block of ``size`` (an ``scf.for`` when
    there are several) and once for the remainder."""
    full = total // size * size
    if full == size:
        body(b, 0, size)
    elif full:
        b.simple_loop(0, full, size, lambda lb, start: body(lb, start, size))
    if total > full:
        body(b, full, total - full)


def rewrite_gemm(op: linalg.MatmulOp | linalg.GenericOp, sources: set[str]) -> bool:
    """Replace one f32 matmul/gemm on memrefs by micro-kernel loops; False if skipped (a
    transposed B must be a constant, packed at compile time)."""
    operands = gemm_operands(op)
    sizes = gemm_sizes(op)
    if operands is None or sizes is None:
        return False
    a, b_in, c, transposed = operands
    m, n, k = sizes
    constant = constant_of(b_in)
    if transposed and constant is None:
        return False
    sched = schedule_of(op) or default_gemm_schedule(op)
    assert sched is not None
    nr = sched.nr
    packed = None
    if constant is not None:
        name, data = constant
        sources.add(name)
        data = data.reshape(n, k).T if transposed else data.reshape(k, n)
        packed = packed_global(op, name, f"panels{nr}" + ("t" if transposed else ""), pack_b(data, nr))
    gemm = Gemm(a, b_in, c, packed, nr)
    block = op.parent_block()
    assert block is not None
    emit_blocked(Builder(block, op), m, n, k, sched, gemm.tile)
    op.detach()
    op.erase()
    erase_if_unused(b_in)
    return True


@register_pass
@dataclass(frozen=True)
class LinalgMatmulMicrokernelPass(ModulePass):
    """Rewrite f32 linalg.matmul (and graph.gemm's MAC generic) into vector.fma micro-kernel loops.

    Memref stage, before convert-linalg-to-loops. Tiles, vector width and K/M blocks follow the
    op's ember.schedule (default: from the target); constant B is packed at compile time into
    [N/NR][K][NR] panels; M % MR and N % LANES remainders get their own static tiles."""

    name = "linalg-matmul-microkernel"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        sources: set[str] = set()
        for candidate in [o for o in op.walk() if isinstance(o, linalg.MatmulOp | linalg.GenericOp)]:
            rewrite_gemm(candidate, sources)
        drop_unused_globals(op, sources)


__all__ = [
    "LinalgMatmulMicrokernelPass",
    "default_gemm_schedule",
    "emit_blocked",
    "gemm_operands",
    "gemm_sizes",
    "pack_b",
    "rewrite_gemm",
]
