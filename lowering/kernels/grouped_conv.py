"""``linalg-grouped-conv-microkernel``: grouped and depthwise 2-D convolutions (f32) -> vector loops.

MEMREF STAGE -> LOOP STAGE, after ``linalg-conv-microkernel`` and before
``convert-linalg-to-loops``. ``convert-graph-to-linalg`` lowers a convolution with ``group`` > 1
to a ``linalg.generic`` over ``(n, f, oh, ow, c, kh, kw)`` with the body ``out + x * w``, the
input read at channel ``(f floordiv Co_g) * Ci_g + c`` (see ``lower_conv``). With f32 memrefs
and constant weights (a ``memref.get_global`` of a constant global) this pass replaces it by:

- **depthwise** (``Ci_g = 1``, any channel multiplier ``Co_g``): per output channel, the output
  plane is computed in register blocks of ``MR`` output rows x ``NR/lanes`` vectors of ``lanes``
  output pixels along the width; the taps are unrolled, each distinct input vector of the block
  is loaded once and feeds every accumulator that needs it, and each weight is splatted once
  per block. Stride ``s`` first copies the channel into ``s_h * s_w`` phase planes
  (``plane[ph, pw][a, b] = x[a*s_h + ph, b*s_w + pw]``, as ``linalg-conv-microkernel`` does) so
  every tap again reads contiguous vectors. When the op just before the convolution fills the
  output with the bias (or zero) it is folded in: blocks start from the splatted bias and
  *write* the output, so the last column block simply overlaps the previous one (and outputs
  narrower than a vector use halved vectors); otherwise blocks accumulate into the output and
  the columns that do not fill a vector get 1-lane tiles. Either way every shape is exact
  without masks. The channel loop is parallel when the schedule says ``channel`` (each thread
  then copies its channels' phase planes into planes of its own);
- **grouped** (``Ci_g > 1``): one implicit GEMM per group with ``linalg-conv-microkernel``'s
  machinery (:class:`ember.lowering.kernels.conv.ConvRewrite` with ``groups``), the weights
  packed per group at compile time.

The vector width and blocks come from the op's ``ember.schedule`` or the module's target
(:func:`~ember.lowering.kernels.schedule.depthwise_schedule` /
:func:`~ember.lowering.kernels.schedule.conv_schedule`); the pass option ``lanes`` overrides the
target's vector width. Convolutions with non-constant weights or other element types are
left to ``convert-linalg-to-loops``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from xdsl.context import Context
from xdsl.dialects import arith, memref, vector
from xdsl.dialects.builtin import DenseArrayBase, Float32Type, MemRefType, ModuleOp, VectorType, i64
from xdsl.dialects.linalg import ops as linalg
from xdsl.ir import SSAValue
from xdsl.ir.affine import AffineDimExpr, AffineMap
from xdsl.passes import ModulePass

from ember.lowering.flatten_dynamic import has_run_time_sizes
from ember.lowering.kernels.builder import (
    Builder,
    Index,
    Segment,
    column_segments,
    is_f32,
    row_segments,
)
from ember.lowering.kernels.conv import Geometry, bias_init, emit_implicit_gemm, zero_init
from ember.lowering.kernels.gemm import is_mac_body
from ember.lowering.kernels.packing import (
    constant_of,
    drop_unused_globals,
    erase_if_unused,
)
from ember.lowering.kernels.schedule import conv_schedule, depthwise_schedule, schedule_of
from ember.registry import register_pass
from ember.target import Target, target_of

SUPPORTED_LANES = (1, 4, 8, 16)


# ---- recognising the grouped convolution generic -----------------------------------------------


@dataclass(frozen=True)
class GroupedConv:
    """A recognised grouped convolution: operands and static sizes (input already padded)."""

    x: SSAValue
    w: SSAValue
    out: SSAValue
    geometry: Geometry
    """Per-group channel counts (``ci`` = Ci_g, ``co`` = Co_g) and ``groups``."""

    @property
    def depthwise(self) -> bool:
        return self.geometry.ci == 1


def _shapes(op: linalg.GenericOp) -> list[tuple[int, ...]] | None:
    """Shapes of (x, w, out) when ``op`` is a 4-D f32 MAC generic on memrefs over 7 loops."""
    types = [v.type for v in op.operands]
    if op.results or len(op.inputs) != 2 or len(op.outputs) != 1:
        return None
    if not all(isinstance(t, MemRefType) and is_f32(t.element_type) and len(t.get_shape()) == 4 for t in types):
        return None
    iterators = [str(it.data) for it in op.iterator_types.data]
    if iterators != ["parallel"] * 4 + ["reduction"] * 3 or not is_mac_body(op):
        return None
    return [tuple(t.get_shape()) for t in types]  # type: ignore[union-attr]


def _dims(amap: AffineMap) -> tuple[int, ...] | None:
    if not all(isinstance(e, AffineDimExpr) for e in amap.results):
        return None
    return tuple(e.position for e in amap.results)  # type: ignore[union-attr]


def _at(amap: AffineMap, **dims: int) -> tuple[int, ...]:
    """``amap`` evaluated with the named dims (n f oh ow c kh kw) set and the others 0."""
    names = ("n", "f", "oh", "ow", "c", "kh", "kw")
    return tuple(amap.eval([dims.get(name, 0) for name in names], []))


def _spatial(amap: AffineMap, axis: int, out: str, tap: str, sizes: tuple[int, int]) -> tuple[int, int] | None:
    """(stride, dilation) when result ``axis`` of the input map is ``out * stride + tap * dilation``
    on every (out, tap) of the iteration space."""
    stride, dilation = _at(amap, **{out: 1})[axis], _at(amap, **{tap: 1})[axis]
    if stride < 1 or dilation < 1:
        return None
    for o in range(sizes[0]):
        for t in range(sizes[1]):
            if _at(amap, **{out: o, tap: t})[axis] != o * stride + t * dilation:
                return None
    return stride, dilation


def _channels_ok(amap: AffineMap, co: int, cin_g: int, cout_g: int) -> bool:
    """Result 1 of the input map reads channel ``(f // Co_g) * Ci_g + c`` (checked for every
    ``f`` with the first and last ``c`` and every ``c`` with ``f`` = 0); results 0/2/3 do not
    depend on the channel dims."""
    points = [(f, c) for f in range(co) for c in {0, cin_g - 1}] + [(0, c) for c in range(cin_g)]
    for f, c in points:
        if _at(amap, f=f, c=c) != (0, f // cout_g * cin_g + c, 0, 0):
            return False
    return _at(amap, n=1) == (1, 0, 0, 0)


def match_grouped_conv(op: linalg.GenericOp, target: Target) -> GroupedConv | None:
    """The grouped convolution ``op`` computes (see ``lower_conv``), or None."""
    shapes = _shapes(op)
    if shapes is None:
        return None
    (n, channels, hp, wp), (co, cin_g, kh, kw), (n_out, co_out, oh, ow) = shapes
    if min(n, channels, hp, wp, co, cin_g, kh, kw, oh, ow) <= 0 or (n_out, co_out) != (n, co):
        return None
    groups = channels // cin_g
    if channels % cin_g or co % groups:
        return None
    x_map, w_map, out_map = (m.data for m in op.indexing_maps.data)
    if _dims(w_map) != (1, 4, 5, 6) or _dims(out_map) != (0, 1, 2, 3) or len(x_map.results) != 4:
        return None
    if not _channels_ok(x_map, co, cin_g, co // groups):
        return None
    rows, cols = _spatial(x_map, 2, "oh", "kh", (oh, kh)), _spatial(x_map, 3, "ow", "kw", (ow, kw))
    if rows is None or cols is None or (oh - 1) * rows[0] + (kh - 1) * rows[1] >= hp:
        return None
    if (ow - 1) * cols[0] + (kw - 1) * cols[1] >= wp:
        return None
    stride, dilation = (rows[0], cols[0]), (rows[1], cols[1])
    geometry = Geometry(n, cin_g, hp, wp, co // groups, kh, kw, oh, ow, stride, dilation, groups)
    if cin_g == 1:
        default = depthwise_schedule(target, groups, 2 * (co // groups) * oh * ow * kh * kw)
    else:
        default = conv_schedule(
            target, co // groups, geometry.columns, cin_g, kh * kw, pixels=oh * ow, strided=geometry.strided
        )
    geometry = replace(geometry, sched=schedule_of(op) or default)
    return GroupedConv(op.inputs[0], op.inputs[1], op.outputs[0], geometry)


# ---- the depthwise kernel ------------------------------------------------------------------------



def depthwise_columns(ow: int, nr: int, lanes: int, write: bool) -> list[Segment]:
    """Column blocks of up to ``nr`` pixels. Written outputs: one segment whose last block is
    clamped to end at ``ow`` (vectors halved while wider than ``ow``; 1-lane below 2).
    Accumulated outputs: whole blocks, whole vectors, then a 1-lane tail."""
    nvec = max(1, nr // lanes)
    if not write:
        return column_segments(ow, nvec * lanes, lanes)
    while lanes > 1 and lanes > ow:
        lanes //= 2
    width = min(nvec, ow // lanes) * lanes
    return [Segment(0, -(-ow // width) * width, width, lanes, clamp=ow - width)]


@dataclass
class Depthwise:
    """Emits the depthwise kernel for one convolution (``ci`` = 1 per group)."""

    g: Geometry
    x: SSAValue
    w: SSAValue
    out: SSAValue
    init: SSAValue | None | bool = False
    """``bias[Co]`` (blocks start from it and write the output), True (start from zero and
    write), or False (load the output and accumulate into it)."""

    @property
    def write(self) -> bool:
        return self.init is not False

    def emit(self, b: Builder) -> None:
        g = self.g
        grain = g.sched.grain if g.sched.parallel == "channel" else 0
        parallel = b.team(0, g.groups, 1, grain) > 1
        plane_shape = [g.stride[0] * g.stride[1], g.plane_h, g.plane_w]
        shared = b.alloc(plane_shape) if g.strided and not parallel else None

        def channel(cb: Builder, n: SSAValue, c: SSAValue) -> None:
            planes = shared if shared is not None or not g.strided else cb.alloc(plane_shape)
            if planes is not None:
                self._split_phases(cb, n, c, planes)
            source = (lambda p, r, col: (planes, [p, r, col])) if planes else (lambda p, r, col: (self.x, [n, c, r, col]))
            if g.co == 1:
                self._plane(cb, n, c, source)
            else:
                cb.simple_loop(0, g.co, 1, lambda mb, m: self._plane(mb, n, mb.add(mb.mul(c, g.co), m), source))
            if planes is not None and planes is not shared:
                cb.op(memref.DeallocOp.get(planes))

        b.simple_loop(0, g.n, 1, lambda nb, n: nb.parallel_loop(0, g.groups, 1, grain, lambda cb, c: channel(cb, n, c)))
        if shared is not None:
            b.op(memref.DeallocOp.get(shared))

    def _plane(self, b: Builder, n: SSAValue, f: Index, source: Callable) -> None:
        """One output channel ``f``: row blocks outside, column blocks inside."""
        g = self.g
        start = None
        if isinstance(self.init, SSAValue):
            start = b.load(self.init, [f])
        elif self.init is True:
            start = b.f32(0.0)
        columns = depthwise_columns(g.ow, g.nr, g.lanes, self.write)
        for rows in row_segments(g.oh, g.mr):

            def over_columns(rb: Builder, oh: SSAValue, rows: Segment = rows) -> None:
                for col in columns:

                    def tile(tb: Builder, ow: SSAValue, col: Segment = col) -> None:
                        if col.clamp is not None:
                            ow = tb.op(arith.MinSIOp(ow, tb.idx(col.clamp))).results[0]
                        self._tile(tb, _Tile(n, f, oh, ow, rows.width, col.width // col.lanes, col.lanes), source, start)

                    rb.simple_loop(col.start, col.end, col.width, tile)

            b.simple_loop(rows.start, rows.end, rows.width, over_columns)

    def _tile(self, b: Builder, t: _Tile, source: Callable, start: SSAValue | None) -> None:
        """``t.rows`` x ``t.nvec`` accumulators; taps unrolled, each input vector loaded once."""
        g = self.g
        if start is not None:
            first = b.splat(start, t.lanes)
            accs = [first] * (t.rows * t.nvec)
        else:
            accs = [b.vload(self.out, t.at(b, r, v), t.lanes) for r in range(t.rows) for v in range(t.nvec)]
        loaded: dict[tuple[int, int, int], SSAValue] = {}
        for kh in range(g.kh):
            for kw in range(g.kw):
                (qh, ph), (qw, pw) = divmod(kh * g.dilation[0], g.stride[0]), divmod(kw * g.dilation[1], g.stride[1])
                plane = ph * g.stride[1] + pw
                weight = b.splat(b.load(self.w, [t.f, 0, kh, kw]), t.lanes)
                for r in range(t.rows):
                    for v in range(t.nvec):
                        key = (plane, r + qh, v * t.lanes + qw)
                        if key not in loaded:
                            mem, idx = source(plane, b.add(t.oh, key[1]), b.add(t.ow, key[2]))
                            loaded[key] = b.vload(mem, idx, t.lanes)
                        accs[r * t.nvec + v] = b.fma(weight, loaded[key], accs[r * t.nvec + v])
        for r in range(t.rows):
            for v in range(t.nvec):
                b.vstore(accs[r * t.nvec + v], self.out, t.at(b, r, v))

    def _split_phases(self, b: Builder, n: SSAValue, c: SSAValue, planes: SSAValue) -> None:
        """``planes[ph*sw + pw, a, b] = x[n, c, a*sh + ph, b*sw + pw]`` wherever that is inside
        the input (the rest of the planes is never read by a valid output). Along a row, blocks
        of ``lanes`` columns are one load of ``lanes * sw`` elements shuffled into the ``sw``
        phases (no load past the row's end); the remaining columns are copied one by one."""
        g = self.g
        (sh, sw) = g.stride
        vector_end = (g.wp // sw) // g.lanes * g.lanes
        for ph in range(sh):

            def per_row(rb: Builder, a: SSAValue, ph: int = ph) -> None:
                y = rb.add(rb.mul(a, sh), ph)
                if vector_end:
                    rb.simple_loop(0, vector_end, g.lanes, lambda vb, col: self._split_block(vb, [n, c, y], planes, ph, a, col))
                for pw in range(sw):

                    def per_col(eb: Builder, col: SSAValue, pw: int = pw) -> None:
                        value = eb.load(self.x, [n, c, y, eb.add(eb.mul(col, sw), pw)])
                        eb.store(value, planes, [ph * sw + pw, a, col])

                    if vector_end < -(-(g.wp - pw) // sw):
                        rb.simple_loop(vector_end, -(-(g.wp - pw) // sw), 1, per_col)

            b.simple_loop(0, -(-(g.hp - ph) // sh), 1, per_row)

    def _split_block(self, b: Builder, row: list[Index], planes: SSAValue, ph: int, a: SSAValue, col: SSAValue) -> None:
        """Columns ``col .. col + lanes`` of every phase ``pw`` of input row ``row``."""
        g = self.g
        sw = g.stride[1]
        wide = b.vload(self.x, [*row, b.mul(col, sw)], g.lanes * sw)
        for pw in range(sw):
            mask = DenseArrayBase.from_list(i64, [k * sw + pw for k in range(g.lanes)])
            part = b.op(vector.ShuffleOp(wide, wide, mask, result_type=VectorType(Float32Type(), [g.lanes])))
            b.vstore(part.results[0], planes, [ph * sw + pw, a, col])


@dataclass(frozen=True)
class _Tile:
    """A depthwise register block: output channel ``f``, rows ``oh..oh+rows``, ``nvec``
    vectors of ``lanes`` pixels from column ``ow``."""

    n: SSAValue
    f: Index
    oh: SSAValue
    ow: SSAValue
    rows: int
    nvec: int
    lanes: int

    def at(self, b: Builder, r: int, v: int) -> list[Index]:
        return [self.n, self.f, b.add(self.oh, r), b.add(self.ow, v * self.lanes)]


# ---- the rewrite ---------------------------------------------------------------------------------


def _remove(op: linalg.GenericOp | None) -> None:
    if op is not None:
        op.detach()
        op.erase()


def _rewrite_depthwise(op: linalg.GenericOp, conv: GroupedConv) -> None:
    bias = bias_init(op)
    zero = None if bias is not None else zero_init(op)
    init: SSAValue | bool = bias.inputs[0] if bias is not None else zero is not None
    Depthwise(conv.geometry, conv.x, conv.w, conv.out, init).emit(Builder.before(op))
    _remove(bias)
    _remove(zero)


def _rewrite_grouped(op: linalg.GenericOp, conv: GroupedConv, name: str, data: object) -> None:
    g = conv.geometry
    bias = bias_init(op)
    zero = zero_init(op) if bias is None and g.sched.vectorize == "channels" else None
    start = bias.inputs[0] if bias is not None else zero is not None
    emit_implicit_gemm(op, g, (conv.x, conv.out, start), name, data)  # type: ignore[arg-type]
    _remove(bias)
    _remove(zero)


def rewrite_grouped_conv(op: linalg.GenericOp, target: Target, sources: set[str]) -> bool:
    """Replace one grouped / depthwise convolution generic by vector loops with ``lanes``-wide
    vectors; False when it does not apply."""
    conv = match_grouped_conv(op, target)
    constant = constant_of(op.inputs[1]) if conv is not None else None
    if conv is None or constant is None:
        return False
    if conv.depthwise:
        _rewrite_depthwise(op, conv)
    else:
        sources.add(constant[0])
        _rewrite_grouped(op, conv, *constant)
    w = op.inputs[1]
    op.detach()
    op.erase()
    erase_if_unused(w)
    return True


@register_pass
@dataclass(frozen=True)
class LinalgGroupedConvMicrokernelPass(ModulePass):
    """Rewrite f32 grouped / depthwise 2-D convolution generics with constant weights into vector loops.

    Memref stage, after linalg-conv-microkernel and before convert-linalg-to-loops. Depthwise:
    register blocks of output rows x width vectors, taps unrolled, weights splatted; grouped:
    one implicit GEMM per group. ``lanes`` = f32 lanes per vector (4, 8 or 16; 0 = the
    target's vector width)."""

    name = "linalg-grouped-conv-microkernel"

    lanes: int = 0

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        target = target_of(op)
        if self.lanes:
            if self.lanes not in SUPPORTED_LANES:
                raise ValueError(f"{self.name}: lanes must be one of {SUPPORTED_LANES}, not {self.lanes}")
            target = target.with_overrides(vector_bits=32 * self.lanes)
        sources: set[str] = set()
        for candidate in [o for o in op.walk() if isinstance(o, linalg.GenericOp) and not has_run_time_sizes(o)]:
            rewrite_grouped_conv(candidate, target, sources)
        drop_unused_globals(op, sources)
