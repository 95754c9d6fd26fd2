"""``linalg-reorder-for-memory``: a topological order of the tensor stage that holds fewer bytes at its peak.

TENSOR STAGE, in ``lower-to-loops`` after ``linalg-fuse-elementwise`` /
``math-polynomial-approximation`` and before ``bufferize``: the op order of a function's body
becomes the order of its kernels, and ``plan-memory`` plans the buffers' lifetimes over that
order. An ONNX model's node order is whatever its exporter wrote; where a branch runs before an
independent op that could free or shrink a live tensor, the tensor stays live across the whole
branch. ShuffleNet's units compute the average-pool shortcut after the grouped-conv branch, so
the unit's 24x56x56 input (the pool's) is live during the branch's largest step.

The pass simulates the bytes each order holds: every tensor value belongs to a **storage**
(``tensor.empty`` makes one; a linalg op's result is its ``outs`` operand's storage, as
``bufferize`` writes it in place; ``expand_shape`` / ``collapse_shape`` / ``extract_slice`` /
``cast`` view their source's, ``insert_slice`` its destination's); a storage is live from the
first to the last op that touches one of its values (the ``tensor.empty`` itself touches
nothing). Function arguments, constants and what the function returns (caller buffers) are not
counted. The profile is the sum of live bytes at each op.

Moves, greedy: while the profile's peak can be lowered (or the number of ops at the peak,
without raising it), take the **hoist** that lowers it most: an op ``Y`` that sits after the
peak's op moves, with its private producers (ops whose results only ``Y`` or one other private
producer uses: its ``tensor.empty`` inits, fills and pads), to right after the last op it
depends on, when that is before the peak (a hoist is profiled only when it lowers the bytes
live at the peak's op). Everything keeps its relative order, so
the fill before a copy, the bias initialisation before its conv and each fusion group stay
together: a hoist never lands inside a fusion group (``ember.fusion_group``) nor takes an op
away from its group. Ties go to the op that comes first, so the order is deterministic.

Only functions whose body holds nothing but ops on values (``linalg``, ``tensor``, ``arith``,
``math``; static shapes) are reordered: a call (a profiling mark) or an op on memrefs keeps its
function's order as it is. The simulation counts what ``plan-memory`` counts but for the
in-place rewrites decided after bufferization (elementwise ops in place, pads in place), so it
guides rather than measures; ``docs/memory.md`` has the numbers on the light models.

Pre-condition: tensor stage. Post-condition: the same ops, in an order that respects every
def-use edge.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from xdsl.context import Context
from xdsl.dialects import func, tensor
from xdsl.dialects.builtin import MemRefType, ModuleOp, TensorType
from xdsl.dialects.linalg import ops as linalg
from xdsl.ir import Block, Operation, SSAValue
from xdsl.passes import ModulePass

from ember.dialects.graph.base import fusion_group
from ember.lowering.to_llvm.type_converter import element_byte_width
from ember.registry import register_pass

PURE_DIALECTS = frozenset({"linalg", "tensor", "arith", "math"})
"""Dialects of the top-level ops a reordered function may hold (ops on values, no effects)."""
VIEWS = (tensor.ExpandShapeOp, tensor.CollapseShapeOp, tensor.ExtractSliceOp, tensor.CastOp)
"""Ops whose result shares its first operand's storage."""
MAX_MOVES = 64
"""Hoists applied per function at most (each one lowers the peak or its count)."""


def _bytes(value: SSAValue) -> int | None:
    """Bytes of a tensor value (0 for other values), None for a run-time size."""
    t = value.type
    return _tensor_bytes(t) if isinstance(t, TensorType) else 0


@lru_cache(maxsize=4096)
def _tensor_bytes(t: TensorType) -> int | None:  # type: ignore[type-arg]
    shape = t.get_shape()
    if any(d < 0 for d in shape):
        return None
    count = 1
    for d in shape:
        count *= d
    return count * element_byte_width(t.element_type)


def _inputs(op: Operation) -> Iterable[SSAValue]:
    """The operands of ``op`` and of the ops nested in it (the caller keeps those that other
    top-level ops define)."""
    if not op.regions:
        yield from op.operands
        return
    for inner in op.walk():
        yield from inner.operands


def _storage_source(op: Operation, index: int) -> SSAValue | None:
    """The value whose storage result ``index`` of ``op`` shares, or None for a new one."""
    if isinstance(op, VIEWS):
        return op.operands[0]
    if isinstance(op, tensor.InsertSliceOp):
        return op.dest
    if isinstance(op, linalg.LinalgStructuredOperation) and index < len(op.outputs):
        return op.outputs[index]
    return None


@dataclass
class Schedule:
    """The top-level ops of one block (numbered in their order), their dependencies and the
    storages they touch. Orders are lists of op numbers."""

    ops: list[Operation]
    deps: list[list[int]] = field(default_factory=list)
    users: list[set[int]] = field(default_factory=list)
    groups: list[int | None] = field(default_factory=list)
    sizes: list[int] = field(default_factory=list)
    touches: list[list[int]] = field(default_factory=list)
    """Per storage, the ops that touch it."""
    touched: list[list[int]] = field(default_factory=list)
    """Per op, the storages it touches."""
    cones: dict[int, Cone] = field(default_factory=dict)
    group_members: dict[int, set[int]] = field(default_factory=dict)
    """Per fusion group, its ops."""

    @staticmethod
    def of(block: Block) -> Schedule | None:
        terminator = block.last_op
        ops = [op for op in block.ops if op is not terminator]
        if not all(_movable(op) for op in ops):
            return None
        schedule = Schedule(ops)
        return schedule if schedule._analyse(block) else None

    def _analyse(self, block: Block) -> bool:
        storage: dict[SSAValue, int] = {}
        number = {op: i for i, op in enumerate(self.ops)}
        self.users = [set() for _ in self.ops]
        self._index_groups()
        for i, op in enumerate(self.ops):
            inputs = [v for v in _inputs(op) if isinstance(v.owner, Operation) and v.owner in number]
            self.deps.append(list(dict.fromkeys(number[v.owner] for v in inputs)))  # type: ignore[index]
            for dep in self.deps[i]:
                self.users[dep].add(i)
            if not self._storages(op, storage):
                return False
            if not isinstance(op, tensor.EmptyOp):
                for value in {*inputs, *op.results}:
                    if value in storage:
                        self.touches[storage[value]].append(i)
        terminator = block.last_op
        for value in terminator.operands if terminator is not None else ():
            if value in storage:
                self.sizes[storage[value]] = 0
        self._index_touched()
        return True

    def _index_groups(self) -> None:
        self.groups = [fusion_group(op) for op in self.ops]
        for i, group in enumerate(self.groups):
            if group is not None:
                self.group_members.setdefault(group, set()).add(i)

    def _index_touched(self) -> None:
        self.touched = [[] for _ in self.ops]
        for index, ops in enumerate(self.touches):
            for op in dict.fromkeys(ops):
                self.touched[op].append(index)

    def _storages(self, op: Operation, storage: dict[SSAValue, int]) -> bool:
        """Give each result of ``op`` its storage (module docstring); False for a run-time size."""
        for i, result in enumerate(op.results):
            size = _bytes(result)
            if size is None:
                return False
            source = _storage_source(op, i)
            if source is not None and source in storage:
                storage[result] = storage[source]
            elif size:
                storage[result] = len(self.sizes)
                self.sizes.append(0 if op.dialect_name() == "arith" else size)
                self.touches.append([])
        return True

    def profile(self, order: Sequence[int]) -> list[int]:
        """Bytes live at each position of ``order``."""
        position = [0] * len(order)
        for i, op in enumerate(order):
            position[op] = i
        delta = [0] * (len(order) + 1)
        for size, ops in zip(self.sizes, self.touches, strict=True):
            if size and ops:
                places = [position[op] for op in ops]
                delta[min(places)] += size
                delta[max(places) + 1] -= size
        live, total = [], 0
        for d in delta[:-1]:
            total += d
            live.append(total)
        return live

    def cone(self, op: int) -> Cone:
        """``op`` and its private producers: the ops whose results only ``op`` or another
        private producer uses (a tree, as each has one user); the same in every order, so
        computed once per op, from the cones of its producers."""
        found = self.cones.get(op)
        if found is not None:
            return found
        for i in range(len(self.cones), op + 1):  # producers come first in the block
            members = {i}
            for dep in self.deps[i]:
                if self.users[dep] == {i}:
                    members |= self.cones[dep].members
            external = {d for o in members for d in self.deps[o] if d not in members}
            inside = {self.groups[o] for o in members} - {None}
            splits = any(not self.group_members[g] <= members for g in inside)
            self.cones[i] = Cone(frozenset(members), tuple(external), splits)
        return self.cones[op]

    def hoist(self, order: list[int], position: list[int], op: int, peak: int) -> list[int] | None:
        """``order`` with ``op``'s cone moved to right after its last other dependency, when
        that moves it across position ``peak``; else None."""
        if position[op] <= peak:
            return None
        cone = self.cone(op)
        if cone.splits_group:
            return None
        target = max((position[d] for d in cone.external), default=-1)
        while 0 <= target < peak and self._same_group(order[target], order[target + 1]):
            target += 1
        if target >= peak or not self._relieves(cone.members, position, peak):
            return None
        members = cone.members
        moved = [o for o in order[target + 1 :] if o in members]
        rest = [o for o in order[target + 1 :] if o not in members]
        return order[: target + 1] + moved + rest

    def _relieves(self, members: frozenset[int], position: list[int], peak: int) -> bool:
        """Whether moving ``members`` before the op at position ``peak`` lowers the bytes live
        there (a cheap test before the whole profile is computed): only the storages the cone
        touches change, and the cone's ops all end up before that op."""
        change = 0
        for index in {s for op in members for s in self.touched[op]}:
            size = self.sizes[index]
            if not size:
                continue
            places = [position[op] for op in self.touches[index]]
            before = min(places) <= peak <= max(places)
            kept = [p for op, p in zip(self.touches[index], places, strict=True) if op not in members]
            after = any(p >= peak for p in kept)  # cone ops (and the op's own position) precede it
            change += size * (int(after) - int(before))
        return change < 0

    def _same_group(self, a: int, b: int) -> bool:
        return self.groups[a] is not None and self.groups[a] == self.groups[b]


@dataclass(frozen=True)
class Cone:
    """An op with its private producers (``Schedule.cone``)."""

    members: frozenset[int]
    external: tuple[int, ...]
    """The ops outside the cone that it depends on."""
    splits_group: bool
    """Whether a fusion group has members inside and outside the cone."""


def _movable(op: Operation) -> bool:
    if op.dialect_name() not in PURE_DIALECTS:
        return False
    values = (*op.operands, *op.results)
    return not any(isinstance(v.type, MemRefType) for v in values)


def _score(live: list[int]) -> tuple[int, int]:
    top = max(live, default=0)
    return top, sum(1 for b in live if b == top)


def _best_hoist(schedule: Schedule, order: list[int], live: list[int]) -> tuple[list[int], list[int]] | None:
    """The hoist across the first peak of ``live`` that lowers the score most, or None."""
    peak = live.index(max(live))
    position = [0] * len(order)
    for i, op in enumerate(order):
        position[op] = i
    best: tuple[tuple[int, int], list[int], list[int]] | None = None
    for op in order[peak + 1 :]:
        candidate = schedule.hoist(order, position, op, peak)
        if candidate is None:
            continue
        trial = schedule.profile(candidate)
        score = _score(trial)
        if score < _score(live) and (best is None or score < best[0]):
            best = (score, candidate, trial)
    return None if best is None else (best[1], best[2])


def reorder(block: Block) -> bool:
    """Reorder ``block``'s ops (module docstring); whether anything moved."""
    schedule = Schedule.of(block)
    if schedule is None or not schedule.ops:
        return False
    order = list(range(len(schedule.ops)))
    live = schedule.profile(order)
    for _ in range(MAX_MOVES):
        step = _best_hoist(schedule, order, live)
        if step is None:
            break
        order, live = step
    if order == sorted(order):
        return False
    terminator = block.last_op
    for i in order:
        op = schedule.ops[i]
        op.detach()
        block.insert_op_before(op, terminator) if terminator is not None else block.add_op(op)
    return True


@register_pass
@dataclass(frozen=True)
class ReorderForMemoryPass(ModulePass):
    """Reorder independent tensor-stage ops so that fewer bytes are live at the peak (greedy hoists).

    Pre-condition: tensor stage (before bufferize). Post-condition: the same ops, every def-use
    edge respected; functions with calls or memref ops are left alone."""

    name = "linalg-reorder-for-memory"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for fn in list(op.ops):
            if isinstance(fn, func.FuncOp) and len(fn.body.blocks) == 1:
                reorder(fn.body.block)
