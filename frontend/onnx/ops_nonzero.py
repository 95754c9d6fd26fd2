"""ONNX NonZero: its output length is the number of non-zero elements, known only from the data.

With a constant input the result folds at import. With a run-time input it is computed into a
buffer of the upper-bound size (rank, number of elements) plus a run-time count
(`structured.BoundedValue`); only a graph output may be such a value: ``@main`` returns the
count and the buffer and the executable returns the buffer's first ``count`` columns
(``ember.specialize``). Any other use of it is a one-line import error naming the consuming node.

The buffer is filled by ranking: element i, when non-zero, goes to column ``rank(i)``, the
number of non-zero elements before it in row-major order; both the ranks and the placement
compare all pairs of elements (n x n booleans), so the input is limited to `NONZERO_MAX`
elements (TopK's bound).
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
