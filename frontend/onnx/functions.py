"""ONNX ops defined as functions, expanded into their bodies before import: the step between
``load`` and ``importer`` for nodes that have no converter of their own.

Many newer ONNX ops (LinearAttention, CausalConvWithState, AffineGrid, MeanVarianceNormalization,
the preview FlexAttention, ...) are specified by a function body made of other ops; some bodies
depend on the node's attributes and input types (context-dependent functions). A node of such an
op that ember has no converter for is replaced by its body, built by onnx for the opset the model
imports, exactly as onnx's own ``_expanded`` test models are: the body becomes a model-local
function and ``onnx.inliner`` inlines it (renaming its values and substituting attribute
references). Bodies that use other function ops are expanded again, a few rounds deep."""

from __future__ import annotations

from collections.abc import Callable

import onnx
from onnx import defs, inliner, shape_inference

from ember.frontend.onnx.attrs import OnnxImportError
from ember.frontend.onnx.skeleton import skeleton

EXPANDED_DOMAIN = "ember.expanded"
"""The domain the bodies are parked in between their creation and inlining."""

ROUNDS = 4
"""How many times bodies that use other function ops are expanded again."""

FUNCTION_DOMAINS = ("", "ai.onnx", "ai.onnx.preview")


def expand_function_ops(proto: onnx.ModelProto, has_converter: Callable[[onnx.NodeProto], bool]) -> onnx.ModelProto:
    """``proto`` with every top-level node that ``has_converter`` declines and whose op has a
    function body replaced by that body (the model itself when there is none)."""
    for _ in range(ROUNDS):
        candidates = [node for node in proto.graph.node if not has_converter(node) and _schema_with_function(proto, node)]
        if not candidates:
            return proto
        expanded = _expanded(proto, candidates, has_converter)
        if expanded is proto:
            return proto
        proto = expanded
    return proto


def _opset(proto: onnx.ModelProto, domain: str) -> int:
    """The version ``proto`` imports of ``domain`` ('' and 'ai.onnx' are one)."""
    names = {"", "ai.onnx"} if domain in ("", "ai.onnx") else {domain}
    return next((o.version for o in proto.opset_import if o.domain in names), 0)


def _schema_with_function(proto: onnx.ModelProto, node: onnx.NodeProto) -> defs.OpSchema | None:
    """The schema of ``node``'s op if it defines a function for the model's opset."""
    if node.domain not in FUNCTION_DOMAINS:
        return None
    try:
        schema = defs.get_schema(node.op_type, _opset(proto, node.domain), node.domain)
    except defs.SchemaError:
        return None
    if _function_version(schema, _opset(proto, node.domain)) is None:
        return None
    return schema


def _function_version(schema: defs.OpSchema, opset: int) -> tuple[int, bool] | None:
    """(the newest opset version at most ``opset`` the schema has a function for, whether that
    function is context-dependent), or None."""
    plain = [v for v in schema.function_opset_versions if v <= opset]
    dependent = [v for v in schema.context_dependent_function_opset_versions if v <= opset]
    best = max([*plain, *dependent], default=None)
    return None if best is None else (best, best not in plain)


def _expanded(proto: onnx.ModelProto, nodes: list[onnx.NodeProto],
              has_converter: Callable[[onnx.NodeProto], bool]) -> onnx.ModelProto:
    """A copy of ``proto`` with ``nodes`` turned into calls of local functions, inlined. A node
    whose body uses an op ember can neither convert nor expand stays, so that the
    unsupported-op error names the op the user wrote (``proto`` itself when none is left)."""
    model = onnx.ModelProto()
    model.CopyFrom(proto)
    types = _value_types(model) if any(_needs_types(proto, node) for node in nodes) else {}
    positions = {id(node): index for index, node in enumerate(proto.graph.node)}
    bodies = [(node, _function_body(proto, node, types)) for node in nodes]
    for node, body in bodies:
        _check_arity(node, body)
    bodies = [(node, body) for node, body in bodies if _body_supported(proto, body, has_converter)]
    if not bodies:
        return proto
    for number, (node, function) in enumerate(bodies):
        target = model.graph.node[positions[id(node)]]
        function.domain, function.name = EXPANDED_DOMAIN, f"{node.op_type}_{number}"
        model.functions.append(function)
        _spell_out_defaults(target, defs.get_schema(node.op_type, _opset(proto, node.domain), node.domain))
        target.domain, target.op_type = EXPANDED_DOMAIN, function.name
    model.opset_import.append(onnx.helper.make_opsetid(EXPANDED_DOMAIN, 1))
    inlined = inliner.inline_selected_functions(model, [(EXPANDED_DOMAIN, f.name) for f in model.functions
                                                        if f.domain == EXPANDED_DOMAIN])
    del inlined.opset_import[:]
    inlined.opset_import.extend(o for o in model.opset_import if o.domain != EXPANDED_DOMAIN)
    _import_body_opsets(inlined, model.functions)
    return inlined


def _check_arity(node: onnx.NodeProto, body: onnx.FunctionProto) -> None:
    """A node with more inputs or outputs than its op's function takes is one located error
    (an empty body, which onnx builds for a node it cannot expand, is checked by nothing)."""
    if not body.node:
        return
    for what, given, formal in (("inputs", node.input, body.input), ("outputs", node.output, body.output)):
        if len(given) > len(formal):
            name = node.name or (node.output[0] if node.output else "?")
            raise OnnxImportError(f"node '{name}' ({node.op_type}): {len(given)} {what}, but the op takes at most {len(formal)}")


def _body_supported(proto: onnx.ModelProto, body: onnx.FunctionProto,
                    has_converter: Callable[[onnx.NodeProto], bool]) -> bool:
    """Whether ``body`` has nodes, each with a converter or itself a function op."""
    return bool(body.node) and all(has_converter(node) or _schema_with_function(proto, node) is not None for node in body.node)


def _spell_out_defaults(node: onnx.NodeProto, schema: defs.OpSchema) -> None:
    """Give ``node`` every attribute its schema has a default for and it leaves out: a body's
    attribute references to a missing attribute are dropped by the inliner, which would turn,
    say, MeanVarianceNormalization's default ``axes`` into 'every axis'."""
    present = {attribute.name for attribute in node.attribute}
    for name, attribute in schema.attributes.items():
        if name not in present and attribute.default_value.name:
            node.attribute.append(attribute.default_value)


def _needs_types(proto: onnx.ModelProto, node: onnx.NodeProto) -> bool:
    schema = _schema_with_function(proto, node)
    found = _function_version(schema, _opset(proto, node.domain)) if schema is not None else None
    return found is not None and found[1]


def _function_body(proto: onnx.ModelProto, node: onnx.NodeProto, types: dict[str, onnx.TypeProto]) -> onnx.FunctionProto:
    """The FunctionProto onnx defines for ``node`` at the model's opset."""
    opset = _opset(proto, node.domain)
    schema = defs.get_schema(node.op_type, opset, node.domain)
    version, dependent = _function_version(schema, opset)  # type: ignore[misc]
    if dependent:
        inputs = [types.get(name, onnx.TypeProto()).SerializeToString() for name in node.input]
        text = schema.get_context_dependent_function_with_opset_version(version, node.SerializeToString(), inputs)
    else:
        text = schema.get_function_with_opset_version(version)
    function = onnx.FunctionProto()
    function.ParseFromString(text)
    for imported in function.opset_import:  # a body built for version V serves the model's opset
        if imported.domain in ("", "ai.onnx") and imported.version != _opset(proto, ""):
            imported.version = _opset(proto, "")
    return function


def _value_types(model: onnx.ModelProto) -> dict[str, onnx.TypeProto]:
    """The type of every value shape inference can tell (inputs, initializers, intermediates)."""
    try:
        inferred = shape_inference.infer_shapes(skeleton(model))
    except Exception:  # noqa: BLE001 - a model inference cannot read keeps the types it declares
        inferred = model
    types = {info.name: info.type for info in [*inferred.graph.input, *inferred.graph.value_info, *inferred.graph.output]}
    for tensor in model.graph.initializer:
        types.setdefault(tensor.name, onnx.helper.make_tensor_type_proto(tensor.data_type, list(tensor.dims)))
    return types


def _import_body_opsets(model: onnx.ModelProto, functions: list[onnx.FunctionProto]) -> None:
    """The model imports every domain the inlined bodies use (the versions the model already
    imports stay: a body is built for the model's own opset)."""
    have = {"" if o.domain == "ai.onnx" else o.domain for o in model.opset_import}
    for function in functions:
        for opset in function.opset_import:
            domain = "" if opset.domain == "ai.onnx" else opset.domain
            if domain not in have and domain != EXPANDED_DOMAIN:
                model.opset_import.add(domain=domain, version=opset.version)
                have.add(domain)


def body_op_types(schema: defs.OpSchema, opset: int) -> set[str] | None:
    """The op types of the body ``schema`` defines at ``opset`` for a node with default
    attributes and float32 inputs of unknown, then rank-4, then rank-3 shape (None without a
    body, or when onnx builds none for such a node): what ``scripts/gen_onnx_ops_doc.py`` checks
    to list an op as supported through its body."""
    found = _function_version(schema, opset)
    if found is None:
        return None
    version, dependent = found
    for rank in (None, 4, 3):
        function = onnx.FunctionProto()
        function.ParseFromString(_sample_body(schema, version, dependent, rank))
        if function.node:
            return {node.op_type for node in function.node}
    return None


def _sample_body(schema: defs.OpSchema, version: int, dependent: bool, rank: int | None) -> bytes:
    """The serialized body for a sample node (b'' when onnx cannot build one)."""
    if not dependent:
        return schema.get_function_with_opset_version(version)
    node = onnx.helper.make_node(schema.name, [f"in{i}" for i in range(len(schema.inputs))],
                                 [f"out{i}" for i in range(len(schema.outputs))])
    shape = None if rank is None else [2] * rank
    sample = onnx.helper.make_tensor_type_proto(onnx.TensorProto.FLOAT, shape).SerializeToString()
    try:
        return schema.get_context_dependent_function_with_opset_version(
            version, node.SerializeToString(), [sample] * len(schema.inputs))
    except Exception:  # noqa: BLE001 - onnx's builders reject a node they need more of
        return b""
