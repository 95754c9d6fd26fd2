"""``reconcile-unrealized-casts``: fold the cast pairs the ``convert-*-to-llvm`` passes leave.

xDSL's pass removes chains ``A -> B -> A`` of ``builtin.unrealized_conversion_cast`` but only
warns about the casts it cannot remove; ember's version (same name, so it replaces xDSL's) then
fails like MLIR's does, naming the cast and the types it could not reconcile, so a missing
conversion is reported instead of reaching the code generator.

Pre-condition: all conversions to llvm done. Post-condition: no unrealized cast remains.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp, UnrealizedConversionCastOp
from xdsl.passes import ModulePass
from xdsl.transforms.reconcile_unrealized_casts import reconcile_unrealized_casts

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


@register_pass
@dataclass(frozen=True)
class ReconcileUnrealizedCastsPass(ModulePass):
    """Remove pairs of unrealized casts; fail naming any that a missing conversion left.

    Pre-condition: every conversion to llvm ran. Post-condition: no unrealized cast remains.
    """

    name = "reconcile-unrealized-casts"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reconcile_unrealized_casts(op, warn_on_failure=False)
        for cast in op.walk():
            if isinstance(cast, UnrealizedConversionCastOp):
                raise pass_failure(
                    PASS,
                    cast,
                    f"failed to legalize {_describe(cast)}",
                    "an op producing or using this value has no llvm lowering",
                    kind=LegalizationError,
                )
