"""Matching a declarative source pattern against IR, and the :class:`Match` it produces.

Matching is a recursive walk from the root op down the operand edges; a failed sub-match fails
the whole match (patterns have no alternatives, so there is no backtracking). A :class:`Match`
holds what each variable bound; target builders and Python targets read it with ``m[x]``.
Matching never mutates IR.
"""

from __future__ import annotations

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


def match_op(pattern: OpPattern, op: Operation, m: Match) -> bool:
    """Match ``op`` against ``pattern``, extending ``m``; ``False`` on any mismatch."""
    if not isinstance(op, pattern.classes):
        return False
    previous = m.ops.get(pattern.uid)
    if previous is not None:
        return previous is op
    if len(op.operands) != len(pattern.operands):
        return False
    m.ops[pattern.uid] = op
    if not all(match_value(sub, value, m) for sub, value in zip(pattern.operands, op.operands, strict=True)):
        return False
    if not all(_match_prop(op, name, expected, m) for name, expected in pattern.props.items()):
        return False
    if not _match_type(pattern, op, m):
        return False
    if pattern.bound is not None:
        return m.bind(pattern.bound, op.results[0] if len(op.results) == 1 else op)
    return True


def _match_prop(op: Operation, name: str, expected: Any, m: Match) -> bool:
    attr = _property(op, name)
    if isinstance(expected, Var):
        return m.bind(expected, attr_to_py(attr), attr, is_attr=True)
    return _literal_equal(attr, expected)


def _match_type(pattern: OpPattern, op: Operation, m: Match) -> bool:
    if pattern.type_var is None:
        return True
    types = tuple(r.type for r in op.results)
    actual = types[0] if len(types) == 1 else types
    if isinstance(pattern.type_var, Var):
        return m.bind(pattern.type_var, actual)
    return actual == pattern.type_var


def match_value(term: Any, value: SSAValue, m: Match) -> bool:
    """Match one operand value against a term (variable, wildcard, op or result pattern)."""
    if isinstance(term, Wildcard):
        return True
    if isinstance(term, Var):
        return m.bind(term, value)
    if isinstance(term, ResultPattern):
        return isinstance(value, OpResult) and value.index == term.index and match_op(term.op, value.op, m)
    if isinstance(term, OpPattern):
        owner = value.owner
        return isinstance(owner, Operation) and len(owner.results) == 1 and match_op(term, owner, m)
    raise PatternError(f"{term!r} cannot appear in a source pattern")


def check_constraints(checks: tuple[Check, ...], m: Match) -> Check | None:
    """The first constraint that does not hold, or ``None`` when all hold."""
    for check in checks:
        if not check.fn(*(m.resolve(a) for a in check.args)):
            return check
    return None


def match_pattern(source: OpPattern, root: Operation) -> Match | None:
    """Match ``source`` rooted at ``root``; the bindings, or ``None``."""
    m = Match(root)
    return m if match_op(source, root, m) else None
