"""Reading an ONNX model from a path, bytes or a ``ModelProto``, with one clear error per way
it can go wrong: unreadable file, corrupt or truncated protobuf, missing external-data file,
a model the ONNX checker rejects, or an opset outside what ember imports.

First step of the ONNX frontend; `ember.frontend.onnx.importer` takes the checked model.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import onnx
import onnx.version_converter
from google.protobuf.message import DecodeError
from onnx import external_data_helper

from ember.diagnostics import UnsupportedError
from ember.frontend.onnx.attrs import OnnxImportError
from ember.frontend.onnx.checks import check_opset_known, check_strings, check_window_attributes
from ember.frontend.onnx.skeleton import skeleton

DEFAULT_DOMAINS = ("", "ai.onnx")
MIN_OPSET = 7


def load_model(model: Any, also: Callable[[onnx.ModelProto], str] | None = None) -> onnx.ModelProto:
    """A checked ``ModelProto`` (external data loaded) from a path, bytes or a ``ModelProto``.
    ``also(proto)`` names further problems (unsupported ops) to report with a checker failure."""
    if isinstance(model, onnx.ModelProto):
        proto, base_dir, where = model, None, "the model"
    elif isinstance(model, bytes | bytearray):
        proto, base_dir, where = _parse(bytes(model), "the model bytes"), None, "the model bytes"
    elif isinstance(model, str | os.PathLike):
        path = Path(model)
        try:
            data = path.read_bytes()
        except OSError as error:
            raise OnnxImportError(f"cannot read ONNX model '{path}': {error.strerror or error}") from error
        proto, base_dir, where = _parse(data, f"'{path}'"), path.parent, f"'{path}'"
    else:
        raise OnnxImportError(
            f"import_onnx expects a path, bytes or onnx.ModelProto, got {type(model).__name__}"
        )
    _load_external_data(proto, base_dir, where)
    check_strings(proto, where)
    check_opset_known(proto, where, MIN_OPSET)
    proto = upgrade_old_opset(proto, where)
    check_model(proto, where, also)
    check_window_attributes(proto, where)
    return proto


def _parse(data: bytes, where: str) -> onnx.ModelProto:
    proto = onnx.ModelProto()
    try:
        proto.ParseFromString(data)
    except (DecodeError, RuntimeError, ValueError) as error:
        raise OnnxImportError(
            f"{where} is not a valid ONNX model (corrupt or truncated protobuf: {error})"
        ) from error
    if not proto.HasField("graph"):
        raise OnnxImportError(f"{where} is not a valid ONNX model (it has no graph)")
    return proto


def _external_tensors(proto: onnx.ModelProto) -> list[onnx.TensorProto]:
    return [
        t
        for t in external_data_helper._get_all_tensors(proto)
        if external_data_helper.uses_external_data(t)
    ]


def _load_external_data(proto: onnx.ModelProto, base_dir: Path | None, where: str) -> None:
    tensors = _external_tensors(proto)
    if not tensors:
        return
    if base_dir is None:
        raise OnnxImportError(
            f"{where} stores tensor '{tensors[0].name}' in an external-data file; "
            "import it from its path so the data can be found"
        )
    for tensor in tensors:
        info = external_data_helper.ExternalDataInfo(tensor)
        location = base_dir / info.location
        if not location.is_file():
            raise OnnxImportError(
                f"{where}: external-data file '{info.location}' of tensor '{tensor.name}' "
                f"not found (looked in '{base_dir}')"
            )
    try:
        external_data_helper.load_external_data_for_model(proto, str(base_dir))
    except (OSError, ValueError) as error:
        raise OnnxImportError(f"{where}: cannot load external data: {error}") from error


def check_model(
    proto: onnx.ModelProto, where: str = "the model", also: Callable[[onnx.ModelProto], str] | None = None
) -> None:
    """Run ``onnx.checker`` and report its complaint as one `OnnxImportError` (with what
    ``also`` finds, so that one error lists every problem)."""
    checked = skeleton(proto)  # (the checker serialises the model it checks: not the weights)
    try:
        if checked.ByteSize() < 2**31 - 1:
            onnx.checker.check_model(checked)
    except onnx.checker.ValidationError as error:
        first = str(error).strip().splitlines()[0] if str(error).strip() else "invalid model"
        more = also(proto) if also is not None else ""
        raise OnnxImportError(f"{where} fails the ONNX checker: {first}{'; also, ' + more if more else ''}") from error
    except UnicodeDecodeError as error:  # a corrupted name or string attribute
        raise OnnxImportError(
            f"{where} is not a valid ONNX model (corrupt protobuf: a string field is not UTF-8 "
            f"text: {error.reason} at byte {error.start})"
        ) from error
    opset = default_opset(proto)
    if opset < MIN_OPSET:
        raise UnsupportedError(
            f"{where} uses ONNX opset {opset}; ember imports opsets {MIN_OPSET} and newer "
            "(convert it with onnx.version_converter)"
        )


def check_inference(proto: onnx.ModelProto, where: str) -> None:
    """Every input of every default-domain node has an element type its op's schema allows at
    the model's opset (what onnxruntime's type check refuses: ``Sub`` on int16 at opset 13, say).
    Types come from the graph's declarations and ONNX's (non-strict) inference; the importer runs
    this last, after its own checks, which name the node and attribute more precisely."""
    checked = skeleton(proto)  # (inference serialises and copies the model: not the weights)
    if checked.ByteSize() >= 2**31 - 1:
        return
    try:
        inferred = onnx.shape_inference.infer_shapes(checked, strict_mode=True)
    except onnx.shape_inference.InferenceError as error:
        problem = _inference_problem(str(error), proto.graph)
        if problem:
            raise OnnxImportError(f"{where}: {problem}") from None
        try:
            inferred = onnx.shape_inference.infer_shapes(checked)
        except (onnx.shape_inference.InferenceError, onnx.checker.ValidationError):
            return
    except onnx.checker.ValidationError:
        return
    types = _value_types(inferred)
    opset = default_opset(proto)
    for node in proto.graph.node:
        problem = _type_problem(node, types, opset)
        if problem:
            raise OnnxImportError(f"{where}: node '{node.name or node.output[0]}' ({node.op_type}): {problem}")


_INFERENCE_ERROR = re.compile(r"\(op_type:([^,)]+)(?:, node name: ([^)]*))?\): \[\w+\] (.*)")


SHAPE_CONFLICT = "Inferred shape and existing shape differ"


def _inference_problem(message: str, graph: onnx.GraphProto) -> str:
    """What ONNX's strict shape and type inference found wrong with a node, as 'node ... (Op):
    reason' (onnxruntime runs the same inference when it loads a model), or '' when the error
    lies inside a function op's body (onnx's inference of some function bodies fails on valid
    models: MeanVarianceNormalization) or is a declared shape that differs from the inferred one
    (ember checks declared dims itself; with inputs bound as constants onnx infers sizes that
    the model's declarations, valid for any input, leave open): those decide nothing."""
    found = _INFERENCE_ERROR.search(message.strip().splitlines()[0] if message.strip() else "")
    if found is None or "(op_type:" in found.group(3) or found.group(3).startswith(SHAPE_CONFLICT):
        return ""
    op_type, name, reason = found.groups()
    if not name:
        alike = [n for n in graph.node if n.op_type == op_type]
        name = (alike[0].name or alike[0].output[0]) if len(alike) == 1 and alike[0].output else ""
    node = f"node '{name}' ({op_type})" if name else f"a node of type {op_type}"
    return f"{node}: {reason.strip()}"


def _value_types(model: onnx.ModelProto) -> dict[str, str]:
    """value name -> ONNX type string (``tensor(float)``) of every typed value."""
    found = {t.name: f"tensor({_type_name(t.data_type)})" for t in model.graph.initializer}
    for info in [*model.graph.input, *model.graph.value_info, *model.graph.output]:
        if info.type.HasField("tensor_type") and info.type.tensor_type.elem_type:
            found[info.name] = f"tensor({_type_name(info.type.tensor_type.elem_type)})"
    return found


def _type_name(code: int) -> str:
    """ONNX's spelling of an element type in type strings (``float``, ``int64``, ``float16``);
    ``unknown(N)`` for a code ONNX does not define (a corrupt model: the schema check then names
    the node instead of failing here)."""
    if code not in onnx.TensorProto.DataType.values():
        return f"unknown({code})"
    return onnx.helper.tensor_dtype_to_string(code).removeprefix("TensorProto.").lower()


def _type_problem(node: onnx.NodeProto, types: dict[str, str], opset: int) -> str:
    """Why ``node`` breaks its schema at ``opset`` ('' when it does not): a required attribute
    missing, or an input type outside the op's type constraints."""
    if node.domain not in DEFAULT_DOMAINS:
        return ""
    try:
        schema = onnx.defs.get_schema(node.op_type, opset, "")
    except onnx.defs.SchemaError:
        return ""
    given = {a.name for a in node.attribute}
    missing = [name for name, attr in schema.attributes.items() if attr.required and name not in given]
    if missing:
        return f"required attribute '{missing[0]}' is missing (the op at opset {opset} needs it)"
    allowed = {c.type_param_str: set(c.allowed_type_strs) for c in schema.type_constraints}
    bound: dict[str, tuple[str, str]] = {}  # type parameter -> (the first input's name, its type)
    for index, name in enumerate(node.input):
        formal = schema.inputs[min(index, len(schema.inputs) - 1)] if schema.inputs else None
        if not name or formal is None or name not in types:
            continue
        permitted = allowed.get(formal.type_str, {formal.type_str})
        if types[name] not in permitted and types[name].startswith("tensor("):
            return f"input '{name}' is {types[name]}, which the op does not take at opset {opset}"
        first = bound.setdefault(formal.type_str, (name, types[name]))
        if formal.type_str in allowed and first[1] != types[name] and _is_homogeneous(formal):
            return f"inputs '{first[0]}' ({first[1]}) and '{name}' ({types[name]}) must have the same type {formal.type_str}"
    return ""


def _is_homogeneous(formal: onnx.defs.OpSchema.FormalParameter) -> bool:
    """Whether every value bound to this formal parameter's type must be of one type (false
    for a variadic parameter marked heterogeneous, e.g. Loop's and Scan's states)."""
    return formal.option != onnx.defs.OpSchema.FormalParameterOption.Variadic or formal.is_homogeneous


def source_name(model: Any) -> str:
    """How errors name a model given as a ModelProto, bytes or a path."""
    if isinstance(model, str | os.PathLike):
        return f"'{Path(model)}'"
    return "the model bytes" if isinstance(model, bytes | bytearray) else "the model"


def upgrade_old_opset(proto: onnx.ModelProto, where: str) -> onnx.ModelProto:
    """A model of an opset older than `MIN_OPSET`, converted to `MIN_OPSET` by
    ``onnx.version_converter`` (checked); the model itself when its opset is new enough. The
    model's nodes are checked against their schemas at its own opset first (the converter would
    make an op on a type its opset did not allow into a valid newer one); a model the converter
    cannot convert is refused with the converter's reason."""
    opset = default_opset(proto)
    if opset >= MIN_OPSET:
        return proto
    check_inference(proto, where)  # (at the model's own opset, as onnxruntime checks it)
    try:
        converted = onnx.version_converter.convert_version(proto, MIN_OPSET)
        onnx.checker.check_model(converted)
    except Exception as error:  # noqa: BLE001 - the converter raises its own ConvertError and more
        reason = (str(error).strip().splitlines() or ["unknown error"])[0]
        raise UnsupportedError(
            f"{where} uses ONNX opset {opset}; ember imports opsets {MIN_OPSET} and newer, and "
            f"onnx.version_converter could not convert it to opset {MIN_OPSET}: {reason}"
        ) from error
    return converted


def default_opset(proto: onnx.ModelProto) -> int:
    """The model's opset of the default (ai.onnx) domain (the newest if it imports none: then
    all its ops are from other domains and are reported as such)."""
    for entry in proto.opset_import:
        if entry.domain in DEFAULT_DOMAINS:
            return int(entry.version)
    return onnx.defs.onnx_opset_version()


def io_names(model: Any) -> tuple[list[str], list[str]]:
    """The names of a model's graph inputs (initializers excluded) and outputs, in order."""
    if isinstance(model, onnx.ModelProto):
        proto = model
    else:
        try:
            proto = onnx.load(str(model), load_external_data=False)
        except (OSError, DecodeError, RuntimeError, ValueError) as error:
            raise OnnxImportError(f"cannot read ONNX model '{model}': {error}") from error
    initializers = {t.name for t in proto.graph.initializer}
    inputs = [i.name for i in proto.graph.input if i.name not in initializers]
    return inputs, [o.name for o in proto.graph.output]
