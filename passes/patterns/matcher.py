"""Matching a declarative source pattern against IR, and the :class:`Match` it produces.

Matching is a recursive walk from the root op down the operand edges; a failed sub-match fails
the whole match (patterns have no alternatives, so there is no backtracking). A :class:`Match`
holds what each variable bound; target builders and Python targets read it with ``m[x]``.
Matching never mutates IR.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from xdsl.dialects.builtin import DenseArrayBase, FloatAttr, IntegerAttr, StringAttr
from xdsl.ir import Attribute, Operation, OpResult, SSAValue

from ember.passes.patterns.dsl import Check, OpPattern, PatternError, ResultPattern, Var, Wildcard


class Match:
    """The bindings of one successful match: variables, raw property attributes and matched ops."""

    def __init__(self, root: Operation) -> None:
        self.root = root
        self.values: dict[Var, Any] = {}
        self.attrs: dict[Var, Attribute | None] = {}
        self.ops: dict[int, Operation] = {}
        self.failure: str = ""  # why the match failed (the first mismatch), for --debug-rewrites

    def fail(self, reason: str) -> bool:
        """Record why matching failed (the innermost reason wins) and return ``False``."""
        if not self.failure:
            self.failure = reason
        return False

    def __getitem__(self, var: Var) -> Any:
        if var not in self.values:
            raise PatternError(f"variable {var!r} is not bound by the source pattern")
        return self.values[var]

    def __contains__(self, var: Var) -> bool:
        return var in self.values

    def attr(self, var: Var) -> Attribute | None:
        """The attribute a property variable bound (as stored on the op; ``None`` if absent)."""
        if var not in self.attrs:
            raise PatternError(f"variable {var!r} is not bound to a property")
        return self.attrs[var]

    def op(self, pattern: OpPattern) -> Operation:
        """The op a sub-pattern of the source matched."""
        return self.ops[pattern.uid]

    def resolve(self, arg: Any) -> Any:
        """A variable's binding; any other argument unchanged."""
        return self[arg] if isinstance(arg, Var) else arg

    def bind(self, var: Var, value: Any, attr: Attribute | None = None, is_attr: bool = False) -> bool:
        """Bind ``var``; if it is already bound the new value must be the same (identical or equal)."""
        if var in self.values:
            old = self.values[var]
            return old is value or (not isinstance(old, SSAValue | Operation) and old == value)
        self.values[var] = value
        if is_attr:
            self.attrs[var] = attr
        return True


def attr_to_py(attr: Attribute | None) -> Any:
    """The Python value of a property attribute: arrays -> tuples, ints, floats, strings."""
    if isinstance(attr, DenseArrayBase):
        return tuple(attr.get_values())
    if isinstance(attr, IntegerAttr):
        return int(attr.value.data)
    if isinstance(attr, FloatAttr):
        return float(attr.value.data)
    if isinstance(attr, StringAttr):
        return attr.data
    return attr


def _literal_equal(attr: Attribute | None, expected: Any) -> bool:
    if isinstance(expected, Attribute):
        return attr == expected
    if isinstance(expected, list):
        expected = tuple(expected)
    return attr_to_py(attr) == expected


def _property(op: Operation, name: str) -> Attribute | None:
    found = op.properties.get(name)
    return found if found is not None else op.attributes.get(name)


def _class_names(pattern: OpPattern) -> str:
    return " or ".join(f"'{getattr(c, 'name', c.__name__)}'" for c in pattern.classes)


def match_op(pattern: OpPattern, op: Operation, m: Match) -> bool:
    """Match ``op`` against ``pattern``, extending ``m``; ``False`` on any mismatch (the reason
    is in ``m.failure``)."""
    if not isinstance(op, pattern.classes):
        return m.fail(f"'{op.name}' is not {_class_names(pattern)}")
    previous = m.ops.get(pattern.uid)
    if previous is not None:
        return previous is op or m.fail(f"'{op.name}' is not the op matched earlier for {pattern!r}")
    if len(op.operands) != len(pattern.operands):
        return m.fail(f"'{op.name}' has {len(op.operands)} operands, the pattern expects {len(pattern.operands)}")
    m.ops[pattern.uid] = op
    for index, (sub, value) in enumerate(zip(pattern.operands, op.operands, strict=True)):
        if not match_value(sub, value, m):
            detail = m.failure or "does not match"
            joint = " " if detail.startswith(("is ", "does ")) else ": "
            m.failure = f"operand #{index} of '{op.name}'{joint}{detail}"
            return False
    if not all(_match_prop(op, name, expected, m) for name, expected in pattern.props.items()):
        return False
    if not _match_type(pattern, op, m):
        return False
    if pattern.bound is not None:
        bound = m.bind(pattern.bound, op.results[0] if len(op.results) == 1 else op)
        return bound or m.fail(f"'{op.name}' is not the value {pattern.bound!r} is already bound to")
    return True


def _match_prop(op: Operation, name: str, expected: Any, m: Match) -> bool:
    attr = _property(op, name)
    if isinstance(expected, Var):
        if m.bind(expected, attr_to_py(attr), attr, is_attr=True):
            return True
        return m.fail(f"property '{name}' of '{op.name}' is {attr_to_py(attr)!r}, but {expected!r} is {m[expected]!r}")
    if _literal_equal(attr, expected):
        return True
    return m.fail(f"property '{name}' of '{op.name}' is {attr_to_py(attr)!r}, the pattern expects {expected!r}")


def _match_type(pattern: OpPattern, op: Operation, m: Match) -> bool:
    if pattern.type_var is None:
        return True
    types = tuple(r.type for r in op.results)
    actual = types[0] if len(types) == 1 else types
    if isinstance(pattern.type_var, Var):
        if m.bind(pattern.type_var, actual):
            return True
        return m.fail(f"the type of '{op.name}' is {actual}, but {pattern.type_var!r} is {m[pattern.type_var]}")
    return actual == pattern.type_var or m.fail(
        f"the type of '{op.name}' is {actual}, the pattern expects {pattern.type_var}"
    )


def match_value(term: Any, value: SSAValue, m: Match) -> bool:
    """Match one operand value against a term (variable, wildcard, op or result pattern)."""
    if isinstance(term, Wildcard):
        return True
    if isinstance(term, Var):
        return m.bind(term, value) or m.fail(f"is not the value {term!r} is already bound to")
    if isinstance(term, ResultPattern):
        if not isinstance(value, OpResult) or value.index != term.index:
            return m.fail(f"{_produced_by(value)}, not result #{term.index} of {_class_names(term.op)}")
        return match_op(term.op, value.op, m)
    if isinstance(term, OpPattern):
        owner = value.owner
        if not isinstance(owner, Operation) or not isinstance(owner, term.classes):
            return m.fail(f"{_produced_by(value)}, not a result of {_class_names(term)}")
        if len(owner.results) != 1:
            return m.fail(f"is produced by '{owner.name}', which has {len(owner.results)} results")
        return match_op(term, owner, m)
    raise PatternError(f"{term!r} cannot appear in a source pattern")


def _produced_by(value: SSAValue) -> str:
    owner = value.owner
    if isinstance(owner, Operation):
        return f"is produced by '{owner.name}'"
    return "is a block argument"


class Prefilter:
    """A cheap necessary condition for matching an :class:`OpPattern`: op classes, operand counts
    and the ops producing the operands, down the whole source tree, and the producer classes
    that constraints declare (``@constraint(producer=...)``); no bindings, no messages.

    The greedy driver runs it before the full match (which explains its failures for
    ``--debug-rewrites``), so the many patterns that cannot apply at an op cost little.
    """

    def __init__(self, pattern: OpPattern, checks: Sequence[Check] = ()) -> None:
        self.classes = pattern.classes
        self.arity = len(pattern.operands)
        self._accepts: dict[type, bool] = {}
        producers = {c.args[0]: c.producer for c in checks if c.producer and c.args and isinstance(c.args[0], Var)}
        self.children: list[tuple[int, int, Prefilter | tuple[type[Operation], ...]]] = []
        for position, term in enumerate(pattern.operands):  # (operand, result index or -1, test)
            if isinstance(term, OpPattern):
                self.children.append((position, -1, Prefilter(term, checks)))
            elif isinstance(term, ResultPattern):
                self.children.append((position, term.index, Prefilter(term.op, checks)))
            elif isinstance(term, Var) and term in producers:
                self.children.append((position, -2, producers[term]))
        self.shallow = all(not isinstance(test, Prefilter) for _, _, test in self.children)
        """Whether :meth:`accepts_shape` decides the whole test (no nested op patterns)."""

    def accepts_class(self, cls: type) -> bool:
        found = self._accepts.get(cls)
        if found is None:
            found = self._accepts[cls] = issubclass(cls, self.classes)
        return found

    def __call__(self, op: Operation) -> bool:
        if not self.accepts_class(type(op)):
            return False
        operands = op.operands
        if len(operands) != self.arity:
            return False
        return all(_producer_may_match(operands[i], index, sub) for i, index, sub in self.children)


    def accepts_shape(self, shape: Sequence[OperandShape]) -> bool:
        """The part of the test decided by the operands' shapes (:func:`operand_shape`): the
        operand count, and the class, result index and result count of each operand's producer.
        (The root class is checked apart; nested patterns' own operands are not looked at.)"""
        if len(shape) != self.arity:
            return False
        return all(_shape_may_match(shape[i], index, test) for i, index, test in self.children)


OperandShape = type | tuple[type, int, int]
"""What the pre-test looks at in an operand: the producer's class, result index and result
count, or the class of the block owning a block argument."""


_IS_RESULT: dict[type, bool] = {}
"""SSA value class -> whether it is an op result (xDSL's IR classes are ABCs: ``isinstance`` on
them is slow, and this runs for every operand of every op in each sweep)."""


def operand_shape(value: SSAValue) -> OperandShape:
    """The :data:`OperandShape` of ``value``."""
    cls = value.__class__
    is_result = _IS_RESULT.get(cls)
    if is_result is None:
        is_result = _IS_RESULT[cls] = issubclass(cls, OpResult)
    if is_result:
        owner = value.op  # type: ignore[attr-defined]
        return (owner.__class__, value.index, len(owner.results))  # type: ignore[attr-defined]
    return value.owner.__class__


def _shape_may_match(shape: OperandShape, index: int, test: Prefilter | tuple[type[Operation], ...]) -> bool:
    if isinstance(test, tuple):  # a constraint's producer classes
        return issubclass(shape[0] if isinstance(shape, tuple) else shape, test)
    if not isinstance(shape, tuple):  # a block argument
        return False
    cls, result_index, result_count = shape
    if index < 0:  # a nested op pattern: a single-result op
        return result_count == 1 and test.accepts_class(cls)
    return result_index == index and test.accepts_class(cls)


def _producer_may_match(value: SSAValue, index: int, test: Prefilter | tuple[type[Operation], ...]) -> bool:
    owner = value.owner
    if isinstance(test, tuple):  # a constraint's producer classes
        return isinstance(owner, test)
    if not isinstance(owner, Operation):
        return False
    if index < 0:  # a nested op pattern: a single-result op
        return len(owner.results) == 1 and test(owner)
    return isinstance(value, OpResult) and value.index == index and test(owner)


def check_constraints(checks: tuple[Check, ...], m: Match) -> Check | None:
    """The first constraint that does not hold, or ``None`` when all hold."""
    for check in checks:
        if not check.fn(*(m.resolve(a) for a in check.args)):
            return check
    return None


def match_pattern(source: OpPattern, root: Operation) -> Match | None:
    """Match ``source`` rooted at ``root``; the bindings, or ``None``."""
    m = match_explained(source, root)
    return m if not m.failure else None


def match_explained(source: OpPattern, root: Operation) -> Match:
    """Match ``source`` rooted at ``root``; ``m.failure`` says why it failed (empty on success)."""
    m = Match(root)
    if not match_op(source, root, m) and not m.failure:
        m.failure = "source did not match"
    return m
