"""``linalg-kernel-schedule``: write the default kernel schedule on every heavy op (memref stage).

Runs after ``bufferize`` and before the micro-kernel passes. Each f32 matmul / gemm / batched
matmul and 2-D convolution the micro-kernels handle gets ``ember.schedule`` (:mod:`ember.lowering.kernels.schedule`)
derived from the module's target, unless it already carries one (written by hand, by a schedule
script or by a tuning log), so the printed IR shows how every kernel will be emitted.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp
from xdsl.dialects.linalg import ops as linalg
from xdsl.passes import ModulePass

from ember.lowering.flatten_dynamic import has_run_time_sizes
from ember.lowering.kernels.conv import default_conv_schedule
from ember.lowering.kernels.matmul import default_gemm_schedule
from ember.lowering.kernels.schedule import ATTRIBUTE, set_schedule
from ember.registry import register_pass


@register_pass
@dataclass(frozen=True)
class LinalgKernelSchedulePass(ModulePass):
    """Annotate f32 matmul/gemm/conv ops with their target-derived ember.schedule (tile, lanes, blocks).

    Memref stage, before the micro-kernel passes; ops that already carry an ember.schedule keep it."""

    name = "linalg-kernel-schedule"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for candidate in op.walk():
            if ATTRIBUTE in candidate.attributes or has_run_time_sizes(candidate):
                continue
            sched = None
            if isinstance(candidate, linalg.Conv2DNchwFchwOp):
                sched = default_conv_schedule(candidate)
            elif isinstance(candidate, linalg.MatmulOp | linalg.GenericOp):
                sched = default_gemm_schedule(candidate)
            if sched is not None:
                set_schedule(candidate, sched)
