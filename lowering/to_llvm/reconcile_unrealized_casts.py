"""``reconcile-unrealized-casts``: fold the cast pairs the ``convert-*-to-llvm`` passes leave.

xDSL's pass removes chains ``A -> B -> A`` of ``builtin.unrealized_conversion_cast`` but only
warns about the casts it cannot remove; ember's version (same name, so it replaces xDSL's) then
fails like MLIR's does, naming the cast and the types it could not reconcile, so a missing
conversion is reported instead of reaching the code generator.

Pre-condition: all conversions to llvm done. Post-condition: no unrealized cast remains.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp, UnrealizedConversionCastOp
from xdsl.passes import ModulePass
from xdsl.pattern_rewriter import PatternRewriter
from xdsl.transforms.reconcile_unrealized_casts import ReconcileUnrealizedCastsPattern

from ember.diagnostics import LegalizationError, pass_failure
from ember.registry import register_pass

PASS = "reconcile-unrealized-casts"


def _describe(cast: UnrealizedConversionCastOp) -> str:
    sources = ", ".join(str(v.type) for v in cast.inputs)
    targets = ", ".join(str(t) for t in cast.result_types)
    users = sorted({use.operation.name for r in cast.results for use in r.uses})
    producer = cast.inputs[0].owner if cast.inputs else None
    made_by = getattr(producer, "name", "a block argument")
    return f"cast {sources} -> {targets} (from {made_by}, used by {', '.join(users) or 'nothing'})"


_REMOVE_CHAIN = ReconcileUnrealizedCastsPattern(warn_on_failure=False)
"""xDSL's rewrite removing the cast chain that starts at a cast. Applied to the casts only, until
none goes (xDSL's own pass walks every op of the module with a worklist, twice: 37 000 ops for
750 casts on ResNet-50)."""


def _casts(module: ModuleOp) -> list[UnrealizedConversionCastOp]:
    return [op for op in module.walk() if isinstance(op, UnrealizedConversionCastOp)]


@register_pass
@dataclass(frozen=True)
class ReconcileUnrealizedCastsPass(ModulePass):
    """Remove pairs of unrealized casts; fail naming any that a missing conversion left.

    Pre-condition: every conversion to llvm ran. Post-condition: no unrealized cast remains.
    """

    name = "reconcile-unrealized-casts"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        casts = _casts(op)
        while casts:
            for cast in casts:
                if cast.parent is not None:
                    _REMOVE_CHAIN.match_and_rewrite(cast, PatternRewriter(cast))
            left = _casts(op)
            if len(left) == len(casts):
                break
            casts = left
        for cast in casts:
            if cast.parent is not None:
                raise pass_failure(
                    PASS,
                    cast,
                    f"failed to legalize {_describe(cast)}",
                    "an op producing or using this value has no llvm lowering",
                    kind=LegalizationError,
                )
