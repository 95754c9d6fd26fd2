"""The graph-stage reference interpreter: run a module's entry function op by op with each graph
op's numpy semantics (``op.evaluate``), so imported models are checkable before any lowering.

Used by ``ember-run --reference`` and the ONNX tests. Only ``graph.*`` ops and ``func.return``
are understood, plus the profiler's timer calls (``graph-insert-profile-marks``: an i64
``arith.constant`` and ``func.call @ember_profile_mark``), which compute nothing; anything else
(a lowered module) is reported, not guessed at. Intermediate
arrays are dropped after their last use, so large models run in bounded memory.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from xdsl.dialects import func
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Operation, SSAValue

from ember.diagnostics import RuntimeCallError, UnsupportedError, op_location
from ember.dialects import graph
from ember.dialects.graph.dims import bind_symbols, function_ranges
from ember.symbolic import binding


def find_entry(module: ModuleOp, entry: str = "main") -> func.FuncOp:
    """The ``func.func`` named ``entry``; an error listing the functions there are otherwise."""
    funcs = [op for op in module.walk() if isinstance(op, func.FuncOp)]
    for candidate in funcs:
        if candidate.sym_name.data == entry:
            return candidate
    names = ", ".join(f"@{f.sym_name.data}" for f in funcs) or "none"
    raise RuntimeCallError(f"no function @{entry} in the module (functions: {names})")


def check_inputs(fn: func.FuncOp, inputs: Sequence[np.ndarray]) -> list[np.ndarray]:
    """Inputs as arrays of the argument types; wrong count, shape or dtype is an error."""
    args = fn.body.block.args
    if len(inputs) != len(args):
        raise RuntimeCallError(f"@{fn.sym_name.data} takes {len(args)} inputs, got {len(inputs)}")
    checked = []
    arrays = [np.asarray(value) for value in inputs]
    try:
        labels = [f"#{i}" for i in range(len(args))]
        bind_symbols([a.type for a in args], [a.shape for a in arrays], labels, function_ranges(fn), f"@{fn.sym_name.data}")
    except graph.ShapeError as error:
        raise RuntimeCallError(str(error)) from None
    for index, (arg, array) in enumerate(zip(args, arrays, strict=True)):
        dtype = graph.numpy_dtype(graph.elem_of(arg.type))
        if array.dtype != dtype:
            raise RuntimeCallError(f"input #{index} has dtype {array.dtype}, @{fn.sym_name.data} expects {dtype}")
        checked.append(array)
    return checked


def _last_uses(ops: Sequence[Operation]) -> dict[int, list[SSAValue]]:
    """For each op index, the values whose last use is that op."""
    last: dict[SSAValue, int] = {}
    for index, op in enumerate(ops):
        for operand in op.operands:
            last[operand] = index
    by_index: dict[int, list[SSAValue]] = {}
    for value, index in last.items():
        by_index.setdefault(index, []).append(value)
    return by_index


PROFILE_MARK = "ember_profile_mark"
"""The profiler's timer hook (``ember.runtime.profile.PROFILE_MARK``)."""


def is_profile_mark(op: Operation) -> bool:
    """A timer call of a profiling build, or the id constant it takes."""
    from xdsl.dialects import arith

    if isinstance(op, func.CallOp):
        return op.callee.root_reference.data == PROFILE_MARK
    if isinstance(op, arith.ConstantOp):
        return all(isinstance(u.operation, func.CallOp) and is_profile_mark(u.operation) for u in op.result.uses)
    return False


def run_reference(module: ModuleOp, inputs: Sequence[np.ndarray], entry: str = "main") -> list[np.ndarray]:
    """Run ``@entry`` of a graph-stage module with numpy; returns its results in order."""
    fn = find_entry(module, entry)
    arrays = check_inputs(fn, inputs)
    values = bind_symbols([a.type for a in fn.body.block.args], [a.shape for a in arrays], [""] * len(arrays))
    with binding(values):
        return _run(fn, arrays, entry)


def _run(fn: func.FuncOp, arrays: list[np.ndarray], entry: str) -> list[np.ndarray]:
    env: dict[SSAValue, np.ndarray] = dict(zip(fn.body.block.args, arrays, strict=True))
    ops = list(fn.body.block.ops)
    frees = _last_uses(ops)
    for index, op in enumerate(ops):
        if isinstance(op, func.ReturnOp):
            return [np.asarray(env[v]) for v in op.operands]
        if is_profile_mark(op):
            continue
        if not isinstance(op, graph.GraphOp):
            raise UnsupportedError(
                f"the reference interpreter runs graph-stage IR only; found '{op.name}'{op_location(op)}"
            )
        results = _evaluate(op, [env[v] for v in op.operands])
        env.update(zip(op.results, results, strict=True))
        for value in frees.get(index, ()):
            env.pop(value, None)
    raise RuntimeCallError(f"@{entry} has no func.return")


def _evaluate(op: graph.GraphOp, operands: list[np.ndarray]) -> list[np.ndarray]:
    try:
        with np.errstate(all="ignore"):  # inf/nan are values here (masked softmax rows, log 0)
            results = op.evaluate(*operands)
    except NotImplementedError as error:
        raise UnsupportedError(f"'{op.name}'{op_location(op)} has no reference semantics: {error}") from error
    out = []
    for result, array in zip(op.results, results, strict=True):
        dtype = graph.numpy_dtype(graph.elem_of(result.type))
        out.append(np.asarray(array).astype(dtype, copy=False))
    return out
