"""ONNX Einsum -> graph ops, for the equations that are (batched) matrix products.

One or two operands, explicit or implicit output, no ellipsis and no repeated index inside one
operand. Indices only one operand uses and the output drops are summed first; the rest is
transposed into (batch, free, contract) order, reshaped to 3-D, multiplied with one
``graph.matmul`` and reshaped/transposed into the output order.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from xdsl.ir import SSAValue

from ember.dialects import graph
from ember.frontend.onnx.builder import NodeContext


def parse_equation(cx: NodeContext, equation: str, count: int) -> tuple[list[str], str]:
    text = equation.replace(" ", "")
    if "." in text:
        raise cx.error(f"Einsum equation '{equation}' uses an ellipsis, which is not supported")
    lhs, _, rhs = text.partition("->")
    terms = lhs.split(",")
    if len(terms) != count or count not in (1, 2):
        raise cx.error(f"Einsum equation '{equation}' must have one or two operands matching the inputs")
    for term in terms:
        if len(set(term)) != len(term):
            raise cx.error(f"Einsum term '{term}' repeats an index (diagonals are not supported)")
    if "->" not in text:
        counts = {c: lhs.count(c) for c in lhs if c.isalpha()}
        rhs = "".join(sorted(c for c, n in counts.items() if n == 1))
    return terms, rhs


def _sum_out(cx: NodeContext, x: SSAValue, term: str, keep: set[str]) -> tuple[SSAValue, str]:
    axes = tuple(i for i, c in enumerate(term) if c not in keep)
    if not axes:
        return x, term
    props = {"axes": graph.ints_attr(axes), "keepdims": graph.int_attr(0)}
    return cx.value(graph.ReduceSumOp, [x], props), "".join(c for c in term if c in keep)


def _permute(cx: NodeContext, x: SSAValue, term: str, order: str) -> SSAValue:
    perm = [term.index(c) for c in order]
    if perm == list(range(len(term))):
        return x
    return cx.value(graph.TransposeOp, [x], {"perm": graph.ints_attr(perm)})


def _reshape(cx: NodeContext, x: SSAValue, shape: Sequence[int]) -> SSAValue:
    if tuple(shape) == graph.shape_of(x.type):
        return x
    return cx.value(graph.ReshapeOp, [x], {"shape": graph.dims_attr(shape)})


def convert_einsum(cx: NodeContext, equation: str, operands: Sequence[SSAValue]) -> SSAValue:
    terms, out = parse_equation(cx, equation, len(operands))
    if len(operands) == 1:
        x, term = _sum_out(cx, operands[0], terms[0], set(out))
        return _permute(cx, x, term, out)
    (a, ta), (b, tb) = (
        _sum_out(cx, operands[0], terms[0], set(out) | set(terms[1])),
        _sum_out(cx, operands[1], terms[1], set(out) | set(terms[0])),
    )
    sizes = {c: d for t, v in ((ta, a), (tb, b)) for c, d in zip(t, graph.shape_of(v.type), strict=True)}
    for c in set(ta) & set(tb):
        if graph.shape_of(a.type)[ta.index(c)] != graph.shape_of(b.type)[tb.index(c)]:
            raise cx.error(f"Einsum index '{c}' has different sizes in the two operands")
    batch = "".join(c for c in ta if c in tb and c in out)
    contract = "".join(c for c in ta if c in tb and c not in out)
    left = "".join(c for c in ta if c not in tb)
    right = "".join(c for c in tb if c not in ta)

    def size(letters: str) -> int:
        return math.prod(sizes[c] for c in letters)

    a3 = _reshape(cx, _permute(cx, a, ta, batch + left + contract), (size(batch), size(left), size(contract)))
    b3 = _reshape(cx, _permute(cx, b, tb, batch + contract + right), (size(batch), size(contract), size(right)))
    product = cx.value(graph.MatmulOp, [a3, b3])
    full = batch + left + right
    product = _reshape(cx, product, [sizes[c] for c in full])
    return _permute(cx, product, full, out)
