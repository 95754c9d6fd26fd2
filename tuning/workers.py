"""Isolated measurement: jobs run in a worker process, one at a time, each under a timeout.

A :class:`Worker` owns one child process (``multiprocessing``'s *spawn* start: a fresh
interpreter, no state shared with the tuner) that runs ``measure(job)`` for each job it is
sent. A job whose worker dies (a crash in generated code, an abort) or does not answer within
the timeout (a hang; the first job of a new worker gets :data:`STARTUP_SECONDS` more) loses
only itself: the worker is killed if needed and a new one is
started for the next job. An exception in ``measure`` is a plain ``error`` outcome.

Fault injection for tests: a job whose ``"_fault"`` entry is ``"crash"`` makes the worker abort
and ``"hang"`` makes it sleep; only a caller that sets the entry (the tuner's test hook) can
cause either.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any, Protocol

FAULT = "_fault"

STARTUP_SECONDS = 30.0
"""Extra seconds the first job of a new worker may take (a fresh interpreter imports xDSL and
LLVM before it compiles anything)."""


@dataclass(frozen=True)
class Outcome:
    """What became of one job: ``status`` ``ok`` (``result`` holds measure's return value),
    ``error`` (measure raised; ``error`` says what), ``crash`` or ``timeout``."""

    status: str
    result: Any = None
    error: str = ""


class Executor(Protocol):
    """Where jobs run: :class:`Worker` (one local process; ``--executor local``) or
    :class:`ember.tuning.ray_executor.RayExecutor` (``--executor ray``). ``run`` never raises
    for what a job does; ``slots`` jobs may run at once (``run`` called from as many threads)."""

    @property
    def slots(self) -> int: ...

    def run(self, job: dict[str, Any], timeout: float | None = None) -> Outcome: ...

    def close(self) -> None: ...


def _serve(conn: Connection, measure: Callable[[dict[str, Any]], Any]) -> None:
    """The worker's loop: receive a job, answer ("ok", result) or ("error", message)."""
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        fault = job.get(FAULT)
        if fault == "crash":
            os.abort()
        if fault == "hang":
            time.sleep(10**6)
        try:
            conn.send(("ok", measure(job)))
        except Exception as error:  # noqa: BLE001 - any failure of a candidate is its outcome
            conn.send(("error", f"{type(error).__name__}: {error}".splitlines()[0][:300]))


class Worker:
    """One worker process at a time for ``measure`` (a picklable top-level function)."""

    def __init__(
        self, measure: Callable[[dict[str, Any]], Any], timeout: float, startup: float = STARTUP_SECONDS
    ) -> None:
        self.measure = measure
        self.timeout = timeout
        self.startup = startup
        self._fresh = False
        self.restarts = 0
        self._context = multiprocessing.get_context("spawn")
        self._process: Any = None
        self._conn: Connection | None = None

    @property
    def slots(self) -> int:
        """One job at a time."""
        return 1

    def _start(self) -> Connection:
        parent, child = self._context.Pipe()
        self._process = self._context.Process(target=_serve, args=(child, self.measure), daemon=True)
        self._process.start()
        child.close()
        self._conn = parent
        self._fresh = True
        return parent

    def run(self, job: dict[str, Any], timeout: float | None = None) -> Outcome:
        """Run one job; never raises for what the job does."""
        conn = self._conn or self._start()
        limit = self.timeout if timeout is None else timeout
        allowance = self.startup if self._fresh else 0.0
        self._fresh = False
        try:
            conn.send(job)
            if not conn.poll(limit + allowance):
                self._stop()
                return Outcome("timeout", error=f"no answer within {limit:g} s")
            status, payload = conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            code = self._exit_code()
            self._stop()
            return Outcome("crash", error=f"worker died ({code})")
        if status == "ok":
            return Outcome("ok", payload)
        return Outcome("error", error=str(payload))

    def _exit_code(self) -> str:
        """How the dead worker ended (its pipe closed first: wait briefly for the process to be
        reaped, or the exit code is not known yet)."""
        if self._process is None:
            return "exit code unknown"
        self._process.join(5)
        code = self._process.exitcode
        if code is None:
            return "exit code unknown"
        return f"killed by signal {-code}" if code < 0 else f"exit code {code}"

    def _stop(self) -> None:
        if self._process is not None:
            if self._process.is_alive():
                self._process.kill()
            self._process.join(5)
            self.restarts += 1
        if self._conn is not None:
            self._conn.close()
        self._process, self._conn = None, None

    def close(self) -> None:
        """End the worker (if one runs)."""
        if self._conn is not None:
            self._conn.close()
        if self._process is not None:
            self._process.join(2)
            if self._process.is_alive():
                self._process.kill()
                self._process.join(2)
        self._process, self._conn = None, None

    def __enter__(self) -> Worker:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
