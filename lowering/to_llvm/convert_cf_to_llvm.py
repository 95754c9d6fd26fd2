"""``convert-cf-to-llvm``: unstructured control flow to llvm branches (-> llvm stage).

Runs after ``convert-scf-to-cf``. The arguments of every non-entry block are re-typed to their
llvm types first (loop induction variables: index -> i64), bridged with unrealized casts; then
``cf.br`` / ``cf.cond_br`` become ``llvm.br`` / ``llvm.cond_br`` with converted operands::

    ^bb1(%i: index):                      ^bb1(%i64: i64):
      ...                         ==>        %i = unrealized_conversion_cast %i64 : i64 to index
      cf.br ^bb1(%next : index)              llvm.br ^bb1(%next64 : i64)

Pre-condition: no cf.switch / cf.assert. Post-condition: no cf op remains.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import cf, func, llvm
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Attribute, Operation, SSAValue
from xdsl.passes import ModulePass
from xdsl.pattern_rewriter import (
    PatternRewriter,
    PatternRewriteWalker,
    RewritePattern,
)

from ember.lowering.to_llvm.type_converter import (
    OpConversion,
    apply_table,
    check_no_ops_of,
    convert_block_arguments,
)
from ember.registry import register_pass

PASS = "convert-cf-to-llvm"


class BlockSignatureConversion(RewritePattern):
    """Re-types the arguments of the non-entry blocks of a function (``llvm.func`` or ``func.func``)."""

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> None:
        if not isinstance(op, llvm.FuncOp | func.FuncOp):
            return
        for block in list(op.body.blocks)[1:]:
            convert_block_arguments(PASS, rewriter, block, op)


def _br(
    rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
) -> tuple[list[Operation], list[SSAValue]]:
    """``cf.br`` -> ``llvm.br``."""
    assert isinstance(op, cf.BranchOp)
    return [llvm.BrOp(op.successor, *args)], []


def _cond_br(
    rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
) -> tuple[list[Operation], list[SSAValue]]:
    """``cf.cond_br`` -> ``llvm.cond_br``."""
    assert isinstance(op, cf.ConditionalBranchOp)
    n_then = len(op.then_arguments)
    then_args, else_args = args[1 : 1 + n_then], args[1 + n_then :]
    return [llvm.CondBrOp(args[0], op.then_block, then_args, op.else_block, else_args)], []


def cf_to_llvm_patterns() -> list[OpConversion]:
    """Every cf op ember lowers, one row each."""
    return [OpConversion(cf.BranchOp, _br), OpConversion(cf.ConditionalBranchOp, _cond_br)]


@register_pass
@dataclass(frozen=True)
class ConvertCfToLlvmPass(ModulePass):
    """Lower cf.br/cf.cond_br to llvm branches, re-typing block arguments.

    Pre-condition: none beyond convert-scf-to-cf. Post-condition: no cf op remains.
    """

    name = "convert-cf-to-llvm"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        PatternRewriteWalker(BlockSignatureConversion(), apply_recursively=False).rewrite_module(op)
        apply_table(PASS, op, cf_to_llvm_patterns())
        check_no_ops_of(PASS, op, "cf")
