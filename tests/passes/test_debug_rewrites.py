"""``--debug-rewrites`` says why a declarative pattern declined an op of its root class: an
operand not produced by the expected op, a property that differs, a ``where=`` constraint that is
false, a replacement whose type would not agree. One ``[decline]`` line per attempt, on the
debug stream (stderr in ember-opt), naming the pass, the pattern, the op and the reason."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import SSAValue

from ember.context import make_context
from ember.dialects import graph
from ember.passes.patterns import (
    ANY,
    Pattern,
    Var,
    apply_patterns,
    constraint,
    op,
    set_rewrite_debug,
)
from ember.textual import parse_module

x = Var("x")

MODULE = """func.func @main(%a: tensor<4xf32>, %w: tensor<2x3xf32>) -> (tensor<4xf32>, tensor<3x2xf32>, tensor<2x4xf32>) {
  %r = graph.relu %a : (tensor<4xf32>) -> tensor<4xf32>
  %n = graph.neg %r : (tensor<4xf32>) -> tensor<4xf32>
  %t = graph.transpose %w {perm = array<i64: 1, 0>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
  %z = graph.constant dense<0.0> : tensor<2x4xf32>
  %s = graph.add %a, %z : (tensor<4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  func.return %n, %t, %s : tensor<4xf32>, tensor<3x2xf32>, tensor<2x4xf32>
}"""


@constraint
def is_long(value: SSAValue) -> bool:
    return graph.shape_of(value.type)[0] > 100


def declines(patterns: list[Pattern]) -> list[str]:
    module, _ = parse_module(make_context(), MODULE)
    assert isinstance(module, ModuleOp)
    stream = io.StringIO()
    set_rewrite_debug(stream)
    try:
        stats = apply_patterns(module, patterns, pass_name="explain")
    finally:
        set_rewrite_debug(None)
    assert not stats.fired
    return [line for line in stream.getvalue().splitlines() if line.startswith("[decline]")]


def test_operand_from_another_op():
    lines = declines([Pattern("neg-of-exp", op(graph.NegOp, op(graph.ExpOp, x)), x)])
    assert lines == [
        "[decline] explain: neg-of-exp on 'graph.neg': operand #0 of 'graph.neg' is produced by "
        "'graph.relu', not a result of 'graph.exp'"
    ]


def test_operand_that_is_a_block_argument_nested():
    lines = declines([Pattern("neg-relu-exp", op(graph.NegOp, op(graph.ReluOp, op(graph.ExpOp, x))), x)])
    assert lines == [
        "[decline] explain: neg-relu-exp on 'graph.neg': operand #0 of 'graph.neg': operand #0 of "
        "'graph.relu' is a block argument, not a result of 'graph.exp'"
    ]


def test_property_that_differs():
    lines = declines([Pattern("transpose-identity", op(graph.TransposeOp, x, perm=(0, 1)), x)])
    assert lines == [
        "[decline] explain: transpose-identity on 'graph.transpose': property 'perm' of "
        "'graph.transpose' is (1, 0), the pattern expects (0, 1)"
    ]


def test_where_constraint_that_is_false():
    lines = declines([Pattern("long-relu", op(graph.ReluOp, x), x, where=[is_long(x)])])
    assert lines == ["[decline] explain: long-relu on 'graph.relu': constraint is_long failed"]


def test_replacement_of_another_type():
    lines = declines([Pattern("add-anything", op(graph.AddOp, x, ANY), x)])
    assert lines == [
        "[decline] explain: add-anything on 'graph.add': replacement types differ from the root's "
        "result types: (tensor<4xf32>) instead of (tensor<2x4xf32>)"
    ]


def test_nothing_is_printed_without_the_flag():
    module, _ = parse_module(make_context(), MODULE)
    stats = apply_patterns(module, [Pattern("neg-of-exp", op(graph.NegOp, op(graph.ExpOp, x)), x)])
    assert not stats.fired  # and no stream: nothing to print, nothing raised


def test_ember_opt_prints_the_decline_with_its_location(tmp_path: Path):
    plugin = tmp_path / "explain_plugin.py"
    plugin.write_text(
        "from ember.dialects.graph import NegOp, ExpOp\n"
        "from ember.passes.patterns import Pattern, Var, op, pattern_pass\n"
        "x = Var('x')\n"
        "pattern_pass('explain-negs', [Pattern('neg-of-exp', op(NegOp, op(ExpOp, x)), x)], 'Drop neg of exp.')\n"
    )
    source = tmp_path / "input.mlir"
    source.write_text(MODULE)
    done = subprocess.run(
        [sys.executable, "-m", "ember.tools.ember_opt", str(source), "--load-pass-plugin", str(plugin),
         "-p", "explain-negs", "--debug-rewrites", "-o", str(tmp_path / "out.mlir")],
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert (
        f"[decline] explain-negs: neg-of-exp on 'graph.neg' at {source}:3:3: operand #0 of 'graph.neg' "
        "is produced by 'graph.relu', not a result of 'graph.exp'"
    ) in done.stderr.splitlines()
