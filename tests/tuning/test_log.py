"""The tuning log: JSON Lines round trip, append, merge, best entries, malformed files."""

from __future__ import annotations

import json

import pytest

from ember.diagnostics import EmberError
from ember.tuning.log import Record, TuningLog, canonical, merge

TASK_A = {"op": "linalg.matmul", "operands": ["4x8xf32", "8x16xf32", "4x16xf32"], "constant": [False, True, False]}
TASK_B = {"op": "linalg.matmul", "operands": ["4x8xf32", "8x32xf32", "4x32xf32"], "constant": [False, True, False]}
ZEN = {"cpu": "znver3", "vector_bits": 256, "cores": 1}
OTHER = {"cpu": "znver4", "vector_bits": 512, "cores": 1}


def sched(mr: int, nr: int = 16) -> dict:
    return {"lanes": 8, "mr": mr, "nr": nr, "kc": 0, "mc": 0, "vectorize": "pixels", "parallel": "none", "grain": 0}


def records() -> list[Record]:
    return [
        Record(TASK_A, ZEN, sched(6), "ok", 10.0, 0.01, 5, default=True),
        Record(TASK_A, ZEN, sched(4), "ok", 8.0, 0.02, 5),
        Record(TASK_A, ZEN, sched(8), "crash", error="worker died"),
        Record(TASK_B, ZEN, sched(6), "ok", 20.0, 0.0, 5, default=True),
        Record(TASK_A, OTHER, sched(2), "ok", 1.0, 0.0, 5),
    ]


def test_round_trip(tmp_path):
    log = TuningLog(records())
    log.save(tmp_path / "log.json")
    again = TuningLog.load(tmp_path / "log.json")
    assert again.records == log.records
    assert len((tmp_path / "log.json").read_text().splitlines()) == len(log.records)


def test_append_writes_through_and_comments_are_skipped(tmp_path):
    path = tmp_path / "log.json"
    path.write_text("# a comment\n\n")
    log = TuningLog.load(path)
    for record in records()[:2]:
        log.append(record)
    assert TuningLog.load(path).records == records()[:2]


def test_missing_log(tmp_path):
    assert TuningLog.load(tmp_path / "none.json", missing_ok=True).records == []
    with pytest.raises(EmberError, match="no such file"):
        TuningLog.load(tmp_path / "none.json")


def test_best_table_per_target():
    log = TuningLog(records())
    table = log.best_table(ZEN)
    assert table == {canonical(TASK_A): sched(4), canonical(TASK_B): sched(6)}
    assert log.best_table(OTHER) == {canonical(TASK_A): sched(2)}
    assert log.best(TASK_A, ZEN).time_us == 8.0


def test_merge_keeps_each_candidate_once_and_prefers_ok():
    first = TuningLog(records()[:3])
    ok_again = Record(TASK_A, ZEN, sched(8), "ok", 5.0, 0.0, 5)
    second = TuningLog([*records()[3:], ok_again, records()[0]])
    merged = merge([first, second])
    assert len(merged.records) == len(records())
    assert merged.best(TASK_A, ZEN) == ok_again
    assert len({r.identity() for r in merged.records}) == len(merged.records)


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ('{"task": {}, "target": {}', "Expecting"),
        ('{"task": {}, "target": {}, "status": "ok"}', "lacks schedule"),
        ('{"task": {}, "target": {}, "schedule": {}, "status": "fast"}', "status must be"),
        ('{"task": {}, "target": {}, "schedule": {}, "status": "ok"}', "numeric time_us"),
        ("[1, 2]", "JSON object"),
    ],
)
def test_malformed_line_is_one_located_error(tmp_path, line, why):
    path = tmp_path / "bad.json"
    path.write_text(records()[0].to_json() + "\n" + line + "\n")
    with pytest.raises(EmberError) as info:
        TuningLog.load(path)
    message = str(info.value)
    assert message.startswith(f"{path}:2: error: malformed tuning record") and why in message
    assert "\n" not in message


def test_paired_ratios_decide_over_times_measured_apart():
    default = Record(TASK_A, ZEN, sched(6), "ok", 10.0, 0.0, 5, default=True, ratio=1.0)
    faster = Record(TASK_A, ZEN, sched(4), "ok", 12.0, 0.0, 5, ratio=0.8)  # timed under more load
    slower = Record(TASK_A, ZEN, sched(2), "ok", 9.0, 0.0, 5, ratio=1.1)
    log = TuningLog([default, faster, slower])
    assert log.best(TASK_A, ZEN) == faster
    round_trip = Record.from_json(json.loads(faster.to_json()))
    assert round_trip == faster
    tie = Record(TASK_A, ZEN, sched(3), "ok", 10.0, 0.0, 5, ratio=1.0)
    assert TuningLog([tie, default]).best(TASK_A, ZEN) == default  # the default wins ties


def test_a_confirmation_supersedes_the_first_measurement():
    default = Record(TASK_A, ZEN, sched(6), "ok", 10.0, 0.0, 5, default=True, ratio=1.0)
    lucky = Record(TASK_A, ZEN, sched(4), "ok", 7.0, 0.0, 5, ratio=0.7)
    confirmed = Record(TASK_A, ZEN, sched(4), "ok", 10.5, 0.0, 15, ratio=1.05, confirmed=True)
    log = TuningLog([default, lucky, confirmed])
    assert log.best(TASK_A, ZEN) == default and log.best_table(ZEN)[canonical(TASK_A)] == sched(6)
    assert len(log.for_task(TASK_A, ZEN)) == 2
    assert merge([TuningLog([default, lucky]), TuningLog([confirmed])]).best(TASK_A, ZEN) == default
