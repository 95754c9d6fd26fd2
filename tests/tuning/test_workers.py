"""The isolated worker: results, errors, crashes and hangs (each loses only its own job)."""

from __future__ import annotations

from ember.tuning.workers import FAULT, Worker


def test_results_errors_crashes_and_hangs():
    with Worker(len, timeout=20, startup=0) as worker:  # measure(job) = len(job): a trivial picklable function
        assert worker.run({"a": 1, "b": 2}).result == 2
        crashed = worker.run({FAULT: "crash"})
        assert crashed.status == "crash" and crashed.error == "worker died (killed by signal 6)"  # os.abort: SIGABRT
        assert worker.run({"a": 1}).result == 1  # a new worker took over
        hung = worker.run({FAULT: "hang"}, timeout=1.0)
        assert hung.status == "timeout"
        assert worker.run({"a": 1}).status == "ok"
        assert worker.restarts == 2


def test_an_exception_is_an_error_outcome():
    with Worker(int, timeout=20) as worker:  # int(dict) raises TypeError
        outcome = worker.run({"a": 1})
        assert outcome.status == "error" and outcome.error.startswith("TypeError")
        assert worker.restarts == 0
