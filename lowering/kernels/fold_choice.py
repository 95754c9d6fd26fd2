"""Which convolutions fold their zero pad: only those whose fold makes the arena smaller.

Memref stage, asked by ``linalg-conv-microkernel`` before it rewrites a function's convolutions.
A convolution that folds its pad reads the unpadded input, so the padded copy's bytes are never
needed; but its kernel then has an interior and a border pass, and that code is what the rest of
the compile pays for (light ResNet-50: folding all 15 of its pads took 6 of its 18.5 CPU seconds
of compile time, for 2 % of its arena; at run time both forms ran equally fast, 200 ms). So a pad
is folded only where it lowers the arena ``plan-memory`` will lay out.

:func:`pads_to_fold` estimates the largest sum of bytes live at one of the function's
convolutions (the arena cannot be smaller, and on the light models the peak sits at one), as
the kernels will leave the buffers: ``plan-memory``'s planner collects their lifetimes without
rewriting anything; a convolution with a fused epilogue writes the epilogue's output from the
convolution on (its own result buffer goes), into a dying residual's bytes where
``share_residual`` will do that. First every candidate is folded (its padded buffer gone, its
source living until the convolution); then the candidates are unfolded one at a time, smallest
padded buffer first, each staying unfolded while the estimate stays at the all-folded value.
The estimate leaves out the kernels' scratch buffers and the pads ``memref-pad-in-place`` will
write over their source, so it may fold a pad that would not have mattered; it does not unfold
one whose padded copy is part of the peak. (The light models' nine arenas are those of folding
every pad: ``docs/memory.md``.)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from xdsl.dialects import func
from xdsl.dialects.linalg import ops as linalg
from xdsl.ir import Operation

from ember.lowering.arena import Lifetime
from ember.lowering.kernels.epilogue import Epilogue, share_residual_candidate
from ember.lowering.memref_views import top_level
from ember.lowering.pad_in_place import PadCopy
from ember.lowering.plan_memory import Buffer, FunctionPlanner, group_lifetime

CONVOLUTIONS = (linalg.Conv2DNchwFchwOp,)
"""The ops at which live bytes are counted."""
MAX_CANDIDATES = 64
"""More candidate pads than this in one function are all folded (each try sums the live bytes
at every convolution)."""


def pads_to_fold(
    fn: func.FuncOp, candidates: Mapping[Operation, PadCopy], epilogues: Mapping[Operation, Epilogue]
) -> set[Operation]:
    """The convolutions among ``candidates`` (conv op -> the pad it could fold) whose fold
    keeps the live bytes of ``fn`` at its convolutions at their smallest; ``epilogues``: the
    fused epilogue of each convolution of ``fn`` that has one."""
    if len(candidates) > MAX_CANDIDATES or not candidates:
        return set(candidates)
    estimate = _LiveBytes(fn, candidates, epilogues)
    folded = set(candidates)
    smallest = estimate.size(folded)
    for conv in sorted(candidates, key=estimate.padded_bytes):
        if estimate.size(folded - {conv}) <= smallest:
            folded.discard(conv)
    return folded


class _LiveBytes:
    """Live bytes at the convolutions of ``fn`` once its kernels are emitted, with a chosen set
    of pads folded. Each convolution with a fused epilogue writes the epilogue's output (its
    own result buffer goes, the output lives from the convolution on) and, where the kernel may
    write over a dying residual operand (``share_residual``), into the residual's bytes."""

    def __init__(
        self, fn: func.FuncOp, candidates: Mapping[Operation, PadCopy], epilogues: Mapping[Operation, Epilogue]
    ) -> None:
        self.planner = FunctionPlanner(fn)
        self.planner.collect()
        self.candidates = candidates
        block = self.planner.block
        self.position = {conv: self.planner.index[top_level(conv, block)] for conv in candidates}
        convs = [op for op in fn.walk() if isinstance(op, CONVOLUTIONS)]
        self.measured = sorted({self.planner.index[top_level(op, block)] for op in convs})
        self.fused: set[int] = set()  # buffers a fused epilogue makes unnecessary
        self.first: dict[int, int] = {}  # buffer -> where it is first written, when earlier
        groups = self.planner.groups()
        self.group_of = {id(b): g for g, members in enumerate(groups) for b in members}
        for conv, epilogue in epilogues.items():
            self._fuse(conv, epilogue, groups)
        self.groups = [members for members in groups if members]

    def _fuse(self, conv: Operation, epilogue: Epilogue, groups: list[list[Buffer]]) -> None:
        own, out = self.planner.root.get(conv.operands[-1]), self.planner.root.get(epilogue.out)
        if own is None or out is None:
            return
        self.fused.add(id(own))
        at = self.planner.index[top_level(conv, self.planner.block)]
        self.first[id(out)] = min(self.first.get(id(out), at), at)
        residual = share_residual_candidate(epilogue, conv)
        shared = self.planner.root.get(residual) if residual is not None else None
        if shared is not None and self.group_of[id(shared)] != self.group_of[id(out)]:
            into, source = self.group_of[id(out)], self.group_of[id(shared)]
            for b in groups[source]:
                self.group_of[id(b)] = into
            groups[into].extend(groups[source])
            groups[source].clear()

    def padded_bytes(self, conv: Operation) -> int:
        buffer = self.planner.root.get(self.candidates[conv].padded)
        return buffer.size if buffer is not None else 0

    def size(self, folded: set[Operation]) -> int:
        gone = set(self.fused)
        until: dict[int, int] = {}  # buffer -> the last convolution reading it (a folded pad's source)
        for conv in folded:
            pad = self.candidates[conv]
            padded, source = self.planner.root.get(pad.padded), self.planner.root.get(pad.source)
            if padded is not None:
                gone.add(id(padded))
            if source is not None:
                until[id(source)] = max(until.get(id(source), 0), self.position[conv])
        lifetimes: list[Lifetime] = []
        for members in self.groups:
            kept = [_moved(b, self.first, until) for b in members if id(b) not in gone]
            if kept:
                lifetimes.append(group_lifetime(kept))
        return max(sum(life.live_bytes(at) for life in lifetimes) for at in self.measured)


def _moved(buffer: Buffer, first: dict[int, int], until: dict[int, int]) -> Buffer:
    start = min(buffer.start, first.get(id(buffer), buffer.start))
    end = max(buffer.end, until.get(id(buffer), buffer.end))
    return buffer if (start, end) == (buffer.start, buffer.end) else replace(buffer, start=start, end=end)
