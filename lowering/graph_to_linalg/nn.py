"""Compute-heavy graph ops -> linalg: one lowering function per op, registered in :data:`LOWERINGS`.

Named linalg ops are used where upstream has them and the case fits (``linalg.matmul`` for 2-D
matmul, ``linalg.conv_2d_nchw_fchw`` for ungrouped 2-D convolution and, on height-1
``expand_shape`` views, ungrouped 1-D convolution, ``linalg.pooling_nchw_max`` for 2-D max
pooling); every other case is a ``linalg.generic`` with explicit indexing maps (batched/broadcast
matmul, grouped or 3-D convolution, average pooling, reductions, norms).
Padding is materialised by :func:`ember.lowering.graph_to_linalg.gather.pad`; reductions
initialise their destination with a fill generic and accumulate into it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np
from xdsl.dialects import math as mathd
from xdsl.dialects.builtin import DenseIntOrFPElementsAttr, IndexType, TensorType, f64, i64
from xdsl.dialects.linalg import ops as linalg
from xdsl.ir import SSAValue
from xdsl.ir.affine import AffineDimExpr, AffineExpr, AffineMap
from xdsl.pattern_rewriter import PatternRewriter

from ember.dialects import graph
from ember.dialects.graph.base import (
    GraphOp,
    broadcast_shapes,
    elem_of,
    normalize_axis,
    read_bool,
    read_float,
    read_int,
    read_ints,
    shape_of,
)
from ember.dialects.graph.resources import dense_from_numpy
from ember.lowering.graph_to_linalg.builders import (
    PARALLEL,
    REDUCTION,
    Body,
    amap,
    broadcast_map,
    elem,
    empty,
    filled,
    generic,
    highest,
    identity,
    is_float_type,
    lowest,
    out_shape,
)
from ember.lowering.graph_to_linalg.gather import pad

LowerFn = Callable[[PatternRewriter, GraphOp], Sequence[SSAValue]]


def _mac(b: Body, args: Sequence[SSAValue]) -> SSAValue:
    return b.add(args[2], b.mul(args[0], args[1]))


def _constant(rewriter: PatternRewriter, array: np.ndarray) -> SSAValue:
    from xdsl.dialects import arith

    op = arith.ConstantOp(dense_from_numpy(array))
    rewriter.insert(op)
    return op.result


# ---- matmul and gemm --------------------------------------------------------------------------


def lower_matmul(rewriter: PatternRewriter, op: GraphOp) -> Sequence[SSAValue]:
    """numpy.matmul: linalg.matmul for 2-D x 2-D, a generic with broadcast batch maps otherwise."""
    a, b = op.operands
    sa, sb = shape_of(a.type), shape_of(b.type)
    result_shape = shape_of(op.results[0].type)
    acc = filled(rewriter, result_shape, elem_of(op.results[0].type), 0)
    if len(sa) == 2 and len(sb) == 2:
        named = linalg.MatmulOp([a, b], [acc])
        rewriter.insert(named)
        return [named.results[0]]
    a2 = (1, *sa) if len(sa) == 1 else sa
    b2 = (*sb, 1) if len(sb) == 1 else sb
    batch = broadcast_shapes(a2[:-2], b2[:-2])
    nb = len(batch)
    loops: list[int] = list(range(nb))
    m = n = None
    if len(sa) > 1:
        m = len(loops)
        loops.append(m)
    if len(sb) > 1:
        n = len(loops)
        loops.append(n)
    k = len(loops)
    num = k + 1
    d = [AffineDimExpr(i) for i in range(num)]
    a_batch = broadcast_map(a2[:-2], batch).results if len(sa) > 2 else ()
    b_batch = broadcast_map(b2[:-2], batch).results if len(sb) > 2 else ()
    a_map = amap(num, [*a_batch, *([d[m]] if m is not None else []), d[k]])
    b_map = amap(num, [*b_batch, d[k], *([d[n]] if n is not None else [])])
    out_map = amap(num, [*d[:nb], *([d[m]] if m is not None else []), *([d[n]] if n is not None else [])])
    iters = [PARALLEL] * k + [REDUCTION]
    return generic(rewriter, [a, b], [acc], [_remap(a_map, num), _remap(b_map, num), out_map], iters, _mac)


def _remap(m: AffineMap, num_dims: int) -> AffineMap:
    """Re-declare a map's results over ``num_dims`` dims (broadcast maps are built over fewer)."""
    return AffineMap(num_dims, 0, tuple(m.results))


def lower_gemm(rewriter: PatternRewriter, op: GraphOp) -> Sequence[SSAValue]:
    """alpha * op(A) @ op(B) + beta * C: C (or zero) broadcast into the accumulator, then a MAC."""
    a, b = op.operands[0], op.operands[1]
    props = op.props
    shape = shape_of(op.results[0].type)
    element = elem_of(op.results[0].type)
    alpha, beta = read_float(props, "alpha", 1.0), read_float(props, "beta", 1.0)
    if len(op.operands) == 3:
        c = op.operands[2]
        init = empty(rewriter, shape, element)
        c_map = broadcast_map(shape_of(c.type), shape)
        acc = generic(rewriter, [c], [init], [c_map, identity(2)], [PARALLEL] * 2,
                      lambda bb, args: bb.scale(args[0], beta))[0]  # fmt: skip
    else:
        acc = filled(rewriter, shape, element, 0)
    i, j, k = (AffineDimExpr(x) for x in range(3))
    a_map = amap(3, [k, i] if read_bool(props, "trans_a") else [i, k])
    b_map = amap(3, [j, k] if read_bool(props, "trans_b") else [k, j])

    def body(bb: Body, args: Sequence[SSAValue]) -> SSAValue:
        return bb.add(args[2], bb.scale(bb.mul(args[0], args[1]), alpha))

    maps = [a_map, b_map, amap(3, [i, j])]
    return generic(rewriter, [a, b], [acc], maps, [PARALLEL, PARALLEL, REDUCTION], body)


# ---- convolution ------------------------------------------------------------------------------


def _spatial(op: GraphOp, name: str, rank: int, default: int) -> tuple[int, ...]:
    return read_ints(op.props, name, (default,) * rank)


def _bias_init(rewriter: PatternRewriter, op: GraphOp, shape: Sequence[int]) -> SSAValue:
    element = elem_of(op.results[0].type)
    if len(op.operands) < 3:
        return filled(rewriter, shape, element, 0)
    init = empty(rewriter, shape, element)
    maps = [amap(len(shape), [AffineDimExpr(1)]), identity(len(shape))]
    return generic(rewriter, [op.operands[2]], [init], maps, [PARALLEL] * len(shape), lambda b, a: a[0])[0]


def _dense_i64(values: Sequence[int]) -> DenseIntOrFPElementsAttr:
    return DenseIntOrFPElementsAttr.from_list(TensorType(i64, [len(values)]), list(values))


def lower_conv(rewriter: PatternRewriter, op: GraphOp) -> Sequence[SSAValue]:
    """Convolution: padded input, bias-initialised accumulator, then the MAC nest."""
    x, w = op.operands[0], op.operands[1]
    xs, ws = shape_of(x.type), shape_of(w.type)
    rank = len(xs) - 2
    strides = _spatial(op, "strides", rank, 1)
    dilations = _spatial(op, "dilations", rank, 1)
    pads = read_ints(op.props, "pads", (0,) * (2 * rank))
    group = read_int(op.props, "group", 1)
    shape = shape_of(op.results[0].type)
    xp = pad(rewriter, x, (0, 0, *pads[:rank]), (0, 0, *pads[rank:]))
    if rank == 1 and group == 1:
        return [_conv1d_as_2d(rewriter, op, xp, strides[0], dilations[0])]
    acc = _bias_init(rewriter, op, shape)
    if rank == 2 and group == 1:
        named = linalg.Conv2DNchwFchwOp(
            [xp, w], [acc], [acc.type], strides=_dense_i64(strides), dilations=_dense_i64(dilations)
        )
        rewriter.insert(named)
        return [named.results[0]]
    num = 3 + 2 * rank  # n, f, out..., c, k...
    d = [AffineDimExpr(i) for i in range(num)]
    n, f, c = d[0], d[1], d[2 + rank]
    outs, ks = d[2 : 2 + rank], d[3 + rank :]
    cin_g, cout_g = ws[1], ws[0] // group
    channel: AffineExpr = c if group == 1 else (f // cout_g) * cin_g + c
    x_map = amap(num, [n, channel, *(o * s + kk * dl for o, kk, s, dl in zip(outs, ks, strides, dilations, strict=True))])
    w_map = amap(num, [f, c, *ks])
    out_map = amap(num, [n, f, *outs])
    iters = [PARALLEL] * (2 + rank) + [REDUCTION] * (1 + rank)
    return generic(rewriter, [xp, w], [acc], [x_map, w_map, out_map], iters, _mac)


def _unit_height(rewriter: PatternRewriter, value: SSAValue) -> SSAValue:
    """``[N, C, L]`` -> ``[N, C, 1, L]`` (``tensor.expand_shape``; a view after bufferize)."""
    from xdsl.dialects import tensor

    from ember.lowering.graph_to_linalg.shape import _reassociation

    n, c, length = out_shape(value)
    result = TensorType(elem_of(value.type), [n, c, 1, length])
    expand = tensor.ExpandShapeOp(value, [], _reassociation([[0], [1], [2, 3]]), [n, c, 1, length], result)
    rewriter.insert(expand)
    return expand.result


def _conv1d_as_2d(rewriter: PatternRewriter, op: GraphOp, xp: SSAValue, stride: int, dilation: int) -> SSAValue:
    """An ungrouped 1-D convolution as ``linalg.conv_2d_nchw_fchw`` on height-1 views of the
    (padded) input, the weights and the bias-initialised output, collapsed back to ``[N, F, L]``.
    The weights stay a constant seen through a reshape, so the conv micro-kernel packs them."""
    from xdsl.dialects import tensor

    from ember.lowering.graph_to_linalg.shape import _reassociation

    n, f, length = shape_of(op.results[0].type)
    views = [_unit_height(rewriter, xp), _unit_height(rewriter, op.operands[1])]
    acc = _bias_init(rewriter, op, [n, f, 1, length])  # just before the conv: the kernel folds it
    named = linalg.Conv2DNchwFchwOp(
        views, [acc], [acc.type],
        strides=_dense_i64((1, stride)), dilations=_dense_i64((1, dilation)),
    )  # fmt: skip
    rewriter.insert(named)
    collapse = tensor.CollapseShapeOp.build(
        operands=[named.results[0]], result_types=[op.results[0].type],
        properties={"reassociation": _reassociation([[0], [1], [2, 3]])},
    )  # fmt: skip
    rewriter.insert(collapse)
    return collapse.result


def lower_conv_transpose(rewriter: PatternRewriter, op: GraphOp) -> Sequence[SSAValue]:
    """Transposed convolution as a gather over the output: out[n, g, o, y] = bias +
    sum_{c, k} x[n, g*Cin_g + c, (y + p - k*d) / s] * w[g, c, o, k] wherever the division is exact
    and in range. Computed on (N, G, Cout_g, Y...) views so every loop dim indexes some operand
    directly; the input is read with tensor.extract in the (masked) body."""
    from ember.lowering.graph_to_linalg.shape import reshape

    x, w = op.operands[0], op.operands[1]
    xs, ws = shape_of(x.type), shape_of(w.type)
    rank = len(xs) - 2
    strides = _spatial(op, "strides", rank, 1)
    dilations = _spatial(op, "dilations", rank, 1)
    pads = read_ints(op.props, "pads", (0,) * (2 * rank))
    group = read_int(op.props, "group", 1)
    shape = shape_of(op.results[0].type)
    cin_g, cout_g = xs[1] // group, ws[1]
    grouped_shape = [shape[0], group, cout_g, *shape[2:]]
    w5 = reshape(rewriter, w, [group, cin_g, cout_g, *ws[2:]])
    num = 4 + 2 * rank  # n, g, o, y..., c, k...
    d = [AffineDimExpr(i) for i in range(num)]
    c, ks = d[3 + rank], d[4 + rank :]
    w_map = amap(num, [d[1], c, d[2], *ks])
    out_map = amap(num, d[: 3 + rank])
    acc = _grouped_bias_init(rewriter, op, grouped_shape)
    index = IndexType()
    element = elem_of(op.results[0].type)

    def body(b: Body, args: Sequence[SSAValue]) -> SSAValue:
        from ember.lowering.graph_to_linalg.gather import extract

        ok: SSAValue | None = None
        src: list[SSAValue] = []
        for i in range(rank):
            shifted = b.add(b.index(3 + i), b.const(pads[i], index))
            pos = b.sub(shifted, b.mul(b.index(4 + rank + i), b.const(dilations[i], index)))
            q = b.binary("div", pos, b.const(strides[i], index))
            exact = b.cmp("eq", b.mul(q, b.const(strides[i], index)), pos)
            inside = b.binary("and", b.cmp("ge", pos, b.const(0, index)), b.cmp("lt", q, b.const(xs[2 + i], index)))
            cond = b.binary("and", exact, inside)
            ok = cond if ok is None else b.binary("and", ok, cond)
            src.append(b.min(b.max(q, b.const(0, index)), b.const(xs[2 + i] - 1, index)))
        channel = b.add(b.mul(b.index(1), b.const(cin_g, index)), b.index(3 + rank))
        v = extract(b, x, [b.index(0), channel, *src])
        assert ok is not None
        return b.add(args[1], b.select(ok, b.mul(v, args[0]), b.const(0, element)))

    iters = [PARALLEL] * (3 + rank) + [REDUCTION] * (1 + rank)
    out = generic(rewriter, [w5], [acc], [w_map, out_map], iters, body)[0]
    return [reshape(rewriter, out, shape)]


def _grouped_bias_init(rewriter: PatternRewriter, op: GraphOp, shape: Sequence[int]) -> SSAValue:
    """The (N, G, Cout_g, ...) accumulator, holding the bias (or zero)."""
    from ember.lowering.graph_to_linalg.shape import reshape

    element = elem_of(op.results[0].type)
    if len(op.operands) < 3:
        return filled(rewriter, shape, element, 0)
    bias = reshape(rewriter, op.operands[2], [shape[1], shape[2]])
    init = empty(rewriter, shape, element)
    maps = [amap(len(shape), [AffineDimExpr(1), AffineDimExpr(2)]), identity(len(shape))]
    return generic(rewriter, [bias], [init], maps, [PARALLEL] * len(shape), lambda b, a: a[0])[0]


# ---- pooling ----------------------------------------------------------------------------------


def _pool_geometry(op: GraphOp) -> tuple[tuple[int, ...], ...]:
    xs = shape_of(op.operands[0].type)
    assert isinstance(op, graph.PoolOp)
    return op.geometry(np.empty((1, 1, *xs[2:]), dtype=np.float32))


def _window_maps(rank: int, strides: Sequence[int], dilations: Sequence[int]) -> tuple[int, list[AffineMap]]:
    """Maps of (input, window, output) of a pooling generic over (n, c, out..., k...)."""
    num = 2 + 2 * rank
    d = [AffineDimExpr(i) for i in range(num)]
    outs, ks = d[2 : 2 + rank], d[2 + rank :]
    x_map = amap(num, [d[0], d[1], *(o * s + k * dl for o, k, s, dl in zip(outs, ks, strides, dilations, strict=True))])
    return num, [x_map, amap(num, ks), amap(num, d[: 2 + rank])]


def _pool(
    rewriter: PatternRewriter, xp: SSAValue, acc: SSAValue, geometry: tuple[Sequence[int], ...],
    combine: Callable[[Body, SSAValue, SSAValue], SSAValue],
) -> SSAValue:  # fmt: skip
    """A pooling generic: like upstream's pooling ops, an (unread) window-shaped operand gives
    the kernel loops their range."""
    kernel, strides, dilations = geometry
    rank = len(kernel)
    window = empty(rewriter, kernel, elem(xp))
    _, maps = _window_maps(rank, strides, dilations)
    iters = [PARALLEL] * (2 + rank) + [REDUCTION] * rank
    return generic(rewriter, [xp, window], [acc], maps, iters, lambda b, a: combine(b, a[2], a[0]))[0]


def lower_max_pool(rewriter: PatternRewriter, op: GraphOp) -> Sequence[SSAValue]:
    """Max pooling over an input padded with the element type's lowest value.

    (A generic rather than ``linalg.pooling_nchw_max``: xDSL's hidden body of that named op
    takes the max of the input and the window operand, not of the accumulator.)"""
    x = op.operands[0]
    rank = len(out_shape(x)) - 2
    kernel, strides, dilations, pads, _ = _pool_geometry(op)
    element = elem(x)
    xp = pad(rewriter, x, (0, 0, *pads[:rank]), (0, 0, *pads[rank:]), value=lowest(element))
    acc = filled(rewriter, shape_of(op.results[0].type), element, lowest(element))
    return [_pool(rewriter, xp, acc, (kernel, strides, dilations), lambda b, acc_, v: b.max(acc_, v))]


def _avg_counts(op: GraphOp) -> np.ndarray:
    """How many elements each average-pool window divides by (shape: output spatial dims)."""
    xs = shape_of(op.operands[0].type)
    rank = len(xs) - 2
    kernel, strides, dilations, pads, explicit = _pool_geometry(op)
    ones = np.ones((1, 1, *xs[2:]))
    if read_bool(op.props, "count_include_pad"):
        mask = np.pad(ones, [(0, 0), (0, 0)] + [(explicit[i], explicit[rank + i]) for i in range(rank)], constant_values=1.0)
        extra = [(0, pads[rank + i] - explicit[rank + i]) for i in range(rank)]
        mask = np.pad(mask, [(0, 0), (0, 0), *extra])
    else:
        mask = np.pad(ones, [(0, 0), (0, 0)] + [(pads[i], pads[rank + i]) for i in range(rank)])
    out = shape_of(op.results[0].type)[2:]
    counts = np.zeros(out)
    for offset in np.ndindex(*kernel):
        index = tuple(
            slice(o * dl, o * dl + (n - 1) * s + 1, s)
            for o, dl, n, s in zip(offset, dilations, out, strides, strict=True)
        )
        counts += mask[(0, 0, *index)]
    return counts


def lower_avg_pool(rewriter: PatternRewriter, op: GraphOp) -> Sequence[SSAValue]:
    """Average pooling: a zero-padded window sum, then a multiply by 1/count per position."""
    x = op.operands[0]
    rank = len(out_shape(x)) - 2
    kernel, strides, dilations, pads, _ = _pool_geometry(op)
    xp = pad(rewriter, x, (0, 0, *pads[:rank]), (0, 0, *pads[rank:]))
    acc = filled(rewriter, shape_of(op.results[0].type), elem(x), 0)
    total = _pool(rewriter, xp, acc, (kernel, strides, dilations), lambda b, acc_, v: b.add(acc_, v))
    return [_divide_by_counts(rewriter, total, _avg_counts(op))]


def _divide_by_counts(rewriter: PatternRewriter, total: SSAValue, counts: np.ndarray) -> SSAValue:
    shape = out_shape(total)
    element = elem(total)
    init = empty(rewriter, shape, element)
    if np.all(counts == counts.flat[0]):
        inv = 1.0 / float(counts.flat[0])
        return generic(rewriter, [total], [init], [identity(len(shape))] * 2, [PARALLEL] * len(shape),
                       lambda b, a: b.scale(a[0], inv))[0]  # fmt: skip
    from ember.dialects.graph.base import numpy_dtype

    table = _constant(rewriter, (1.0 / counts).astype(numpy_dtype(element)))
    t_map = amap(len(shape), [AffineDimExpr(i) for i in range(2, len(shape))])
    maps = [identity(len(shape)), t_map, identity(len(shape))]
    return generic(rewriter, [total, table], [init], maps, [PARALLEL] * len(shape), lambda b, a: b.mul(a[0], a[1]))[0]


def _reduce_to(
    rewriter: PatternRewriter,
    x: SSAValue,
    axes: Sequence[int],
    keep: bool,
    start: float,
    combine: Callable[[Body, SSAValue, SSAValue], SSAValue],
) -> SSAValue:
    """Reduce ``x`` over ``axes`` with ``combine(b, acc, value)`` from ``start``."""
    xs = out_shape(x)
    rank = len(xs)
    kept = [i for i in range(rank) if i not in axes]
    shape = [1 if i in axes else xs[i] for i in range(rank)] if keep else [xs[i] for i in kept]
    acc = filled(rewriter, shape, elem(x), start)
    d = [AffineDimExpr(i) for i in range(rank)]
    out_map = amap(rank, [0 if i in axes else d[i] for i in range(rank)] if keep else [d[i] for i in kept])
    iters = [REDUCTION if i in axes else PARALLEL for i in range(rank)]
    return generic(rewriter, [x], [acc], [identity(rank), out_map], iters, lambda b, a: combine(b, a[1], a[0]))[0]


def lower_global_pool(rewriter: PatternRewriter, op: GraphOp) -> Sequence[SSAValue]:
    x = op.operands[0]
    axes = tuple(range(2, len(out_shape(x))))
    if isinstance(op, graph.GlobalMaxPoolOp):
        return [_reduce_to(rewriter, x, axes, True, lowest(elem(x)), lambda b, acc, v: b.max(acc, v))]
    total = _reduce_to(rewriter, x, axes, True, 0, lambda b, acc, v: b.add(acc, v))
    count = math.prod(out_shape(x)[2:])
    return [_divide_by_counts(rewriter, total, np.full((1,) * len(axes), float(count)))]


# ---- normalisation ----------------------------------------------------------------------------


def lower_batch_norm(rewriter: PatternRewriter, op: GraphOp) -> Sequence[SSAValue]:
    """(x - mean) * scale / sqrt(var + eps) + bias, per channel, one elementwise generic."""
    x, scale, bias, mean, var = op.operands
    shape = out_shape(x)
    rank = len(shape)
    eps = read_float(op.props, "epsilon", 1e-5)
    init = empty(rewriter, shape, elem(x))
    chan = amap(rank, [AffineDimExpr(1)])

    def body(b: Body, a: Sequence[SSAValue]) -> SSAValue:
        xv, sv, bv, mv, vv = a[:5]
        inv = b.div(sv, b.math(mathd.SqrtOp, b.add(vv, b.const(eps, vv.type))))
        return b.add(b.mul(b.sub(xv, mv), inv), bv)

    maps = [identity(rank), chan, chan, chan, chan, identity(rank)]
    return generic(rewriter, [x, scale, bias, mean, var], [init], maps, [PARALLEL] * rank, body)


def _normalize(
    rewriter: PatternRewriter, x: SSAValue, axes: Sequence[int], eps: float,
    affine: Sequence[tuple[SSAValue, AffineMap]],
) -> SSAValue:  # fmt: skip
    """(x - mean) / sqrt(var + eps) over ``axes``, then * / + the ``affine`` operands in turn."""
    shape = out_shape(x)
    rank = len(shape)
    count = float(math.prod(shape[a] for a in axes))
    mean = _reduce_to(rewriter, x, axes, True, 0, lambda b, acc, v: b.add(acc, v))
    red_map = broadcast_map(out_shape(mean), shape)
    centered = generic(
        rewriter, [x, mean], [empty(rewriter, shape, elem(x))], [identity(rank), red_map, identity(rank)],
        [PARALLEL] * rank, lambda b, a: b.sub(a[0], b.scale(a[1], 1.0 / count)),
    )[0]  # fmt: skip
    var = _reduce_to(rewriter, centered, axes, True, 0, lambda b, acc, v: b.add(acc, b.mul(v, v)))
    operands = [centered, var, *(v for v, _ in affine)]
    maps = [identity(rank), red_map, *(m for _, m in affine), identity(rank)]

    def body(b: Body, a: Sequence[SSAValue]) -> SSAValue:
        std = b.math(mathd.SqrtOp, b.add(b.scale(a[1], 1.0 / count), b.const(eps, a[1].type)))
        out = b.div(a[0], std)
        if len(affine) > 0:
            out = b.mul(out, a[2])
        if len(affine) > 1:
            out = b.add(out, a[3])
        return out

    return generic(rewriter, operands, [empty(rewriter, shape, elem(x))], maps, [PARALLEL] * rank, body)[0]


def lower_layer_norm(rewriter: PatternRewriter, op: GraphOp) -> Sequence[SSAValue]:
    x = op.operands[0]
    shape = out_shape(x)
    axis = normalize_axis(read_int(op.props, "axis", -1), len(shape))
    affine = [(v, broadcast_map(shape_of(v.type), shape)) for v in op.operands[1:]]
    eps = read_float(op.props, "epsilon", 1e-5)
    return [_normalize(rewriter, x, tuple(range(axis, len(shape))), eps, affine)]


def lower_instance_norm(rewriter: PatternRewriter, op: GraphOp) -> Sequence[SSAValue]:
    x = op.operands[0]
    rank = len(out_shape(x))
    chan = amap(rank, [AffineDimExpr(1)])
    affine = [(v, chan) for v in op.operands[1:]]
    eps = read_float(op.props, "epsilon", 1e-5)
    return [_normalize(rewriter, x, tuple(range(2, rank)), eps, affine)]


def lower_lrn(rewriter: PatternRewriter, op: GraphOp) -> Sequence[SSAValue]:
    """x / (bias + alpha/size * sum of squares over a channel window) ** beta."""
    x = op.operands[0]
    shape = out_shape(x)
    rank = len(shape)
    size = read_int(op.props, "size")
    lo, hi = (size - 1) // 2, math.ceil((size - 1) / 2)
    xp = pad(rewriter, x, (0, lo) + (0,) * (rank - 2), (0, hi) + (0,) * (rank - 2))
    num = rank + 1
    d = [AffineDimExpr(i) for i in range(num)]
    window = empty(rewriter, [size], elem(x))
    sums = generic(
        rewriter, [xp, window], [filled(rewriter, shape, elem(x), 0)],
        [amap(num, [d[0], d[1] + d[rank], *d[2:rank]]), amap(num, [d[rank]]), amap(num, d[:rank])],
        [PARALLEL] * rank + [REDUCTION], lambda b, a: b.add(a[2], b.mul(a[0], a[0])),
    )[0]  # fmt: skip
    alpha, beta = read_float(op.props, "alpha", 1e-4), read_float(op.props, "beta", 0.75)
    bias = read_float(op.props, "bias", 1.0)

    def body(b: Body, a: Sequence[SSAValue]) -> SSAValue:
        base = b.add(b.const(bias, a[1].type), b.scale(a[1], alpha / size))
        return b.div(a[0], b.math(mathd.PowFOp, base, b.const(beta, a[1].type)))

    init = empty(rewriter, shape, elem(x))
    return generic(rewriter, [x, sums], [init], [identity(rank)] * 3, [PARALLEL] * rank, body)


def _softmax_parts(rewriter: PatternRewriter, op: GraphOp) -> tuple[SSAValue, SSAValue, SSAValue, AffineMap]:
    """(x, max along axis, sum of exp(x - max), map from x's dims to the reduced tensors)."""
    x = op.operands[0]
    shape = out_shape(x)
    axis = normalize_axis(read_int(op.props, "axis", -1), len(shape))
    high = _reduce_to(rewriter, x, (axis,), True, lowest(elem(x)), lambda b, acc, v: b.max(acc, v))
    red_map = broadcast_map(out_shape(high), shape)
    rank = len(shape)
    iters = [REDUCTION if i == axis else PARALLEL for i in range(rank)]
    total = generic(
        rewriter, [x, high], [filled(rewriter, out_shape(high), elem(x), 0)], [identity(rank), red_map, red_map],
        iters, lambda b, a: b.add(a[2], b.math(mathd.ExpOp, b.sub(a[0], a[1]))),
    )[0]  # fmt: skip
    return x, high, total, red_map


def lower_softmax(rewriter: PatternRewriter, op: GraphOp) -> Sequence[SSAValue]:
    """``e = exp(x - max)`` once into a buffer, its sum along the axis, then ``e / sum``: three
    passes over rows that stay in cache, each exp computed once (a row reduction vectorises)."""
    x = op.operands[0]
    shape = out_shape(x)
    rank = len(shape)
    axis = normalize_axis(read_int(op.props, "axis", -1), rank)
    high = _reduce_to(rewriter, x, (axis,), True, lowest(elem(x)), lambda b, acc, v: b.max(acc, v))
    red_map = broadcast_map(out_shape(high), shape)
    maps = [identity(rank), red_map, identity(rank)]
    exps = generic(rewriter, [x, high], [empty(rewriter, shape, elem(x))], maps, [PARALLEL] * rank,
                   lambda b, a: b.math(mathd.ExpOp, b.sub(a[0], a[1])))[0]  # fmt: skip
    total = _reduce_to(rewriter, exps, (axis,), True, 0, lambda b, acc, v: b.add(acc, v))
    init = empty(rewriter, shape, elem(x))
    return generic(rewriter, [exps, total], [init], maps, [PARALLEL] * rank, lambda b, a: b.div(a[0], a[1]))


def lower_log_softmax(rewriter: PatternRewriter, op: GraphOp) -> Sequence[SSAValue]:
    x, high, total, red_map = _softmax_parts(rewriter, op)
    rank = len(out_shape(x))

    def body(b: Body, a: Sequence[SSAValue]) -> SSAValue:
        return b.sub(b.sub(a[0], a[1]), b.math(mathd.LogOp, a[2]))

    init = empty(rewriter, out_shape(x), elem(x))
    return generic(rewriter, [x, high, total], [init], [identity(rank), red_map, red_map, identity(rank)], [PARALLEL] * rank, body)


# ---- reductions -------------------------------------------------------------------------------

_REDUCERS: dict[type[GraphOp], tuple[Callable[[object], float], Callable[[Body, SSAValue, SSAValue], SSAValue]]] = {
    graph.ReduceSumOp: (lambda e: 0, lambda b, acc, v: b.add(acc, v)),
    graph.ReduceMeanOp: (lambda e: 0, lambda b, acc, v: b.add(acc, v)),
    graph.ReduceMaxOp: (lowest, lambda b, acc, v: b.max(acc, v)),
    graph.ReduceMinOp: (highest, lambda b, acc, v: b.min(acc, v)),
    graph.ReduceProdOp: (lambda e: 1, lambda b, acc, v: b.mul(acc, v)),
    graph.ReduceL2Op: (lambda e: 0, lambda b, acc, v: b.add(acc, b.mul(v, v))),
}


def lower_reduce(rewriter: PatternRewriter, op: GraphOp) -> Sequence[SSAValue]:
    x = op.operands[0]
    rank = len(out_shape(x))
    assert isinstance(op, graph.ReduceOp)
    axes = op.norm_axes(op.props, rank)
    start, combine = _REDUCERS[type(op)]
    out = _reduce_to(rewriter, x, axes, read_bool(op.props, "keepdims", True), start(elem(x)), combine)
    shape = out_shape(out)
    if isinstance(op, graph.ReduceMeanOp | graph.ReduceL2Op):
        count = math.prod(out_shape(x)[a] for a in axes)
        finish = _finish_mean(count) if isinstance(op, graph.ReduceMeanOp) else _finish_sqrt
        init = empty(rewriter, shape, elem(x))
        out = generic(rewriter, [out], [init], [identity(len(shape))] * 2, [PARALLEL] * len(shape), finish)[0]
    return [out]


def _finish_mean(count: int) -> Callable[[Body, Sequence[SSAValue]], SSAValue]:
    def finish(b: Body, a: Sequence[SSAValue]) -> SSAValue:
        if is_float_type(a[0].type):
            return b.scale(a[0], 1.0 / count)
        return b.div(a[0], b.const(count, a[0].type))

    return finish


def _finish_sqrt(b: Body, a: Sequence[SSAValue]) -> SSAValue:
    if is_float_type(a[0].type):
        return b.math(mathd.SqrtOp, a[0])
    return b.convert(b.math(mathd.SqrtOp, b.convert(a[0], f64)), a[0].type)


def lower_arg_reduce(rewriter: PatternRewriter, op: GraphOp) -> Sequence[SSAValue]:
    """Index of the max/min along ``axis``: a reduction carrying the best index; the best value
    so far is re-read from the input at that index (one result, so the IR stays simple)."""
    from ember.lowering.graph_to_linalg.gather import extract

    x = op.operands[0]
    xs = out_shape(x)
    rank = len(xs)
    axis = normalize_axis(read_int(op.props, "axis", 0), rank)
    keep = read_bool(op.props, "keepdims", True)
    last = read_bool(op.props, "select_last_index")
    pred = {(True, False): "gt", (True, True): "ge", (False, False): "lt", (False, True): "le"}[
        (isinstance(op, graph.ArgMaxOp), last)
    ]
    shape = [1 if i == axis else xs[i] for i in range(rank)] if keep else [d for i, d in enumerate(xs) if i != axis]
    indices = filled(rewriter, shape, i64, 0)
    d = [AffineDimExpr(i) for i in range(rank)]
    out_map = amap(rank, [0 if i == axis else d[i] for i in range(rank)] if keep else [d[i] for i in range(rank) if i != axis])
    index = IndexType()

    def body(b: Body, a: Sequence[SSAValue]) -> SSAValue:
        v, best_i = a
        at = [b.index_cast(best_i, index) if i == axis else b.index(i) for i in range(rank)]
        better = b.cmp(pred, v, extract(b, x, at))
        return b.select(better, b.index_cast(b.index(axis), i64), best_i)

    iters = [REDUCTION if i == axis else PARALLEL for i in range(rank)]
    return generic(rewriter, [x], [indices], [identity(rank), out_map], iters, body)


LOWERINGS: dict[type[GraphOp], LowerFn] = {
    graph.MatmulOp: lower_matmul,
    graph.GemmOp: lower_gemm,
    graph.ConvOp: lower_conv,
    graph.ConvTransposeOp: lower_conv_transpose,
    graph.MaxPoolOp: lower_max_pool,
    graph.AvgPoolOp: lower_avg_pool,
    graph.GlobalAvgPoolOp: lower_global_pool,
    graph.GlobalMaxPoolOp: lower_global_pool,
    graph.BatchNormOp: lower_batch_norm,
    graph.LayerNormOp: lower_layer_norm,
    graph.InstanceNormOp: lower_instance_norm,
    graph.LrnOp: lower_lrn,
    graph.SoftmaxOp: lower_softmax,
    graph.LogSoftmaxOp: lower_log_softmax,
    graph.ReduceSumOp: lower_reduce,
    graph.ReduceMeanOp: lower_reduce,
    graph.ReduceMaxOp: lower_reduce,
    graph.ReduceMinOp: lower_reduce,
    graph.ReduceProdOp: lower_reduce,
    graph.ReduceL2Op: lower_reduce,
    graph.ArgMaxOp: lower_arg_reduce,
    graph.ArgMinOp: lower_arg_reduce,
}
"""One lowering per compute-heavy graph op."""
