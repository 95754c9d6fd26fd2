"""The graph-stage reference interpreter: run a module's entry function op by op with each graph
op's numpy semantics (``op.evaluate``), so imported models are checkable before any lowering.

Used by ``ember-run --reference`` and the ONNX tests. Only ``graph.*`` ops and ``func.return``
are understood, plus the profiler's timer calls (``graph-insert-profile-marks``: an i64
``arith.constant`` and ``func.call @ember_profile_mark``), which compute nothing; anything else
(a lowered module) is reported, not guessed at. Intermediate
arrays are dropped after their last use, so large models run in bounded memory.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from xdsl.dialects import func
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Block, Operation, SSAValue

from ember.diagnostics import RuntimeCallError, UnsupportedError, op_location
from ember.dialects import graph
from ember.dialects.graph.dims import bind_symbols, function_ranges
from ember.dialects.upstream import op_class
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
        for nested in op.walk():  # (a value read inside a region op's regions is used by that op)
            for operand in nested.operands:
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
    results = _run_block(fn.body.block, env)
    if results is None:
        raise RuntimeCallError(f"@{entry} has no func.return")
    return results


def _run_block(block: Block, env: dict[SSAValue, np.ndarray]) -> list[np.ndarray] | None:
    """Run ``block``'s ops on ``env``; the values of its terminator (func.return or graph.yield)."""
    ops = list(block.ops)
    frees = _last_uses(ops)
    for index, op in enumerate(ops):
        if isinstance(op, func.ReturnOp | graph.YieldOp):
            return [np.asarray(env[v]) for v in op.operands]
        if is_profile_mark(op):
            continue
        region_op = _REGION_OPS.get(op_class(op))
        if region_op is not None:
            results = region_op(op, env)
        elif isinstance(op, graph.GraphOp):
            results = _evaluate(op, [env[v] for v in op.operands])
        else:
            raise UnsupportedError(
                f"the reference interpreter runs graph-stage IR only; found '{op.name}'{op_location(op)}"
            )
        env.update(zip(op.results, results, strict=True))
        for value in frees.get(index, ()):
            env.pop(value, None)
    return None


def _run_if(op: graph.IfOp, env: dict[SSAValue, np.ndarray]) -> list[np.ndarray]:
    region = op.then_region if bool(np.asarray(env[op.cond]).reshape(-1)[0]) else op.else_region
    return _run_block(region.block, dict(env)) or []


def _run_loop(op: graph.LoopOp, env: dict[SSAValue, np.ndarray]) -> list[np.ndarray]:
    """ONNX Loop: iterate while below the trip count and the condition holds; scan slices stacked."""
    trips = int(np.asarray(env[op.trip_count]).reshape(-1)[0])
    go = bool(np.asarray(env[op.cond]).reshape(-1)[0])
    carried = [env[v] for v in op.inits]
    rows: list[list[np.ndarray]] = []
    block = op.body.block
    i = 0
    while i < trips and go:
        inner = {**env, **dict(zip(block.args, [np.array(i, np.int64), np.array(True), *carried], strict=True))}
        out = _run_block(block, inner) or []
        go, carried = bool(out[0].reshape(-1)[0]), out[1 : 1 + len(carried)]
        rows.append(out[1 + len(carried) :])
        i += 1
    scans = []
    for k, result in enumerate(op.results[len(carried) :]):
        slices = [r[k] for r in rows]
        stacked = np.stack(slices) if slices else np.zeros((0, *graph.shape_of(result.type)[1:]), graph.numpy_dtype(graph.elem_of(result.type)))
        if stacked.shape != graph.shape_of(result.type):
            raise RuntimeCallError(f"'{op.name}'{op_location(op)}: ran {len(slices)} iterations, its scan outputs have {graph.shape_of(result.type)[0]} rows")
        scans.append(stacked)
    return [*carried, *scans]


_REGION_OPS: dict[type[Operation], Callable[..., list[np.ndarray]]] = {graph.IfOp: _run_if, graph.LoopOp: _run_loop}


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
