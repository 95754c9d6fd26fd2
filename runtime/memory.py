"""The run-time side of the memory plan: the plan's numbers and a pool of arenas.

``plan-memory`` (lowering) turns every intermediate buffer of the entry function into a view of
one arena that the caller passes as the last argument (after the outputs) and records the plan
as function attributes: ``ember.arena_bytes``, ``ember.intermediate_bytes`` (the sum of the
planned buffers' sizes, each rounded up to 64 bytes) and ``ember.arena_buffers``. They survive
the lowering to the llvm stage; :func:`read_memory_plan` reads them into a :class:`MemoryPlan`,
which the compile cache stores with the machine code.

An :class:`ArenaPool` holds the arenas of one Executable: 64-byte aligned numpy buffers, one
allocated with the Executable and one more for each call that runs while all others are busy
(calls from several Python threads run at once: ctypes releases the GIL). A call leases an
arena and returns it when it is done, so a sequence of calls reuses one arena and nothing is
allocated per call; concurrent calls never share one.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from xdsl.dialects.builtin import ModuleOp

ARENA_BYTES_ATTR = "ember.arena_bytes"
INTERMEDIATE_BYTES_ATTR = "ember.intermediate_bytes"
ARENA_BUFFERS_ATTR = "ember.arena_buffers"
PEAK_LIVE_BYTES_ATTR = "ember.peak_live_bytes"
"""The function attributes ``plan-memory`` writes (the names are the lowering's contract)."""

ARENA_ALIGNMENT = 64


@dataclass(frozen=True)
class MemoryPlan:
    """What ``exe.memory_plan`` reports: the arena's bytes, the sum of the intermediate buffers'
    bytes (each rounded up to 64) that share it, and how many buffers they are."""

    arena_bytes: int
    intermediate_bytes: int
    buffers: int
    peak_live_bytes: int | None = None
    """The largest sum of the sizes of intermediates live at one op (None: not recorded)."""

    @property
    def reuse(self) -> float:
        """``intermediate_bytes / arena_bytes`` (how many times the arena's bytes are reused)."""
        return self.intermediate_bytes / self.arena_bytes if self.arena_bytes else 1.0

    def to_record(self) -> list[int]:
        peak = [] if self.peak_live_bytes is None else [self.peak_live_bytes]
        return [self.arena_bytes, self.intermediate_bytes, self.buffers, *peak]

    @classmethod
    def from_record(cls, record: list[Any]) -> MemoryPlan:
        return cls(*(int(v) for v in record[:4]))


def plan_from_attributes(attributes: Mapping[str, Any]) -> MemoryPlan | None:
    """The plan recorded in a function's attributes (None if the function was not planned)."""
    values = [attributes.get(name) for name in (ARENA_BYTES_ATTR, INTERMEDIATE_BYTES_ATTR, ARENA_BUFFERS_ATTR)]
    if any(v is None for v in values):
        return None
    peak = attributes.get(PEAK_LIVE_BYTES_ATTR)
    return MemoryPlan(*(int(v.value.data) for v in values), int(peak.value.data) if peak is not None else None)


def read_memory_plan(module: ModuleOp, entry: str) -> MemoryPlan | None:
    """The plan of function ``entry`` (``func.func`` or ``llvm.func``) of ``module``, or None."""
    for op in module.ops:
        name = op.properties.get("sym_name") or op.attributes.get("sym_name")
        if name is not None and getattr(name, "data", None) == entry:
            return plan_from_attributes(op.attributes)
    return None


def aligned_empty(nbytes: int, alignment: int = ARENA_ALIGNMENT) -> np.ndarray:
    """Uninitialised bytes whose first byte is ``alignment``-aligned (at least ``alignment``)."""
    size = max(nbytes, alignment)
    storage = np.empty(size + alignment, dtype=np.uint8)
    start = (-storage.ctypes.data) % alignment
    return storage[start : start + size]


class ArenaPool:
    """Arenas of ``nbytes`` for the calls of one Executable, one per concurrently running call."""

    def __init__(self, nbytes: int) -> None:
        self.nbytes = nbytes
        self._lock = threading.Lock()
        self._free = [aligned_empty(nbytes)]
        self.allocated = 1
        """Arenas allocated so far (the most calls that ever ran at once)."""

    @contextmanager
    def lease(self) -> Iterator[int]:
        """The address of an arena no other call uses, for the duration of one call."""
        with self._lock:
            arena = self._free.pop() if self._free else None
            if arena is None:
                self.allocated += 1
        if arena is None:
            arena = aligned_empty(self.nbytes)
        try:
            yield arena.ctypes.data
        finally:
            with self._lock:
                self._free.append(arena)
