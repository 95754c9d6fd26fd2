"""Convolution with the output channels on the vector lanes (``vectorize = "channels"``).

MEMREF STAGE -> LOOP STAGE, one of the two forms of ``linalg-conv-microkernel``
(:mod:`ember.lowering.kernels.conv` holds the other, pixels on the lanes, and picks the form the
op's ``ember.schedule`` names). Per image (and group) the convolution is the GEMM

    out^T[p, co] = sum over (ci, tap) of  x[ci, h(p) + tap_h, w(p) + tap_w] * W[co, ci, tap]

with M = the output pixels ``p = oh * OW + ow`` (rows), N = the output channels (columns) and
K = the input channels (the taps unrolled in each k step):

- **weights are the vector operand**, packed at compile time as ``[ceil(Co/NR)][Ci][KH*KW*NR]``
  (zero padded panels of NR output channels);
- **the input is the broadcast operand**, read from the padded input at
  ``ci * Hp * Wp + (oh * sh) * Wp + ow * sw + tap offset`` (each row of a tile computes its
  pixel's offset once, outside the k loop); strides and dilations only change those offsets, so
  no phase planes, no junk columns, no scratch buffer;
- every pixel is a row: the M % MR remainder rows get their own (shorter) tile instead of a
  recomputed or padded column block, which is what makes this form win when there are few
  output pixels (the 7x7 and 14x14 stages of ResNet-50, with hundreds of channels);
- tiles start from the folded bias (``bias[co]`` is contiguous along the lanes), from zero (a
  folded zero fill), or from the output gathered lane by lane; a finished tile is transposed in
  registers (:meth:`~ember.lowering.kernels.builder.Builder.transpose`: ``vector.shuffle``) into
  one vector of its MR consecutive pixels per output channel, which goes through the fused
  epilogue along the pixels (a residual is then one vector load, a bias a broadcast) and is
  stored whole into the NCHW output (the tiles of an interior or border pass, below, whose
  pixels need not be consecutive, are written lane by lane).

When the conv's input is a zero pad that ``linalg-conv-microkernel`` folds (``Geometry.border``:
few border pixels, ``conv.MAX_BORDER_SHARE``), the input read is the unpadded one: the output
pixels whose windows lie inside it run the tiles above (:class:`Pixels`), the ring of the others
a border pass that stages each tile's clamped, masked windows (:class:`_BorderPass`).

K and M blocks (``kc`` input channels, ``mc`` pixels) follow the schedule as in the matmul: a
``kc x taps x NR`` weight block stays in L1 across the pixel tiles of a column panel. With K
blocks the partial sums live in a pixels x channels scratch buffer (whole-vector loads and
stores) that a last loop transposes into the output.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np
from xdsl.dialects import arith, memref
from xdsl.ir import SSAValue

from ember.lowering.kernels.builder import (
    Builder,
    Index,
    Segment,
    Shape,
    TapIndex,
    TileKernel,
    column_segments,
    emit_tile,
)
from ember.lowering.kernels.gemm import emit_blocked
from ember.lowering.kernels.schedule import grain_for, min_flops_per_thread, parallel_threads

if TYPE_CHECKING:  # conv.py imports this module
    from ember.lowering.kernels.conv import Geometry, Offsets
    from ember.lowering.kernels.epilogue import Epilogue


Store = Callable[[Builder, int, int, SSAValue], None]
StoreColumn = Callable[[Builder, int, list[SSAValue]], None]

TAP_LOOP_MIN_TAPS = 9
"""Windows with more taps than this run their rows as a loop (``Shape.tap_rows``), smaller ones
stay unrolled. Looping the rows of every 3x3 window made light ResNet-50 run 20 % slower (Zen 3,
1 thread: 160 against 130 ms; O3 runs without loop unrolling) for a third of the kernel IR; the
7x7 stem is a seventh of its unrolled IR (3 600 -> 960 ops) and a small share of the run time."""


def pack_channel_panels(w: np.ndarray, nr: int, groups: int = 1) -> np.ndarray:
    """``W[Co][Ci][KH][KW]`` -> ``[ceil(Co/NR)][Ci][KH*KW*NR]``, zero padded; with ``groups``
    > 1 (``Co`` and ``Ci`` per group) each group's panels follow the previous group's."""
    if groups > 1:
        return np.concatenate([pack_channel_panels(part, nr) for part in np.split(w, groups)])
    co, ci, kh, kw = w.shape
    panels = -(-co // nr)
    padded = np.zeros((panels * nr, ci, kh * kw), w.dtype if w.dtype == np.int32 else np.float32)
    padded[:co] = w.reshape(co, ci, kh * kw)
    return padded.reshape(panels, nr, ci, kh * kw).transpose(0, 2, 3, 1).reshape(panels, ci, kh * kw * nr).copy()


@dataclass
class ChannelConv:
    """Emits one convolution in the channels-on-lanes form (see the module docstring)."""

    g: Geometry
    x: SSAValue
    weights: SSAValue
    out: SSAValue
    bias: SSAValue | None = None
    zero_start: bool = False
    """Whether the zero fill of the output was folded in (tiles then start from zero)."""
    epilogue: Epilogue | None = None
    """A fused elementwise epilogue applied to the finished results (written to its output)."""

    @property
    def k_blocked(self) -> bool:
        return 0 < self.g.sched.kc < self.g.ci

    def emit(self, b: Builder) -> None:
        from ember.lowering.kernels.conv import over_groups

        g = self.g
        x = b.collapse_spatial(self.x, [g.n, g.ci * g.groups, g.stored[0] * g.stored[1]])
        out = b.collapse_spatial(self.out, [g.n, g.co * g.groups, g.oh * g.ow])
        scratch = b.alloc([g.oh * g.ow, g.co]) if self.k_blocked else None
        border = [p for p in Pixels.passes(g) if p.kind == "border"]
        staging = _BorderPass.scratch(b, g, border[0].count) if border else None
        columns = column_segments(g.co, g.nr, g.lanes)

        def image(nb: Builder, n: SSAValue) -> None:
            def group(gb: Builder, off: Offsets) -> None:
                for pixels in Pixels.passes(g):
                    tiles = _Tiles(self, x, out, scratch, n, off, pixels)
                    if pixels.kind == "border":
                        assert staging is not None
                        _BorderPass(tiles, columns, staging).emit(gb)
                        continue
                    emit_blocked(gb, pixels.count, g.co, g.ci, g.sched, tiles.factory, cols=columns, taps=g.kh * g.kw,
                                 peel_first=True, tap_rows=self.tap_rows)  # fmt: skip
                if scratch is not None:
                    _transpose_into(gb, scratch, out, (n, off.channel_out), self.epilogue)

            over_groups(nb, g, group)

        b.simple_loop(0, b.leading_size(self.out), 1, image)
        for buffer in (scratch, *(staging or ())):
            if buffer is not None:
                b.op(memref.DeallocOp.get(buffer))

    @property
    def tap_rows(self) -> int:
        return self.g.kh if self.g.kh * self.g.kw > TAP_LOOP_MIN_TAPS else 1

    def tap_offsets(self) -> list[int]:
        g = self.g
        (dh, dw) = g.dilation
        return [kh * dh * g.stored[1] + kw * dw for kh in range(g.kh) for kw in range(g.kw)]

    def tap_offset(self, b: Builder, tap: TapIndex) -> Index:
        """Offset of ``tap`` from a window origin in the input plane read."""
        if isinstance(tap, int):
            return self.tap_offsets()[tap]
        (dh, dw) = self.g.dilation
        return b.add(b.mul(tap.row, dh * self.g.stored[1]), tap.col * dw)

    def tap_column(self, b: Builder, tap: TapIndex) -> Index:
        """First column of ``tap`` in a weight panel row (``[KH*KW*NR]``)."""
        if isinstance(tap, int):
            return tap * self.g.nr
        return b.add(b.mul(tap.row, self.g.kw * self.g.nr), tap.col * self.g.nr)

    def pixel_offset(self, b: Builder, p: Index) -> Index:
        """Offset in the padded input plane of the window origin of output pixel ``p``."""
        g = self.g
        (sh, sw) = g.stride
        return b.add(b.mul(b.div(p, g.ow), sh * g.wp), b.mul(b.rem(p, g.ow), sw))


@dataclass(frozen=True)
class Pixels:
    """The output pixels one pass of tiles covers, ``count`` of them: ``all`` (the input is
    padded), or with a ``border`` the ``inside`` rectangle of pixels whose windows lie in the
    unpadded input (the plain kernel) and the ``border`` ring of the others (clamped, masked
    loads: :class:`_Edge`); local index ``m`` -> output pixel."""

    kind: str
    count: int
    g: Geometry

    @staticmethod
    def passes(g: Geometry) -> list[Pixels]:
        if g.border is None:
            return [Pixels("all", g.oh * g.ow, g)]
        rows, cols = _inside_range(g, 0), _inside_range(g, 1)
        inside = len(rows) * len(cols)
        found = [Pixels("inside", inside, g), Pixels("border", g.oh * g.ow - inside, g)]
        return [p for p in found if p.count]

    def inside_pixel(self, b: Builder, m: Index) -> tuple[Index, Index]:
        """(output pixel, window origin in the unpadded plane) of interior pixel ``m``."""
        g = self.g
        assert g.border is not None
        top, left, _, width = g.border
        rows, cols = _inside_range(g, 0), _inside_range(g, 1)
        oh, ow = b.add(b.div(m, len(cols)), rows.start), b.add(b.rem(m, len(cols)), cols.start)
        (sh, sw) = g.stride
        origin = b.add(b.mul(oh, sh * width), b.mul(ow, sw))
        shift = top * width + left
        if shift:
            origin = b.op(arith.SubiOp(b.idx(origin), b.idx(shift))).results[0]
        return b.add(b.mul(oh, g.ow), ow), origin

    def border_pixel(self, b: Builder, e: Index) -> Index:
        """Output pixel of border pixel ``e``: the rows above the interior, those below it, then
        row by row the columns left and right of it."""
        g = self.g
        rows, cols = _inside_range(g, 0), _inside_range(g, 1)
        if not len(rows) or not len(cols):
            return e
        above, below = rows.start * g.ow, (g.oh - rows.stop) * g.ow
        side = g.ow - len(cols)
        pixel = b.idx(e)
        if below:
            low = b.op(arith.CmpiOp(b.idx(e), b.idx(above), "ult")).results[0]
            pixel = b.op(arith.SelectOp(low, pixel, b.idx(b.add(e, (rows.stop - rows.start) * g.ow)))).results[0]
        if not side:
            return pixel
        s = b.op(arith.SubiOp(b.idx(e), b.idx(above + below))).results[0]
        c = b.rem(s, side)
        right = b.op(arith.CmpiOp(b.idx(c), b.idx(cols.start), "uge")).results[0]
        ow = b.op(arith.SelectOp(right, b.idx(b.add(c, len(cols))), b.idx(c))).results[0]
        at_side = b.add(b.mul(b.add(b.div(s, side), rows.start), g.ow), ow)
        in_band = b.op(arith.CmpiOp(b.idx(e), b.idx(above + below), "ult")).results[0]
        return b.op(arith.SelectOp(in_band, pixel, b.idx(at_side))).results[0]


def _inside_range(g: Geometry, axis: int) -> range:
    """The output rows (``axis`` 0) or columns (1) whose windows lie inside the unpadded input."""
    assert g.border is not None
    low, size = g.border[axis], g.border[2 + axis]
    stride, reach = g.stride[axis], (g.kh - 1, g.kw - 1)[axis] * g.dilation[axis]
    first, last = -(-low // stride), (size - 1 + low - reach) // stride
    return range(max(first, 0), min(last, (g.oh, g.ow)[axis] - 1) + 1)


@dataclass
class _Tiles:
    """The tile kernels of one image and group. Without K blocks a tile starts from the bias
    (or the output) and is written into the output one channel (a vector of pixels) at a time,
    or lane by lane when the region's pixels are not consecutive; with K blocks tiles start from
    the bias in the first block and from ``scratch[p, co]`` (pixels x channels, whole vectors)
    in the others, and always store there; the group's epilogue transposes it into the output."""

    conv: ChannelConv
    x: SSAValue
    out: SSAValue
    scratch: SSAValue | None
    n: SSAValue
    off: Offsets
    region: Pixels

    def factory(self, b: Builder, i: SSAValue, j: SSAValue, shape: Shape) -> TileKernel:
        """The tile of the region's pixels ``[i, i + MR)``."""
        g, region = self.conv.g, self.region
        if region.kind == "all":
            pixels = [b.add(i, r) for r in range(shape.mr)]
            return self.kernel(b, j, shape, pixels, [self.conv.pixel_offset(b, p) for p in pixels])
        if region.kind == "inside":
            places = [region.inside_pixel(b, b.add(i, r)) for r in range(shape.mr)]
            return self.kernel(b, j, shape, [p for p, _ in places], [o for _, o in places])
        raise AssertionError(f"{region.kind} pixels take _BorderPass ({g})")

    def kernel(self, b: Builder, j: SSAValue, shape: Shape, pixels: list[Index], origins: list[Index]) -> TileKernel:
        """The tile of output ``pixels`` whose windows start at ``origins`` in the plane read."""
        g, off, lanes = self.conv.g, self.off, shape.lanes
        panel = b.add(b.div(j, g.nr), _group_panel(b, off.channel_out, g.co, -(-g.co // g.nr)))
        within = b.rem(j, g.nr)
        columns = [b.add(j, v * lanes) for v in range(shape.nvec)]
        channels = [b.add(off.channel_out, c) for c in columns]
        first_block = isinstance(shape.k_start, int) and shape.k_start == 0

        def a(kb: Builder, ci: SSAValue, t: TapIndex, r: int) -> SSAValue:
            position = kb.add(origins[r], self.conv.tap_offset(kb, t))
            return kb.load(self.x, [self.n, kb.add(off.channel_in, ci), position])

        def bvec(kb: Builder, ci: SSAValue, t: TapIndex, v: int) -> SSAValue:
            tap = self.conv.tap_column(kb, t)
            column = kb.add(within, tap + v * lanes) if isinstance(tap, int) else kb.add(kb.add(within, tap), v * lanes)
            return kb.vload(self.conv.weights, [panel, ci, column], lanes)

        def init(bb: Builder, r: int, v: int) -> SSAValue:
            if first_block and self.conv.bias is not None:
                return bb.vload(self.conv.bias, [channels[v]], lanes)
            if first_block and self.conv.zero_start:
                return bb.splat(bb.zero(), lanes)
            if self.scratch is not None and not first_block:
                return bb.vload(self.scratch, [pixels[r], columns[v]], lanes)
            return self._gather(bb, channels[v], pixels[r], lanes)

        store, column = self._stores(pixels, columns, channels)
        return TileKernel(a=a, bvec=bvec, init=init, store=store, store_column=column)

    def _stores(self, pixels: list[Index], columns: list[Index], channels: list[Index]) -> tuple[Store, StoreColumn | None]:
        """A tile's ``store`` (one accumulator: into the scratch, or lane by lane into the output)
        and, when its pixels are consecutive in the output, its ``store_column`` (a column of
        accumulators, transposed; an interior pass's tile may otherwise wrap to the next row)."""

        def store(bb: Builder, r: int, v: int, value: SSAValue) -> None:
            if self.scratch is not None:
                bb.vstore(value, self.scratch, [pixels[r], columns[v]])
                return
            self._write_lanes(bb, value, channels[v], pixels[r])

        def store_column(bb: Builder, v: int, values: list[SSAValue]) -> None:
            for lane, along_pixels in enumerate(bb.transpose(values)):
                self._write(bb, along_pixels, bb.add(channels[v], lane), pixels[0])

        return store, store_column if self.scratch is None and self._rows_in_line() else None

    def _rows_in_line(self) -> bool:
        """Whether every tile's pixels are consecutive in the output: the whole image, or an
        interior whose rows hold whole tiles (tiles start at multiples of MR)."""
        if self.region.kind == "all":
            return True
        return self.region.kind == "inside" and len(_inside_range(self.conv.g, 1)) % self.conv.g.sched.mr == 0

    def _write_lanes(self, b: Builder, value: SSAValue, channel: Index, pixel: Index) -> None:
        """A finished vector along the channels from ``channel`` at ``pixel``, through the
        epilogue if any, written to the output lane by lane."""
        if self.conv.epilogue is not None:
            value = self.conv.epilogue.apply(b, value, self.n, channel, pixel, "channels")
        for lane in range(value.type.get_shape()[0]):  # type: ignore[attr-defined]
            b.store(b.extract(value, lane), self.out, [self.n, b.add(channel, lane), pixel])

    def _write(self, b: Builder, value: SSAValue, channel: Index, pixel: Index) -> None:
        """A finished vector along the pixels from ``pixel`` (one output channel of a tile's
        rows), through the epilogue if any, written to the output."""
        if self.conv.epilogue is not None:
            value = self.conv.epilogue.apply(b, value, self.n, channel, pixel, "pixels")
        b.vstore(value, self.out, [self.n, channel, pixel])

    def _gather(self, b: Builder, channel: Index, pixel: Index, lanes: int) -> SSAValue:
        """``out[n, channel + l, pixel]`` for each lane ``l``, as one vector."""
        acc = b.splat(b.zero(), lanes)
        for lane in range(lanes):
            value = b.load(self.out, [self.n, b.add(channel, lane), pixel])
            acc = b.insert(value, acc, lane)
        return acc



STAGED_BYTES = 1024
"""Most bytes of a border tile's staged windows (``Z``): the input channels are staged in
blocks of as many as fit (at least one), so the scratch stays small whatever the channel
count (VGG-19's ``conv1_2``, at its arena peak, has 2.7 KB to spare under onnxruntime's)."""


@dataclass
class _BorderPass:
    """The border pixels of a convolution reading its unpadded input (``g.border``), MR at a
    time. A tile's accumulators for all output channels live in a small scratch ``acc[MR][Co]``
    (started from the plain tile's bias, zero or output); per block of input channels the
    tile's windows are staged once, ``Z[c][r * taps + t]``, from coordinates clamped into the
    input (computed once per tile) and masked to 0 where they were outside
    (:data:`STAGED_BYTES`), and every panel of
    output channels runs the plain tile's FMAs over the block from ``acc`` back into it, its
    broadcast scalars read from ``Z``; the plain tile's store ends it. (Masking the loads inside
    the tiles' k loop kept 54 clamped positions live across it and ran the border pixels 3x
    slower than the others; staging per panel cost 4 stagings on 64 output channels.) Several
    threads take contiguous ranges of tiles, each with its own ``Z`` and ``acc``."""

    tiles: _Tiles
    columns: list[Segment]
    staging: tuple[SSAValue, SSAValue]
    """``Z[slot][c][r * taps + t]`` and ``acc[slot][r][co]``, one slot per thread (allocated
    by :meth:`scratch` before the loop over images, so no call allocates on the heap)."""

    @property
    def taps(self) -> int:
        return self.tiles.conv.g.kh * self.tiles.conv.g.kw

    @staticmethod
    def team(g: Geometry, count: int, threads: int) -> tuple[int, int, int]:
        """(rows per tile, full tiles, threads) of a border pass over ``count`` pixels."""
        mr = min(g.sched.mr, count)
        full = count // mr
        grain = grain_for(2 * mr * g.ci * g.kh * g.kw * g.co, min_flops_per_thread(g.lanes))
        return mr, full, parallel_threads(threads, full, grain)

    @staticmethod
    def scratch(b: Builder, g: Geometry, count: int) -> tuple[SSAValue, SSAValue]:
        mr, _, team = _BorderPass.team(g, count, b.threads)
        taps = g.kh * g.kw
        block = min(g.ci, max(1, STAGED_BYTES // (4 * mr * taps)))
        return b.alloc([team, block, mr * taps]), b.alloc([team, mr, g.co])

    def emit(self, b: Builder) -> None:
        count = self.tiles.region.count
        mr, full, _ = self.team(self.tiles.conv.g, count, b.threads)
        team = self.staging[0].type.get_shape()[0]  # type: ignore[attr-defined]
        if team < 2:
            self._range(b, (0, full), mr, 0)
        else:

            def thread(pb: Builder, p: SSAValue) -> None:
                self._range(pb, (pb.div(pb.mul(p, full), team), pb.div(pb.add(pb.mul(p, full), full), team)), mr, p)

            b.parallel_loop(0, team, 1, 1, thread)
        if count % mr:
            self._range(b, (full, full + 1), count % mr, 0, mr)

    def _range(self, b: Builder, tiles: tuple[Index, Index], rows: int, slot: Index, step: int = 0) -> None:
        """Tiles ``[first, last)`` of ``rows`` pixels each (starting ``step or rows`` apart) in
        scratch ``slot``."""
        b.simple_loop(tiles[0], tiles[1], 1, lambda tb, t: self._tile(tb, slot, tb.mul(t, step or rows), rows))

    def _panels(self, b: Builder, rows: int, body: Callable[[Builder, SSAValue, Shape], None]) -> None:
        """``body(builder, first column, tile shape)`` for every panel of output channels."""
        g = self.tiles.conv.g
        for col in self.columns:
            assert col.clamp is None, "an overlapping column block would accumulate twice"
            shape = Shape(rows, col.width // col.lanes, col.lanes, g.ci, self.taps, 0, self.tiles.conv.tap_rows)
            b.simple_loop(col.start, col.end, col.width, lambda cb, j, shape=shape: body(cb, j, shape))

    def _tile(self, b: Builder, slot: Index, i: Index, rows: int) -> None:
        tiles, g = self.tiles, self.tiles.conv.g
        assert g.border is not None
        z, acc = self.staging
        pixels = [tiles.region.border_pixel(b, b.add(i, r)) for r in range(rows)]
        window = self._window(b, pixels)

        def start(cb: Builder, j: SSAValue, shape: Shape) -> None:
            kernel = tiles.kernel(cb, j, shape, pixels, [])
            for r in range(shape.mr):
                for v in range(shape.nvec):
                    cb.vstore(kernel.init(cb, r, v), acc, [slot, r, cb.add(j, v * shape.lanes)])

        def finish(cb: Builder, j: SSAValue, shape: Shape) -> None:
            kernel = tiles.kernel(cb, j, shape, pixels, [])
            for r in range(shape.mr):
                for v in range(shape.nvec):
                    kernel.store(cb, r, v, cb.vload(acc, [slot, r, cb.add(j, v * shape.lanes)], shape.lanes))

        self._panels(b, rows, start)
        block = z.type.get_shape()[1]  # type: ignore[attr-defined]
        full = g.ci // block
        if full:
            b.simple_loop(0, full, 1, lambda lb, k: self._block(lb, slot, window, (lb.mul(k, block), block), pixels))
        if g.ci % block:
            self._block(b, slot, window, (full * block, g.ci % block), pixels)
        self._panels(b, rows, finish)

    def _window(self, b: Builder, pixels: list[Index]) -> list[tuple[Index, SSAValue]]:
        """Per pixel and tap (``r * taps + t``): the position in the unpadded plane, clamped
        into it, and whether it was inside."""
        g = self.tiles.conv.g
        assert g.border is not None
        top, left, h, w = g.border
        (sh, sw), (dh, dw) = g.stride, g.dilation
        window = []
        for p in pixels:
            oy, ox = _minus(b, b.mul(b.div(p, g.ow), sh), top), _minus(b, b.mul(b.rem(p, g.ow), sw), left)
            for t in range(self.taps):
                y, x = b.add(oy, t // g.kw * dh), b.add(ox, t % g.kw * dw)
                ok = b.op(arith.AndIOp(_below(b, y, h), _below(b, x, w))).results[0]
                window.append((b.add(b.mul(_clip(b, y, h), w), _clip(b, x, w)), ok))
        return window

    def _block(
        self, b: Builder, slot: Index, window: list[tuple[Index, SSAValue]], channels: tuple[Index, int],
        pixels: list[Index],
    ) -> None:  # fmt: skip
        """Stage input channels ``channels = (k0, count)`` and run every panel's FMAs over them."""
        z, acc = self.staging
        k0, count = channels
        tiles = self.tiles

        def stage(cb: Builder, c: SSAValue) -> None:
            ci = cb.add(tiles.off.channel_in, cb.add(k0, c))
            for column, (position, ok) in enumerate(window):
                value = cb.load(tiles.x, [tiles.n, ci, position])
                cb.store(cb.op(arith.SelectOp(ok, value, cb.zero())).results[0], z, [slot, c, column])

        b.simple_loop(0, count, 1, stage)
        taps, g = self.taps, self.tiles.conv.g

        def a(kb: Builder, ci: SSAValue, t: TapIndex, r: int) -> SSAValue:
            tap = t if isinstance(t, int) else kb.add(kb.mul(t.row, g.kw), t.col)
            return kb.load(z, [slot, kb.op(arith.SubiOp(ci, kb.idx(k0))).results[0], kb.add(r * taps, tap)])

        def panel(cb: Builder, j: SSAValue, shape: Shape) -> None:
            kernel = self.tiles.kernel(cb, j, shape, pixels, [])
            at = [[slot, r, cb.add(j, v * shape.lanes)] for r in range(shape.mr) for v in range(shape.nvec)]
            emit_tile(cb, replace(shape, k_start=k0, k_count=count), TileKernel(
                a, kernel.bvec,
                lambda bb, r, v: bb.vload(acc, at[r * shape.nvec + v], shape.lanes),
                lambda bb, r, v, value: bb.vstore(value, acc, at[r * shape.nvec + v]),
            ))  # fmt: skip

        self._panels(b, len(pixels), panel)


def _minus(b: Builder, value: Index, amount: int) -> Index:
    if isinstance(value, int) or not amount:
        return value - amount if isinstance(value, int) else value
    return b.op(arith.SubiOp(value, b.idx(amount))).results[0]


def _below(b: Builder, value: Index, size: int) -> SSAValue:
    """``0 <= value < size`` (``value`` as unsigned)."""
    return b.op(arith.CmpiOp(b.idx(value), b.idx(size), "ult")).results[0]


def _clip(b: Builder, value: Index, size: int) -> Index:
    if isinstance(value, int):
        return min(max(value, 0), size - 1)
    low = b.op(arith.MaxSIOp(value, b.idx(0))).results[0]
    return b.op(arith.MinSIOp(low, b.idx(size - 1))).results[0]


def _transpose_into(
    b: Builder, scratch: SSAValue, out: SSAValue, at: tuple[SSAValue, Index], epilogue: Epilogue | None
) -> None:
    """``out[n, channel_out + co, p] = scratch[p, co]`` (through the ``epilogue``, if any) for
    ``at = (n, channel_out)``."""
    pixels, channels = scratch.type.get_shape()  # type: ignore[attr-defined]
    n, channel_out = at

    def per_channel(cb: Builder, co: SSAValue) -> None:
        channel = cb.add(channel_out, co)

        def per_pixel(pb: Builder, p: SSAValue) -> None:
            value = pb.load(scratch, [p, co])
            if epilogue is not None:
                value = epilogue.apply(pb, value, n, channel, p, "pixels")
            pb.store(value, out, [n, channel, p])

        cb.simple_loop(0, pixels, 1, per_pixel)

    b.simple_loop(0, channels, 1, per_channel)


def _group_panel(b: Builder, channel_out: Index, co: int, panels: int) -> Index:
    """The first weight panel of the group whose first output channel is ``channel_out``."""
    return b.mul(b.div(channel_out, co), panels)

