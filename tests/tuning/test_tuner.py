"""ember-tune end to end on a tiny CNN: the log, resume, crashing and hanging candidates."""

from __future__ import annotations

from ember.driver import tune_model
from ember.tuning.log import TuningLog
from ember.tuning.tuner import TuneOptions, report_lines

FAST = {"repeats": 2, "min_seconds": 0.001}


def test_tune_then_resume_measures_nothing_again(tiny_cnn, tmp_path):
    log = tmp_path / "tuning.json"
    reports, tuner = tune_model(tiny_cnn, str(log), options=TuneOptions(trials=6, **FAST))
    records = TuningLog.load(log).records
    assert tuner.measurements == len(records) > 0
    best = {tuple(r.task["operands"]): r for r in records}
    assert all(r.default or r.confirmed for r in (TuningLog(records).best(t.task, t.target) for t in best.values()))
    assert len(reports) == 2  # the conv and the gemm
    for report in reports:
        assert report.default_us is not None and report.best_us is not None
        assert report.speedup >= 1.0  # the default is a candidate (ratio 1): never lost
    assert sum(r.default for r in records) == 2
    lines = report_lines(reports)
    assert lines[0].split()[:3] == ["task", "uses", "default"] and "geomean" in lines[-1]

    _, again = tune_model(tiny_cnn, str(log), options=TuneOptions(trials=6, **FAST))
    assert (again.measurements, again.reference_runs) == (0, 0)
    assert TuningLog.load(log).records == records

    _, more = tune_model(tiny_cnn, str(log), options=TuneOptions(trials=8, **FAST))
    after = TuningLog.load(log).records
    assert more.measurements == len(after) - len(records) > 0
    first_measurements = [r.identity() for r in after if not r.confirmed]
    assert len(set(first_measurements)) == len(first_measurements)  # no candidate measured twice
    confirmed = {r.identity() for r in after if r.confirmed}
    assert confirmed <= set(first_measurements)  # a confirmation re-measures a measured best


def test_a_crashing_candidate_loses_only_itself(tiny_cnn, tmp_path):
    log = tmp_path / "tuning.json"
    crash_second = lambda task, job: "crash" if (task, job) == (0, 1) else None  # noqa: E731
    reports, tuner = tune_model(tiny_cnn, str(log), options=TuneOptions(trials=8, **FAST), fault=crash_second)
    statuses = [r.status for r in TuningLog.load(log).records]
    assert statuses.count("crash") == 1 and statuses.count("ok") == len(statuses) - 1
    assert reports[0].failed == 1 and reports[0].best_us is not None and reports[1].best_us is not None


def test_a_hanging_candidate_times_out(tiny_cnn, tmp_path):
    log = tmp_path / "tuning.json"
    hang_second = lambda task, job: "hang" if (task, job) == (0, 1) else None  # noqa: E731
    options = TuneOptions(trials=6, timeout=5.0, **FAST)
    reports, _ = tune_model(tiny_cnn, str(log), options=options, fault=hang_second)
    records = TuningLog.load(log).records
    timeouts = [r for r in records if r.status == "timeout"]
    assert len(timeouts) == 1 and "no answer within 5 s" in timeouts[0].error
    assert all(r.best_us is not None for r in reports)
    assert sum(r.status == "ok" for r in records) == len(records) - 1


def test_ember_tune_command_line(tiny_cnn, tmp_path, capsys):
    from ember.tools.cli import run_tool
    from ember.tools.ember_tune import _main as ember_tune

    log = str(tmp_path / "tuning.json")
    argv = [tiny_cnn, "-o", log, "--trials", "3", "--repeats", "2"]
    assert run_tool(ember_tune, argv) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:4] == ["task", "uses", "default", "us"]
    assert out[1].startswith("conv ") and out[-1].startswith("3 candidates measured now")
    assert run_tool(ember_tune, argv) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("0 candidates measured now")
    assert run_tool(ember_tune, [*argv, "--executor", "ray"]) == 1
    assert capsys.readouterr().err.strip() == "error: --executor ray is not available in this build; use --executor local"


def test_a_spent_time_budget_measures_only_the_defaults(tiny_cnn, tmp_path):
    log = tmp_path / "tuning.json"
    reports, tuner = tune_model(tiny_cnn, str(log), options=TuneOptions(trials=20, time_budget=1e-3, **FAST))
    records = TuningLog.load(log).records
    assert tuner.measurements == len(records) == 2 and all(r.default for r in records)
    assert all(r.speedup == 1.0 for r in reports)
