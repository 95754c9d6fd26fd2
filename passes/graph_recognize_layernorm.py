"""``graph-recognize-layernorm``: rebuild ``graph.layer_norm`` from the op chain exporters emit.

ONNX has no LayerNormalization before opset 17, so exported transformers spell it out::

    mean = reduce_mean(x, axes)           d   = x - mean
    var  = reduce_mean(d ** 2, axes)      (or d * d once graph-canonicalize has run)
    y    = d / sqrt(var + eps) * gamma + beta

The source pattern is a DAG: ``d`` feeds both the variance and the division, and is written once
as one sub-pattern object, so both uses must be the same op. The two reductions must reduce the
same dims (``same_axes``: ``[1, 2]`` and ``[-2, -1]`` agree), a suffix of ``x``'s dims
(layer_norm normalises ``[axis, rank)``), and ``eps`` must be a one-value constant.
One ``graph.layer_norm`` then replaces nine ops, and the lowering sees one normalisation.

Pre-condition: graph-stage IR. Post-condition: those chains are ``graph.layer_norm`` ops.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from xdsl.ir import SSAValue

from ember.dialects import graph
from ember.passes.patterns import (
    OpPattern,
    Pattern,
    PatternPass,
    Var,
    compute,
    constraint,
    op,
    splat_scalar,
)
from ember.passes.patterns.constraints import is_splat
from ember.registry import register_pass

x, gamma, beta, eps, two, tail = (Var(n) for n in ("x", "gamma", "beta", "eps", "two", "tail"))
axes, axes2 = Var("axes"), Var("axes2")


@constraint
def is_suffix(reduced: Sequence[int] | None, value: SSAValue) -> bool:
    """The reduced axes are the last dims of ``value`` (a non-empty suffix)."""
    rank = len(graph.shape_of(value.type))
    if not reduced or rank == 0:
        return False
    normal = sorted({graph.normalize_axis(a, rank) for a in reduced})
    return normal == list(range(rank - len(normal), rank))


@constraint
def same_axes(first: Sequence[int] | None, second: Sequence[int] | None, value: SSAValue) -> bool:
    """Both reductions reduce the same dims of ``value`` (however the axes are spelled)."""
    rank = len(graph.shape_of(value.type))
    if first is None or second is None:
        return first is second
    return {graph.normalize_axis(a, rank) for a in first} == {graph.normalize_axis(a, rank) for a in second}


@constraint(producer=graph.ConstantOp)
def is_scalar_constant(value: SSAValue) -> bool:
    """A constant whose elements are all one value."""
    return splat_scalar(value) is not None


@constraint
def not_followed_by_add(value: SSAValue) -> bool:
    """The value's only user is not an add (which the with-bias pattern would absorb)."""
    users = [use.operation for use in value.uses]
    return not (len(users) == 1 and isinstance(users[0], graph.AddOp))


def first_axis(reduced: Sequence[int], value: SSAValue) -> int:
    """layer_norm's ``axis``: the first reduced dim."""
    rank = len(graph.shape_of(value.type))
    return min(graph.normalize_axis(a, rank) for a in reduced)


def epsilon_of(value: SSAValue) -> float:
    """The value of a one-value constant, as the shortest float that reads back to it."""
    return float(str(splat_scalar(value)))


def _normalized(square_of: str) -> OpPattern:
    """(x - mean(x)) / sqrt(mean(square(x - mean(x))) + eps), squaring by pow 2 or by d * d."""
    d = op(graph.SubOp, x, op(graph.ReduceMeanOp, x, axes=axes, keepdims=1))
    square = op(graph.PowOp, d, two) if square_of == "pow" else op(graph.MulOp, d, d)
    var = op(graph.ReduceMeanOp, square, axes=axes2, keepdims=1)
    return op(graph.DivOp, d, op(graph.SqrtOp, op(graph.AddOp, var, eps)))


def _checks(square_of: str) -> list:
    found = [is_suffix(axes, x), same_axes(axes, axes2, x), is_scalar_constant(eps)]
    return found + ([is_splat(two, 2.0)] if square_of == "pow" else [])


def _layernorm_patterns() -> list[Pattern]:
    props = {"axis": compute(first_axis, axes, x), "epsilon": compute(epsilon_of, eps)}
    found = []
    for square_of in ("pow", "mul"):
        found.append(Pattern(
            f"layernorm-with-bias-{square_of}",
            op(graph.AddOp, op(graph.MulOp, _normalized(square_of), gamma), beta),
            op(graph.LayerNormOp, x, gamma, beta, **props),
            where=_checks(square_of),
            benefit=2,
        ))  # fmt: skip
        found.append(Pattern(
            f"layernorm-{square_of}",
            op(graph.MulOp, _normalized(square_of), gamma).bind(tail),
            op(graph.LayerNormOp, x, gamma, **props),
            where=[*_checks(square_of), not_followed_by_add(tail)],
        ))  # fmt: skip
    return found


LAYERNORM_PATTERNS = tuple(_layernorm_patterns())


@register_pass
@dataclass(frozen=True)
class GraphRecognizeLayernormPass(PatternPass):
    """Rebuild graph.layer_norm from the mean/sub/pow/mean/add/sqrt/div/mul/add chain of exports.

    Pre-condition: graph-stage IR. Post-condition: matching chains are single layer_norm ops.
    """

    TENSOR_FUNCTIONS_ONLY = True

    name = "graph-recognize-layernorm"
    PATTERNS = LAYERNORM_PATTERNS
