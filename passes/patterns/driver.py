"""The greedy pattern driver: apply a set of patterns to a fixpoint, deterministically, with a bound.

Each *iteration* takes a snapshot of the ops under the module (program order), then visits them
in that order; ops erased or detached meanwhile are skipped, so no block is mutated while it is
being iterated. At each op the patterns are tried in a fixed order (higher benefit first, then
declaration order) and the first that changes the IR wins; unused side-effect-free ops are
erased (dead-code removal, as MLIR's greedy driver does). Iterations repeat until one changes
nothing; if ``max_iterations`` pass without reaching that fixpoint, the driver raises a
`PassError` naming the pass and the patterns that were still firing (they probably undo each
other).

``--debug-rewrites`` (ember-opt) turns on :func:`set_rewrite_debug`: every rewrite prints
``[rewrite] <pass>: <pattern> on '<op>' at <file:line:col>`` on stderr, and every declarative
pattern tried on an op of its root class that declines prints
``[decline] <pass>: <pattern> on '<op>' at <file:line:col>: <reason>`` (an operand not produced
by the expected op, a property or type that differs, a ``where=`` constraint that is false, a
target that declined, a replacement of another type).
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TextIO

from xdsl.ir import Operation
from xdsl.pattern_rewriter import PatternRewriter, RewritePattern
from xdsl.rewriter import InsertPoint
from xdsl.transforms.dead_code_elimination import would_be_trivially_dead
from xdsl.utils.exceptions import DiagnosticException

from ember.diagnostics import PassError, op_location
from ember.dialects.graph.dims import function_ranges
from ember.passes.patterns.compile import (
    CompiledPattern,
    compile_pattern,
    pattern_benefit,
    pattern_name,
    root_classes,
)
from ember.passes.patterns.definition_checks import plugin_error
from ember.passes.patterns.dsl import Pattern
from ember.passes.patterns.matcher import Prefilter, operand_shape
from ember.passes.patterns.walk import ops_under
from ember.symbolic import SymbolicDimError, assuming

Locator = Callable[[Operation], str]
Candidate = tuple[RewritePattern, Callable[[Operation], bool] | None]
"""A pattern and the cheap necessary test to run before it (``None``: none left to run)."""


@dataclass
class _DebugConfig:
    stream: TextIO | None = None
    locate: Locator | None = None


_DEBUG = _DebugConfig()


def set_rewrite_debug(stream: TextIO | None = sys.stderr, locate: Locator | None = None) -> None:
    """Print every rewrite to ``stream`` (``None`` turns it off); ``locate`` names an op's source."""
    _DEBUG.stream = stream
    _DEBUG.locate = locate


def debug_note(text: str) -> None:
    """Print ``[rewrite] text`` under ``--debug-rewrites`` (e.g. a pass run skipped)."""
    if _DEBUG.stream is not None:
        print(f"[rewrite] {text}", file=_DEBUG.stream)


def _where(op: Operation) -> str:
    if _DEBUG.locate is not None:
        text = _DEBUG.locate(op)
        if text:
            return f" at {text}"
    return op_location(op)


@dataclass
class RewriteStats:
    """What a driver run did: iterations used and how often each pattern fired."""

    iterations: int
    fired: Counter[str]
    erased_dead: int

    @property
    def changed(self) -> bool:
        return bool(self.fired) or self.erased_dead > 0


class GreedyDriver:
    """Apply ``patterns`` under ``root`` to a fixpoint (see the module docstring)."""

    def __init__(
        self,
        patterns: Sequence[Pattern | RewritePattern],
        pass_name: str,
        max_iterations: int = 32,
        erase_dead: bool = True,
    ) -> None:
        compiled = [compile_pattern(p) for p in patterns]
        order = sorted(range(len(compiled)), key=lambda i: (-pattern_benefit(compiled[i]), i))
        self.patterns = [compiled[i] for i in order]
        self.pass_name = pass_name
        self.max_iterations = max_iterations
        self.erase_dead = erase_dead
        self._by_class: dict[type[Operation], list[Candidate]] = {}
        self._by_shape: dict[tuple[object, ...], list[Candidate]] = {}

    def _candidates(self, op: Operation) -> list[Candidate]:
        """The patterns that may apply to ops of ``op``'s class, each with its cheap pre-test."""
        cls = type(op)
        found = self._by_class.get(cls)
        if found is None:
            found = [(p, getattr(p, "may_match", None)) for p in self.patterns if issubclass(cls, root_classes(p))]
            self._by_class[cls] = found
        return found

    def _shaped_candidates(self, op: Operation) -> list[Candidate]:
        """The candidates left after the part of their pre-tests that the op's class and its
        operands' producers decide (cached by those), each with what remains of its test."""
        key = (type(op), *map(operand_shape, op._operands))  # pyright: ignore[reportPrivateUsage]
        found = self._by_shape.get(key)
        if found is None:
            found = []
            for pattern, test in self._candidates(op):
                if isinstance(test, Prefilter):
                    if not test.accepts_shape(key[1:]):
                        continue
                    test = None if test.shallow else test
                found.append((pattern, test))
            self._by_shape[key] = found
        return found

    def run(self, root: Operation) -> RewriteStats:
        with assuming(function_ranges(root)):  # the symbol ranges the function declares
            return self._run(root)

    def _run(self, root: Operation) -> RewriteStats:
        stats = RewriteStats(0, Counter(), 0)
        recent: list[Counter[str]] = []
        for iteration in range(1, self.max_iterations + 1):
            stats.iterations = iteration
            fired_now: Counter[str] = Counter()
            erased = self._iterate(root, fired_now)
            stats.fired.update(fired_now)
            stats.erased_dead += erased
            if not fired_now and not erased:
                self._report(stats)
                return stats
            recent = [*recent[-2:], fired_now]
        raise self._bound_error(sum(recent, Counter()))

    def _iterate(self, root: Operation, fired: Counter[str]) -> int:
        """One forward sweep applying patterns, then one backward sweep erasing dead ops."""
        for op in ops_under(root):
            if op is root or not _attached(op, root):
                continue
            name = self._apply_first(op)
            if name is not None:
                fired[name] += 1
        if not self.erase_dead:
            return 0
        erased = 0
        for op in ops_under(root, reverse=True):
            if op is not root and _is_dead(op) and _attached(op, root):
                PatternRewriter(op).erase(op)
                erased += 1
        return erased

    def _apply_first(self, op: Operation) -> str | None:
        debugging = _DEBUG.stream is not None
        where = _where(op) if debugging else ""
        op_name = op.name
        rewriter: PatternRewriter | None = None  # one per op, shared by the patterns that decline
        start: InsertPoint | None = None
        candidates = self._candidates(op) if debugging else self._shaped_candidates(op)
        for pattern, test in candidates:
            if not debugging and test is not None and not test(op):
                continue  # cannot match (a cheap necessary test); --debug-rewrites still explains
            if rewriter is None:
                rewriter = PatternRewriter(op)
                start = rewriter.insertion_point
            elif rewriter.insertion_point is not start:  # a declining pattern moved it: as fresh
                rewriter.insertion_point = start  # type: ignore[assignment]
            if self._try(pattern, op, rewriter):
                name = pattern_name(pattern)
                if debugging:
                    print(f"[rewrite] {self.pass_name}: {name} on '{op_name}'{where}", file=_DEBUG.stream)
                return name
            self._explain_decline(pattern, op_name, where)
        return None

    @staticmethod
    def _try(pattern: RewritePattern, op: Operation, rewriter: PatternRewriter) -> bool:
        """Apply one pattern at ``op``; whether it changed the IR."""
        op_name = op.name
        try:
            pattern.match_and_rewrite(op, rewriter)
        except SymbolicDimError:  # the pattern needs a static size here: it does not apply
            if rewriter.has_done_action:
                raise
            return False
        except (DiagnosticException, RecursionError):
            raise
        except Exception as error:  # a plugin's constraint, compute or target function
            located = plugin_error(error, f"pattern '{pattern_name(pattern)}' on '{op_name}'")
            if located is None:
                raise
            raise located from error
        return rewriter.has_done_action

    def _explain_decline(self, pattern: RewritePattern, op_name: str, where: str) -> None:
        """Under --debug-rewrites: why a declarative pattern whose root class matched declined."""
        if _DEBUG.stream is None or not isinstance(pattern, CompiledPattern) or not pattern.last_failure:
            return
        print(
            f"[decline] {self.pass_name}: {pattern_name(pattern)} on '{op_name}'{where}: {pattern.last_failure}",
            file=_DEBUG.stream,
        )

    def _report(self, stats: RewriteStats) -> None:
        if _DEBUG.stream is None:
            return
        total = sum(stats.fired.values())
        print(
            f"[rewrite] {self.pass_name}: {total} rewrite(s), {stats.erased_dead} dead op(s) erased, "
            f"fixpoint after {stats.iterations} iteration(s)",
            file=_DEBUG.stream,
        )

    def _bound_error(self, fired: Counter[str]) -> PassError:
        firing = ", ".join(f"{name} (x{count})" for name, count in sorted(fired.items())) or "none"
        return PassError(
            f"{self.pass_name}: rewriting did not reach a fixpoint after {self.max_iterations} "
            f"iterations; still firing in the last ones: {firing}; these patterns probably undo "
            f"each other (or raise the bound: {self.pass_name}{{max-iterations=N}})"
        )


def _attached(op: Operation, root: Operation) -> bool:
    block = op.parent
    if block is None:
        return False
    region = block.parent
    if region is not None and region.parent is root:  # the common case: directly in root's body
        return True
    current: Operation | None = op
    while current is not None and current is not root:
        if current.parent is None:
            return False
        current = current.parent_op()
    return current is root


def _is_dead(op: Operation) -> bool:
    results = op.results
    return bool(results) and all(r.first_use is None for r in results) and would_be_trivially_dead(op)


def apply_patterns(
    root: Operation,
    patterns: Sequence[Pattern | RewritePattern],
    pass_name: str = "apply-patterns",
    max_iterations: int = 32,
    erase_dead: bool = True,
) -> RewriteStats:
    """Greedily apply ``patterns`` (declarative or xDSL) under ``root`` until nothing changes."""
    return GreedyDriver(patterns, pass_name, max_iterations, erase_dead).run(root)
