"""The ``graph-optimize`` named pipeline: ember's graph-stage optimisations, run to a fixpoint.

One round runs, in this order:

1. ``graph-simplify-shapes``: exporters' shape plumbing hides the real dataflow;
2. ``graph-fold-constants`` evaluates constant subgraphs (batch-norm statistics computed from
   constants become constants here);
3. ``cse`` (xDSL's pass: graph ops are ``Pure``) merges duplicates, so DAG patterns see one node
   where an exporter wrote two;
4. ``graph-canonicalize`` removes no-ops and merges chains, exposing producer/consumer pairs;
5. ``graph-recognize-layernorm`` turns exported layer-norm chains back into ``graph.layer_norm``,
   and ``graph-fold-batchnorm`` folds batch-norms into the now-adjacent conv/gemm/matmul weights;
6. ``cse`` and ``dce`` clean up.

Each pattern pass runs to its own fixpoint, but one pass can enable another (cse merging two
values makes ``max(x, x)``), so the pipeline ends with ``graph-optimize-fixpoint``, which repeats
the round until a round changes nothing. Pipelines expand at the spec level, so
``--print-ir-after-all`` shows every stage of the first round.

Rounds skip work they can prove unchanged (``passes/patterns/fixpoint_memo.py``): the first
stage, ``graph-simplify-shapes``, remembers the IR of each function where it reached its
fixpoint, and ``graph-optimize-fixpoint{after-round=true}`` (the pipeline's last stage) ends
without another round when the round just run left every function as that stage left it (the
next round would repeat the same steps on the same IR). The other stages do not keep such a
memo: a snapshot costs a few microseconds per op, and it would rarely be used (a round that
changed something usually changed it last in ``cse`` or ``dce``).
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass

from ember.diagnostics import PassError
from ember.pass_report import report_unchanged
from ember.passes.patterns import PatternPass
from ember.passes.patterns.driver import debug_note
from ember.passes.patterns.fixpoint_memo import at_fixpoint, fixpoint_known, ir_state
from ember.passes.patterns.pattern_pass import tensor_functions
from ember.passes.patterns.walk import ops_under
from ember.registry import available_passes, register_pass, register_pipeline

GRAPH_OPTIMIZE_ROUND: tuple[str, ...] = (
    "graph-simplify-shapes",
    "graph-fold-constants",
    "cse",
    "graph-canonicalize",
    "graph-recognize-layernorm",
    "graph-fold-batchnorm",
    "cse",
    "dce",
)
"""One round of ``graph-optimize``."""


def _count_ops(module: ModuleOp) -> int:
    return len(ops_under(module))


def round_changed_nothing(module: ModuleOp) -> bool:
    """Did the round that just ran leave every function as its first stage left it? (Then
    that stage is at its fixpoint there and the rest of the round maps the IR to itself, so
    another round would change nothing.) ``False`` when unknown, or for a module holding
    anything but graph functions (the round's ``cse`` and ``dce`` also touch those)."""
    first = available_passes()[GRAPH_OPTIMIZE_ROUND[0]]()()
    functions = tensor_functions(module)
    if len(functions) != len(module.ops) or not functions:
        return False
    return all(fixpoint_known(fn, first) and at_fixpoint(fn, first, ir_state(fn)) for fn in functions)


def run_round(ctx: Context, module: ModuleOp, max_iterations: int) -> bool:
    """Run one round of the stages; whether anything changed."""
    table = available_passes()
    changed = False
    for name in GRAPH_OPTIMIZE_ROUND:
        stage = table[name]()()
        if isinstance(stage, PatternPass):
            changed |= stage.run_patterns(module, max_iterations).changed
            continue
        before = _count_ops(module)  # cse and dce only ever remove ops
        stage.apply(ctx, module)
        changed |= _count_ops(module) != before
    return changed


@register_pass
@dataclass(frozen=True)
class GraphOptimizeFixpointPass(ModulePass):
    """Repeat the graph-optimize round until it changes nothing (the end of graph-optimize).

    Pre-condition: graph-stage IR. Post-condition: another round of graph-optimize's passes
    would not change the module.
    """

    name = "graph-optimize-fixpoint"

    max_rounds: int = 8
    """Rounds before giving up with an error (each round runs every stage to its own fixpoint)."""

    max_iterations: int = 32
    """The iteration bound of each pattern pass inside a round."""

    after_round: bool = False
    """Set when the passes of one round ran just before this pass (as in ``graph-optimize``):
    if that round changed nothing (``round_changed_nothing``), no further round runs."""

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        if self.after_round and round_changed_nothing(op):
            debug_note(f"{self.name}: the round just run changed nothing; no further round")
            report_unchanged(op, self)  # (this pass changed nothing: ember-opt need not verify again)
            return
        for _ in range(self.max_rounds):
            if not run_round(ctx, op, self.max_iterations):
                return
        raise PassError(
            f"{self.name}: graph-optimize still changed the module after {self.max_rounds} rounds; "
            f"two passes probably undo each other (raise the bound: {self.name}{{max-rounds=N}})"
        )


GRAPH_OPTIMIZE = register_pipeline(
    "graph-optimize",
    (*GRAPH_OPTIMIZE_ROUND, "graph-optimize-fixpoint{after-round=true}"),
    "graph-stage optimisations to a fixpoint: shapes, constants, cse, canonicalization, norms, dce",
)
