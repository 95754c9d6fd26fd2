"""Passes made of patterns: the :class:`PatternPass` base and :func:`pattern_pass` shortcut.

A pattern pass is an ordinary xDSL ``ModulePass`` (a frozen dataclass whose fields are its
options, ``-p NAME{max-iterations=8}``) whose ``apply`` runs the greedy driver over its patterns,
declarative and imperative alike. Register it with ``@register_pass`` (class form) or let
:func:`pattern_pass` build and register one from a list (the ten-line plugin form).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from xdsl.context import Context
from xdsl.dialects import func
from xdsl.dialects.builtin import ModuleOp, TensorType
from xdsl.ir import Operation
from xdsl.passes import ModulePass
from xdsl.pattern_rewriter import RewritePattern

from ember.pass_report import report_unchanged
from ember.passes.patterns.driver import RewriteStats, apply_patterns, debug_note
from ember.passes.patterns.dsl import Pattern, PatternError
from ember.passes.patterns.fixpoint_memo import (
    at_fixpoint,
    fixpoint_known,
    ir_state,
    record_fixpoint,
)
from ember.registry import register_pass


@dataclass(frozen=True)
class PatternPass(ModulePass):
    """Apply a set of rewrite patterns greedily to a fixpoint."""

    name = "pattern-pass"
    PATTERNS: ClassVar[Sequence[Pattern | RewritePattern]] = ()
    TENSOR_FUNCTIONS_ONLY: ClassVar[bool] = False
    """Graph-stage passes set this: they rewrite only functions whose arguments and results are
    all ranked tensors and leave other functions (memref, scalar, vector signatures) alone."""
    FUNCTION_LOCAL: ClassVar[bool] = False
    """Set when the patterns read nothing but the IR under the function (or module) they rewrite
    (no other function, no Python state): the pass then remembers where it reached its fixpoint
    and skips a run on IR unchanged since, with the same options (``fixpoint_memo``). That costs
    a snapshot of the function per run (a few microseconds per op), so it pays for passes that
    are often rerun on unchanged IR, such as the first stage of ``graph-optimize``'s round."""

    max_iterations: int = 32
    """Iterations over the module before the driver gives up with an error."""

    def patterns(self) -> Sequence[Pattern | RewritePattern]:
        """The patterns to apply; override to build them from the pass options."""
        return type(self).PATTERNS

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        changed = self.run_patterns(op, self.max_iterations).changed
        if not changed and type(self).apply is PatternPass.apply:  # (an override may do more)
            report_unchanged(op, self)  # no rewrite fired, nothing erased: no need to verify again

    def run_patterns(self, module: ModuleOp, max_iterations: int) -> RewriteStats:
        """Run the patterns to a fixpoint over the module (or over each tensor function)."""
        if not self.TENSOR_FUNCTIONS_ONLY:
            return self._run_on(module, max_iterations)
        total = RewriteStats(0, Counter(), 0)
        for fn in tensor_functions(module):
            stats = self._run_on(fn, max_iterations)
            total.iterations = max(total.iterations, stats.iterations)
            total.fired.update(stats.fired)
            total.erased_dead += stats.erased_dead
        return total

    def _run_on(self, root: Operation, max_iterations: int) -> RewriteStats:
        if not self.FUNCTION_LOCAL:
            return apply_patterns(root, self.patterns(), pass_name=self.name, max_iterations=max_iterations)
        state = ir_state(root) if fixpoint_known(root, self) else None
        if state is not None and at_fixpoint(root, self, state):
            debug_note(f"{self.name}: skipped, '{root.name}' is unchanged since this pass's last fixpoint on it")
            return RewriteStats(0, Counter(), 0)
        stats = apply_patterns(root, self.patterns(), pass_name=self.name, max_iterations=max_iterations)
        record_fixpoint(root, self, state if state is not None and not stats.changed else ir_state(root))
        return stats


def tensor_functions(module: ModuleOp) -> list[func.FuncOp]:
    """The defined functions of ``module`` whose arguments and results are all ranked tensors
    (the graph stage); functions at other stages or on scalars are not graph functions."""
    found = []
    for fn in module.ops:
        if not isinstance(fn, func.FuncOp) or fn.is_declaration:
            continue
        types = (*fn.function_type.inputs.data, *fn.function_type.outputs.data)
        if all(isinstance(t, TensorType) for t in types):
            found.append(fn)
    return found


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
