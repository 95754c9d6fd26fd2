"""A deliberately broken pass plugin for the CLI error tests: after it runs, the IR no longer
verifies, so ember-opt must name this pass and the offending op (filecheck/tools/opt-errors.test).
"""

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass

from ember.dialects import graph
from ember.registry import register_pass


@register_pass
@dataclass(frozen=True)
class TestBreakIrPass(ModulePass):
    """Insert an invalid graph.reshape before every graph.relu (test-only)."""

    name = "test-break-ir"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for relu in [o for o in op.walk() if isinstance(o, graph.ReluOp)]:
            x = relu.operands[0]
            bad = graph.ReshapeOp.create(
                operands=[x], result_types=[x.type], properties={"shape": graph.ints_attr((99,))}
            )
            relu.parent_block().insert_op_before(bad, relu)
