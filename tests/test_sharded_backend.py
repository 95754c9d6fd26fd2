"""The multi-process back half of a compile (``ember.sharded_backend``): the same machine code
behaviour as a serial compile, OpenMP bodies and bound weights across shards, worker errors
reported, and the ``EMBER_COMPILE_JOBS`` setting."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

import ember
import ember.sharded_backend as sharded
from ember.diagnostics import EmberError

DATA = Path(__file__).resolve().parent / "models" / "data"


@pytest.fixture
def small_shards(monkeypatch):
    """Shard even the small test models (the thresholds are for real ones)."""
    monkeypatch.setattr(sharded, "MIN_OPS", 1)
    monkeypatch.setattr(sharded, "MIN_SHARD_OPS", 1)


def compile_with_jobs(monkeypatch, model: Path, jobs: int, **options) -> ember.Executable:
    monkeypatch.setenv(sharded.JOBS_VARIABLE, str(jobs))
    return ember.compile(str(model), cache=False, progress=False, **options)


@pytest.mark.parametrize(("model", "threads"), [("resnet_blocks_batchnorm", 1), ("transformer_encoder_layer", 2)])
def test_sharded_compile_equals_serial(monkeypatch, small_shards, model, threads):
    path = DATA / f"{model}.onnx"
    x = np.load(DATA / f"{model}.input.npy")
    sharded_exe = compile_with_jobs(monkeypatch, path, 3, threads=threads)
    assert "shards-lower-translate-O3" in sharded_exe.compile_times.table()
    serial_exe = compile_with_jobs(monkeypatch, path, 1, threads=threads)
    assert "shards-lower-translate-O3" not in serial_exe.compile_times.table()
    for got, want in zip(sharded_exe(x), serial_exe(x), strict=True):
        np.testing.assert_array_equal(got, want)
    np.testing.assert_allclose(sharded_exe(x)[0], np.load(DATA / f"{model}.torch_out.npy"), rtol=1e-4, atol=1e-4)


def test_a_worker_error_reaches_the_caller(monkeypatch, small_shards):
    parent = os.getpid()
    real = sharded.lower_shard

    def failing_in_workers(module, passes):  # noqa: ANN001, ANN202
        if os.getpid() != parent:
            raise EmberError("convert-to-llvm: something the worker could not lower")
        return real(module, passes)

    monkeypatch.setattr(sharded, "lower_shard", failing_in_workers)
    with pytest.raises(EmberError, match="something the worker could not lower"):
        compile_with_jobs(monkeypatch, DATA / "resnet_blocks_batchnorm.onnx", 2)


def test_a_worker_that_dies_is_reported(monkeypatch, small_shards):
    parent = os.getpid()
    real = sharded.lower_shard

    def dying_in_workers(module, passes):  # noqa: ANN001, ANN202
        if os.getpid() != parent:
            os._exit(3)
        return real(module, passes)

    monkeypatch.setattr(sharded, "lower_shard", dying_in_workers)
    with pytest.raises(EmberError, match="compile worker process died"):
        compile_with_jobs(monkeypatch, DATA / "resnet_blocks_batchnorm.onnx", 2)


@pytest.mark.parametrize("value", ["0", "two", "-1"])
def test_bad_job_count_is_one_line(monkeypatch, value):
    monkeypatch.setenv(sharded.JOBS_VARIABLE, value)
    with pytest.raises(EmberError, match="EMBER_COMPILE_JOBS must be a positive integer"):
        sharded.compile_jobs()


def test_shards_are_balanced_and_keep_the_entry_in_the_parent():
    sizes = {"main": 400, **{f"k{i}": s for i, s in enumerate([900, 800, 300, 300, 200])}}
    shards = sharded.balanced_shards(sizes, 2, "main")
    assert "main" in shards[0] and len(shards) == 2
    loads = [sum(sizes[name] for name in s) for s in shards]
    assert abs(loads[0] - loads[1]) <= 300


def test_default_jobs_leave_busy_cores_alone(monkeypatch):
    monkeypatch.delenv(sharded.JOBS_VARIABLE, raising=False)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    monkeypatch.setattr(os, "getloadavg", lambda: (1.0, 1.0, 1.0))  # only this process runs
    assert sharded.compile_jobs() == 2
    monkeypatch.setattr(os, "getloadavg", lambda: (3.5, 3.0, 3.0))  # others keep both cores busy
    assert sharded.compile_jobs() == 1
