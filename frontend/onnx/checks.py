"""Model checks that onnxruntime makes and ``onnx.checker`` does not, run by `load.load_model`
before the checker: every name and string of the graph is text (a corrupted protobuf can leave
raw bytes there, which would otherwise surface as a crash far from the file), and the model's
default-domain opset is one the installed ONNX defines (a future opset such as 99 is refused
with the supported range instead of being imported under today's semantics).
"""

from __future__ import annotations

from collections.abc import Iterator

import onnx

from ember.diagnostics import UnsupportedError
from ember.frontend.onnx.attrs import OnnxImportError

_DEFAULT_DOMAINS = ("", "ai.onnx")


def _graphs(graph: onnx.GraphProto) -> Iterator[onnx.GraphProto]:
    """``graph`` and every subgraph (If/Loop/Scan bodies), without recursion."""
    stack = [graph]
    while stack:
        current = stack.pop()
        yield current
        for node in current.node:
            for attr in node.attribute:
                stack.extend([attr.g] if attr.HasField("g") else [])
                stack.extend(attr.graphs)


def _strings(graph: onnx.GraphProto) -> Iterator[tuple[str, object]]:
    """(what, value) for every name-like string field of one graph."""
    yield "graph name", graph.name
    for info in (*graph.input, *graph.output, *graph.value_info, *graph.initializer):
        yield "value name", info.name
    for number, node in enumerate(graph.node):
        yield f"node #{number}'s name", node.name
        yield f"node #{number}'s op type", node.op_type
        yield f"node #{number}'s domain", node.domain
        for name in (*node.input, *node.output):
            yield f"an input/output name of node #{number}", name
        for attr in node.attribute:
            yield f"an attribute name of node #{number}", attr.name


def check_strings(proto: onnx.ModelProto, where: str) -> None:
    """Every name in the model is text (not raw bytes left by a corrupted file)."""
    for graph in _graphs(proto.graph):
        for what, value in _strings(graph):
            if not isinstance(value, str):
                raise OnnxImportError(
                    f"{where} is not a valid ONNX model (corrupt protobuf: {what} is not UTF-8 text)"
                )


def check_opset_known(proto: onnx.ModelProto, where: str, min_opset: int) -> None:
    """The default-domain opset is one the installed ONNX defines."""
    newest = onnx.defs.onnx_opset_version()
    for entry in proto.opset_import:
        if entry.domain in _DEFAULT_DOMAINS and entry.version > newest:
            raise UnsupportedError(
                f"{where} uses ONNX opset {entry.version}, newer than any this ONNX ({onnx.__version__}) "
                f"defines; ember imports opsets {min_opset} to {newest}"
            )
