"""Winograd F(2x2, 3x3) convolution kernel: fused, tile-blocked, with bounded scratch.

MEMREF STAGE -> LOOP STAGE, part of ``linalg-conv-microkernel``: a ``linalg.conv_2d_nchw_fchw``
(f32, constant 3x3 weights, stride and dilation 1, static sizes) that carries
``ember.winograd`` (``graph.WINOGRAD``, put on the ``graph.conv`` by ``graph-winograd-conv``)
is emitted here instead of as the implicit GEMM. Winograd's minimal filtering computes each 2x2
block of outputs from the 4x4 input tile ``d`` around it as ``Y = A^T [(G g G^T) . (B^T d B)] A``;
over the channels the 16 elementwise products become 16 matrix products, here written
``M[k] = V[k] @ U[k]^T``: the transformed input tiles ``V[k]`` (``tiles x Ci``) times the
transformed weights ``U[k]^T`` (``Ci x Co``, :func:`winograd_weights`, computed at compile time
and packed as the GEMM's ``[16][ceil(Co/NR)][Ci][NR]`` B panels), so the output channels run
along the vector lanes and each weight panel stays in L1 while it is reused by every row
block of tiles (the other way round, tiles on the lanes, streamed all of ``U[k]`` once per
column panel and ran 1.3x (64 -> 64 channels at 56x56) and 1.7x (256 -> 256 at 14x14) slower
on the ``znver1`` host, 1 thread).

The output's tiles (``ceil(OH/2) x ceil(OW/2)`` per image, the images' tiles one after the
other) are processed in blocks of ``T`` (:func:`block_tiles`: one product's ``V[k]`` and
``M[k]`` fit half of the target's L2); per block:

1. input transform: for each tile of the block and each input channel, 16 loads of the padded
   input (coordinates clamped on an odd output edge: the clamped values only ever reach
   outputs that are not stored) and 32 adds give ``V[16][T][Ci]`` (scratch). When the conv's
   input is a zero pad that ``linalg-conv-microkernel`` folds (``Sizes.border``), the loads
   read the unpadded input: a tile inside it as above, a tile reaching into the border (an
   ``scf.if`` per tile) at coordinates clamped into it, ``select``-ing 0 where they were
   outside;
per panel of NR output channels (``M`` holds one panel: ``[16][T][NR]``, so the scratch does not
grow with the output channels; 0.71 -> 0.06 MiB for Inception-v2's 64 -> 192 conv at 56x56):

2. the 16 products: the register-blocked tiles of :class:`~ember.lowering.kernels.gemm.Gemm`
   (MR tiles x NR output channels, the tile and vector width from the op's ``ember.schedule``,
   :func:`winograd_schedule` by default), started from zero, into ``M`` (scratch; the GEMM's
   ``b_column`` points it at the panel's columns of the packed ``U``);
3. output transform of the panel's channels: per tile, in vectors along the output channels (rows of ``M[k]``), the
   four outputs ``A^T M A`` plus the folded bias initialisation (or zero fill, or the output's
   contents), through the conv's fused epilogue when it has one
   (:mod:`ember.lowering.kernels.epilogue`, along the channels), written straight into the
   NCHW output lane by lane. All four values are computed before any is stored and the
   stores run (1,1), (1,0), (0,1), (0,0), so on an odd edge the clamped (repeated) position is
   written last with its valid value.

The last block's tiles past the end repeat the last tile (their rows of ``M`` are not
stored). With several cores the blocks are split into one contiguous range per thread: a
one-dimensional ``scf.parallel`` over the threads whose body allocates its own ``V`` and ``M``
(``plan-memory`` gives each iteration its slot of the arena), so the scratch is ``threads x``
one block's, whatever the image size. When the tiles fit fewer blocks than there are cores
(small images, many channels: :data:`PANEL_SPLIT_CHANNELS`), the threads split the panels of
output channels instead: each transforms the whole input into its own ``V`` and streams only its
panels of ``U`` (split by tiles, every thread streamed all of ``U``, and ResNet-50's 7x7 layers
ran only 1.35x faster on two threads).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
from xdsl.dialects import arith, memref, scf
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Block, Operation, Region, SSAValue

from ember.lowering.kernels.builder import (
    Builder,
    Index,
    Shape,
    TileKernel,
    column_segments,
    emit_grid,
    row_segments,
)
from ember.lowering.kernels.epilogue import Epilogue
from ember.lowering.kernels.gemm import Gemm, pack_b
from ember.lowering.kernels.packing import packed_global
from ember.lowering.kernels.schedule import (
    KernelSchedule,
    gemm_schedule,
    grain_for,
    min_flops_per_thread,
    parallel_threads,
)
from ember.target import Target, target_of

G = np.array([[1.0, 0.0, 0.0], [0.5, 0.5, 0.5], [0.5, -0.5, 0.5], [0.0, 0.0, 1.0]])
"""The filter transform of F(2x2, 3x3): ``U = G g G^T``."""
B_T = (((0, 1), (2, -1)), ((1, 1), (2, 1)), ((2, 1), (1, -1)), ((1, 1), (3, -1)))
"""Rows of the input transform ``B^T`` (4x4) as (column, sign) terms."""
A_T = (((0, 1), (1, 1), (2, 1)), ((1, 1), (2, -1), (3, -1)))
"""Rows of the output transform ``A^T`` (2x4) as (column, sign) terms."""
STORE_ORDER = ((1, 1), (1, 0), (0, 1), (0, 0))
"""The order of a tile's four stores: the (0, 0) position, where clamped ones land, last."""
MAX_TILES = 64
"""Most tiles per block (the weights are read once per block; past this the scratch grows for
little)."""
PANEL_SPLIT_CHANNELS = 64
"""Output channels per core from which a conv whose tiles fit fewer blocks than there are cores
splits its panels of output channels between the threads (each streams its part of ``U`` once
and transforms the whole input itself) instead of its tiles (each streams all of ``U``: the
7x7 and 14x14 layers of ResNet-50 ran 1.35x and 1.6x faster on two threads than on one)."""


def winograd_weights(w: np.ndarray) -> np.ndarray:
    """``W[Co][Ci][3][3]`` -> ``U[16][Co][Ci]`` (``U[4k + l] = (G W G^T)[k, l]``), in float64
    and stored as ``w``'s type."""
    u = np.einsum("ka,oiab,lb->kloi", G, w.astype(np.float64), G)
    return u.reshape(16, w.shape[0], w.shape[1]).astype(w.dtype)


def pack_winograd_weights(w: np.ndarray, nr: int) -> np.ndarray:
    """``W[Co][Ci][3][3]`` -> ``U[k]^T`` as the GEMM's B panels ``[16][ceil(Co/NR)][Ci][NR]``
    (zero padded)."""
    return pack_b(np.swapaxes(winograd_weights(w.astype(np.float32)), 1, 2), nr)


def block_tiles(target: Target, ci: int, co: int, tiles: int) -> int:
    """Tiles per block: at most :data:`MAX_TILES` and as many as keep one product's ``V[k]``
    and ``M[k]`` (``T x (Ci + Co)`` floats) within half of the target's L2 (a target that
    does not state its L2 takes :data:`MAX_TILES`, as the other kernels skip cache blocking then); the tiles split
    evenly over the fewest blocks of that size, rounded up to a multiple of the target's cores
    when every core then gets its grain of blocks (an even split between the threads)."""
    budget = target.l2 // 2 // (4 * (ci + co)) if target.l2 else MAX_TILES
    largest = max(1, min(MAX_TILES, budget))
    blocks = -(-tiles // largest)
    if blocks < target.cores and co >= PANEL_SPLIT_CHANNELS * target.cores:
        return -(-tiles // blocks)  # the threads split the output channels (WinogradConv.emit)
    shared = min(tiles, -(-blocks // target.cores) * target.cores)
    t = -(-tiles // shared)
    grain = grain_for(2 * 16 * ci * co * t, min_flops_per_thread(target.lanes))
    if target.cores > 1 and parallel_threads(target.cores, -(-tiles // t), grain) == target.cores:
        return t
    return -(-tiles // blocks)


def winograd_schedule(target: Target, ci: int, co: int, tiles: int) -> KernelSchedule:
    """The register tile of the 16 products ``M[k] = V[k] @ U[k]^T`` (``T x Co`` outputs,
    ``Ci`` deep: output channels on the vector lanes); serial, the kernel's parallel loop is
    its own, over blocks."""
    t = block_tiles(target, ci, co, tiles)
    return replace(gemm_schedule(target.with_overrides(cores=1), t, co, ci), kc=0, mc=0, vectorize="channels")


@dataclass(frozen=True)
class Sizes:
    """Static sizes of one convolution: ``hp x wp`` is the padded input; the buffer read is
    that (``border`` None) or, with ``border = (top, left, h, w)``, the ``h x w`` unpadded
    input at ``(top, left)`` in it (the zero border is the kernel's, never stored)."""

    n: int
    ci: int
    hp: int
    wp: int
    co: int
    oh: int
    ow: int
    border: tuple[int, int, int, int] | None = None

    @property
    def stored(self) -> tuple[int, int]:
        """The rows and columns of the buffer read."""
        return (self.hp, self.wp) if self.border is None else (self.border[2], self.border[3])

    @property
    def th(self) -> int:
        return -(-self.oh // 2)

    @property
    def tw(self) -> int:
        return -(-self.ow // 2)

    @property
    def tiles(self) -> int:
        return self.n * self.th * self.tw


def _clamped(b: Builder, value: Index, upper: int, largest: int) -> Index:
    """``min(value, upper)`` when ``value`` can reach past ``upper`` (its ``largest`` value, on
    the last tile of an odd output edge), else ``value``."""
    if largest <= upper:
        return value
    if isinstance(value, int):
        return min(value, upper)
    return b.op(arith.MinSIOp(value, b.idx(upper))).results[0]


def _cmp(b: Builder, predicate: str, value: SSAValue, bound: int) -> SSAValue:
    return b.op(arith.CmpiOp(value, b.idx(bound), predicate)).results[0]


def _and(b: Builder, conditions: Sequence[SSAValue]) -> SSAValue:
    total = conditions[0]
    for condition in conditions[1:]:
        total = b.op(arith.AndIOp(total, condition)).results[0]
    return total


def _in_range(b: Builder, value: SSAValue, size: int) -> SSAValue:
    """``0 <= value < size``."""
    return _and(b, [_cmp(b, "sge", value, 0), _cmp(b, "slt", value, size)])


def _clip(b: Builder, value: SSAValue, size: int) -> SSAValue:
    """``value`` clamped into ``[0, size)``."""
    low = b.op(arith.MaxSIOp(value, b.idx(0))).results[0]
    return b.op(arith.MinSIOp(low, b.idx(size - 1))).results[0]


def _combine(b: Builder, terms: Sequence[tuple[SSAValue, int]]) -> SSAValue:
    """``t0 +- t1 +- ...`` (the first term positive)."""
    total = terms[0][0]
    for value, sign in terms[1:]:
        total = b.op(arith.AddfOp(total, value) if sign > 0 else arith.SubfOp(total, value)).results[0]
    return total


@dataclass
class WinogradRewrite:
    """Emits the fused Winograd kernel of one convolution (module docstring)."""

    s: Sizes
    sched: KernelSchedule
    t: int
    """Tiles per block."""
    x: SSAValue
    weights: SSAValue
    out: SSAValue
    bias: SSAValue | None = None
    zero_start: bool = False
    epilogue: Epilogue | None = None

    def emit(self, b: Builder) -> None:
        s = self.s
        flat = b.collapse_spatial(self.x, [s.n, s.ci, s.stored[0] * s.stored[1]])
        blocks = -(-s.tiles // self.t)
        grain = grain_for(2 * 16 * s.ci * s.co * self.t, min_flops_per_thread(self.sched.lanes))
        if self._split_panels(b, blocks):
            return
        team = parallel_threads(b.threads, blocks, grain)
        if team < 2:
            v, m = self._scratch(b)
            b.simple_loop(0, blocks, 1, lambda bb, blk: self._block(bb, flat, v, m, blk))
            self._free(b, v, m)
            return

        def thread(pb: Builder, p: SSAValue) -> None:
            v, m = self._scratch(pb)
            first = pb.div(pb.mul(p, blocks), team)
            last = pb.div(pb.add(pb.mul(p, blocks), blocks), team)
            pb.simple_loop(first, last, 1, lambda bb, blk: self._block(bb, flat, v, m, blk))
            self._free(pb, v, m)

        b.parallel_loop(0, team, 1, 1, thread)

    def _split_panels(self, b: Builder, blocks: int) -> bool:
        """With fewer blocks than cores: one thread per range of output-channel panels, each
        running every block (input transform included) for its panels; False (nothing
        emitted) when the panels do not split evenly or give no thread its grain."""
        s, width = self.s, self.panel
        if blocks >= b.threads or s.co % width:
            return False
        panels = s.co // width
        team = parallel_threads(b.threads, panels, grain_for(2 * 16 * s.ci * width * s.tiles, min_flops_per_thread(self.sched.lanes)))
        if team < 2:
            return False
        flat = b.collapse_spatial(self.x, [s.n, s.ci, s.stored[0] * s.stored[1]])

        def thread(pb: Builder, p: SSAValue) -> None:
            v, m = self._scratch(pb)
            first = pb.div(pb.mul(p, panels), team)
            last = pb.div(pb.add(pb.mul(p, panels), panels), team)
            pb.simple_loop(0, blocks, 1, lambda bb, blk: self._block(bb, flat, v, m, blk, (first, last)))
            self._free(pb, v, m)

        b.parallel_loop(0, team, 1, 1, thread)
        return True

    @property
    def panel(self) -> int:
        """Output channels per panel of ``M``: the schedule's NR (all of them when fewer)."""
        return min(self.sched.nr, self.s.co)

    def _scratch(self, b: Builder) -> tuple[SSAValue, SSAValue]:
        return b.alloc([16, self.t, self.s.ci]), b.alloc([16, self.t, self.panel])

    @staticmethod
    def _free(b: Builder, *buffers: SSAValue) -> None:
        for buffer in buffers:
            b.op(memref.DeallocOp.get(buffer))

    def _block(
        self, b: Builder, flat: SSAValue, v: SSAValue, m: SSAValue, block: SSAValue,
        panels: tuple[Index, Index] | None = None,
    ) -> None:
        """Input transform of the block's tiles into ``V``; then per panel of output channels
        (of ``panels``, a range of panel numbers, if given) the 16 products into ``M`` and the
        output transform of those channels."""
        t0 = b.mul(block, self.t)
        b.simple_loop(0, self.t, 1, lambda tb, j: self._input_tile(tb, flat, v, t0, j))
        count: Index = self.t
        if self.s.tiles % self.t:
            left = b.op(arith.SubiOp(b.idx(self.s.tiles), b.idx(t0))).results[0]
            count = b.op(arith.MinSIOp(left, b.idx(self.t))).results[0]
        width = self.panel
        if panels is not None:  # this thread's panels only (_split_panels)
            b.simple_loop(
                panels[0], panels[1], 1, lambda pb, j: self._panel(pb, (v, m), (t0, count), pb.mul(j, width), width)
            )
            return
        full = self.s.co // width * width
        if full == width:
            self._panel(b, (v, m), (t0, count), 0, width)
        elif full:
            b.simple_loop(0, full, width, lambda pb, p0: self._panel(pb, (v, m), (t0, count), p0, width))
        if self.s.co > full:
            self._panel(b, (v, m), (t0, count), full, self.s.co - full)

    def _panel(
        self, b: Builder, scratch: tuple[SSAValue, SSAValue], tiles: tuple[Index, Index], p0: Index, width: int
    ) -> None:
        """Output channels ``[p0, p0 + width)`` of the block's ``tiles = (first, count)``."""
        v, m = scratch
        b.simple_loop(0, 16, 1, lambda kb, k: self._products(kb, v, m, k, p0, width))
        b.simple_loop(0, tiles[1], 1, lambda tb, j: self._output_tile(tb, m, tiles[0], j, (p0, width)))

    def _tile(self, b: Builder, t: Index) -> tuple[Index, Index, Index]:
        """(image, tile row, tile column) of tile ``t``."""
        per_image = self.s.th * self.s.tw
        rest = b.rem(t, per_image)
        return b.div(t, per_image), b.div(rest, self.s.tw), b.rem(rest, self.s.tw)

    def _input_tile(self, b: Builder, flat: SSAValue, v: SSAValue, t0: Index, j: SSAValue) -> None:
        """``V[:, c, j] = B^T d B`` for every input channel ``c`` of tile ``t0 + j`` (the last
        tile for ``j`` past the end)."""
        s = self.s
        t = b.add(t0, j)
        if s.tiles % self.t:
            t = b.op(arith.MinSIOp(b.idx(t), b.idx(s.tiles - 1))).results[0]
        n, ty, tx = self._tile(b, t)
        rows = [_clamped(b, b.add(b.mul(ty, 2), a), s.hp - 1, 2 * s.th - 2 + a) for a in range(4)]
        cols = [_clamped(b, b.add(b.mul(tx, 2), c), s.wp - 1, 2 * s.tw - 2 + c) for c in range(4)]
        if s.border is None:
            offsets = [[b.add(b.mul(rows[a], s.wp), cols[c]) for c in range(4)] for a in range(4)]
            b.simple_loop(0, s.ci, 1, lambda cb, c: self._transform(cb, flat, v, (n, j, c), offsets, None))
            return
        self._border_tile(b, flat, v, (n, j), (rows, cols))

    def _border_tile(
        self, b: Builder, flat: SSAValue, v: SSAValue, at: tuple[Index, SSAValue], coords: tuple[list[Index], list[Index]]
    ) -> None:
        """The input transform of a tile of the padded input ``(rows, cols)`` read from the
        unpadded buffer: a tile inside it loads as usual; one that reaches into the border
        loads at coordinates clamped into the buffer and takes 0 where they were outside."""
        s = self.s
        assert s.border is not None
        top, left, h, w = s.border
        n, j = at
        rows = [b.op(arith.SubiOp(b.idx(r), b.idx(top))).results[0] for r in coords[0]]
        cols = [b.op(arith.SubiOp(b.idx(c), b.idx(left))).results[0] for c in coords[1]]
        inside = _and(b, [_cmp(b, "sge", rows[0], 0), _cmp(b, "sle", rows[3], h - 1), _cmp(b, "sge", cols[0], 0), _cmp(b, "sle", cols[3], w - 1)])
        then, other = Block(), Block()
        tb, eb = b.child(then), b.child(other)
        offsets = [[tb.add(tb.mul(rows[a], w), cols[c]) for c in range(4)] for a in range(4)]
        tb.simple_loop(0, s.ci, 1, lambda cb, c: self._transform(cb, flat, v, (n, j, c), offsets, None))
        valid = ([_in_range(eb, r, h) for r in rows], [_in_range(eb, c, w) for c in cols])
        kept = [_clip(eb, r, h) for r in rows], [_clip(eb, c, w) for c in cols]
        clipped = [[eb.add(eb.mul(kept[0][a], w), kept[1][c]) for c in range(4)] for a in range(4)]
        masks = [[_and(eb, [valid[0][a], valid[1][c]]) for c in range(4)] for a in range(4)]
        eb.simple_loop(0, s.ci, 1, lambda cb, c: self._transform(cb, flat, v, (n, j, c), clipped, masks))
        then.add_op(scf.YieldOp())
        other.add_op(scf.YieldOp())
        b.op(scf.IfOp(inside, [], Region(then), Region(other)))

    def _transform(
        self, cb: Builder, flat: SSAValue, v: SSAValue, at: tuple[Index, SSAValue, SSAValue],
        offsets: list[list[Index]], masks: list[list[SSAValue]] | None,
    ) -> None:  # fmt: skip
        """``V[:, c, j] = B^T d B`` of channel ``c`` from the 16 ``offsets`` of its plane
        (each loaded value replaced by 0 where its ``mask`` is false)."""
        n, j, c = at
        d = [[cb.load(flat, [n, c, offsets[a][col]]) for col in range(4)] for a in range(4)]
        if masks is not None:
            zero = cb.zero()
            d = [[cb.op(arith.SelectOp(masks[a][col], d[a][col], zero)).results[0] for col in range(4)] for a in range(4)]
        rowed = [[_combine(cb, [(d[a][col], sign) for a, sign in B_T[k]]) for col in range(4)] for k in range(4)]
        for k in range(4):
            for q in range(4):
                value = _combine(cb, [(rowed[k][col], sign) for col, sign in B_T[q]])
                cb.store(value, v, [4 * k + q, j, c])

    def _products(self, b: Builder, v: SSAValue, m: SSAValue, k: SSAValue, p0: Index, width: int) -> None:
        """``M[k] = V[k] @ U[k]^T`` for the ``width`` output channels from ``p0`` (columns
        ``[0, width)`` of ``M``) with the GEMM's register-blocked tiles (from zero)."""
        sched = self.sched
        gemm = Gemm(v, self.weights, m, self.weights, sched.nr, a_at=[k], b_at=[k], c_at=[k], b_column=p0)

        def factory(tb: Builder, i: SSAValue, col: SSAValue, shape: Shape) -> TileKernel:
            zero = tb.splat(tb.zero(), shape.lanes)
            return replace(gemm.tile(tb, i, col, shape), init=lambda bb, r, vi: zero)

        emit_grid(b, row_segments(self.t, sched.mr), column_segments(width, sched.nr, sched.lanes), self.s.ci, 1, factory)

    def _output_tile(self, b: Builder, m: SSAValue, t0: Index, j: SSAValue, panel: tuple[Index, int]) -> None:
        """The 2x2 outputs of tile ``t0 + j`` for the ``panel = (p0, width)`` output channels:
        vectors along the channels (``M[k, j, :]`` is contiguous), then a 1-lane channel tail."""
        s, lanes = self.s, self.sched.lanes
        n, ty, tx = self._tile(b, b.add(t0, j))
        ys = [_clamped(b, b.add(b.mul(ty, 2), i), s.oh - 1, 2 * s.th - 2 + i) for i in range(2)]
        xs = [_clamped(b, b.add(b.mul(tx, 2), i), s.ow - 1, 2 * s.tw - 2 + i) for i in range(2)]
        at = _Pixels(n, ys, xs, [[b.add(b.mul(y, s.ow), x) for x in xs] for y in ys])
        p0, width = panel
        full = width // lanes * lanes
        if full:
            b.simple_loop(0, full, lanes, lambda cb, c: self._output_channels(cb, (m, j, c), cb.add(p0, c), lanes, at))
        if width > full:
            b.simple_loop(full, width, 1, lambda cb, c: self._output_channels(cb, (m, j, c), cb.add(p0, c), 1, at))

    def _output_channels(
        self, b: Builder, m_at: tuple[SSAValue, SSAValue, SSAValue], co: Index, lanes: int, at: _Pixels
    ) -> None:
        """``A^T M A`` of tile ``j`` for ``lanes`` channels from ``co`` (column ``c`` of the
        panel in ``M``: ``m_at = (M, j, c)``), plus the start, through the epilogue; all four
        computed before any is stored, the stores lane by lane."""
        m, j, c = m_at
        q = [b.vload(m, [k, j, c], lanes) for k in range(16)]
        rowed = [[_combine(b, [(q[4 * k + col], sign) for k, sign in A_T[i]]) for col in range(4)] for i in range(2)]
        start = self._start(b, co, lanes, at)
        values = {}
        for i, jj in STORE_ORDER:
            value = _combine(b, [(rowed[i][col], sign) for col, sign in A_T[jj]])
            if start is not None:
                value = b.op(arith.AddfOp(start[i][jj], value)).results[0]
            if self.epilogue is not None:
                value = self.epilogue.apply(b, value, at.n, co, at.pixels[i][jj], "channels")
            values[i, jj] = value
        for i, jj in STORE_ORDER:
            for lane in range(lanes):
                element = b.extract(values[i, jj], lane)
                b.store(element, self.out, [at.n, b.add(co, lane), at.ys[i], at.xs[jj]])

    def _start(self, b: Builder, co: SSAValue, lanes: int, at: _Pixels) -> list[list[SSAValue]] | None:
        """What the four outputs add to: the channels' bias, nothing (a folded zero fill) or the
        output's contents (all read before any store)."""
        if self.zero_start:
            return None
        if self.bias is not None:
            bias = b.vload(self.bias, [co], lanes)
            return [[bias, bias], [bias, bias]]
        return [[self._gather(b, co, lanes, at.n, y, x) for x in at.xs] for y in at.ys]

    def _gather(self, b: Builder, co: SSAValue, lanes: int, n: Index, y: Index, x: Index) -> SSAValue:
        """``out[n, co + l, y, x]`` for each lane ``l``, as one vector."""
        acc = b.splat(b.zero(), lanes)
        for lane in range(lanes):
            value = b.load(self.out, [n, b.add(co, lane), y, x])
            acc = b.insert(value, acc, lane)
        return acc


@dataclass(frozen=True)
class _Pixels:
    """Where a tile's four outputs go: image ``n``, rows ``ys``, columns ``xs`` (clamped on an
    odd edge) and their flat pixels ``y * OW + x`` (for the epilogue)."""

    n: Index
    ys: list[Index]
    xs: list[Index]
    pixels: list[list[Index]]


def default_winograd_schedule(op: Operation, s: Sizes) -> KernelSchedule | None:
    """The target-derived schedule of the Winograd kernel of ``op`` (None outside a module)."""
    module = op.get_toplevel_object()
    return winograd_schedule(target_of(module), s.ci, s.co, s.tiles) if isinstance(module, ModuleOp) else None


def emit_winograd(
    anchor: Operation,
    s: Sizes,
    sched: KernelSchedule,
    operands: tuple[SSAValue, SSAValue, SSAValue | bool],
    name: str,
    data: np.ndarray,
    epilogue: Epilogue | None = None,
) -> None:
    """Pack the constant weights ``data`` (global ``name``) as ``U`` panels and emit the
    Winograd kernel of ``operands`` (padded input, output, and what the output starts from: a
    folded bias, True for a folded zero fill, False for its contents) before ``anchor``."""
    x, out, start = operands
    module = anchor.get_toplevel_object()
    assert isinstance(module, ModuleOp)
    t = block_tiles(target_of(module), s.ci, s.co, s.tiles)
    weights = data.reshape(s.co, s.ci, 3, 3)
    packed = packed_global(anchor, name, f"winograd{sched.nr}", pack_winograd_weights(weights, sched.nr))
    bias = start if isinstance(start, SSAValue) else None
    rewrite = WinogradRewrite(s, sched, t, x, packed, out, bias, zero_start=start is True, epilogue=epilogue)
    rewrite.emit(Builder.before(anchor))
