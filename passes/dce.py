"""``dce``: xDSL's dead code elimination, told apart from a no-op by a cheap pre-test.

Any stage (``graph-optimize`` runs it once per round). The pass is xDSL's ``dce`` (same name,
same rewrites: this module only shadows it in ember's pass table); before running xDSL's
liveness fixpoint it checks, in one backward sweep, whether every op is provably live, using
xDSL's own rules (an op is live if it may have an effect beyond its results, or if a live op
uses one of its results). When every op is and no non-entry block is empty, xDSL's pass would
erase nothing, so it is not run and the pass reports the module unchanged (``pass_report``:
``ember-opt`` then skips the verification after it). The sweep costs about a microsecond per
op, against tens for xDSL's pass; any doubt (a dead op, a use not yet seen live because of block
order) runs xDSL's pass.

Pre-condition: none. Post-condition: as xDSL's ``dce``.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Operation
from xdsl.transforms.dead_code_elimination import DeadCodeElimination, would_be_trivially_dead

from ember.pass_report import report_unchanged
from ember.passes.patterns.walk import ops_under
from ember.registry import register_pass


def _used_by_live(op: Operation, live: set[Operation]) -> bool:
    for result in op.results:
        use = result.first_use
        while use is not None:
            if use._operation in live:  # pyright: ignore[reportPrivateUsage]
                return True
            use = use._next_use  # pyright: ignore[reportPrivateUsage]
    return False


def _has_empty_successor_block(op: Operation) -> bool:
    """Whether a region of ``op`` has an empty block after its entry (``dce`` erases those)."""
    return any(not block.ops for region in op.regions for block in list(region.blocks)[1:])


def provably_all_live(module: ModuleOp) -> bool:
    """True only if xDSL's ``dce`` would erase nothing under ``module``: every op is live by
    its rules, found in one sweep backwards (users before producers), and no non-entry block is
    empty. False means "not proven" (then the real pass runs)."""
    live: set[Operation] = {module}
    for op in ops_under(module, reverse=True)[1:]:
        if not _used_by_live(op, live) and would_be_trivially_dead(op):
            return False
        if op.regions and _has_empty_successor_block(op):
            return False
        live.add(op)
    return not _has_empty_successor_block(module)


@register_pass
@dataclass(frozen=True)
class DcePass(DeadCodeElimination):
    """Remove dead ops and blocks (xDSL's dce; a cheap pre-test skips a run with nothing to erase)."""

    name = "dce"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        if provably_all_live(op):
            report_unchanged(op, self)
            return
        super().apply(ctx, op)
