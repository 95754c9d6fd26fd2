"""What a pass tells the pass manager about its run: that it left the module unchanged.

``ember-opt`` verifies the module before the first pass and after every pass, as ``mlir-opt``
does. On a large module that verification costs more than most passes (about 1.8 s at 50,000
ops), and a pass that changed nothing cannot have made a verified module invalid. So a pass that
knows it changed nothing says so with :func:`report_unchanged` (MLIR's pass manager is told the
same by a pass that marks all analyses preserved), and ``ember-opt`` skips the verification after
it (``tools/opt_main.py``). A pass that says nothing is verified after as always.

Who reports: pattern passes whose driver fired no rewrite and erased nothing
(``passes/patterns/pattern_pass.py``), ``graph-optimize-fixpoint`` when no round changed anything,
and ember's ``cse`` and ``dce`` when their pre-test proves there is nothing to merge or erase
(``passes/cse.py``, ``passes/dce.py``). A report is consumed by the next check of the pass
manager, which also clears any report left before a pass starts, so a report only ever speaks
for the one pass that made it.
"""

from __future__ import annotations

from weakref import WeakSet

from xdsl.ir import Operation

_UNCHANGED: WeakSet[Operation] = WeakSet()


def report_unchanged(module: Operation) -> None:
    """The pass now ending left ``module`` exactly as it found it (same ops, operands, types,
    attributes, properties, blocks and order)."""
    _UNCHANGED.add(module)


def take_unchanged_report(module: Operation) -> bool:
    """Whether a pass reported ``module`` unchanged since the last call; forgets the report."""
    reported = module in _UNCHANGED
    _UNCHANGED.discard(module)
    return reported


__all__ = ["report_unchanged", "take_unchanged_report"]
