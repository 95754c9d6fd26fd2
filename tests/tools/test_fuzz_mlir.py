"""A fixed-seed mutation fuzz run of ember-opt over the lit inputs (``scripts/fuzz_mlir.py``):
every mutant is valid (exit 0) or gets one located ``file:line:col: error:`` line."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "fuzz_mlir.py"


def _fuzzer():  # noqa: ANN202
    spec = importlib.util.spec_from_file_location("fuzz_mlir", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_mutated_lit_inputs_get_located_errors(tmp_path: Path) -> None:
    counts, failures = _fuzzer().run(seed=15, count=300, workdir=tmp_path)
    assert sum(counts.values()) == 300
    assert counts["located"] > 100  # the mutants mostly break something
    assert not failures, "\n".join(f"{o}: {m}\n{t}" for o, m, t in failures[:3])
