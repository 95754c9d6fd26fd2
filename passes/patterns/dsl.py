"""The terms of ember's declarative rewrite language: variables, op patterns, constraints, targets.

A rewrite is written as data, in the spirit of MLIR's DRR and TVM Relax's dataflow patterns::

    x, p, q = Var("x"), Var("p"), Var("q")
    Pattern(
        "transpose-of-transpose-identity",
        source=op(TransposeOp, op(TransposeOp, x, perm=p), perm=q),
        target=x,
        where=[perms_compose_to_identity(p, q)],
    )

- a **source** is a tree (a DAG when a sub-pattern object is used twice) of :class:`OpPattern` s
  keyed by op class; its leaves are :class:`Var` s. A variable binds whatever sits at its
  position: an SSA value (operand position), a property value (``perm=p``, bound as a Python
  value: tuples of ints, int, float, str), or a result type (``op(...).typed(t)``). A variable used
  twice must bind the same thing both times (``op(SubOp, x, x)``);
- **constraints** (:func:`constraint`) are named Python predicates over bound variables;
- a **target** is a tree of ops built from the bindings (with :func:`compute` for new properties
  or new constants), or a Python function ``fn(match, rewriter)`` for the irregular case.

Nothing here touches IR: :mod:`ember.passes.patterns.matcher` matches, and
:mod:`ember.passes.patterns.compile` turns a :class:`Pattern` into an xDSL ``RewritePattern``.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, overload

from xdsl.ir import Attribute, Operation, SSAValue

from ember.diagnostics import EmberError

if TYPE_CHECKING:
    from xdsl.pattern_rewriter import PatternRewriter

    from ember.passes.patterns.matcher import Match

_ids = itertools.count()


class PatternError(EmberError):
    """A pattern is malformed (found when it is declared or compiled, not when it runs)."""


@dataclass(eq=False)
class Var:
    """A pattern variable: binds a value, a property value or a type, by position."""

    name: str

    def __repr__(self) -> str:
        return f"${self.name}"


@dataclass(eq=False)
class Wildcard:
    """Matches any operand without binding it (``_`` in DRR)."""

    def __repr__(self) -> str:
        return "_"


ANY = Wildcard()
"""The operand wildcard."""


@dataclass(eq=False)
class OpPattern:
    """Matches (source) or builds (target) one op of ``op_class`` with the given operands/props.

    In a source, ``op_class`` may be a tuple of classes (any of them matches); operands are
    matched positionally and their number must equal the op's operand count (so a
    pattern over ``graph.conv`` with two operands only matches convs without a bias).
    """

    op_class: type[Operation] | tuple[type[Operation], ...]
    operands: tuple[Term, ...]
    props: dict[str, Any]
    type_var: Var | Attribute | None = None
    bound: Var | None = None
    uid: int = field(default_factory=lambda: next(_ids))

    def typed(self, t: Var | Attribute) -> OpPattern:
        """Bind (source) or set (target) the result type; a tuple of types for multi-result ops."""
        self.type_var = t
        return self

    def bind(self, var: Var) -> OpPattern:
        """Also bind the matched op's single result (or the op itself if it has several) to ``var``."""
        self.bound = var
        return self

    def result(self, index: int) -> ResultPattern:
        """Refer to result ``index`` of a multi-result op (e.g. one piece of ``graph.split``)."""
        return ResultPattern(self, index)

    @property
    def classes(self) -> tuple[type[Operation], ...]:
        return self.op_class if isinstance(self.op_class, tuple) else (self.op_class,)

    def __repr__(self) -> str:
        names = "|".join(c.__name__ for c in self.classes)
        args = [repr(o) for o in self.operands] + [f"{k}={v!r}" for k, v in self.props.items()]
        return f"{names}({', '.join(args)})"


@dataclass(eq=False)
class ResultPattern:
    """Result ``index`` of the op matched by ``op``: the way to match multi-result ops."""

    op: OpPattern
    index: int

    def __repr__(self) -> str:
        return f"{self.op!r}#{self.index}"


def op(op_class: type[Operation] | tuple[type[Operation], ...], *operands: Term, **props: Any) -> OpPattern:
    """An op pattern: ``op(TransposeOp, x, perm=p)``.

    Operands are :class:`Var`, :data:`ANY`, nested op patterns or ``pattern.result(i)``.
    Property values are a :class:`Var` (binds the value), a literal Python value or attribute
    (must be equal; ``None`` means "absent"), or, in targets, :func:`compute` expressions.
    """
    for operand in operands:
        if not isinstance(operand, Var | Wildcard | OpPattern | ResultPattern | Compute):
            raise PatternError(f"operand {operand!r} of a pattern over {op_class} is not a pattern term")
    return OpPattern(op_class, tuple(operands), dict(props))


@dataclass(eq=False)
class Compute:
    """A target term computed in Python from bound variables at rewrite time.

    In a property position the result becomes an attribute (tuples of ints -> ``array<i64>``,
    int -> ``i64``, float -> ``f64``, str, or an ``Attribute`` as is); in an operand position a
    numpy array becomes a new ``graph.constant`` (a splat when all elements are equal) and an
    SSA value is used as is.
    """

    fn: Callable[..., Any]
    args: tuple[Any, ...]

    def __repr__(self) -> str:
        return f"{getattr(self.fn, '__name__', 'fn')}({', '.join(repr(a) for a in self.args)})"


def compute(fn: Callable[..., Any], *args: Any) -> Compute:
    """``compute(fn, p, q)``: call ``fn`` with the bound values of ``p`` and ``q`` (literals pass through)."""
    return Compute(fn, tuple(args))


def new_constant(value: Any, *args: Any) -> Compute:
    """A target operand that is a new ``graph.constant``: a fixed array, or ``fn(*bindings)``.

    ``new_constant(np.float32(0.5))`` is a scalar constant; ``new_constant(fn, c, t)`` calls ``fn``
    with the bindings of ``c`` and ``t`` and stores the array it returns.
    """
    if callable(value):
        return Compute(value, tuple(args))
    fixed = value
    return Compute(lambda: fixed, ())


def new_attr(value: Any, *args: Any) -> Compute:
    """A target property: a fixed Python value / attribute, or ``fn(*bindings)`` converted to one."""
    return new_constant(value, *args)


@dataclass(frozen=True, eq=False)
class Check:
    """A named constraint applied to arguments (variables or literals)."""

    name: str
    fn: Callable[..., bool]
    args: tuple[Any, ...]
    producer: tuple[type[Operation], ...] | None = None
    """When set, the constraint can only hold if its first argument is a value produced by an op
    of one of these classes (the driver's cheap pre-test uses it to skip hopeless matches)."""

    def __repr__(self) -> str:
        return f"{self.name}({', '.join(repr(a) for a in self.args)})"


Producer = type[Operation] | tuple[type[Operation], ...] | None


@overload
def constraint(fn: Callable[..., bool], /) -> Callable[..., Check]: ...
@overload
def constraint(*, producer: Producer = None) -> Callable[[Callable[..., bool]], Callable[..., Check]]: ...
def constraint(fn: Callable[..., bool] | None = None, /, *, producer: Producer = None) -> Any:
    """Decorator: turn a predicate into a constraint factory, used as ``where=[fn(x, p)]``.

    The predicate receives what each variable bound (an ``SSAValue``, a property's Python
    value, a type or an op) and any literal arguments unchanged. ``@constraint(producer=C)``
    declares that the predicate is false unless its first argument is a result of an op of
    class ``C`` (e.g. "is a splat constant"): patterns whose operand fails that are skipped
    cheaply, before matching.
    """
    classes = producer if isinstance(producer, tuple) or producer is None else (producer,)

    def wrap(predicate: Callable[..., bool]) -> Callable[..., Check]:
        def apply(*args: Any) -> Check:
            return Check(predicate.__name__, predicate, tuple(args), classes)

        apply.__name__ = predicate.__name__
        apply.__doc__ = predicate.__doc__
        apply.predicate = predicate  # type: ignore[attr-defined]
        return apply

    return wrap if fn is None else wrap(fn)


TargetFn = Callable[["Match", "PatternRewriter"], "SSAValue | Sequence[SSAValue] | None"]
Term = Var | Wildcard | OpPattern | ResultPattern | Compute
Target = Var | OpPattern | Compute | Sequence[Var | OpPattern | Compute] | TargetFn


@dataclass(eq=False)
class Pattern:
    """A named source -> target rewrite with constraints and a benefit (higher is tried first).

    ``target`` is a target term (or a sequence of them, one per result of the root op), or a
    Python function ``fn(match, rewriter)`` that builds ops with ``rewriter.insert(...)``
    (insertion point: before the root) and returns the replacement value(s), or ``None`` to
    decline the match.
    """

    name: str
    source: OpPattern
    target: Target
    where: Sequence[Check] = ()
    benefit: int = 1
    defined_at: str = field(default="", init=False, compare=False)
    """``file:line`` where the pattern was written (named by definition errors)."""

    def __post_init__(self) -> None:
        if not isinstance(self.source, OpPattern):
            raise PatternError(f"pattern '{self.name}': the source must be an op pattern, got {self.source!r}")
        for check in self.where:
            if not isinstance(check, Check):
                raise PatternError(
                    f"pattern '{self.name}': constraint {check!r} is not a Check; "
                    "declare predicates with @constraint and call them on variables"
                )
        self.where = tuple(self.where)
        from ember.passes.patterns.definition_checks import check_pattern, definition_site

        self.defined_at = definition_site()
        check_pattern(self.name, self.source, self.target, self.where, self.defined_at)

    def __repr__(self) -> str:
        return f"Pattern({self.name!r}: {self.source!r})"


def rewrite(
    source: OpPattern, *, name: str | None = None, where: Sequence[Check] = (), benefit: int = 1
) -> Callable[[TargetFn], Pattern]:
    """Decorator: a pattern whose target is the decorated Python function ``fn(match, rewriter)``."""

    def wrap(fn: TargetFn) -> Pattern:
        return Pattern(name or fn.__name__.replace("_", "-"), source, fn, where, benefit)

    return wrap


__all__ = [
    "ANY",
    "Check",
    "Compute",
    "OpPattern",
    "Pattern",
    "PatternError",
    "ResultPattern",
    "Var",
    "Wildcard",
    "compute",
    "constraint",
    "new_attr",
    "new_constant",
    "op",
    "rewrite",
]
