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
  folded zero fill), or from the output gathered lane by lane, and are written to the NCHW output one lane at a time
  (``vector.extract``; a tile has MR * NR elements against K * MR * NR / LANES FMAs).

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
    Shape,
    SplitTile,
    TapIndex,
    TileKernel,
    column_segments,
)
from ember.lowering.kernels.gemm import emit_blocked

if TYPE_CHECKING:  # conv.py imports this module
    from ember.lowering.kernels.conv import Geometry, Offsets
    from ember.lowering.kernels.epilogue import Epilogue


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
        columns = column_segments(g.co, g.nr, g.lanes)

        def image(nb: Builder, n: SSAValue) -> None:
            def group(gb: Builder, off: Offsets) -> None:
                factory = _Tiles(self, x, out, scratch, n, off).factory
                emit_blocked(gb, g.oh * g.ow, g.co, g.ci, g.sched, factory, cols=columns, taps=g.kh * g.kw,
                             peel_first=True, tap_rows=g.kh if g.kh * g.kw > TAP_LOOP_MIN_TAPS else 1)  # fmt: skip
                if scratch is not None:
                    _transpose_into(gb, scratch, out, (n, off.channel_out), self.epilogue)

            over_groups(nb, g, group)

        b.simple_loop(0, b.leading_size(self.out), 1, image)
        if scratch is not None:
            b.op(memref.DeallocOp.get(scratch))

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
        """Offset in the input plane read of the window origin of output pixel ``p`` (with a
        ``border``, outside the plane for a pixel whose window reaches into it)."""
        g = self.g
        (sh, sw) = g.stride
        width = g.stored[1]
        origin = b.add(b.mul(b.div(p, g.ow), sh * width), b.mul(b.rem(p, g.ow), sw))
        if g.border is None or not g.border[0] * width + g.border[1]:
            return origin
        return b.op(arith.SubiOp(b.idx(origin), b.idx(g.border[0] * width + g.border[1]))).results[0]


@dataclass
class _Tiles:
    """The tile kernels of one image and group. Without K blocks a tile starts from the bias
    (or the output) and is written into the output lane by lane; with K blocks tiles start from
    the bias in the first block and from ``scratch[p, co]`` (pixels x channels, whole vectors)
    in the others, and always store there; the group's epilogue transposes it into the output."""

    conv: ChannelConv
    x: SSAValue
    out: SSAValue
    scratch: SSAValue | None
    n: SSAValue
    off: Offsets

    def factory(self, b: Builder, i: SSAValue, j: SSAValue, shape: Shape) -> TileKernel | SplitTile:
        kernel = self.kernel(b, i, j, shape)
        if self.conv.g.border is None:
            return kernel
        edge = _Edge(self.conv.g, self.x, self.n, self.off, [b.add(i, r) for r in range(shape.mr)])
        return SplitTile(edge.inside(b), kernel, lambda eb: replace(kernel, a=edge.scalars(eb)))

    def kernel(self, b: Builder, i: SSAValue, j: SSAValue, shape: Shape) -> TileKernel:
        g, off, lanes = self.conv.g, self.off, shape.lanes
        pixels = [b.add(i, r) for r in range(shape.mr)]
        origins = [self.conv.pixel_offset(b, p) for p in pixels]
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

        def store(bb: Builder, r: int, v: int, value: SSAValue) -> None:
            if self.scratch is not None:
                bb.vstore(value, self.scratch, [pixels[r], columns[v]])
                return
            self._write(bb, value, channels[v], pixels[r])

        return TileKernel(a=a, bvec=bvec, init=init, store=store)

    def _write(self, b: Builder, value: SSAValue, channel: Index, pixel: Index) -> None:
        """A finished vector along the channels from ``channel`` at ``pixel``, through the
        epilogue if any, written to the output lane by lane."""
        if self.conv.epilogue is not None:
            value = self.conv.epilogue.apply(b, value, self.n, channel, pixel, "channels")
        for lane in range(value.type.get_shape()[0]):  # type: ignore[attr-defined]
            element = b.extract(value, lane)
            b.store(element, self.out, [self.n, b.add(channel, lane), pixel])

    def _gather(self, b: Builder, channel: Index, pixel: Index, lanes: int) -> SSAValue:
        """``out[n, channel + l, pixel]`` for each lane ``l``, as one vector."""
        acc = b.splat(b.zero(), lanes)
        for lane in range(lanes):
            value = b.load(self.out, [self.n, b.add(channel, lane), pixel])
            acc = b.insert(value, acc, lane)
        return acc



@dataclass
class _Edge:
    """The border tiles of a convolution reading its unpadded input (``g.border``): which tiles
    have every window inside the input, and for the others the broadcast scalars loaded at
    coordinates clamped into the input and replaced by 0 where they were outside."""

    g: Geometry
    x: SSAValue
    n: SSAValue
    off: Offsets
    pixels: list[Index]

    def _bounds(self, axis: int) -> tuple[int, int]:
        """The output rows (``axis`` 0) or columns (1) whose windows lie inside the input."""
        g = self.g
        assert g.border is not None
        low, size = g.border[axis], g.border[2 + axis]
        stride, reach = g.stride[axis], (g.kh - 1, g.kw - 1)[axis] * g.dilation[axis]
        return -(-low // stride), (size - 1 + low - reach) // stride

    def inside(self, b: Builder) -> SSAValue:
        """Whether every window of the tile lies inside the input (output rows rise along the
        tile's pixels, columns may wrap)."""
        g = self.g
        (row_lo, row_hi), (col_lo, col_hi) = self._bounds(0), self._bounds(1)
        if row_hi < row_lo or col_hi < col_lo:
            return b.op(arith.ConstantOp.from_int_and_width(0, 1)).results[0]
        tests = [_within(b, b.div(self.pixels[0], g.ow), row_lo, row_hi), _within(b, b.div(self.pixels[-1], g.ow), row_lo, row_hi)]
        tests += [_within(b, b.rem(p, g.ow), col_lo, col_hi) for p in self.pixels]
        total = tests[0]
        for test in tests[1:]:
            total = b.op(arith.AndIOp(total, test)).results[0]
        return total

    def scalars(self, b: Builder) -> Callable[[Builder, SSAValue, TapIndex, int], SSAValue]:
        """The border tile's ``a``: the window origins per pixel computed in ``b`` (the branch)."""
        g = self.g
        assert g.border is not None
        top, left, h, w = g.border
        (sh, sw), (dh, dw) = g.stride, g.dilation
        origins = [
            (_minus(b, b.mul(b.div(p, g.ow), sh), top), _minus(b, b.mul(b.rem(p, g.ow), sw), left)) for p in self.pixels
        ]

        def a(kb: Builder, ci: SSAValue, t: TapIndex, r: int) -> SSAValue:
            kh, kw = divmod(t, g.kw) if isinstance(t, int) else (t.row, t.col)
            y, x = kb.add(origins[r][0], kb.mul(kh, dh)), kb.add(origins[r][1], kw * dw)
            ok = kb.op(arith.AndIOp(_below(kb, y, h), _below(kb, x, w))).results[0]
            position = kb.add(kb.mul(_clip(kb, y, h), w), _clip(kb, x, w))
            value = kb.load(self.x, [self.n, kb.add(self.off.channel_in, ci), position])
            return kb.op(arith.SelectOp(ok, value, kb.zero())).results[0]

        return a


def _minus(b: Builder, value: Index, amount: int) -> Index:
    if isinstance(value, int) or not amount:
        return value - amount if isinstance(value, int) else value
    return b.op(arith.SubiOp(value, b.idx(amount))).results[0]


def _within(b: Builder, value: Index, low: int, high: int) -> SSAValue:
    """``low <= value <= high`` as one unsigned compare."""
    return _below(b, _minus(b, value, low), high - low + 1)


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

