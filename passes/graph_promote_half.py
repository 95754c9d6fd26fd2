"""``graph-promote-half``: f16 ops that accumulate are computed in f32, as onnxruntime does.

GRAPH STAGE -> graph stage, first in ``lower-to-loops`` (before ``convert-graph-to-linalg``), so
the graph passes and the printed graph stage keep the model's own types. A matmul, gemm,
convolution, average pool, normalisation, softmax or sum-like reduction on f16 tensors adds up
many terms; computed in f16, every partial sum is rounded to 11 bits and a 64-term dot product
already drifts by several f16 ulps. onnxruntime's CPU kernels (and numpy's f16 dot) widen to f32,
accumulate there and round once at the end. This pass does the same: each such op gets
``graph.cast`` to f32 on its f16 operands, computes in f32, and its result is cast back::

    %y = graph.matmul %a, %b : (tensor<4x64xf16>, tensor<64x8xf16>) -> tensor<4x8xf16>
  ==>
    %a32 = graph.cast %a {to = f32}    %b32 = graph.cast %b {to = f32}
    %y32 = graph.matmul %a32, %b32 : (...xf32, ...xf32) -> tensor<4x8xf32>
    %y = graph.cast %y32 {to = f16}

Elementwise ops keep f16 (one rounding per op is what onnxruntime does too), and so do max/min
reductions and pools (exact in any precision). Only ops whose results are all f16 are touched.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp, f16, f32
from xdsl.ir import Attribute, Operation, SSAValue
from xdsl.passes import ModulePass
from xdsl.pattern_rewriter import PatternRewriter, PatternRewriteWalker, RewritePattern

from ember.dialects import graph
from ember.registry import register_pass

ACCUMULATING: tuple[type[graph.GraphOp], ...] = (
    graph.MatmulOp, graph.GemmOp, graph.ConvOp, graph.ConvTransposeOp, graph.AvgPoolOp,
    graph.GlobalAvgPoolOp, graph.BatchNormOp, graph.LayerNormOp, graph.InstanceNormOp, graph.LrnOp,
    graph.SoftmaxOp, graph.LogSoftmaxOp, graph.ReduceSumOp, graph.ReduceMeanOp, graph.ReduceProdOp,
    graph.ReduceL2Op,
)  # fmt: skip
"""Graph ops that sum many terms: computed in f32 when their f16 results would round each term."""


def _elem(value: SSAValue) -> Attribute:
    return graph.elem_of(value.type)


def _cast(rewriter: PatternRewriter, value: SSAValue, to: Attribute) -> SSAValue:
    op = graph.CastOp.make([value], {"to": to})
    rewriter.insert(op)
    return op.results[0]


class PromoteHalf(RewritePattern):
    """One accumulating op with f16 results -> casts around the same op on f32."""

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> None:
        if not isinstance(op, ACCUMULATING) or not op.results:
            return
        if any(_elem(r) != f16 for r in op.results):
            return
        operands = [_cast(rewriter, o, f32) if _elem(o) == f16 else o for o in op.operands]
        wide = type(op).make(operands, dict(op.properties))
        wide.attributes.update(op.attributes)
        rewriter.insert(wide)
        rewriter.replace(op, [], [_cast(rewriter, r, f16) for r in wide.results])


@register_pass
@dataclass(frozen=True)
class GraphPromoteHalfPass(ModulePass):
    """Compute f16 matmul/conv/pool/norm/softmax/sum-reductions in f32 and round once (as onnxruntime).

    Graph stage, first in lower-to-loops; elementwise ops and max/min stay f16."""

    name = "graph-promote-half"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        PatternRewriteWalker(PromoteHalf(), apply_recursively=False).rewrite_module(op)
