"""``apply-patterns``: run individual named patterns, taken from any registered pattern pass.

Every pattern of every pattern pass (ember's and plugins') is addressable by its name, so one
rewrite can be tried or tested in isolation:
``ember-opt x.mlir -p "apply-patterns{patterns=transpose-of-transpose,reshape-of-reshape}"``.
``ember-opt --help`` lists the pattern names of each pass. When two passes share a pattern name,
the pass that sorts first provides it.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass
from xdsl.pattern_rewriter import RewritePattern

from ember.diagnostics import PassError
from ember.passes.patterns import Pattern, apply_patterns
from ember.passes.patterns.compile import pattern_name
from ember.passes.patterns.pattern_pass import find_pattern, pattern_catalog
from ember.registry import register_pass


def all_pattern_names() -> list[str]:
    """Every pattern name of every registered pattern pass, sorted."""
    catalog = pattern_catalog().values()
    return sorted({p.name if isinstance(p, Pattern) else pattern_name(p) for ps in catalog for p in ps})


@register_pass
@dataclass(frozen=True)
class ApplyPatternsPass(ModulePass):
    """Apply the named patterns of any pattern pass, e.g. apply-patterns{patterns=relu-idempotent}.

    Pre-condition: none beyond the patterns' own. Post-condition: none of the named patterns
    applies any more.
    """

    name = "apply-patterns"

    patterns: tuple[str, ...] = ()
    """Names of the patterns to apply (see ``ember-opt --help``)."""

    max_iterations: int = 32

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        chosen: list[Pattern | RewritePattern] = []
        for wanted in self.patterns:
            found = find_pattern(wanted)
            if found is None:
                close = difflib.get_close_matches(wanted, all_pattern_names(), n=3)
                hint = f"did you mean {', '.join(close)}?" if close else "see ember-opt --help for pattern names"
                raise PassError(f"{self.name}: unknown pattern '{wanted}'; {hint}")
            chosen.append(found)
        if not chosen:
            raise PassError(f"{self.name}: no patterns given; use {self.name}{{patterns=NAME,...}}")
        apply_patterns(op, chosen, pass_name=self.name, max_iterations=self.max_iterations)
