"""A plugin whose two patterns undo each other: the driver must stop with a clear error."""
from ember.dialects.graph import AbsOp, ReluOp
from ember.passes.patterns import Pattern, Var, op, pattern_pass

x = Var("x")
pattern_pass("ping-pong", [
    Pattern("relu-to-abs", op(ReluOp, x), op(AbsOp, x)),
    Pattern("abs-to-relu", op(AbsOp, x), op(ReluOp, x)),
], "Rewrite relu to abs and back, forever.")
