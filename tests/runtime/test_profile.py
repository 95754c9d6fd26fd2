"""The per-operator profiler: ``ember.compile(..., profile=True)`` and ``exe.profile``.

Structure only (names, records, invariants that hold by construction); no assertion on a time:
the machine is shared (ARCHITECTURE §6)."""

from __future__ import annotations

import json

import numpy as np
import pytest

import ember
from ember.diagnostics import EmberError


@pytest.fixture(scope="module")
def builds(tiny_cnn):
    plain = ember.compile(tiny_cnn, threads=1, cache=False)
    profiled = ember.compile(tiny_cnn, threads=1, profile=True)
    return plain, profiled


@pytest.fixture(scope="module")
def inputs():
    return [np.random.default_rng(1).standard_normal((1, 3, 16, 16)).astype(np.float32)]


def test_units_are_named_by_onnx_nodes(builds):
    layout = builds[1].profile_layout
    assert builds[0].profile_layout is None
    names = [u.name for u in layout.units]
    assert names[0] == "conv1+relu1"  # a fusion group is one unit
    assert "pool1" in names and "fc" in names and "softmax" in names
    assert layout.units[0].flops == 2 * (8 * 16 * 16) * (3 * 3 * 3)
    assert layout.units[names.index("fc")].flops == 2 * 10 * 512
    assert layout.units[names.index("pool1")].flops is None
    assert sorted(set(layout.segments)) == list(range(len(layout.units)))


def test_profiled_build_computes_the_same(builds, inputs):
    plain, profiled = builds
    np.testing.assert_array_equal(plain(*inputs)[0], profiled(*inputs)[0])


def test_profile_records(builds, inputs, tmp_path):
    profile = builds[1].profile(*inputs, repeat=3)
    assert profile.ticks.shape == (3, builds[1].profile_layout.marks)
    seconds = profile.unit_seconds()
    assert seconds.shape == (3, len(profile.layout.units)) and (seconds >= 0).all()
    for (start, end), ticks in zip(profile.calls, profile.ticks, strict=True):
        assert start <= ticks[0] and ticks[-1] <= end  # the marks lie inside the call
    assert 0 < profile.coverage <= 1
    rows = profile.rows()
    assert [r.seconds for r in rows] == sorted((r.seconds for r in rows), reverse=True)
    table = profile.table()
    assert "conv1+relu1" in table and "GFLOP/s" in table and "of the whole call" in table
    path = tmp_path / "trace.json"
    profile.write_chrome_trace(str(path))
    events = json.loads(path.read_text())["traceEvents"]
    spans = [e for e in events if e["ph"] == "X" and e["cat"] != "call"]
    assert len(spans) == 3 * len(profile.layout.segments)
    assert {"name", "ts", "dur", "pid", "tid", "args"} <= set(spans[0])
    record = profile.to_record()
    assert record["units"][0]["name"] == rows[0].unit.name


def test_profile_needs_a_profiling_build(builds, inputs):
    with pytest.raises(EmberError, match="profile=True"):
        builds[0].profile(*inputs)
