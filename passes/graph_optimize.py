"""The ``graph-optimize`` named pipeline: ember's graph-stage optimisations in a sensible order.

1. ``graph-simplify-shapes`` first: exporters' shape plumbing hides the real dataflow;
2. ``graph-fold-constants`` evaluates constant subgraphs (batch-norm statistics computed from
   constants become constants here);
3. ``graph-canonicalize`` removes no-ops and merges chains, exposing producer/consumer pairs;
4. ``graph-fold-batchnorm`` folds batch-norms into the now-adjacent conv/gemm/matmul weights;
5. ``cse`` merges duplicates (xDSL's pass: graph ops are ``Pure``), which can enable more
   canonicalization (``max(x, x)``), so ``graph-canonicalize`` and ``graph-fold-constants`` run
   once more; ``dce`` removes whatever became unused.

Each pattern pass runs to its own fixpoint; the sequence is ordered so that a second run of the
whole pipeline finds nothing to do on the graphs ember's tests use (checked by pytest). Pipelines
expand at the spec level, so ``--print-ir-after-all`` shows every stage.
"""

from ember.registry import register_pipeline

GRAPH_OPTIMIZE = register_pipeline(
    "graph-optimize",
    (
        "graph-simplify-shapes",
        "graph-fold-constants",
        "graph-canonicalize",
        "graph-fold-batchnorm",
        "cse",
        "graph-canonicalize",
        "graph-fold-constants",
        "dce",
    ),
    "graph-stage optimisations: shapes, constant folding, canonicalization, batch-norm folding, cse, dce",
)
