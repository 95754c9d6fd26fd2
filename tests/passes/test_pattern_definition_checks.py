"""Pass-plugin mistakes caught where they are written: each error names the pattern (or the
plugin) and the plugin's file and line, never "internal compiler error"."""

from __future__ import annotations

from pathlib import Path

import pytest

from ember.tools.ember_opt import main

INPUT = """func.func @g(%a: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = graph.relu %a : (tensor<2x3xf32>) -> tensor<2x3xf32>
  func.return %0 : tensor<2x3xf32>
}"""

HEADER = """from ember.dialects import graph
from ember.passes.patterns import Pattern, Var, constraint, op, pattern_pass

x, y, p = Var("x"), Var("y"), Var("p")
"""

PLUGINS = {
    "misspelled_property": (
        'pattern_pass("plugin-pass", [\n    Pattern("drop-transpose", op(graph.TransposeOp, x, prem=p), x),\n], "s")\n',
        6, "pattern 'drop-transpose': 'graph.transpose' has no property 'prem' (its properties: perm)"),
    "unbound_target_variable": (
        'pattern_pass("plugin-pass", [\n    Pattern("relu-to-y", op(graph.ReluOp, x), y),\n], "s")\n',
        6, "pattern 'relu-to-y': target variable $y is not bound by the source"),
    "wrong_operand_count": (
        'pattern_pass("plugin-pass", [\n    Pattern("relu-to-add", op(graph.ReluOp, x), op(graph.AddOp, x)),\n], "s")\n',
        6, "pattern 'relu-to-add': 'graph.add' takes 2 operand(s), the pattern gives 1"),
    "bad_import": ("import ember.no_such_module\n", 5, "failed to load: ModuleNotFoundError"),
    "misspelled_op_class": (
        'pattern_pass("plugin-pass", [Pattern("r", op(graph.ReluuOp, x), x)], "s")\n',
        5, "failed to load: AttributeError"),
    "constraint_raises": (
        '@constraint\ndef broken(v):\n    return 1 / 0\n\n\n'
        'pattern_pass("plugin-pass", [Pattern("relu-broken", op(graph.ReluOp, x), x, where=[broken(x)])], "s")\n',
        7, "pattern 'relu-broken' on 'graph.relu': ZeroDivisionError: division by zero"),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(PLUGINS))
def test_plugin_mistake_names_the_plugin_file_and_line(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body, line, message = PLUGINS[name]
    plugin = tmp_path / f"{name}.py"
    plugin.write_text(HEADER + body)
    source = tmp_path / "input.mlir"
    source.write_text(INPUT + "\n")
    status = main([str(source), "--load-pass-plugin", str(plugin), "-p", "plugin-pass"])
    err = capsys.readouterr().err
    assert status == 1
    assert err.startswith(f"{plugin}:{line}: error: "), err
    assert message in err and "internal compiler error" not in err, err
