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
   the smallest gap that fits it, else the first offset after all of them;
4. the same placement in order of first use, then in up to 64 seeded random orders (a
   multi-start greedy, within a budget of pair comparisons), is tried too, and the smallest
   arena wins; the search stops as soon as an arena equals the peak of live bytes (the lower
   bound). Largest-first fragments a chain where each buffer overlaps one large buffer before
   and one after it (a keyword-spotting DS-CNN: zero-padded 48 KB copies between 32 KB maps;
   112 KB by size and by first use, 80 KB, the peak of live bytes, with a shuffled order;
   ``docs/deploy.md``). The seed is fixed, so a compile is reproducible.

Two lifetimes overlap when their closed op-index ranges ``[start, end]`` intersect, so a buffer
read by op ``k`` never shares bytes with one written by op ``k`` (in-place reuse is decided
before planning, by merging the two buffers into one, see ``plan-memory``).

**Late tails.** A buffer may start smaller than it ends: its first ``size - tail`` bytes (the
head) are live from ``start``, its last ``tail`` bytes only from ``tail_start`` (a pad written in
place: the producer writes the unpadded source into the head, the pad's expansion is the first
op to touch the border bytes). A buffer whose lifetime ends before ``tail_start`` may then share
bytes with the tail: step 3 leaves a placed buffer's tail out of the range it blocks for such a
buffer, and the peak of live bytes counts only the head before ``tail_start``.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

ALIGNMENT = 64


@dataclass(frozen=True)
class Lifetime:
    """One buffer: ``size`` bytes, live from op ``start`` to op ``end`` (both included); its last
    ``tail`` bytes only from op ``tail_start`` on (a late tail, see the module docstring)."""

    size: int
    start: int
    end: int
    tail: int = 0
    tail_start: int = 0

    def overlaps(self, other: Lifetime) -> bool:
        return self.start <= other.end and other.start <= self.end

    def tail_free_for(self, other: Lifetime) -> bool:
        """Whether ``other`` is dead before this buffer's tail is first touched (so the two
        may share the tail's bytes)."""
        return self.tail > 0 and other.end < self.tail_start

    def live_bytes(self, at: int, alignment: int = ALIGNMENT) -> int:
        """The (aligned) bytes of this buffer live at op ``at``."""
        if not self.start <= at <= self.end:
            return 0
        if self.tail and at < self.tail_start:
            return aligned(self.size, alignment) - _aligned_tail(self, alignment)
        return aligned(self.size, alignment)


@dataclass(frozen=True)
class ArenaPlan:
    """Byte offset of each buffer (in input order) and the arena's size."""

    offsets: tuple[int, ...]
    size: int


def aligned(size: int, alignment: int = ALIGNMENT) -> int:
    """``size`` rounded up to a multiple of ``alignment`` (at least one ``alignment``)."""
    return max(1, -(-size // alignment)) * alignment


def _aligned_tail(b: Lifetime, alignment: int) -> int:
    """The tail's bytes that may be shared, rounded down so the head stays aligned."""
    return b.tail // alignment * alignment


def _blocked(placing: Lifetime, placed: Lifetime, offset: int, placed_size: int, alignment: int) -> tuple[int, int] | None:
    """The range ``(offset, end)`` a buffer ``placed`` there keeps ``placing`` out of: all of
    it while both are live, but its late tail when ``placing`` dies before the tail's first op;
    None when their lifetimes do not overlap. (The tail of ``placing`` itself is not used to
    fit it around others: a tail is placed over buffers that are placed before it.)"""
    if not placing.overlaps(placed):
        return None
    end = offset + placed_size
    if placed.tail_free_for(placing):
        end -= _aligned_tail(placed, alignment)
    return offset, end


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


SEARCH_BUDGET = 1_000_000
"""Pairs of buffers compared by the seeded shuffled placements (at most :data:`SHUFFLES` of
them): about 0.3 s of Python for ResNet-50's 164 buffers, nothing for small models."""
SHUFFLES = 64


def plan_arena(buffers: Sequence[Lifetime], alignment: int = ALIGNMENT) -> ArenaPlan:
    """Place every buffer in one arena (see the module docstring for the algorithm): the
    smallest of the placements in order of size, in order of first use and in seeded random
    orders; stops early at the peak of live bytes (no arena is smaller)."""
    sizes = [aligned(b.size, alignment) for b in buffers]
    by_size = sorted(range(len(buffers)), key=lambda i: (-sizes[i], buffers[i].start, i))
    best = _place(buffers, sizes, by_size, alignment)
    floor = peak_live_bytes(buffers, alignment)
    for order in _orders(buffers, sizes):
        if best.size <= floor:
            break
        plan = _place(buffers, sizes, order, alignment)
        if plan.size < best.size:
            best = plan
    return best


def _orders(buffers: Sequence[Lifetime], sizes: list[int]) -> Iterator[list[int]]:
    """First use order, then seeded shuffles within :data:`SEARCH_BUDGET`."""
    indices = list(range(len(buffers)))
    yield sorted(indices, key=lambda i: (buffers[i].start, -sizes[i], i))
    shuffler = random.Random(0)
    for _ in range(min(SHUFFLES, SEARCH_BUDGET // max(1, len(buffers)) ** 2)):
        shuffler.shuffle(indices)
        yield list(indices)


def _place(buffers: Sequence[Lifetime], sizes: list[int], order: list[int], alignment: int = ALIGNMENT) -> ArenaPlan:
    """Best fit of each buffer in ``order`` among those placed before it."""
    offsets: dict[int, int] = {}
    for i in order:
        blocked = (_blocked(buffers[i], buffers[j], offsets[j], sizes[j], alignment) for j in offsets)
        offsets[i] = _best_gap(sizes[i], [r for r in blocked if r is not None])
    total = max((offsets[i] + sizes[i] for i in offsets), default=0)
    return ArenaPlan(tuple(offsets[i] for i in range(len(buffers))), total)


def peak_live_bytes(buffers: Sequence[Lifetime], alignment: int = ALIGNMENT) -> int:
    """The largest sum of the (aligned) sizes of buffers live at one op: no arena is smaller."""
    events = sorted({b.start for b in buffers} | {b.tail_start for b in buffers if b.tail})
    return max((sum(b.live_bytes(at, alignment) for b in buffers) for at in events), default=0)


def conflicts(buffers: Sequence[Lifetime], plan: ArenaPlan, alignment: int = ALIGNMENT) -> list[tuple[int, int]]:
    """Pairs of buffers that are live at the same time and share bytes (a correct plan has none)."""
    sizes = [aligned(b.size, alignment) for b in buffers]
    found = []
    for i in range(len(buffers)):
        for j in range(i + 1, len(buffers)):
            if buffers[i].overlaps(buffers[j]) and _shared(buffers, plan, sizes, (i, j), alignment):
                found.append((i, j))
    return found


def _shared(buffers: Sequence[Lifetime], plan: ArenaPlan, sizes: list[int], pair: tuple[int, int], alignment: int) -> bool:
    """Whether the bytes the two buffers hold while both are live intersect (a tail counts only
    when the other buffer is still live at its start)."""
    ranges = []
    for me, other in (pair, pair[::-1]):
        end = plan.offsets[me] + sizes[me]
        if buffers[me].tail_free_for(buffers[other]):
            end -= _aligned_tail(buffers[me], alignment)
        ranges.append((plan.offsets[me], end))
    (a, b), (c, d) = ranges
    return a < d and c < b
