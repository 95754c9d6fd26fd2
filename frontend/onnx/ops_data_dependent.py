"""ONNX NonZero and Unique: output lengths known only from the data.

With constant inputs the results fold at import. With a run-time input each such output is
computed into a buffer of the upper-bound size (every element non-zero / unique) plus a run-time
count (`structured.BoundedValue`); only a graph output may be such a value: ``@main`` returns the
count and the buffer and the executable returns the buffer's counted part (``ember.specialize``).
Any other use of it is a one-line import error naming the consuming node.

Both fill their buffers by ranking: element (or slice) i, when it is non-zero (the first of its
value), goes to position ``rank(i)``, the number of such elements before it (Unique sorted:
smaller than it, slices compared lexicographically); ranks and placement compare all pairs of
elements (n x n), so the inputs are limited to `NONZERO_MAX` elements along the counted axis
(TopK's bound).
"""

from __future__ import annotations

import numpy as np
from xdsl.ir import SSAValue

from ember.dialects import graph
from ember.frontend.onnx.builder import NodeContext
from ember.frontend.onnx.ops_composite import TOPK_MAX
from ember.frontend.onnx.structured import BoundedValue
from ember.frontend.onnx.table import converter

NONZERO_MAX = TOPK_MAX
"""At most this many input elements at run time (an n x n intermediate)."""


@converter("NonZero", 9)
def nonzero(cx: NodeContext) -> SSAValue | list[BoundedValue]:
    shape = cx.shape(0)
    known = cx.builder.static(cx.input(0))
    if known is not None:
        return cx.constant(np.array(np.nonzero(known), dtype=np.int64).reshape(len(shape), -1))
    if not all(isinstance(d, int) for d in shape):
        raise cx.error("run-time sizes are not supported (NonZero needs a static input shape)")
    n = int(np.prod(shape))
    if not shape or n == 0 or n > NONZERO_MAX:
        raise cx.error(f"a NonZero of a run-time input needs rank >= 1 and 1 to {NONZERO_MAX} elements, got shape {shape}")
    flat = cx.value(graph.ReshapeOp, [cx.input(0)], {"shape": graph.dims_attr((n,))})
    zero = cx.constant(np.zeros((), graph.numpy_dtype(cx.elem(0))))
    hit = cx.value(graph.CastOp, [cx.value(graph.NotOp, [cx.value(graph.EqualOp, [flat, zero])])], {"to": graph.i64})
    is_hit = cx.value(graph.CastOp, [hit], {"to": graph.i1})
    before = cx.value(graph.AndOp, [cx.constant(np.tri(n, n, -1, dtype=bool)),  # [i, j]: j < i and j is non-zero
                                    cx.value(graph.UnsqueezeOp, [is_hit], {"axes": graph.ints_attr((0,))})])  # fmt: skip
    ranks = cx.value(graph.ReduceSumOp, [cx.value(graph.CastOp, [before], {"to": graph.i64})],
                     {"axes": graph.ints_attr((1,)), "keepdims": graph.int_attr(1)})  # fmt: skip  (n, 1)
    placed = cx.value(graph.AndOp, [cx.value(graph.EqualOp, [ranks, cx.constant(np.arange(n, dtype=np.int64))]),
                                    cx.value(graph.UnsqueezeOp, [is_hit], {"axes": graph.ints_attr((1,))})])  # fmt: skip
    # (placed[i, j]: element i goes to column j)
    coordinates = np.array(np.unravel_index(np.arange(n), shape), dtype=np.int64)  # (rank, n)
    zeros = cx.constant(np.zeros((), np.int64))
    columns = []
    for axis in range(len(shape)):
        per_element = cx.constant(coordinates[axis].reshape(n, 1))
        picked = cx.value(graph.WhereOp, [placed, per_element, zeros])
        columns.append(cx.value(graph.ReduceSumOp, [picked], {"axes": graph.ints_attr((0,)), "keepdims": graph.int_attr(1)}))
    buffer = columns[0] if len(columns) == 1 else cx.value(graph.ConcatOp, columns, {"axis": graph.int_attr(0)})
    count = cx.value(graph.ReduceSumOp, [hit], {"axes": graph.ints_attr((0,)), "keepdims": graph.int_attr(1)})
    return [BoundedValue(buffer, count, 1)]


# ---- Unique -------------------------------------------------------------------------------------

UNIQUE_MAX_PAIRS = 1 << 24
"""At most this many (slice, slice, element) comparisons for a run-time Unique."""


def _pair_sum(cx: NodeContext, mask: SSAValue, axis: int) -> SSAValue:
    """Sum over ``axis`` of an (N, N) i1 mask, as i64 (keepdims)."""
    as_int = cx.value(graph.CastOp, [mask], {"to": graph.i64})
    return cx.value(graph.ReduceSumOp, [as_int], {"axes": graph.ints_attr((axis,)), "keepdims": graph.int_attr(1)})


def _slice_order(cx: NodeContext, rows: SSAValue) -> tuple[SSAValue, SSAValue]:
    """For (N, L) slices: (equal, less), (N, N) i1 masks; less[i, j]: slice i < slice j
    lexicographically (decided at the first element where they differ)."""
    a = cx.value(graph.UnsqueezeOp, [rows], {"axes": graph.ints_attr((1,))})  # (N, 1, L): slice i
    b = cx.value(graph.UnsqueezeOp, [rows], {"axes": graph.ints_attr((0,))})  # (1, N, L): slice j
    differ = cx.value(graph.NotOp, [cx.value(graph.EqualOp, [a, b])])  # (N, N, L)
    differ_int = cx.value(graph.CastOp, [differ], {"to": graph.i64})
    some = cx.value(graph.ReduceMaxOp, [differ_int], {"axes": graph.ints_attr((2,)), "keepdims": graph.int_attr(1)})
    first = cx.value(graph.ArgMaxOp, [differ_int], {"axis": graph.int_attr(2), "keepdims": graph.int_attr(1)})  # (N, N, 1)
    below = cx.value(graph.GatherElementsOp, [_less(cx, a, b), first], {"axis": graph.int_attr(2)})
    some_bool = cx.value(graph.CastOp, [some], {"to": graph.i1})
    shape = graph.dims_attr(graph.shape_of(some.type)[:2])
    equal = cx.value(graph.ReshapeOp, [cx.value(graph.NotOp, [some_bool])], {"shape": shape})
    less = cx.value(graph.ReshapeOp, [cx.value(graph.AndOp, [some_bool, below])], {"shape": shape})
    return equal, less


def _less(cx: NodeContext, a: SSAValue, b: SSAValue) -> SSAValue:
    n, _, length = graph.shape_of(a.type)
    full = graph.dims_attr((n, n, length))
    return cx.value(graph.LessOp, [cx.value(graph.ExpandOp, [a], {"shape": full}), cx.value(graph.ExpandOp, [b], {"shape": full})])


@converter("Unique", 11)
def unique(cx: NodeContext) -> list[SSAValue | BoundedValue]:
    x = cx.input(0)
    shape = cx.shape(0)
    if cx.builder.static(x) is not None:
        from ember.frontend.onnx.fold import fold_with_onnx_reference

        folded = iter(fold_with_onnx_reference(cx))
        return [next(folded) if name else cx.constant(np.zeros(0, np.int64)) for name in cx.node.output]
    axis = cx.attrs.int_("axis", None)
    if not all(isinstance(d, int) for d in shape):
        raise cx.error("run-time sizes are not supported (Unique needs a static input shape)")
    axis = None if axis is None else graph.normalize_axis(axis, len(shape))
    moved = [axis] + [d for d in range(len(shape)) if d != axis] if axis is not None else list(range(len(shape)))
    n = shape[axis] if axis is not None else int(np.prod(shape))
    rest = tuple(shape[d] for d in moved[1:]) if axis is not None else ()
    length = int(np.prod(rest))
    if n < 1 or n > NONZERO_MAX or n * n * length > UNIQUE_MAX_PAIRS:
        raise cx.error(f"a Unique of a run-time input needs 1 to {NONZERO_MAX} slices and at most {UNIQUE_MAX_PAIRS} comparisons, got shape {shape}")
    data = x if axis is None else cx.value(graph.TransposeOp, [x], {"perm": graph.ints_attr(moved)})
    rows = cx.value(graph.ReshapeOp, [data], {"shape": graph.dims_attr((n, length))})
    equal, less = _slice_order(cx, rows)
    earlier = cx.constant(np.tri(n, n, -1, dtype=bool))  # [i, j]: j < i
    seen = _pair_sum(cx, cx.value(graph.AndOp, [equal, earlier]), 1)  # (N, 1): earlier equal slices
    first = cx.value(graph.EqualOp, [seen, cx.constant(np.zeros((), np.int64))])  # (N, 1)
    first_row = cx.value(graph.ReshapeOp, [first], {"shape": graph.dims_attr((1, n))})
    before = cx.value(graph.TransposeOp, [less], {"perm": graph.ints_attr((1, 0))}) if cx.attrs.int_("sorted", 1) else earlier
    rank = _pair_sum(cx, cx.value(graph.AndOp, [before, first_row]), 1)  # (N, 1): position of slice i's value
    placed = cx.value(graph.AndOp, [cx.value(graph.EqualOp, [rank, cx.constant(np.arange(n, dtype=np.int64))]), first])  # [i, k]
    zero = cx.constant(np.zeros((), np.int64))

    def column_sum(per_slice: SSAValue) -> SSAValue:  # (N, 1) i64 -> (N,): at k, the value of the slice placed there
        summed = cx.value(graph.ReduceSumOp, [cx.value(graph.WhereOp, [placed, per_slice, zero])], {"axes": graph.ints_attr((0,)), "keepdims": graph.int_attr(0)})
        return summed

    source = column_sum(cx.constant(np.arange(n, dtype=np.int64).reshape(n, 1)))
    counts = column_sum(_pair_sum(cx, equal, 1))
    inverse = cx.value(graph.ReduceSumOp, [cx.value(graph.WhereOp, [cx.value(graph.AndOp, [equal, first]), rank, zero])],
                       {"axes": graph.ints_attr((0,)), "keepdims": graph.int_attr(0)})  # fmt: skip
    values = cx.value(graph.GatherOp, [rows, source], {"axis": graph.int_attr(0)})  # (N, L)
    if axis is None:
        values = cx.value(graph.ReshapeOp, [values], {"shape": graph.dims_attr((n,))})
    else:
        values = cx.value(graph.ReshapeOp, [values], {"shape": graph.dims_attr((n, *rest))})
        values = cx.value(graph.TransposeOp, [values], {"perm": graph.ints_attr([moved.index(d) for d in range(len(shape))])})
    count = cx.value(graph.ReduceSumOp, [cx.value(graph.CastOp, [first], {"to": graph.i64})], {"axes": graph.ints_attr((0,)), "keepdims": graph.int_attr(0)})
    return [BoundedValue(values, count, axis or 0), BoundedValue(source, count, 0), inverse, BoundedValue(counts, count, 0)]
