"""ember.tools.measure: interleaved timing in blocks with a pause before each block."""

from __future__ import annotations

from ember.tools import measure


def test_blocks_interleave_and_settle(monkeypatch):
    calls: list[str] = []
    pauses: list[float] = []
    monkeypatch.setattr(measure.time, "sleep", pauses.append)
    runs = {name: (lambda name=name: calls.append(name)) for name in ("ember", "ort")}
    times = measure.interleaved_times(runs, repeat=7, warmup=1, block=3, settle=0.25)
    assert {key: len(lat.samples) for key, lat in times.items()} == {"ember": 7, "ort": 7}
    # warm-ups, then rounds of (pause, untimed call, up to 3 timed calls) per configuration
    blocks = ["ember"] * 4 + ["ort"] * 4
    assert calls == ["ember", "ort"] + blocks * 2 + ["ember"] * 2 + ["ort"] * 2
    assert pauses == [0.25] * 6


def test_no_settle_is_plain_rounds(monkeypatch):
    calls: list[str] = []
    monkeypatch.setattr(measure.time, "sleep", lambda s: (_ for _ in ()).throw(AssertionError("slept")))
    runs = {name: (lambda name=name: calls.append(name)) for name in ("a", "b")}
    times = measure.interleaved_times(runs, repeat=2, warmup=0, block=1, settle=0.0)
    assert calls == ["a", "b", "a", "b"]
    assert all(len(lat.samples) == 2 for lat in times.values())
