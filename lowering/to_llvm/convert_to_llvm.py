"""``convert-to-llvm``: the loop stage after ``convert-scf-to-cf`` to the llvm dialect in one walk.

LOOP STAGE (func, cf, arith, math, vector, memref) -> LLVM STAGE, as MLIR's ``convert-to-llvm``:
the rows of every ``convert-*-to-llvm`` conversion (arith, math, vector, memref, func, cf) form
one pattern table, and one walk of the module applies it. ``loops-to-llvm`` runs this pass; the
individual passes stay as entry points for tests and for IR that mixes stages.

One walk instead of six also drops most of the unrealized casts between them: a converted op
whose results are used only by ops the table converts too hands its users the llvm-typed value
directly (they find it legal when their turn comes); a cast back is inserted only for other
users, and for block arguments. ``reconcile-unrealized-casts`` runs next and removes those.

Order inside the walk: the arguments of every non-entry block are re-typed first (as in
``convert-cf-to-llvm``), then every ``func.func`` (``convert-func-to-llvm``'s
:class:`FuncLowering`), then the other ops in program order, each once (no rewrite worklist).
Accesses of a block share the run-time part of their addresses
(:mod:`ember.lowering.to_llvm.addresses`); llvm constants, adds and multiplies left unused
(index arithmetic that folding made dead) are erased at the end.

Pre-condition: no scf op (``convert-scf-to-cf`` and ``convert-scf-parallel-to-openmp`` ran).
Post-condition: no func, cf, arith, math, vector or memref op remains; values crossing to ops of
other dialects are bridged by ``builtin.unrealized_conversion_cast``.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import func, llvm
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Operation
from xdsl.passes import ModulePass
from xdsl.pattern_rewriter import PatternRewriter

from ember.lowering.to_llvm.addresses import erase_unused_arithmetic, shared_addresses
from ember.lowering.to_llvm.convert_arith_to_llvm import arith_to_llvm_patterns
from ember.lowering.to_llvm.convert_cf_to_llvm import cf_to_llvm_patterns
from ember.lowering.to_llvm.convert_func_to_llvm import FuncLowering, func_call_patterns
from ember.lowering.to_llvm.convert_math_to_llvm import math_to_llvm_patterns
from ember.lowering.to_llvm.convert_memref_to_llvm import memref_to_llvm_patterns
from ember.lowering.to_llvm.convert_vector_to_llvm import vector_to_llvm_patterns
from ember.lowering.to_llvm.type_converter import (
    ConversionTable,
    DirectRewriter,
    OpConversion,
    check_no_ops_of,
    convert_block_arguments,
)
from ember.registry import register_pass

PASS = "convert-to-llvm"
DIALECTS = ("func", "cf", "arith", "math", "vector", "memref")
"""The dialects this pass lowers completely."""


def to_llvm_patterns() -> list[OpConversion]:
    """The rows of every conversion to the llvm dialect, in one table."""
    return [
        *arith_to_llvm_patterns(),
        *math_to_llvm_patterns(),
        *vector_to_llvm_patterns(),
        *memref_to_llvm_patterns(),
        *func_call_patterns(),
        *cf_to_llvm_patterns(),
    ]


def convert_block_signatures(module: ModuleOp) -> None:
    """Re-type the arguments of every non-entry block of every function (``func.func``, or an
    ``llvm.func`` that ``convert-scf-parallel-to-openmp`` outlined)."""
    for fn in module.ops:
        if isinstance(fn, func.FuncOp | llvm.FuncOp):
            for block in list(fn.body.blocks)[1:]:
                convert_block_arguments(PASS, PatternRewriter(fn), block, fn)


def convert_in_program_order(module: ModuleOp, table: ConversionTable) -> None:
    """Convert every function (``FuncLowering``), then every op the table has a row for, in
    program order, once each: no worklist, no listener (a row only adds ops before the op it
    replaces, so the walk never has to come back)."""
    lowering = FuncLowering()
    for fn in list(module.ops):
        if isinstance(fn, func.FuncOp):
            lowering.match_and_rewrite(fn, PatternRewriter(fn))
    _convert_regions(module, table)


def _convert_regions(parent: Operation, table: ConversionTable) -> None:
    for region in parent.regions:
        for block in region.blocks:
            for op in list(block.ops):
                if table.converts(op):
                    table.match_and_rewrite(op, DirectRewriter(op))
                elif op.regions:
                    _convert_regions(op, table)


@register_pass
@dataclass(frozen=True)
class ConvertToLlvmPass(ModulePass):
    """Lower func, cf, arith, math, vector and memref to the llvm dialect in one walk.

    Pre-condition: no scf op (after convert-scf-to-cf). Post-condition: none of those dialects'
    ops remains; the casts left at block arguments and other dialects' ops are removed by
    reconcile-unrealized-casts.
    """

    name = "convert-to-llvm"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        convert_block_signatures(op)
        table = ConversionTable.of(PASS, to_llvm_patterns(), direct=True)
        with shared_addresses(op):
            convert_in_program_order(op, table)
        check_no_ops_of(PASS, op, *DIALECTS)
        erase_unused_arithmetic(op)
