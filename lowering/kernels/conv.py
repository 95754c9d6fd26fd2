"""``linalg-conv-microkernel``: ``linalg.conv_2d_nchw_fchw`` (f32 or i32, constant weights) -> implicit GEMM.

(i32: the same tiles with ``arith.muli`` + ``arith.addi``, or 16-bit channel pairs and the
target's pair-dot instruction when the op carries ``ember.operand_bits``: ``pair_dot.py``.)

MEMREF STAGE -> LOOP STAGE, before ``convert-linalg-to-loops``. Per image, the convolution is a
GEMM with M = Co, K = Ci * KH * KW and N = output pixels, computed without im2col
(PERFORMANCE.md "Conv formulation"):

- **weights are the broadcast operand**, packed at compile time as ``[ceil(Co/MR)][Ci][KH*KW][MR]``
  (zero padded, so every row block is full);
- **the input is the vector operand**, read directly: output pixel ``j = oh * Ws + ow`` on the
  padded width ``Ws`` and tap ``(kh, kw)`` read ``plane[j + qh * Ws + qw]`` (constant offsets;
  the k loop runs over ``ci`` with the taps unrolled). With stride 1 the plane is the padded
  input itself; with stride ``s`` the input is first split into ``s_h * s_w`` phase planes
  (``plane[ph, pw][a, b] = x[a*s_h + ph, b*s_w + pw]``, one cheap copy) so that each tap again
  reads contiguous vectors. Dilation only changes the tap offsets;
- the tile (MR rows x NR columns of LANES-wide vectors, from the op's ``ember.schedule`` or the
  target's default; zero-initialised) is stored into a scratch buffer
  ``T[Co_padded][(OH-1)*Ws + OW]``; the last partial column block is recomputed as an
  overlapping one-vector block (1-lane columns when fewer than LANES exist);
- an epilogue adds the valid columns of ``T`` into the (bias-initialised) NCHW output;
- the bias initialisation ``convert-graph-to-linalg`` emits just before the conv is folded in:
  the epilogue writes ``bias + T`` (direct tiles start from the splatted bias) and the separate
  fill loop disappears;
- parallel loops (when the target has several cores and the work gives each a grain): the
  schedule's jr (pixel blocks) or ic (output-channel blocks) loop inside each K block, the
  epilogue's and the phase split's channel loops. Each iteration writes its own columns / rows
  of ``T`` and its own channels of the output or of the phase planes (the clamped last column
  block recomputes, bit for bit, columns of the block before it).

A convolution whose input is a zero pad of the spatial dims (of a buffer nothing touches before
the conv) reads the unpadded buffer in the Winograd kernel and in the channels form (when at
most ``MAX_BORDER_SHARE`` of its output pixels are border pixels): the pad and its buffer are
dropped (``fold_pad_into_pool.foldable_pad`` / ``drop_pad``), the kernels handle the border.

A convolution marked ``ember.winograd`` (f32, 3x3, stride and dilation 1, static batch) takes
the fused Winograd F(2x2, 3x3) kernel instead (:mod:`ember.lowering.kernels.winograd`), with the
same folded bias initialisation and fused epilogue. Convolutions with non-constant weights or
other element types are left to ``convert-linalg-to-loops``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
from xdsl.context import Context
from xdsl.dialects import arith, func, memref
from xdsl.dialects.builtin import DYNAMIC_INDEX, FloatAttr, IntegerAttr, MemRefType, ModuleOp
from xdsl.dialects.linalg import ops as linalg
from xdsl.ir import Operation, SSAValue
from xdsl.passes import ModulePass

from ember.lowering.flatten_dynamic import has_inner_run_time_sizes
from ember.lowering.fold_pad_into_pool import drop_pad, foldable_pad, pad_value
from ember.lowering.kernels.builder import (
    Builder,
    Index,
    Segment,
    Shape,
    TileKernel,
    column_segments,
    is_f32,
)
from ember.lowering.kernels.conv_channels import ChannelConv, Pixels, pack_channel_panels
from ember.lowering.kernels.epilogue import (
    Epilogue,
    find_epilogue,
    flatten_operands,
    remove_fused,
    share_residual,
)
from ember.lowering.kernels.fold_choice import pads_to_fold
from ember.lowering.kernels.gemm import emit_blocked, kernel_memrefs
from ember.lowering.kernels.packing import (
    constant_of,
    drop_unused_globals,
    erase_if_unused,
    packed_global,
)
from ember.lowering.kernels.pair_dot import (
    MAX_OPERAND_BITS,
    PairBuilder,
    PairDot,
    fits,
    is_i32_memref,
    operand_bits,
    pack_input,
    pack_pairs,
    pair_dot,
)
from ember.lowering.kernels.schedule import (
    KernelSchedule,
    conv_schedule,
    grain_for,
    min_elements_per_thread,
    schedule_of,
)
from ember.lowering.kernels.winograd import Sizes, default_winograd_schedule, emit_winograd
from ember.lowering.pad_in_place import PadCopy
from ember.registry import register_pass
from ember.target import target_of


def pack_weights(w: np.ndarray, mr: int, groups: int = 1) -> np.ndarray:
    """``W[Co][Ci][KH][KW]`` -> ``[ceil(Co/MR)][Ci][KH*KW][MR]``, zero padded, stored as the
    2-D ``[ceil(Co/MR) * Ci][KH*KW*MR]`` (one row per k step: one index add per step).
    With ``groups`` > 1 (``Co`` and ``Ci`` per group, output channels grouped consecutively)
    each group is packed on its own and the groups are stacked along the rows."""
    if groups > 1:
        return np.concatenate([pack_weights(part, mr) for part in np.split(w, groups)])
    co, ci, kh, kw = w.shape
    blocks = -(-co // mr)
    padded = np.zeros((blocks * mr, ci, kh * kw), w.dtype if w.dtype == np.int32 else np.float32)
    padded[:co] = w.reshape(co, ci, kh * kw)
    return padded.reshape(blocks, mr, ci, kh * kw).transpose(0, 2, 3, 1).reshape(blocks * ci, kh * kw * mr).copy()


def padded_rows(rows: int, mr: int) -> list[Segment]:
    """Whole MR-row blocks only (the scratch buffer's rows are padded to a multiple of MR)."""
    return [Segment(0, -(-rows // mr) * mr, mr, 1)]


def conv_columns(n: int, nr: int, lanes: int) -> list[Segment]:
    """Blocks of NR (of one vector when ``n < NR``); the last block starts at ``n - width`` and
    overlaps the previous one (T is written, not accumulated, so recomputing columns is
    harmless), so one kernel covers every column; 1-lane columns when ``n < lanes``."""
    width = nr if n >= nr else lanes if n >= lanes else 0
    if not width:
        return [Segment(0, n, 1, 1)]
    return [Segment(0, -(-n // width) * width, width, lanes, clamp=n - width)]


@dataclass(frozen=True)
class Geometry:
    """Static sizes of one convolution (input already padded; ``n`` may be ``DYNAMIC_INDEX``, a
    batch known at run time). ``ci`` and ``co`` count the channels of one group; the tiles use
    ``lanes``-wide vectors."""

    n: int
    ci: int
    hp: int
    wp: int
    co: int
    kh: int
    kw: int
    oh: int
    ow: int
    stride: tuple[int, int]
    dilation: tuple[int, int]
    groups: int = 1
    sched: KernelSchedule = KernelSchedule(1, 1, 1)
    """The kernel schedule (register tile, vector width): the op's, or the target's default."""
    border: tuple[int, int, int, int] | None = None
    """``(top, left, h, w)`` when the kernel reads the ``h x w`` unpadded input lying at
    ``(top, left)`` in the ``hp x wp`` padded one (the channels form's border tiles: the zero
    border is never stored); None when it reads the padded input."""

    @property
    def stored(self) -> tuple[int, int]:
        """The rows and columns of the input buffer read."""
        return (self.hp, self.wp) if self.border is None else (self.border[2], self.border[3])

    @property
    def lanes(self) -> int:
        return self.sched.lanes

    @property
    def strided(self) -> bool:
        return self.stride != (1, 1)

    @property
    def plane_h(self) -> int:
        return -(-self.hp // self.stride[0])

    @property
    def plane_w(self) -> int:
        return -(-self.wp // self.stride[1])

    @property
    def columns(self) -> int:
        return (self.oh - 1) * self.plane_w + self.ow

    @property
    def direct(self) -> bool:
        """Whether scratch columns are exactly the output pixels (no junk columns: KW = 1 and
        no horizontal padding, or a single output row as in a 1-D convolution; stride 1) and
        fill whole vectors: then tiles accumulate straight into the output. (A column tail would
        need 1-lane tiles there; the scratch path covers it with an overlapping vector block
        instead.)"""
        no_junk = self.plane_w == self.ow or self.oh == 1
        return not self.strided and no_junk and self.columns % self.sched.lanes == 0

    @property
    def rows(self) -> int:
        return -(-self.co // self.mr) * self.mr

    @property
    def mr(self) -> int:
        return self.sched.mr

    @property
    def nr(self) -> int:
        return self.sched.nr

    def tap(self, kh: int, kw: int) -> tuple[int, int]:
        """(phase plane, offset in the plane) read by tap (kh, kw)."""
        (sh, sw), (dh, dw) = self.stride, self.dilation
        qh, ph = divmod(kh * dh, sh)
        qw, pw = divmod(kw * dw, sw)
        return ph * sw + pw, qh * self.plane_w + qw



@dataclass(frozen=True)
class Offsets:
    """Where one group starts: its first input channel, first output channel and first row of
    the packed weights (all 0 for an ungrouped convolution)."""

    channel_in: Index = 0
    channel_out: Index = 0
    weight_row: Index = 0

    @staticmethod
    def of(b: Builder, group: Index, g: Geometry) -> Offsets:
        return Offsets(b.mul(group, g.ci), b.mul(group, g.co), b.mul(group, g.rows // g.mr * g.ci))


def over_groups(b: Builder, g: Geometry, body: Callable[[Builder, Offsets], None]) -> None:
    """``body`` once per group: inline for one group, else inside an ``scf.for`` over groups."""
    if g.groups == 1:
        body(b, Offsets())
        return
    b.simple_loop(0, g.groups, 1, lambda gb, group: body(gb, Offsets.of(gb, group, g)))


@dataclass
class ConvRewrite:
    """Emits the implicit GEMM for one convolution (see the module docstring); a grouped
    convolution is one implicit GEMM per group, on the group's channel ranges."""

    g: Geometry
    x: SSAValue
    weights: SSAValue
    out: SSAValue
    bias: SSAValue | None = None
    """``bias[Co]`` when the output's bias initialisation was folded into this rewrite: the
    result is then written (bias + sum) instead of accumulated into the output."""
    zero_start: bool = False
    """Whether the output's zero fill was folded in (the result is written, not accumulated)."""
    epilogue: Epilogue | None = None
    """A fused elementwise epilogue applied to the finished results (written to its output)."""

    def last_block(self, k_start: Index) -> bool:
        """Whether the K block starting at ``k_start`` (static once K blocks are peeled) is the
        last one, where the epilogue runs."""
        kc = self.g.sched.kc if 0 < self.g.sched.kc < self.g.ci else self.g.ci
        return isinstance(k_start, int) and k_start == (self.g.ci - 1) // kc * kc

    def finish(self, b: Builder, value: SSAValue, n: Index, channel: Index, pixel: Index) -> SSAValue:
        """``value`` (a finished vector along pixels) through the epilogue, if any."""
        if self.epilogue is None:
            return value
        return self.epilogue.apply(b, value, n, channel, pixel, "pixels")

    def emit(self, b: Builder) -> None:
        if self.g.direct:
            self._emit_direct(b)
            return
        g = self.g
        channels = g.ci * g.groups
        scratch = b.alloc([g.rows, g.columns])
        planes = b.alloc([channels, g.stride[0] * g.stride[1], g.plane_h * g.plane_w]) if g.strided else None
        flat = None if g.strided else b.collapse_spatial(self.x, [g.n, channels, g.hp * g.wp])

        def image(nb: Builder, n: SSAValue) -> None:
            if planes is not None:
                self._split_phases(nb, n, planes)
            source = self._source(n, planes, flat)

            def group(gb: Builder, off: Offsets) -> None:
                # each K block writes T from zero (so the clamped column blocks may overlap) and
                # its epilogue adds T into the output
                factory = self._factory(source, scratch, off)
                cols = conv_columns(g.columns, g.nr, g.lanes)

                def epilogue(eb: Builder, k0: Index) -> None:
                    first = k0 == 0 if isinstance(k0, int) else eb.op(arith.CmpiOp(k0, eb.idx(0), "eq")).results[0]
                    self._epilogue(eb, n, scratch, off.channel_out, first, self.last_block(k0))

                emit_blocked(gb, g.rows, g.columns, g.ci, g.sched, factory, cols=cols, rows_of=padded_rows,
                             taps=g.kh * g.kw, after_block=epilogue, peel_last=self.epilogue is not None)  # fmt: skip

            over_groups(nb, g, group)

        b.simple_loop(0, b.leading_size(self.out), 1, image)
        b.op(memref.DeallocOp.get(scratch))
        if planes is not None:
            b.op(memref.DeallocOp.get(planes))

    def _emit_direct(self, b: Builder) -> None:
        """No junk columns: C tiles are loaded from / stored to the (bias-initialised) output
        viewed as ``[N][Co][OH*OW]``; M % MR rows and N % lanes columns get their own tiles."""
        g = self.g
        flat = b.collapse_spatial(self.x, [g.n, g.ci * g.groups, g.hp * g.wp])
        out = b.collapse_spatial(self.out, [g.n, g.co * g.groups, g.oh * g.ow])
        n_iv: list[SSAValue] = []
        columns = column_segments(g.columns, g.nr, g.lanes)

        def group(gb: Builder, off: Offsets) -> None:
            factory = self._factory(lambda plane, ci, pos: (flat, [n_iv[0], ci, pos]), out, off, n_iv)
            emit_blocked(gb, g.co, g.columns, g.ci, g.sched, factory, cols=columns, taps=g.kh * g.kw, peel_first=True,
                         peel_last=self.epilogue is not None)  # fmt: skip

        def image(nb: Builder, n: SSAValue) -> None:
            n_iv[:] = [n]
            over_groups(nb, g, group)

        b.simple_loop(0, b.leading_size(self.out), 1, image)

    def _source(self, n: SSAValue, planes: SSAValue | None, flat: SSAValue | None):  # noqa: ANN202
        """``source(tap_plane, ci, position)`` -> (memref, indices) of the vector operand."""
        if planes is not None:
            return lambda plane, ci, pos: (planes, [ci, plane, pos])
        return lambda plane, ci, pos: (flat, [n, ci, pos])

    def _factory(self, source, scratch: SSAValue, off: Offsets, direct: list[SSAValue] | None = None):  # noqa: ANN001, ANN202
        """Tiles reading ``source``; written to ``scratch[row, col]`` from zero, or (``direct``
        holds the image index) accumulated into ``scratch[n, row, col]``. Rows and input
        channels are those of the group at ``off``."""
        g = self.g
        taps = [g.tap(kh, kw) for kh in range(g.kh) for kw in range(g.kw)]
        weights = self.weights

        def factory(b: Builder, i: SSAValue, j: SSAValue, shape: Shape) -> TileKernel:
            lanes = shape.lanes
            row0 = b.add(b.mul(b.div(i, g.mr), g.ci), off.weight_row)
            first = i if direct is None else b.add(off.channel_out, i)
            rows = [b.add(first, r) for r in range(shape.mr)]
            cols = [b.add(j, v * lanes) for v in range(shape.nvec)]
            starts = {(t, v): b.add(j, off_ + v * lanes) for t, (_, off_) in enumerate(taps) for v in range(shape.nvec)}
            first_block = isinstance(shape.k_start, int) and shape.k_start == 0
            zero = b.splat(b.zero(), lanes) if direct is None else None
            finished = direct is not None and self.last_block(shape.k_start)

            def at(r: int, v: int) -> list[Index]:
                return [rows[r], cols[v]] if direct is None else [direct[0], rows[r], cols[v]]

            def store(bb: Builder, r: int, v: int, value: SSAValue) -> None:
                if finished:
                    value = self.finish(bb, value, direct[0], rows[r], cols[v])  # type: ignore[index]
                bb.vstore(value, scratch, at(r, v))

            def bvec(kb: Builder, ci: SSAValue, t: int, v: int) -> SSAValue:
                mem, idx = source(taps[t][0], kb.add(off.channel_in, ci), starts[(t, v)])
                return kb.vload(mem, idx, lanes)

            return TileKernel(
                a=lambda kb, ci, t, r: kb.load(weights, [kb.add(row0, ci), t * g.mr + r]),
                bvec=bvec,
                init=lambda bb, r, v: zero if zero is not None else self._init(bb, scratch, at(r, v), lanes, first_block),
                store=store,
            )

        return factory

    def _init(self, b: Builder, out: SSAValue, at: list[Index], lanes: int, first_block: bool) -> SSAValue:
        """The starting accumulator of a tile that does not start from zero: what the output (or
        scratch) holds, or in the first K block of a direct tile the splatted bias."""
        if first_block and self.zero_start:
            return b.splat(b.zero(), lanes)
        if self.bias is None or not first_block:
            return b.vload(out, at, lanes)
        return b.splat(b.load(self.bias, [at[1]]), lanes)

    def _split_phases(self, b: Builder, n: SSAValue, planes: SSAValue) -> None:
        """``planes[ci, ph*sw+pw, a*Ws+c] = x[n, ci, min(a*sh+ph, Hp-1), min(c*sw+pw, Wp-1)]``
        (clamped reads only ever feed junk columns of the scratch buffer)."""
        g = self.g
        (sh, sw) = g.stride

        def per_channel(cb: Builder, ci: SSAValue) -> None:
            for ph in range(sh):
                for pw in range(sw):

                    def per_row(rb: Builder, a: SSAValue, ph: int = ph, pw: int = pw) -> None:
                        y = _clamp(rb, rb.add(rb.mul(a, sh), ph), g.hp - 1)
                        base = rb.mul(a, g.plane_w)

                        def per_col(eb: Builder, c: SSAValue) -> None:
                            x = _clamp(eb, eb.add(eb.mul(c, sw), pw), g.wp - 1)
                            value = eb.load(self.x, [n, ci, y, x])
                            eb.store(value, planes, [ci, ph * sw + pw, eb.add(base, c)])

                        rb.simple_loop(0, g.plane_w, 1, per_col)

                    cb.simple_loop(0, g.plane_h, 1, per_row)

        grain = grain_for(sh * sw * g.plane_h * g.plane_w, min_elements_per_thread(g.lanes))
        b.parallel_loop(0, g.ci * g.groups, 1, grain, per_channel)

    def _epilogue_start(
        self, b: Builder, at: list[Index], lanes: int, bias: SSAValue | None, first: bool | SSAValue
    ) -> SSAValue:
        """What a K block's partial sums are added to: the output, or the splatted bias in the
        first block (a select when that is only known at run time)."""
        if bias is None:
            return b.vload(self.out, at, lanes)
        if first is True:
            return b.splat(bias, lanes)
        return b.op(arith.SelectOp(first, b.splat(bias, lanes), b.vload(self.out, at, lanes))).results[0]

    def _epilogue(
        self, b: Builder, n: SSAValue, scratch: SSAValue, channel_out: Index, first: bool | SSAValue, last: bool
    ) -> None:
        """``out[n, c0 + co, oh, ow] += T[co, oh * Ws + ow]`` (in the first K block with a folded
        bias: ``= bias[c0 + co] + T[...]``, with a folded zero fill ``= T[...]``; ``first`` may be
        an i1 known only at run time; in the ``last`` block through the fused epilogue) for the
        valid columns, ``c0`` being the group's first output channel; vectors along each output
        row, then a 1-lane tail."""
        g = self.g
        full = g.ow // g.lanes * g.lanes

        def per_channel(cb: Builder, co: SSAValue) -> None:
            channel = cb.add(channel_out, co)
            bias = cb.load(self.bias, [channel]) if self.bias is not None and first is not False else None
            if self.zero_start and first is not False:
                bias = cb.zero()

            def per_row(rb: Builder, oh: SSAValue) -> None:
                base = rb.mul(oh, g.plane_w)

                def strip(lanes: int):  # noqa: ANN202
                    def per_col(eb: Builder, ow: SSAValue) -> None:
                        at = [n, channel, oh, ow]
                        acc = self._epilogue_start(eb, at, lanes, bias, first)
                        part = eb.vload(scratch, [co, eb.add(base, ow)], lanes)
                        value = eb.add_vectors(acc, part)
                        if last and self.epilogue is not None:
                            value = self.finish(eb, value, n, channel, eb.add(eb.mul(oh, g.ow), ow))
                        eb.vstore(value, self.out, at)

                    return per_col

                if full:
                    rb.simple_loop(0, full, g.lanes, strip(g.lanes))
                if g.ow > full:
                    rb.simple_loop(full, g.ow, 1, strip(1))

            cb.simple_loop(0, g.oh, 1, per_row)

        b.parallel_loop(0, g.co, 1, grain_for(g.oh * g.ow, min_elements_per_thread(g.lanes)), per_channel)


def _clamp(b: Builder, value: Index, upper: int) -> Index:
    if isinstance(value, int):
        return min(value, upper)
    return b.op(arith.MinSIOp(value, b.idx(upper))).results[0]


def _ints(attr: object, default: tuple[int, int]) -> tuple[int, int]:
    if attr is None:
        return default
    values = [int(v) for v in attr.get_values()]  # type: ignore[attr-defined]
    return (values[0], values[1])


def geometry(op: linalg.Conv2DNchwFchwOp) -> Geometry | None:
    """The static sizes of an f32 (or i32) convolution on memrefs, or None when it does not
    apply."""
    types = [v.type for v in op.operands]
    if not kernel_memrefs(op):
        return None
    (n, ci, hp, wp), (co, _, kh, kw), (_, _, oh, ow) = (t.get_shape() for t in types)  # type: ignore[union-attr]
    if min(ci, hp, wp, co, kh, kw, oh, ow) <= 0 or (n <= 0 and n != DYNAMIC_INDEX):
        return None  # (a run-time batch is fine: the image loop runs to it)
    stride = _ints(op.attributes.get("strides") or op.properties.get("strides"), (1, 1))
    dilation = _ints(op.attributes.get("dilations") or op.properties.get("dilations"), (1, 1))
    return with_schedule(op, Geometry(n, ci, hp, wp, co, kh, kw, oh, ow, stride, dilation))


def with_schedule(op: Operation, g: Geometry) -> Geometry | None:
    """``g`` with the op's ``ember.schedule``, or the default of the module's target."""
    sched = schedule_of(op)
    if sched is None:
        module = op.get_toplevel_object()
        if not isinstance(module, ModuleOp):
            return None
        sched = conv_schedule(target_of(module), g.co, g.columns, g.ci, g.kh * g.kw, pixels=g.oh * g.ow, strided=g.strided)
    return replace(g, sched=sched)


def default_conv_schedule(op: linalg.Conv2DNchwFchwOp) -> KernelSchedule | None:
    """The target-derived schedule of a convolution the micro-kernel handles (of its 16
    products when it takes the Winograd kernel)."""
    g = geometry(op)
    sizes = winograd_sizes(op, g) if g is not None else None
    if sizes is not None:
        return default_winograd_schedule(op, sizes)
    return None if g is None else g.sched


def winograd_sizes(op: linalg.Conv2DNchwFchwOp, g: Geometry) -> Sizes | None:
    """The sizes of ``op`` when it takes the Winograd kernel (``lowering/kernels/winograd.py``):
    marked ``ember.winograd``, f32, 3x3, stride and dilation 1, a static batch."""
    from ember.dialects.graph.base import WINOGRAD

    plain = (g.kh, g.kw) == (3, 3) and not g.strided and g.dilation == (1, 1) and g.groups == 1 and g.n > 0
    if WINOGRAD not in op.attributes or not plain or not is_f32(op.outputs[0].type.element_type):  # type: ignore[union-attr]
        return None
    return Sizes(g.n, g.ci, g.hp, g.wp, g.co, g.oh, g.ow)


def bias_init(op: linalg.Conv2DNchwFchwOp | linalg.GenericOp) -> linalg.GenericOp | None:
    """The op just before ``op`` when it only fills the output with ``bias[Co]`` broadcast
    (what ``convert-graph-to-linalg`` emits for a conv bias): it can be folded into the tiles."""
    prev = op.prev_op
    if not isinstance(prev, linalg.GenericOp) or list(prev.outputs) != [op.outputs[0]] or len(prev.inputs) != 1:
        return None
    bias = prev.inputs[0]
    if not isinstance(bias.type, MemRefType) or bias.type.get_shape() != op.outputs[0].type.get_shape()[1:2]:  # type: ignore[union-attr]
        return None
    maps = [tuple(str(e) for e in m.data.results) for m in prev.indexing_maps.data]
    body = list(prev.body.block.ops)
    ok_body = len(body) == 1 and isinstance(body[0], linalg.YieldOp) and list(body[0].operands) == [prev.body.block.args[0]]
    if maps != [("d1",), ("d0", "d1", "d2", "d3")] or not ok_body:
        return None
    return prev


def emit_implicit_gemm(
    anchor: Operation,
    g: Geometry,
    operands: tuple[SSAValue, SSAValue, SSAValue | bool],
    name: str,
    data: np.ndarray,
    epilogue: Epilogue | None = None,
    dot: PairDot | None = None,
) -> None:
    """Pack the constant weights ``data`` (global ``name``, ``[Co * groups][Ci][KH][KW]``) for
    the form the schedule names and emit the convolution of ``operands`` (padded input, output,
    and what the output starts from: a folded bias, True for a folded zero fill, False for the
    output's contents) before ``anchor``; the results go through the fused ``epilogue`` (whose
    output ``out`` then is) when there is one. With a pair ``dot`` (an i32 conv of narrow
    values, ungrouped, static batch) input and weights are packed as 16-bit channel pairs and
    every multiply-add is that instruction (``pair_dot``)."""
    x, out, start = operands
    bias = start if isinstance(start, SSAValue) else None
    weights = data.reshape(g.co * g.groups, g.ci, g.kh, g.kw)
    builder = Builder.before(anchor)
    prefix = f"gconv{g.groups}x" if g.groups > 1 else "conv"
    if dot is not None:
        builder = PairBuilder(builder.block, anchor, builder.threads, dot=dot)
        x = pack_input(builder, x, (g.n, g.ci, g.hp, g.wp), g.lanes)
        weights, g, prefix = pack_pairs(weights, axis=1), replace(g, ci=-(-g.ci // 2)), "convpairs"
    if g.sched.vectorize == "channels":
        packed = packed_global(anchor, name, f"{prefix}c{g.nr}", pack_channel_panels(weights, g.nr, g.groups))
        ChannelConv(g, x, packed, out, bias, zero_start=start is True, epilogue=epilogue).emit(builder)
    else:
        packed = packed_global(anchor, name, f"{prefix}{g.mr}", pack_weights(weights, g.mr, g.groups))
        ConvRewrite(g, x, packed, out, bias, zero_start=start is True, epilogue=epilogue).emit(builder)
    if dot is not None:
        builder.op(memref.DeallocOp.get(x))


def pair_form(op: linalg.Conv2DNchwFchwOp, g: Geometry, data: np.ndarray) -> PairDot | None:
    """The target's pair-dot instruction when ``op`` is an i32 conv whose operands are marked
    narrow enough (``ember.operand_bits``), whose weights fit, ungrouped with a static batch."""
    bits = operand_bits(op)
    module = op.get_toplevel_object()
    if bits is None or bits > MAX_OPERAND_BITS or g.groups != 1 or g.n <= 0 or not is_i32_memref(op.outputs[0]):
        return None
    if not isinstance(module, ModuleOp) or not fits(data, bits):
        return None
    return pair_dot(target_of(module), g.lanes)


def zero_init(op: linalg.Conv2DNchwFchwOp | linalg.GenericOp) -> linalg.GenericOp | None:
    """The op just before ``op`` when it only fills ``op``'s output with 0.0."""
    prev = op.prev_op
    if not isinstance(prev, linalg.GenericOp) or prev.inputs or list(prev.outputs) != [op.outputs[0]]:
        return None
    body = list(prev.body.block.ops)
    if len(body) != 2 or not isinstance(body[0], arith.ConstantOp) or not isinstance(body[1], linalg.YieldOp):
        return None
    value = body[0].value
    if not isinstance(value, FloatAttr | IntegerAttr) or value.value.data != 0 or list(body[1].operands) != [body[0].result]:
        return None
    return prev


MAX_BORDER_SHARE = 1 / 8
"""The channels form reads an unpadded input only when at most this share of its output pixels
have windows reaching into the border: those run the border pass, about twice as slow per pixel
as the interior (the staging), which on small images (ResNet-50's stride-2 convs to 14x14 and
7x7, 14 and 27 % border) cost more than the pass over the padded input saved; their pad stays
(in place). VGG-19's ``conv1_2`` (224x224, 1.8 %) and ResNet-50's stride-2 conv to 28x28 (7 %),
at their models' arena peaks, read the unpadded input."""


def border_share(g: Geometry) -> float:
    """The share of ``g``'s output pixels that the border pass would compute."""
    inside = sum(p.count for p in Pixels.passes(g) if p.kind == "inside")
    return 1 - inside / (g.oh * g.ow)


def folded_border(op: linalg.Conv2DNchwFchwOp, g: Geometry, sizes: Sizes | None) -> PadCopy | None:
    """The zero pad the kernel of ``op`` reads through (:func:`zero_border`): always for the
    Winograd kernel (``sizes``), for the channels form when its border share is small enough
    (:data:`MAX_BORDER_SHARE`), never for the pixels form."""
    if sizes is None and g.sched.vectorize != "channels":
        return None
    pad = zero_border(op)
    if pad is None or sizes is not None:
        return pad
    h, w = pad.read.type.get_shape()[2:]  # type: ignore[attr-defined]
    return pad if border_share(replace(g, border=(pad.lows[2], pad.lows[3], h, w))) <= MAX_BORDER_SHARE else None


def zero_border(op: linalg.Conv2DNchwFchwOp) -> PadCopy | None:
    """The zero pad of the spatial dims that makes ``op``'s input, when the kernel may read the
    unpadded source instead (``fold_pad_into_pool.foldable_pad``): the pad is then dropped."""
    pad = foldable_pad(op.inputs[0], op)
    if pad is None or len(pad.read.type.get_shape()) != 4 or pad_value(pad) != 0.0:  # type: ignore[attr-defined]
        return None
    return pad


def writes_once(g: Geometry, sizes: Sizes | None) -> bool:
    """Whether the kernel chosen for ``g`` writes every output element exactly once, in its
    epilogue, after reading the epilogue's operands at that element: the Winograd kernel and
    the channels form always (K blocks go to their own scratch), the pixels form with one K
    block (several accumulate partial sums in the output)."""
    return sizes is not None or g.sched.vectorize == "channels" or not 0 < g.sched.kc < g.ci


def fold_candidate(op: linalg.Conv2DNchwFchwOp) -> PadCopy | None:
    """The zero pad ``op``'s kernel could read through (:func:`folded_border`), or None."""
    g = geometry(op)
    constant = constant_of(op.inputs[1]) if g is not None else None
    if g is None or constant is None:
        return None
    sizes = winograd_sizes(op, g)
    if sizes is None and pair_form(op, g, constant[1]) is not None:
        return None
    return folded_border(op, g, sizes)


def chosen_folds(convs: list[linalg.Conv2DNchwFchwOp]) -> set[Operation]:
    """The convolutions of ``convs`` that fold their pad: in each function, those whose fold
    lowers the live bytes at its convolutions, where the arena peaks
    (:func:`ember.lowering.kernels.fold_choice.pads_to_fold`)."""
    by_function: dict[func.FuncOp, dict[Operation, PadCopy]] = {}
    epilogues: dict[Operation, Epilogue] = {}
    for conv in convs:
        pad, fn = fold_candidate(conv), _function_of(conv)
        if pad is not None and fn is not None:
            by_function.setdefault(fn, {})[conv] = pad
        epilogue = fused_epilogue(conv)
        if epilogue is not None:
            epilogues[conv] = epilogue
    return {conv for fn, candidates in by_function.items() for conv in pads_to_fold(fn, candidates, epilogues)}


def fused_epilogue(op: linalg.Conv2DNchwFchwOp) -> Epilogue | None:
    """The epilogue :func:`rewrite_conv` will fuse into ``op``'s kernel (before any rewrite)."""
    result = op.outputs[0]
    fusable = bias_init(op) is not None or zero_init(op) is not None
    return find_epilogue(op, result) if fusable and is_f32(result.type.element_type) else None  # type: ignore[union-attr]


def _function_of(op: Operation) -> func.FuncOp | None:
    parent = op.parent_op()
    while parent is not None and not isinstance(parent, func.FuncOp):
        parent = parent.parent_op()
    return parent


def rewrite_conv(op: linalg.Conv2DNchwFchwOp, sources: set[str], folds: set[Operation] | None = None) -> bool:
    """Replace one convolution by the implicit-GEMM loops; False when it does not apply.
    ``folds``: the convolutions that may fold their pad (None: any)."""
    g = geometry(op)
    constant = constant_of(op.inputs[1]) if g is not None else None
    if g is None or constant is None:
        return False
    name, data = constant
    sources.add(name)
    init = bias_init(op)  # before anything is inserted in front of op
    zero = zero_init(op) if init is None else None
    start = init.inputs[0] if init is not None else zero is not None
    result = op.outputs[0]
    epilogue = fused_epilogue(op)
    sizes = winograd_sizes(op, g)
    if epilogue is not None:
        epilogue = flatten_operands(Builder.before(op), epilogue)
        if writes_once(g, sizes):
            epilogue = share_residual(epilogue, op)
    operands = (op.inputs[0], epilogue.out if epilogue else result, start)
    dot = pair_form(op, g, data) if sizes is None else None
    pad = folded_border(op, g, sizes) if dot is None and (folds is None or op in folds) else None
    if pad is not None:  # the kernel reads the unpadded input (its border tiles clamp and mask)
        h, w = pad.read.type.get_shape()[2:]  # type: ignore[attr-defined]
        border = (pad.lows[2], pad.lows[3], h, w)
        g = replace(g, border=border)
        sizes = replace(sizes, border=border) if sizes is not None else None
        operands = (pad.read, *operands[1:])
    if sizes is not None:
        sched = schedule_of(op) or default_winograd_schedule(op, sizes)
        assert sched is not None
        emit_winograd(op, sizes, sched, operands, name, data, epilogue)
    else:
        emit_implicit_gemm(op, g, operands, name, data, epilogue, dot)
    for folded in (init, zero):
        if folded is not None:
            folded.detach()
            folded.erase()
    weights = op.inputs[1]
    last = op.prev_op
    op.detach()
    op.erase()
    erase_if_unused(weights)
    if pad is not None and last is not None:
        drop_pad(pad, last)
    if epilogue is not None:
        remove_fused(epilogue, result)
    return True


@register_pass
@dataclass(frozen=True)
class LinalgConvMicrokernelPass(ModulePass):
    """Rewrite f32 / i32 linalg.conv_2d_nchw_fchw with constant weights into an implicit-GEMM (or, marked ember.winograd, a Winograd) micro-kernel.

    Memref stage, before convert-linalg-to-loops. Weights packed [Co/MR][Ci][KH*KW][MR] at compile
    time (broadcast operand), the padded input read directly as the vector operand (strided
    convolutions via phase planes), MR x NR tiles of vector accumulators as the op's
    ember.schedule (default: from the target) says. A conv marked ember.winograd takes the fused,
    tile-blocked Winograd F(2x2,3x3) kernel (lowering/kernels/winograd.py)."""

    name = "linalg-conv-microkernel"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        sources: set[str] = set()
        convs = [o for o in op.walk() if isinstance(o, linalg.Conv2DNchwFchwOp) and not has_inner_run_time_sizes(o)]
        folds = chosen_folds(convs)
        for conv in convs:
            rewrite_conv(conv, sources, folds)
        drop_unused_globals(op, sources)
