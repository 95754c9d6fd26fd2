"""Gather-style generics: each result element reads its operand at a computed index.

Padding (constant, edge, reflect, and the -inf/0 padding of pooling and convolution) is written
as a parallel ``linalg.generic`` over the padded shape whose body computes the source index with
``linalg.index`` + ``arith``, reads it with ``tensor.extract`` and selects the pad value outside
the source. This keeps the memref stage free of subviews and strided layouts (the contract of
``bufferize``): ``tensor.extract`` bufferizes to a plain ``memref.load``.
"""

from __future__ import annotations

from collections.abc import Sequence

from xdsl.dialects import arith, tensor
from xdsl.dialects.builtin import DenseArrayBase, IndexType, i64
from xdsl.ir import Attribute, Operation, SSAValue
from xdsl.ir.affine import AffineDimExpr
from xdsl.pattern_rewriter import PatternRewriter

from ember.lowering.graph_to_linalg.builders import (
    PARALLEL,
    Body,
    amap,
    elem,
    empty,
    filled,
    generic,
    identity,
    out_shape,
)
from ember.symbolic import Dim

INDEX = IndexType()


def extract(b: Body, source: SSAValue, indices: Sequence[SSAValue]) -> SSAValue:
    """``tensor.extract source[indices]`` inside a body."""
    return b.op(tensor.ExtractOp(source, list(indices), elem(source)))


def _clamp(b: Body, i: SSAValue, size: Dim) -> SSAValue:
    return b.min(b.max(i, b.const(0, INDEX)), b.size(size - 1))


def _reflect(b: Body, i: SSAValue, size: int) -> SSAValue:
    """Mirror an index once at each border (pads smaller than the dim, as ONNX requires)."""
    zero = b.const(0, INDEX)
    below = b.cmp("lt", i, zero)
    i = b.select(below, b.sub(zero, i), i)
    last2 = b.const(2 * (size - 1), INDEX)
    above = b.cmp("gt", i, b.const(size - 1, INDEX))
    return _clamp(b, b.select(above, b.sub(last2, i), i), size)


def _wrap(b: Body, i: SSAValue, size: int) -> SSAValue:
    n = b.const(size, INDEX)
    return b.binary("rem", b.add(b.binary("rem", i, n), n), n)


_WRAPPERS = {"reflect": _reflect, "wrap": _wrap}


def _copyable(lows: Sequence[int], highs: Sequence[int]) -> bool:
    """Whether constant padding can be a fill plus an interior copy: nothing cropped, and every
    padded dim padded at its start (the copy's output map ``d + low`` with ``low = 0`` on a
    grown dim would read as the whole dim to upstream's verifier)."""
    return all(lo >= 0 and hi >= 0 and (lo > 0 or hi == 0) for lo, hi in zip(lows, highs, strict=True))


def _pad_by_copy(
    rewriter: PatternRewriter, x: SSAValue, padded: Sequence[int], lows: Sequence[int], value: float
) -> SSAValue:
    """``value`` everywhere, then ``x`` copied into the interior (output map ``d + low``): two
    plain loop nests that LLVM vectorises, where the gather form loads at clamped indices."""
    rank = len(padded)
    init = filled(rewriter, padded, elem(x), value)
    d = [AffineDimExpr(i) for i in range(rank)]
    out_map = amap(rank, [d[i] + lows[i] if lows[i] else d[i] for i in range(rank)])
    return generic(rewriter, [x], [init], [identity(rank), out_map], [PARALLEL] * rank, lambda b, a: a[0])[0]


def pad(
    rewriter: PatternRewriter,
    x: SSAValue,
    lows: Sequence[int],
    highs: Sequence[int],
    mode: str = "constant",
    value: float = 0.0,
) -> SSAValue:
    """``x`` padded by ``lows``/``highs`` per dim (negative entries crop)."""
    shape = out_shape(x)
    if not any(lows) and not any(highs):
        return x
    padded = [d + lo + hi for d, lo, hi in zip(shape, lows, highs, strict=True)]
    if mode == "constant" and _copyable(lows, highs):
        return _pad_by_copy(rewriter, x, padded, lows, value)
    init = empty(rewriter, padded, elem(x))
    fill: list[SSAValue] = []

    def body(b: Body, args: Sequence[SSAValue]) -> SSAValue:
        inside: SSAValue | None = None
        indices: list[SSAValue] = []
        for d, (size, lo, hi) in enumerate(zip(shape, lows, highs, strict=True)):
            i = b.index(d)
            if lo == 0 and hi <= 0:
                indices.append(i)
                continue
            src = b.sub(i, b.const(lo, INDEX))
            if mode in _WRAPPERS:
                indices.append(_WRAPPERS[mode](b, src, size))
                continue
            indices.append(_clamp(b, src, size))
            if mode == "constant":
                ok = b.binary("and", b.cmp("ge", src, b.const(0, INDEX)), b.cmp("lt", src, b.const(size, INDEX)))
                inside = ok if inside is None else b.binary("and", inside, ok)
        v = extract(b, x, indices)
        if inside is None:
            return v
        fill.append(b.const(value, elem(x)))
        return b.select(inside, v, fill[0])

    result = generic(rewriter, [], [init], [identity(len(padded))], [PARALLEL] * len(padded), body)[0]
    if mode == "constant" and fill and isinstance(fill[0].owner, arith.ConstantOp) and min(*lows, *highs) >= 0:
        mark_constant_pad(result.owner, lows, fill[0].owner.value)  # type: ignore[arg-type]
    return result


PAD_LOWS = "ember.pad_lows"
"""On a gather-form constant pad (no crop): the source's offset in the result along each dim.
With :data:`PAD_VALUE` (the fill value) it lets ``memref-pad-in-place``
(:mod:`ember.lowering.pad_in_place`) recognise the pad after bufferization; the source is the
one buffer the body reads."""

PAD_VALUE = "ember.pad_value"


def mark_constant_pad(op: Operation, lows: Sequence[int], value: Attribute) -> None:
    op.attributes[PAD_LOWS] = DenseArrayBase.from_list(i64, list(lows))
    op.attributes[PAD_VALUE] = value
