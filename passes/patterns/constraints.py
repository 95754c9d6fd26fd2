"""A library of named constraints for ``where=[...]`` clauses.

Each is a predicate declared with :func:`~ember.passes.patterns.dsl.constraint`, so
``is_constant(x)`` in a pattern is a named check the driver reports when it fails. Values arrive
as ``SSAValue`` s, properties as Python values, types as attributes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from xdsl.ir import Attribute, SSAValue

from ember.dialects import graph
from ember.passes.patterns.constants import constant_op, is_splat_of
from ember.passes.patterns.dsl import constraint


@constraint(producer=graph.ConstantOp)
def is_constant(value: SSAValue) -> bool:
    """The value is defined by ``graph.constant``."""
    return constant_op(value) is not None


@constraint(producer=graph.ConstantOp)
def all_constant(*values: SSAValue) -> bool:
    """Every value is defined by ``graph.constant``."""
    return all(constant_op(v) is not None for v in values)


@constraint
def has_one_use(value: SSAValue) -> bool:
    """The value has exactly one use."""
    return isinstance(value, SSAValue) and value.has_one_use()


@constraint(producer=graph.ConstantOp)
def is_splat(value: SSAValue, scalar: float) -> bool:
    """The value is a constant whose every element equals ``scalar``."""
    return is_splat_of(value, scalar)


@constraint
def same_type(a: SSAValue | Attribute, b: SSAValue | Attribute) -> bool:
    """Both values (or types) have the same type."""
    ta = a.type if isinstance(a, SSAValue) else a
    tb = b.type if isinstance(b, SSAValue) else b
    return ta == tb


@constraint
def broadcasts_to_type_of(small: SSAValue, big: SSAValue) -> bool:
    """Broadcasting ``small`` against ``big`` leaves ``big``'s shape unchanged."""
    try:
        shape = graph.broadcast_shapes(graph.shape_of(small.type), graph.shape_of(big.type))
    except graph.ShapeError:
        return False
    return shape == graph.shape_of(big.type)


@constraint
def shapes_broadcast(*values: SSAValue) -> bool:
    """The values' shapes broadcast together (numpy/ONNX multidirectional rules)."""
    try:
        graph.broadcast_shapes(*(graph.shape_of(v.type) for v in values))
    except graph.ShapeError:
        return False
    return True


@constraint
def same_element_count(value: SSAValue, result_type: Attribute) -> bool:
    """``value`` and ``result_type`` hold the same number of elements (the op can be a reshape)."""
    return math.prod(graph.shape_of(value.type)) == math.prod(graph.shape_of(result_type))


def compose_perms(first: Sequence[int], second: Sequence[int]) -> tuple[int, ...]:
    """The single permutation equal to transposing by ``first`` and then by ``second``."""
    return tuple(first[i] for i in second)


@constraint
def perms_compose_to_identity(first: Sequence[int], second: Sequence[int]) -> bool:
    """Transposing by ``first`` then by ``second`` is the identity."""
    return len(first) == len(second) and compose_perms(first, second) == tuple(range(len(first)))


@constraint
def is_identity_perm(perm: Sequence[int]) -> bool:
    """The permutation leaves every dim in place."""
    return tuple(perm) == tuple(range(len(perm)))
