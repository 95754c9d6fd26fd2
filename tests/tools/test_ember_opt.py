"""ember-opt as a user sees it: ``--help`` (sections, every ember pass with its summary, the
standard options), exit statuses, ``--debug`` tracebacks, stdin and ``-o``.

The located error formats themselves are pinned by the lit suite (filecheck/tools/opt-errors.test);
here every malformed input is checked to exit with status exactly 1 and no traceback.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INPUTS = ROOT / "filecheck" / "tools" / "Inputs"
EMBER_OPT = str(Path(sys.executable).with_name("ember-opt"))
VALID = ROOT / "filecheck" / "tools" / "Inputs" / "relu.mlir"


def run(*args: str, stdin: str | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "EMBER_DEBUG"}
    environment.update(env or {})
    return subprocess.run(
        [EMBER_OPT, *args], input=stdin, capture_output=True, text=True, env=environment, timeout=120
    )


@pytest.fixture(scope="module")
def help_text() -> str:
    result = run("--help")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def test_help_has_sections(help_text: str) -> None:
    for section in ("usage: ember-opt", "named pipelines:", "ember passes:", "xDSL passes (also available):"):
        assert section in help_text


def test_help_lists_standard_options(help_text: str) -> None:
    for option in (
        "-p PASSES", "--pass-pipeline", "--print-ir-after-all", "--split-input-file",
        "--verify-diagnostics", "--print-op-generic", "-o OUTPUT_FILE", "--debug", "--load-pass-plugin",
    ):  # fmt: skip
        assert option in help_text, option


_REGISTRY_DUMP = """
import json
from ember.registry import ember_passes, first_doc_line, pipelines
print(json.dumps({
    "passes": {n: first_doc_line(c) for n, c in ember_passes().items()},
    "pipelines": {n: p.summary for n, p in pipelines().items()},
}))
"""


def test_help_lists_every_ember_pass_with_its_summary(help_text: str) -> None:
    # the registry as a fresh process sees it (other tests may register plugin passes here)
    dump = subprocess.run([sys.executable, "-c", _REGISTRY_DUMP], capture_output=True, text=True, check=True)
    registry = json.loads(dump.stdout)
    assert registry["passes"], "no ember pass registered"
    lines = help_text.splitlines()
    for kind in ("passes", "pipelines"):
        for name, summary in registry[kind].items():
            assert summary, f"{name} has no one-line summary"
            assert any(line.split() and line.split()[0] == name and summary in line for line in lines), name


def test_help_lists_xdsl_passes(help_text: str) -> None:
    xdsl_section = help_text.split("xDSL passes (also available):", 1)[1]
    for name in ("canonicalize", "cse", "dce"):
        assert name in xdsl_section


WELL_FORMED = {"relu.mlir", "matmul.mlir"}  # inputs of lit tests that expect success
MALFORMED = sorted(p.name for p in INPUTS.glob("*.mlir") if p.name not in WELL_FORMED)


@pytest.mark.parametrize("name", MALFORMED)
def test_malformed_input_exits_1_with_one_located_error(name: str) -> None:
    result = run(str(INPUTS / name))
    assert result.returncode == 1
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"{INPUTS / name}:") and ": error: " in first, first
    assert sum(": error: " in line for line in result.stderr.splitlines()) == 1


def test_debug_flag_and_env_show_a_traceback() -> None:
    bad = str(INPUTS / "verifier-failure.mlir")
    quiet = run(bad)
    assert quiet.returncode == 1 and "Traceback" not in quiet.stderr
    for result in (run("--debug", bad), run(bad, env={"EMBER_DEBUG": "1"})):
        assert result.returncode == 1
        assert "Traceback (most recent call last)" in result.stderr
        assert "verifier-failure.mlir:2:3: error: 'graph.conv' op channels do not match" in result.stderr


def test_unknown_pass_is_a_one_line_error() -> None:
    result = run(str(VALID), "-p", "no-such-pass")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "error: unknown pass or pipeline: no-such-pass (see ember-opt --help)"
    ]


def test_reads_stdin_and_writes_output_file(tmp_path: Path) -> None:
    out = tmp_path / "out.mlir"
    result = run("-o", str(out), stdin=VALID.read_text())
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert "graph.relu %" in out.read_text()


def test_generic_output_parses_back_to_the_same_text() -> None:
    ops_mlir = ROOT / "filecheck" / "dialects" / "graph" / "ops.mlir"
    custom = run(str(ops_mlir))
    generic = run(str(ops_mlir), "--print-op-generic")
    assert custom.returncode == generic.returncode == 0
    again = run(stdin=generic.stdout)
    assert again.returncode == 0, again.stderr
    assert again.stdout == custom.stdout


def test_undefined_value_is_located_at_its_first_unresolved_use() -> None:
    """A name forward-referenced (and then defined) in one function and used undefined in another
    is reported in the second function."""
    from xdsl.utils.exceptions import ParseError

    from ember.context import make_context
    from ember.textual import parse_module

    text = (
        "func.func @f(%a: tensor<2xf32>) {\n"
        '  "test.use"(%x) : (tensor<2xf32>) -> ()\n'
        "  %x = graph.relu %a : (tensor<2xf32>) -> tensor<2xf32>\n"
        "  func.return\n"
        "}\n"
        "func.func @g(%a: tensor<2xf32>) {\n"
        "  %0 = graph.add %x, %y : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>\n"
        "  func.return\n"
        "}\n"
    )
    with pytest.raises(ParseError) as info:
        parse_module(make_context(allow_unregistered=True), text, "two.mlir")
    assert str(info.value).splitlines()[0] == (
        "two.mlir:7:18: error: use of undefined value %x (also undefined: %y)"
    )


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("linalg-tile{op=linalg.matmul}", "invalid pass pipeline 'linalg-tile{op=linalg.matmul}': unknown token at column 22 (quote option values"),
        ("cse{", "invalid pass pipeline 'cse{': expected argument name here at column 5"),
    ],
)
def test_malformed_pipeline_is_one_line(spec: str, message: str) -> None:
    result = run(str(VALID), "-p", spec)
    assert result.returncode == 1
    assert result.stderr.strip() == f"error: {message}" or result.stderr.strip().startswith(f"error: {message}")
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_huge_dense_literal_is_refused_before_it_is_expanded(tmp_path: Path) -> None:
    """xDSL stores a splat element by element: 2^31 floats took 24 GB before this limit."""
    source = tmp_path / "huge.mlir"
    source.write_text(
        "func.func @f() -> tensor<2147483648xf32> {\n"
        "  %c = graph.constant dense<3.0> : tensor<2147483648xf32>\n"
        "  func.return %c : tensor<2147483648xf32>\n}\n"
    )
    result = run(str(source))
    assert result.returncode == 1
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"{source}:2:36: error:") and "dense literal of 2147483648 elements is larger than ember's limit" in first


def test_time_passes_reports_each_pass_on_stderr() -> None:
    """``--time-passes`` (in ``--help``) prints one line per pass run, seconds then the pass name,
    on stderr; the IR on stdout is unchanged."""
    plain = run(str(VALID), "-p", "cse,dce")
    timed = run(str(VALID), "-p", "cse,dce", "--time-passes")
    assert timed.returncode == 0, timed.stderr
    assert timed.stdout == plain.stdout
    lines = timed.stderr.splitlines()
    assert [line.split()[-1] for line in lines] == ["cse", "dce"]
    assert all(float(line.split()[0]) >= 0 for line in lines)


@pytest.mark.parametrize("literal", ["dense<1.0e300>", "dense<[1.0, -3.5e38]>"])
def test_a_dense_float_out_of_range_is_a_located_error(tmp_path: Path, literal: str) -> None:
    """xDSL packs dense f32 elements with struct, which raised OverflowError (found by
    scripts/fuzz_mlir.py); it is one located line."""
    source = tmp_path / "range.mlir"
    source.write_text(
        "func.func @f() -> tensor<2xf32> {\n"
        f"  %c = arith.constant {literal} : tensor<2xf32>\n"
        "  func.return %c : tensor<2xf32>\n}\n"
    )
    result = run(str(source))
    assert result.returncode == 1 and "Traceback" not in result.stderr and "internal" not in result.stderr
    assert result.stderr.splitlines()[0].startswith(f"{source}:2:")
    assert "out of its type's range" in result.stderr


def test_an_integer_type_wider_than_mlir_allows_is_a_located_error(tmp_path: Path) -> None:
    """``i6418446744073709551617`` (a fuzzer's mutant of ``i64}``) overflowed xDSL's value-range
    check (``1 << width``); MLIR's limit and message, at the type."""
    source = tmp_path / "wide.mlir"
    source.write_text("func.func @f() attributes {a = 3 : i6418446744073709551617} {\n  func.return\n}\n")
    result = run(str(source))
    assert result.returncode == 1 and "internal" not in result.stderr
    assert result.stderr.splitlines()[0].startswith(f"{source}:1:36: error:")
    assert "integer bitwidth is limited to 16777215 bits" in result.stderr


def test_an_unclosed_complex_literal_is_a_located_error(tmp_path: Path) -> None:
    """``dense<(0.1, 0.2, 0.3]>`` (a fuzzer's mutant of ``[0.1, ...``) hit an assertion in
    xDSL's complex-literal parser; one located line, at the token where ``)`` belonged."""
    source = tmp_path / "complex.mlir"
    source.write_text(
        "func.func @f() -> tensor<4xf32> {\n"
        "  %c = arith.constant dense<(0.1, 0.2, 0.3, 0.4]> : tensor<4xf32>\n"
        "  func.return %c : tensor<4xf32>\n}\n"
    )
    result = run(str(source))
    assert result.returncode == 1 and "internal" not in result.stderr and "Traceback" not in result.stderr
    assert result.stderr.splitlines()[0].startswith(f"{source}:2:38: error:")
    assert "expected ')' to close the complex value, found ','" in result.stderr
