"""``plan-memory`` and its planner (``lowering/arena.py``): no two buffers that are live at the
same time share a byte, offsets stay 64-byte aligned, reuse actually happens; and the planned
memref stage, run by the reference interpreter with real aliasing (numpy views of one arena),
computes what the unplanned one computes."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from ember.context import make_context
from ember.lowering.arena import ALIGNMENT, Lifetime, aligned, conflicts, plan_arena
from ember.registry import build_pipeline
from ember.runtime.interpret import run_stage
from ember.textual import parse_module


@st.composite
def lifetimes(draw: st.DrawFn) -> list[Lifetime]:
    count = draw(st.integers(0, 40))
    result = []
    for _ in range(count):
        start = draw(st.integers(0, 60))
        result.append(Lifetime(draw(st.integers(1, 5000)), start, start + draw(st.integers(0, 20))))
    return result


def peak_live_bytes(buffers: list[Lifetime]) -> int:
    """The most bytes live at one op: no arena can be smaller."""
    ends = max((b.end for b in buffers), default=-1)
    return max((sum(aligned(b.size) for b in buffers if b.start <= t <= b.end) for t in range(ends + 1)), default=0)


@settings(max_examples=300, deadline=None)
@given(lifetimes())
def test_live_buffers_never_share_bytes(buffers):
    plan = plan_arena(buffers)
    assert conflicts(buffers, plan) == []
    assert all(offset % ALIGNMENT == 0 for offset in plan.offsets)
    assert all(o + aligned(b.size) <= plan.size for o, b in zip(plan.offsets, buffers, strict=True))
    assert peak_live_bytes(buffers) <= plan.size <= sum(aligned(b.size) for b in buffers)


def test_conflicts_finds_a_bad_plan():
    from ember.lowering.arena import ArenaPlan

    buffers = [Lifetime(100, 0, 3), Lifetime(64, 2, 5)]
    assert conflicts(buffers, ArenaPlan((0, 64), 192)) == [(0, 1)]
    assert conflicts(buffers, ArenaPlan((0, 128), 192)) == []


def test_disjoint_lifetimes_reuse_the_best_fitting_gap():
    # A (big) and C are live together; B dies before C starts: C takes B's bytes, not new ones
    buffers = [Lifetime(1024, 0, 10), Lifetime(256, 0, 2), Lifetime(200, 3, 10)]
    plan = plan_arena(buffers)
    assert plan.offsets[2] == plan.offsets[1]
    assert plan.size == 1024 + 256


CNN = """
func.func @main(%x: tensor<1x4x8x8xf32>) -> tensor<1x8x4x4xf32> {
  %w1 = graph.constant dense<0.05> : tensor<8x4x3x3xf32>
  %w2 = graph.constant dense<-0.03> : tensor<8x8x3x3xf32>
  %b = graph.constant dense<0.1> : tensor<8xf32>
  %0 = graph.conv %x, %w1, %b {pads = array<i64: 1, 1, 1, 1>} : (tensor<1x4x8x8xf32>, tensor<8x4x3x3xf32>, tensor<8xf32>) -> tensor<1x8x8x8xf32>
  %1 = graph.relu %0 : (tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
  %2 = graph.conv %1, %w2, %b {pads = array<i64: 1, 1, 1, 1>} : (tensor<1x8x8x8xf32>, tensor<8x8x3x3xf32>, tensor<8xf32>) -> tensor<1x8x8x8xf32>
  %3 = graph.add %2, %1 : (tensor<1x8x8x8xf32>, tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
  %4 = graph.sigmoid %3 : (tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
  %5 = graph.max_pool %4 {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x8x8x8xf32>) -> tensor<1x8x4x4xf32>
  func.return %5 : tensor<1x8x4x4xf32>
}
"""


def lowered(spec: str):  # noqa: ANN201
    ctx = make_context()
    module, _ = parse_module(ctx, CNN, "<cnn>")
    build_pipeline(spec).apply(ctx, module)
    return module


def test_planned_memref_stage_interprets_like_the_unplanned_one():
    x = np.random.default_rng(3).standard_normal((1, 4, 8, 8)).astype(np.float32)
    unplanned = run_stage(lowered("convert-graph-to-linalg,bufferize"), [x])
    module = lowered("convert-graph-to-linalg,bufferize,plan-memory")
    fn = next(iter(module.ops))
    while fn.name != "func.func":
        fn = fn.next_op
    arena = fn.attributes["ember.arena_bytes"].value.data
    assert 0 < arena < fn.attributes["ember.intermediate_bytes"].value.data
    planned = run_stage(module, [x])
    np.testing.assert_allclose(planned[0], unplanned[0], rtol=1e-6, atol=1e-6)


@st.composite
def lifetimes_with_tails(draw: st.DrawFn) -> list[Lifetime]:
    result = []
    for b in draw(lifetimes()):
        tail = draw(st.integers(0, b.size - 1))
        result.append(Lifetime(b.size, b.start, b.end, tail, draw(st.integers(b.start, b.end))) if tail else b)
    return result


def _live_ranges(buffers: list[Lifetime], offsets: tuple[int, ...], at: int) -> list[tuple[int, int]]:
    """The byte ranges in use at op ``at``: a buffer's head only before its tail's first op."""
    ranges = []
    for b, offset in zip(buffers, offsets, strict=True):
        if b.start <= at <= b.end:
            late = b.tail // ALIGNMENT * ALIGNMENT if b.tail and at < b.tail_start else 0
            ranges.append((offset, offset + aligned(b.size) - late))
    return ranges


@settings(max_examples=300, deadline=None)
@given(lifetimes_with_tails())
def test_late_tails_never_share_live_bytes(buffers):
    """Checked op by op, without the planner's own conflict test: at every op the bytes in use
    (a late tail counts from its first op on) are disjoint."""
    plan = plan_arena(buffers)
    for at in range(max((b.end for b in buffers), default=-1) + 1):
        ranges = sorted(_live_ranges(buffers, plan.offsets, at))
        assert all(a[1] <= b[0] for a, b in zip(ranges, ranges[1:], strict=False)), (at, ranges)
    assert conflicts(buffers, plan) == []
    assert all(o + aligned(b.size) <= plan.size for o, b in zip(plan.offsets, buffers, strict=True))


def test_a_dying_buffer_takes_the_bytes_of_a_late_tail():
    """A pad in place: the padded buffer (1000 bytes) holds only its 800-byte source until op 5;
    a 300-byte buffer that dies at op 4 lies over the border bytes."""
    from ember.lowering.arena import peak_live_bytes as planner_peak

    buffers = [Lifetime(1000, 0, 10, 200, 5), Lifetime(300, 0, 4)]
    plan = plan_arena(buffers)
    assert plan.offsets == (0, 1024 - 192)
    assert plan.size == 1024 - 192 + 320 == planner_peak(buffers)
    assert plan_arena([Lifetime(1000, 0, 10), Lifetime(300, 0, 4)]).size == 1024 + 320
    assert plan_arena([Lifetime(1000, 0, 10, 200, 4), Lifetime(300, 0, 4)]).size == 1024 + 320
