"""Data-movement and value-source graph ops -> tensor/linalg, one lowering function per op.

* reshape, flatten, squeeze, unsqueeze: ``tensor.collapse_shape`` to 1-D then
  ``tensor.expand_shape`` (zero-copy views after bufferization, identity layouts);
* transpose, slice, split, expand, tile: one ``linalg.generic`` whose *input* map does the
  index arithmetic (permutation, ``d * step + start``, broadcast ``0``, ``d mod size``);
* concat: a chain of generics, each copying one operand into its offset slab of the result
  (output map ``d_axis + offset``), so no ``insert_slice``/subview is needed;
* pad, gather, gather_elements, resize: gather-style generics (``tensor.extract`` at a computed
  index, see :mod:`ember.lowering.graph_to_linalg.gather`);
* constant -> ``arith.constant`` (dense or dense_resource), fill/range -> generics, identity ->
  its operand.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from xdsl.dialects import arith, tensor
from xdsl.dialects.builtin import (
    DYNAMIC_INDEX,
    ArrayAttr,
    IndexType,
    IntegerAttr,
    f64,
    i64,
)
from xdsl.ir import SSAValue
from xdsl.ir.affine import AffineDimExpr, AffineMap
from xdsl.pattern_rewriter import PatternRewriter

from ember.dialects import graph
from ember.dialects.graph.base import (
    GraphOp,
    elem_of,
    normalize_axis,
    numpy_dtype,
    read_choice,
    read_dims,
    read_float,
    read_int,
    read_ints,
    read_number,
    shape_of,
)
from ember.dialects.graph.enums import ResizeMode
from ember.dialects.graph.resize import resize_reference
from ember.dialects.graph.shape import read_floats
from ember.lowering.graph_to_linalg.builders import (
    PARALLEL,
    Body,
    amap,
    broadcast_map,
    elem,
    empty,
    filled,
    generic,
    identity,
    out_shape,
)
from ember.lowering.graph_to_linalg.dims import dynamic_sizes, ranked
from ember.lowering.graph_to_linalg.gather import extract, pad
from ember.lowering.graph_to_linalg.nn import LowerFn, _constant
from ember.symbolic import Dim, dim_max, dim_min, dims_product, is_symbolic

INDEX = IndexType()


def _copy(b: Body, a: Sequence[SSAValue]) -> SSAValue:
    return a[0]


def _parallel(rewriter: PatternRewriter, op: GraphOp, inputs: Sequence[SSAValue], in_maps: list, body=_copy) -> SSAValue:  # noqa: ANN001
    shape = shape_of(op.results[0].type)
    init = empty(rewriter, shape, elem_of(op.results[0].type))
    maps = [*in_maps, identity(len(shape))]
    return generic(rewriter, list(inputs), [init], maps, [PARALLEL] * len(shape), body)[0]


def _reassociation(groups: Sequence[Sequence[int]]) -> ArrayAttr:
    return ArrayAttr([ArrayAttr([IntegerAttr(i, i64) for i in g]) for g in groups])


def reshape(rewriter: PatternRewriter, x: SSAValue, shape: Sequence[Dim]) -> SSAValue:
    """``x`` with a new shape (row-major), as collapse-to-1-D + expand."""
    xs = out_shape(x)
    if tuple(xs) == tuple(shape):
        return x
    if len(xs) == 0 or len(shape) == 0:
        return _reshape_scalar(rewriter, x, shape)
    flat = x
    if len(xs) != 1:
        collapse = tensor.CollapseShapeOp.build(
            operands=[x], result_types=[ranked([dims_product(xs)], elem(x))],
            properties={"reassociation": _reassociation([list(range(len(xs)))])},
        )  # fmt: skip
        rewriter.insert(collapse)
        flat = collapse.result
    if len(shape) == 1:
        return flat
    anchor = rewriter.insertion_point.block.parent_op()
    assert anchor is not None
    static = [DYNAMIC_INDEX if is_symbolic(d) else int(d) for d in shape]
    expand = tensor.ExpandShapeOp(
        flat, dynamic_sizes(anchor, shape), _reassociation([list(range(len(shape)))]), static, ranked(shape, elem(x))
    )
    rewriter.insert(expand)
    return expand.result


def _reshape_scalar(rewriter: PatternRewriter, x: SSAValue, shape: Sequence[int]) -> SSAValue:
    """Reshapes from or to rank 0 (one element): a copy whose input map reads index 0."""
    init = empty(rewriter, shape, elem(x))
    maps = [amap(len(shape), [0] * len(out_shape(x))), identity(len(shape))]
    return generic(rewriter, [x], [init], maps, [PARALLEL] * len(shape), _copy)[0]


def lower_reshape_like(rewriter: PatternRewriter, op: GraphOp) -> Sequence[SSAValue]:
    return [reshape(rewriter, op.operands[0], shape_of(op.results[0].type))]


def lower_identity(rewriter: PatternRewriter, op: GraphOp) -> Sequence[SSAValue]:
    return [op.operands[0]]


def lower_transpose(rewriter: PatternRewriter, op: GraphOp) -> Sequence[SSAValue]:
    perm = read_ints(op.props, "perm")
    inverse = [0] * len(perm)
    for i, p in enumerate(perm):
        inverse[p] = i
    in_map = amap(len(perm), [AffineDimExpr(inverse[j]) for j in range(len(perm))])
    return [_parallel(rewriter, op, [op.operands[0]], [in_map])]


def lower_concat(rewriter: PatternRewriter, op: GraphOp) -> Sequence[SSAValue]:
    """Operands 1.. are copied into their slabs of one destination (output map
    ``d_axis + offset``); operand 0 (offset 0, which an affine map cannot tell from the whole
    dim) is then written by a masked gather over the destination."""
    shape = shape_of(op.results[0].type)
    rank = len(shape)
    axis = normalize_axis(read_int(op.props, "axis"), rank)
    first = op.operands[0]
    if len(op.operands) == 1:
        return [_parallel(rewriter, op, [first], [identity(rank)])]
    result = empty(rewriter, shape, elem_of(op.results[0].type))
    offset = out_shape(first)[axis]
    for x in op.operands[1:]:
        out_map = _offset_map(rank, axis, offset)
        result = generic(rewriter, [x], [result], [identity(rank), out_map], [PARALLEL] * rank, _copy)[0]
        offset += out_shape(x)[axis]
    n0 = out_shape(first)[axis]

    def body(b: Body, a: Sequence[SSAValue]) -> SSAValue:
        i = b.index(axis)
        inside = b.cmp("lt", i, b.const(n0, INDEX))
        at = [b.min(i, b.const(max(n0 - 1, 0), INDEX)) if k == axis else b.index(k) for k in range(rank)]
        return b.select(inside, extract(b, first, at), a[0])

    return [generic(rewriter, [], [result], [identity(rank)], [PARALLEL] * rank, body)[0]]


def _offset_map(rank: int, axis: int, offset: int) -> AffineMap:
    d = [AffineDimExpr(i) for i in range(rank)]
    return amap(rank, [d[i] + offset if i == axis else d[i] for i in range(rank)])


def strided_read(
    rewriter: PatternRewriter, x: SSAValue, shape: Sequence[int], starts: Sequence[int], steps: Sequence[int]
) -> SSAValue:
    """out[i] = x[start + i * step] per dim, as a gather (slices may start at 0 with a smaller
    extent, which an affine input map cannot express for upstream's verifier)."""
    rank = len(shape)

    def body(b: Body, a: Sequence[SSAValue]) -> SSAValue:
        at = []
        for k, (start, step) in enumerate(zip(starts, steps, strict=True)):
            i = b.index(k)
            if step != 1:
                i = b.mul(i, b.const(step, INDEX))
            at.append(b.add(i, b.const(start, INDEX)) if start else i)
        return extract(b, x, at)

    init = empty(rewriter, shape, elem(x))
    return generic(rewriter, [], [init], [identity(rank)], [PARALLEL] * rank, body)[0]


def lower_split(rewriter: PatternRewriter, op: GraphOp) -> Sequence[SSAValue]:
    x = op.operands[0]
    rank = len(out_shape(x))
    axis = normalize_axis(read_int(op.props, "axis", 0), rank)
    results: list[SSAValue] = []
    offset = 0
    for res in op.results:
        shape = shape_of(res.type)
        starts = [offset if k == axis else 0 for k in range(rank)]
        results.append(strided_read(rewriter, x, shape, starts, [1] * rank))
        offset += shape[axis]
    return results


def lower_slice(rewriter: PatternRewriter, op: GraphOp) -> Sequence[SSAValue]:
    x = op.operands[0]
    xs = out_shape(x)
    assert isinstance(op, graph.SliceOp)
    shape = shape_of(op.results[0].type)
    if any(is_symbolic(d) for d in (*xs, *read_dims(op.props, "starts"), *read_dims(op.props, "ends"))):
        starts, steps = _symbolic_slice_starts(op, xs)
        return [strided_read(rewriter, x, shape, starts, steps)]
    bounds = [s.indices(d) for s, d in zip(op.slices(xs, op.props), xs, strict=True)]
    return [strided_read(rewriter, x, shape, [b[0] for b in bounds], [b[2] for b in bounds])]


def _symbolic_slice_starts(op: GraphOp, xs: Sequence[Dim]) -> tuple[list[int], list[int]]:
    """First index and step per dim of a slice whose sizes or ends are known only at run time
    (positive steps; the first index must come out a number)."""
    starts, steps = [0] * len(xs), [1] * len(xs)
    given = read_dims(op.props, "starts")
    axes = read_ints(op.props, "axes", tuple(range(len(given))))
    for start, axis, step in zip(given, axes, read_ints(op.props, "steps", (1,) * len(given)), strict=True):
        a = normalize_axis(axis, len(xs))
        first = dim_min(dim_max(start + xs[a] if start < 0 else start, 0), xs[a])
        starts[a], steps[a] = int(first), step
    return starts, steps


def lower_expand(rewriter: PatternRewriter, op: GraphOp) -> Sequence[SSAValue]:
    x = op.operands[0]
    return [_parallel(rewriter, op, [x], [broadcast_map(out_shape(x), shape_of(op.results[0].type))])]


def lower_tile(rewriter: PatternRewriter, op: GraphOp) -> Sequence[SSAValue]:
    x = op.operands[0]
    xs = out_shape(x)
    exprs = [AffineDimExpr(i) % d if r != 1 else AffineDimExpr(i) for i, (d, r) in enumerate(zip(xs, read_ints(op.props, "repeats"), strict=True))]
    return [_parallel(rewriter, op, [x], [amap(len(xs), exprs)])]


def lower_pad(rewriter: PatternRewriter, op: GraphOp) -> Sequence[SSAValue]:
    x = op.operands[0]
    rank = len(out_shape(x))
    pads = read_ints(op.props, "pads")
    mode = read_choice(op.props, "mode", graph.PAD_MODES)
    return [pad(rewriter, x, pads[:rank], pads[rank:], mode, read_number(op.props, "value", 0))]


def _wrap_index(b: Body, i: SSAValue, size: Dim) -> SSAValue:
    """An integer index value as ``index``, negatives counting from the end (numpy wrap)."""
    idx = b.index_cast(i, INDEX)
    n = b.size(size)
    return b.binary("rem", b.add(b.binary("rem", idx, n), n), n)


def lower_gather(rewriter: PatternRewriter, op: GraphOp) -> Sequence[SSAValue]:
    data, indices = op.operands
    ds, ish = out_shape(data), out_shape(indices)
    axis = normalize_axis(read_int(op.props, "axis", 0), len(ds))
    rank = len(shape_of(op.results[0].type))
    idx_map = amap(rank, [AffineDimExpr(axis + i) for i in range(len(ish))])

    def body(b: Body, a: Sequence[SSAValue]) -> SSAValue:
        at = _wrap_index(b, a[0], ds[axis])
        before = [b.index(i) for i in range(axis)]
        after = [b.index(axis + len(ish) + i) for i in range(len(ds) - axis - 1)]
        return extract(b, data, [*before, at, *after])

    return [_parallel(rewriter, op, [indices], [idx_map], body)]


def lower_gather_elements(rewriter: PatternRewriter, op: GraphOp) -> Sequence[SSAValue]:
    data, indices = op.operands
    ds = out_shape(data)
    axis = normalize_axis(read_int(op.props, "axis", 0), len(ds))
    rank = len(ds)

    def body(b: Body, a: Sequence[SSAValue]) -> SSAValue:
        at = _wrap_index(b, a[0], ds[axis])
        return extract(b, data, [at if i == axis else b.index(i) for i in range(rank)])

    return [_parallel(rewriter, op, [indices], [identity(rank)], body)]


def lower_constant(rewriter: PatternRewriter, op: GraphOp) -> Sequence[SSAValue]:
    const = arith.ConstantOp(op.properties["value"], op.results[0].type)  # type: ignore[arg-type]
    rewriter.insert(const)
    return [const.result]


def lower_fill(rewriter: PatternRewriter, op: GraphOp) -> Sequence[SSAValue]:
    rtype = op.results[0].type
    value = np.asarray(read_number(op.props, "value", 0)).astype(numpy_dtype(elem_of(rtype)))
    return [filled(rewriter, shape_of(rtype), elem_of(rtype), value.item())]


def lower_range(rewriter: PatternRewriter, op: GraphOp) -> Sequence[SSAValue]:
    """start + i * delta, computed in the element type (as numpy does)."""
    rtype = op.results[0].type
    element = elem_of(rtype)
    start, delta = read_float(op.props, "start"), read_float(op.props, "delta")

    def body(b: Body, a: Sequence[SSAValue]) -> SSAValue:
        i = b.index_cast(b.index(0), i64)
        value = b.convert(i, element)
        return b.add(b.const(start, element), b.mul(value, b.const(delta, element)))

    init = empty(rewriter, shape_of(rtype), element)
    return [generic(rewriter, [], [init], [identity(1)], [PARALLEL], body)[0]]


def lower_sizes(rewriter: PatternRewriter, op: GraphOp) -> Sequence[SSAValue]:
    """The sizes as an i64 vector: a generic choosing, per index, the function's run-time size
    (or the constant)."""
    dims = read_dims(op.props, "values")

    def body(b: Body, a: Sequence[SSAValue]) -> SSAValue:
        i = b.index(0)
        chosen = b.index_cast(b.size(dims[-1]), i64)
        for k in range(len(dims) - 2, -1, -1):
            chosen = b.select(b.cmp("eq", i, b.const(k, INDEX)), b.index_cast(b.size(dims[k]), i64), chosen)
        return chosen

    init = empty(rewriter, (len(dims),), i64)
    return [generic(rewriter, [], [init], [identity(1)], [PARALLEL], body)[0]]


def lower_resize(rewriter: PatternRewriter, op: GraphOp) -> Sequence[SSAValue]:
    """Separable resize: per resized axis, a gather (nearest) or a two-tap blend (linear) whose
    source indices and weights are compile-time tables, obtained by resizing an index ramp with
    the reference semantics (so both agree on every coordinate rule)."""
    x = op.operands[0]
    xs = out_shape(x)
    sizes = read_ints(op.props, "sizes")
    scales = read_floats(op.props, "scales")
    assert isinstance(op, graph.ResizeOp)
    mode, coord, nearest = op.modes(op.props)
    out = x
    for axis, (n_in, n_out) in enumerate(zip(xs, sizes, strict=True)):
        scale = scales[axis] if scales is not None else n_out / n_in
        if n_in == n_out and scale == 1.0:
            continue
        ramp = np.arange(n_in, dtype=np.int64 if mode == ResizeMode.NEAREST else np.float64)
        coords = resize_reference(ramp, [n_out], [scale], mode, coord, nearest)
        out = _resize_axis(rewriter, out, axis, n_out, coords, mode == ResizeMode.NEAREST)
    return [out]


def _resize_axis(
    rewriter: PatternRewriter, x: SSAValue, axis: int, n_out: int, coords: np.ndarray, nearest: bool
) -> SSAValue:
    xs = list(out_shape(x))
    n_in = xs[axis]
    shape = [*xs[:axis], n_out, *xs[axis + 1 :]]
    rank = len(shape)
    axis_map = amap(rank, [AffineDimExpr(axis)])
    if nearest:
        tables, weights = [_constant(rewriter, coords.astype(np.int64))], []
    else:
        lo = np.floor(coords).astype(np.int64)
        tables = [_constant(rewriter, lo), _constant(rewriter, np.minimum(lo + 1, n_in - 1))]
        weights = [_constant(rewriter, (coords - lo))]

    def body(b: Body, a: Sequence[SSAValue]) -> SSAValue:
        taps = []
        for t in a[: len(tables)]:
            idx = b.index_cast(t, INDEX)
            taps.append(extract(b, x, [idx if i == axis else b.index(i) for i in range(rank)]))
        if len(taps) == 1:
            return taps[0]
        lo_v, hi_v = (b.convert(t, f64) for t in taps)
        blended = b.add(lo_v, b.mul(b.sub(hi_v, lo_v), a[2]))
        return b.convert(blended, taps[0].type)

    init = empty(rewriter, shape, elem(x))
    inputs = [*tables, *weights]
    maps = [axis_map] * len(inputs) + [identity(rank)]
    return generic(rewriter, inputs, [init], maps, [PARALLEL] * rank, body)[0]


LOWERINGS: dict[type[GraphOp], LowerFn] = {
    graph.ReshapeOp: lower_reshape_like,
    graph.FlattenOp: lower_reshape_like,
    graph.SqueezeOp: lower_reshape_like,
    graph.UnsqueezeOp: lower_reshape_like,
    graph.IdentityOp: lower_identity,
    graph.TransposeOp: lower_transpose,
    graph.ConcatOp: lower_concat,
    graph.SplitOp: lower_split,
    graph.SliceOp: lower_slice,
    graph.ExpandOp: lower_expand,
    graph.TileOp: lower_tile,
    graph.PadOp: lower_pad,
    graph.GatherOp: lower_gather,
    graph.GatherElementsOp: lower_gather_elements,
    graph.ResizeOp: lower_resize,
    graph.ConstantOp: lower_constant,
    graph.FillOp: lower_fill,
    graph.RangeOp: lower_range,
    graph.SizesOp: lower_sizes,
}
"""One lowering per data-movement or value-source graph op."""
