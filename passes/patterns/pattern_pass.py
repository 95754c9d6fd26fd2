"""Passes made of patterns: the :class:`PatternPass` base and :func:`pattern_pass` shortcut.

A pattern pass is an ordinary xDSL ``ModulePass`` (a frozen dataclass whose fields are its
options, ``-p NAME{max-iterations=8}``) whose ``apply`` runs the greedy driver over its patterns,
declarative and imperative alike. Register it with ``@register_pass`` (class form) or let
:func:`pattern_pass` build and register one from a list (the ten-line plugin form).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass
from xdsl.pattern_rewriter import RewritePattern

from ember.passes.patterns.driver import apply_patterns
from ember.passes.patterns.dsl import Pattern, PatternError
from ember.registry import register_pass


@dataclass(frozen=True)
class PatternPass(ModulePass):
    """Apply a set of rewrite patterns greedily to a fixpoint."""

    name = "pattern-pass"
    PATTERNS: ClassVar[Sequence[Pattern | RewritePattern]] = ()

    max_iterations: int = 32
    """Iterations over the module before the driver gives up with an error."""

    def patterns(self) -> Sequence[Pattern | RewritePattern]:
        """The patterns to apply; override to build them from the pass options."""
        return type(self).PATTERNS

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        apply_patterns(op, self.patterns(), pass_name=self.name, max_iterations=self.max_iterations)


def pattern_pass(
    name: str, patterns: Sequence[Pattern | RewritePattern], summary: str, register: bool = True
) -> type[PatternPass]:
    """Create (and register) a pattern pass named ``name`` whose ``--help`` line is ``summary``."""
    if not name or name != name.lower() or " " in name:
        raise PatternError(f"pass name '{name}' must be kebab-case, e.g. 'my-simplify'")
    class_name = "".join(part.capitalize() for part in name.replace("_", "-").split("-")) + "Pass"
    namespace = {"name": name, "PATTERNS": tuple(patterns), "__doc__": summary, "__module__": __name__}
    cls = dataclass(frozen=True)(type(class_name, (PatternPass,), namespace))
    cls.__qualname__ = f"{class_name}[{name}]"
    return register_pass(cls) if register else cls


def pattern_catalog() -> dict[str, list[Pattern | RewritePattern]]:
    """The patterns of every registered pattern pass (plugins' included), by pass name."""
    from ember.registry import ember_passes

    catalog: dict[str, list[Pattern | RewritePattern]] = {}
    for name, cls in sorted(ember_passes().items()):
        if issubclass(cls, PatternPass):
            catalog[name] = list(cls().patterns())
    return catalog


def find_pattern(name: str) -> Pattern | RewritePattern | None:
    """The pattern called ``name`` in the first pattern pass (by pass name) that has one."""
    from ember.passes.patterns.compile import pattern_name

    for patterns in pattern_catalog().values():
        for pattern in patterns:
            if (pattern.name if isinstance(pattern, Pattern) else pattern_name(pattern)) == name:
                return pattern
    return None
