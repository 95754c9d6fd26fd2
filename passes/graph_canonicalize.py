"""``graph-canonicalize``: local simplifications of graph-dialect IR, written as declarative patterns.

The graph-stage counterpart of MLIR's ``-canonicalize`` (and of TVM's ``SimplifyExpr``): it
removes ops that do nothing (identity, ``x + 0``, ``x * 1``, casts to the same type, transposes
by the identity, full-range slices, concats of one input...), cancels inverse pairs
(``neg(neg(x))``, ``squeeze(unsqueeze(x))``, ``cast(cast(x))`` through a wider type), merges
chains (transpose of transpose, reshape of reshape, nested concats), and puts constants on the
right of commutative ops so later patterns and ``cse`` see one form.

Every rewrite keeps the value's type: a pattern whose replacement would have another type (``x +
0`` where the zero broadcasts ``x`` to a larger shape) is declined by the pattern compiler. Float
identities follow MLIR's arith folders except that the sign of zero is not tracked (``x + 0 ->
x``), as in TVM and ONNX optimizers; NaN-sensitive rewrites (``x - x -> 0``, ``x * 0 -> 0``)
are only applied to integer tensors.

Pre-condition: graph-stage IR. Post-condition: same semantics, no more ops than before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

import numpy as np
from xdsl.dialects.builtin import DenseIntOrFPElementsAttr
from xdsl.ir import Attribute, Operation, SSAValue
from xdsl.pattern_rewriter import PatternRewriter, RewritePattern

from ember.dialects import graph
from ember.passes.patterns import (
    Match,
    Pattern,
    PatternPass,
    Var,
    compute,
    constant_array,
    constraint,
    is_constant,
    is_identity_perm,
    is_splat,
    make_splat,
    op,
    rewrite,
    splat_scalar,
)
from ember.passes.patterns.constraints import compose_perms, same_element_count
from ember.registry import register_pass

x, y, c, t, p, q, s, a = (Var(n) for n in ("x", "y", "c", "t", "p", "q", "s", "a"))


def _short(cls: type[Operation]) -> str:
    return cls.name.removeprefix("graph.").replace("_", "-")


# ---- constraints ------------------------------------------------------------------------------


@constraint
def is_not_constant(value: SSAValue) -> bool:
    """The value is not defined by ``graph.constant``."""
    return not is_constant.predicate(value)  # type: ignore[attr-defined]


@constraint
def is_int_tensor(value: SSAValue) -> bool:
    """The value's elements are integers (not floats, not i1)."""
    element = graph.elem_of(value.type)
    return not graph.is_float(element) and element != graph.i1


@constraint
def lossless_roundtrip(value: SSAValue, middle: Attribute) -> bool:
    """Casting ``value`` to ``middle``'s element type and back gives ``value`` exactly."""
    source = graph.numpy_dtype(graph.elem_of(value.type))
    wide = graph.numpy_dtype(graph.elem_of(middle))
    return bool(np.can_cast(source, wide, casting="safe"))


@constraint
def options_free_target(target: Attribute) -> bool:
    """A cast to ``target`` has no ``saturate`` / ``round_mode`` to keep (not a float8 type):
    the rewritten cast is built with ``to`` alone."""
    return target not in (graph.f8E4M3FN, graph.f8E4M3FNUZ, graph.f8E5M2, graph.f8E5M2FNUZ, graph.f8E8M0FNU)


@constraint
def all_ones_or_absent(steps: Sequence[int] | None) -> bool:
    """Slice steps are absent or all 1."""
    return steps is None or all(v == 1 for v in steps)


@constraint
def all_zero(values: Sequence[int]) -> bool:
    """Every entry is 0."""
    return all(v == 0 for v in values)


def zeros_of(result_type: Attribute) -> np.ndarray:
    """A zero tensor of ``result_type`` (becomes a splat constant)."""
    return np.zeros(graph.shape_of(result_type), graph.numpy_dtype(graph.elem_of(result_type)))


# ---- declarative patterns ---------------------------------------------------------------------


def identity_patterns() -> list[Pattern]:
    """Ops that return their input unchanged (the type check rejects shape-changing cases)."""
    return [
        Pattern("identity", op(graph.IdentityOp, x), x),
        Pattern("cast-to-same-type", op(graph.CastOp, x), x),
        Pattern("transpose-identity", op(graph.TransposeOp, x, perm=p), x, where=[is_identity_perm(p)]),
        Pattern("reshape-to-same-shape", op(graph.ReshapeOp, x), x),
        Pattern("expand-to-same-shape", op(graph.ExpandOp, x), x),
        Pattern("tile-by-ones", op(graph.TileOp, x), x),
        Pattern("squeeze-nothing", op(graph.SqueezeOp, x), x),
        Pattern("slice-full-range", op(graph.SliceOp, x, steps=s), x, where=[all_ones_or_absent(s)]),
        Pattern("pad-by-zero", op(graph.PadOp, x, pads=p), x, where=[all_zero(p)]),
        Pattern("concat-of-one", op(graph.ConcatOp, x), x),
        Pattern("split-into-one", op(graph.SplitOp, x), x),
        Pattern("where-same-branches", op(graph.WhereOp, c, x, x), x),
    ]


_RIGHT_IDENTITY: tuple[tuple[type[graph.BinaryOp], float], ...] = (
    (graph.AddOp, 0), (graph.SubOp, 0), (graph.MulOp, 1), (graph.DivOp, 1), (graph.PowOp, 1),
)  # fmt: skip
_COMMUTATIVE: tuple[type[graph.BinaryOp], ...] = (
    graph.AddOp, graph.MulOp, graph.MaxOp, graph.MinOp, graph.AndOp, graph.OrOp, graph.XorOp,
    graph.EqualOp,
)  # fmt: skip
_IDEMPOTENT_BINARY = (graph.MaxOp, graph.MinOp, graph.AndOp, graph.OrOp)
_IDEMPOTENT_UNARY = (graph.ReluOp, graph.AbsOp, graph.FloorOp, graph.CeilOp, graph.RoundOp, graph.SignOp)
_INVOLUTIONS = (graph.NegOp, graph.NotOp)


def _arithmetic_patterns() -> list[Pattern]:
    """Neutral elements, constants to the right, idempotent and self-inverse ops."""
    found = [
        Pattern(f"{_short(cls)}-neutral", op(cls, x, c), x, where=[is_splat(c, unit)])
        for cls, unit in _RIGHT_IDENTITY
    ]
    found += [
        Pattern(f"{_short(cls)}-constant-to-right", op(cls, c, x), op(cls, x, c),
                where=[is_constant(c), is_not_constant(x)])
        for cls in _COMMUTATIVE
    ]  # fmt: skip
    found += [Pattern(f"{_short(cls)}-same-operands", op(cls, x, x), x) for cls in _IDEMPOTENT_BINARY]
    found += [
        Pattern(f"{_short(cls)}-idempotent", op(cls, op(cls, x).bind(y)), y) for cls in _IDEMPOTENT_UNARY
    ]
    found += [Pattern(f"{_short(cls)}-involution", op(cls, op(cls, x)), x) for cls in _INVOLUTIONS]
    found += [
        Pattern("abs-of-neg", op(graph.AbsOp, op(graph.NegOp, x)), op(graph.AbsOp, x)),
        Pattern("add-neg-to-sub", op(graph.AddOp, x, op(graph.NegOp, y)), op(graph.SubOp, x, y)),
        Pattern("sub-neg-to-add", op(graph.SubOp, x, op(graph.NegOp, y)), op(graph.AddOp, x, y)),
        Pattern("zero-minus-to-neg", op(graph.SubOp, c, x), op(graph.NegOp, x), where=[is_splat(c, 0)]),
        Pattern("neg-of-sub", op(graph.NegOp, op(graph.SubOp, x, y)), op(graph.SubOp, y, x)),
        Pattern("int-sub-self", op(graph.SubOp, x, x).typed(t), compute(zeros_of, t),
                where=[is_int_tensor(x)]),
        Pattern("int-mul-zero", op(graph.MulOp, x, c).typed(t), compute(zeros_of, t),
                where=[is_int_tensor(x), is_splat(c, 0)]),
    ]  # fmt: skip
    return found


_NONNEGATIVE = (graph.AbsOp, graph.ExpOp, graph.SigmoidOp, graph.SoftplusOp, graph.ReluOp, graph.SqrtOp)
"""Unary ops whose result is never negative (or NaN), so relu and abs of it change nothing."""

_REDUCTIONS = (graph.ReduceSumOp, graph.ReduceMeanOp, graph.ReduceMaxOp, graph.ReduceMinOp, graph.ReduceProdOp)
"""Reductions that return the element itself when reducing over size-1 dims."""


@constraint(producer=graph.ConstantOp)
def is_power_of_two_splat(value: SSAValue) -> bool:
    """A float splat constant 2**k (dividing by it is exactly multiplying by its reciprocal)."""
    scalar = splat_scalar(value)
    if scalar is None or not graph.is_float(graph.elem_of(value.type)) or not np.isfinite(scalar) or scalar == 0:
        return False
    mantissa, _ = np.frexp(abs(float(scalar)))
    return bool(mantissa == 0.5)


def reciprocal_of(value: SSAValue) -> np.ndarray:
    """1 / c for a constant c, in c's dtype (a splat stays a splat)."""
    array = value.owner.to_array()  # type: ignore[union-attr]
    return (np.ones((), array.dtype) / array).astype(array.dtype)


def _strength_patterns() -> list[Pattern]:
    """Cheaper equivalents and sign facts: exact rewrites only (and ``pow(x, 3) -> x * x * x``,
    which onnxruntime computes the same way)."""
    found = [
        Pattern(f"relu-of-{_short(cls)}", op(graph.ReluOp, op(cls, x).bind(y)), y)
        for cls in _NONNEGATIVE if cls is not graph.ReluOp
    ]  # fmt: skip
    found += [
        Pattern(f"abs-of-{_short(cls)}", op(graph.AbsOp, op(cls, x).bind(y)), y)
        for cls in _NONNEGATIVE if cls is not graph.AbsOp
    ]  # fmt: skip
    found += [
        Pattern("mul-minus-one", op(graph.MulOp, x, c), op(graph.NegOp, x), where=[is_splat(c, -1)]),
        Pattern("pow-two", op(graph.PowOp, x, c), op(graph.MulOp, x, x), where=[is_splat(c, 2)]),
        # within an ulp of powf, and bit for bit what onnxruntime computes for Pow(x, 3)
        Pattern("pow-three", op(graph.PowOp, x, c), op(graph.MulOp, op(graph.MulOp, x, x), x),
                where=[is_splat(c, 3)]),
        Pattern("div-by-power-of-two", op(graph.DivOp, x, c), op(graph.MulOp, x, compute(reciprocal_of, c)),
                where=[is_power_of_two_splat(c)]),
        Pattern("and-true", op(graph.AndOp, x, c), x, where=[is_splat(c, True)]),
        Pattern("or-false", op(graph.OrOp, x, c), x, where=[is_splat(c, False)]),
        Pattern("and-false", op(graph.AndOp, x, c), c, where=[is_splat(c, False)]),
        Pattern("or-true", op(graph.OrOp, x, c), c, where=[is_splat(c, True)]),
        Pattern("clip-unbounded", op(graph.ClipOp, x, min=None, max=None), x),
        Pattern("leaky-relu-slope-one", op(graph.LeakyReluOp, x, alpha=1.0), x),
        Pattern("leaky-relu-slope-zero", op(graph.LeakyReluOp, x, alpha=0.0), op(graph.ReluOp, x)),
        Pattern("reduce-over-unit-dims", op(_REDUCTIONS, x).typed(t),
                op(graph.ReshapeOp, x, shape=compute(graph.shape_of, t)), where=[same_element_count(x, t)]),
        Pattern("global-pool-of-1x1", op((graph.GlobalAvgPoolOp, graph.GlobalMaxPoolOp), x), x),
    ]  # fmt: skip
    return found


def _select_patterns() -> list[Pattern]:
    """``where`` with a constant condition, casts through a wider type."""
    return [
        Pattern("where-true", op(graph.WhereOp, c, x, y), x, where=[is_splat(c, True)]),
        Pattern("where-false", op(graph.WhereOp, c, x, y), y, where=[is_splat(c, False)]),
        Pattern("where-not", op(graph.WhereOp, op(graph.NotOp, c), x, y), op(graph.WhereOp, c, y, x)),
        Pattern(
            "cast-roundtrip",
            op(graph.CastOp, op(graph.CastOp, x).typed(t)),
            x,
            where=[lossless_roundtrip(x, t)],
        ),
        Pattern("cast-of-cast", op(graph.CastOp, op(graph.CastOp, x).typed(t), to=a),
                op(graph.CastOp, x, to=a), where=[lossless_roundtrip(x, t), options_free_target(a)]),
    ]  # fmt: skip


def _movement_patterns() -> list[Pattern]:
    """Chains of data-movement ops that merge or cancel."""
    return [
        Pattern(
            "transpose-of-transpose",
            op(graph.TransposeOp, op(graph.TransposeOp, x, perm=p), perm=q),
            op(graph.TransposeOp, x, perm=compute(compose_perms, p, q)),
        ),
        Pattern("reshape-of-reshape", op(graph.ReshapeOp, op(graph.ReshapeOp, x), shape=s),
                op(graph.ReshapeOp, x, shape=s)),
        Pattern("squeeze-of-unsqueeze", op(graph.SqueezeOp, op(graph.UnsqueezeOp, x)), x),
        Pattern("unsqueeze-of-squeeze", op(graph.UnsqueezeOp, op(graph.SqueezeOp, x)), x),
        Pattern("expand-of-expand", op(graph.ExpandOp, op(graph.ExpandOp, x)).typed(t),
                op(graph.ExpandOp, x, shape=compute(graph.shape_of, t))),
    ]  # fmt: skip


# ---- imperative patterns (variadic operands) --------------------------------------------------


class FlattenNestedConcat(RewritePattern):
    """concat(a, concat(b, c), d) on one axis -> concat(a, b, c, d) (inner concat used once)."""

    root_classes: ClassVar[tuple[type[Operation], ...]] = (graph.ConcatOp,)

    name = "concat-of-concat"

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter, /) -> None:
        if not isinstance(op, graph.ConcatOp):
            return
        axis = _axis(op)
        flat: list[SSAValue] = []
        for value in op.operands:
            inner = value.owner
            if isinstance(inner, graph.ConcatOp) and value.has_one_use() and _axis(inner) == axis:
                flat.extend(inner.operands)
            else:
                flat.append(value)
        if len(flat) == len(op.operands):
            return
        rewriter.replace(op, graph.ConcatOp.make(flat, {"axis": graph.int_attr(axis)}))


class ConcatOfSplit(RewritePattern):
    """concat(split(x).0, ..., split(x).n) on the split axis, all pieces in order -> x."""

    root_classes: ClassVar[tuple[type[Operation], ...]] = (graph.ConcatOp,)

    name = "concat-of-split"

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter, /) -> None:
        if not isinstance(op, graph.ConcatOp) or not op.operands:
            return
        split = op.operands[0].owner
        if not isinstance(split, graph.SplitOp) or list(op.operands) != list(split.results):
            return
        rank = len(graph.shape_of(split.input.type))
        split_axis = graph.normalize_axis(graph.read_int(split.properties, "axis", 0), rank)
        if _axis(op) != split_axis or split.input.type != op.result.type:
            return
        rewriter.replace(op, [], [split.input])


class EncodeSplatConstant(RewritePattern):
    """A dense constant whose elements are all equal -> the same constant stored as a splat.

    One encoding per value, so ``cse`` merges equal splats however they were written, and a
    splat costs one element's bytes. Large constants are not scanned (see ``splat_scalar``).
    """

    root_classes: ClassVar[tuple[type[Operation], ...]] = (graph.ConstantOp,)

    name = "constant-as-splat"

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter, /) -> None:
        if not isinstance(op, graph.ConstantOp) or not isinstance(op.value, DenseIntOrFPElementsAttr):
            return
        element = graph.elem_of(op.result.type)
        if len(op.value.data.data) == graph.numpy_dtype(element).itemsize:
            return
        scalar = splat_scalar(op.result)
        if scalar is None:
            return
        rewriter.replace(op, make_splat(scalar, graph.shape_of(op.result.type), element))


def _forward_slices(value: SSAValue, props: graph.Props) -> list[tuple[int, int, int]] | None:
    """Per-dim (start, step, count) of a slice with positive steps; ``None`` if a step is negative."""
    shape = graph.shape_of(value.type)
    found = []
    for sl, dim in zip(graph.SliceOp.slices(shape, props), shape, strict=True):
        start, stop, step = sl.indices(dim)
        if step < 0:
            return None
        found.append((start, step, len(range(start, stop, step))))
    return found


def _compose_slices(
    inner: list[tuple[int, int, int]], outer: list[tuple[int, int, int]]
) -> tuple[list[int], list[int], list[int]]:
    """starts, ends, steps of one slice equal to ``inner`` followed by ``outer`` (positive steps)."""
    starts, ends, steps = [], [], []
    for (s1, k1, _), (s2, k2, n) in zip(inner, outer, strict=True):
        start, step = s1 + s2 * k1, k1 * k2
        starts.append(start)
        steps.append(step)
        ends.append(start + (n - 1) * step + 1 if n else start)
    return starts, ends, steps


slice_src, slice_in, slice_out = Var("slice_src"), Var("slice_in"), Var("slice_out")


@rewrite(op(graph.SliceOp, op(graph.SliceOp, slice_src).bind(slice_in)).bind(slice_out), name="slice-of-slice")
def slice_of_slice(m: Match, rewriter: PatternRewriter) -> SSAValue | None:
    """slice(slice(x)) with positive steps -> one slice of x."""
    inner_op, outer_op = m[slice_in].owner, m[slice_out].owner
    inner = _forward_slices(m[slice_src], inner_op.properties)
    outer = _forward_slices(m[slice_in], outer_op.properties)
    if inner is None or outer is None or any(n == 0 for _, _, n in outer):
        return None
    starts, ends, steps = _compose_slices(inner, outer)
    props = {
        "starts": graph.dims_attr(starts),
        "ends": graph.dims_attr(ends),
        "axes": graph.ints_attr(range(len(starts))),
        "steps": graph.ints_attr(steps) if any(k != 1 for k in steps) else None,
    }
    return rewriter.insert(graph.SliceOp.make([m[slice_src]], props)).result


gather_data, gather_idx, gather_axis = Var("gather_data"), Var("gather_idx"), Var("gather_axis")


def _progression(indices: np.ndarray, dim: int) -> tuple[int, int] | None:
    """(start, step) when the (wrapped) indices are start, start + step, ... with step >= 1."""
    flat = np.mod(indices.reshape(-1).astype(np.int64), dim) if dim else indices.reshape(-1)
    if flat.size == 0 or dim == 0:
        return None
    if flat.size == 1:
        return int(flat[0]), 1
    steps = np.diff(flat)
    if steps[0] < 1 or np.any(steps != steps[0]):
        return None
    return int(flat[0]), int(steps[0])


@rewrite(op(graph.GatherOp, gather_data, gather_idx, axis=gather_axis), name="gather-as-slice")
def gather_as_slice(m: Match, rewriter: PatternRewriter) -> SSAValue | None:
    """gather(x, constant indices in arithmetic progression) -> slice (and a reshape for a scalar)."""
    indices = constant_array(m[gather_idx])
    if indices is None or indices.ndim > 1:
        return None
    shape = graph.shape_of(m[gather_data].type)
    axis = graph.normalize_axis(m[gather_axis], len(shape))
    found = _progression(indices, shape[axis])
    if found is None:
        return None
    start, step = found
    count = max(indices.size, 1)
    props = {
        "starts": graph.dims_attr([start]),
        "ends": graph.dims_attr([start + (count - 1) * step + 1]),
        "axes": graph.ints_attr([axis]),
        "steps": graph.ints_attr([step]) if step != 1 else None,
    }
    sliced = rewriter.insert(graph.SliceOp.make([m[gather_data]], props)).result
    if indices.ndim == 1:
        return sliced
    result_shape = shape[:axis] + shape[axis + 1 :]
    return rewriter.insert(graph.ReshapeOp.make([sliced], {"shape": graph.dims_attr(result_shape)})).result


def _axis(concat: graph.ConcatOp) -> int:
    rank = len(graph.shape_of(concat.result.type))
    return graph.normalize_axis(graph.read_int(concat.properties, "axis"), rank)


def canonicalize_patterns() -> list[Pattern | RewritePattern]:
    """Every pattern of ``graph-canonicalize``, in application order (for reuse by other passes)."""
    return [
        *identity_patterns(),
        *_arithmetic_patterns(),
        *_strength_patterns(),
        *_select_patterns(),
        *_movement_patterns(),
        slice_of_slice,
        gather_as_slice,
        FlattenNestedConcat(),
        ConcatOfSplit(),
        EncodeSplatConstant(),
    ]


CANONICALIZE_PATTERNS = tuple(canonicalize_patterns())


@register_pass
@dataclass(frozen=True)
class GraphCanonicalizePass(PatternPass):
    """Simplify graph ops locally: drop no-ops, cancel inverse pairs, merge transpose/reshape chains.

    Pre-condition: graph-stage IR. Post-condition: the same values, computed by fewer or
    simpler ops; constants on the right of commutative ops.
    """

    TENSOR_FUNCTIONS_ONLY = True

    name = "graph-canonicalize"
    PATTERNS = CANONICALIZE_PATTERNS


__all__ = ["CANONICALIZE_PATTERNS", "GraphCanonicalizePass", "canonicalize_patterns"]
