"""Floating-point operation counts of the graph ops that have a meaningful one.

Graph dialect helper (no lowering, no runtime): the multiply-accumulate ops -- ``graph.conv``,
``graph.conv_transpose``, ``graph.matmul``, ``graph.gemm`` -- count two flops (a multiply and an
add) per multiply-accumulate, the convention of GFLOP/s tables (onnxruntime's and BLAS
benchmarks). Other ops have no count (None): their cost is memory traffic, and a GFLOP/s figure
for a relu or a reshape says nothing. The profiler (``graph-insert-profile-marks``) uses this
to report GFLOP/s per kernel.
"""

from __future__ import annotations

import math

from xdsl.dialects.builtin import IntegerAttr, TensorType
from xdsl.ir import Operation, SSAValue

from ember.dialects.graph.nn import ConvOp, ConvTransposeOp, GemmOp, MatmulOp


def _shape(value: SSAValue) -> tuple[int, ...] | None:
    t = value.type
    if not isinstance(t, TensorType):
        return None
    shape = tuple(t.get_shape())
    return None if any(d < 0 for d in shape) else shape


def _gemm_depth(op: GemmOp, a: tuple[int, ...]) -> int:
    trans = op.trans_a
    return a[0] if isinstance(trans, IntegerAttr) and trans.value.data else a[1]


def flop_count(op: Operation) -> int | None:
    """2 x the multiply-accumulates of a conv / conv_transpose / matmul / gemm with static
    shapes; None for any other op (or a dynamic shape)."""
    if not isinstance(op, ConvOp | ConvTransposeOp | MatmulOp | GemmOp):
        return None
    shapes = [_shape(v) for v in op.operands[:2]]
    result = _shape(op.results[0])
    if result is None or any(s is None for s in shapes):
        return None
    first, second = shapes[0] or (), shapes[1] or ()
    if isinstance(op, ConvOp):  # weight (Cout, Cin / group, k...): per output, Cin/group * k MACs
        return 2 * math.prod(result) * math.prod(second[1:])
    if isinstance(op, ConvTransposeOp):  # weight (Cin, Cout / group, k...): per input element
        return 2 * math.prod(first) * math.prod(second[1:])
    if isinstance(op, GemmOp):
        return 2 * math.prod(result) * _gemm_depth(op, first)
    return 2 * math.prod(result) * (first[-1] if first else 1)
