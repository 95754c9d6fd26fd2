"""Kernel tasks: the heavy ops of a memref-stage module as tunable units (MEMREF STAGE).

A *task* is one f32 matmul / gemm / batched-matmul generic or 2-D convolution that
``linalg-kernel-schedule`` schedules. Its key (:func:`task_key`) is its structure and nothing
else: op name, operand shapes and element type, which operands are constants (packed at compile
time), strides / dilations, the ``ember.winograd`` mark (a convolution that takes the Winograd
kernel), and for a generic its indexing maps, iterator types and body ops.
Two ops with the same key become the same kernel for a given schedule, so a schedule measured
for one serves the other, in any model.

Three uses, one key:

- :func:`kernel_tasks` (after ``linalg-kernel-schedule``): the distinct tasks of a module, each
  with its default schedule and a stand-alone *single-op module* (:func:`single_op_module`: the
  op and the ops that initialise its output, operands as function arguments, constant operands
  as globals) that a tuner compiles and times;
- :func:`apply_schedules` (before ``linalg-kernel-schedule``): write a table of schedules (task
  key -> :class:`~ember.lowering.kernels.schedule.KernelSchedule` entries, e.g. the best entries
  of a tuning log) as ``ember.schedule`` on the matching ops; ``linalg-kernel-schedule`` then
  keeps them and gives every other op its default;
- :func:`fill_globals`: the worker's side of a single-op module, whose constant globals travel
  as zero splats and get reproducible random data before compiling.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
from xdsl.dialects import func, memref
from xdsl.dialects.builtin import (
    DenseIntOrFPElementsAttr,
    IntegerAttr,
    MemRefType,
    ModuleOp,
    NoneAttr,
    StringAttr,
    i64,
)
from xdsl.dialects.linalg import ops as linalg
from xdsl.ir import Attribute, Operation, SSAValue

from ember.diagnostics import EmberError
from ember.dialects.graph.base import WINOGRAD
from ember.dialects.graph.resources import dense_from_numpy
from ember.lowering.kernels.packing import RESHAPES
from ember.lowering.kernels.schedule import ATTRIBUTE, KernelSchedule, schedule_of, set_schedule
from ember.target import set_target, target_of
from ember.textual import print_module

TASK_OPS = (linalg.Conv2DNchwFchwOp, linalg.MatmulOp, linalg.GenericOp)
"""Op classes a task can be (a generic only when ``linalg-kernel-schedule`` schedules it)."""

KEY_ATTRIBUTES = ("strides", "dilations")
"""Attributes (or properties) of an op that enter its task key."""

TASK_MARK = "ember.task"
"""Unit-less marker on the op of a single-op module that the schedule is written on."""


@dataclass(frozen=True)
class KernelTask:
    """One distinct kernel of a module: its key, default schedule, how many ops share it, and
    its single-op module as text (None when the op cannot stand alone)."""

    key: dict[str, Any]
    default: KernelSchedule
    count: int
    module_text: str | None


def canonical(key: Mapping[str, Any]) -> str:
    """The one-line JSON text of a key (sorted, compact): equal keys, equal text."""
    return json.dumps(key, sort_keys=True, separators=(",", ":"))


def _ints(attr: Attribute | None) -> list[int] | None:
    if isinstance(attr, DenseIntOrFPElementsAttr):
        return [int(v) for v in attr.get_values()]
    return None


def _is_constant(value: SSAValue) -> bool:
    owner = value.owner
    while isinstance(owner, RESHAPES):
        owner = owner.src.owner  # type: ignore[attr-defined]
    return isinstance(owner, memref.GetGlobalOp)


def _type_text(t: Attribute) -> str:
    if isinstance(t, MemRefType):
        return "x".join(map(str, t.get_shape())) + f"x{t.element_type}"
    return str(t)


def task_key(op: Operation) -> dict[str, Any]:
    """The structural key of a heavy op (see the module docstring)."""
    key: dict[str, Any] = {
        "op": op.name,
        "operands": [_type_text(v.type) for v in op.operands],
        "constant": [_is_constant(v) for v in op.operands],
    }
    for name in KEY_ATTRIBUTES:
        values = _ints(op.attributes.get(name) or op.properties.get(name))
        if values is not None:
            key[name] = values
    if WINOGRAD in op.attributes:
        key["winograd"] = True  # a different kernel (lowering/kernels/winograd.py) for the same shapes
    if isinstance(op, linalg.GenericOp):
        key["maps"] = [str(m.data) for m in op.indexing_maps.data]
        key["iterators"] = [str(i.data) for i in op.iterator_types.data]
        key["body"] = [o.name for o in op.body.block.ops]
    return key


def _output_inits(op: Operation) -> list[Operation]:
    """The linalg ops right before ``op`` that only write its output (zero or bias fills)."""
    out = op.operands[-1]
    inits: list[Operation] = []
    prev = op.prev_op
    while isinstance(prev, linalg.GenericOp) and list(prev.outputs) == [out] and len(prev.inputs) <= 1:
        inits.insert(0, prev)
        prev = prev.prev_op
    return inits


def _standalone_type(t: Attribute) -> bool:
    return isinstance(t, MemRefType) and isinstance(t.layout, NoneAttr)


class _Extractor:
    """Builds one single-op module (see :func:`single_op_module`)."""

    def __init__(self, source: ModuleOp) -> None:
        self.source = source
        self.mapping: dict[SSAValue, SSAValue] = {}
        self.body: list[Operation] = []
        self.args: list[SSAValue] = []
        self.globals: dict[str, Operation] = {}

    def value(self, value: SSAValue) -> None:
        """Make ``value`` available in the new function: a clone of its constant chain (a
        global and reshapes of it), else a new argument."""
        if value in self.mapping:
            return
        owner = value.owner
        if _is_constant(value) and isinstance(owner, RESHAPES):
            self.value(owner.src)  # type: ignore[attr-defined]
            self.clone(owner)
            return
        if isinstance(owner, memref.GetGlobalOp):
            self._copy_global(owner.name_.root_reference.data)
            self.clone(owner)
            return
        if not _standalone_type(value.type):
            raise EmberError(f"operand type {value.type} cannot be a function argument")
        self.args.append(value)

    def clone(self, op: Operation) -> None:
        copy = op.clone(value_mapper=self.mapping)
        for old, new in zip(op.results, copy.results, strict=True):
            self.mapping[old] = new
        self.body.append(copy)

    def _copy_global(self, name: str) -> None:
        if name in self.globals:
            return
        glob = next(o for o in self.source.ops if isinstance(o, memref.GlobalOp) and o.sym_name.data == name)
        copy = glob.clone()
        shape = glob.type.get_shape()  # type: ignore[attr-defined]
        copy.initial_value = dense_from_numpy(np.zeros(shape, np.float32))  # data comes in fill_globals
        self.globals[name] = copy


def single_op_module(op: Operation) -> ModuleOp:
    """A module of one function ``@main`` that runs ``op`` (and the ops initialising its
    output) on its own: non-constant operands become arguments, the output the last one
    (``ember.num_outputs = 1``), constant operands stay ``memref.get_global`` of copies of their
    globals (zero splats; see :func:`fill_globals`); the module keeps the source's target.
    An :class:`EmberError` when an operand cannot be an argument (a strided view)."""
    source = op.get_toplevel_object()
    if not isinstance(source, ModuleOp):
        raise EmberError("the op is not inside a module")
    ex = _Extractor(source)
    ops = [*_output_inits(op), op]
    out = op.operands[-1]
    for o in ops:
        for v in o.operands:
            if v is not out:
                ex.value(v)
    ex.args.append(out)
    fn = func.FuncOp("main", ([v.type for v in ex.args], []))
    block = fn.body.block
    for old, new in zip(ex.args, block.args, strict=True):
        ex.mapping[old] = new
    for o in ops:
        ex.clone(o)
    ex.body[-1].attributes[TASK_MARK] = StringAttr(canonical(task_key(op)))
    for o in ex.body:
        o.attributes.pop("ember.fusion_group", None)
    block.add_ops([*ex.body, func.ReturnOp()])
    fn.attributes["ember.num_outputs"] = IntegerAttr(1, i64)
    module = ModuleOp([*ex.globals.values(), fn])
    set_target(module, target_of(source))
    return module


def marked_op(module: ModuleOp) -> Operation:
    """The op of a single-op module that carries the task (see :data:`TASK_MARK`)."""
    for op in module.walk():
        if TASK_MARK in op.attributes:
            return op
    raise EmberError("the module has no op marked as the task")


def fill_globals(module: ModuleOp, seed: int = 0) -> None:
    """Give every f32 global of ``module`` reproducible random data in [-1, 1)."""
    rng = np.random.default_rng(seed)
    for op in module.ops:
        if isinstance(op, memref.GlobalOp) and isinstance(op.type, MemRefType):
            shape = op.type.get_shape()
            op.initial_value = dense_from_numpy(rng.uniform(-1, 1, shape).astype(np.float32))


def kernel_tasks(module: ModuleOp) -> list[KernelTask]:
    """The distinct scheduled ops of a module after ``linalg-kernel-schedule``, first use
    first."""
    found: dict[str, list[Any]] = {}
    for op in module.walk():
        sched = schedule_of(op) if isinstance(op, TASK_OPS) else None
        if sched is None:
            continue
        key = task_key(op)
        text = canonical(key)
        if text in found:
            found[text][2] += 1
            continue
        try:
            module_text: str | None = print_module(single_op_module(op))
        except EmberError:
            module_text = None
        found[text] = [key, sched, 1, module_text]
    return [KernelTask(k, s, n, t) for k, s, n, t in found.values()]


def apply_schedules(module: ModuleOp, table: Mapping[str, Mapping[str, Any]]) -> int:
    """Write ``table[canonical(task_key(op))]`` (schedule entries) as ``ember.schedule`` on every
    matching heavy op that has none; the number of ops written. A table entry that is not a
    valid schedule is an :class:`EmberError` naming the task."""
    if not table:
        return 0
    written = 0
    for op in module.walk():
        if not isinstance(op, TASK_OPS) or ATTRIBUTE in op.attributes:
            continue
        entry = table.get(canonical(task_key(op)))
        if entry is None:
            continue
        try:
            sched = KernelSchedule(**entry).check()
        except (TypeError, EmberError) as error:
            raise EmberError(f"schedule {dict(entry)} for {op.name}: {error}") from error
        set_schedule(op, sched)
        written += 1
    return written
