"""docs/writing-passes.md cannot rot: its files are written out and its commands run.

Fenced blocks whose first line is ``# file: NAME`` (python) or ``// file: NAME`` (mlir) are
written to a temporary directory; ``console`` blocks are run there, each ``$ command`` line in a
shell, and its output compared with the lines that follow it: exactly, or, when the expected text
contains ``...``, as an in-order subsequence of lines where ``...`` matches anything.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[2] / "docs" / "writing-passes.md"
FENCE = re.compile(r"^```(\w+)\n(.*?)^```$", re.MULTILINE | re.DOTALL)
FILE_MARK = re.compile(r"^(?:#|//) file: (\S+)\n")


def blocks() -> list[tuple[str, str]]:
    return [(m.group(1), m.group(2)) for m in FENCE.finditer(DOC.read_text())]


def commands(console: str) -> list[tuple[str, list[str]]]:
    """``(command, expected output lines)`` pairs of a console block."""
    found: list[tuple[str, list[str]]] = []
    for line in console.splitlines():
        if line.startswith("$ "):
            found.append((line[2:], []))
        elif found:
            found[-1][1].append(line)
    return found


def output_matches(actual: str, expected: list[str]) -> bool:
    lines = [line.rstrip() for line in actual.strip("\n").splitlines()]
    wanted = [line.rstrip() for line in "\n".join(expected).strip("\n").splitlines()]
    if not any("..." in line for line in wanted):
        return lines == wanted
    position = 0
    for want in (w for w in wanted if w != "..."):
        regex = re.compile(".*".join(re.escape(part) for part in want.split("...")))
        while position < len(lines) and not regex.fullmatch(lines[position]):
            position += 1
        if position == len(lines):
            return False
        position += 1
    return True


def test_tutorial_files_and_commands(tmp_path: Path):
    found = blocks()
    files = 0
    for lang, body in found:
        mark = FILE_MARK.match(body)
        if lang in ("python", "mlir") and mark:
            (tmp_path / mark.group(1)).write_text(body[mark.end() :])
            files += 1
    assert files >= 5, "the tutorial should write its plugin, IR, lit config and tests"
    env = dict(os.environ)
    env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", "")
    env.pop("EMBER_DEBUG", None)
    ran = 0
    for lang, body in found:
        if lang != "console":
            continue
        for command, expected in commands(body):
            result = subprocess.run(
                command, shell=True, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
            )
            output = result.stdout + result.stderr
            assert result.returncode == 0, f"{command!r} failed:\n{output}"
            assert output_matches(output, expected), f"{command!r} printed:\n{output}\nexpected:\n" + "\n".join(expected)
            ran += 1
    assert ran >= 5


def test_every_python_block_is_a_file_or_runs():
    for lang, body in blocks():
        if lang == "python":
            assert FILE_MARK.match(body), "python blocks must be files the tutorial test writes out"


def test_output_matching_rules():
    assert output_matches("a\nb\n", ["a", "b"])
    assert not output_matches("a\nb\n", ["a"])
    assert output_matches("x\na 1\ny\nb\n", ["...", "a ...", "b"])
    assert not output_matches("b\na\n", ["...", "a", "b"])


@pytest.mark.parametrize("name", ["my_passes.py", "test_my_passes.py", "lit.cfg.py"])
def test_tutorial_python_files_are_valid(name: str):
    sources = {FILE_MARK.match(b).group(1): b for lang, b in blocks() if lang == "python" and FILE_MARK.match(b)}
    compile(sources[name], name, "exec")
