"""Checks on a declarative pattern when it is defined (so when its pass is built), instead of
when it first matches or, worse, never: every property named in an op pattern exists on the op
class, every op pattern has as many operands as the op takes (when that number is fixed), and
every variable the target uses is bound by the source. Errors name the pattern and the file and
line where it was written (a plugin's own file).

Called by ``dsl.Pattern.__post_init__``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from xdsl.irdl import IRDLOperation, OptionalDef, VariadicDef

from ember.diagnostics import user_frame
from ember.passes.patterns.dsl import Compute, OpPattern, PatternError, ResultPattern, Var

_HERE = {str(Path(__file__).with_name(name)) for name in ("dsl.py", "definition_checks.py")}


def definition_site() -> str:
    """``file:line`` of the first caller outside the pattern DSL (where the pattern is written)."""
    frame = sys._getframe(1)
    while frame is not None and (frame.f_code.co_filename in _HERE or "dataclasses" in frame.f_code.co_filename
                                 or frame.f_code.co_filename.startswith("<string>")):  # fmt: skip
        frame = frame.f_back  # type: ignore[assignment]
    return f"{frame.f_code.co_filename}:{frame.f_lineno}" if frame is not None else "<unknown>"


def _op_patterns(term: Any) -> Iterator[OpPattern]:
    stack = [term]
    seen: set[int] = set()
    while stack:
        current = stack.pop()
        if isinstance(current, ResultPattern):
            current = current.op
        if isinstance(current, list | tuple):
            stack.extend(current)
        elif isinstance(current, OpPattern) and id(current) not in seen:
            seen.add(id(current))
            yield current
            stack.extend(current.operands)
            stack.extend(current.props.values())
        elif isinstance(current, Compute):
            stack.extend(current.args)


def _vars(term: Any) -> Iterator[Var]:
    stack = [term]
    while stack:
        current = stack.pop()
        if isinstance(current, Var):
            yield current
        elif isinstance(current, ResultPattern):
            stack.append(current.op)
        elif isinstance(current, list | tuple):
            stack.extend(current)
        elif isinstance(current, OpPattern):
            stack.extend(current.operands)
            stack.extend(current.props.values())
            stack.extend(x for x in (current.type_var, current.bound) if x is not None)
        elif isinstance(current, Compute):
            stack.extend(current.args)


def _op_problem(pattern: OpPattern) -> str | None:
    for cls in pattern.classes:
        if not (isinstance(cls, type) and issubclass(cls, IRDLOperation)):
            continue
        definition = cls.get_irdl_definition()
        known = set(definition.properties) | set(definition.attributes)
        for name in pattern.props:
            if name not in known:
                names = ", ".join(sorted(known)) or "none"
                return f"'{cls.name}' has no property '{name}' (its properties: {names})"
        fixed = not any(isinstance(d, VariadicDef | OptionalDef) for _, d in definition.operands)
        if fixed and len(pattern.operands) != len(definition.operands):
            return f"'{cls.name}' takes {len(definition.operands)} operand(s), the pattern gives {len(pattern.operands)}"
    return None


def check_pattern(name: str, source: OpPattern, target: Any, where: tuple[Any, ...], site: str) -> None:
    """Raise a `PatternError` naming pattern ``name`` and ``site`` if the definition is wrong."""
    for op_pattern in (*_op_patterns(source), *(_op_patterns(target) if not callable(target) else ())):
        problem = _op_problem(op_pattern)
        if problem is not None:
            raise PatternError(f"{site}: error: pattern '{name}': {problem}")
    if callable(target) and not isinstance(target, Var | OpPattern | Compute):
        return
    bound = {id(v) for v in _vars(source)}
    for var in _vars(target):
        if id(var) not in bound:
            raise PatternError(f"{site}: error: pattern '{name}': target variable {var!r} is not bound by the source")
    del where


def plugin_error(error: Exception, what: str) -> PatternError | None:
    """A located error for ``error`` raised by plugin code while doing ``what`` (None when it
    was not plugin code: then it is ember's bug and stays an internal error)."""
    site = user_frame(error)
    if site is None:
        return None
    return PatternError(f"{site}: error: {what}: {type(error).__name__}: {error}")
