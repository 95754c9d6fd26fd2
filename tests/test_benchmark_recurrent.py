"""benchmarks/recurrent.py: its model builder and measurement on a tiny layer (no timing checks)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import numpy as np
import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "recurrent.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("ember_benchmark_recurrent", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("op", ["LSTM", "GRU", "RNN"])
def test_graph_ops_scale_with_the_sequence(bench, op):
    short = sum(bench.graph_ops(bench.build(op, 2, 1, 3, 4, "forward")).values())
    long = sum(bench.graph_ops(bench.build(op, 4, 1, 3, 4, "forward")).values())
    assert long > short  # unrolled: more steps, more ops


def test_measure_reports_matching_outputs(bench):
    model = bench.build("GRU", 3, 2, 5, 4, "bidirectional")
    x = np.random.default_rng(0).standard_normal((3, 2, 5)).astype(np.float32)
    line = bench.measure(model, x, threads=1, repeat=1)
    error = float(re.search(r"max rel err (\S+)$", line).group(1))
    assert line.startswith("threads 1: compile ") and error < 1e-5
