"""``linalg-matmul-microkernel``: ``linalg.matmul`` on f32 (or i32) memrefs -> register-blocked vector loops.

(i32 tiles multiply with ``arith.muli`` + ``arith.addi``; the MAC generics stay f32.)

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
  ``[ceil(N/NR)][K][NR]`` panels (zero padded) so each tile streams one contiguous panel;
- the elementwise generic of the op's fusion group (bias, activation, residual: see
  ``graph-fuse``) becomes the epilogue of the last K block's tiles
  (:mod:`ember.lowering.kernels.epilogue`), which then write its output.

Batched matmul generics (rank >= 3 operands) are rewritten here too, by
:mod:`ember.lowering.kernels.batched` (collapsed to one GEMM, or batch loops around the grid);
the tile grid itself is :mod:`ember.lowering.kernels.gemm`. Ops on other element types are left
to ``convert-linalg-to-loops``.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import memref
from xdsl.dialects.builtin import DYNAMIC_INDEX, ModuleOp
from xdsl.dialects.linalg import ops as linalg
from xdsl.ir import SSAValue
from xdsl.passes import ModulePass

from ember.lowering.flatten_dynamic import has_inner_run_time_sizes
from ember.lowering.kernels.batched import batched_gemm, default_batched_schedule, rewrite_batched
from ember.lowering.kernels.builder import Builder, Index, is_f32
from ember.lowering.kernels.epilogue import matmul_groups, prepare_epilogue, remove_fused
from ember.lowering.kernels.gemm import (
    Gemm,
    emit_blocked,
    emit_gemm,
    kernel_memrefs,
    mac_generic,
    pack_b,
)
from ember.lowering.kernels.packing import constant_of, drop_unused_globals, erase_if_unused
from ember.lowering.kernels.schedule import (
    KernelSchedule,
    gemm_schedule,
    run_time_rows_schedule,
    schedule_of,
)
from ember.registry import register_pass
from ember.target import target_of


def gemm_operands(op: linalg.MatmulOp | linalg.GenericOp) -> tuple[SSAValue, SSAValue, SSAValue, bool] | None:
    """(A, B, C, B transposed) when ``op`` is an f32 ``C[i,j] += A[i,k] * B[k,j]`` on memrefs:
    a ``linalg.matmul``, or the generic ``graph.gemm`` lowers to (alpha = 1, B maybe
    transposed)."""
    if isinstance(op, linalg.MatmulOp):
        return (op.inputs[0], op.inputs[1], op.outputs[0], False) if kernel_memrefs(op) else None
    maps = mac_generic(op, 3)
    if maps is None or maps[0] != (0, 2) or maps[2] != (0, 1) or maps[1] not in ((2, 1), (1, 2)):
        return None
    return op.inputs[0], op.inputs[1], op.outputs[0], maps[1] == (1, 2)


def gemm_sizes(op: linalg.MatmulOp | linalg.GenericOp) -> tuple[int, int, int] | None:
    """(M, N, K) of a matmul/gemm the micro-kernel handles, else None; M is ``DYNAMIC_INDEX``
    when the row count is known only at run time (B and the other sizes must be static)."""
    operands = gemm_operands(op)
    if operands is None:
        return None
    a, b, c, _ = operands
    (m, k), (n,) = a.type.get_shape(), c.type.get_shape()[1:]  # type: ignore[union-attr]
    static = min(k, n, *b.type.get_shape()) > 0  # type: ignore[union-attr]
    return (m, n, k) if static and (m > 0 or m == DYNAMIC_INDEX) else None


def default_gemm_schedule(op: linalg.MatmulOp | linalg.GenericOp) -> KernelSchedule | None:
    """The target-derived schedule of a matmul/gemm, or of a batched matmul (sized by one
    matrix product, or by the collapsed product when the batch folds into the rows), that the
    micro-kernel handles."""
    sizes = gemm_sizes(op)
    module = op.get_toplevel_object()
    if sizes is None:
        return default_batched_schedule(op)
    if not isinstance(module, ModuleOp):
        return None
    if sizes[0] == DYNAMIC_INDEX:
        return run_time_rows_schedule(target_of(module), *sizes[1:])
    return gemm_schedule(target_of(module), *sizes)


def rewrite_gemm(op: linalg.MatmulOp | linalg.GenericOp, sources: set[str]) -> bool:
    """Replace one f32 matmul/gemm on memrefs by micro-kernel loops; False if skipped (a
    transposed B must be a constant, packed at compile time)."""
    operands = gemm_operands(op)
    sizes = gemm_sizes(op)
    if operands is None or sizes is None:
        return False
    a, b_in, c, transposed = operands
    sched = schedule_of(op) or default_gemm_schedule(op)
    assert sched is not None
    if transposed and constant_of(b_in) is None:
        return False
    m, n, k = sizes
    run_time = m == DYNAMIC_INDEX
    epilogue = prepare_epilogue(op, c, matmul_groups(2)) if is_f32(c.type.element_type) else None  # type: ignore[union-attr]
    fused = (epilogue, epilogue.out) if epilogue is not None else None
    builder = Builder.before(op)
    rows: Index = builder.op(memref.DimOp(a, builder.idx(0))).results[0] if run_time else m
    emit_gemm(op, (a, b_in, c), (rows, n, k), transposed, sched, sources, fused)
    op.detach()
    op.erase()
    erase_if_unused(b_in)
    if epilogue is not None:
        remove_fused(epilogue, c)
    return True


@register_pass
@dataclass(frozen=True)
class LinalgMatmulMicrokernelPass(ModulePass):
    """Rewrite f32 linalg.matmul (graph.gemm's and batched matmul's MAC generics) into vector.fma micro-kernel loops.

    Memref stage, before convert-linalg-to-loops. Tiles, vector width and K/M blocks follow the
    op's ember.schedule (default: from the target); constant B is packed at compile time into
    [N/NR][K][NR] panels; M % MR and N % LANES remainders get their own static tiles; a fusion
    group's elementwise generic after it is applied to the finished tiles (its epilogue). A row
    count known only at run time (dynamic batch/sequence) runs MR-row tiles, then 1-row tiles."""

    name = "linalg-matmul-microkernel"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        sources: set[str] = set()
        for candidate in [o for o in op.walk() if isinstance(o, linalg.MatmulOp | linalg.GenericOp)]:
            if has_inner_run_time_sizes(candidate) and batched_gemm(candidate) is None:
                continue  # (run-time sizes other than the rows: left to the loops)
            if not rewrite_gemm(candidate, sources):
                rewrite_batched(candidate, sources)
        drop_unused_globals(op, sources)


__all__ = [
    "Gemm",
    "LinalgMatmulMicrokernelPass",
    "default_gemm_schedule",
    "emit_blocked",
    "gemm_operands",
    "gemm_sizes",
    "pack_b",
    "rewrite_gemm",
]
