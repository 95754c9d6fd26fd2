"""The state shared by the ONNX converters while one graph is imported.

`GraphBuilder` owns the function body being built: it inserts ops with their ONNX node name as
location, turns numpy arrays into constants (``dense`` when small, ``dense_resource`` blobs when
large, never per-element Python work), folds small all-constant ops as they are emitted (so the
``Shape -> Gather -> Concat -> Reshape`` chains exporters emit collapse to constants), and
evaluates the producers of values that ONNX passes as tensors but ember needs static. When
such a value depends on graph inputs, the error (`ShapeOperandError`) names them, so the driver
can bind them and import again (``ember.specialize``). `NodeContext` is the view one converter
gets of one node.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

import numpy as np
import onnx
from xdsl.dialects.builtin import NameLoc, NoneAttr, StringAttr
from xdsl.ir import Attribute, Block, Operation, SSAValue
from xdsl.utils.exceptions import VerifyException

from ember.diagnostics import ShapeOperandError
from ember.dialects import graph
from ember.dialects.graph.base import GraphOp, ShapeError
from ember.dialects.graph.resources import dense_from_numpy, resource_from_numpy
from ember.frontend.onnx.attrs import AttrReader, OnnxImportError, node_label
from ember.symbolic import Dim, is_symbolic

RESOURCE_MIN_ELEMENTS = 16
"""Constants with more elements than this are stored as ``dense_resource`` blobs."""

FOLD_MAX_ELEMENTS = 4096
"""Ops whose operands are all constants are folded at import if their results are this small."""

OpT = TypeVar("OpT", bound=GraphOp)


def name_loc(name: str) -> NameLoc:
    return NameLoc(StringAttr(name), NoneAttr())


class GraphBuilder:
    """Appends graph ops to one block and tracks which values are known constants."""

    def __init__(self, block: Block, input_names: Mapping[SSAValue, str] | None = None) -> None:
        self.block = block
        self.input_names = dict(input_names or {})
        """The graph inputs among the block's arguments, by value (what `depends_on` reports)."""
        self.arrays: dict[SSAValue, np.ndarray] = {}
        self.symbolic: dict[SSAValue, np.ndarray] = {}
        """Integer values known at import as expressions of run-time sizes (``Shape`` of a
        tensor with symbolic dims and arithmetic on it): object arrays of ints and `SymDim`.
        The op computing them stays in the graph for data uses; shape operands read these."""
        self._dynamic: set[SSAValue] = set()
        self.location: NameLoc | None = None

    # ---- constants --------------------------------------------------------------------------

    def constant(self, array: np.ndarray, name: str = "cst") -> SSAValue:
        """A ``graph.constant`` holding ``array`` (a blob when large)."""
        array = np.asarray(array, order="C")  # (np.ascontiguousarray makes 0-d arrays 1-d)
        try:
            if array.size > RESOURCE_MIN_ELEMENTS:
                value = resource_from_numpy(array, name)
            else:
                value = dense_from_numpy(array)
        except ShapeError as error:
            raise OnnxImportError(f"constant '{name}': {error}") from error
        op = graph.ConstantOp.make([], {"value": value})
        self._insert(op)
        self.arrays[op.result] = array
        return op.result

    def static(self, value: SSAValue) -> np.ndarray | None:
        """The value's array if it is computable at import time (constants, foldable ops).

        Walks the producers depth-first without recursion, remembering which values are not
        computable, and stops at the first operand that is not."""
        stack = [value]
        while stack:
            current = stack[-1]
            if current in self.arrays or current in self._dynamic:
                stack.pop()
                continue
            owner = current.owner
            if (not isinstance(owner, GraphOp) or any(o in self._dynamic for o in owner.operands)
                    or any(graph.is_dynamic(r.type) for r in owner.results)):  # fmt: skip
                self._dynamic.add(current)
                stack.pop()
                continue
            pending = [o for o in owner.operands if o not in self.arrays]
            if pending:
                stack.append(pending[0])
                continue
            try:
                with np.errstate(all="ignore"):
                    results = owner.evaluate(*(self.arrays[o] for o in owner.operands))
            except (NotImplementedError, ShapeError):  # (ShapeError: it needs a run-time size)
                self._dynamic.update(owner.results)
            else:
                self.arrays.update(zip(owner.results, results, strict=True))
            stack.pop()
        return self.arrays.get(value)

    def depends_on(self, value: SSAValue) -> tuple[str, ...]:
        """The graph inputs ``value`` is computed from (walking its producers), in input order."""
        seen: set[SSAValue] = set()
        stack = [value]
        found: set[str] = set()
        while stack:
            current = stack.pop()
            if current in seen or current in self.arrays:
                continue
            seen.add(current)
            if current in self.input_names:
                found.add(self.input_names[current])
            elif isinstance(current.owner, Operation):
                stack.extend(current.owner.operands)
        return tuple(n for n in self.input_names.values() if n in found)

    # ---- ops --------------------------------------------------------------------------------

    def emit(self, cls: type[OpT], operands: Sequence[SSAValue | None], props: Mapping[str, Attribute | None] | None = None,
             *, fold: bool = True) -> OpT | list[SSAValue]:  # fmt: skip
        """Build and insert ``cls`` (inferring result types); fold it when small and constant
        (unless ``fold`` is false)."""
        op = cls.make(operands, props)
        folded = self._try_fold(op) if fold else None
        if folded is not None:
            return folded
        symbolic = self._evaluate_symbolic(op)
        if symbolic is not None and not any(is_symbolic(v) for a in symbolic for v in a.reshape(-1)):
            return [self.constant(np.asarray(a.tolist(), dtype=graph.numpy_dtype(graph.elem_of(r.type))), "folded")
                    for a, r in zip(symbolic, op.results, strict=True)]  # fmt: skip
        self._insert(op)
        if symbolic is not None:
            self.symbolic.update(zip(op.results, symbolic, strict=True))
        return op

    def _evaluate_symbolic(self, op: GraphOp) -> list[np.ndarray] | None:
        """``op`` evaluated on the symbolic integer values among its operands (the rest constant)
        as object arrays: shape arithmetic such as ``Shape -> Gather -> Concat``. None when no
        operand is symbolic, or numpy cannot evaluate the op on expressions."""
        if not any(o in self.symbolic for o in op.operands):
            return None
        operands = [self.symbolic[o] if o in self.symbolic else self.static(o) for o in op.operands]
        if any(a is None for a in operands):
            return None
        try:
            with np.errstate(all="ignore"):
                results = op.evaluate(*operands)
        except Exception:  # noqa: BLE001  (any failure: the value is simply not tracked)
            return None
        arrays = [np.asarray(a, dtype=object) for a in results]
        return arrays if all(a.size <= FOLD_MAX_ELEMENTS for a in arrays) else None

    def known(self, value: SSAValue) -> np.ndarray | None:
        """The value's array if known at import: constant (`static`) or symbolic."""
        array = self.static(value)
        return array if array is not None else self.symbolic.get(value)

    def _try_fold(self, op: GraphOp) -> list[SSAValue] | None:
        if not op.operands or not all(o in self.arrays for o in op.operands):
            return None
        if any(graph.is_dynamic(r.type) for r in op.results):  # a size known only at run time
            return None
        sizes = [math.prod(graph.shape_of(r.type)) for r in op.results]
        if sum(sizes) > FOLD_MAX_ELEMENTS:
            return None
        try:
            with np.errstate(all="ignore"):
                arrays = op.evaluate(*(self.arrays[o] for o in op.operands))
        except (NotImplementedError, ValueError, TypeError, IndexError, FloatingPointError):
            return None
        return [self.constant(np.asarray(a, dtype=graph.numpy_dtype(graph.elem_of(r.type))), "folded")
                for a, r in zip(arrays, op.results, strict=True)]  # fmt: skip

    def _insert(self, op: Operation) -> None:
        if self.location is not None:
            op.location = self.location
        self.block.add_op(op)


class NodeContext:
    """What a converter sees: the node, its attributes, operand values and the builder."""

    def __init__(
        self, node: onnx.NodeProto, inputs: Sequence[SSAValue | None], opset: int, builder: GraphBuilder
    ) -> None:
        self.node = node
        self.attrs = AttrReader(node)
        self.inputs = list(inputs)
        self.opset = opset
        self.builder = builder
        self.importer: Any = None
        """The `ModelImporter` (scope) converting this node: subgraph attributes import through it."""

    @property
    def label(self) -> str:
        return node_label(self.node)

    def error(self, message: str) -> OnnxImportError:
        return OnnxImportError(f"{self.label}: {message}")

    # ---- operands -----------------------------------------------------------------------------

    def has(self, index: int) -> bool:
        return index < len(self.inputs) and self.inputs[index] is not None

    def input(self, index: int) -> SSAValue:
        if not self.has(index):
            raise self.error(f"required input #{index} is missing")
        return self.inputs[index]  # type: ignore[return-value]  (has() checked it is not None)

    def optional(self, index: int) -> SSAValue | None:
        return self.inputs[index] if self.has(index) else None

    def shape(self, index: int) -> tuple[int, ...]:
        return graph.shape_of(self.input(index).type)

    def elem(self, index: int) -> Attribute:
        return graph.elem_of(self.input(index).type)

    def static(self, index: int, what: str) -> np.ndarray | None:
        """Input ``index`` as an array (None if absent); it must be computable at import."""
        if not self.has(index):
            return None
        array = self.builder.known(self.input(index))
        if array is None:
            message = (
                f"{self.label}: input #{index} ({what}) must be a constant or computable from "
                "constants (ember needs it at compile time)"
            )
            inputs = self.builder.depends_on(self.input(index))
            if inputs:
                names = ", ".join(repr(n) for n in inputs)
                raise ShapeOperandError(
                    f"{message}; it comes from graph input(s) {names}: make them initializers, "
                    "or use ember.compile, which compiles once per distinct value (docs/dynamic-shapes.md)",
                    inputs,
                )
            raise OnnxImportError(message)
        return array

    def static_ints(self, index: int, what: str) -> tuple[Dim, ...] | None:
        """Input ``index`` as integers; an entry that is a run-time size is a `SymDim`."""
        array = self.static(index, what)
        if array is None:
            return None
        values = np.asarray(array).reshape(-1)
        if values.dtype.kind == "f" and not np.isfinite(values).all():
            raise self.error(f"{what} (input #{index}) holds {values[~np.isfinite(values)][0]}, not an integer")
        return tuple(v if is_symbolic(v) else int(v) for v in values)

    def static_floats(self, index: int, what: str) -> tuple[float, ...] | None:
        array = self.static(index, what)
        return None if array is None else tuple(float(v) for v in np.asarray(array).reshape(-1))

    def static_scalar(self, index: int, what: str) -> Any:
        array = self.static(index, what)
        if array is None:
            return None
        if array.size != 1:
            raise self.error(f"input #{index} ({what}) must hold one value, got shape {array.shape}")
        value = array.reshape(-1)[0]
        return value if is_symbolic(value) else value.item() if isinstance(value, np.generic) else value

    def sizes(self, dims: Sequence[Dim]) -> SSAValue:
        """A 1-D i64 tensor of ``dims``: a constant when static, else ``graph.sizes`` (whose
        symbolic value shape operands downstream can read)."""
        if not any(is_symbolic(d) for d in dims):
            return self.constant(np.array([int(d) for d in dims], np.int64))
        value = self.value(graph.SizesOp, [], {"values": graph.dims_attr(dims)})
        self.builder.symbolic[value] = np.array(list(dims), dtype=object)
        return value

    # ---- building -------------------------------------------------------------------------------

    def emit(self, cls: type[OpT], operands: Sequence[SSAValue | None], props: Mapping[str, Attribute | None] | None = None,
             *, fold: bool = True) -> list[SSAValue]:  # fmt: skip
        """Insert a graph op; its results (or the constants it folded to, unless ``fold`` is
        false)."""
        try:
            op = self.builder.emit(cls, operands, props, fold=fold)
        except (VerifyException, ShapeError) as error:
            raise self.error(str(error)) from error
        return list(op) if isinstance(op, list) else list(op.results)

    def value(self, cls: type[OpT], operands: Sequence[SSAValue | None], props: Mapping[str, Attribute | None] | None = None,
              *, fold: bool = True) -> SSAValue:  # fmt: skip
        """Insert a single-result graph op and return its result."""
        return self.emit(cls, operands, props, fold=fold)[0]

    def constant(self, array: np.ndarray | float | int, like: SSAValue | None = None) -> SSAValue:
        """A constant (cast to ``like``'s element type when given)."""
        array = np.asarray(array)
        if like is not None:
            array = array.astype(graph.numpy_dtype(graph.elem_of(like.type)))
        return self.builder.constant(array, self.node.name or self.node.op_type)
