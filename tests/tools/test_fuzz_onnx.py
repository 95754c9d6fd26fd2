"""A fixed-seed mutation fuzz run of the ONNX frontend over onnx's node test models
(``scripts/fuzz_onnx.py``): every mutant is imported, or gets one ``error:`` line; none is an
internal error, a traceback, a hang, a crash, or a model onnxruntime rejects as invalid that
ember accepts; a sample of the accepted ones is compiled and matches onnxruntime."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytest.importorskip("onnxruntime")

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "fuzz_onnx.py"


def _fuzzer():  # noqa: ANN202
    spec = importlib.util.spec_from_file_location("fuzz_onnx", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_mutated_onnx_models_get_located_errors(tmp_path: Path) -> None:
    counts, failures = _fuzzer().run(seed=3, count=200, workdir=tmp_path, compile_every=10)
    assert sum(counts.values()) == 200
    assert counts["located"] > 50 and counts["ok"] > 10  # the mutants break things, not everything
    assert not failures, "\n".join(f"{o}: {m}" for o, m, _ in failures[:5])
