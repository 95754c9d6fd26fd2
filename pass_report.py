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
manager, which also clears any report left before a pass starts, and names the pass object
that made it, so a report only ever speaks for that pass (not for an enclosing pass that ran
it, as ``graph-optimize-fixpoint`` runs ``cse`` and ``dce``).
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from xdsl.ir import Operation

_UNCHANGED: WeakKeyDictionary[Operation, object] = WeakKeyDictionary()


def report_unchanged(module: Operation, reporter: object) -> None:
    """The pass ``reporter`` (the pass object whose ``apply`` is ending) left ``module`` exactly
    as it found it (same ops, operands, types, attributes, properties, blocks and order)."""
    _UNCHANGED[module] = reporter


def take_unchanged_report(module: Operation) -> object | None:
    """The pass that last reported ``module`` unchanged since the previous call, or None;
    forgets the report. The pass manager compares it with the pass that just ran: a report
    made by a pass run inside another pass's ``apply`` speaks for that inner run only."""
    return _UNCHANGED.pop(module, None)


__all__ = ["report_unchanged", "take_unchanged_report"]
