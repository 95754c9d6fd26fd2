"""``convert-func-to-llvm``: functions, calls and returns to the llvm dialect (-> llvm stage).

``func.func`` becomes ``llvm.func`` with converted argument types (memrefs are bare
``!llvm.ptr``s, index is i64), zero results becoming ``void``; its discardable attributes (such as
the entry point's ``ember.num_outputs``) are kept. The entry block's arguments are re-typed and
bridged to not yet converted users with unrealized casts. ``func.call`` becomes ``llvm.call`` and
``func.return`` ``llvm.return``.

Calling convention of the compiled entry point (what ``ember.runtime`` calls)::

    void main(T0 *in0, ..., U0 *out0, ...)   // outputs written into caller-provided buffers

Pre-condition: functions with at most one result. Post-condition: no func op remains.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import func, llvm
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Attribute, Operation, SSAValue
from xdsl.passes import ModulePass
from xdsl.pattern_rewriter import (
    GreedyRewritePatternApplier,
    PatternRewriter,
    PatternRewriteWalker,
    RewritePattern,
    op_type_rewrite_pattern,
)

from ember.diagnostics import LegalizationError, pass_failure
from ember.lowering.to_llvm.type_converter import (
    ConversionTable,
    OpConversion,
    check_no_ops_of,
    convert_block_arguments,
    require_type,
    single,
)
from ember.registry import register_pass

PASS = "convert-func-to-llvm"
LLVM_FUNC_PROPERTIES = ("no_inline", "passthrough")
"""Attributes of a ``func.func`` that become the same-named properties of its ``llvm.func``."""


def _result_type(op: Operation, outputs: tuple[Attribute, ...]) -> Attribute:
    if len(outputs) > 1:
        raise LegalizationError(
            str(
                pass_failure(
                    PASS,
                    op,
                    "functions with several results are not supported",
                    "return results through out-parameters (bufferize does)",
                )
            )
        )
    if not outputs:
        return llvm.LLVMVoidType()
    return require_type(PASS, op, outputs[0])


class FuncLowering(RewritePattern):
    """Lowers ``func.func`` to ``llvm.func``, moving the body and re-typing the entry block."""

    @op_type_rewrite_pattern
    def match_and_rewrite(self, op: func.FuncOp, rewriter: PatternRewriter) -> None:
        inputs = [require_type(PASS, op, t) for t in op.function_type.inputs.data]
        output = _result_type(op, tuple(op.function_type.outputs.data))
        body = rewriter.move_region_contents_to_new_regions(op.body)
        if body.blocks:
            convert_block_arguments(PASS, rewriter, body.blocks[0], op)
        linkage = "external" if op.sym_visibility is None or not body.blocks else "internal"
        if op.sym_visibility is not None and op.sym_visibility.data == "public":
            linkage = "external"
        attributes = dict(op.attributes)
        properties = {k: attributes.pop(k) for k in LLVM_FUNC_PROPERTIES if k in attributes}
        new = llvm.FuncOp(
            op.sym_name,
            llvm.LLVMFunctionType(inputs, output),
            linkage=llvm.LinkageAttr(linkage),
            body=body,
            other_props=properties,
            extra_attrs=attributes,
        )
        rewriter.replace(op, new, [])


def _return(
    rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
) -> tuple[list[Operation], list[SSAValue]]:
    """``func.return`` -> ``llvm.return``."""
    if len(args) > 1:
        raise LegalizationError(
            str(pass_failure(PASS, op, "returning several values is not supported"))
        )
    return [llvm.ReturnOp(args[0] if args else None)], []


def _call(
    rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
) -> tuple[list[Operation], list[SSAValue]]:
    """``func.call`` -> ``llvm.call``."""
    assert isinstance(op, func.CallOp)
    result = _result_type(op, tuple(r.type for r in op.results))
    call = llvm.CallOp(op.callee, *args, return_type=None if not types else result)
    return single(call) if types else ([call], [])


def func_call_patterns() -> list[OpConversion]:
    """Returns and calls, one row each."""
    return [OpConversion(func.ReturnOp, _return), OpConversion(func.CallOp, _call)]


def func_to_llvm_patterns() -> list[RewritePattern]:
    """Every func op ember lowers: functions, then returns and calls."""
    return [FuncLowering(), ConversionTable.of(PASS, func_call_patterns())]


@register_pass
@dataclass(frozen=True)
class ConvertFuncToLlvmPass(ModulePass):
    """Lower func.func/call/return to llvm.func/call/return (memref arguments become pointers).

    Pre-condition: at most one result per function. Post-condition: no func op remains.
    """

    name = "convert-func-to-llvm"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        patterns = GreedyRewritePatternApplier(func_to_llvm_patterns())
        PatternRewriteWalker(patterns, apply_recursively=False).rewrite_module(op)
        check_no_ops_of(PASS, op, "func")
