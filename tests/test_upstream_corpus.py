"""Upstream MLIR text interop: ember reads what mlir-opt-22's standard pipelines print.

The corpus (``tests/upstream_corpus/generated/``, made by ``scripts/gen_upstream_corpus.py`` from
the programs in ``tests/upstream_corpus/src/``) holds every stage of bufferization, linalg to
loops / affine loops, lower-affine, expand-strided-metadata, scf to cf, math to libm and
convert-to-llvm, in mlir-opt's pretty and generic forms. For every file:

- ember parses and verifies it, and reads its own printed output back to the same text;
- mlir-opt-22 accepts ember's printed output, and the generic form mlir-opt prints of it is
  identical to the generic form of the original (the round trip through ember changes nothing).

The mlir-opt checks are skipped with a reason when mlir-opt-22 is not installed.
"""

from __future__ import annotations

import difflib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ember.context import make_context
from ember.textual import parse_module, print_module, verify_module

MLIR_OPT = shutil.which("mlir-opt-22")
GENERATED = Path(__file__).resolve().parent / "upstream_corpus" / "generated"
FILES = sorted(GENERATED.glob("*.mlir"))
needs_mlir_opt = pytest.mark.skipif(MLIR_OPT is None, reason="mlir-opt-22 not installed (apt install mlir-22-tools)")


def ember_round_trip(path: Path) -> str:
    """Parse, verify and print ``path`` with ember; the printed text must read back unchanged."""
    ctx = make_context()
    module, sources = parse_module(ctx, path.read_text(), path.name)
    verify_module(module, sources)
    printed = print_module(module, ctx=ctx)
    again_ctx = make_context()
    again, again_sources = parse_module(again_ctx, printed, f"{path.name} (ember's output)")
    verify_module(again, again_sources)
    assert print_module(again, ctx=again_ctx) == printed, f"{path.name}: ember's output does not read back the same"
    return printed


def generic_form(text: str, what: str) -> str:
    assert MLIR_OPT is not None
    done = subprocess.run(
        [MLIR_OPT, "-", "--mlir-print-op-generic"], input=text, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, f"mlir-opt-22 rejects {what}:\n{done.stderr[:3000]}"
    return done.stdout


def test_corpus_is_there() -> None:
    """A dozen programs over every dialect of the brief, each at several stages, in both forms."""
    programs = {p.name.split(".")[0] for p in FILES}
    assert len(programs) >= 12, programs
    assert len(FILES) >= 200
    assert sum(p.name.endswith(".generic.mlir") for p in FILES) * 2 == len(FILES)


@needs_mlir_opt
def test_corpus_is_not_stale() -> None:
    """The committed files are what the script and the installed mlir-opt-22 make today."""
    script = Path(__file__).resolve().parent.parent / "scripts" / "gen_upstream_corpus.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_ember_reads_and_prints(path: Path) -> None:
    ember_round_trip(path)


@needs_mlir_opt
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_round_trip_keeps_the_ir(path: Path) -> None:
    printed = ember_round_trip(path)
    after = generic_form(printed, f"ember's output for {path.name}")
    before = generic_form(path.read_text(), path.name)
    if after != before:
        diff = "\n".join(difflib.unified_diff(before.splitlines(), after.splitlines(), "mlir-opt", "via ember", lineterm="", n=1))
        pytest.fail(f"{path.name}: the generic form changed in ember's round trip:\n{diff[:4000]}")
