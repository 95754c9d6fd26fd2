"""``memref-fold-pad-into-pool``: a pooling window reads the unpadded input; the pad disappears.

MEMREF STAGE, in ``lower-to-loops`` after the kernel passes and before ``memref-pad-in-place``
and ``plan-memory``. ``convert-graph-to-linalg`` pools over a padded copy ``P`` of the input
``X`` (the ``-inf`` border of a max pool, its ceil-mode border at the high end, the zero border
of an average pool's sum), so the arena holds ``P``'s border (written in place over ``X`` by
``memref-pad-in-place``, or all of ``P`` next to ``X``). onnxruntime clips each window to the
input instead. So does this pass: when the pad's value is the identity of the pool's combining
op (``-inf`` for max, ``0`` for a sum), the padded elements change no output, so each output
needs only the window positions that fall inside ``X``.

Along each spatial dim the outputs fall into runs of equal clipped windows (:func:`segments`):
the interior, whose windows lie inside ``X``, and a few outputs at each edge whose windows are
cut. The pool generic over ``P`` becomes one generic per combination of runs, each over a
``memref.subview`` of the output, a window operand of the clipped size (a subview of the
pool's own, which no region reads) and ``X`` read at a
constant offset (``o * s + k * dl + start``), so ``linalg-vectorize`` handles every region as it
handled the whole pool (the interior with its strided vector loads); the fill and copy that
padded ``X`` and ``P`` itself are erased. An output whose window lies wholly in the border keeps
the accumulator's start (it held the identity padded elements only).

Conditions: a pool-shaped generic (inputs: the padded buffer and a window-shaped operand, maps
``(n, c, o..., k...) -> (n, c, s*o + dl*k ...)``, ``(k...)``, ``(n, c, o...)``, a body of one
``maximumf`` / ``maxnumf`` / ``addf`` of the accumulator and the element), over an f32 ``P``
made by a constant pad (``memref-pad-in-place``'s two forms) of the spatial dims only, whose
value is the combining op's identity; ``P`` used by nothing else; nothing touches ``X`` between
the pad and the pool (``X``'s dealloc then moves after the pool).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import product

from xdsl.context import Context
from xdsl.dialects import arith, func, memref
from xdsl.dialects.builtin import (
    AffineMapAttr,
    ArrayAttr,
    Float32Type,
    FloatAttr,
    MemRefType,
    ModuleOp,
    NoneAttr,
    StridedLayoutAttr,
)
from xdsl.dialects.linalg import ops as linalg
from xdsl.ir import Block, Operation, SSAValue
from xdsl.ir.affine import AffineConstantExpr, AffineDimExpr, AffineExpr, AffineMap
from xdsl.passes import ModulePass

from ember.lowering.memref_views import aliases
from ember.lowering.pad_in_place import PadCopy, constant_pad
from ember.registry import register_pass

IDENTITIES: dict[type[Operation], float] = {
    arith.MaximumfOp: -math.inf,
    arith.MaxnumfOp: -math.inf,
    arith.AddfOp: 0.0,
}
"""The pool bodies folded, with the pad value each ignores."""


@dataclass(frozen=True)
class Segment:
    """A run of ``count`` outputs from ``out`` along one dim whose windows keep the kernel
    positions ``[k, k + taps)``; the first of them starts reading the input at ``start``."""

    out: int
    count: int
    start: int
    k: int
    taps: int


def _taps(a: int, size: int, kernel: int, dilation: int) -> tuple[int, int]:
    """The kernel positions ``[first, last]`` of a window starting at input index ``a`` that
    lie in ``[0, size)`` (``first > last``: none)."""
    first = -(a // dilation) if a < 0 else 0  # ceil(-a / dilation)
    last = min(kernel - 1, (size - 1 - a) // dilation) if size - 1 - a >= 0 else -1
    return first, last


def segments(size: int, out: int, kernel: int, stride: int, dilation: int, low: int) -> list[Segment]:
    """The runs of equal clipped windows of ``out`` outputs over an input of ``size`` padded by
    ``low`` before it (outputs whose window lies in the border are left out)."""
    runs: list[Segment] = []
    for o in range(out):
        a = o * stride - low
        first, last = _taps(a, size, kernel, dilation)
        if first > last:
            continue
        prev = runs[-1] if runs else None
        if prev is not None and prev.out + prev.count == o and (prev.k, prev.taps) == (first, last - first + 1):
            runs[-1] = Segment(prev.out, prev.count + 1, prev.start, prev.k, prev.taps)
        else:
            runs.append(Segment(o, 1, a + first * dilation, first, last - first + 1))
    return runs


def _coefficients(e: AffineExpr, dims: int) -> list[int] | None:
    """``[c_0, ..., c_{dims-1}, constant]`` when ``e`` is linear in the dims."""
    m = AffineMap(dims, 0, (e,))
    base = m.eval([0] * dims, [])[0]
    coefficients = [m.eval([int(i == d) for i in range(dims)], [])[0] - base for d in range(dims)]
    probe = [d + 2 for d in range(dims)]
    if m.eval(probe, [])[0] != base + sum(c * p for c, p in zip(coefficients, probe, strict=True)):
        return None
    return [*coefficients, base]


@dataclass(frozen=True)
class Pool:
    """A pool-shaped generic: per spatial dim its kernel, stride and dilation."""

    op: linalg.GenericOp
    kernel: tuple[int, ...]
    strides: tuple[int, ...]
    dilations: tuple[int, ...]
    identity: float


def _window_terms(maps: Sequence[AffineMap], rank: int) -> tuple[tuple[int, ...], tuple[int, ...]] | None:
    """(strides, dilations) when ``maps`` are a pool's (module docstring)."""
    num = 2 + 2 * rank
    d = [AffineDimExpr(i) for i in range(num)]
    if maps[1] != AffineMap(num, 0, tuple(d[2 + rank :])) or maps[2] != AffineMap(num, 0, tuple(d[: 2 + rank])):
        return None
    x = maps[0]
    if x.num_dims != num or len(x.results) != 2 + rank or list(x.results[:2]) != d[:2]:
        return None
    strides, dilations = [], []
    for i, e in enumerate(x.results[2:]):
        c = _coefficients(e, num)
        expected = {2 + i, 2 + rank + i}
        if c is None or c[-1] != 0 or any(v for j, v in enumerate(c[:-1]) if j not in expected) or min(c[2 + i], c[2 + rank + i]) < 1:
            return None
        strides.append(c[2 + i])
        dilations.append(c[2 + rank + i])
    return tuple(strides), tuple(dilations)


def match_pool(op: linalg.GenericOp) -> Pool | None:
    """``op`` as a :class:`Pool` (module docstring), or None."""
    if len(op.inputs) != 2 or len(op.outputs) != 1 or op.results:
        return None
    maps = [m.data for m in op.indexing_maps.data]
    window = op.inputs[1].type
    if len(maps) != 3 or not isinstance(window, MemRefType):
        return None
    rank = len(window.get_shape())
    terms = _window_terms(maps, rank) if rank else None
    body = list(op.body.block.ops)
    if terms is None or len(body) != 2 or not isinstance(body[1], linalg.YieldOp):
        return None
    combine, args = body[0], op.body.block.args
    if type(combine) not in IDENTITIES or set(combine.operands) != {args[0], args[2]} or list(body[1].operands) != [combine.results[0]]:
        return None
    iterators = [str(it.data) for it in op.iterator_types.data]
    if iterators != ["parallel"] * (2 + rank) + ["reduction"] * rank:
        return None
    return Pool(op, tuple(window.get_shape()), *terms, IDENTITIES[type(combine)])


def _plain_f32(t: object) -> bool:
    return isinstance(t, MemRefType) and isinstance(t.element_type, Float32Type) and isinstance(t.layout, NoneAttr)


def _pad_of(padded: SSAValue, pool: linalg.GenericOp) -> PadCopy | None:
    """The constant pad that writes ``padded`` (its only other user: its dealloc)."""
    users = [use.operation for use in padded.uses]
    pads = [p for u in users if isinstance(u, linalg.GenericOp) and u is not pool and (p := constant_pad(u)) is not None]
    if len(pads) != 1 or pads[0].padded is not padded:
        return None
    pad = pads[0]
    known = {pool, pad.copy, pad.fill}
    if any(u not in known and not isinstance(u, memref.DeallocOp) for u in users):
        return None
    return pad


def _untouched_between(pad: PadCopy, pool: linalg.GenericOp, block: Block) -> bool:
    """Whether no op strictly between the pad and the pool uses the source or a view of it
    (its dealloc aside)."""
    if pad.copy.parent_block() is not block or not pad.copy.is_before_in_block(pool):
        return False
    views = set(aliases(pad.source))
    op = pad.copy.next_op
    while op is not None and op is not pool:
        inner = [o for o in op.walk() if not isinstance(o, memref.DeallocOp)]
        if any(v in views for o in inner for v in o.operands):
            return False
        op = op.next_op
    return op is pool


def foldable_pad(padded: SSAValue, consumer: Operation) -> PadCopy | None:
    """The constant pad of the spatial dims (all but the first two) of an f32 default-layout
    buffer that writes ``padded`` when ``consumer`` (in the same block) may read the source in
    its place: nothing but the pad and ``consumer`` uses ``padded``, nothing touches the source
    in between (also used by ``linalg-conv-microkernel`` for a Winograd convolution's zero
    border)."""
    block = consumer.parent_block()
    pad = _pad_of(padded, consumer) if block is not None else None
    if pad is None or not _untouched_between(pad, consumer, block):  # type: ignore[arg-type]
        return None
    x, p = pad.read.type, pad.padded.type
    if not (_plain_f32(x) and _plain_f32(p)):
        return None
    xs, ps = x.get_shape(), p.get_shape()  # type: ignore[union-attr]
    if len(xs) != len(ps) or len(xs) < 3 or list(xs[:2]) != list(ps[:2]) or any(pad.lows[:2]):
        return None
    return pad


def pad_value(pad: PadCopy) -> float | None:
    return float(pad.value.value.data) if isinstance(pad.value, FloatAttr) else None


def drop_pad(pad: PadCopy, last: Operation) -> None:
    """Erase ``pad`` and its padded buffer once its consumer, replaced by code ending at
    ``last``, reads the source instead: the source's dealloc moves after ``last``."""
    block = last.parent_block()
    assert block is not None
    for use in list(pad.source.uses):  # the source now lives until the consumer
        dealloc = use.operation
        if isinstance(dealloc, memref.DeallocOp) and dealloc.parent_block() is block and dealloc.is_before_in_block(last):
            dealloc.detach()
            block.insert_op_after(dealloc, last)
    _erase(pad.copy)
    _erase(pad.fill)
    for use in list(pad.padded.uses):
        if isinstance(use.operation, memref.DeallocOp):
            _erase(use.operation)
    if isinstance(pad.padded.owner, memref.AllocOp) and not pad.padded.uses:
        _erase(pad.padded.owner)


def _subview(value: SSAValue, offsets: Sequence[int], sizes: Sequence[int]) -> memref.SubviewOp:
    """A unit-stride static subview of a default-layout ``value``."""
    t = value.type
    assert isinstance(t, MemRefType)
    shape = t.get_shape()
    strides = [1] * len(shape)
    for i in range(len(shape) - 2, -1, -1):
        strides[i] = strides[i + 1] * shape[i + 1]
    offset = sum(o * s for o, s in zip(offsets, strides, strict=True))
    result = MemRefType(t.element_type, list(sizes), StridedLayoutAttr(strides, offset))
    return memref.SubviewOp(value, [], [], [], list(offsets), list(sizes), [1] * len(shape), result)


def _region_maps(pool: Pool, starts: Sequence[int]) -> ArrayAttr:
    """The pool's maps with the input read from ``starts`` (one constant per spatial dim)."""
    maps = [m.data for m in pool.op.indexing_maps.data]
    x = maps[0]
    results = list(x.results[:2]) + [e + AffineConstantExpr(s) if s else e for e, s in zip(x.results[2:], starts, strict=True)]
    return ArrayAttr([AffineMapAttr(AffineMap(x.num_dims, 0, tuple(results))), AffineMapAttr(maps[1]), AffineMapAttr(maps[2])])


def _erase(op: Operation | None) -> None:
    if op is not None:
        op.detach()
        op.erase()


def _emit_regions(pool: Pool, pad: PadCopy, block: Block) -> None:
    """One generic per combination of runs, before the pool."""
    op, x = pool.op, pad.read
    out = op.outputs[0]
    xs, os = x.type.get_shape(), out.type.get_shape()  # type: ignore[attr-defined]
    runs = [
        segments(xs[2 + i], os[2 + i], pool.kernel[i], pool.strides[i], pool.dilations[i], pad.lows[2 + i])
        for i in range(len(pool.kernel))
    ]
    for combination in product(*runs):
        sizes = [os[0], os[1], *(r.count for r in combination)]
        target: SSAValue = out
        if list(sizes) != list(os):
            view = _subview(out, [0, 0, *(r.out for r in combination)], sizes)
            block.insert_op_before(view, op)
            target = view.result
        window = op.inputs[1]
        taps = [r.taps for r in combination]
        if taps != list(pool.kernel):  # a clipped window: a view of the pool's (unread) one
            clipped = _subview(window, [0] * len(taps), taps)
            block.insert_op_before(clipped, op)
            window = clipped.result
        region = op.clone()
        region.operands = [x, window, target]
        region.properties["indexing_maps"] = _region_maps(pool, [r.start for r in combination])
        block.insert_op_before(region, op)


def fold(pool: Pool, pad: PadCopy) -> None:
    """Rewrite ``pool`` to read ``pad``'s source (module docstring)."""
    op = pool.op
    block = op.parent_block()
    assert block is not None
    _emit_regions(pool, pad, block)
    last = op.prev_op
    assert last is not None
    _erase(op)
    drop_pad(pad, last)


def fold_pads_into_pools(fn: func.FuncOp) -> int:
    """Fold every eligible pad of ``fn``'s body into the pool reading it; how many."""
    block = fn.body.block
    done = 0
    for op in list(block.ops):
        pool = match_pool(op) if isinstance(op, linalg.GenericOp) else None
        pad = foldable_pad(op.inputs[0], op) if pool is not None else None
        if pool is None or pad is None or len(pad.read.type.get_shape()) != 2 + len(pool.kernel) or pad_value(pad) != pool.identity:  # type: ignore[attr-defined]
            continue
        fold(pool, pad)
        done += 1
    return done


@register_pass
@dataclass(frozen=True)
class FoldPadIntoPoolPass(ModulePass):
    """Let a max / average pool read its unpadded input (windows clipped at the edges) instead of a padded copy.

    Memref stage, after the kernel passes and before memref-pad-in-place. A constant pad whose
    value is the pool's identity (-inf for max, 0 for a sum) is erased; the pool becomes one
    generic per run of equally clipped windows, each over a subview of the output
    (lowering/fold_pad_into_pool.py)."""

    name = "memref-fold-pad-into-pool"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for fn in op.ops:
            if isinstance(fn, func.FuncOp) and fn.body.blocks:
                fold_pads_into_pools(fn)

