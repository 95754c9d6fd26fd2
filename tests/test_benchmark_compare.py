"""benchmarks/compare.py: its summary lines (no timing)."""

from __future__ import annotations

import importlib.util
import math
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "compare.py"


@pytest.fixture(scope="module")
def compare():
    spec = importlib.util.spec_from_file_location("ember_benchmark_compare", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


def test_summary_names_the_cpu_and_the_geomean(compare):
    rows = [
        compare.Row("a", ember_ms={1: 2.0, 2: 1.0}, ort_ms={1: 1.0, 2: 1.0}),
        compare.Row("b", ember_ms={1: 0.5, 2: 3.0}, ort_ms={1: 1.0, 2: 1.0}),
        compare.Row("failed", ort_ms={1: 1.0, 2: 1.0}, note="EmberError: ..."),
    ]
    lines = compare.summary(rows, [1, 2]).strip().splitlines()
    from ember.target import host_target

    assert lines[0].startswith(f"Host CPU: {host_target().cpu} (")
    assert lines[1] == "1 thr: geomean ember/ort 1.00x over 2 models, worst a 2.00x"
    assert lines[2] == f"2 thr: geomean ember/ort {math.sqrt(3):.2f}x over 2 models, worst b 3.00x"
