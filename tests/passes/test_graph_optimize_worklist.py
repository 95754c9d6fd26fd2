"""graph-optimize at scale: the driver's cheap pre-tests, the fixpoint memo of pattern passes and
the end of ``graph-optimize`` after a round that changed nothing give the same IR as the full
rounds; rewrites that enable others up- or downstream still reach the fixpoint in one run."""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Operation, SSAValue

from ember.context import make_context
from ember.dialects import graph
from ember.passes import graph_optimize
from ember.passes.graph_canonicalize import GraphCanonicalizePass
from ember.passes.patterns import (
    ANY,
    Pattern,
    Var,
    apply_patterns,
    compile_pattern,
    constraint,
    has_one_use,
    is_splat_of,
    op,
    set_rewrite_debug,
)
from ember.passes.patterns.fixpoint_memo import ir_state
from ember.passes.patterns.walk import ops_under
from ember.registry import build_pipeline
from ember.textual import parse_module, print_module

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
T = "tensor<4xf32>"
x, y = Var("x"), Var("y")


def parse(text: str) -> ModuleOp:
    module, _ = parse_module(make_context(), text)
    return module


def function(module: ModuleOp) -> Operation:
    return next(iter(module.ops))


def straight_line(n: int) -> str:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from textual_scale import straight_line as make
    finally:
        sys.path.remove(str(BENCHMARKS))
    return make(n)


def optimized(text: str, spec: str) -> str:
    module = parse(text)
    build_pipeline(spec).apply(make_context(), module)
    return print_module(module)


ENABLING = f"""func.func @main(%a: {T}) -> {T} {{
  %zero = graph.constant dense<0.0> : {T}
  %n1 = graph.neg %a : ({T}) -> {T}
  %n2 = graph.neg %n1 : ({T}) -> {T}
  %s = graph.add %n2, %zero : ({T}, {T}) -> {T}
  %m = graph.max %s, %a : ({T}, {T}) -> {T}
  %r1 = graph.relu %m : ({T}) -> {T}
  %r2 = graph.relu %r1 : ({T}) -> {T}
  %z = graph.add %zero, %r2 : ({T}, {T}) -> {T}
  func.return %z : {T}
}}
"""


def test_walk_matches_xdsl_walk_order_both_ways():
    module = parse(ENABLING)
    assert ops_under(module) == list(module.walk())
    assert ops_under(module, reverse=True) == list(module.walk(reverse=True))


def test_rewrites_enabling_rewrites_downstream_reach_the_fixpoint_in_one_run():
    """neg(neg(a)) + 0 folds to a, so max(a, a) folds, so relu(relu) merges, and the final
    0 + r moves its constant right and drops it: all in one graph-canonicalize run."""
    module = parse(ENABLING.replace("%m = graph.max %s, %a", "%m = graph.max %s, %s"))
    stats = GraphCanonicalizePass().run_patterns(module, 32)
    text = print_module(module)
    assert "graph.neg" not in text and "graph.add" not in text and "graph.max" not in text
    assert text.count("graph.relu") == 1
    assert stats.changed


def test_a_later_rewrite_that_removes_a_use_enables_an_earlier_pattern():
    """The pattern at %r needs its operand used once; only the rewrite of the later add
    removes the second use, so the driver's next iteration applies it: one run, fixpoint."""
    module = parse(
        f"""func.func @main(%a: {T}) -> {T} {{
          %n = graph.neg %a : ({T}) -> {T}
          %r = graph.relu %n : ({T}) -> {T}
          %s = graph.add %r, %n : ({T}, {T}) -> {T}
          func.return %s : {T}
        }}"""
    )
    patterns = [
        Pattern("relu-of-single-use-neg", op(graph.ReluOp, op(graph.NegOp, x).bind(y)), op(graph.AbsOp, x),
                where=[has_one_use(y)]),
        Pattern("drop-neg-addend", op(graph.AddOp, x, op(graph.NegOp, ANY)), x),
    ]  # fmt: skip
    stats = apply_patterns(function(module), patterns, max_iterations=8)
    assert dict(stats.fired) == {"drop-neg-addend": 1, "relu-of-single-use-neg": 1}
    text = print_module(module)
    assert "graph.abs" in text and "graph.neg" not in text and "graph.add" not in text


def test_constraint_producer_hint_skips_hopeless_matches_without_changing_results():
    @constraint(producer=graph.ConstantOp)
    def is_zero(value: SSAValue) -> bool:
        return is_splat_of(value, 0)

    @constraint
    def is_zero_unhinted(value: SSAValue) -> bool:
        return is_splat_of(value, 0)

    hinted = compile_pattern(Pattern("add-zero", op(graph.AddOp, x, y), x, where=[is_zero(y)]))
    plain = compile_pattern(Pattern("add-zero", op(graph.AddOp, x, y), x, where=[is_zero_unhinted(y)]))
    module = parse(ENABLING)
    adds = [o for o in ops_under(module) if isinstance(o, graph.AddOp)]
    assert [hinted.may_match(o) for o in adds] == [True, False]  # the zero is on the left in the second
    assert [plain.may_match(o) for o in adds] == [True, True]
    results = []
    for pattern in (hinted, plain):
        module = parse(ENABLING)
        stats = apply_patterns(function(module), [pattern])
        assert stats.fired["add-zero"] == 1
        results.append(print_module(module))
    assert results[0] == results[1]


@dataclass(frozen=True)
class LocalCanonicalize(GraphCanonicalizePass):
    """graph-canonicalize with the fixpoint memo (its patterns are function-local)."""

    FUNCTION_LOCAL = True


def test_a_pass_rerun_on_an_unchanged_function_is_skipped_and_rerun_after_a_change():
    module = parse(ENABLING)
    first = LocalCanonicalize().run_patterns(module, 32)
    assert first.changed
    assert GraphCanonicalizePass().run_patterns(module, 32).iterations == 1  # no memo: one sweep
    again = LocalCanonicalize().run_patterns(module, 32)
    assert again.iterations == 0 and not again.changed  # skipped: the memo says fixpoint
    # a change by someone else (here: a new neg(neg(.)) pair) makes the next run do its work
    fn = function(module)
    ret = list(ops_under(fn))[-1]
    value = ret.operands[0]
    n1 = graph.NegOp.make([value], {})
    n2 = graph.NegOp.make([n1.result], {})
    ret.parent.insert_ops_before([n1, n2], ret)
    ret.operands = [n2.result]
    third = LocalCanonicalize().run_patterns(module, 32)
    assert third.fired["neg-involution"] == 1
    assert "graph.neg" not in print_module(module)


def test_ir_state_changes_with_operands_properties_types_and_order():
    module = parse(
        f"""func.func @main(%a: {T}, %b: {T}) -> {T} {{
          %s = graph.add %a, %b : ({T}, {T}) -> {T}
          %t = graph.transpose %s {{perm = array<i64: 0>}} : ({T}) -> {T}
          func.return %t : {T}
        }}"""
    )
    fn = function(module)
    before = ir_state(fn)
    assert ir_state(fn) == before
    add, transpose, _ = list(ops_under(fn))[1:]
    a, b = add.operands
    add.operands = [b, a]
    assert ir_state(fn) != before
    add.operands = [a, b]
    assert ir_state(fn) == before
    transpose.properties["perm"] = graph.ints_attr([0])
    assert ir_state(fn) == before  # an equal attribute (a new object): the same IR
    transpose.properties["perm"] = graph.ints_attr([1])
    assert ir_state(fn) != before
    transpose.detach()
    assert ir_state(fn) != before


@pytest.mark.parametrize("n", [30, 301])
def test_graph_optimize_pipeline_equals_the_full_fixpoint(n: int):
    """The pipeline (whose fixpoint stage may skip the confirming round) gives exactly what
    graph-optimize-fixpoint alone (always at least one full round) gives."""
    text = straight_line(n)
    assert optimized(text, "graph-optimize") == optimized(text, "graph-optimize-fixpoint")
    assert optimized(ENABLING, "graph-optimize") == optimized(ENABLING, "graph-optimize-fixpoint")


def test_fixpoint_runs_another_round_only_when_the_round_changed_something(monkeypatch: pytest.MonkeyPatch):
    rounds: list[int] = []
    original = graph_optimize.run_round

    def counting(*args: object) -> bool:
        rounds.append(1)
        return original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(graph_optimize, "run_round", counting)
    optimized(straight_line(30), "graph-optimize")
    assert rounds == []  # the first round changed nothing: no confirming round
    result = optimized(ENABLING, "graph-optimize")
    assert len(rounds) >= 1 and "graph.neg" not in result  # the first round changed the IR
    rounds.clear()
    optimized(straight_line(30), "graph-optimize-fixpoint")
    assert len(rounds) == 1  # without after-round: one round, which finds nothing
    rounds.clear()
    scalar = "func.func @s(%a: f32) -> f32 {\n  func.return %a : f32\n}\n"
    optimized(straight_line(30) + scalar, "graph-optimize")
    assert len(rounds) == 1  # a non-graph function: cse and dce of the round may touch it


def test_debug_rewrites_names_what_was_skipped():
    stream = io.StringIO()
    set_rewrite_debug(stream)
    try:
        optimized(straight_line(6), "graph-optimize")
        module = parse(ENABLING)
        LocalCanonicalize().run_patterns(module, 32)
        LocalCanonicalize().run_patterns(module, 32)
    finally:
        set_rewrite_debug(None)
    text = stream.getvalue()
    assert "[rewrite] graph-optimize-fixpoint: the round just run changed nothing; no further round" in text
    assert "[rewrite] graph-canonicalize: skipped, 'func.func' is unchanged since this pass's last fixpoint" in text
