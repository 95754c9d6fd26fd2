"""``memref-pad-in-place``: a constant pad written over the bytes of the buffer it pads.

MEMREF STAGE, in ``lower-to-loops`` after the kernel passes and before ``plan-memory``.
``convert-graph-to-linalg`` pads with a constant (the zero border of a convolution's input, the
``-inf`` border of a max pool's) as a fill of a new buffer ``P`` followed by a copy of the
source ``X`` into its interior (``gather.py``: ``_pad_by_copy``); after ``bufferize``:

    %x = memref.alloc() : memref<1x64x56x56xf32>       // written by the producer, read ...
    %p = memref.alloc() : memref<1x64x58x58xf32>
    linalg.generic outs(%p) { yield %cst }                                    // the fill
    linalg.generic ins(%x) outs(%p) maps (d0, d1, d2, d3) -> (d0, d1, d2 + 1, d3 + 1)  // the copy
    memref.dealloc %x

Both buffers are live at the copy, so the arena holds the source and its padded copy at once:
the model's peak in VGG-19, ShuffleNet and ResNet-50 (onnxruntime pads inside its kernels).
When ``X`` dies at the copy, this pass makes ``X`` and ``P`` two views of one byte buffer
(``memref.view`` of an ``i8`` alloc of ``P``'s size, both at offset 0, default layouts, so the
kernels reading ``P`` and the producers writing ``X`` are unchanged) and replaces fill and copy
by one **in-place expansion**: the padded rows are visited from the last to the first, each
from its end to its start (interior rows: the high border, the row's elements moved in vectors
from the end, the low border; other rows: the fill value). Every element's place in ``P`` is at
or after its place in ``X`` (the offset of the interior only grows along ``X``), so a write at
address ``a`` never hits a source element that is still to be moved (those all go to addresses
below ``a``, and lie at or below where they go), and each vector is loaded before it is stored.

A pad only at the high end of some dim (a max pool's ceil-mode border) is not a fill and a copy
(upstream's verifier wants a plain ``d`` result to span its whole dim) but one gather-form
generic; ``convert-graph-to-linalg`` marks it with ``ember.pad_lows`` / ``ember.pad_value`` and
its source is the one buffer its body loads from: it is expanded in place the same way.

The expansion is one serial pass over ``P`` (the copy it replaces was one too). Conditions: both
buffers are allocs of the same block with static sizes and default layouts and one element type
(floats, or integers of 8 to 64 bits), the fill writes a constant into all of ``P`` right before
the copy, the copy only shifts indices (``d + low``, the copy may read a collapse or expand view
of ``X``), nothing uses ``P`` before the fill and nothing but the dealloc uses ``X`` (or a view
of it) after the copy. Other pads (reflect, edge, a crop) are left alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import arith, func, memref, scf
from xdsl.dialects.builtin import (
    BFloat16Type,
    DenseArrayBase,
    Float16Type,
    Float32Type,
    Float64Type,
    IntegerAttr,
    IntegerType,
    MemRefType,
    ModuleOp,
    NoneAttr,
    i8,
    i64,
)
from xdsl.dialects.linalg import ops as linalg
from xdsl.ir import Attribute, Block, Operation, Region, SSAValue
from xdsl.ir.affine import (
    AffineBinaryOpExpr,
    AffineBinaryOpKind,
    AffineConstantExpr,
    AffineDimExpr,
    AffineMap,
)
from xdsl.passes import ModulePass

from ember.lowering.graph_to_linalg.gather import PAD_LOWS, PAD_VALUE
from ember.lowering.kernels.builder import Builder, Index
from ember.lowering.memref_views import aliases, root, top_level
from ember.lowering.to_llvm.type_converter import element_byte_width
from ember.registry import register_pass
from ember.target import target_of


@dataclass(frozen=True)
class PadCopy:
    """A constant pad of ``source`` into ``padded``: the ``fill`` with ``value`` and the
    ``copy`` of ``read`` (``source``, or a view of it: the channel shuffle's 5-D buffer seen as
    4-D) into it at ``lows``; or, with no ``fill``, the one gather-form generic ``copy`` that
    ``convert-graph-to-linalg`` marked (a pad only at the high end of a dim)."""

    fill: linalg.GenericOp | None
    copy: linalg.GenericOp
    read: SSAValue
    source: SSAValue
    padded: SSAValue
    value: Attribute
    lows: tuple[int, ...]


def _shift(expr: object, dim: int) -> int | None:
    """``c`` when ``expr`` is ``d<dim> + c`` (or ``d<dim>``: 0), else None."""
    if isinstance(expr, AffineDimExpr):
        return 0 if expr.position == dim else None
    if not isinstance(expr, AffineBinaryOpExpr) or expr.kind != AffineBinaryOpKind.Add:
        return None
    lhs, rhs = expr.lhs, expr.rhs
    ok = isinstance(lhs, AffineDimExpr) and lhs.position == dim and isinstance(rhs, AffineConstantExpr) and rhs.value >= 0
    return rhs.value if ok else None  # type: ignore[union-attr]


def _lows(copy: linalg.GenericOp) -> tuple[int, ...] | None:
    """The shift of each dim when ``copy`` is ``P[d + low] = X[d]`` over all-parallel loops."""
    maps: list[AffineMap] = [m.data for m in copy.indexing_maps.data]
    if len(copy.inputs) != 1 or len(copy.outputs) != 1 or copy.results or len(maps) != 2:
        return None
    if maps[0] != AffineMap.identity(maps[0].num_dims) or any(str(it.data) != "parallel" for it in copy.iterator_types.data):
        return None
    body = list(copy.body.block.ops)
    if len(body) != 1 or list(body[0].operands) != [copy.body.block.args[0]]:
        return None
    lows = [_shift(e, d) for d, e in enumerate(maps[1].results)]
    return None if None in lows or len(lows) != maps[1].num_dims else tuple(lows)  # type: ignore[arg-type]


def _fill_value(fill: Operation | None, padded: SSAValue) -> arith.ConstantOp | None:
    """The constant ``fill`` writes into all of ``padded`` (identity map, no inputs)."""
    if not isinstance(fill, linalg.GenericOp) or fill.inputs or list(fill.outputs) != [padded]:
        return None
    body = list(fill.body.block.ops)
    if len(body) != 2 or not isinstance(body[0], arith.ConstantOp) or list(body[1].operands) != [body[0].result]:
        return None
    return body[0]


MOVABLE = (Float16Type, BFloat16Type, Float32Type, Float64Type)
"""Element types moved in vectors (plus integers of 8 to 64 bits; ``i1`` and ``index`` pads
are left alone)."""


def _movable(element: Attribute) -> bool:
    return isinstance(element, MOVABLE) or (isinstance(element, IntegerType) and element.width.data in (8, 16, 32, 64))


def _plain_alloc(value: SSAValue, block: Block) -> bool:
    t = value.type
    ok = isinstance(value.owner, memref.AllocOp) and value.owner.parent_block() is block
    ok = ok and isinstance(t, MemRefType) and isinstance(t.layout, NoneAttr) and _movable(t.element_type)
    return ok and all(d >= 0 for d in t.get_shape())  # type: ignore[union-attr]


def _uses_outside(value: SSAValue, block: Block, keep: Callable[[Operation], bool]) -> bool:
    """Whether a use of ``value`` or a view of it (other than a dealloc) is at a top-level op of
    ``block`` for which ``keep`` is False."""
    for alias in aliases(value):
        for use in alias.uses:
            if not isinstance(use.operation, memref.DeallocOp) and not keep(top_level(use.operation, block)):
                return True
    return False


def _copy_form(copy: linalg.GenericOp) -> PadCopy | None:
    """The fill + interior copy ending at ``copy``."""
    lows = _lows(copy)
    constant = _fill_value(copy.prev_op, copy.outputs[0]) if lows is not None else None
    if constant is None:
        return None
    read = copy.inputs[0]
    return PadCopy(copy.prev_op, copy, read, root(read), copy.outputs[0], constant.value, lows)  # type: ignore[arg-type]


def _gather_form(op: linalg.GenericOp) -> PadCopy | None:
    """A marked gather-form constant pad (``graph_to_linalg/gather.py``): its source is the one
    buffer from outside that its body loads from."""
    lows, value = op.attributes.get(PAD_LOWS), op.attributes.get(PAD_VALUE)
    if not isinstance(lows, DenseArrayBase) or value is None or op.inputs or len(op.outputs) != 1:
        return None
    read = {load.memref for load in op.body.walk() if isinstance(load, memref.LoadOp)}
    if len(read) != 1:
        return None
    (source,) = read
    return PadCopy(None, op, source, root(source), op.outputs[0], value, tuple(lows.get_values()))  # type: ignore[arg-type]


def constant_pad(op: linalg.GenericOp) -> PadCopy | None:
    """The constant pad ending at ``op`` (either form), whatever becomes of its source."""
    return _gather_form(op) or _copy_form(op)


def _inside(pad: PadCopy) -> bool:
    """Whether the source (as read) lies inside the padded buffer at ``lows`` in every dim of
    one rank: then every element's address in ``P`` is at or after its address in ``X``."""
    size, extent = pad.read.type.get_shape(), pad.padded.type.get_shape()  # type: ignore[attr-defined]
    if not extent or len(size) != len(extent) or len(pad.lows) != len(extent):
        return False
    return all(lo >= 0 and lo + s <= e for lo, s, e in zip(pad.lows, size, extent, strict=True))


def match_pad(op: linalg.GenericOp) -> PadCopy | None:
    """The pad ending at ``op`` when it may be done in place (module docstring)."""
    block = op.parent_block()
    pad = constant_pad(op)
    if pad is None or block is None or not _plain_alloc(pad.source, block) or not _plain_alloc(pad.padded, block):
        return None
    if pad.source.type.element_type != pad.padded.type.element_type or pad.source is pad.padded:  # type: ignore[attr-defined]
        return None
    if not isinstance(pad.read.type.layout, NoneAttr) or not _inside(pad):
        return None  # (a collapse or expand view of the source's default layout has one too)
    first = pad.fill or op
    if _uses_outside(pad.source, block, lambda o: o is op or o.is_before_in_block(op)):
        return None
    if _uses_outside(pad.padded, block, lambda o: o is first or first.is_before_in_block(o)):
        return None
    return pad


def _lanes(module: Operation | None, element: Attribute) -> int:
    width = element_byte_width(element) * 8
    bits = target_of(module).vector_bits if isinstance(module, ModuleOp) else 0
    return max(1, bits // width) if width else 1


@dataclass
class Expansion:
    """Emits the in-place expansion of one :class:`PadCopy` (module docstring)."""

    pad: PadCopy
    source: SSAValue
    padded: SSAValue
    lanes: int
    value: SSAValue | None = None
    """The fill value, made before the expansion (set by :func:`rewrite_pad`)."""

    def emit(self, b: Builder) -> None:
        self._rows(b, [])

    def _rows(self, b: Builder, at: list[SSAValue]) -> None:
        """Nested loops over the outer dims, each from its last index to its first."""
        shape = self.padded.type.get_shape()  # type: ignore[attr-defined]
        if len(at) == len(shape) - 1:
            self._row(b, at)
            return
        extent = shape[len(at)]
        b.simple_loop(0, extent, 1, lambda lb, iv: self._rows(lb, [*at, _reversed(lb, iv, extent)]))

    def _row(self, b: Builder, at: list[SSAValue]) -> None:
        src = self.source.type.get_shape()  # type: ignore[attr-defined]
        inside: SSAValue | None = None
        outer = self.padded.type.get_shape()[:-1]  # type: ignore[attr-defined]
        for index, low, size, extent in zip(at, self.pad.lows, src, outer, strict=False):
            if low == 0 and size == extent:
                continue
            ok = b.op(arith.AndIOp(_cmp(b, "uge", index, low), _cmp(b, "ult", index, low + size))).results[0]
            inside = ok if inside is None else b.op(arith.AndIOp(inside, ok)).results[0]
        width = self.padded.type.get_shape()[-1]  # type: ignore[attr-defined]
        if inside is None:
            self._interior_row(b, at)
            return
        then, other = Block(), Block()
        self._interior_row(b.child(then), at)
        self._fill(b.child(other), at, 0, width)
        then.add_op(scf.YieldOp())
        other.add_op(scf.YieldOp())
        b.op(scf.IfOp(inside, [], Region(then), Region(other)))

    def _interior_row(self, b: Builder, at: list[SSAValue]) -> None:
        """High border, the moved elements from the row's end, low border: addresses falling."""
        low, size = self.pad.lows[-1], self.source.type.get_shape()[-1]  # type: ignore[attr-defined]
        width = self.padded.type.get_shape()[-1]  # type: ignore[attr-defined]
        self._fill(b, at, low + size, width)
        src_at: list[Index] = [b.op(arith.SubiOp(i, b.idx(lo))).results[0] if lo else i for i, lo in zip(at, self.pad.lows, strict=False)]
        full = size // self.lanes

        def move(lb: Builder, iv: SSAValue, lanes: int, end: int) -> None:
            start = lb.op(arith.SubiOp(lb.idx(end - lanes), lb.mul(iv, lanes))).results[0]
            if lanes == 1:
                lb.store(lb.load(self.source, [*src_at, start]), self.padded, [*at, lb.add(start, low)])
                return
            lb.vstore(lb.vload(self.source, [*src_at, start], lanes), self.padded, [*at, lb.add(start, low)])

        if full and self.lanes > 1:
            b.simple_loop(0, full, 1, lambda lb, iv: move(lb, iv, self.lanes, size))
        head = size - full * self.lanes if self.lanes > 1 else size
        if head:
            b.simple_loop(0, head, 1, lambda lb, iv: move(lb, iv, 1, head))
        self._fill(b, at, 0, low)

    def _fill(self, b: Builder, at: list[SSAValue], start: int, end: int) -> None:
        """The fill value in ``[start, end)`` of the row at ``at`` (above every element still
        to be moved, so in any order)."""
        if end <= start:
            return
        assert self.value is not None
        full = (end - start) // self.lanes * self.lanes if self.lanes > 1 else 0
        if full:
            splat = b.splat(self.value, self.lanes)
            b.simple_loop(start, start + full, self.lanes, lambda lb, iv: lb.vstore(splat, self.padded, [*at, iv]))
        if start + full < end:
            b.simple_loop(start + full, end, 1, lambda lb, iv: lb.store(self.value, self.padded, [*at, iv]))


def _reversed(b: Builder, iv: SSAValue, extent: int) -> SSAValue:
    return b.op(arith.SubiOp(b.idx(extent - 1), iv)).results[0]


def _cmp(b: Builder, predicate: str, value: SSAValue, bound: int) -> SSAValue:
    return b.op(arith.CmpiOp(value, b.idx(bound), predicate)).results[0]


def _byte_view(b: Builder, raw: SSAValue, t: MemRefType) -> SSAValue:  # type: ignore[type-arg]
    return b.op(memref.ViewOp(raw, b.idx(0), [], t)).results[0]


def _first(a: Operation, b: Operation) -> Operation:
    return a if a.is_before_in_block(b) else b


def rewrite_pad(pad: PadCopy) -> None:
    """``pad``'s source and padded buffer as views of one byte buffer, the fill and copy as the
    in-place expansion."""
    x_alloc, p_alloc = pad.source.owner, pad.padded.owner
    assert isinstance(x_alloc, memref.AllocOp) and isinstance(p_alloc, memref.AllocOp)
    p_type, x_type = p_alloc.memref.type, x_alloc.memref.type
    size = element_byte_width(p_type.element_type) * max(_count(p_type), _count(x_type))
    anchor = _first(x_alloc, p_alloc)
    element = p_type.element_type
    b = Builder(anchor.parent_block(), anchor, element=element)  # type: ignore[arg-type]
    raw = b.op(memref.AllocOp([], [], MemRefType(i8, [size]), IntegerAttr(64, i64))).results[0]
    raw.name_hint = pad.padded.name_hint
    views = {v: _byte_view(b, raw, v.type) for v in (pad.source, pad.padded)}  # type: ignore[arg-type]
    lanes = _lanes(anchor.get_toplevel_object(), element)
    expansion = Expansion(pad, pad.read, pad.padded, lanes)  # (both replaced by views below)
    at_copy = Builder(pad.copy.parent_block(), pad.copy, element=element)  # type: ignore[arg-type]
    expansion.value = at_copy.op(arith.ConstantOp(pad.value)).results[0]  # type: ignore[arg-type]
    expansion.emit(at_copy)
    for op in (pad.copy, pad.fill):
        if op is not None:
            op.detach()
            op.erase()
    for old, alloc in ((pad.source, x_alloc), (pad.padded, p_alloc)):
        for use in list(old.uses):
            if isinstance(use.operation, memref.DeallocOp):
                if old is pad.padded:
                    Builder.before(use.operation).op(memref.DeallocOp.get(raw))
                use.operation.detach()
                use.operation.erase()
        old.replace_all_uses_with(views[old])
        alloc.detach()
        alloc.erase()


def _count(t: MemRefType) -> int:  # type: ignore[type-arg]
    total = 1
    for d in t.get_shape():
        total *= d
    return total


def pad_in_place(fn: func.FuncOp) -> int:
    """Rewrite every eligible pad of ``fn``'s body; how many."""
    pads = [p for op in list(fn.body.block.ops) if isinstance(op, linalg.GenericOp) and (p := match_pad(op)) is not None]
    for pad in pads:
        rewrite_pad(pad)
    return len(pads)


def _functions(module: ModuleOp) -> Sequence[func.FuncOp]:
    return [fn for fn in module.ops if isinstance(fn, func.FuncOp) and fn.body.blocks]


@register_pass
@dataclass(frozen=True)
class PadInPlacePass(ModulePass):
    """Write a constant pad over the buffer it pads when that buffer dies there (one buffer instead of two).

    Memref stage, after the kernel passes and before plan-memory. The fill + interior copy that
    pads a dying buffer X into a new buffer P become one backward in-place expansion, with X and
    P views of one i8 buffer of P's size (lowering/pad_in_place.py)."""

    name = "memref-pad-in-place"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for fn in _functions(op):
            pad_in_place(fn)
