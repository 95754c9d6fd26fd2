"""ONNX NonZero, Unique and NonMaxSuppression: output lengths known only from the data.

With constant inputs the results fold at import. With a run-time input each such output is
computed into a buffer of the upper-bound size (every element non-zero / unique) plus a run-time
count (`structured.BoundedValue`); only a graph output may be such a value: ``@main`` returns the
count and the buffer and the executable returns the buffer's counted part (``ember.specialize``).
Any other use of it is a one-line import error naming the consuming node.

Both fill their buffers by ranking: element (or slice) i, when it is non-zero (the first of its
value), goes to position ``rank(i)``, the number of such elements before it (Unique sorted:
smaller than it, slices compared lexicographically); ranks and placement compare all pairs of
elements (n x n), so the inputs are limited to `NONZERO_MAX` elements along the counted axis
(TopK's bound). NonMaxSuppression's greedy selection (a box is kept if no better-scored kept box
overlaps it) is a recurrence over the boxes in score order: it runs unrolled, at most
`NMS_MAX_BOXES` boxes; its thresholds are read at import (graph inputs take ember's specialising
route).
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


# ---- NonMaxSuppression --------------------------------------------------------------------------

NMS_MAX_BOXES = 64
"""A run-time NonMaxSuppression runs its greedy selection unrolled over the boxes: at most this
many boxes per batch."""


def _box_edges(cx: NodeContext, boxes: SSAValue, center: bool) -> list[SSAValue]:
    """(y_min, x_min, y_max, x_max), each (B, N), from corner or centre-point boxes."""
    b, n, _ = graph.shape_of(boxes.type)
    field = [cx.value(graph.ReshapeOp, [cx.value(graph.SliceOp, [boxes], {"starts": graph.ints_attr((k,)), "ends": graph.ints_attr((k + 1,)),
                                                                          "axes": graph.ints_attr((2,))})],
                      {"shape": graph.dims_attr((b, n))}) for k in range(4)]  # fmt: skip
    if center:  # [x_centre, y_centre, width, height]
        half = cx.constant(0.5, like=boxes)
        hw, hh = (cx.value(graph.MulOp, [f, half]) for f in (field[2], field[3]))
        return [cx.value(graph.SubOp, [field[1], hh]), cx.value(graph.SubOp, [field[0], hw]),
                cx.value(graph.AddOp, [field[1], hh]), cx.value(graph.AddOp, [field[0], hw])]  # fmt: skip
    lows = [cx.value(graph.MinOp, [field[k], field[k + 2]]) for k in (0, 1)]
    highs = [cx.value(graph.MaxOp, [field[k], field[k + 2]]) for k in (0, 1)]
    return [*lows, *highs]


def _suppression(cx: NodeContext, edges: list[SSAValue], threshold: float) -> SSAValue:
    """(B, N, N) i1: box i and box j overlap with IoU above ``threshold`` (as onnx's reference:
    no overlap, or an empty box, never suppresses)."""
    def pair(value: SSAValue) -> tuple[SSAValue, SSAValue]:
        return (cx.value(graph.UnsqueezeOp, [value], {"axes": graph.ints_attr((2,))}),
                cx.value(graph.UnsqueezeOp, [value], {"axes": graph.ints_attr((1,))}))  # fmt: skip

    (y0i, y0j), (x0i, x0j), (y1i, y1j), (x1i, x1j) = (pair(e) for e in edges)
    zero = cx.constant(0.0, like=edges[0])
    iy = cx.value(graph.SubOp, [cx.value(graph.MinOp, [y1i, y1j]), cx.value(graph.MaxOp, [y0i, y0j])])
    ix = cx.value(graph.SubOp, [cx.value(graph.MinOp, [x1i, x1j]), cx.value(graph.MaxOp, [x0i, x0j])])
    inter = cx.value(graph.MulOp, [ix, iy])
    area_i = cx.value(graph.MulOp, [cx.value(graph.SubOp, [x1i, x0i]), cx.value(graph.SubOp, [y1i, y0i])])
    area_j = cx.value(graph.MulOp, [cx.value(graph.SubOp, [x1j, x0j]), cx.value(graph.SubOp, [y1j, y0j])])
    union = cx.value(graph.SubOp, [cx.value(graph.AddOp, [area_i, area_j]), inter])
    checks = [cx.value(graph.GreaterOp, [v, zero]) for v in (ix, iy, inter, area_i, area_j, union)]
    valid = checks[0]
    for check in checks[1:]:
        valid = cx.value(graph.AndOp, [valid, check])
    safe = cx.value(graph.WhereOp, [valid, union, cx.constant(1.0, like=edges[0])])
    iou = cx.value(graph.DivOp, [inter, safe])
    return cx.value(graph.AndOp, [valid, cx.value(graph.GreaterOp, [iou, cx.constant(threshold, like=edges[0])])])


def _placed_sum(cx: NodeContext, placed: SSAValue, per_item: SSAValue, axis: int) -> SSAValue:
    zero = cx.constant(np.zeros((), np.int64))
    return cx.value(graph.ReduceSumOp, [cx.value(graph.WhereOp, [placed, per_item, zero])], {"axes": graph.ints_attr((axis,)), "keepdims": graph.int_attr(0)})


def _nms_thresholds(cx: NodeContext) -> tuple[int, float, float | None]:
    most = cx.static_scalar(2, "max_output_boxes_per_class") if cx.has(2) else 0
    iou = cx.static_scalar(3, "iou_threshold") if cx.has(3) else 0.0
    score = cx.static_scalar(4, "score_threshold") if cx.has(4) else None
    return max(int(most), 0), float(iou), None if score is None else float(score)


@converter("NonMaxSuppression", 10)
def non_max_suppression(cx: NodeContext) -> SSAValue | list[BoundedValue]:
    boxes, scores = cx.input(0), cx.input(1)
    if cx.builder.static(boxes) is not None and cx.builder.static(scores) is not None:
        from ember.frontend.onnx.fold import fold_with_onnx_reference

        return fold_with_onnx_reference(cx)
    (b, n, four), (b2, c, n2) = cx.shape(0), cx.shape(1)
    if four != 4 or b2 != b or n2 != n or not all(isinstance(d, int) for d in (b, n, c)):
        raise cx.error(f"boxes {cx.shape(0)} and scores {cx.shape(1)} must be (B, N, 4) and (B, C, N) with static sizes")
    most, iou_threshold, score_threshold = _nms_thresholds(cx)
    most = min(most, n)
    if most == 0 or n == 0 or b * c == 0:
        return cx.constant(np.zeros((0, 3), np.int64))
    if n > NMS_MAX_BOXES or b * c * n > NONZERO_MAX:
        raise cx.error(f"a NonMaxSuppression of run-time boxes needs at most {NMS_MAX_BOXES} boxes and {NONZERO_MAX} (batch, class, box) entries, got {b} x {c} x {n}")
    suppress = _suppression(cx, _box_edges(cx, boxes, bool(cx.attrs.int_("center_point_box", 0))), iou_threshold)
    # ranks per (batch, class): higher score first, ties by lower box index
    si = cx.value(graph.UnsqueezeOp, [scores], {"axes": graph.ints_attr((3,))})  # (B, C, N, 1)
    sj = cx.value(graph.UnsqueezeOp, [scores], {"axes": graph.ints_attr((2,))})  # (B, C, 1, N)
    tie = cx.value(graph.AndOp, [cx.value(graph.EqualOp, [sj, si]), cx.constant(np.tri(n, n, -1, dtype=bool))])
    ahead = cx.value(graph.OrOp, [cx.value(graph.GreaterOp, [sj, si]), tie])
    rank = cx.value(graph.ReduceSumOp, [cx.value(graph.CastOp, [ahead], {"to": graph.i64})], {"axes": graph.ints_attr((3,)), "keepdims": graph.int_attr(1)})
    at_rank = cx.value(graph.EqualOp, [rank, cx.constant(np.arange(n, dtype=np.int64))])  # (B, C, N box, N rank)
    order = _placed_sum(cx, at_rank, cx.constant(np.arange(n, dtype=np.int64).reshape(n, 1)), 2)  # (B, C, N): box at rank k
    sorted_scores = cx.value(graph.GatherElementsOp, [scores, order], {"axis": graph.int_attr(2)})
    candidate = (cx.value(graph.GreaterOp, [sorted_scores, cx.constant(score_threshold, like=scores)]) if score_threshold is not None
                 else cx.constant(np.ones((b, c, n), bool)))  # fmt: skip
    full = graph.dims_attr((b, c, n, n))
    pairs = cx.value(graph.ExpandOp, [cx.value(graph.UnsqueezeOp, [suppress], {"axes": graph.ints_attr((1,))})], {"shape": full})
    rows = cx.value(graph.ExpandOp, [cx.value(graph.UnsqueezeOp, [order], {"axes": graph.ints_attr((3,))})], {"shape": full})
    cols = cx.value(graph.ExpandOp, [cx.value(graph.UnsqueezeOp, [order], {"axes": graph.ints_attr((2,))})], {"shape": full})
    pairs = cx.value(graph.CastOp, [pairs], {"to": graph.i64})
    pairs = cx.value(graph.GatherElementsOp, [cx.value(graph.GatherElementsOp, [pairs, rows], {"axis": graph.int_attr(2)}), cols],
                     {"axis": graph.int_attr(3)})  # fmt: skip  [k, l]: the boxes at ranks k and l overlap
    kept = _greedy(cx, pairs, candidate, most)  # (B, C, N) i1 in rank order
    return [_nms_entries(cx, kept, order)]


def _greedy(cx: NodeContext, pairs: SSAValue, candidate: SSAValue, most: int) -> SSAValue:
    """The greedy selection, unrolled over ranks: the box at rank k is kept when it is a
    candidate, fewer than ``most`` are kept, and no kept box of a better rank overlaps it."""
    b, c, n, _ = graph.shape_of(pairs.type)
    kept = cx.constant(np.zeros((b, c, n), np.int64))
    zero = cx.constant(np.zeros((), np.int64))
    for k in range(n):
        row = cx.value(graph.SliceOp, [pairs], {"starts": graph.ints_attr((k,)), "ends": graph.ints_attr((k + 1,)), "axes": graph.ints_attr((2,))})
        row = cx.value(graph.ReshapeOp, [row], {"shape": graph.dims_attr((b, c, n))})
        hit = cx.value(graph.ReduceMaxOp, [cx.value(graph.MulOp, [row, kept])], {"axes": graph.ints_attr((2,)), "keepdims": graph.int_attr(1)})
        total = cx.value(graph.ReduceSumOp, [kept], {"axes": graph.ints_attr((2,)), "keepdims": graph.int_attr(1)})
        free = cx.value(graph.AndOp, [cx.value(graph.EqualOp, [hit, zero]), cx.value(graph.LessOp, [total, cx.constant(np.int64(most))])])
        this = cx.value(graph.SliceOp, [candidate], {"starts": graph.ints_attr((k,)), "ends": graph.ints_attr((k + 1,)), "axes": graph.ints_attr((2,))})
        keep = cx.value(graph.CastOp, [cx.value(graph.AndOp, [free, this])], {"to": graph.i64})  # (B, C, 1)
        onehot = np.zeros(n, np.int64)
        onehot[k] = 1
        kept = cx.value(graph.AddOp, [kept, cx.value(graph.MulOp, [keep, cx.constant(onehot)])])
    return cx.value(graph.CastOp, [kept], {"to": graph.i1})


def _nms_entries(cx: NodeContext, kept: SSAValue, order: SSAValue) -> BoundedValue:
    """The kept (batch, class, box) triples in (batch, class, rank) order: a (B*C*N, 3) buffer
    and the count."""
    b, c, n = graph.shape_of(kept.type)
    m = b * c * n
    flat = cx.value(graph.ReshapeOp, [kept], {"shape": graph.dims_attr((m,))})
    before = cx.value(graph.AndOp, [cx.constant(np.tri(m, m, -1, dtype=bool)), cx.value(graph.UnsqueezeOp, [flat], {"axes": graph.ints_attr((0,))})])
    position = cx.value(graph.ReduceSumOp, [cx.value(graph.CastOp, [before], {"to": graph.i64})], {"axes": graph.ints_attr((1,)), "keepdims": graph.int_attr(1)})
    placed = cx.value(graph.AndOp, [cx.value(graph.EqualOp, [position, cx.constant(np.arange(m, dtype=np.int64))]),
                                    cx.value(graph.UnsqueezeOp, [flat], {"axes": graph.ints_attr((1,))})])  # fmt: skip
    grid = np.indices((b, c, n)).reshape(3, m)
    boxes = cx.value(graph.ReshapeOp, [order], {"shape": graph.dims_attr((m, 1))})
    columns = [_placed_sum(cx, placed, cx.constant(grid[0].reshape(m, 1)), 0), _placed_sum(cx, placed, cx.constant(grid[1].reshape(m, 1)), 0),
               _placed_sum(cx, placed, boxes, 0)]  # fmt: skip
    buffer = cx.value(graph.ConcatOp, [cx.value(graph.UnsqueezeOp, [col], {"axes": graph.ints_attr((1,))}) for col in columns], {"axis": graph.int_attr(1)})
    count = cx.value(graph.ReduceSumOp, [cx.value(graph.CastOp, [flat], {"to": graph.i64})], {"axes": graph.ints_attr((0,)), "keepdims": graph.int_attr(1)})
    return BoundedValue(buffer, count, 0)
