"""The declarative pattern API: binding, constraints, multi-result ops, failed matches, targets,
ordering, the fixpoint driver and its iteration bound, mixing with xDSL patterns, pattern passes."""

from __future__ import annotations

import io

import numpy as np
import pytest
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Operation, SSAValue
from xdsl.pattern_rewriter import PatternRewriter, PatternRewriteWalker, RewritePattern

from ember.context import make_context
from ember.diagnostics import PassError
from ember.dialects import graph
from ember.passes.patterns import (
    ANY,
    Match,
    Pattern,
    PatternError,
    Var,
    apply_patterns,
    compile_pattern,
    compute,
    constraint,
    is_constant,
    op,
    pattern_pass,
    perms_compose_to_identity,
    rewrite,
    set_rewrite_debug,
)
from ember.passes.patterns.matcher import match_pattern
from ember.registry import build_pipeline, ember_passes
from ember.runtime.reference import run_reference
from ember.textual import parse_module, print_module

F4 = graph.tensor((4,), graph.f32)


def parse(text: str) -> ModuleOp:
    module, _ = parse_module(make_context(), text)
    return module


def ops_named(module: ModuleOp, name: str) -> list[Operation]:
    return [o for o in module.walk() if o.name == name]


x, y, p, q, t = Var("x"), Var("y"), Var("p"), Var("q"), Var("t")


# ---- binding ------------------------------------------------------------------------------------


def test_binds_operands_properties_types_and_subpatterns():
    module = parse(
        """func.func @main(%a: tensor<2x3xf32>) -> tensor<2x3xf32> {
          %t = graph.transpose %a {perm = array<i64: 1, 0>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
          %u = graph.transpose %t {perm = array<i64: 1, 0>} : (tensor<3x2xf32>) -> tensor<2x3xf32>
          func.return %u : tensor<2x3xf32>
        }"""
    )
    inner_pattern = op(graph.TransposeOp, x, perm=p).bind(y)
    source = op(graph.TransposeOp, inner_pattern, perm=q).typed(t)
    root = ops_named(module, "graph.transpose")[1]
    m = match_pattern(source, root)
    assert m is not None
    arg = list(module.walk())[1].body.block.args[0]
    assert m[x] is arg
    assert m[p] == (1, 0) and m[q] == (1, 0)
    assert m.attr(p) == graph.ints_attr((1, 0))
    assert m[t] == graph.tensor((2, 3), graph.f32)
    assert m[y] is ops_named(module, "graph.transpose")[0].results[0]
    assert m.op(inner_pattern) is ops_named(module, "graph.transpose")[0]
    with pytest.raises(PatternError, match="not bound"):
        m[Var("unbound")]


def test_repeated_variable_must_bind_the_same_value():
    module = parse(
        """func.func @main(%a: tensor<4xf32>, %b: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
          %s = graph.sub %a, %a : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
          %d = graph.sub %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
          func.return %s, %d : tensor<4xf32>, tensor<4xf32>
        }"""
    )
    same, different = ops_named(module, "graph.sub")
    source = op(graph.SubOp, x, x)
    assert match_pattern(source, same) is not None
    assert match_pattern(source, different) is None


def test_literal_properties_and_wildcards():
    module = parse(
        """func.func @main(%a: tensor<2x3xf32>) -> tensor<6xf32> {
          %f = graph.flatten %a {axis = 0 : i64} : (tensor<2x3xf32>) -> tensor<1x6xf32>
          %r = graph.reshape %f {shape = array<i64: 6>} : (tensor<1x6xf32>) -> tensor<6xf32>
          func.return %r : tensor<6xf32>
        }"""
    )
    flatten = ops_named(module, "graph.flatten")[0]
    reshape = ops_named(module, "graph.reshape")[0]
    assert match_pattern(op(graph.FlattenOp, ANY, axis=0), flatten) is not None
    assert match_pattern(op(graph.FlattenOp, ANY, axis=1), flatten) is None
    assert match_pattern(op(graph.ReshapeOp, ANY, shape=[6]), reshape) is not None
    assert match_pattern(op(graph.ReshapeOp, ANY, shape=(1, 6)), reshape) is None
    # a tuple of classes matches any of them
    assert match_pattern(op((graph.SqueezeOp, graph.FlattenOp), x), flatten) is not None


# ---- failed matches ---------------------------------------------------------------------------


def test_failed_matches_wrong_class_operand_count_nested_and_type():
    module = parse(
        """func.func @main(%a: tensor<1x2x3x3xf32>, %w: tensor<2x2x1x1xf32>, %b: tensor<2xf32>) -> tensor<1x2x3x3xf32> {
          %c = graph.conv %a, %w, %b : (tensor<1x2x3x3xf32>, tensor<2x2x1x1xf32>, tensor<2xf32>) -> tensor<1x2x3x3xf32>
          %r = graph.relu %c : (tensor<1x2x3x3xf32>) -> tensor<1x2x3x3xf32>
          func.return %r : tensor<1x2x3x3xf32>
        }"""
    )
    conv = ops_named(module, "graph.conv")[0]
    relu = ops_named(module, "graph.relu")[0]
    assert match_pattern(op(graph.NegOp, x), relu) is None  # wrong class
    assert match_pattern(op(graph.ConvOp, x, y), conv) is None  # conv has a bias: 3 operands
    assert match_pattern(op(graph.ConvOp, x, y, ANY), conv) is not None
    assert match_pattern(op(graph.ReluOp, op(graph.ConvOp, x, y)), relu) is None  # nested failure
    assert match_pattern(op(graph.ReluOp, x).typed(graph.tensor((4,), graph.f32)), relu) is None
    assert match_pattern(op(graph.ReluOp, op(graph.NegOp, x)), relu) is None
    # a block argument is not an op result
    assert match_pattern(op(graph.ConvOp, op(graph.ReluOp, x), y, ANY), conv) is None


def test_replacement_of_another_type_is_declined():
    # x + 0 where the zero broadcasts x to a larger shape must not become x
    module = parse(
        """func.func @main(%a: tensor<3xf32>) -> tensor<2x3xf32> {
          %z = graph.constant dense<0.0> : tensor<2x3xf32>
          %s = graph.add %a, %z : (tensor<3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
          func.return %s : tensor<2x3xf32>
        }"""
    )
    pattern = Pattern("add-anything", op(graph.AddOp, x, ANY), x)
    compiled = compile_pattern(pattern)
    stats = apply_patterns(module, [compiled])
    assert not stats.fired
    assert ops_named(module, "graph.add")
    assert "types differ" in compiled.last_failure


def test_malformed_patterns_are_reported_at_declaration():
    with pytest.raises(PatternError, match="not a pattern term"):
        op(graph.ReluOp, 3)
    with pytest.raises(PatternError, match="@constraint"):
        Pattern("bad", op(graph.ReluOp, x), x, where=[lambda m: True])
    with pytest.raises(PatternError, match="source must be an op pattern"):
        Pattern("bad", x, x)


# ---- constraints ------------------------------------------------------------------------------


@constraint
def longer_than(value: SSAValue, n: int) -> bool:
    return graph.shape_of(value.type)[0] > n


def test_constraints_gate_rewrites_and_failures_are_named():
    module = parse(
        """func.func @main(%a: tensor<4xf32>, %b: tensor<2xf32>) -> (tensor<4xf32>, tensor<2xf32>) {
          %r = graph.relu %a : (tensor<4xf32>) -> tensor<4xf32>
          %s = graph.relu %b : (tensor<2xf32>) -> tensor<2xf32>
          func.return %r, %s : tensor<4xf32>, tensor<2xf32>
        }"""
    )
    pattern = compile_pattern(
        Pattern("relu-to-abs-if-long", op(graph.ReluOp, x), op(graph.AbsOp, x), where=[longer_than(x, 3)])
    )
    stats = apply_patterns(module, [pattern])
    assert stats.fired["relu-to-abs-if-long"] == 1
    assert [o.operands[0].type for o in ops_named(module, "graph.abs")] == [F4]
    assert len(ops_named(module, "graph.relu")) == 1
    assert pattern.last_failure == "constraint longer_than failed"


def test_library_constraint_perms_compose():
    assert perms_compose_to_identity.predicate((1, 2, 0), (2, 0, 1))
    assert not perms_compose_to_identity.predicate((1, 2, 0), (1, 2, 0))
    assert not perms_compose_to_identity.predicate((1, 0), (1, 0, 2))


# ---- targets ------------------------------------------------------------------------------------


def test_computed_properties_and_new_constants():
    module = parse(
        """func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {
          %c = graph.constant dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>
          %m = graph.mul %a, %c : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
          func.return %m : tensor<4xf32>
        }"""
    )
    c = Var("c")

    def halve(value: SSAValue) -> np.ndarray:
        return value.owner.to_array() / 2

    pattern = Pattern(
        "mul-to-double-half",
        op(graph.MulOp, x, c),
        op(graph.AddOp, op(graph.MulOp, x, compute(halve, c)), op(graph.MulOp, x, compute(halve, c))),
        where=[is_constant(c)],
    )
    before = run_reference(module, [np.arange(4, dtype=np.float32)])
    # apply once with xDSL's own walker (non-recursive) to show compiled patterns are xDSL patterns
    PatternRewriteWalker(compile_pattern(pattern), apply_recursively=False).rewrite_module(module)
    after = run_reference(module, [np.arange(4, dtype=np.float32)])
    np.testing.assert_allclose(before[0], after[0])
    assert len(ops_named(module, "graph.mul")) == 2
    consts = [o.to_array() for o in ops_named(module, "graph.constant")]
    assert any(np.array_equal(a, [0.5, 1.0, 1.5, 2.0]) for a in consts)


def test_python_target_function_builds_and_may_decline():
    module = parse(
        """func.func @main(%a: tensor<2x3xf32>) -> tensor<3x2xf32> {
          %t = graph.transpose %a {perm = array<i64: 1, 0>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
          func.return %t : tensor<3x2xf32>
        }"""
    )
    calls = []

    @rewrite(op(graph.TransposeOp, x, perm=p), name="transpose-via-neg-neg")
    def double_negate(m: Match, rewriter: PatternRewriter) -> SSAValue | None:
        calls.append(m[p])
        if len(calls) > 1:
            return None  # decline the second time
        n1 = rewriter.insert(graph.NegOp.make([m[x]]))
        moved = rewriter.insert(graph.TransposeOp.make([n1.result], {"perm": m.attr(p)}))
        moved.attributes["done"] = graph.int_attr(1)
        return rewriter.insert(graph.NegOp.make([moved.result])).result

    assert double_negate.name == "transpose-via-neg-neg"
    data = np.arange(6, dtype=np.float32).reshape(2, 3)
    before = run_reference(module, [data])
    stats = apply_patterns(module, [double_negate])
    assert stats.fired["transpose-via-neg-neg"] == 1
    np.testing.assert_array_equal(run_reference(module, [data])[0], before[0])
    assert [o.name for o in list(module.walk())[2:]] == ["graph.neg", "graph.transpose", "graph.neg", "func.return"]


def test_python_target_that_mutates_then_declines_is_an_error():
    module = parse(
        """func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {
          %r = graph.relu %a : (tensor<4xf32>) -> tensor<4xf32>
          func.return %r : tensor<4xf32>
        }"""
    )

    @rewrite(op(graph.ReluOp, x))
    def sloppy(m: Match, rewriter: PatternRewriter) -> None:
        rewriter.insert(graph.NegOp.make([m[x]]))
        return None

    with pytest.raises(PatternError, match="changed the IR and then declined"):
        apply_patterns(module, [sloppy])


# ---- multi-result ops ---------------------------------------------------------------------------


def test_result_patterns_match_pieces_of_multi_result_ops():
    module = parse(
        """func.func @main(%a: tensor<4x3xf32>) -> (tensor<1x3xf32>, tensor<3x3xf32>) {
          %s:2 = graph.split %a {axis = 0 : i64, sizes = array<i64: 1, 3>} : (tensor<4x3xf32>) -> (tensor<1x3xf32>, tensor<3x3xf32>)
          %n = graph.neg %s#1 : (tensor<3x3xf32>) -> tensor<3x3xf32>
          %r = graph.relu %s#0 : (tensor<1x3xf32>) -> tensor<1x3xf32>
          func.return %r, %n : tensor<1x3xf32>, tensor<3x3xf32>
        }"""
    )
    split = op(graph.SplitOp, x, sizes=p)
    neg = ops_named(module, "graph.neg")[0]
    relu = ops_named(module, "graph.relu")[0]
    assert match_pattern(op(graph.NegOp, split.result(1)), neg) is not None
    assert match_pattern(op(graph.NegOp, split.result(0)), neg) is None
    assert match_pattern(op(graph.ReluOp, split.result(0)), relu) is not None
    # a plain op pattern does not match a result of a multi-result op
    assert match_pattern(op(graph.NegOp, op(graph.SplitOp, x)), neg) is None


def test_multi_result_root_replaced_by_a_target_per_result():
    # split(neg(x)) -> neg of each piece of split(x): the target is a sequence, one per result,
    # sharing one new split (a target DAG)
    module = parse(
        """func.func @main(%a: tensor<4xf32>) -> (tensor<1xf32>, tensor<3xf32>) {
          %n = graph.neg %a : (tensor<4xf32>) -> tensor<4xf32>
          %s:2 = graph.split %n {axis = 0 : i64, sizes = array<i64: 1, 3>} : (tensor<4xf32>) -> (tensor<1xf32>, tensor<3xf32>)
          func.return %s#0, %s#1 : tensor<1xf32>, tensor<3xf32>
        }"""
    )
    sizes = Var("sizes")
    split = op(graph.SplitOp, x, sizes=sizes)  # built once by the target, used twice
    split_of_neg = Pattern(
        "split-of-neg",
        op(graph.SplitOp, op(graph.NegOp, x), sizes=sizes),
        [op(graph.NegOp, split.result(0)), op(graph.NegOp, split.result(1))],
    )

    data = np.array([1, -2, 3, -4], dtype=np.float32)
    before = run_reference(module, [data])
    stats = apply_patterns(module, [split_of_neg])
    assert stats.fired["split-of-neg"] == 1
    after = run_reference(module, [data])
    for b, a in zip(before, after, strict=True):
        np.testing.assert_array_equal(a, b)
    assert [o.name for o in list(module.walk())[2:]] == ["graph.split", "graph.neg", "graph.neg", "func.return"]


def test_whole_multi_result_op_as_target():
    # split(x) with unchanged sizes rebuilt from an op-pattern target of a multi-result op
    module = parse(
        """func.func @main(%a: tensor<4xf32>) -> (tensor<1xf32>, tensor<3xf32>) {
          %s:2 = graph.split %a {axis = 0 : i64, sizes = array<i64: 1, 3>} : (tensor<4xf32>) -> (tensor<1xf32>, tensor<3xf32>)
          func.return %s#0, %s#1 : tensor<1xf32>, tensor<3xf32>
        }"""
    )
    sizes = Var("sizes")
    pattern = Pattern(
        "split-rebuilt",
        op(graph.SplitOp, x, sizes=sizes, axis=0),
        op(graph.SplitOp, x, sizes=sizes, axis=-1),
    )
    stats = apply_patterns(module, [pattern])
    assert stats.fired["split-rebuilt"] == 1
    (split,) = ops_named(module, "graph.split")
    assert graph.read_int(split.properties, "axis") == -1


# ---- driver: order, fixpoint, bound -----------------------------------------------------------


def test_benefit_then_declaration_order_decides():
    module = parse(
        """func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {
          %r = graph.relu %a : (tensor<4xf32>) -> tensor<4xf32>
          func.return %r : tensor<4xf32>
        }"""
    )
    low = Pattern("to-neg", op(graph.ReluOp, x), op(graph.NegOp, x))
    high = Pattern("to-abs", op(graph.ReluOp, x), op(graph.AbsOp, x), benefit=2)
    apply_patterns(module, [low, high])
    assert ops_named(module, "graph.abs") and not ops_named(module, "graph.neg")
    module2 = parse(print_module(module).replace("graph.abs", "graph.relu"))
    apply_patterns(module2, [low, Pattern("to-abs", op(graph.ReluOp, x), op(graph.AbsOp, x))])
    assert ops_named(module2, "graph.neg")


def test_fixpoint_on_a_long_chain_and_dead_code_removed():
    lines = ["func.func @main(%v0: tensor<2x3xf32>) -> tensor<2x3xf32> {"]
    shapes = ["2x3", "3x2"]
    for i in range(10):
        lines.append(
            f"  %v{i + 1} = graph.transpose %v{i} {{perm = array<i64: 1, 0>}} : "
            f"(tensor<{shapes[i % 2]}xf32>) -> tensor<{shapes[(i + 1) % 2]}xf32>"
        )
    lines += ["  func.return %v10 : tensor<2x3xf32>", "}"]
    module = parse("\n".join(lines))
    pattern = Pattern(
        "transpose-pair", op(graph.TransposeOp, op(graph.TransposeOp, x, perm=p), perm=q), x,
        where=[perms_compose_to_identity(p, q)],
    )  # fmt: skip
    stats = apply_patterns(module, [pattern])
    assert not ops_named(module, "graph.transpose")
    assert stats.fired["transpose-pair"] >= 5
    assert stats.iterations <= 4
    # a second run is a no-op: the fixpoint was reached
    assert not apply_patterns(module, [pattern]).changed


def test_iteration_bound_hit_is_a_clear_error():
    module = parse(
        """func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {
          %r = graph.relu %a : (tensor<4xf32>) -> tensor<4xf32>
          func.return %r : tensor<4xf32>
        }"""
    )
    ping = Pattern("relu-to-abs", op(graph.ReluOp, x), op(graph.AbsOp, x))
    pong = Pattern("abs-to-relu", op(graph.AbsOp, x), op(graph.ReluOp, x))
    with pytest.raises(PassError) as info:
        apply_patterns(module, [ping, pong], pass_name="ping-pong", max_iterations=5)
    message = str(info.value)
    assert "ping-pong: rewriting did not reach a fixpoint after 5 iterations" in message
    assert "abs-to-relu" in message and "relu-to-abs" in message
    assert "max-iterations" in message
    module.verify()  # the IR is still valid when the driver gives up


def test_imperative_xdsl_patterns_mix_with_declarative_ones():
    class ExpToPow(RewritePattern):
        """graph.exp(x) -> e ** x (an ordinary xDSL pattern)."""

        def match_and_rewrite(self, op_: Operation, rewriter: PatternRewriter, /) -> None:
            if isinstance(op_, graph.ExpOp):
                base = graph.ConstantOp.from_array(np.full(graph.shape_of(op_.result.type), np.e, np.float32))
                rewriter.replace(op_, [base, graph.PowOp.make([base.result, op_.input])])

    module = parse(
        """func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {
          %n = graph.neg %a : (tensor<4xf32>) -> tensor<4xf32>
          %m = graph.neg %n : (tensor<4xf32>) -> tensor<4xf32>
          %e = graph.exp %m : (tensor<4xf32>) -> tensor<4xf32>
          func.return %e : tensor<4xf32>
        }"""
    )
    data = np.array([0.5, -1.0, 2.0, 0.0], np.float32)
    before = run_reference(module, [data])
    double_neg = Pattern("double-neg", op(graph.NegOp, op(graph.NegOp, x)), x)
    stream = io.StringIO()
    set_rewrite_debug(stream)
    try:
        stats = apply_patterns(module, [ExpToPow(), double_neg], pass_name="mix")
    finally:
        set_rewrite_debug(None)
    assert stats.fired == {"double-neg": 1, "ExpToPow": 1}
    assert [o.name for o in list(module.walk())[2:]] == ["graph.constant", "graph.pow", "func.return"]
    np.testing.assert_allclose(run_reference(module, [data])[0], before[0], rtol=1e-6)
    log = stream.getvalue().splitlines()
    assert log == [
        "[decline] mix: double-neg on 'graph.neg': operand #0 of 'graph.neg' is a block argument, "
        "not a result of 'graph.neg'",
        "[rewrite] mix: double-neg on 'graph.neg'",
        "[rewrite] mix: ExpToPow on 'graph.exp'",
        "[rewrite] mix: 2 rewrite(s), 1 dead op(s) erased, fixpoint after 2 iteration(s)",
    ]


# ---- pattern passes -----------------------------------------------------------------------------


def test_pattern_pass_registers_and_takes_options():
    cls = pattern_pass(
        "test-relu-to-abs",
        [Pattern("relu-to-abs", op(graph.ReluOp, x), op(graph.AbsOp, x)),
         Pattern("abs-to-relu", op(graph.AbsOp, x), op(graph.ReluOp, x))],
        "Loop forever (for the iteration-bound test).",
    )  # fmt: skip
    assert ember_passes()["test-relu-to-abs"] is cls
    assert cls.__doc__ == "Loop forever (for the iteration-bound test)."
    module = parse(
        """func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {
          %r = graph.relu %a : (tensor<4xf32>) -> tensor<4xf32>
          func.return %r : tensor<4xf32>
        }"""
    )
    pipeline = build_pipeline("test-relu-to-abs{max-iterations=3}")
    assert pipeline.passes[0].max_iterations == 3
    with pytest.raises(PassError, match="after 3 iterations"):
        pipeline.apply(make_context(), module)
    with pytest.raises(PatternError, match="kebab-case"):
        pattern_pass("Bad Name", [], "x")


def test_new_constant_and_new_attr_helpers():
    from ember.passes.patterns import new_attr, new_constant, shapes_broadcast

    module = parse(
        """func.func @main(%a: tensor<2x3xf32>) -> tensor<2x3xf32> {
          %r = graph.relu %a : (tensor<2x3xf32>) -> tensor<2x3xf32>
          func.return %r : tensor<2x3xf32>
        }"""
    )
    # relu(x) -> max(x, 0) with a fixed new constant; then max(x, c) -> clip(x, min=c) via new_attr
    to_max = Pattern("relu-to-max", op(graph.ReluOp, x), op(graph.MaxOp, x, new_constant(np.float32(0.0))))
    c = Var("c")
    to_clip = Pattern(
        "max-to-clip",
        op(graph.MaxOp, x, c),
        op(graph.ClipOp, x, min=new_attr(lambda v: float(v.owner.to_array()), c)),
        where=[shapes_broadcast(x, c), is_constant(c)],
    )
    data = np.linspace(-1, 1, 6, dtype=np.float32).reshape(2, 3)
    before = run_reference(module, [data])
    stats = apply_patterns(module, [to_max, to_clip])
    assert stats.fired == {"relu-to-max": 1, "max-to-clip": 1}
    (clip,) = ops_named(module, "graph.clip")
    assert graph.read_float(clip.properties, "min") == 0.0
    np.testing.assert_array_equal(run_reference(module, [data])[0], before[0])


def test_python_target_for_multi_result_root():
    module = parse(
        """func.func @main(%a: tensor<4xf32>) -> (tensor<1xf32>, tensor<3xf32>) {
          %n = graph.neg %a : (tensor<4xf32>) -> tensor<4xf32>
          %s:2 = graph.split %n {axis = 0 : i64, sizes = array<i64: 1, 3>} : (tensor<4xf32>) -> (tensor<1xf32>, tensor<3xf32>)
          func.return %s#0, %s#1 : tensor<1xf32>, tensor<3xf32>
        }"""
    )
    sizes = Var("sizes")

    @rewrite(op(graph.SplitOp, op(graph.NegOp, x), sizes=sizes), name="split-of-neg")
    def split_of_neg(m: Match, rewriter: PatternRewriter) -> list[SSAValue]:
        pieces = rewriter.insert(graph.SplitOp.make([m[x]], {"sizes": m.attr(sizes)}))
        return [rewriter.insert(graph.NegOp.make([r])).result for r in pieces.results]

    data = np.array([1, -2, 3, -4], dtype=np.float32)
    before = run_reference(module, [data])
    assert apply_patterns(module, [split_of_neg]).fired["split-of-neg"] == 1
    for b, a in zip(before, run_reference(module, [data]), strict=True):
        np.testing.assert_array_equal(a, b)


def test_target_can_use_results_of_matched_multi_result_ops():
    # neg(neg(split(x)#1)) -> split(x)#1: the target names a result of the matched split
    module = parse(
        """func.func @main(%a: tensor<4xf32>) -> tensor<3xf32> {
          %s:2 = graph.split %a {axis = 0 : i64, sizes = array<i64: 1, 3>} : (tensor<4xf32>) -> (tensor<1xf32>, tensor<3xf32>)
          %n = graph.neg %s#1 : (tensor<3xf32>) -> tensor<3xf32>
          %m = graph.neg %n : (tensor<3xf32>) -> tensor<3xf32>
          func.return %m : tensor<3xf32>
        }"""
    )
    split = op(graph.SplitOp, x)
    pattern = Pattern("neg-neg-of-piece", op(graph.NegOp, op(graph.NegOp, split.result(1))), split.result(1))
    assert apply_patterns(module, [pattern]).fired["neg-neg-of-piece"] == 1
    (ret,) = ops_named(module, "func.return")
    assert ret.operands[0] is ops_named(module, "graph.split")[0].results[1]
