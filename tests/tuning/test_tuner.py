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


def first_candidate(fault: str, hit: list[int]):  # noqa: ANN201
    """A fault hook: ``fault`` for the first candidate job (a task's job 1) of the run; the
    task's index goes to ``hit``."""

    def hook(task: int, job: int) -> str | None:
        if job == 1 and not hit:
            hit.append(task)
            return fault
        return None

    return hook


def test_a_crashing_candidate_loses_only_itself(tiny_cnn, tmp_path):
    log, hit = tmp_path / "tuning.json", []
    reports, _ = tune_model(tiny_cnn, str(log), options=TuneOptions(trials=8, **FAST), fault=first_candidate("crash", hit))
    statuses = [r.status for r in TuningLog.load(log).records]
    assert statuses.count("crash") == 1 and statuses.count("ok") == len(statuses) - 1
    assert reports[hit[0]].failed == 1 and all(r.best_us is not None for r in reports)


def test_a_hanging_candidate_times_out(tiny_cnn, tmp_path):
    log = tmp_path / "tuning.json"
    options = TuneOptions(trials=6, timeout=5.0, **FAST)
    reports, _ = tune_model(tiny_cnn, str(log), options=options, fault=first_candidate("hang", []))
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
    assert run_tool(ember_tune, [*argv, "--parallel", "2"]) == 1
    assert capsys.readouterr().err.strip() == "error: --ray-address and --parallel need --executor ray"
    assert run_tool(ember_tune, [*argv, "--executor", "ray", "--parallel", "0"]) == 1
    assert capsys.readouterr().err.strip() == "error: --trials, --repeats, --threads and --parallel must be >= 1"


def test_a_spent_time_budget_measures_only_the_defaults(tiny_cnn, tmp_path):
    log = tmp_path / "tuning.json"
    reports, tuner = tune_model(tiny_cnn, str(log), options=TuneOptions(trials=20, time_budget=1e-3, **FAST))
    records = TuningLog.load(log).records
    assert tuner.measurements == len(records) == 2 and all(r.default for r in records)
    assert all(r.speedup == 1.0 for r in reports)


def test_trials_follow_the_time_of_the_defaults():
    from ember.tuning.log import Record
    from ember.tuning.tuner import Task, Tuner

    target = {"cpu": "test"}
    tasks = [Task({"op": f"t{i}"}, {"mr": 1}, [{"mr": m} for m in range(1, 40)], "", count) for i, count in enumerate((1, 1, 2))]
    times = (100.0, 300.0, 100.0)  # the third is used twice: 200 us per run of the model
    log = TuningLog([Record(t.key, target, t.default, "ok", us, 0.0, 5, default=True, ratio=1.0) for t, us in zip(tasks, times, strict=True)])
    budgets = Tuner(log, target, len, TuneOptions(trials=60))._budgets(tasks)
    assert sum(budgets) == 60 - 3  # the defaults are in the log already
    assert budgets[1] > budgets[2] > budgets[0] > 0
    assert Tuner(TuningLog(), target, len, TuneOptions(trials=3))._budgets(tasks) == [1, 1, 1]
