"""``convert-scf-to-cf``: ``scf.for`` / ``scf.if`` / ``scf.index_switch`` to blocks and branches.

LOOP STAGE -> cf, after ``convert-scf-parallel-to-openmp`` and before ``convert-to-llvm``. The
rewrites are xDSL's (direct translations of MLIR's SCFToControlFlow); xDSL's pass applies them
with a greedy worklist over every op of the module, twice, and tests every op for dead code on
the way (ResNet-50: 17 000 ops for 600 loops and branches, three quarters of the pass's time).
This pass (same name, so it replaces xDSL's) visits the scf ops only, in the walker's order
(``lowering/targeted_rewrites.py``): an outer loop is lowered before its body's loops; then it
erases the ops xDSL's walk would have found dead (e.g. the ``memref.get_global`` of a weight that
only a shared kernel reads).

Pre-condition: no ``scf.parallel`` / ``scf.while`` (those have their own lowerings). Post-condition:
no ``scf.for``, ``scf.if`` or ``scf.index_switch`` remains.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import scf
from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass
from xdsl.transforms.convert_scf_to_cf import ForLowering, IfLowering, SwitchLowering

from ember.lowering.targeted_rewrites import erase_dead_ops, rewrite_ops
from ember.registry import register_pass

_LOWERINGS = (
    (scf.ForOp, ForLowering()),
    (scf.IfOp, IfLowering()),
    (scf.IndexSwitchOp, SwitchLowering()),
)


@register_pass
@dataclass(frozen=True)
class ConvertScfToCfPass(ModulePass):
    """Lower scf.for, scf.if and scf.index_switch to unstructured control flow (cf).

    Pre-condition: loop stage. Post-condition: none of those three ops remains.
    """

    name = "convert-scf-to-cf"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        rewrite_ops(op, _LOWERINGS)
        erase_dead_ops(op)
