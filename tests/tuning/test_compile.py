"""Compiling with a tuning log: schedules on the ops, fallback, numerics, cache key, errors."""

from __future__ import annotations

from dataclasses import asdict, replace

import numpy as np
import pytest

import ember
from ember.diagnostics import EmberError
from ember.driver import CompileOptions, compile_key, extract_kernel_tasks, tuning_entries
from ember.target import host_target
from ember.tools.cli import run_tool
from ember.tools.ember_compile import _main as ember_compile
from ember.tuning.log import Record, TuningLog, target_key

HOST = target_key(host_target().with_overrides(cores=1))


@pytest.fixture(scope="module")
def tasks(tiny_cnn):
    found, _ = extract_kernel_tasks(tiny_cnn)
    assert [t.key["op"] for t in found] == ["linalg.conv_2d_nchw_fchw", "linalg.generic"]
    return found


def other_schedule(task):  # noqa: ANN001, ANN201
    """A legal schedule that differs from the task's default (a narrower register tile)."""
    return replace(task.default, mr=2, nr=task.default.lanes, kc=0, mc=0)


def write_log(path, entries, target=HOST):  # noqa: ANN001, ANN201
    log = TuningLog([Record(t.key, target, asdict(s), "ok", 1.0, 0.0, 3) for t, s in entries])
    log.save(path)
    return str(path)


def test_log_schedules_are_on_the_ops_and_missing_tasks_fall_back(tiny_cnn, tasks, tmp_path):
    conv, gemm = tasks
    log = write_log(tmp_path / "log.json", [(conv, other_schedule(conv))])
    tuned, _ = extract_kernel_tasks(tiny_cnn, tuning=log)
    assert tuned[0].default == other_schedule(conv)  # read back from the op's ember.schedule
    assert tuned[1].default == gemm.default  # not in the log: the heuristic's
    assert "mr = 2" in tuned[0].module_text


def test_another_targets_entries_are_not_used(tiny_cnn, tasks, tmp_path):
    conv, _ = tasks
    log = write_log(tmp_path / "log.json", [(conv, other_schedule(conv))], target={**HOST, "cores": 2})
    tuned, _ = extract_kernel_tasks(tiny_cnn, tuning=log)
    assert tuned[0].default == conv.default


def test_tuned_and_untuned_numerics_match_onnxruntime(tiny_cnn, tasks, tmp_path):
    ort = pytest.importorskip("onnxruntime")
    log = write_log(tmp_path / "log.json", [(t, other_schedule(t)) for t in tasks])
    x = np.random.default_rng(0).standard_normal((1, 3, 16, 16)).astype(np.float32)
    session = ort.InferenceSession(tiny_cnn, providers=["CPUExecutionProvider"])
    (expected,) = session.run(None, {"x": x})
    for tuning in (None, log):
        exe = ember.compile(tiny_cnn, threads=1, cache=False, tuning=tuning)
        np.testing.assert_allclose(exe(x)[0], expected, rtol=1e-4, atol=1e-5)
        assert ("apply-tuning" in exe.compile_times.steps) == (tuning is not None)


def test_the_cache_key_follows_the_entries(tiny_cnn, tasks, tmp_path):
    conv, gemm = tasks
    one = write_log(tmp_path / "one.json", [(conv, other_schedule(conv))])
    two = write_log(tmp_path / "two.json", [(conv, replace(other_schedule(conv), mr=3))])

    def key(log):  # noqa: ANN001, ANN202
        return compile_key(tiny_cnn, CompileOptions(threads=1, tuning=tuning_entries(log, None, 1)))

    assert len({key(None), key(one), key(two)}) == 3
    assert key(one) == key(write_log(tmp_path / "same.json", [(conv, other_schedule(conv))]))
    exe = ember.compile(tiny_cnn, threads=1, tuning=one)
    assert ember.compile(tiny_cnn, threads=1, tuning=one).compile_times.cached  # a hit
    assert not ember.compile(tiny_cnn, threads=1, tuning=two).compile_times.cached
    assert exe.output_names == ["prob"]


def test_a_malformed_log_is_one_clear_error(tiny_cnn, tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"task": {}, "target": {}, "schedule": {}, "status": "ok"}\n')
    with pytest.raises(EmberError, match=r"bad\.json:1: error: malformed tuning record"):
        ember.compile(tiny_cnn, tuning=str(bad), cache=False)
    assert run_tool(ember_compile, [tiny_cnn, "-o", str(tmp_path / "m.so"), "--tuning", str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"{bad}:1: error: malformed tuning record") and "\n" not in err
