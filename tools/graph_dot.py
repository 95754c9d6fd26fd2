"""The graph stage as a Graphviz picture: the library half of ``ember-viz``.

One node per graph op (its op name, ONNX node name and result shapes; the shapes of the weights
it reads on one line, the weights themselves elided), one per function argument and result,
edges along the def-use chains, and every fusion group (``ember.fusion_group``, set by
``graph-fuse``) drawn as a cluster around its members. Given each ONNX node's measured share of
a call (from ``exe.profile``), nodes are filled from white to red by it and labelled with their
milliseconds. Reads graph-stage IR only (ops of other dialects are drawn by name, without
shapes); builds a ``graphviz.Digraph``, which renders through Graphviz's ``dot`` program.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from xdsl.dialects import func
from xdsl.dialects.builtin import ModuleOp, NameLoc, TensorType
from xdsl.ir import Attribute, Operation, SSAValue

from ember.dialects import graph
from ember.dialects.graph.base import fusion_group

WEIGHTS = (graph.ConstantOp, graph.FillOp)
"""Ops drawn as a line in their users' labels rather than as nodes."""


@dataclass(frozen=True)
class Timing:
    """A unit's measured time, for colouring: seconds and share of the whole call."""

    seconds: float
    share: float


def describe(t: Attribute) -> str:
    """``tensor<1x3x224x224xf32>`` -> ``1x3x224x224 f32``."""
    if isinstance(t, TensorType):
        dims = "x".join("?" if d < 0 else str(d) for d in t.get_shape()) or "scalar"
        return f"{dims} {t.element_type}"
    return str(t)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def node_name(op: Operation) -> str | None:
    location = op.location
    return location.desc.data if isinstance(location, NameLoc) else None


def heat(share: float) -> str:
    """Fill colour for a share of the call: white (0) to red (the largest shares)."""
    level = max(0.0, min(1.0, share * 4))  # 25 % of the call or more is full red
    return f"0.0 {level:.3f} 1.0"


class GraphPicture:
    """Builds the Digraph of one module (every function with a body)."""

    def __init__(self, timings: Mapping[str, Timing] | None = None) -> None:
        import graphviz

        self.dot = graphviz.Digraph("ember", node_attr={"fontname": "Helvetica", "fontsize": "10"},
                                    edge_attr={"arrowsize": "0.6"}, graph_attr={"rankdir": "TB", "fontname": "Helvetica"})  # fmt: skip
        self.timings = dict(timings or {})
        self.ids: dict[SSAValue, str] = {}
        self.weights: dict[SSAValue, str] = {}

    def add_module(self, module: ModuleOp) -> Any:
        functions = [f for f in module.ops if isinstance(f, func.FuncOp) and f.body.blocks]
        for fn in functions:
            self.add_function(fn, len(functions) > 1)
        return self.dot

    def add_function(self, fn: func.FuncOp, labelled: bool) -> None:
        prefix = fn.sym_name.data
        groups: dict[int, list[str]] = {}
        for index, arg in enumerate(fn.body.block.args):
            key = f"{prefix}_in{index}"
            label = f"{arg.location.desc.data if isinstance(arg.location, NameLoc) else arg.name_hint or key}\\n{describe(arg.type)}"
            self.dot.node(key, label, shape="ellipse", style="filled", fillcolor="#dde8f5")
            self.ids[arg] = key
        for number, op in enumerate(fn.body.block.ops):
            if isinstance(op, WEIGHTS):
                self.weights[op.results[0]] = describe(op.results[0].type)
                continue
            key = f"{prefix}_op{number}"
            if isinstance(op, func.ReturnOp):
                self._outputs(fn, op, prefix)
                continue
            self._op(op, key)
            group = fusion_group(op)
            if group is not None:
                groups.setdefault(group, []).append(key)
        for group, members in groups.items():
            with self.dot.subgraph(name=f"cluster_{prefix}_group{group}") as cluster:
                cluster.attr(label=f"fusion group {group}", style="rounded,dashed", color="#888888", fontsize="9")
                for member in members:
                    cluster.node(member)
        if labelled:
            self.dot.attr(label=f"@{prefix}")

    def _op(self, op: Operation, key: str) -> None:
        lines = [op.name.removeprefix("graph.")]
        name = node_name(op)
        if name:
            lines.append(name)
        lines += [describe(r.type) for r in op.results]
        weights = [self.weights[v] for v in op.operands if v in self.weights]
        if weights:
            lines.append("weights " + ", ".join(w.split(" ")[0] for w in weights))
        attributes = {"shape": "box", "style": "rounded,filled", "fillcolor": "white"}
        timing = self.timings.get(name or "")
        if timing is not None:
            lines.append(f"{timing.seconds * 1e3:.3f} ms ({timing.share * 100:.1f} %)")
            attributes["fillcolor"] = heat(timing.share)
        self.dot.node(key, "\\n".join(_escape(line) for line in lines), **attributes)
        for operand in op.operands:
            source = self.ids.get(operand)
            if source is not None:
                self.dot.edge(source, key)
        for result in op.results:
            self.ids[result] = key

    def _outputs(self, fn: func.FuncOp, ret: Operation, prefix: str) -> None:
        from ember.runtime.executable import declared_output_names

        names = declared_output_names(fn) or [f"result{i}" for i in range(len(ret.operands))]
        for index, (value, name) in enumerate(zip(ret.operands, names, strict=False)):
            key = f"{prefix}_out{index}"
            self.dot.node(key, f"{_escape(name)}\\n{describe(value.type)}", shape="ellipse", style="filled", fillcolor="#e3f2e1")
            source = self.ids.get(value)
            if source is not None:
                self.dot.edge(source, key)


def unit_timings(profile: Any) -> dict[str, Timing]:
    """ONNX node name -> its unit's time (a fusion group's time is shown on each member)."""
    timings = {}
    for row in profile.rows():
        for node in row.unit.nodes:
            timings[node] = Timing(row.seconds, row.share)
    return timings
