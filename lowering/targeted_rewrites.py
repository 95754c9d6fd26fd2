"""Rewrites applied to the ops they are for, not by a greedy walk over the whole module.

Shared by lowering passes whose patterns match a few op classes in a module of tens of thousands
of ops (``lower-affine``, ``convert-scf-to-cf``). xDSL's ``PatternRewriteWalker`` pushes every op
of the module on a worklist, tries every pattern on each and tests each for dead code: on
ResNet-50's loop stage that is three quarters of those passes' time. Here the ops of the
patterns' classes are collected in one walk and each is rewritten in program order, an op before
the ops nested in it (the walker's order); then the ops with unused results and no side effects
are erased, users before the ops they use, as the walker's dead-code test would have.
"""

from __future__ import annotations

from collections.abc import Sequence

from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Operation
from xdsl.pattern_rewriter import PatternRewriter, RewritePattern
from xdsl.transforms.dead_code_elimination import is_trivially_dead

Rows = Sequence[tuple[type[Operation], RewritePattern]]
"""(op class, the pattern that rewrites its ops)."""


def _pattern(op: Operation, rows: Rows) -> RewritePattern | None:
    for source, pattern in rows:
        if isinstance(op, source):
            return pattern
    return None


def rewrite_ops(module: ModuleOp, rows: Rows) -> None:
    """Apply each op's row to every op of ``module`` that has one (ops present before the first
    rewrite; ops a rewrite creates are not revisited), outer ops first."""
    pending = [(op, pattern) for op in module.walk() if (pattern := _pattern(op, rows)) is not None]
    for op, pattern in pending:
        if op.parent is not None:
            pattern.match_and_rewrite(op, PatternRewriter(op))


def erase_dead_ops(module: ModuleOp) -> None:
    """Erase every op with results, none of them used, and no side effects; users before the
    ops they use (reverse program order), so whole dead chains go."""
    for op in reversed(list(module.walk())):
        if op.results and not any(r.uses for r in op.results) and is_trivially_dead(op):
            op.detach()
            op.erase()
