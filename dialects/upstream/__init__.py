"""Upstream MLIR ops and formats that xDSL 0.74 lacks, carried by ember.

ember reads what upstream MLIR 22's standard pipelines print (``mlir-opt-22``: bufferization, linalg
to loops, lower-affine, scf to cf, convert-to-llvm, ...), so the dialects ember registers under
upstream names (``arith``, ``llvm``, ``memref``, ...) are xDSL's, extended here: missing ops are
added and ops whose custom format xDSL lacks are replaced by subclasses that have it. The installed
xDSL package is never modified; :func:`upstream_dialects` gives the extended dialects to
``ember.context.make_context``. ``tests/test_upstream_corpus.py`` checks the result against a
corpus generated with ``mlir-opt-22`` (``scripts/gen_upstream_corpus.py``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import TypeVar

from xdsl.ir import Attribute, Dialect, Operation, OpTraits, SSAValue
from xdsl.irdl import IRDLOperation, OpDef, PropertyDef
from xdsl.parser import Parser, UnresolvedOperand


def extend(
    base: Dialect, ops: Sequence[type[Operation]], attrs: Sequence[type[Attribute]] = ()
) -> Dialect:
    """``base`` with ``ops`` and ``attrs`` added; an op or attribute of the same name is replaced."""
    op_names = {op.name for op in ops}
    attr_names = {attr.name for attr in attrs}
    kept_ops = [op for op in base.operations if op.name not in op_names]
    kept_attrs = [attr for attr in base.attributes if attr.name not in attr_names]
    return Dialect(base.name, [*kept_ops, *ops], [*kept_attrs, *attrs], list(base._interfaces))


OpT = TypeVar("OpT", bound=IRDLOperation)

# ember's class -> the xDSL class it stands in for (a subclass of it)
_REFINED: dict[type[Operation], type[Operation]] = {}


def refining(xdsl_op: type[IRDLOperation]) -> Callable[[type[OpT]], type[OpT]]:
    """Decorate an op class (already ``@irdl_op_definition``) that redefines ``xdsl_op``: the
    result has the new definition (fields, format, verifier) and is also a subclass of
    ``xdsl_op``, so ember's passes that match xDSL's class accept parsed ops unchanged."""

    def combine(defined: type[OpT]) -> type[OpT]:
        namespace = {"__doc__": defined.__doc__, "__module__": defined.__module__}
        combined = type(defined.__name__, (defined, xdsl_op), namespace)
        _REFINED[combined] = xdsl_op
        return combined

    return combine


def refines(xdsl_op: type[IRDLOperation]) -> Callable[[type[OpT]], type[OpT]]:
    """Record that a plain subclass of ``xdsl_op`` (a new format, more properties) stands in
    for it, for :func:`op_class` and :func:`as_xdsl_classes`."""

    def register(cls: type[OpT]) -> type[OpT]:
        _REFINED[cls] = xdsl_op
        return cls

    return register


def op_class(op: Operation) -> type[Operation]:
    """The class to dispatch ``op`` on in tables keyed by xDSL's op classes: xDSL's class for an
    op parsed into one of ember's refinements, else ``type(op)``."""
    return _REFINED.get(type(op), type(op))


def as_xdsl_classes(root: Operation) -> None:
    """Turn ops of ember's refined classes under ``root`` back into xDSL's classes, for xDSL code
    that dispatches on the exact class (its translation to LLVM IR). A class may define
    ``prepare_for_xdsl(op)`` to put its properties in the form xDSL's class expects."""
    for op in root.walk():
        base = _REFINED.get(type(op))
        if base is None:
            continue
        prepare = getattr(type(op), "prepare_for_xdsl", None)
        if prepare is not None:
            prepare(op)
        op.__class__ = base


def with_properties(xdsl_op: type[IRDLOperation], **properties: PropertyDef) -> OpDef:
    """``xdsl_op``'s definition with ``properties`` added or replaced: for a plain subclass of an
    xDSL op that returns it from ``get_irdl_definition`` and verifies against it in ``verify_``
    (xDSL cannot re-define an op class that is already defined)."""
    base = xdsl_op.get_irdl_definition()
    return dataclasses.replace(base, properties={**base.properties, **properties})


def with_traits(xdsl_op: type[IRDLOperation], traits: OpTraits) -> OpDef:
    """``xdsl_op``'s definition with other traits (used as :func:`with_properties`)."""
    return dataclasses.replace(xdsl_op.get_irdl_definition(), traits=traits)


def _affine() -> Dialect:
    from ember.dialects.upstream.affine import AFFINE

    return AFFINE


def _arith() -> Dialect:
    from ember.dialects.upstream.arith import ARITH

    return ARITH


def _func() -> Dialect:
    from ember.dialects.upstream.func import FUNC

    return FUNC


def _llvm() -> Dialect:
    from ember.dialects.upstream.llvm import LLVM

    return LLVM


def _memref() -> Dialect:
    from ember.dialects.upstream.memref import MEMREF

    return MEMREF


def _linalg() -> Dialect:
    from ember.dialects.upstream.linalg import LINALG

    return LINALG


def _tensor() -> Dialect:
    from ember.dialects.upstream.tensor import TENSOR

    return TENSOR


def _vector() -> Dialect:
    from ember.dialects.upstream.vector import VECTOR

    return VECTOR


def upstream_dialects() -> dict[str, Callable[[], Dialect]]:
    """The extended upstream dialects by name, as lazy factories (they replace xDSL's)."""
    return {
        "affine": _affine,
        "arith": _arith,
        "func": _func,
        "linalg": _linalg,
        "llvm": _llvm,
        "memref": _memref,
        "tensor": _tensor,
        "vector": _vector,
    }


def parse_typed_operands(parser: Parser) -> list[SSAValue]:
    """``%a, %b : T1, T2`` (operands, then as many types), as in ``linalg.map ins(...)`` and a
    branch destination's ``^bb(...)``."""
    names: list[UnresolvedOperand] = parser.parse_comma_separated_list(
        parser.Delimiter.NONE, parser.parse_unresolved_operand
    )
    parser.parse_punctuation(":")
    types = parser.parse_comma_separated_list(parser.Delimiter.NONE, parser.parse_type)
    if len(names) != len(types):
        parser.raise_error(f"expected {len(names)} types for the operands, got {len(types)}")
    return [parser.resolve_operand(n, t) for n, t in zip(names, types, strict=True)]
