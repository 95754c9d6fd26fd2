"""ember's declarative pass-authoring API: write a rewrite as source -> target data, run it as a pass.

Example, a whole plugin pass::

    from ember.dialects.graph import ReluOp
    from ember.passes.patterns import Pattern, Var, op, pattern_pass

    x = Var("x")
    pattern_pass("relu-dedup", [Pattern("relu-of-relu", op(ReluOp, op(ReluOp, x)), op(ReluOp, x))],
                 "Fold relu(relu(x)) to relu(x).")

Layers: :mod:`.dsl` (terms), :mod:`.matcher` (matching and :class:`Match`), :mod:`.compile`
(pattern -> xDSL ``RewritePattern``), :mod:`.driver` (greedy fixpoint with a bound),
:mod:`.pattern_pass` (passes), :mod:`.constraints` and :mod:`.constants` (a library of predicates
and constant helpers). See docs/writing-passes.md for the tutorial.
"""

from ember.passes.patterns.compile import CompiledPattern, Decline, compile_pattern, to_attr
from ember.passes.patterns.constants import (
    constant_array,
    is_splat_of,
    make_constant,
    make_splat,
    splat_scalar,
)
from ember.passes.patterns.constraints import (
    all_constant,
    broadcasts_to_type_of,
    has_one_use,
    is_constant,
    is_identity_perm,
    is_splat,
    perms_compose_to_identity,
    same_type,
    shapes_broadcast,
)
from ember.passes.patterns.driver import RewriteStats, apply_patterns, set_rewrite_debug
from ember.passes.patterns.dsl import (
    ANY,
    Check,
    Compute,
    OpPattern,
    Pattern,
    PatternError,
    ResultPattern,
    Var,
    compute,
    constraint,
    new_attr,
    new_constant,
    op,
    rewrite,
)
from ember.passes.patterns.matcher import Match, attr_to_py
from ember.passes.patterns.pattern_pass import PatternPass, pattern_pass

__all__ = [
    "ANY",
    "Check",
    "CompiledPattern",
    "Compute",
    "Decline",
    "Match",
    "OpPattern",
    "Pattern",
    "PatternError",
    "PatternPass",
    "ResultPattern",
    "RewriteStats",
    "Var",
    "all_constant",
    "apply_patterns",
    "attr_to_py",
    "broadcasts_to_type_of",
    "compile_pattern",
    "compute",
    "constant_array",
    "constraint",
    "has_one_use",
    "is_constant",
    "is_identity_perm",
    "is_splat",
    "is_splat_of",
    "make_constant",
    "make_splat",
    "new_attr",
    "new_constant",
    "op",
    "pattern_pass",
    "perms_compose_to_identity",
    "rewrite",
    "same_type",
    "shapes_broadcast",
    "set_rewrite_debug",
    "splat_scalar",
    "to_attr",
]
