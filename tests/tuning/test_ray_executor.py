"""ember-tune's Ray executor (``--executor ray``): the same log as the local executor, crashing
and hanging candidates lose only themselves, resume, a dead measuring actor is replaced; and
without Ray, one clear error line. The Ray tests skip when Ray is not installed."""

from __future__ import annotations

import functools
import os
import subprocess
import sys

import numpy as np
import pytest

from ember.driver import tune_model
from ember.tuning.log import TuningLog
from ember.tuning.tuner import TuneOptions
from tests.tuning.test_tuner import FAST, first_candidate

LOCAL_SETTINGS = ("RAY_USAGE_STATS_ENABLED", "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER")
"""What ``connect`` sets for a local instance."""


@pytest.fixture(scope="module")
def ray():  # noqa: ANN201
    """A local Ray instance for the module's tests (started the way ember-tune starts one)."""
    from ember.tuning.ray_executor import connect, ray_installed

    if not ray_installed():
        pytest.skip("Ray is not installed (pip install 'ember[ray]')")
    saved = {name: os.environ.get(name) for name in LOCAL_SETTINGS}
    owned = connect(None)  # before importing ray: its settings for a local instance
    module = pytest.importorskip("ray")
    yield module
    if owned:
        module.shutdown()
    for name, value in saved.items():  # connect's settings do not outlive the module
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


def ray_executor(**options):  # noqa: ANN003, ANN201
    from ember.tuning.ray_executor import RayExecutor

    return functools.partial(RayExecutor, **options)


def test_ray_log_is_the_local_log_and_resumes(ray, tiny_cnn, tmp_path):
    options = TuneOptions(trials=4, **FAST)
    _, local = tune_model(tiny_cnn, str(tmp_path / "local.json"), options=options)
    reports, remote = tune_model(tiny_cnn, str(tmp_path / "ray.json"), options=options, executor=ray_executor())
    local_log, ray_log = TuningLog.load(tmp_path / "local.json"), TuningLog.load(tmp_path / "ray.json")
    assert remote.measurements == len(ray_log.records) > 0
    assert all(r.status == "ok" for r in ray_log.records)

    def defaults(log: TuningLog) -> list[tuple[str, str]]:
        return sorted((str(r.task), str(r.schedule)) for r in log.records if r.default)

    assert defaults(ray_log) == defaults(local_log) and len(defaults(ray_log)) == 2  # the same tasks
    assert {str(r.target) for r in ray_log.records} == {str(r.target) for r in local_log.records}
    for record in ray_log.records:
        best = ray_log.best(record.task, record.target)
        assert best is not None and (best.default or best.confirmed)  # a default is kept unless beaten twice
    for index, reference in local.references.items():  # the defaults' outputs, computed on the actors
        np.testing.assert_allclose(remote.references[index], reference, rtol=1e-5, atol=1e-6)
    assert all(r.speedup is not None and r.speedup >= 1.0 for r in reports)

    _, again = tune_model(tiny_cnn, str(tmp_path / "ray.json"), options=options, executor=ray_executor())
    assert (again.measurements, again.reference_runs) == (0, 0)
    assert TuningLog.load(tmp_path / "ray.json").records == ray_log.records


def test_a_crashing_candidate_loses_only_itself_on_ray(ray, tiny_cnn, tmp_path):
    log = tmp_path / "tuning.json"
    options = TuneOptions(trials=6, **FAST)
    reports, _ = tune_model(tiny_cnn, str(log), options=options, fault=first_candidate("crash", []), executor=ray_executor())
    statuses = [r.status for r in TuningLog.load(log).records]
    assert statuses.count("crash") == 1 and statuses.count("ok") == len(statuses) - 1
    assert all(r.best_us is not None for r in reports)


def test_a_hanging_candidate_times_out_on_ray(ray, tiny_cnn, tmp_path):
    log = tmp_path / "tuning.json"
    options = TuneOptions(trials=4, timeout=5.0, **FAST)
    reports, _ = tune_model(tiny_cnn, str(log), options=options, fault=first_candidate("hang", []), executor=ray_executor())
    records = TuningLog.load(log).records
    timeouts = [r for r in records if r.status == "timeout"]
    assert len(timeouts) == 1 and "no answer within 5 s" in timeouts[0].error
    assert sum(r.status == "ok" for r in records) == len(records) - 1
    assert all(r.best_us is not None for r in reports)


def test_a_dead_measuring_actor_is_replaced(ray):
    from ember.tuning.ray_executor import RayExecutor
    from ember.tuning.workers import FAULT

    with RayExecutor(len, timeout=20, startup=0) as executor:  # measure(job) = len(job)
        assert executor.slots == 1  # one measuring actor per node
        assert executor.run({"a": 1, "b": 2}).result == 2
        assert executor.run({FAULT: "crash"}).status == "crash"  # the actor's worker process died
        assert executor.restarts == 0 and executor.run({"a": 1}).result == 1
        ray.kill(executor._slots[0].actor)  # the actor itself dies (as with a lost node)
        died = executor.run({"a": 1})
        assert died.status == "crash" and "measuring actor died" in died.error
        assert executor.run({"a": 1}).result == 1 and executor.restarts == 1


def test_a_stuck_measuring_actor_is_killed_and_replaced(ray, monkeypatch):
    from ember.tuning import ray_executor
    from ember.tuning.workers import FAULT

    with ray_executor.RayExecutor(len, timeout=20, startup=0) as executor:
        assert executor.run({"a": 1}).result == 1
        monkeypatch.setattr(ray_executor, "MARGIN_SECONDS", -3.0)  # the driver gives up before the actor's worker
        stuck = executor.run({FAULT: "hang"}, timeout=5.0)
        assert stuck.status == "timeout" and "measuring actor stuck" in stuck.error
        monkeypatch.setattr(ray_executor, "MARGIN_SECONDS", 15.0)
        assert executor.run({"a": 1}).result == 1 and executor.restarts == 1


def test_two_measuring_actors_tune_two_tasks_at_once(ray, tiny_cnn, tmp_path):
    log = tmp_path / "tuning.json"
    reports, tuner = tune_model(tiny_cnn, str(log), options=TuneOptions(trials=4, **FAST), executor=ray_executor(parallel=2))
    records = TuningLog.load(log).records
    assert tuner.measurements == len(records) and all(r.status == "ok" for r in records)
    assert sum(r.default for r in records) == 2 and len(reports) == 2
    assert [r.label.split()[0] for r in reports] == ["conv", "matmul-generic"]  # reports stay in task order


def test_ember_tune_command_line_with_ray(ray, tiny_cnn, tmp_path, capsys):
    from ember.tools.cli import run_tool
    from ember.tools.ember_tune import _main as ember_tune

    argv = [tiny_cnn, "-o", str(tmp_path / "tuning.json"), "--trials", "2", "--repeats", "2", "--executor", "ray"]
    assert run_tool(ember_tune, argv) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:4] == ["task", "uses", "default", "us"]
    assert out[1].startswith("conv ") and out[-1].startswith("2 candidates measured now")
    assert run_tool(ember_tune, [*argv, "--parallel", "64"]) == 1
    assert "measuring actors (one CPU each)" in capsys.readouterr().err


def test_an_unreachable_ray_address_is_one_error_line(tiny_cnn, tmp_path, capsys):
    import socket

    from ember.tools.cli import run_tool
    from ember.tools.ember_tune import _main as ember_tune
    from ember.tuning.ray_executor import ray_installed

    if not ray_installed():
        pytest.skip("Ray is not installed (pip install 'ember[ray]')")
    with socket.socket() as probe:  # a loopback port nothing listens on once closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    argv = [tiny_cnn, "-o", str(tmp_path / "tuning.json"), "--executor", "ray", "--ray-address", f"127.0.0.1:{port}"]
    assert run_tool(ember_tune, argv) == 1
    assert capsys.readouterr().err.startswith(f"error: cannot reach a Ray cluster at 127.0.0.1:{port}: ")


def test_without_ray_executor_ray_is_one_error_line(tiny_cnn, tmp_path, capsys, monkeypatch):
    from ember.tools.cli import run_tool
    from ember.tools.ember_tune import _main as ember_tune

    monkeypatch.setitem(sys.modules, "ray", None)  # `import ray` fails as when it is not installed
    for name in LOCAL_SETTINGS:  # restored afterwards
        monkeypatch.setenv(name, "0")
    argv = [tiny_cnn, "-o", str(tmp_path / "tuning.json"), "--executor", "ray"]
    assert run_tool(ember_tune, argv) == 1
    captured = capsys.readouterr()
    assert captured.err == "error: --executor ray needs Ray, which is not installed: pip install 'ember[ray]'\n"
    assert captured.out == "" and not (tmp_path / "tuning.json").exists()

    from ember.diagnostics import EmberError
    from ember.tuning.ray_executor import RayExecutor

    with pytest.raises(EmberError, match="pip install 'ember\\[ray\\]'"):
        RayExecutor(len, timeout=1)


def test_importing_ember_tune_does_not_import_ray():
    code = (
        "import sys, ember, ember.tools.ember_tune, ember.tuning.tuner, ember.tuning.ray_executor\n"
        "assert 'ray' not in sys.modules, 'ray was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
