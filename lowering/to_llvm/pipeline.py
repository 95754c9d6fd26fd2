"""The named pipelines that reach the llvm stage.

``lower-to-llvm``: graph stage -> llvm stage, i.e. ``lower-to-loops`` (graph -> linalg ->
memref -> loops), ``scf-outline-loop-nests``, ``convert-scf-parallel-to-openmp``,
``convert-scf-to-cf``, then ``convert-to-llvm`` (the arith, math, vector, memref, func and cf
conversions in one walk) and ``reconcile-unrealized-casts``. ``loops-to-llvm`` is the second half alone, for IR that is
already at the memref or loop stage.
"""

from __future__ import annotations

from ember.registry import register_pipeline

LOOPS_TO_LLVM: tuple[str, ...] = (
    "scf-outline-loop-nests",
    "convert-scf-parallel-to-openmp",
    "convert-scf-to-cf",
    "convert-to-llvm",
    "reconcile-unrealized-casts",
)

register_pipeline(
    "loops-to-llvm", LOOPS_TO_LLVM, "loop stage (scf/memref/arith/math/func) -> llvm dialect"
)
register_pipeline(
    "lower-to-llvm", ("lower-to-loops", *LOOPS_TO_LLVM), "graph stage -> llvm dialect (every stage)"
)
