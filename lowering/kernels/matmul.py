"""``linalg-matmul-microkernel``: ``linalg.matmul`` on f32 memrefs -> register-blocked vector loops.

MEMREF STAGE -> LOOP STAGE, before ``convert-linalg-to-loops``. ``C[M,N] += A[M,K] B[K,N]``
becomes (PERFORMANCE.md):

- column blocks of NR = 64 (6 x 64 tiles, 24 accumulators) when N >= 64, else 8 x 32 / 8 x 16;
  then one block of the remaining whole 16-lane vectors, then a 1-lane column tail;
- row blocks of MR, then one statically sized block of the M % MR remainder rows;
- per tile: C loaded once into ``vector<16xf32>`` iter_args, K steps of MR splatted A scalars
  and NR/16 B vectors feeding MR*NR/16 ``vector.fma``, C stored once;
- a constant B (``memref.get_global`` of a constant global) is packed at compile time into
  ``[ceil(N/NR)][K][NR]`` panels (zero padded) so each tile streams one contiguous panel.

Ops on other element types are left to ``convert-linalg-to-loops``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from xdsl.context import Context
from xdsl.dialects.builtin import MemRefType, ModuleOp
from xdsl.dialects.linalg import ops as linalg
from xdsl.ir import SSAValue
from xdsl.passes import ModulePass

from ember.lowering.kernels.builder import (
    LANES,
    Builder,
    Shape,
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
from ember.registry import register_pass


def blocking(n: int) -> tuple[int, int]:
    """(MR, NR) for a GEMM with N columns."""
    if n >= 64:
        return 6, 64
    return (8, 32) if n >= 32 else (8, 16)


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


def _shapes(op: linalg.MatmulOp) -> tuple[int, int, int] | None:
    types = [v.type for v in op.operands]
    if op.results or not all(isinstance(t, MemRefType) and is_f32(t.element_type) for t in types):
        return None
    (m, k), (_, n) = (types[0].get_shape(), types[1].get_shape())  # type: ignore[union-attr]
    return (m, k, n) if min(m, k, n) > 0 else None


def rewrite_matmul(op: linalg.MatmulOp, sources: set[str]) -> bool:
    """Replace one f32 ``linalg.matmul`` on memrefs by micro-kernel loops; False if skipped."""
    sizes = _shapes(op)
    if sizes is None:
        return False
    m, k, n = sizes
    mr, nr = blocking(n)
    a, b_in = op.inputs
    c = op.outputs[0]
    constant = constant_of(b_in)
    packed = None
    if constant is not None:
        name, data = constant
        sources.add(name)
        packed = packed_global(op, name, f"panels{nr}", pack_b(data.reshape(k, n), nr))
    gemm = Gemm(a, b_in, c, packed, nr)
    block = op.parent_block()
    assert block is not None
    emit_grid(Builder(block, op), row_segments(m, mr), column_segments(n, nr), k, 1, gemm.tile)
    op.detach()
    op.erase()
    erase_if_unused(b_in)
    return True


@register_pass
@dataclass(frozen=True)
class LinalgMatmulMicrokernelPass(ModulePass):
    """Rewrite f32 linalg.matmul on memrefs into register-blocked vector.fma micro-kernel loops.

    Memref stage, before convert-linalg-to-loops. Constant B is packed at compile time into
    [N/NR][K][NR] panels; M % MR and N % 16 remainders get their own static tiles."""

    name = "linalg-matmul-microkernel"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        sources: set[str] = set()
        for matmul in [o for o in op.walk() if isinstance(o, linalg.MatmulOp)]:
            rewrite_matmul(matmul, sources)
        drop_unused_globals(op, sources)


__all__ = ["LANES", "LinalgMatmulMicrokernelPass", "blocking", "pack_b", "rewrite_matmul"]
