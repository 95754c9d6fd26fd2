"""ember-opt verifies after every pass, except after a pass that reported the module unchanged
(``ember.pass_report``): a pass that breaks the IR is still caught and named, whatever runs
around it, and a pass that changes nothing costs no verification."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ember.pass_report import report_unchanged, take_unchanged_report
from ember.tools import opt_main

ROOT = Path(__file__).resolve().parents[2]
BREAK_PLUGIN = ROOT / "filecheck" / "tools" / "Inputs" / "break_ir_plugin.py"
RELU = ROOT / "filecheck" / "tools" / "Inputs" / "relu.mlir"
sys.path.insert(0, str(ROOT / "benchmarks"))
from textual_scale import straight_line  # noqa: E402

BREAKING_PATTERN_PLUGIN = '''
from xdsl.pattern_rewriter import PatternRewriter, RewritePattern
from ember.dialects import graph
from ember.passes.patterns import pattern_pass


class ReluToBadReshape(RewritePattern):
    """Replace a relu by a reshape to a shape of another size (an invalid op)."""

    root_classes = (graph.ReluOp,)

    def match_and_rewrite(self, op, rewriter: PatternRewriter) -> None:
        x = op.operands[0]
        bad = graph.ReshapeOp.create(
            operands=[x], result_types=[x.type], properties={"shape": graph.ints_attr((99,))}
        )
        rewriter.replace(op, bad)


pattern_pass("test-break-by-pattern", [ReluToBadReshape()], "Break the IR through the rewriter.")
'''

ENABLING = """func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {
  %a = graph.neg %x : (tensor<4xf32>) -> tensor<4xf32>
  %b = graph.neg %a : (tensor<4xf32>) -> tensor<4xf32>
  func.return %b : tensor<4xf32>
}
"""


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    from ember.tools.cli import run_tool

    status = run_tool(opt_main.run, argv)
    return status, capsys.readouterr().err


def _counting_verifications(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    calls: list[str | None] = []
    original = opt_main.verify_module

    def counting(module: object, sources: object = None, after_pass: str | None = None) -> None:
        calls.append(after_pass)
        original(module, sources, after_pass)  # type: ignore[arg-type]

    monkeypatch.setattr(opt_main, "verify_module", counting)
    return calls


@pytest.mark.parametrize(
    "pipeline", ["test-break-ir", "test-break-ir,graph-canonicalize,cse,dce", "graph-optimize,test-break-ir,cse"]
)
def test_a_pass_that_breaks_the_ir_is_named_whatever_runs_around_it(
    pipeline: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, err = _run([str(RELU), "--load-pass-plugin", str(BREAK_PLUGIN), "-p", pipeline], capsys)
    assert status == 1
    assert "error: after pass 'test-break-ir': 'graph.reshape' op cannot reshape" in err
    assert "Traceback" not in err


def _run_plugin(tmp_path: Path, capsys: pytest.CaptureFixture[str], plugin_text: str, pipeline: str) -> tuple[int, str]:
    """``ember-opt`` on the ReLU input with ``plugin_text`` loaded as a pass plugin."""
    plugin = tmp_path / "plugin.py"
    plugin.write_text(plugin_text)
    return _run([str(RELU), "--load-pass-plugin", str(plugin), "-p", pipeline], capsys)


def test_a_pattern_that_breaks_the_ir_is_caught_after_its_pass(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, err = _run_plugin(tmp_path, capsys, BREAKING_PATTERN_PLUGIN, "test-break-by-pattern,cse")
    assert status == 1
    assert "after pass 'test-break-by-pattern': 'graph.reshape' op cannot reshape" in err


def test_no_verification_after_passes_that_changed_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "line.mlir"
    source.write_text(straight_line(30))
    calls = _counting_verifications(monkeypatch)
    status, err = _run([str(source), "-p", "graph-optimize", "-o", str(tmp_path / "out.mlir")], capsys)
    assert status == 0, err
    assert calls == [None]  # the input only: no stage of graph-optimize changed anything


def test_verification_after_passes_that_changed_something(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "negs.mlir"
    source.write_text(ENABLING)
    calls = _counting_verifications(monkeypatch)
    status, err = _run([str(source), "-p", "graph-canonicalize,cse,dce,graph-canonicalize"], capsys)
    assert status == 0, err
    assert calls == [None, "graph-canonicalize"]  # neg(neg(x)) -> x; then nothing to do
    assert "graph.neg" not in capsys.readouterr().out


def test_disable_verify_verifies_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    calls = _counting_verifications(monkeypatch)
    status, err = _run([str(RELU), "-p", "graph-canonicalize", "--disable-verify"], capsys)
    assert status == 0, err
    assert calls == []


def test_a_report_speaks_for_one_pass_only() -> None:
    from xdsl.dialects.builtin import ModuleOp

    module, reporter = ModuleOp([]), object()
    assert take_unchanged_report(module) is None
    report_unchanged(module, reporter)
    assert take_unchanged_report(module) is reporter
    assert take_unchanged_report(module) is None  # consumed


NESTING_PLUGIN = """
from dataclasses import dataclass

from xdsl.passes import ModulePass

from ember.dialects import graph
from ember.passes.cse import CsePass
from ember.registry import register_pass


@register_pass
@dataclass(frozen=True)
class TestCseThenBreakPass(ModulePass):
    \"\"\"Run cse inside (nothing to merge: it reports the module unchanged), then break the IR.\"\"\"

    name = "test-cse-then-break"

    def apply(self, ctx, op) -> None:
        CsePass().apply(ctx, op)
        for relu in [o for o in op.walk() if isinstance(o, graph.ReluOp)]:
            x = relu.operands[0]
            bad = graph.ReshapeOp.create(
                operands=[x], result_types=[x.type], properties={"shape": graph.ints_attr((99,))}
            )
            relu.parent_block().insert_op_before(bad, relu)
"""


def test_a_report_made_by_a_pass_run_inside_another_does_not_skip_its_verification(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, err = _run_plugin(tmp_path, capsys, NESTING_PLUGIN, "test-cse-then-break")
    assert status == 1
    assert "after pass 'test-cse-then-break': 'graph.reshape' op cannot reshape" in err


def test_graph_optimize_rounds_are_verified_after_when_they_changed_the_module(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """graph-optimize-fixpoint without after-round runs a round (whose cse and dce report the
    module unchanged inside it); the round changed the module, so it is verified after."""
    source = tmp_path / "negs.mlir"
    source.write_text(ENABLING)
    calls = _counting_verifications(monkeypatch)
    status, err = _run([str(source), "-p", "graph-optimize-fixpoint"], capsys)
    assert status == 0, err
    assert calls == [None, "graph-optimize-fixpoint"]
