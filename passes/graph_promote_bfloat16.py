"""``graph-promote-bfloat16``: every computation on bf16 happens in f32, rounded back once per op.

GRAPH STAGE -> graph stage, in ``lower-to-loops`` before ``convert-graph-to-linalg``. LLVM has
no bf16 arithmetic on CPUs without bf16 instructions (its ``fptrunc`` to ``bfloat`` is a library
call a JIT may not have), and onnxruntime's CPU kernels compute bf16 the same way: widen to f32,
compute, round to nearest even. Each graph op with bf16 operands or results (other than the ops
that only move elements, and ``graph.cast``) gets casts to f32 on its bf16 operands and its bf16
results cast back::

    %y = graph.add %a, %b : (tensor<4xbf16>, tensor<4xbf16>) -> tensor<4xbf16>
  ==>
    %a32 = graph.cast %a {to = f32}    %b32 = graph.cast %b {to = f32}
    %y32 = graph.add %a32, %b32 : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %y = graph.cast %y32 {to = bf16}

A cast between bf16 and a type other than f32 is split at f32, so the lowering only converts
bf16 <-> f32 (:mod:`ember.lowering.graph_to_linalg.casts`). f64 and 32/64-bit integers are
thereby rounded twice on their way to bf16, which is what onnx's reference (ml_dtypes) does.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import BFloat16Type, ModuleOp, TensorType, f32
from xdsl.ir import Attribute, Operation, SSAValue
from xdsl.passes import ModulePass
from xdsl.pattern_rewriter import PatternRewriter, PatternRewriteWalker, RewritePattern

from ember.dialects import graph
from ember.registry import register_pass

MOVING: tuple[type[graph.GraphOp], ...] = (
    graph.ReshapeOp, graph.TransposeOp, graph.IdentityOp, graph.ConcatOp, graph.SliceOp,
    graph.SplitOp, graph.SqueezeOp, graph.UnsqueezeOp, graph.FlattenOp, graph.ExpandOp,
    graph.TileOp, graph.GatherOp, graph.GatherElementsOp, graph.ConstantOp,
)  # fmt: skip
"""Graph ops that only move or hold elements: they stay on bf16 (its bytes, unchanged)."""


def _is_bf16(value: SSAValue) -> bool:
    return isinstance(value.type, TensorType) and isinstance(graph.elem_of(value.type), BFloat16Type)


def _cast(rewriter: PatternRewriter, value: SSAValue, to: Attribute) -> SSAValue:
    op = graph.CastOp.make([value], {"to": to})
    rewriter.insert(op)
    return op.results[0]


class SplitBfloat16Cast(RewritePattern):
    """``cast x : T -> bf16`` and ``cast x : bf16 -> T`` for T other than f32 become two casts
    through f32."""

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> None:
        if not isinstance(op, graph.CastOp):
            return
        source, target = graph.elem_of(op.operands[0].type), graph.elem_of(op.results[0].type)
        if f32 in (source, target) or source == target or not (_is_bf16(op.operands[0]) or _is_bf16(op.results[0])):
            return
        outer = graph.CastOp.make([_cast(rewriter, op.operands[0], f32)], dict(op.properties))  # keeps saturate / round_mode
        rewriter.insert(outer)
        rewriter.replace(op, [], [outer.results[0]])


class PromoteBfloat16(RewritePattern):
    """One computing op on bf16 -> casts around the same op on f32."""

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> None:
        if not isinstance(op, graph.GraphOp) or isinstance(op, (graph.CastOp, *MOVING)):
            return
        if not any(_is_bf16(v) for v in (*op.operands, *op.results)):
            return
        operands = [_cast(rewriter, o, f32) if _is_bf16(o) else o for o in op.operands]
        wide = type(op).make(operands, dict(op.properties))
        wide.attributes.update(op.attributes)
        rewriter.insert(wide)
        results = [
            _cast(rewriter, w, graph.elem_of(r.type)) if w.type != r.type else w
            for w, r in zip(wide.results, op.results, strict=True)
        ]  # fmt: skip
        rewriter.replace(op, [], results)


@register_pass
@dataclass(frozen=True)
class GraphPromoteBfloat16Pass(ModulePass):
    """Compute every bf16 graph op in f32 and round back to bf16 (as onnxruntime; LLVM has no bf16 arithmetic).

    Graph stage, in lower-to-loops before convert-graph-to-linalg; element-moving ops stay bf16."""

    name = "graph-promote-bfloat16"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        PatternRewriteWalker(PromoteBfloat16(), apply_recursively=False).rewrite_module(op)
        PatternRewriteWalker(SplitBfloat16Cast(), apply_recursively=False).rewrite_module(op)
