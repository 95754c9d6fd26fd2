"""Fast start-up: the generated pass index and ``ember-opt --help`` text are current, a run
imports only the pass modules it uses, and a stale index still finds every pass."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ember.tools.ember_opt import quick_answer, version_line

ROOT = Path(__file__).resolve().parents[2]


def python(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_generated_index_and_help_are_current():
    """In a fresh process (no plugin passes registered): regenerating changes nothing."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen_startup_index.py"), "--check"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_index_matches_the_registry():
    code = (
        "import json; from ember.pass_index import PASSES, PIPELINES; "
        "from ember.registry import ember_passes, first_doc_line, registered_pipelines; "
        "print(json.dumps([sorted(PASSES) == sorted(ember_passes()), "
        "all(first_doc_line(c) == PASSES[n][1] for n, c in ember_passes().items()), "
        "all(list(p.passes) == list(PIPELINES[n][0]) for n, p in registered_pipelines().items())]))"
    )
    assert python(code) == "[true, true, true]"


def test_a_pipeline_imports_only_the_modules_of_its_passes():
    code = (
        "import sys; from ember.registry import build_pipeline; build_pipeline('graph-canonicalize'); "
        "print(sorted(m for m in sys.modules if m.startswith('ember.lowering')))"
    )
    assert python(code) == "[]"


def test_a_pass_missing_from_the_index_is_still_found():
    code = (
        "import ember.pass_index as index; del index.PASSES['convert-linalg-to-loops']; "
        "from ember.registry import build_pipeline; "
        "print(build_pipeline('convert-linalg-to-loops').passes[0].name)"
    )
    assert python(code) == "convert-linalg-to-loops"


def test_help_and_version_do_not_import_xdsl():
    code = (
        "import sys, io, contextlib; from ember.tools.ember_opt import main\n"
        "with contextlib.redirect_stdout(io.StringIO()): main(['--help']); main(['--version'])\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'xdsl', 'numpy', 'llvmlite'}))"
    )
    assert python(code) == "[]"


def test_quick_answers_only_when_nothing_can_change_them():
    assert quick_answer(["--help"]) is not None and quick_answer(["-h", "x.mlir"]) is not None
    assert quick_answer(["--version"]) == version_line() + "\n"
    assert quick_answer(["--load-pass-plugin", "p.py", "--help"]) is None
    assert quick_answer(["x.mlir", "-p", "cse"]) is None


def test_version_is_the_same_on_both_paths():
    slow = python(
        "import contextlib; from ember.tools.opt_main import run\n"
        "with contextlib.suppress(SystemExit): run(['--version'])"
    )
    assert slow == version_line()
