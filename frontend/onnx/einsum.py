"""ONNX Einsum -> graph ops, for the equations that are (batched) matrix products.

One or two operands, explicit or implicit output; an ellipsis becomes fresh letters, and an index
repeated inside one operand takes its diagonal (an identity mask and a sum) first. Indices only
one operand uses and the output drops are summed next; the rest is
transposed into (batch, free, contract) order, reshaped to 3-D, multiplied with one
``graph.matmul`` and reshaped/transposed into the output order.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from xdsl.ir import SSAValue

from ember.dialects import graph
from ember.frontend.onnx.builder import NodeContext


def parse_equation(cx: NodeContext, equation: str, ranks: Sequence[int]) -> tuple[list[str], str]:
    """The operand terms and output term, an ellipsis spelled out as fresh upper-case letters
    (right-aligned: each operand's ellipsis covers its dims the letters do not name)."""
    text = equation.replace(" ", "")
    lhs, arrow, rhs = text.partition("->")
    terms = lhs.split(",")
    if len(terms) != len(ranks) or len(ranks) not in (1, 2):
        raise cx.error(f"Einsum equation '{equation}' must have one or two operands matching the inputs")
    widths = [rank - len(term.replace("...", "")) for term, rank in zip(terms, ranks, strict=True) if "..." in term]
    fresh = "".join(c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if c not in text)[: max(widths, default=0)]
    if any(w < 0 for w in widths) or text.replace("...", "").count(".") or (("..." in rhs) and not widths):
        raise cx.error(f"Einsum equation '{equation}' has a misplaced ellipsis")
    terms = [t.replace("...", fresh[len(fresh) - (rank - len(t.replace("...", ""))):]) for t, rank in zip(terms, ranks, strict=True)]
    if arrow:
        rhs = rhs.replace("...", fresh)
    else:
        letters = "".join(terms)
        rhs = fresh + "".join(sorted(c for c in set(letters) if letters.count(c) == 1 and c not in fresh))
    _check_terms(cx, equation, terms, rhs, ranks)
    return terms, rhs


def _check_terms(cx: NodeContext, equation: str, terms: Sequence[str], rhs: str, ranks: Sequence[int]) -> None:
    """Every index a letter, one per dimension of its operand; output indices named by an input,
    each once."""
    if not all(c.isascii() and c.isalpha() for c in "".join(terms) + rhs):
        raise cx.error(f"Einsum equation '{equation}' has an index that is not a letter")
    for number, (term, rank) in enumerate(zip(terms, ranks, strict=True)):
        if len(term) != rank:
            raise cx.error(f"Einsum term '{term}' names {len(term)} indices but input {number} has rank {rank}")
    named = set("".join(terms))
    if len(set(rhs)) != len(rhs) or not set(rhs) <= named:
        raise cx.error(f"Einsum output '{rhs}' must name input indices, each once")


def _diagonal(cx: NodeContext, x: SSAValue, term: str) -> tuple[SSAValue, str]:
    """An index repeated inside one term takes the diagonal: times an identity mask over the
    two axes, summed over the second (repeatedly, until every index is single)."""
    while len(set(term)) != len(term):
        c = next(c for c in term if term.count(c) > 1)
        first, second = term.index(c), term.index(c, term.index(c) + 1)
        shape = graph.shape_of(x.type)
        if shape[first] != shape[second]:
            raise cx.error(f"Einsum index '{c}' has different sizes ({shape[first]}, {shape[second]}) in one operand")
        mask_shape = [1] * len(shape)
        mask_shape[first] = mask_shape[second] = shape[first]
        mask = np.eye(shape[first], dtype=graph.numpy_dtype(graph.elem_of(x.type))).reshape(mask_shape)
        x = cx.value(graph.MulOp, [x, cx.constant(mask)])
        x = cx.value(graph.ReduceSumOp, [x], {"axes": graph.ints_attr((second,)), "keepdims": graph.int_attr(0)})
        term = term[:second] + term[second + 1 :]
    return x, term


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
    terms, out = parse_equation(cx, equation, [len(graph.shape_of(v.type)) for v in operands])
    pairs = [_diagonal(cx, v, t) for v, t in zip(operands, terms, strict=True)]
    if len(pairs) == 1:
        x, term = _sum_out(cx, *pairs[0], set(out))
        return _permute(cx, x, term, out)
    (a, ta), (b, tb) = (
        _sum_out(cx, *pairs[0], set(out) | set(pairs[1][1])),
        _sum_out(cx, *pairs[1], set(out) | set(pairs[0][1])),
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
