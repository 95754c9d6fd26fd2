"""Batched matmul through the GEMM micro-kernel (memref stage -> loop stage).

Part of ``linalg-matmul-microkernel``, before ``convert-linalg-to-loops``. ``graph.matmul`` with
a rank >= 3 operand lowers (``lower_matmul``) to an f32 MAC ``linalg.generic`` with loops
``(batch..., i, j, k)``, maps ``A = (batch-or-0..., i, k)``, ``B = (batch-or-0..., k, j)``,
``C = (batch..., i, j)`` (numpy broadcasting: a broadcast batch dim reads index 0, a missing one
is absent) and body ``out + a * b``. Two rewrites:

- **collapse** (a linear layer on a 3-D activation, ``A[B,S,K] x W[K,N]``): when B is the same
  matrix for every batch index and A has C's batch shape, A and C are viewed as ``[B*S, K]`` and
  ``[B*S, N]`` (``memref.collapse_shape``; buffers are contiguous) and the product is one 2-D
  GEMM, with a constant B packed once as in the 2-D case;
- **batch loops** otherwise (attention ``[B,H,S,D] x [B,H,D,S]``, broadcast batch dims): one
  ``scf.for`` per batch dim of C (extent-1 dims need none) around the tile grid of one matrix
  product, every operand indexed with its batch indices prefixed (0 where it broadcasts); a
  constant B is packed per batch matrix into ``[..., ceil(N/NR), K, NR]``.

A batch or row count known only at run time (a dynamic batch or sequence length) is supported
by the collapse, with the collapsed row count read at run time (``memref.dim``; B must be
static; a fused epilogue's other operands must be static or of the output's own type); batch
loops need static extents.

The schedule (``ember.schedule``) is sized by one matrix product, or by the collapsed product.
Its parallel loop is the first batch loop (``batch``; each iteration writes its own matrices of
C) when that loop has at least as many iterations as the target has cores and enough work,
else the jr / ic loop of each product. Matrix-vector cases (a rank-1 operand) stay on the
scalar path.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from xdsl.dialects import memref
from xdsl.dialects.builtin import DYNAMIC_INDEX, ArrayAttr, IntegerAttr, MemRefType, ModuleOp, i64
from xdsl.dialects.linalg import ops as linalg
from xdsl.ir import Operation, SSAValue

from ember.lowering.kernels.builder import Builder, Index
from ember.lowering.kernels.epilogue import matmul_groups, prepare_epilogue, remove_fused
from ember.lowering.kernels.gemm import (
    Gemm,
    MapEntry,
    emit_blocked,
    emit_gemm,
    mac_generic,
    packed_b,
)
from ember.lowering.kernels.packing import constant_of, erase_if_unused
from ember.lowering.kernels.schedule import (
    KernelSchedule,
    gemm_schedule,
    loop_parallel,
    run_time_rows_schedule,
    schedule_of,
)
from ember.target import target_of


def _shape(value: SSAValue) -> tuple[int, ...]:
    return tuple(value.type.get_shape())  # type: ignore[union-attr]


@dataclass(frozen=True)
class BatchedGemm:
    """One batched product ``C[batch..., M, N] += A[.., M, K] B[.., K, N]``; ``a_batch`` /
    ``b_batch`` are the leading map entries of A / B (the batch loop each dim reads, or None:
    index 0)."""

    a: SSAValue
    b: SSAValue
    c: SSAValue
    a_batch: tuple[MapEntry, ...]
    b_batch: tuple[MapEntry, ...]

    @property
    def batch(self) -> tuple[int, ...]:
        return _shape(self.c)[:-2]

    @property
    def sizes(self) -> tuple[int, int, int]:
        """(M, N, K) of one matrix product."""
        return _shape(self.c)[-2], _shape(self.c)[-1], _shape(self.a)[-1]

    @property
    def collapsible(self) -> bool:
        """B one matrix for all batch indices, A laid out with C's batch dims in order."""
        in_order = all(e in (d, None) for d, e in enumerate(self.a_batch))
        return math.prod(_shape(self.b)[:-2]) == 1 and _shape(self.a)[:-2] == self.batch and in_order


def batched_gemm(op: Operation) -> BatchedGemm | None:
    """The batched f32 MAC generic on memrefs (see the module docstring), else None."""
    if not isinstance(op, linalg.GenericOp) or len(op.outputs) != 1 or not isinstance(op.outputs[0].type, MemRefType):
        return None
    nb = op.outputs[0].type.get_num_dims() - 2
    maps = mac_generic(op, nb + 3) if nb > 0 else None
    if maps is None:
        return None
    a_map, b_map, c_map = maps
    i, j, k = nb, nb + 1, nb + 2
    if c_map != tuple(range(nb + 2)) or a_map[-2:] != (i, k) or b_map[-2:] != (k, j):
        return None
    a_batch, b_batch = a_map[:-2], b_map[:-2]
    if not all(e is None or e < nb for e in a_batch + b_batch):
        return None
    found = BatchedGemm(op.inputs[0], op.inputs[1], op.outputs[0], a_batch, b_batch)
    m, n, k = found.sizes
    static_b = min(_shape(found.b)) > 0
    return found if min(n, k) > 0 and static_b and all(d > 0 or d == DYNAMIC_INDEX for d in (m, *found.batch)) else None


def has_run_time_rows(found: BatchedGemm) -> bool:
    """Whether the batch or row count of ``found`` is known only at run time."""
    return DYNAMIC_INDEX in (*found.batch, found.sizes[0])


def batched_sizes(op: Operation) -> tuple[int, int, int] | None:
    """(M, N, K) the kernel schedule of a batched matmul is sized by: one matrix product, or
    the collapsed ``[batch * M, K] x [K, N]`` one; None when ``op`` is not a batched matmul."""
    found = batched_gemm(op)
    if found is None or has_run_time_rows(found):
        return None
    m, n, k = found.sizes
    return (math.prod(found.batch) * m, n, k) if found.collapsible else (m, n, k)


def default_batched_schedule(op: Operation) -> KernelSchedule | None:
    """The target-derived schedule of a batched matmul the micro-kernel handles."""
    found = batched_gemm(op)
    sizes = batched_sizes(op)
    module = op.get_toplevel_object()
    if found is None or not isinstance(module, ModuleOp):
        return None
    target = target_of(module)
    if sizes is None:  # run-time rows (collapsible: see rewrite_batched)
        return run_time_rows_schedule(target, *found.sizes[1:])
    sched = gemm_schedule(target, *sizes)
    extents = [e for e in found.batch if e > 1]
    if found.collapsible or not extents or extents[0] < target.cores:
        return sched
    m, n, k = sizes
    serial = gemm_schedule(target.with_overrides(cores=1), *sizes)
    batch = loop_parallel(target, serial, "batch", extents[0], 2 * m * n * k * math.prod(extents[1:]))
    return batch if batch.is_parallel else sched


def collapse_rows(b: Builder, value: SSAValue) -> SSAValue:
    """``value`` ``[d0, ..., dr-2, X]`` viewed as ``[d0 * ... * dr-2, X]`` (itself when 2-D)."""
    shape = _shape(value)
    if len(shape) == 2:
        return value
    groups = [list(range(len(shape) - 1)), [len(shape) - 1]]
    reassociation = ArrayAttr([ArrayAttr([IntegerAttr(d, i64) for d in group]) for group in groups])
    rows = DYNAMIC_INDEX if DYNAMIC_INDEX in shape[:-1] else math.prod(shape[:-1])
    rtype = MemRefType(value.type.get_element_type(), [rows, shape[-1]])  # type: ignore[union-attr]
    collapse = memref.CollapseShapeOp.build(operands=[value], result_types=[rtype], properties={"reassociation": reassociation})
    return b.op(collapse).results[0]


def _emit_collapsed(op: Operation, found: BatchedGemm, sched: KernelSchedule, sources: set[str]) -> None:
    """One 2-D GEMM on the ``[batch * M, K]`` / ``[batch * M, N]`` views (B read as ``[K, N]``;
    a constant B stays a global so that it is packed)."""
    run_time = has_run_time_rows(found)
    epilogue = prepare_epilogue(op, found.c, matmul_groups(len(_shape(found.c))))
    b = Builder.before(op)
    b_in = found.b if constant_of(found.b) is not None else collapse_rows(b, found.b)
    m, n, k = found.sizes
    a = collapse_rows(b, found.a)
    rows: Index = b.op(memref.DimOp(a, b.idx(0))).results[0] if run_time else math.prod(found.batch) * m
    fused = (epilogue, collapse_rows(b, epilogue.out)) if epilogue is not None else None
    emit_gemm(op, (a, b_in, collapse_rows(b, found.c)), (rows, n, k), False, sched, sources, fused)
    if epilogue is not None:
        remove_fused(epilogue, found.c)


def _nest(b: Builder, extents: Sequence[int], ivs: list[Index], body: Callable[[Builder, list[Index]], None],
          grain: int = 0) -> None:  # fmt: skip
    """``body(builder, ivs)`` inside one ``scf.for`` per extent (none for extent 1: index 0);
    with a ``grain`` the first loop is parallel."""
    if not extents:
        body(b, ivs)
    elif extents[0] == 1:
        _nest(b, extents[1:], [*ivs, 0], body, grain)
    else:
        b.parallel_loop(0, extents[0], 1, grain, lambda lb, iv: _nest(lb, extents[1:], [*ivs, iv], body))


def _emit_batch_loops(op: Operation, found: BatchedGemm, sched: KernelSchedule, sources: set[str]) -> None:
    """Loops over C's batch dims around the tile grid of one matrix product."""
    m, n, k = found.sizes
    packed = packed_b(op, found.b, _shape(found.b), False, sched.nr, sources)

    def product(ib: Builder, ivs: list[Index]) -> None:
        def at(entries: tuple[MapEntry, ...]) -> list[Index]:
            return [0 if e is None else ivs[e] for e in entries]

        gemm = Gemm(found.a, found.b, found.c, packed, sched.nr, at(found.a_batch), at(found.b_batch), ivs)
        emit_blocked(ib, m, n, k, sched, gemm.tile)

    _nest(Builder.before(op), found.batch, [], product, sched.grain if sched.parallel == "batch" else 0)


def rewrite_batched(op: Operation, sources: set[str]) -> bool:
    """Replace one batched f32 matmul generic by micro-kernel loops; False when it is not one."""
    found = batched_gemm(op)
    if found is None or (has_run_time_rows(found) and not found.collapsible):
        return False
    sched = schedule_of(op) or default_batched_schedule(op)
    assert sched is not None
    if found.collapsible:
        _emit_collapsed(op, found, sched, sources)
    else:
        _emit_batch_loops(op, found, sched, sources)
    op.detach()
    op.erase()
    erase_if_unused(found.b)
    return True
