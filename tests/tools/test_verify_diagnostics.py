"""``ember-opt --verify-diagnostics`` with mlir-opt's semantics: expected-error/warning/note
with ``@+N``/``@-N``/``@above``/``@below``, unexpected diagnostics and unmet expectations fail."""

from __future__ import annotations

from pathlib import Path

import pytest

from ember.tools.ember_opt import main
from ember.tools.verify_diagnostics import Diagnostic, check, parse_expectations

BAD_USE = """func.func @f(%a: i32) -> i32 {{
{above}  %1 = arith.addi %0, %a : i32{same}
{below}  %0 = arith.addi %a, %a : i32
  func.return %1 : i32
}}"""


def test_expectation_targets() -> None:
    text = "\n".join([
        "// expected-error @+2 {{two below}}",
        "x // expected-warning {{same line}}",
        "// expected-note @-1 {{one above}}",
        "// expected-error @above {{above}}",
        "// expected-remark @below {{below}}",
        "// expected-error-re @+1 {{a.*b}}",
    ])  # fmt: skip
    found = [(e.severity, e.line, e.text, e.regex) for e in parse_expectations(text, first_line=10)]
    assert found == [
        ("error", 12, "two below", False), ("warning", 11, "same line", False), ("note", 11, "one above", False),
        ("error", 12, "above", False), ("remark", 15, "below", False), ("error", 16, "a.*b", True),
    ]  # fmt: skip


def test_matching_is_by_line_severity_and_substring() -> None:
    expectations = parse_expectations("// expected-error @+1 {{does not dominate}}\nx\n// expected-note {{n}}")
    problems = check(
        expectations,
        [Diagnostic("error", 2, 3, "'arith.addi' op operand #0 does not dominate this use"), Diagnostic("error", 3, 1, "n")],
        "t.mlir",
    )
    assert problems == [
        "t.mlir:3:1: error: unexpected error: n",
        't.mlir:3:4: error: expected note "n" was not produced (on line 3)',
    ]


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> tuple[int, str]:
    path = tmp_path / "input.mlir"
    path.write_text(text + "\n")
    status = main([str(path), "--verify-diagnostics", "--split-input-file"])
    return status, capsys.readouterr().err


@pytest.mark.parametrize(
    "where",
    [
        {"above": "  // expected-error @+1 {{operand #0 does not dominate this use}}\n", "same": "", "below": ""},
        {"above": "", "same": " // expected-error {{'arith.addi' op operand #0 does not dominate}}", "below": ""},
        {"above": "", "same": "", "below": "  // expected-error @-1 {{does not dominate}}\n"},
        {"above": "", "same": "", "below": "  // expected-error @above {{does not dominate}}\n"},
        {"above": "  // expected-error @below {{does not dominate}}\n", "same": "", "below": ""},
        {"above": "  // expected-error-re @+1 {{operand #[0-9]+ does not}}\n", "same": "", "below": ""},
    ],
)
def test_expected_error_is_met(where: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, err = _run(tmp_path, capsys, BAD_USE.format(**where))
    assert (status, err) == (0, "")


def test_unexpected_and_missing_diagnostics_fail(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = BAD_USE.format(above="  // expected-error @+2 {{does not dominate}}\n", same="", below="")
    status, err = _run(tmp_path, capsys, text)
    path = tmp_path / "input.mlir"
    assert status == 1
    assert err.splitlines() == [
        f"{path}:3:3: error: unexpected error: 'arith.addi' op operand #0 does not dominate this use",
        f'{path}:2:6: error: expected error "does not dominate" was not produced (on line 4)',
    ]


def test_wrong_message_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = BAD_USE.format(above="  // expected-error @+1 {{something else}}\n", same="", below="")
    status, err = _run(tmp_path, capsys, text)
    assert status == 1 and "unexpected error" in err and 'expected error "something else" was not produced' in err


def test_valid_chunks_print_and_expectations_span_chunks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ok = "func.func @ok() {\n  func.return\n}"
    bad = BAD_USE.format(above="  // expected-error @+1 {{does not dominate}}\n", same="", below="")
    path = tmp_path / "input.mlir"
    path.write_text(f"{ok}\n\n// -----\n\n{bad}\n")
    status = main([str(path), "--verify-diagnostics", "--split-input-file"])
    out, err = capsys.readouterr()
    assert (status, err) == (0, "")
    assert "func.func @ok" in out and "@f" not in out


def test_pass_failures_are_located_and_matched(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = """func.func @lonely(%x: index) -> i64 {
  // expected-error @+1 {{failed to legalize cast index -> i64}}
  %0 = builtin.unrealized_conversion_cast %x : index to i64
  func.return %0 : i64
}"""
    path = tmp_path / "input.mlir"
    path.write_text(text + "\n")
    status = main([str(path), "--verify-diagnostics", "-p", "reconcile-unrealized-casts"])
    assert (status, capsys.readouterr().err) == (0, "")
