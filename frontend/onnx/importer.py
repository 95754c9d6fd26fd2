"""ONNX ``ModelProto`` -> graph-dialect module: one ``func.func @main`` whose arguments are the
graph inputs (initializers become constants; with ``weights_as_params`` the floating-point ones
become trailing arguments instead)
and whose results are the graph outputs, named in order by the function attribute
``ember.output_names`` (so tools name the results of a ``.mlir`` file as of its ``.onnx``).

Pipeline position: the entry of ember. `load.load_model` checks the model; this module resolves
every node to a converter first (so all unsupported ops are reported together), builds the
function node by node through `builder.GraphBuilder`, and removes the constant chains that
static-shape folding left dead.
"""

from __future__ import annotations

import keyword
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import onnx
from onnx import numpy_helper
from xdsl.dialects import func
from xdsl.dialects.builtin import ArrayAttr, ModuleOp, StringAttr
from xdsl.ir import Attribute, Block, Region, SSAValue
from xdsl.utils.exceptions import VerifyException

from ember.diagnostics import ShapeOperandError, UnsupportedError
from ember.dialects import graph
from ember.dialects.graph.dims import RANGES_ATTR, DimRanges, ranges_attr
from ember.dialects.graph.index_checks import INDEX_CHECKS_ATTR, checks_attr
from ember.dialects.graph.shape import check_constant_indices
from ember.frontend.onnx import converters  # noqa: F401  (fills the table)
from ember.frontend.onnx.attrs import OnnxImportError, node_label
from ember.frontend.onnx.builder import GraphBuilder, NodeContext, name_loc
from ember.frontend.onnx.checks import check_value_info_types
from ember.frontend.onnx.fold import fold_with_onnx_reference, foldable, static_value_names
from ember.frontend.onnx.functions import expand_function_ops
from ember.frontend.onnx.index_inputs import index_input_checks
from ember.frontend.onnx.load import (
    DEFAULT_DOMAINS,
    check_inference,
    default_opset,
    load_model,
    source_name,
)
from ember.frontend.onnx.structured import (
    COUNT_SUFFIX,
    TAKES_STRUCTURED,
    BoundedValue,
    describe,
    flatten_output,
    is_structured,
)
from ember.frontend.onnx.table import Converter, find_converter
from ember.symbolic import SymbolicDimError, SymDim, assuming, is_symbolic

ONNX_ELEMENT_TYPES: dict[int, Attribute] = {
    onnx.TensorProto.FLOAT: graph.f32,
    onnx.TensorProto.DOUBLE: graph.f64,
    onnx.TensorProto.FLOAT16: graph.f16,
    onnx.TensorProto.BFLOAT16: graph.bf16,
    onnx.TensorProto.INT8: graph.i8,
    onnx.TensorProto.INT16: graph.i16,
    onnx.TensorProto.INT32: graph.i32,
    onnx.TensorProto.INT64: graph.i64,
    onnx.TensorProto.UINT8: graph.ui8,
    onnx.TensorProto.UINT16: graph.ui16,
    onnx.TensorProto.UINT32: graph.ui32,
    onnx.TensorProto.UINT64: graph.ui64,
    onnx.TensorProto.BOOL: graph.i1,
    # storage types: converted by Cast / Q/DQ and moved, one element per byte (docs/element-types.md)
    onnx.TensorProto.FLOAT8E4M3FN: graph.f8E4M3FN,
    onnx.TensorProto.FLOAT8E4M3FNUZ: graph.f8E4M3FNUZ,
    onnx.TensorProto.FLOAT8E5M2: graph.f8E5M2,
    onnx.TensorProto.FLOAT8E5M2FNUZ: graph.f8E5M2FNUZ,
    onnx.TensorProto.FLOAT8E8M0: graph.f8E8M0FNU,
    onnx.TensorProto.FLOAT4E2M1: graph.f4E2M1FN,
    onnx.TensorProto.INT4: graph.i4,
    onnx.TensorProto.UINT4: graph.ui4,
    onnx.TensorProto.INT2: graph.i2,
    onnx.TensorProto.UINT2: graph.ui2,
}
"""ONNX tensor element types ember imports."""

InputShapes = Mapping[str, Sequence[int]]

OUTPUT_NAMES_ATTR = "ember.output_names"
"""The function attribute naming the graph outputs (read by ``ember.runtime.executable``)."""


def import_onnx(
    model: Any, input_shapes: InputShapes | None = None, weights_as_params: bool = False,
    dynamic_dims: DimRanges | None = None,
) -> ModuleOp:
    """Import an ONNX model (path, bytes or ``ModelProto``) as a graph-stage module.

    An input dim the model leaves dynamic (a ``dim_param`` or no value) becomes a symbolic dim
    named after its ``dim_param``, unless ``input_shapes`` pins the input; ``dynamic_dims`` maps
    such names to inclusive ``(min, max)`` ranges the shape functions may assume (``max`` None:
    unbounded)."""
    proto = loaded = load_model(model, also=unsupported_ops)
    scan = ModelImporter(proto, {}, False)
    proto = expand_function_ops(proto, lambda node: scan.resolve(node)[0] is not None)
    importer = ModelImporter(proto, dict(input_shapes or {}), weights_as_params)
    importer.ranges = checked_ranges(dynamic_dims or {})
    with assuming(importer.ranges):
        module = importer.run()
    check_inference(loaded, source_name(model))
    return module


def checked_ranges(ranges: DimRanges) -> dict[str, tuple[int, int | None]]:
    """``dynamic_dims`` validated: identifiers mapped to ``(min, max)`` with 0 <= min <= max."""
    checked: dict[str, tuple[int, int | None]] = {}
    for name, bounds in ranges.items():
        low, high = (tuple(bounds) + (None,))[:2] if isinstance(bounds, tuple | list) else (None, None)
        if not isinstance(name, str) or not name.isidentifier() or not isinstance(low, int) or low < 0 or not (
            high is None or (isinstance(high, int) and high >= low)
        ):
            raise OnnxImportError(f"dynamic_dims: {name!r}: {bounds!r} is not a (min, max) range of sizes, e.g. (1, 64)")
        checked[name] = (low, high)
    return checked


def unsupported_ops(proto: onnx.ModelProto) -> str:
    """The unsupported-op error for ``proto`` (even one the checker rejects), or ''."""
    try:
        ModelImporter(proto, {}, False).resolve_all()
    except UnsupportedError as error:
        return str(error)
    except Exception:  # (a model broken in a way the scan cannot read: the checker said why)
        return ""
    return ""


def element_type(onnx_type: int, what: str) -> Attribute:
    if onnx_type not in ONNX_ELEMENT_TYPES:
        name = onnx.TensorProto.DataType.Name(onnx_type) if onnx_type in onnx.TensorProto.DataType.values() else str(onnx_type)
        raise UnsupportedError(f"{what} has element type {name}, which ember does not support")
    return ONNX_ELEMENT_TYPES[onnx_type]


def tensor_to_numpy(tensor: onnx.TensorProto, what: str) -> np.ndarray:
    element_type(tensor.data_type, what)
    try:
        return numpy_helper.to_array(tensor)
    except (ValueError, TypeError) as error:
        raise OnnxImportError(f"{what}: cannot read tensor data: {error}") from error


class ModelImporter:
    """Builds ``@main`` from one checked model."""

    def __init__(self, proto: onnx.ModelProto, input_shapes: dict[str, Sequence[int]], weights_as_params: bool) -> None:
        self.proto = proto
        self.graph = proto.graph
        self.opset = default_opset(proto)
        self.input_shapes = input_shapes
        self.weights_as_params = weights_as_params
        self.ranges: dict[str, tuple[int, int | None]] = {}
        self.values: dict[str, SSAValue] = {}

    def run(self) -> ModuleOp:
        converters_ = self.resolve_all()
        initializers = {t.name: t for t in self.graph.initializer}
        inputs = [i for i in self.graph.input if i.name not in initializers]
        self.check_pins(inputs)
        arg_types = [self.input_type(i) for i in inputs]
        params = [t for t in initializers.values() if self.weights_as_params and _is_weight(t)]
        arrays = [tensor_to_numpy(t, f"initializer '{t.name}'") for t in params]
        block = Block(arg_types=[*arg_types, *(graph.tensor(a.shape, graph.element_type(a.dtype)) for a in arrays)])
        for arg, info in zip(block.args, [*inputs, *params], strict=True):
            self.values[info.name] = arg
            arg.name_hint = _ssa_name(info.name)
            arg.location = name_loc(info.name)
        builder = GraphBuilder(block, {arg: info.name for arg, info in zip(block.args, inputs, strict=False)})
        for tensor in initializers.values():
            if tensor.name not in self.values:
                builder.location = name_loc(tensor.name)
                self.values[tensor.name] = builder.constant(tensor_to_numpy(tensor, f"initializer '{tensor.name}'"), tensor.name)
        for node, conv in zip(self.graph.node, converters_, strict=True):
            self.convert(node, conv, builder)
        results, names = self.outputs(builder)
        check_value_info_types(self.graph, self.values, ONNX_ELEMENT_TYPES)  # type: ignore[arg-type]
        block.add_op(func.ReturnOp(*results))
        _erase_dead_ops(block)
        main = func.FuncOp("main", (block.arg_types, [r.type for r in results]), Region(block))
        main.attributes[OUTPUT_NAMES_ATTR] = ArrayAttr([StringAttr(n) for n in names])
        self.check_ranges(block.arg_types)
        if self.ranges:
            main.attributes[RANGES_ATTR] = ranges_attr(self.ranges)
        checks = index_input_checks(self.graph, self.values, {i.name for i in inputs})
        if checks:
            main.attributes[INDEX_CHECKS_ATTR] = checks_attr(checks)
        return ModuleOp([main])

    def outputs(self, builder: GraphBuilder) -> tuple[list[SSAValue], list[str]]:
        """``@main``'s results and their names: a tensor output as itself, a sequence or optional
        output flattened after its element count (`structured.flatten_output`)."""
        results: list[SSAValue] = []
        names: list[str] = []
        for info in self.graph.output:
            value = self.values.get(info.name)
            if value is None:
                self.lookup(info.name, "graph output")
            if isinstance(value, BoundedValue):  # (a data-dependent size: count, then the padded buffer)
                results.extend([value.count, value.buffer])
                names.extend([f"{info.name}{COUNT_SUFFIX}{value.axis}", f"{info.name}[:]"])
                continue
            flat, flat_names, count = flatten_output(info.name, value)  # type: ignore[arg-type]
            if count is None:
                if not info.type.HasField("tensor_type") and info.type.WhichOneof("value") is not None:
                    raise OnnxImportError(f"graph output '{info.name}': the model declares a sequence or optional, ember computes a tensor")
                check_declared_type(info, flat[0].type)
            else:
                if info.type.HasField("tensor_type"):
                    raise OnnxImportError(f"graph output '{info.name}': the model declares a tensor, ember computes {describe(value)}")
                builder.location = name_loc(info.name)
                results.append(builder.constant(np.array([count], np.int64), f"{info.name}{COUNT_SUFFIX}"))
                names.append(info.name + COUNT_SUFFIX)
            results.extend(flat)
            names.extend(flat_names)
        return results, names

    # ---- checks up front -------------------------------------------------------------------------

    def resolve_all(self) -> list[Converter]:
        """One converter per node, or one error naming every unsupported (op, opset) pair.
        A node without a converter whose inputs are all static is folded at import instead."""
        found: list[Converter] = []
        missing: dict[str, list[str]] = {}
        static = static_value_names(self.graph)
        for node in self.graph.node:
            conv, key = self.resolve(node)
            if conv is None and node.domain in DEFAULT_DOMAINS and foldable(node, static):
                conv = fold_with_onnx_reference
            if conv is None:
                missing.setdefault(key, []).append(node.name or (node.output[0] if node.output else "?"))
            else:
                found.append(conv)
        if missing:
            parts = [f"{key} at node{'s' if len(names) > 1 else ''} {', '.join(repr(n) for n in names)}"
                     for key, names in missing.items()]  # fmt: skip
            raise UnsupportedError(
                f"the model uses {len(missing)} ONNX op{'s' if len(missing) > 1 else ''} "
                f"ember does not support: {'; '.join(parts)}"
            )
        return found

    def resolve(self, node: onnx.NodeProto) -> tuple[Converter | None, str]:
        if node.domain not in DEFAULT_DOMAINS:
            version = next((o.version for o in self.proto.opset_import if o.domain == node.domain), 0)
            return None, f"{node.domain}.{node.op_type} (domain '{node.domain}', opset {version})"
        key = f"{node.op_type} (opset {self.opset})"
        try:
            schema = onnx.defs.get_schema(node.op_type, self.opset, "")
        except onnx.defs.SchemaError:
            return None, key
        return find_converter(node.op_type, schema.since_version), key

    def check_ranges(self, arg_types: Sequence[Attribute]) -> None:
        """Every ``dynamic_dims`` name is a symbolic dim of some input."""
        symbols = {n for t in arg_types for d in graph.shape_of(t) if is_symbolic(d) for n in SymDim.of(d).symbols()}
        unknown = sorted(set(self.ranges) - symbols)
        if unknown:
            raise OnnxImportError(
                f"dynamic_dims names {', '.join(repr(u) for u in unknown)}, but the model's dynamic dims are "
                f"{', '.join(repr(s) for s in sorted(symbols)) or 'none (every input dim is static)'}"
            )

    def check_pins(self, inputs: Sequence[onnx.ValueInfoProto]) -> None:
        names = {i.name for i in inputs}
        unknown = sorted(set(self.input_shapes) - names)
        if unknown:
            raise OnnxImportError(
                f"input shape given for {', '.join(repr(u) for u in unknown)}, but the model's "
                f"inputs are {', '.join(repr(n) for n in sorted(names)) or 'none'}"
            )

    def input_type(self, info: onnx.ValueInfoProto) -> Attribute:
        what = f"graph input '{info.name}'"
        if not info.type.HasField("tensor_type"):
            if info.type.WhichOneof("value") in ("sequence_type", "optional_type"):
                raise ShapeOperandError(
                    f"{what} is a sequence or an optional: ember needs its length and element shapes at compile time; "
                    "use ember.compile, which compiles once per distinct structure of the value passed", (info.name,))
            raise UnsupportedError(f"{what} is not a tensor (maps are not supported)")
        ttype = info.type.tensor_type
        elem = element_type(ttype.elem_type, what)
        declared = [d.dim_value if d.HasField("dim_value") else None for d in ttype.shape.dim]
        labels = [d.dim_param or "?" for d in ttype.shape.dim]
        pinned = self.input_shapes.get(info.name)
        if pinned is not None:
            return graph.tensor(self._pinned(info.name, declared, list(pinned), ttype.HasField("shape")), elem)
        if not ttype.HasField("shape"):
            raise OnnxImportError(f"{what} has no declared shape; pin it with input_shapes={{'{info.name}': (...)}} or --input-shape {info.name}=AxB...")
        dims = [SymDim.of(symbol_name(info.name, i, labels[i])) if d is None else int(d) for i, d in enumerate(declared)]
        return graph.tensor(dims, elem)

    @staticmethod
    def _pinned(name: str, declared: list[int | None], pinned: list[int], has_shape: bool) -> list[int]:
        if has_shape and len(declared) != len(pinned):
            raise OnnxImportError(f"input shape {tuple(pinned)} given for '{name}' has rank {len(pinned)}, the model declares rank {len(declared)}")
        for index, (want, got) in enumerate(zip(declared, pinned, strict=False)):
            if want is not None and want != got:
                raise OnnxImportError(f"input shape {tuple(pinned)} given for '{name}' conflicts with the model's static dim {index} = {want}")
        if any(int(d) < 0 for d in pinned):
            raise OnnxImportError(f"input shape {tuple(pinned)} given for '{name}' has a negative dim")
        return [int(d) for d in pinned]

    # ---- nodes -------------------------------------------------------------------------------------

    def lookup(self, name: str, what: str) -> SSAValue:
        if name not in self.values:
            raise OnnxImportError(f"{what} '{name}' is not produced by any node, input or initializer")
        return self.values[name]

    def convert(self, node: onnx.NodeProto, conv: Converter, builder: GraphBuilder) -> None:
        inputs = [self.lookup(n, f"input of {node_label(node)}") if n else None for n in node.input]
        if node.op_type not in TAKES_STRUCTURED:
            for index, value in enumerate(inputs):
                if is_structured(value):
                    raise OnnxImportError(f"{node_label(node)}: input #{index} is {describe(value)}, this op takes tensors")
        builder.location = name_loc(node.name or (node.output[0] if node.output else node.op_type))
        cx = NodeContext(node, inputs, self.opset, builder)
        cx.importer = self
        produced = run_converter(conv, cx, node)
        results = [produced] if isinstance(produced, SSAValue) or is_structured(produced) else list(produced)
        try:  # constant gather indices out of range: this node's error, at compile time
            for value in results:
                check_constant_indices(value.owner)  # type: ignore[arg-type]
        except VerifyException as error:
            raise OnnxImportError(f"{node_label(node)}: {str(error).split(' op ', 1)[-1]}") from None
        for index, name in enumerate(node.output):
            if not name:
                continue
            if index >= len(results):
                raise UnsupportedError(f"{node_label(node)}: output #{index} ('{name}') is not supported by ember")
            self.values[name] = results[index]


PIN_DIMS = "pin the dynamic input dims with input_shapes=... (or --input-shape)"


def run_converter(conv: Converter, cx: NodeContext, node: onnx.NodeProto) -> Any:
    """``conv(cx)``, with the ways a converter's own arithmetic fails on a node's attributes or
    run-time sizes turned into one line naming the node."""
    try:
        return conv(cx)
    except SymbolicDimError as error:  # converter code that needs a number for a run-time size
        raise UnsupportedError(f"{node_label(node)}: {error}, and this op needs it at compile time; {PIN_DIMS}") from None
    except graph.ShapeError as error:  # an attribute a converter's own shape arithmetic rejects
        raise OnnxImportError(f"{node_label(node)}: {error}") from None
    except TypeError as error:  # arithmetic on a run-time size the converter has no rule for
        if "SymDim" not in str(error):
            raise
        raise UnsupportedError(f"{node_label(node)}: this op needs its input sizes at compile time; {PIN_DIMS}") from None
    except ZeroDivisionError:  # a zero size or stride in an attribute, met in shape arithmetic
        raise OnnxImportError(f"{node_label(node)}: an attribute or input shape makes a size divide by zero") from None


def _is_weight(tensor: onnx.TensorProto) -> bool:
    """Floating-point initializers are weights; integer ones (shapes, axes, indices) stay constants."""
    return tensor.data_type in (onnx.TensorProto.FLOAT, onnx.TensorProto.DOUBLE, onnx.TensorProto.FLOAT16)


def check_declared_type(info: onnx.ValueInfoProto, actual: Attribute) -> None:
    """A graph output's element type and every dim it declares as a number must be what ember
    infers: a mismatch means a converter (or the model's declaration) is wrong."""
    ttype = info.type.tensor_type
    expected_elem = ONNX_ELEMENT_TYPES.get(ttype.elem_type)
    if info.type.HasField("tensor_type") and not ttype.elem_type:
        raise OnnxImportError(f"graph output '{info.name}': its type declares no element type (0, UNDEFINED)")
    if expected_elem is None and ttype.elem_type:
        name = onnx.TensorProto.DataType.Name(ttype.elem_type) if ttype.elem_type in onnx.TensorProto.DataType.values() else ttype.elem_type
        raise OnnxImportError(f"graph output '{info.name}': ember infers {actual}, the model declares element type {name}")
    dims = [d.dim_value if d.HasField("dim_value") else None for d in ttype.shape.dim]
    inferred = graph.shape_of(actual)
    wrong_elem = expected_elem is not None and expected_elem != graph.elem_of(actual)
    wrong_shape = ttype.HasField("shape") and (len(dims) != len(inferred) or any(
        d is not None and isinstance(i, int) and d != i for d, i in zip(dims, inferred, strict=False)))
    if wrong_elem or wrong_shape:
        shape = "(" + ", ".join("?" if d is None else str(d) for d in dims) + ")"
        declared: object = f"shape {shape}" + (f" {expected_elem}" if expected_elem is not None else "") if ttype.HasField("shape") else f"element type {expected_elem}"
        if ttype.HasField("shape") and None not in dims and expected_elem is not None:
            declared = graph.tensor(dims, expected_elem)
        raise OnnxImportError(f"graph output '{info.name}': ember infers {actual}, the model declares {declared}")


def _ssa_name(name: str) -> str | None:
    cleaned = "".join(c if c.isalnum() or c in "_" else "_" for c in name)
    if not cleaned or cleaned[0].isdigit():
        return None
    return cleaned


def symbol_name(input_name: str, index: int, label: str) -> str:
    """The graph dialect's name for a dynamic input dim: the model's ``dim_param`` when it is a
    plain identifier (so ``batch`` in two inputs is one size), else ``<input>_d<index>``."""
    if label.isidentifier() and not keyword.iskeyword(label):
        return label
    base = _ssa_name(input_name) or "input"
    return f"{base}_d{index}"


def _erase_dead_ops(block: Block) -> None:
    """Remove graph ops whose results are unused (dead constant chains after folding)."""
    for op in reversed(list(block.ops)):
        if isinstance(op, graph.GraphOp) and not any(r.uses for r in op.results):
            block.erase_op(op)
