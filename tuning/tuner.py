"""The tuning loop: measure candidate schedules of a model's tasks, keep the log, report.

Input is plain data: :class:`Task` (key, default schedule, candidates, single-op module text)
from ``ember.driver.extract_kernel_tasks`` and ``ember.lowering.kernels.space``, and a
``measure(job)`` function that runs in the executor's worker (``ember.driver.measure_kernel``):
one local worker process (:class:`~ember.tuning.workers.Worker`, the default) or measuring
actors on a Ray cluster (:mod:`ember.tuning.ray_executor`); an executor with more than one slot
runs that many tasks at once. For each task:

1. first every task's default is measured; then the remaining trials are shared out by where
   the time goes (each trial to the task with the most default time x uses per trial so far);
   records of the task already in the log count, so re-running a finished tuning measures
   nothing (*resume*); the time budget is shared evenly over the tasks left;
2. the default schedule is measured first (once ever: it is in the log afterwards); its output
   is the reference every candidate's output must match (max abs difference within ``rtol`` of
   the reference's largest magnitude) before its time counts. A resumed task with candidates
   left recomputes the reference by one untimed run of the default. Every candidate is timed
   in rounds that alternate with the default (compiled again for the job); its time is its fastest
   single call and its record keeps the ratio to the default's fastest call in the same rounds
   (the speed-up reported is that paired figure);
3. candidates from :class:`~ember.tuning.search.Search`, each run by the executor in an isolated
   worker process (a crash or timeout loses only that candidate), each
   appended to the log as soon as it is measured, whatever its status;
4. a best that is not the default is *confirmed*: re-measured with three times the rounds (a
   record that supersedes the first); if it no longer wins, the next best is confirmed, up to
   three times. A lucky measurement on a loaded machine thus does not displace the default.

The result per task: default and best time, speed-up, and how many candidates were measured
or failed. The best is never slower than the default, since the default is a candidate.
"""

from __future__ import annotations

import math
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, TypeVar

import numpy as np

from ember.tuning.log import Record, TuningLog, canonical
from ember.tuning.search import Search
from ember.tuning.workers import FAULT, Executor, Outcome, Worker

Measure = Callable[[dict[str, Any]], Any]
ExecutorFactory = Callable[[Measure, float], "AbstractContextManager[Executor]"]
"""Makes the executor of a run from ``measure`` and the per-job timeout (default: :class:`Worker`)."""
_T = TypeVar("_T")

CONFIRM_ROUNDS = 3
"""A confirmation re-measures a task's best with this many times the rounds."""
MIN_TRIALS = 6
"""Trials every task gets before the rest follow the defaults' times (small kernels gain
from tuning more often than large ones, whose default is usually the best already)."""
MAX_CONFIRMATIONS = 3
"""Confirmations per task (each one that fails lets the next best be confirmed)."""
FaultHook = Callable[[int, int], "str | None"]


@dataclass(frozen=True)
class Task:
    """One kernel task to tune (see the module docstring)."""

    key: dict[str, Any]
    default: dict[str, Any]
    candidates: list[dict[str, Any]]
    module: str
    count: int = 1

    @property
    def label(self) -> str:
        """A short name: the op and its operand shapes (and strides when not 1)."""
        name = self.key["op"].split(".")[-1].replace("_2d_nchw_fchw", "").replace("generic", "matmul-generic")
        shapes = " ".join(s.rsplit("x", 1)[0] for s in self.key["operands"])
        strides = self.key.get("strides")
        extra = f" s{strides[0]}" if strides and max(strides) > 1 else ""
        return f"{name} {shapes}{extra}"


@dataclass(frozen=True)
class TuneOptions:
    """Budgets and measurement settings of a tuning run."""

    trials: int = 200
    """Candidates measured over all tasks (the defaults included)."""
    time_budget: float | None = None
    """Seconds for the whole run (None: no limit); each task gets its share of what is left."""
    repeats: int = 5
    min_seconds: float = 0.01
    """Least duration of one timed batch of calls."""
    timeout: float = 60.0
    """Seconds a candidate (compile + runs) may take."""
    seed: int = 0
    rtol: float = 1e-3


@dataclass
class TaskReport:
    """The outcome of one task."""

    label: str
    count: int
    default_us: float | None = None
    best_us: float | None = None
    best: dict[str, Any] | None = None
    measured: int = 0
    failed: int = 0
    statuses: dict[str, int] = field(default_factory=dict)

    ratio: float | None = None
    """The best's time over the default's in the same rounds (see ``ember.tuning.log``)."""

    @property
    def speedup(self) -> float | None:
        """Default over best: from the paired ratio when there is one, else the two times."""
        if self.ratio is not None and self.ratio > 0:
            return 1.0 / self.ratio
        if self.default_us is None or self.best_us is None or self.best_us <= 0:
            return None
        return self.default_us / self.best_us


class Tuner:
    """Tunes tasks into ``log`` for ``target`` (a target key) with ``measure`` in the
    executor ``executor(measure, timeout)`` makes (default: one local :class:`Worker`).

    ``fault`` (tests only): called with (task index, measurement index of that task) before
    each job; "crash" or "hang" makes the worker fail that job."""

    def __init__(
        self, log: TuningLog, target: Mapping[str, Any], measure: Measure, options: TuneOptions | None = None,
        *, progress: bool = False, fault: FaultHook | None = None, executor: ExecutorFactory | None = None,
    ) -> None:  # fmt: skip
        self.log = log
        self.executor: ExecutorFactory = executor or Worker
        self.lock = threading.Lock()
        """Guards the log and the counters when tasks run at once (an executor with slots > 1)."""
        self._started = 0
        self.target = dict(target)
        self.measure = measure
        self.options = options or TuneOptions()
        self.progress = progress
        self.fault = fault
        self.measurements = 0
        """Timed candidate jobs sent to the executor."""
        self.reference_runs = 0
        """Untimed runs of a default (a resumed task's reference output)."""
        self.jobs: dict[int, int] = {}
        """Jobs sent so far per task index (what the fault hook is called with)."""
        self.references: dict[int, np.ndarray] = {}
        """The default's output per task index, once this run has it."""

    def tune(self, tasks: list[Task]) -> list[TaskReport]:
        """Measure every task's default (as far as the trials go), then share the remaining
        trials by the defaults' times (:meth:`_budgets`) and search each task."""
        from tqdm import tqdm

        opts = self.options
        deadline = time.monotonic() + opts.time_budget if opts.time_budget else math.inf
        firsts = [i for i, t in enumerate(tasks) if i < opts.trials and not self._known(t)]
        with self.executor(self.measure, opts.timeout) as executor, tqdm(
            total=len(firsts), disable=not self.progress, unit="trial", dynamic_ncols=True, leave=False
        ) as bar:  # fmt: skip
            _each(executor.slots, firsts, lambda i: _TaskRun(self, executor, tasks[i], i, bar).tune(1, deadline))
            budgets = self._budgets(tasks)
            bar.total += sum(budgets)
            bar.refresh()

            def search(index: int) -> TaskReport:
                until = self._until(deadline, len(tasks), executor.slots)
                return _TaskRun(self, executor, tasks[index], index, bar).tune(budgets[index], until)

            return _each(executor.slots, range(len(tasks)), search)

    def _until(self, deadline: float, tasks: int, slots: int) -> float:
        """When a task that starts now must stop: the time left shared by the tasks not
        started yet, ``slots`` of which run at once."""
        with self.lock:
            left = tasks - self._started
            self._started += 1
        share = (deadline - time.monotonic()) * min(slots, left) / left
        return min(deadline, time.monotonic() + share) if math.isfinite(share) else math.inf

    def _known(self, task: Task) -> int:
        return len(self.log.for_task(task.key, self.target))

    def _budgets(self, tasks: list[Task]) -> list[int]:
        """New measurements per task: first :data:`MIN_TRIALS` each (fewer when the trials
        do not go round), then the rest one at a time, each to the task with the most default
        time (x uses) per trial it has so far (an even share when no default has a time), all
        capped by the task's candidates; less what the log already has. Only the log decides,
        so re-running the same tuning measures nothing."""
        weights = []
        for task in tasks:
            default = [r for r in self.log.for_task(task.key, self.target) if r.default and r.status == "ok"]
            weights.append((default[-1].time_us or 0.0) * task.count if default else 0.0)
        if not any(weights):
            weights = [1.0] * len(tasks)
        floor = max(1, min(MIN_TRIALS, self.options.trials // max(1, len(tasks))))
        shares = [min(floor, len(t.candidates)) if i < self.options.trials else 0 for i, t in enumerate(tasks)]
        for _ in range(min(self.options.trials, sum(len(t.candidates) for t in tasks)) - sum(shares)):
            open_ = [i for i, t in enumerate(tasks) if shares[i] < len(t.candidates) and (weights[i] or not shares[i])]
            if not open_:
                break
            best = max(open_, key=lambda i: (weights[i] / (shares[i] + 1) if shares[i] else math.inf, -i))
            shares[best] += 1
        return [max(0, share - self._known(task)) for task, share in zip(tasks, shares, strict=True)]


class _TaskRun:
    """The measurements of one task."""

    def __init__(self, tuner: Tuner, executor: Executor, task: Task, index: int, bar: Any) -> None:
        self.tuner, self.executor, self.task, self.index, self.bar = tuner, executor, task, index, bar
        self.search = Search(task.candidates, seed=tuner.options.seed ^ zlib.crc32(canonical(task.key).encode()))
        self.report = TaskReport(task.label, task.count)
        for record in tuner.log.for_task(task.key, tuner.target):
            speed = record.ratio if record.ratio is not None else record.time_us
            self.search.record(record.schedule, speed if record.status == "ok" else None)
        self.reference: np.ndarray | None = tuner.references.get(index)

    def tune(self, budget: int, until: float) -> TaskReport:
        self.bar.set_description(self.task.label[:40])
        default_text = canonical(self.task.default)
        if budget > 0 and default_text not in self.search.times:
            self._measure(self.task.default, default=True)
            budget -= 1
        elif budget > 0 and self.search.remaining() and self.reference is None:
            self._reference()
        while budget > 0 and self.reference is not None and time.monotonic() < until:
            candidate = self.search.propose()
            if candidate is None:
                break
            self._measure(candidate)
            budget -= 1
        self.bar.update(budget)  # what the task did not use
        self._confirm(until)
        return self._summary()

    def _confirm(self, until: float) -> None:
        """Re-measure the task's best with :data:`CONFIRM_ROUNDS` times the rounds until the
        best is the default or a confirmed candidate (at most :data:`MAX_CONFIRMATIONS`)."""
        for _ in range(MAX_CONFIRMATIONS):
            best = self.tuner.log.best(self.task.key, self.tuner.target)
            if best is None or best.default or best.confirmed or time.monotonic() >= until:
                return
            if self.reference is None:
                self._reference()
            if self.reference is None:
                return
            self._measure(best.schedule, confirm=True)

    def _job(self, schedule: Mapping[str, Any], repeats: int) -> dict[str, Any]:
        opts = self.tuner.options
        job = {"module": self.task.module, "schedule": dict(schedule), "repeats": repeats, "min_seconds": opts.min_seconds}
        if schedule != self.task.default:
            job["baseline"] = self.task.default
        count = self.tuner.jobs.get(self.index, 0)
        fault = self.tuner.fault(self.index, count) if self.tuner.fault else None
        if fault:
            job[FAULT] = fault
        self.tuner.jobs[self.index] = count + 1
        return job

    def _reference(self) -> None:
        with self.tuner.lock:
            self.tuner.reference_runs += 1
        outcome = self.executor.run(self._job(self.task.default, 0))
        if outcome.status == "ok":
            self.reference = self.tuner.references[self.index] = outcome.result["output"]

    def _measure(self, schedule: Mapping[str, Any], *, default: bool = False, confirm: bool = False) -> None:
        with self.tuner.lock:
            self.tuner.measurements += 1
        rounds = self.tuner.options.repeats * (CONFIRM_ROUNDS if confirm else 1)
        outcome = self.executor.run(self._job(schedule, rounds))
        status, error = outcome.status, outcome.error
        if status == "ok" and default:
            self.reference = self.tuner.references[self.index] = outcome.result["output"]
        elif status == "ok":
            error = self._numerics(outcome)
            status = "mismatch" if error else "ok"
        record = Record(self.task.key, self.tuner.target, dict(schedule), status, default=default, error=error)
        if status == "ok":
            samples = np.asarray(outcome.result["times"]) * 1e6
            baseline = np.asarray(outcome.result["baseline_times"]) * 1e6
            fastest, median = float(samples.min()), float(np.median(samples))
            ratio = fastest / float(baseline.min()) if len(baseline) and baseline.min() > 0 else 1.0
            record = Record(
                self.task.key, self.tuner.target, dict(schedule), "ok", fastest,
                median / fastest - 1.0 if fastest > 0 else 0.0, len(samples), default, ratio=ratio, confirmed=confirm,
            )  # fmt: skip
        with self.tuner.lock:
            self.tuner.log.append(record)
        self.search.record(schedule, record.ratio if record.status == "ok" else None)
        if not confirm:
            self.bar.update(1)
        best = self.tuner.log.best(self.task.key, self.tuner.target)
        if best is not None and best.time_us is not None:
            self.bar.set_postfix_str(f"best {best.time_us:.1f} us ({1 / (best.ratio or 1.0):.2f}x)")

    def _numerics(self, outcome: Outcome) -> str:
        """Why the candidate's output differs from the reference ("" when it matches)."""
        out, ref = outcome.result["output"], self.reference
        assert ref is not None
        if out.shape != ref.shape:
            return f"output shape {out.shape} != {ref.shape}"
        scale = max(1.0, float(np.max(np.abs(ref))) if ref.size else 1.0)
        worst = float(np.max(np.abs(out - ref))) if out.size else 0.0
        if not np.isfinite(worst) or worst > self.tuner.options.rtol * scale:
            return f"max abs difference {worst:.3g} from the default's output (scale {scale:.3g})"
        return ""

    def _summary(self) -> TaskReport:
        report = self.report
        records = self.tuner.log.for_task(self.task.key, self.tuner.target)
        report.measured = len(records)
        for r in records:
            report.statuses[r.status] = report.statuses.get(r.status, 0) + 1
        report.failed = sum(n for s, n in report.statuses.items() if s != "ok")
        default = [r for r in records if r.default and r.status == "ok"]
        report.default_us = default[-1].time_us if default else None
        best = self.tuner.log.best(self.task.key, self.tuner.target)
        if best is not None:
            report.best_us, report.best, report.ratio = best.time_us, dict(best.schedule), best.ratio
        return report


def _each(slots: int, indices: Iterable[int], run: Callable[[int], _T]) -> list[_T]:
    """``run`` of every index, in order: one after the other, or on ``slots`` threads."""
    if slots <= 1:
        return [run(i) for i in indices]
    with ThreadPoolExecutor(max_workers=slots, thread_name_prefix="ember-tune") as pool:
        return list(pool.map(run, indices))


def report_lines(reports: list[TaskReport]) -> list[str]:
    """The table ember-tune prints: per task its uses, default and best time, speed-up."""
    width = max([len(r.label) for r in reports] + [4])
    lines = [f"{'task':{width}}  uses  default us   best us  speed-up  measured  failed"]
    for r in reports:
        default = f"{r.default_us:10.1f}" if r.default_us is not None else f"{'-':>10}"
        best = f"{r.best_us:9.1f}" if r.best_us is not None else f"{'-':>9}"
        speed = f"{r.speedup:7.2f}x" if r.speedup is not None else f"{'-':>8}"
        lines.append(f"{r.label:{width}}  {r.count:4d}  {default}  {best}  {speed}  {r.measured:8d}  {r.failed:6d}")
    gains = [r.speedup for r in reports if r.speedup is not None]
    if gains:
        better = sum(g >= 1.1 for g in gains)
        geo = math.exp(sum(math.log(g) for g in gains) / len(gains))
        lines.append(f"{len(gains)} tasks: geomean speed-up {geo:.2f}x, {better} gained >= 10%")
    return lines
