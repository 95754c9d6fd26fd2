"""``cse``: xDSL's common subexpression elimination, told apart from a no-op by a cheap pre-test.

Any stage (``graph-optimize`` runs it twice per round). The pass is xDSL's ``cse`` (same name,
same rewrites: this module only shadows it in ember's pass table). xDSL's pass hashes every op's
name, attributes, properties, result types and operands; it merges two ops only if their names
and operands are the same, and it also erases ops that are trivially dead. So when no two ops
under the module have the same name and the same operand values, and every op is provably live
(``passes/dce.py``), it would change nothing: it is not run and the pass reports the module
unchanged (``pass_report``: ``ember-opt`` then skips the verification after it). The test costs
a microsecond or two per op, against about thirty for xDSL's pass; ops that could merge (two
constants, two uses of one value by one op kind) run xDSL's pass.

Pre-condition: none. Post-condition: as xDSL's ``cse``.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp
from xdsl.transforms.common_subexpression_elimination import CommonSubexpressionElimination

from ember.pass_report import report_unchanged
from ember.passes.dce import provably_all_live
from ember.passes.patterns.walk import ops_under
from ember.registry import register_pass


def nothing_to_merge(module: ModuleOp) -> bool:
    """True only if no two ops under ``module`` have the same name and operand values (the
    module op itself aside), the necessary condition of a merge by xDSL's ``cse``."""
    seen: set[tuple[object, ...]] = set()
    for op in ops_under(module):
        key = (op.name, *op._operands)  # pyright: ignore[reportPrivateUsage]
        if key in seen:
            return False  # (at the first candidate pair: then xDSL's pass runs)
        seen.add(key)
    return True


@register_pass
@dataclass(frozen=True)
class CsePass(CommonSubexpressionElimination):
    """Merge identical side-effect-free ops (xDSL's cse; a cheap pre-test skips a run that would merge nothing)."""

    name = "cse"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        if nothing_to_merge(op) and provably_all_live(op):
            report_unchanged(op, self)
            return
        super().apply(ctx, op)
