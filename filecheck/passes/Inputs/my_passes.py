"""A ten-line ember pass plugin: relu(relu(x)) -> relu(x); transpose(transpose(x, p), q) -> x if q.p = id."""
from ember.dialects.graph import ReluOp, TransposeOp
from ember.passes.patterns import Pattern, Var, op, pattern_pass, perms_compose_to_identity

x, p, q = Var("x"), Var("p"), Var("q")
pattern_pass("my-simplify", [
    Pattern("relu-of-relu", op(ReluOp, op(ReluOp, x)), op(ReluOp, x)),
    Pattern("transpose-pair", op(TransposeOp, op(TransposeOp, x, perm=p), perm=q), x,
            where=[perms_compose_to_identity(p, q)]),
], "Remove a repeated relu and transpose pairs that cancel.")
