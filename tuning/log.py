"""The tuning log: measured kernel schedules, keyed by task structure and target.

A log is a text file of JSON Lines, one record per measured candidate, appended as the tuner
goes (so an interrupted run keeps what it measured, and two logs merge by concatenation)::

    {"task": {"op": "linalg.conv_2d_nchw_fchw", "operands": ["1x64x58x58xf32", ...], ...},
     "target": {"cpu": "znver3", "vector_bits": 256, ...},
     "schedule": {"lanes": 8, "mr": 6, "nr": 16, "kc": 0, "mc": 0, ...},
     "status": "ok", "time_us": 412.5, "noise": 0.013, "repeats": 5, "ratio": 0.912}

(written on one line each). ``task`` is the op's structural key
(:func:`ember.lowering.kernels.tasks.task_key`), ``target`` the target fields a schedule's
speed depends on (:func:`target_key`: not its name, so a log tuned for ``host`` serves the
preset of the same CPU), ``status`` one of :data:`STATUSES` (only ``ok`` records have a time:
the fastest of ``repeats`` single calls in microseconds: on a loaded machine the fastest calls
are the ones nothing preempted; ``noise`` is the median call's excess over it), ``default``
marks the heuristic's schedule. ``ratio`` is the candidate's time over the default's, both timed
in the same alternating rounds (1 for the default itself): load shifts absolute times between
candidates measured seconds apart, but hits the two halves of a round alike. A later record of
the same candidate supersedes an earlier one: ``confirmed`` marks the re-measurement (three
times the rounds) the tuner makes of a task's best before it can beat the default. Blank lines
and lines starting with ``#`` are ignored.

:meth:`TuningLog.best_table` is what a compile applies: for each task of one target, the
schedule of its fastest ``ok`` record (by ``ratio`` when all of the task's ``ok`` records have
one, else by ``time_us``; the default wins ties, and a ratio within :data:`MIN_GAIN` of 1 is a
tie).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ember.atomic_file import replacing
from ember.diagnostics import EmberError
from ember.target import Target

STATUSES = ("ok", "crash", "timeout", "mismatch", "error")
"""``ok``: measured and its output matched the default's; ``crash``: the worker died;
``timeout``: it ran past the time limit; ``mismatch``: wrong numerics; ``error``: it did not
compile (e.g. an illegal schedule)."""

TARGET_FIELDS = ("triple", "cpu", "vector_bits", "vector_registers", "fma", "l1d", "l2", "cores")
"""Target fields that enter a log key (``cores``: the threads the kernels were built for)."""

REQUIRED = ("task", "target", "schedule", "status")


def canonical(value: Any) -> str:
    """One-line sorted JSON text: equal values, equal text (the keys of the log's tables)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def target_key(target: Target) -> dict[str, Any]:
    """The part of ``target`` a tuning record is keyed by (:data:`TARGET_FIELDS`)."""
    return {name: getattr(target, name) for name in TARGET_FIELDS}


@dataclass(frozen=True)
class Record:
    """One measured candidate."""

    task: dict[str, Any]
    target: dict[str, Any]
    schedule: dict[str, Any]
    status: str
    time_us: float | None = None
    noise: float | None = None
    repeats: int = 0
    default: bool = False
    error: str = ""
    ratio: float | None = None
    confirmed: bool = False

    def identity(self) -> tuple[str, str, str]:
        """(task, target, schedule) as canonical text: a candidate measured once."""
        return canonical(self.task), canonical(self.target), canonical(self.schedule)

    def to_json(self) -> str:
        data: dict[str, Any] = {
            "task": self.task, "target": self.target, "schedule": self.schedule, "status": self.status,
        }  # fmt: skip
        if self.time_us is not None:
            data.update(time_us=round(self.time_us, 3), noise=round(self.noise or 0.0, 4), repeats=self.repeats)
        if self.ratio is not None:
            data["ratio"] = round(self.ratio, 4)
        if self.confirmed:
            data["confirmed"] = True
        if self.default:
            data["default"] = True
        if self.error:
            data["error"] = self.error
        return json.dumps(data, sort_keys=False, separators=(", ", ": "))

    @staticmethod
    def from_json(data: Any) -> Record:
        """A record from a decoded line; ValueError saying what is wrong."""
        if not isinstance(data, dict):
            raise ValueError("a record must be a JSON object")
        missing = [k for k in REQUIRED if k not in data]
        if missing:
            raise ValueError(f"record lacks {', '.join(missing)}")
        for name in ("task", "target", "schedule"):
            if not isinstance(data[name], dict):
                raise ValueError(f"'{name}' must be an object")
        if data["status"] not in STATUSES:
            raise ValueError(f"status must be one of {', '.join(STATUSES)}, not {data['status']!r}")
        time_us, ratio = data.get("time_us"), data.get("ratio")
        if data["status"] == "ok" and not isinstance(time_us, int | float):
            raise ValueError("an 'ok' record needs a numeric time_us")
        if ratio is not None and not isinstance(ratio, int | float):
            raise ValueError("ratio must be a number")
        return Record(
            data["task"], data["target"], data["schedule"], data["status"],
            float(time_us) if time_us is not None else None, data.get("noise"), int(data.get("repeats", 0)),
            bool(data.get("default", False)), str(data.get("error", "")),
            float(ratio) if ratio is not None else None, bool(data.get("confirmed", False)),
        )  # fmt: skip


@dataclass
class TuningLog:
    """The records of a log file (or of several, merged), in file order; ``path``: where
    :meth:`append` writes (None: in memory only)."""

    records: list[Record] = field(default_factory=list)
    path: Path | None = None

    @staticmethod
    def load(path: str | os.PathLike[str], *, missing_ok: bool = False) -> TuningLog:
        """The log at ``path``; a missing file is an empty log with ``missing_ok``, else an
        error. A malformed line is one :class:`EmberError` ``path:line: error: ...``."""
        file = Path(path)
        if not file.is_file():
            if missing_ok:
                return TuningLog([], file)
            raise EmberError(f"cannot read the tuning log '{file}': no such file")
        records = list(_parse(file, file.read_text(encoding="utf-8")))
        return TuningLog(records, file)

    def append(self, record: Record) -> None:
        """Add ``record``, and write it at the end of the file when the log has a path."""
        self.records.append(record)
        if self.path is not None:
            with self.path.open("a", encoding="utf-8") as handle:
                handle.write(record.to_json() + "\n")

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write every record to ``path`` (replacing it) and make it the log's path."""
        self.path = Path(path)
        with replacing(self.path, binary=False) as handle:
            handle.write("".join(r.to_json() + "\n" for r in self.records))

    def measured(self) -> set[tuple[str, str, str]]:
        """Identities of the candidates the log has a record of (any status)."""
        return {r.identity() for r in self.records}

    def for_task(self, task: Mapping[str, Any], target: Mapping[str, Any]) -> list[Record]:
        """The task's records on ``target``, the latest of each candidate (a confirmation
        re-measures a candidate: its record supersedes the earlier one)."""
        key = (canonical(task), canonical(target))
        return list({r.identity(): r for r in self.records if r.identity()[:2] == key}.values())

    def best(self, task: Mapping[str, Any], target: Mapping[str, Any]) -> Record | None:
        """The fastest ``ok`` record of a task on a target (None: none)."""
        return fastest([r for r in self.for_task(task, target) if r.status == "ok"])

    def best_table(self, target: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
        """Canonical task key -> the schedule of its fastest ``ok`` record on ``target``."""
        wanted = canonical(target)
        latest = {r.identity(): r for r in self.records}
        tasks: dict[str, list[Record]] = {}
        for (task, tgt, _), r in latest.items():
            if tgt == wanted and r.status == "ok":
                tasks.setdefault(task, []).append(r)
        table = {task: fastest(records) for task, records in sorted(tasks.items())}
        return {task: dict(r.schedule) for task, r in table.items() if r is not None}


MIN_GAIN = 0.03
"""A candidate whose ratio is above ``1 - MIN_GAIN`` counts as no faster than the default
(measurement noise on a shared machine is of that order)."""


def fastest(records: list[Record]) -> Record | None:
    """The fastest of a task's ``ok`` records: by ratio when they all have one (a ratio within
    :data:`MIN_GAIN` of 1 counts as 1), else by time; the default first among equals."""
    if not records:
        return None
    by_ratio = all(r.ratio is not None for r in records)

    def speed(r: Record) -> tuple[float, bool]:
        value = r.ratio if by_ratio else r.time_us
        if by_ratio and value is not None and value > 1.0 - MIN_GAIN:
            value = max(value, 1.0)
        return (value if value is not None else float("inf"), not r.default)

    return min(records, key=speed)


def _parse(file: Path, text: str) -> Iterator[Record]:
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        try:
            yield Record.from_json(json.loads(stripped))
        except ValueError as error:  # json.JSONDecodeError is a ValueError
            message = error.msg if isinstance(error, json.JSONDecodeError) else str(error)
            raise EmberError(f"{file}:{number}: error: malformed tuning record: {message}") from None


def merge(logs: Iterable[TuningLog]) -> TuningLog:
    """One log of the records of ``logs`` (in order), each candidate once: the first record of
    a candidate wins, except that an ``ok`` record replaces a failed one and a confirmed one an
    unconfirmed one."""
    kept: dict[tuple[str, str, str], Record] = {}
    for log in logs:
        for record in log.records:
            identity = record.identity()
            old = kept.get(identity)
            better = record.status == "ok" and (old is not None and (old.status != "ok" or record.confirmed > old.confirmed))
            if old is None or better:
                kept[identity] = record
    return TuningLog(list(kept.values()))
