"""Converter for ONNX ``Scan`` (opset 8 with its batch dim, opset 9 and later with axes and
directions).

The sequence length is a static dim of the scan inputs. Scan runs unrolled at import (each step
the body imported again, its slice of every scan input a ``graph.gather`` at a constant index,
the scan outputs the steps' slices stacked with ``graph.unsqueeze`` + ``graph.concat``), up to
`control_flow.UNROLL_MAX_TRIPS` steps and `control_flow.UNROLL_MAX_NODES` nodes; a longer
sequence is refused with one line (a ``graph.loop`` form is future work, ``docs/control-flow.md``).
Opset 8's batch dim is one more unrolled level (each batch element scanned separately);
its ``sequence_lens`` must be absent.
"""

from __future__ import annotations

import numpy as np
import onnx
from xdsl.ir import SSAValue

from ember.diagnostics import UnsupportedError
from ember.dialects import graph
from ember.frontend.onnx.builder import NodeContext
from ember.frontend.onnx.control_flow import UNROLL_MAX_NODES, UNROLL_MAX_TRIPS, _graph
from ember.frontend.onnx.subgraph import import_subgraph
from ember.frontend.onnx.table import converter


def _take(cx: NodeContext, value: SSAValue, index: int, axis: int) -> SSAValue:
    """``value[..., index, ...]`` along ``axis`` (that dim removed)."""
    return cx.value(graph.GatherOp, [value, cx.constant(np.array(index, np.int64))], {"axis": graph.int_attr(axis)})


def _stack(cx: NodeContext, values: list[SSAValue], axis: int) -> SSAValue:
    rank = len(graph.shape_of(values[0].type)) + 1
    axis = graph.normalize_axis(axis, rank)
    rows = [cx.value(graph.UnsqueezeOp, [v], {"axes": graph.ints_attr([axis])}) for v in values]
    return rows[0] if len(rows) == 1 else cx.value(graph.ConcatOp, rows, {"axis": graph.int_attr(axis)})


def _scan(cx: NodeContext, body: onnx.GraphProto, states: list[SSAValue], inputs: list[SSAValue],
          in_axes: list[int], in_dirs: list[int], out_axes: list[int], out_dirs: list[int]) -> list[SSAValue]:  # fmt: skip
    """One scan (no batch dim): final states, then the stacked scan outputs."""
    if any(not graph.shape_of(v.type) for v in inputs):
        raise cx.error("a scan input is a scalar, with no axis to scan over")
    axes = [graph.normalize_axis(a, len(graph.shape_of(v.type))) for a, v in zip(in_axes, inputs, strict=True)]
    lengths = {graph.shape_of(v.type)[a] for v, a in zip(inputs, axes, strict=True)}
    if len(lengths) != 1 or not isinstance(next(iter(lengths)), int):
        raise cx.error(f"the scan inputs' sequence lengths {sorted(map(str, lengths))} must be one static size")
    length = int(lengths.pop())
    if length > UNROLL_MAX_TRIPS or length * len(body.node) > UNROLL_MAX_NODES:
        raise UnsupportedError(f"{cx.label}: a Scan of {length} steps is not supported yet (at most {UNROLL_MAX_TRIPS} steps, {UNROLL_MAX_NODES} nodes unrolled)")
    if length == 0:
        raise UnsupportedError(f"{cx.label}: a Scan over an empty sequence is not supported")
    steps: list[list[SSAValue]] = []
    for t in range(length):
        slices = [_take(cx, v, length - 1 - t if d else t, a) for v, a, d in zip(inputs, axes, in_dirs, strict=True)]
        outs = import_subgraph(cx.importer, body, cx.builder, [*states, *slices])
        for index, (new, old) in enumerate(zip(outs[: len(states)], states, strict=True)):
            if new.type != old.type:
                raise cx.error(f"state #{index} changes type from {old.type} to {new.type}; ember needs it unchanged")
        states = outs[: len(states)]
        steps.append(outs[len(states) :])
    outputs = []
    for k, per_step in enumerate(zip(*steps, strict=True)):
        ordered = list(reversed(per_step)) if out_dirs[k] else list(per_step)
        outputs.append(_stack(cx, ordered, out_axes[k]))
    return [*states, *outputs]


def _attr_list(cx: NodeContext, name: str, count: int, *others: str) -> list[int]:
    for key in (name, *others):
        values = cx.attrs.ints(key, None)
        if values is not None:
            if len(values) != count:
                raise cx.error(f"attribute '{key}' has {len(values)} entries, expected {count}")
            return list(values)
    return [0] * count


def _scan_input_count(cx: NodeContext, available: int) -> int:
    """``num_scan_inputs``, checked against the inputs there are (states and scanned inputs)."""
    m = cx.attrs.int_("num_scan_inputs")
    if not 1 <= m <= available:
        raise cx.attrs.error("num_scan_inputs", f"is {m}, but the node has {available} state and scan inputs")
    return m


@converter("Scan", 9)
def scan9(cx: NodeContext) -> list[SSAValue]:
    body = _graph(cx, "body")
    m = _scan_input_count(cx, len(cx.inputs))
    n = len(cx.inputs) - m
    k = len(body.output) - n
    states, inputs = [cx.input(i) for i in range(n)], [cx.input(n + i) for i in range(m)]
    return _scan(cx, body, states, inputs, _attr_list(cx, "scan_input_axes", m), _attr_list(cx, "scan_input_directions", m),
                 _attr_list(cx, "scan_output_axes", k), _attr_list(cx, "scan_output_directions", k))  # fmt: skip


@converter("Scan", 8)
def scan8(cx: NodeContext) -> list[SSAValue]:
    """Opset 8: inputs ``(sequence_lens?, states [batch, ...]..., scans [batch, seq, ...]...)``."""
    if cx.has(0):
        raise UnsupportedError(f"{cx.label}: Scan (opset 8) with sequence_lens is not supported")
    body = _graph(cx, "body")
    m = _scan_input_count(cx, len(cx.inputs) - 1)
    n = len(cx.inputs) - 1 - m
    k = len(body.output) - n
    states, inputs = [cx.input(1 + i) for i in range(n)], [cx.input(1 + n + i) for i in range(m)]
    batch = graph.shape_of((states + inputs)[0].type)[0]
    if not isinstance(batch, int):
        raise cx.error("the batch dim must be static")
    dirs = _attr_list(cx, "directions", m)
    per_batch = [
        _scan(cx, body, [_take(cx, s, b, 0) for s in states], [_take(cx, v, b, 0) for v in inputs], [0] * m, dirs, [0] * k, [0] * k)
        for b in range(batch)
    ]  # fmt: skip
    return [_stack(cx, list(column), 0) for column in zip(*per_batch, strict=True)]
