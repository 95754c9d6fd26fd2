"""Declarative :class:`Pattern` -> xDSL ``RewritePattern``.

A compiled pattern is an ordinary xDSL rewrite pattern, so it runs under ember's greedy driver
(:mod:`ember.passes.patterns.driver`) next to hand-written ``RewritePattern`` s, or under xDSL's
own ``PatternRewriteWalker``. Each application:

1. matches the source at the op (root classes are checked first, so a miss is cheap);
2. checks the constraints in order;
3. builds the target ops (post-order, detached) from the bindings; a target term used twice is
   built once, and ``pattern.result(i)`` in a target names a result of a matched or built op;
4. declines if the replacement values' types differ from the root's result types (e.g. ``x + 0``
   where the zero broadcasts ``x`` to a larger shape) or a target op does not type-check;
5. replaces the root through the rewriter (``rewriter.replace``); nothing else is mutated.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from xdsl.dialects.builtin import StringAttr
from xdsl.ir import Attribute, Operation, SSAValue
from xdsl.pattern_rewriter import PatternRewriter, RewritePattern
from xdsl.utils.exceptions import VerifyException

from ember.dialects import graph
from ember.passes.patterns.constants import make_constant
from ember.passes.patterns.dsl import Compute, OpPattern, Pattern, PatternError, ResultPattern, Var
from ember.passes.patterns.matcher import Match, Prefilter, check_constraints, match_explained


class Decline(Exception):
    """Raised while building a target to abandon the rewrite without touching the IR."""


def to_attr(value: Any) -> Attribute | None:
    """A property attribute from a Python value (see :func:`ember.passes.patterns.compute`)."""
    if value is None or isinstance(value, Attribute):
        return value
    if isinstance(value, bool | np.bool_):
        return graph.int_attr(int(value))
    if isinstance(value, int | np.integer):
        return graph.int_attr(int(value))
    if isinstance(value, float | np.floating):
        return graph.float_attr(float(value))
    if isinstance(value, str):
        return StringAttr(value)
    if isinstance(value, tuple | list | np.ndarray):
        return graph.ints_attr([int(v) for v in value])
    raise PatternError(f"cannot turn {value!r} into a property attribute")


class TargetBuilder:
    """Builds a target term tree into new (detached) ops, in creation order."""

    def __init__(self, m: Match) -> None:
        self.m = m
        self.new_ops: list[Operation] = []
        self._built: dict[int, Operation] = {}

    def value(self, term: Any) -> SSAValue:
        if isinstance(term, Var):
            bound = self.m[term]
            if not isinstance(bound, SSAValue):
                raise PatternError(f"variable {term!r} is used as a value but bound to {bound!r}")
            return bound
        if isinstance(term, Compute):
            return self._computed_value(term)
        if isinstance(term, OpPattern):
            return self._single_result(self.build(term))
        if isinstance(term, ResultPattern):
            return self._result(term)
        raise PatternError(f"{term!r} cannot appear in a target")

    def _result(self, term: ResultPattern) -> SSAValue:
        """A result of an op matched by the source, or of an op the target builds."""
        matched = self.m.ops.get(term.op.uid)
        owner = matched if matched is not None else self.build(term.op)
        if term.index >= len(owner.results):
            raise PatternError(f"{term!r}: '{owner.name}' has only {len(owner.results)} results")
        return owner.results[term.index]

    def _computed_value(self, term: Compute) -> SSAValue:
        result = term.fn(*(self.m.resolve(a) for a in term.args))
        if result is None:
            raise Decline(f"{term!r} returned None")
        if isinstance(result, SSAValue):
            return result
        const = make_constant(np.asarray(result))
        self.new_ops.append(const)
        return const.result

    def _single_result(self, op: Operation) -> SSAValue:
        if len(op.results) != 1:
            raise PatternError(f"target op '{op.name}' has {len(op.results)} results; use it as the whole target")
        return op.results[0]

    def prop(self, value: Any) -> Attribute | None:
        if isinstance(value, Var):
            return self.m.attr(value) if value in self.m.attrs else to_attr(self.m[value])
        if isinstance(value, Compute):
            return to_attr(value.fn(*(self.m.resolve(a) for a in value.args)))
        return to_attr(value)

    def build(self, term: OpPattern) -> Operation:
        """The op a target term builds; a term used twice is built once (targets are DAGs)."""
        if term.uid in self._built:
            return self._built[term.uid]
        if isinstance(term.op_class, tuple):
            raise PatternError(f"target {term!r} must name exactly one op class")
        operands = [self.value(o) for o in term.operands]
        props = {name: self.prop(v) for name, v in term.props.items()}
        new_op = _construct(term.op_class, operands, props, self._result_types(term))
        self.new_ops.append(new_op)
        self._built[term.uid] = new_op
        return new_op

    def _result_types(self, term: OpPattern) -> list[Attribute] | None:
        if term.type_var is None:
            return None
        t = self.m[term.type_var] if isinstance(term.type_var, Var) else term.type_var
        return list(t) if isinstance(t, tuple) else [t]


def _construct(
    cls: type[Operation], operands: list[SSAValue], props: dict[str, Attribute | None], types: list[Attribute] | None
) -> Operation:
    try:
        if types is None and issubclass(cls, graph.GraphOp):
            return cls.make(operands, props)
        if types is None:
            raise PatternError(f"target op {cls.__name__} is not a graph op: give its type with .typed(t)")
        present = {k: v for k, v in props.items() if v is not None}
        return cls.create(operands=operands, properties=present, result_types=types)
    except VerifyException as error:
        raise Decline(str(error)) from error


class CompiledPattern(RewritePattern):
    """A declarative :class:`Pattern` as an xDSL rewrite pattern."""

    def __init__(self, pattern: Pattern) -> None:
        self.pattern = pattern
        self.name = pattern.name
        self.benefit = pattern.benefit
        self.root_classes = pattern.source.classes
        self.last_failure: str = ""
        self.may_match = Prefilter(pattern.source, pattern.where)
        """A cheap test: ``False`` when the source cannot match at the op (see ``Prefilter``)."""

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter, /) -> None:
        self.last_failure = ""
        if not isinstance(op, self.root_classes):
            return
        m = match_explained(self.pattern.source, op)
        if m.failure:
            self.last_failure = m.failure
            return
        failed = check_constraints(self.pattern.where, m)
        if failed is not None:
            self.last_failure = f"constraint {failed.name} failed"
            return
        if callable(self.pattern.target) and not isinstance(self.pattern.target, Var | OpPattern | Compute):
            self._apply_function(op, m, rewriter)
            return
        self._apply_declarative(op, m, rewriter)

    def _apply_declarative(self, op: Operation, m: Match, rewriter: PatternRewriter) -> None:
        builder = TargetBuilder(m)
        target = self.pattern.target
        try:
            if isinstance(target, OpPattern) and len(op.results) > 1:
                values: Sequence[SSAValue] = builder.build(target).results
            elif isinstance(target, Sequence):
                values = [builder.value(t) for t in target]
            else:
                values = [builder.value(target)]
        except Decline as why:
            self.last_failure = f"target declined: {why}"
            return
        if not _types_match(op, values):
            self.last_failure = (
                f"replacement types differ from the root's result types: "
                f"{_type_list(values)} instead of {_type_list(op.results)}"
            )
            return
        # insert first and replace with no new ops, so the new ops do not all inherit the root's
        # name (xDSL renames every new op's results after the root otherwise)
        for new_op in builder.new_ops:
            rewriter.insert(new_op)
        rewriter.replace(op, [], list(values))

    def _apply_function(self, op: Operation, m: Match, rewriter: PatternRewriter) -> None:
        result = self.pattern.target(m, rewriter)  # type: ignore[operator]
        if result is None:
            if rewriter.has_done_action:
                raise PatternError(f"pattern '{self.name}' changed the IR and then declined (returned None)")
            self.last_failure = "target function declined"
            return
        values = [result] if isinstance(result, SSAValue) else list(result)
        if not _types_match(op, values):
            raise PatternError(
                f"pattern '{self.name}' replaced '{op.name}' with values of types "
                f"{[str(v.type) for v in values]}, expected {[str(r.type) for r in op.results]}"
            )
        rewriter.replace(op, [], values)


def _type_list(values: Sequence[SSAValue]) -> str:
    return "(" + ", ".join(str(v.type) for v in values) + ")"


def _types_match(op: Operation, values: Sequence[SSAValue]) -> bool:
    return len(values) == len(op.results) and all(v.type == r.type for v, r in zip(values, op.results, strict=True))


def compile_pattern(pattern: Pattern | RewritePattern) -> RewritePattern:
    """A declarative pattern compiled; an xDSL ``RewritePattern`` is returned unchanged."""
    if isinstance(pattern, Pattern):
        return CompiledPattern(pattern)
    if isinstance(pattern, RewritePattern):
        return pattern
    raise PatternError(f"{pattern!r} is neither a Pattern nor an xDSL RewritePattern")


def pattern_name(pattern: RewritePattern) -> str:
    """The name shown by ``--debug-rewrites``: the pattern's name, or the class name."""
    return getattr(pattern, "name", None) or type(pattern).__name__


def root_classes(pattern: RewritePattern) -> tuple[type[Operation], ...]:
    """The op classes ``pattern`` can apply to: a declarative pattern's source classes, or an
    imperative pattern's ``root_classes`` attribute (every op when it has none). The greedy
    driver only tries a pattern on ops of these classes."""
    return tuple(getattr(pattern, "root_classes", None) or (Operation,))
    # a pattern may also define ``may_match(op) -> bool``, a cheap necessary test the driver
    # runs first (declarative patterns have one): ``False`` skips it without building a rewriter


def pattern_benefit(pattern: RewritePattern) -> int:
    return int(getattr(pattern, "benefit", 1))
