"""The candidate schedules of a kernel task: what a tuner may try (MEMREF STAGE knowledge).

:func:`candidate_schedules` lists every :class:`~ember.lowering.kernels.schedule.KernelSchedule`
that is legal for a task on a target and plausible for its sizes:

- ``lanes``: the target's (the default's); ``nr`` = 1, 2 or 4 vectors (no wider than the
  columns, rounded up to a vector); ``mr`` = 1 .. ``MAX_MR`` rows (no taller than the rows)
  such that ``mr * nr/lanes`` accumulators + the B vectors + one broadcast fit the target's
  vector registers (the same budget the heuristic uses);
- ``kc``: no K blocking, or a block from :data:`KC_CHOICES` smaller than K (input channels for
  a convolution, the depth for a product);
- ``mc``: no M blocking, or ``mr`` times one of :data:`MC_ROW_BLOCKS` smaller than the rows
  (not for the channels-on-lanes convolution, which blocks by its register tile);
- ``vectorize`` (convolutions): pixels or channels on the lanes (channels only when the output
  channels are whole vectors);
- ``pack_a`` (2-D matmuls with a serial ic loop): A read in place, or packed per M block;
- ``parallel`` / ``grain``: the default's (the thread split is decided for the default tile).

The default itself is always first. Illegal or slow choices that slip through are caught by
measuring: a candidate that fails to compile, crashes or computes a different result is dropped.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, replace
from itertools import product
from typing import Any

from xdsl.dialects.linalg import ops as linalg

from ember.diagnostics import EmberError
from ember.lowering.kernels.schedule import MAX_MR, PANEL_VECTORS, VECTORIZE, KernelSchedule
from ember.target import Target

KC_CHOICES = (32, 64, 128, 256, 512)
MC_ROW_BLOCKS = (4, 8, 16, 32)

CONV = linalg.Conv2DNchwFchwOp.name


def _shapes(key: Mapping[str, Any]) -> list[list[int]]:
    return [[int(d) for d in s.split("x")[:-1]] for s in key["operands"]]


def _fits(target: Target, mr: int, nvec: int) -> bool:
    b_vectors = nvec if mr > 1 else 1
    return mr * nvec + b_vectors + 1 <= target.vector_registers


def _extent(key: Mapping[str, Any], vectorize: str) -> tuple[int, int, int]:
    """(rows, columns, K choices' limit) of the register tile grid of a task in a form."""
    shapes = _shapes(key)
    if key["op"] == CONV:
        (_, ci, _, _), (co, _, _, _), (_, _, oh, ow) = shapes[:3]
        return (oh * ow, co, ci) if vectorize == "channels" else (co, oh * ow, ci)
    a, c = shapes[0], shapes[-1]
    rows = 1
    for d in c[:-1]:
        rows *= d
    return max(1, rows), max(1, c[-1] if c else 1), max(1, a[-1] if a else 1)


def _packings(key: Mapping[str, Any], default: KernelSchedule) -> tuple[int, ...]:
    """``pack_a`` choices: both for a 2-D product whose ic loop is serial, else the default's."""
    two_d = key["op"] != CONV and all(len(shape) == 2 for shape in _shapes(key))
    return (0, 1) if two_d and default.parallel != "ic" else (default.pack_a,)


def _forms(key: Mapping[str, Any], target: Target, default: KernelSchedule) -> tuple[str, ...]:
    if key["op"] != CONV:
        return (default.vectorize,)
    co = _shapes(key)[1][0]
    return VECTORIZE if co % target.lanes == 0 else (default.vectorize,)


def _tiles(target: Target, rows: int, columns: int) -> list[tuple[int, int]]:
    lanes = target.lanes
    tiles = []
    for nvec in PANEL_VECTORS:
        if nvec > 1 and nvec * lanes > -(-columns // lanes) * lanes:
            continue
        tiles += [(mr, nvec) for mr in range(1, min(MAX_MR, max(1, rows)) + 1) if _fits(target, mr, nvec)]
    return tiles


def candidate_schedules(key: Mapping[str, Any], target: Target, default: KernelSchedule) -> list[dict[str, Any]]:
    """The candidate schedules of the task ``key`` on ``target`` as entry dicts, the default
    first (see the module docstring)."""
    first = asdict(default)
    found: dict[tuple[Any, ...], dict[str, Any]] = {tuple(first.values()): first}
    for form in _forms(key, target, default):
        rows, columns, depth = _extent(key, form)
        kcs = [0, *(kc for kc in KC_CHOICES if kc < depth)]
        for (mr, nvec), kc in product(_tiles(target, rows, columns), kcs):
            mcs = [0] if form == "channels" else [0, *(mr * b for b in MC_ROW_BLOCKS if mr * b < rows)]
            for mc, pack_a in product(mcs, _packings(key, default)):
                sched = replace(default, mr=mr, nr=nvec * target.lanes, kc=kc, mc=mc, vectorize=form, pack_a=pack_a)
                try:
                    sched.check()
                except EmberError:
                    continue
                entry = asdict(sched)
                found.setdefault(tuple(entry.values()), entry)
    return list(found.values())
