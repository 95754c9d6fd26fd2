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


# ---- Conv / pooling attributes against the weights ---------------------------------------------

_CONVS = ("Conv", "ConvTranspose", "ConvInteger", "QLinearConv")
_POOLS = ("MaxPool", "AveragePool", "LpPool")


def _ints(node: onnx.NodeProto, name: str) -> list[int] | None:
    for attr in node.attribute:
        if attr.name == name:
            return list(attr.ints)
    return None


def _static_shapes(graph: onnx.GraphProto) -> dict[str, list[int]]:
    """Shapes known before import: initializers, and inputs/value_info with all dims fixed."""
    shapes = {t.name: list(t.dims) for t in graph.initializer}
    for info in (*graph.input, *graph.value_info):
        dims = info.type.tensor_type.shape.dim
        if info.type.tensor_type.HasField("shape") and all(d.HasField("dim_value") for d in dims):
            shapes.setdefault(info.name, [d.dim_value for d in dims])
    return shapes


def _window_problem(node: onnx.NodeProto, spatial: int) -> str | None:
    """strides / dilations / pads have one entry per spatial dim (pads two) and are positive."""
    for name, per_dim in (("strides", 1), ("dilations", 1), ("pads", 2)):
        values = _ints(node, name)
        if values is None:
            continue
        if len(values) != per_dim * spatial:
            return f"'{name}' has {len(values)} values, expected {per_dim * spatial} for {spatial} spatial dimension(s)"
        if name != "pads" and any(v <= 0 for v in values):
            return f"'{name}' must be positive, got {values}"
        if name == "pads" and any(v < 0 for v in values):
            return f"'pads' must not be negative, got {values}"
    return None


def _conv_problem(node: onnx.NodeProto, shapes: dict[str, list[int]]) -> str | None:
    weight = shapes.get(node.input[3] if node.op_type == "QLinearConv" else node.input[1]) if len(node.input) > 1 else None
    kernel = _ints(node, "kernel_shape")
    if weight is None:
        return _window_problem(node, len(kernel)) if kernel is not None else None
    if len(weight) < 3:
        return f"the weight has shape {weight}; expected rank 3 or more (M x C/group x kernel...)"
    spatial = len(weight) - 2
    if kernel is not None and kernel != weight[2:]:
        return f"kernel_shape {kernel} is not compatible with the weight shape {weight} (kernel {weight[2:]})"
    data = shapes.get(node.input[0])
    if data is not None and len(data) != len(weight):
        return f"the input has rank {len(data)} but the weight {weight} has rank {len(weight)}"
    return _window_problem(node, spatial)


def _pool_problem(node: onnx.NodeProto, shapes: dict[str, list[int]]) -> str | None:
    kernel = _ints(node, "kernel_shape")
    if kernel is None:
        return "the required attribute 'kernel_shape' is missing"
    if any(k <= 0 for k in kernel):
        return f"'kernel_shape' must be positive, got {kernel}"
    data = shapes.get(node.input[0]) if node.input else None
    if data is not None and len(data) != len(kernel) + 2:
        return f"kernel_shape {kernel} has {len(kernel)} dims but the input {data} has {len(data) - 2} spatial dims"
    return _window_problem(node, len(kernel))


def check_window_attributes(proto: onnx.ModelProto, where: str) -> None:
    """Conv and pooling attributes agree with the weights and with each other (as onnxruntime
    requires): kernel_shape equals the weight's spatial dims, and strides / dilations / pads
    have one (pads: two) positive entries per spatial dimension."""
    for graph in _graphs(proto.graph):
        shapes = _static_shapes(graph)
        for node in graph.node:
            if node.domain not in _DEFAULT_DOMAINS:
                continue
            check = _conv_problem if node.op_type in _CONVS else _pool_problem if node.op_type in _POOLS else None
            problem = check(node, shapes) if check is not None else None
            if problem is not None:
                name = node.name or (node.output[0] if node.output else "")
                raise OnnxImportError(f"{where}: node '{name}' ({node.op_type}): {problem}")


# ---- declared element types against what the graph computes ----------------------------------


def check_value_info_types(graph: onnx.GraphProto, computed: dict[str, object], element_types: dict[int, object]) -> None:
    """Every ``value_info`` entry's declared element type is the type ember computed for that
    value (``computed``: name -> SSA value; ``element_types``: ONNX type -> ember type)."""
    from ember.dialects import graph as graph_dialect

    for info in graph.value_info:
        value = computed.get(info.name)
        declared = element_types.get(info.type.tensor_type.elem_type)
        if value is None or declared is None:
            continue
        actual = graph_dialect.elem_of(value.type)  # type: ignore[attr-defined]
        if actual != declared:
            onnx_name = onnx.TensorProto.DataType.Name(info.type.tensor_type.elem_type)
            raise OnnxImportError(
                f"value_info '{info.name}': the model declares element type {onnx_name} ({declared}), "
                f"the graph computes {actual}"
            )
