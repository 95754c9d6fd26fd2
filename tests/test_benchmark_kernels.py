"""benchmarks/kernels.py: its case builders and measurement function on tiny cases (no timing checks)."""

from __future__ import annotations

import importlib.util
import math
import sys
from pathlib import Path

import numpy as np
import pytest
from onnx import numpy_helper

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "kernels.py"


@pytest.fixture(scope="module")
def kernels():
    spec = importlib.util.spec_from_file_location("ember_benchmark_kernels", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


def check_result(kernels, result, contenders: set[str]) -> None:
    assert set(result.seconds) == contenders
    assert all(s > 0 for s in result.seconds.values())
    assert all(math.isfinite(result.gflops(c)) and result.gflops(c) > 0 for c in contenders)
    assert result.notes == {}
    assert result.ok == {"ember": True}
    assert 0.0 <= result.max_abs_err["ember"] < 1e-4
    lines = kernels.table([result], [kernels.HOST])
    assert len(lines) == 3 and "MISMATCH" not in lines[2] and result.case in lines[2]


def test_tiny_matmul_case(kernels):
    case = kernels.matmul_case(4, 16, 8)
    assert case.flops == 2 * 4 * 16 * 8
    (w,) = (numpy_helper.to_array(t) for t in case.model.graph.initializer)
    np.testing.assert_array_equal(case.blas(), case.inputs["x"] @ w)  # the same numpy call
    result = kernels.measure_case(case, [kernels.HOST], repeat=1, sample_s=0.0)
    check_result(kernels, result, {"ember", "onnxruntime", "openblas"})


def test_tiny_grouped_conv_case(kernels):
    case = kernels.conv_case("tiny gconv", (1, 8, 6, 6), 8, 3, group=4, pad=1)
    assert case.flops == 2 * 8 * 6 * 6 * (8 // 4) * 9
    result = kernels.measure_case(case, [kernels.HOST], repeat=1, sample_s=0.0)
    check_result(kernels, result, {"ember", "onnxruntime"})


def test_mismatch_is_flagged(kernels):
    result = kernels.Result("bad", 10, {"ember": 1.0, "onnxruntime": 1.0}, {"ember": 0.5}, {"ember": False})
    assert "**MISMATCH** 5.0e-01" in kernels.table([result], [kernels.HOST])[2]
    assert kernels.compare(np.ones(3, np.float32), np.ones(3, np.float32) * 1.5) == (0.5, False)


def test_default_cases_and_filter(kernels):
    names = list(kernels.all_cases())
    assert len(names) == 10
    assert list(kernels.selected("matmul")) == [n for n in names if "matmul" in n]
    assert list(kernels.selected(None)) == names


def test_targets_follow_the_host_and_ember(kernels, monkeypatch):
    avx512 = {"cpu": "znver4", "avx2": True, "avx512f": True}
    avx2 = {"cpu": "znver3", "avx2": True, "avx512f": False}
    monkeypatch.setattr(kernels, "ember_supports_target", lambda: True)
    assert kernels.resolve_targets(None, avx512) == ["host", "x86-64-v3"]
    assert kernels.resolve_targets(None, avx2) == ["host"]
    assert kernels.resolve_targets("host", avx512) == ["host"]
    assert kernels.resolve_targets("znver3", avx2) == ["znver3"]
    monkeypatch.setattr(kernels, "ember_supports_target", lambda: False)
    assert kernels.resolve_targets(None, avx512) == ["host"]
    with pytest.raises(SystemExit, match="no target support yet"):
        kernels.resolve_targets("x86-64-v3", avx2)


def test_ember_is_compiled_for_one_thread(kernels, monkeypatch):
    """Every contender runs on one thread: ember's own default would be every CPU of the process."""
    import ember

    calls: list[dict] = []

    class Exe:
        input_names = ["x"]

        def __call__(self, *args):
            return []

    def fake_compile(model, **kwargs):
        calls.append(kwargs)
        return Exe()

    monkeypatch.setattr(ember, "compile", fake_compile)
    case = kernels.matmul_case(4, 16, 8)
    for target in (kernels.HOST, kernels.AVX2_TARGET, kernels.TUNED):
        kernels.ember_runner(case, target, tuning="log.json")
    assert [c.get("threads") for c in calls] == [1, 1, 1]
