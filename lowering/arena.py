"""Offsets of buffers in one arena from their lifetimes: the planner behind ``plan-memory``.

Pure Python, no IR: :mod:`ember.lowering.plan_memory` measures each intermediate buffer of a
function (bytes, and the first and last top-level op that touches it) and asks
:func:`plan_arena` where in one arena each buffer lives.

Algorithm: *greedy by size, best fit* (the offset planner of TFLite's arena and of Pisarchyk &
Lee, "Efficient Memory Management for Deep Neural Net Inference", 2020):

1. every size is rounded up to the alignment (64 bytes), so every offset stays aligned;
2. buffers are placed largest first (ties: earlier first use, then input order);
3. a buffer may share bytes only with placed buffers whose lifetimes do not overlap its own;
   among the gaps left between the placed buffers it does overlap (sorted by offset), it takes
   the smallest gap that fits it, else the first offset after all of them.

Two lifetimes overlap when their closed op-index ranges ``[start, end]`` intersect, so a buffer
read by op ``k`` never shares bytes with one written by op ``k`` (in-place reuse is decided
before planning, by merging the two buffers into one, see ``plan-memory``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

ALIGNMENT = 64


@dataclass(frozen=True)
class Lifetime:
    """One buffer: ``size`` bytes, live from op ``start`` to op ``end`` (both included)."""

    size: int
    start: int
    end: int

    def overlaps(self, other: Lifetime) -> bool:
        return self.start <= other.end and other.start <= self.end


@dataclass(frozen=True)
class ArenaPlan:
    """Byte offset of each buffer (in input order) and the arena's size."""

    offsets: tuple[int, ...]
    size: int


def aligned(size: int, alignment: int = ALIGNMENT) -> int:
    """``size`` rounded up to a multiple of ``alignment`` (at least one ``alignment``)."""
    return max(1, -(-size // alignment)) * alignment


def _best_gap(size: int, busy: list[tuple[int, int]]) -> int:
    """The offset of the smallest gap of at least ``size`` bytes between the ``busy`` ranges
    ``(offset, end)``, or the first offset after all of them."""
    best: tuple[int, int] | None = None  # (gap size, offset)
    cursor = 0
    for offset, end in sorted(busy):
        gap = offset - cursor
        if gap >= size and (best is None or gap < best[0]):
            best = (gap, cursor)
        cursor = max(cursor, end)
    return cursor if best is None else best[1]


def plan_arena(buffers: Sequence[Lifetime], alignment: int = ALIGNMENT) -> ArenaPlan:
    """Place every buffer in one arena (see the module docstring for the algorithm)."""
    sizes = [aligned(b.size, alignment) for b in buffers]
    order = sorted(range(len(buffers)), key=lambda i: (-sizes[i], buffers[i].start, i))
    offsets: dict[int, int] = {}
    for i in order:
        busy = [(offsets[j], offsets[j] + sizes[j]) for j in offsets if buffers[i].overlaps(buffers[j])]
        offsets[i] = _best_gap(sizes[i], busy)
    total = max((offsets[i] + sizes[i] for i in offsets), default=0)
    return ArenaPlan(tuple(offsets[i] for i in range(len(buffers))), total)


def conflicts(buffers: Sequence[Lifetime], plan: ArenaPlan, alignment: int = ALIGNMENT) -> list[tuple[int, int]]:
    """Pairs of buffers that are live at the same time and share bytes (a correct plan has none)."""
    sizes = [aligned(b.size, alignment) for b in buffers]
    found = []
    for i in range(len(buffers)):
        for j in range(i + 1, len(buffers)):
            shared = plan.offsets[i] < plan.offsets[j] + sizes[j] and plan.offsets[j] < plan.offsets[i] + sizes[i]
            if shared and buffers[i].overlaps(buffers[j]):
                found.append((i, j))
    return found
