"""Stage checking: run the IR of any stage with a reference interpreter (issue 5, item 7).

:func:`run_stage` executes a module's entry function on numpy arrays and returns numpy arrays,
whatever stage the module is in:

* graph stage (any ``graph.*`` op): the graph ops' numpy semantics (`ember.runtime.reference`);
* tensor stage (linalg on tensors), memref stage (linalg on memrefs, the calling convention of
  ``bufferize``: outputs are trailing memref arguments, allocated here from their types, the
  function marked ``ember.num_outputs``) and loop stage (scf/cf + memref.load/store): xDSL's
  ``Interpreter`` drives functions, ``scf``, ``cf`` and ``func``; ember registers numpy-backed
  implementations on top of it for ``arith``, ``math``, ``memref``, ``tensor`` and ``linalg``.

Shaped values are plain ``numpy.ndarray`` (memref reshapes are numpy views, so aliasing is
real). A linalg structured op is run *vectorised*: all parallel iteration points at once as
numpy index arrays, the reduction points one after another in loop order, so the result equals
the loop nest's (same reduction order) while the tensor and memref stages of a small CNN run in
seconds. Scalar ops therefore accept numpy arrays as well as scalars; float32 data stays float32.

1-D ``vector`` loads/stores/broadcasts/FMAs (what the loop-stage micro-kernels emit) are numpy
slices, so the whole ``lower-to-loops`` output can be checked too.

Use it in tests to compare a conversion's output before and after on random inputs.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from itertools import product
from typing import Any

import numpy as np
from xdsl.dialects import affine, arith, func, memref, scf, tensor, vector
from xdsl.dialects import math as mathd
from xdsl.dialects.builtin import (
    DYNAMIC_INDEX,
    DenseIntOrFPElementsAttr,
    DenseResourceAttr,
    FloatAttr,
    IndexType,
    IntegerAttr,
    IntegerType,
    MemRefType,
    ModuleOp,
    ShapedType,
    Signedness,
    TensorType,
    VectorType,
)
from xdsl.dialects.linalg import ops as linalg
from xdsl.dialects.linalg.abstract_ops import LinalgStructuredOperation
from xdsl.interpreter import (
    Interpreter,
    InterpreterFunctions,
    PythonValues,
    ReturnedValues,
    impl,
    impl_terminator,
    register_impls,
)
from xdsl.interpreters.builtin import BuiltinFunctions
from xdsl.interpreters.cf import CfFunctions
from xdsl.interpreters.func import FuncFunctions
from xdsl.interpreters.scf import ScfFunctions
from xdsl.ir import Attribute, Operation
from xdsl.ir.affine import (
    AffineBinaryOpExpr,
    AffineBinaryOpKind,
    AffineConstantExpr,
    AffineDimExpr,
    AffineExpr,
)
from xdsl.traits import SymbolTable

from ember.diagnostics import RuntimeCallError, UnsupportedError
from ember.dialects import graph
from ember.dialects.upstream import as_xdsl_classes

NUM_OUTPUTS_ATTR = "ember.num_outputs"
ARENA_BYTES_ATTR = "ember.arena_bytes"
"""A function planned by ``plan-memory`` takes an arena of this many bytes after its outputs."""


def np_dtype(t: Attribute) -> np.dtype:
    """numpy dtype of a scalar type (index -> int64; iN signless -> signed)."""
    if isinstance(t, IndexType):
        return np.dtype(np.int64)
    if isinstance(t, IntegerType) and t.signedness.data == Signedness.SIGNLESS and t.width.data != 1:
        return np.dtype(f"int{t.width.data}")
    return graph.numpy_dtype(t)


def _shaped_dtype(t: Attribute) -> np.dtype:
    assert isinstance(t, ShapedType)
    return np_dtype(t.get_element_type())  # type: ignore[attr-defined]


def _cast(value: Any, t: Attribute) -> Any:
    dtype = _shaped_dtype(t) if isinstance(t, ShapedType) else np_dtype(t)  # vectors: their elements
    with np.errstate(all="ignore"):
        return np.asarray(value).astype(dtype)[()]


def _attr_value(attr: Attribute) -> Any:
    from ember.dialects.graph.resources import dense_to_numpy

    if isinstance(attr, DenseIntOrFPElementsAttr) and isinstance(attr.get_type(), VectorType):
        return np.asarray(attr.get_values(), dtype=np_dtype(attr.get_type().element_type))  # vector splats
    if isinstance(attr, DenseIntOrFPElementsAttr | DenseResourceAttr):
        return dense_to_numpy(attr)
    if isinstance(attr, IntegerAttr | FloatAttr):
        return attr.value.data
    raise UnsupportedError(f"constant attribute {attr} is not supported by the interpreter")


# ---- scalar op tables --------------------------------------------------------------------------


def _trunc_div(a: Any, b: Any) -> Any:
    with np.errstate(all="ignore"):
        q = np.floor_divide(a, b)
        fix = (np.remainder(a, b) != 0) & ((np.asarray(a) < 0) != (np.asarray(b) < 0))
    return q + fix


def _erf(x: Any) -> Any:
    arr = np.asarray(x)
    out = np.vectorize(math.erf, otypes=[np.float64])(arr.astype(np.float64))
    return out.astype(arr.dtype)[()]


def _round_away(x: Any) -> Any:
    return np.sign(x) * np.floor(np.abs(x) + 0.5)


_ORDERED = lambda a, b: ~(np.isnan(a) | np.isnan(b))  # noqa: E731
CMPF: dict[int, Callable[[Any, Any], Any]] = {
    0: lambda a, b: np.zeros(np.broadcast(a, b).shape, bool),
    1: np.equal, 2: np.greater, 3: np.greater_equal, 4: np.less, 5: np.less_equal,
    6: lambda a, b: _ORDERED(a, b) & (a != b), 7: _ORDERED,
    8: lambda a, b: (a == b) | ~_ORDERED(a, b), 9: lambda a, b: ~(a <= b),
    10: lambda a, b: ~(a < b), 11: lambda a, b: ~(a >= b), 12: lambda a, b: ~(a > b),
    13: np.not_equal, 14: lambda a, b: ~_ORDERED(a, b),
    15: lambda a, b: np.ones(np.broadcast(a, b).shape, bool),
}  # fmt: skip
"""arith.cmpf predicates by their enum number (false, oeq, ogt, ..., une, uno, true)."""


def _unsigned(f: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
    return lambda a, b: f(np.asarray(a).astype(np.uint64), np.asarray(b).astype(np.uint64))


def as_unsigned(x: Any) -> Any:
    """Signless integer storage reinterpreted as unsigned of the same width (for the *ui ops)."""
    array = np.asarray(x)
    if array.dtype.kind != "i":
        return array
    return array.view(array.dtype.str.replace("i", "u"))


def _unsigned_op(f: Callable[..., Any]) -> Callable[..., Any]:
    return lambda *xs: f(*(as_unsigned(x) for x in xs))


CMPI: dict[int, Callable[[Any, Any], Any]] = {
    0: np.equal, 1: np.not_equal, 2: np.less, 3: np.less_equal, 4: np.greater, 5: np.greater_equal,
    6: _unsigned(np.less), 7: _unsigned(np.less_equal), 8: _unsigned(np.greater),
    9: _unsigned(np.greater_equal),
}  # fmt: skip
"""arith.cmpi predicates by their enum number (eq, ne, slt, sle, sgt, sge, ult, ule, ugt, uge)."""

BINARY: dict[type[Operation], Callable[[Any, Any], Any]] = {
    arith.AddfOp: np.add, arith.AddiOp: np.add, arith.SubfOp: np.subtract, arith.SubiOp: np.subtract,
    arith.MulfOp: np.multiply, arith.MuliOp: np.multiply, arith.DivfOp: np.divide,
    arith.DivSIOp: _trunc_div, arith.DivUIOp: _unsigned_op(np.floor_divide), arith.RemSIOp: np.fmod,
    arith.RemUIOp: _unsigned_op(np.remainder), arith.FloorDivSIOp: np.floor_divide,
    arith.CeilDivSIOp: lambda a, b: -np.floor_divide(np.negative(a), b),
    arith.MaximumfOp: np.maximum, arith.MinimumfOp: np.minimum, arith.MaxnumfOp: np.fmax,
    arith.MinnumfOp: np.fmin, arith.MaxSIOp: np.maximum, arith.MinSIOp: np.minimum,
    arith.MaxUIOp: _unsigned_op(np.maximum), arith.MinUIOp: _unsigned_op(np.minimum), arith.AndIOp: np.bitwise_and,
    arith.OrIOp: np.bitwise_or, arith.XOrIOp: np.bitwise_xor, arith.ShLIOp: np.left_shift,
    arith.ShRSIOp: np.right_shift, arith.ShRUIOp: _unsigned_op(np.right_shift),
    mathd.PowFOp: np.power, mathd.IPowIOp: np.power, mathd.FPowIOp: np.power,
    mathd.Atan2Op: np.arctan2, mathd.CopySignOp: np.copysign,
}  # fmt: skip
"""Binary scalar ops: op class -> numpy function (works elementwise on arrays too)."""

UNARY: dict[type[Operation], Callable[[Any], Any]] = {
    arith.NegfOp: np.negative, mathd.ExpOp: np.exp, mathd.LogOp: np.log, mathd.SqrtOp: np.sqrt,
    mathd.TanhOp: np.tanh, mathd.ErfOp: _erf, mathd.SinOp: np.sin, mathd.CosOp: np.cos,
    mathd.TanOp: np.tan, mathd.FloorOp: np.floor, mathd.CeilOp: np.ceil,
    mathd.RoundEvenOp: np.rint, mathd.RoundOp: _round_away, mathd.AbsFOp: np.abs,
    mathd.AbsIOp: np.abs, mathd.ExpM1Op: np.expm1, mathd.Log1pOp: np.log1p,
    mathd.TruncOp: np.trunc, mathd.RsqrtOp: lambda x: 1 / np.sqrt(x), mathd.Log2Op: np.log2,
    mathd.Log10Op: np.log10, mathd.Exp2Op: np.exp2, mathd.SinhOp: np.sinh, mathd.CoshOp: np.cosh,
    mathd.AtanOp: np.arctan, mathd.AsinOp: np.arcsin, mathd.AcosOp: np.arccos,
    mathd.AtanhOp: np.arctanh, mathd.AsinhOp: np.arcsinh, mathd.AcoshOp: np.arccosh,
    mathd.CbrtOp: np.cbrt,
}  # fmt: skip
"""Unary scalar ops: op class -> numpy function."""

VECTOR_REDUCTIONS: dict[str, Callable[[Any, Any], Any]] = {
    "add": np.add, "mul": np.multiply, "maximumf": np.maximum, "minimumf": np.minimum,
    "maxnumf": np.fmax, "minnumf": np.fmin, "maxsi": np.maximum, "minsi": np.minimum,
    "and": np.bitwise_and, "or": np.bitwise_or, "xor": np.bitwise_xor,
}  # fmt: skip
"""vector.reduction kinds -> the scalar combiner, applied lane by lane in order (as LLVM's
ordered reductions do)."""


def _bitcast(value: Any, t: Attribute) -> Any:
    """The same bits read as ``t``'s element type (``arith.bitcast``)."""
    dtype = _shaped_dtype(t) if isinstance(t, ShapedType) else np_dtype(t)
    return np.array(value).view(dtype)[()]


def _run_bitcast(self: Any, interpreter: Interpreter, op: Operation, args: PythonValues) -> PythonValues:
    return (_bitcast(args[0], op.results[0].type),)


CASTS: tuple[type[Operation], ...] = (
    arith.ExtFOp, arith.TruncFOp, arith.SIToFPOp, arith.FPToSIOp, arith.FPToUIOp,
    arith.ExtSIOp, arith.TruncIOp, arith.IndexCastOp,
)  # fmt: skip
"""Conversions: the result is the operand converted to the result type (numpy astype)."""


def _structured_classes() -> list[type[Operation]]:
    from xdsl.dialects.linalg import Linalg

    return [op for op in Linalg.operations if issubclass(op, LinalgStructuredOperation)]


def _make_table_impls() -> dict[str, Any]:
    """`@impl` methods for every op of the scalar tables (one generated method per row)."""
    namespace: dict[str, Any] = {}

    def binary(fn: Callable[[Any, Any], Any]) -> Callable[..., PythonValues]:
        def run(self: Any, interpreter: Interpreter, op: Operation, args: PythonValues) -> PythonValues:
            with np.errstate(all="ignore"):
                return (_cast(fn(*args), op.results[0].type),)

        return run

    def unary(fn: Callable[[Any], Any]) -> Callable[..., PythonValues]:
        def run(self: Any, interpreter: Interpreter, op: Operation, args: PythonValues) -> PythonValues:
            with np.errstate(all="ignore"):
                return (_cast(fn(args[0]), op.results[0].type),)

        return run

    def convert(self: Any, interpreter: Interpreter, op: Operation, args: PythonValues) -> PythonValues:
        return (_cast(args[0], op.results[0].type),)

    def ext_unsigned(self: Any, interpreter: Interpreter, op: Operation, args: PythonValues) -> PythonValues:
        value = np.asarray(args[0])
        if value.dtype.kind == "i":
            value = value.astype(value.dtype.str.replace("i", "u"))
        return (_cast(value, op.results[0].type),)

    def structured(self: Any, interpreter: Interpreter, op: Operation, args: PythonValues) -> PythonValues:
        assert isinstance(op, LinalgStructuredOperation)
        return run_structured(interpreter, self, op, args)

    rows: list[tuple[type[Operation], Callable[..., PythonValues]]] = [
        (arith.BitcastOp, _run_bitcast),
        *((cls, structured) for cls in _structured_classes()),
        *((cls, binary(fn)) for cls, fn in BINARY.items()),
        *((cls, unary(fn)) for cls, fn in UNARY.items()),
        *((cls, convert) for cls in CASTS),
        (arith.ExtUIOp, ext_unsigned),
        (arith.UIToFPOp, ext_unsigned),
    ]
    for cls, fn in rows:
        namespace[f"run_{cls.__name__}"] = impl(cls)(fn)  # type: ignore[arg-type]
    return namespace


# ---- linalg, vectorised ---------------------------------------------------------------------------


def eval_affine(e: AffineExpr, dims: Sequence[Any]) -> Any:
    """An affine expression over numpy index arrays (or ints)."""
    if isinstance(e, AffineDimExpr):
        return dims[e.position]
    if isinstance(e, AffineConstantExpr):
        return e.value
    assert isinstance(e, AffineBinaryOpExpr)
    lhs, rhs = eval_affine(e.lhs, dims), eval_affine(e.rhs, dims)
    return _AFFINE_OPS[e.kind](lhs, rhs)


_AFFINE_OPS: dict[AffineBinaryOpKind, Callable[[Any, Any], Any]] = {
    AffineBinaryOpKind.Add: np.add,
    AffineBinaryOpKind.Mul: np.multiply,
    AffineBinaryOpKind.Mod: np.mod,
    AffineBinaryOpKind.FloorDiv: np.floor_divide,
    AffineBinaryOpKind.CeilDiv: lambda a, b: -np.floor_divide(np.negative(a), b),
}


def _loop_ranges(op: LinalgStructuredOperation, shaped: Sequence[Any]) -> list[int]:
    maps = [m.data for m in op.get_indexing_maps().data]
    ranges: list[int | None] = [None] * maps[0].num_dims
    for value, m in zip(shaped, maps, strict=True):
        if not isinstance(value, np.ndarray):
            continue
        for position, e in enumerate(m.results):
            if isinstance(e, AffineDimExpr) and ranges[e.position] is None:
                ranges[e.position] = value.shape[position]
    if any(r is None for r in ranges):
        raise UnsupportedError(f"cannot infer the loop ranges of '{op.name}'")
    return [int(r) for r in ranges]  # type: ignore[arg-type]


def run_structured(interpreter: Interpreter, state: EmberFunctions, op: LinalgStructuredOperation, args: PythonValues) -> PythonValues:
    """Run a linalg op: parallel points vectorised, reduction points in loop order."""
    n_in = len(op.inputs)
    has_results = bool(op.results)
    outputs = [np.array(a, copy=True) if has_results else a for a in args[n_in:]]
    operands = [*args[:n_in], *outputs]
    maps = [m.data for m in op.get_indexing_maps().data]
    iters = [str(it.data) for it in op.get_iterator_types().data]
    ranges = _loop_ranges(op, operands)
    parallel = [d for d, it in enumerate(iters) if it == "parallel"]
    reduction = [d for d, it in enumerate(iters) if it != "parallel"]
    grid = np.indices([ranges[d] for d in parallel]).reshape(len(parallel), -1) if parallel else np.zeros((0, 1), int)
    for point in product(*(range(ranges[d]) for d in reduction)):
        dims: list[Any] = [0] * len(iters)
        for row, d in enumerate(parallel):
            dims[d] = grid[row]
        for value, d in zip(point, reduction, strict=True):
            dims[d] = value
        index_sets = [tuple(eval_affine(e, dims) for e in m.results) for m in maps]
        values = [o[idx] if isinstance(o, np.ndarray) else o for o, idx in zip(operands, index_sets, strict=True)]
        state.index_stack.append(dims)
        try:
            results = interpreter.run_ssacfg_region(op.body, tuple(values), "linalg")
        finally:
            state.index_stack.pop()
        for out, idx, res in zip(outputs, index_sets[n_in:], results, strict=True):
            out[idx] = res
    return tuple(outputs) if has_results else ()


# ---- the implementations ----------------------------------------------------------------------


@register_impls
class EmberFunctions(InterpreterFunctions):
    """numpy-backed implementations for arith, math, memref, tensor and linalg."""

    def __init__(self) -> None:
        super().__init__()
        self.index_stack: list[list[Any]] = []
        self.globals: dict[str, np.ndarray] = {}

    locals().update(_make_table_impls())

    @impl(arith.ConstantOp)
    def run_constant(self, interpreter: Interpreter, op: arith.ConstantOp, args: PythonValues) -> PythonValues:
        value = _attr_value(op.value)
        if isinstance(op.result.type, TensorType):
            return (value,)
        return (_cast(value, op.result.type),)

    @impl(arith.CmpfOp)
    def run_cmpf(self, interpreter: Interpreter, op: arith.CmpfOp, args: PythonValues) -> PythonValues:
        with np.errstate(all="ignore"):
            return (np.asarray(CMPF[op.predicate.value.data](*args))[()],)

    @impl(arith.CmpiOp)
    def run_cmpi(self, interpreter: Interpreter, op: arith.CmpiOp, args: PythonValues) -> PythonValues:
        return (np.asarray(CMPI[op.predicate.value.data](*args))[()],)

    @impl(arith.SelectOp)
    def run_select(self, interpreter: Interpreter, op: arith.SelectOp, args: PythonValues) -> PythonValues:
        return (np.where(*args)[()],)

    @impl(mathd.FmaOp)
    def run_fma(self, interpreter: Interpreter, op: mathd.FmaOp, args: PythonValues) -> PythonValues:
        return (_cast(args[0] * args[1] + args[2], op.results[0].type),)

    # memref ---------------------------------------------------------------------------------

    @impl(memref.AllocOp)
    def run_alloc(self, interpreter: Interpreter, op: memref.AllocOp, args: PythonValues) -> PythonValues:
        t = op.memref.type
        return (np.zeros(t.get_shape(), _shaped_dtype(t)),)

    @impl(memref.AllocaOp)
    def run_alloca(self, interpreter: Interpreter, op: memref.AllocaOp, args: PythonValues) -> PythonValues:
        t = op.memref.type
        return (np.zeros(t.get_shape(), _shaped_dtype(t)),)

    @impl(memref.DeallocOp)
    def run_dealloc(self, interpreter: Interpreter, op: memref.DeallocOp, args: PythonValues) -> PythonValues:
        return ()

    @impl(memref.LoadOp)
    def run_load(self, interpreter: Interpreter, op: memref.LoadOp, args: PythonValues) -> PythonValues:
        buffer, *indices = args
        return (buffer[tuple(indices)],)

    @impl(memref.StoreOp)
    def run_store(self, interpreter: Interpreter, op: memref.StoreOp, args: PythonValues) -> PythonValues:
        value, buffer, *indices = args
        with np.errstate(all="ignore"):
            buffer[tuple(indices)] = np.asarray(value).astype(buffer.dtype)
        return ()

    @impl(memref.GetGlobalOp)
    def run_get_global(self, interpreter: Interpreter, op: memref.GetGlobalOp, args: PythonValues) -> PythonValues:
        name = op.name_.string_value()
        if name not in self.globals:
            glob = SymbolTable.lookup_symbol(op, op.name_)
            assert isinstance(glob, memref.GlobalOp)
            value = _attr_value(glob.initial_value)
            array = np.array(value, dtype=_shaped_dtype(glob.type))
            self.globals[name] = np.array(np.broadcast_to(array, glob.type.get_shape()))
        return (self.globals[name],)

    @impl(memref.CollapseShapeOp)
    def run_collapse(self, interpreter: Interpreter, op: memref.CollapseShapeOp, args: PythonValues) -> PythonValues:
        return (_view(args[0], op.result.type),)

    @impl(memref.ExpandShapeOp)
    def run_expand(self, interpreter: Interpreter, op: memref.ExpandShapeOp, args: PythonValues) -> PythonValues:
        return (_view(args[0], op.result.type),)

    @impl(affine.ApplyOp)
    def run_affine_apply(self, interpreter: Interpreter, op: affine.ApplyOp, args: PythonValues) -> PythonValues:
        (result,) = (eval_affine(e, list(args)) for e in op.map.data.results)
        return (result,)

    @impl(affine.MinOp)
    def run_affine_min(self, interpreter: Interpreter, op: affine.MinOp, args: PythonValues) -> PythonValues:
        """(the partial tiles of ``linalg-tile{partial=true}``; map symbols are not supported)"""
        return (min(int(eval_affine(e, [int(a) for a in args])) for e in op.map.data.results),)

    @impl(memref.SubviewOp)
    def run_subview(self, interpreter: Interpreter, op: memref.SubviewOp, args: PythonValues) -> PythonValues:
        """A numpy view (writes through it reach the source); rank-reducing subviews drop the
        unit dims the result type does not have."""
        dynamic = iter(int(a) for a in args[1:])
        offsets, sizes, strides = (
            [next(dynamic) if v == DYNAMIC_INDEX else v for v in attr.get_values()]
            for attr in (op.static_offsets, op.static_sizes, op.static_strides)
        )
        view = args[0][tuple(slice(o, o + (s - 1) * st + 1, st) for o, s, st in zip(offsets, sizes, strides, strict=True))]
        return (view.reshape(op.result.type.get_shape()) if view.ndim != op.result.type.get_num_dims() else view,)

    @impl(memref.ViewOp)
    def run_view(self, interpreter: Interpreter, op: memref.ViewOp, args: PythonValues) -> PythonValues:
        source, shift = args[0], int(args[1])
        t = op.result.type
        dtype = _shaped_dtype(t)
        count = math.prod(t.get_shape())
        return (source[shift : shift + count * dtype.itemsize].view(dtype).reshape(t.get_shape()),)

    @impl(memref.CopyOp)
    def run_copy(self, interpreter: Interpreter, op: memref.CopyOp, args: PythonValues) -> PythonValues:
        source, dest = args
        dest[...] = source
        return ()

    # tensor ---------------------------------------------------------------------------------

    @impl(tensor.EmptyOp)
    def run_empty(self, interpreter: Interpreter, op: tensor.EmptyOp, args: PythonValues) -> PythonValues:
        t = op.tensor.type
        return (np.zeros(t.get_shape(), _shaped_dtype(t)),)

    @impl(tensor.ExtractOp)
    def run_extract(self, interpreter: Interpreter, op: tensor.ExtractOp, args: PythonValues) -> PythonValues:
        source, *indices = args
        return (source[tuple(indices)],)

    @impl(tensor.CollapseShapeOp)
    def run_tensor_collapse(self, interpreter: Interpreter, op: tensor.CollapseShapeOp, args: PythonValues) -> PythonValues:
        return (_view(args[0], op.result.type),)

    @impl(tensor.ExpandShapeOp)
    def run_tensor_expand(self, interpreter: Interpreter, op: tensor.ExpandShapeOp, args: PythonValues) -> PythonValues:
        return (_view(args[0], op.result.type),)

    # linalg ---------------------------------------------------------------------------------

    @impl(linalg.IndexOp)
    def run_index(self, interpreter: Interpreter, op: linalg.IndexOp, args: PythonValues) -> PythonValues:
        return (self.index_stack[-1][op.dim.value.data],)

    @impl_terminator(linalg.YieldOp)
    def run_yield(self, interpreter: Interpreter, op: linalg.YieldOp, args: PythonValues) -> Any:
        return ReturnedValues(args), ()

    # vector (1-D, as the loop-stage micro-kernels emit them) --------------------------------

    @impl(vector.LoadOp)
    def run_vector_load(self, interpreter: Interpreter, op: vector.LoadOp, args: PythonValues) -> PythonValues:
        buffer, *indices = args
        lanes = op.result.type.get_shape()[-1]  # type: ignore[attr-defined]
        return (np.array(buffer[(*indices[:-1], slice(indices[-1], indices[-1] + lanes))]),)

    @impl(vector.StoreOp)
    def run_vector_store(self, interpreter: Interpreter, op: vector.StoreOp, args: PythonValues) -> PythonValues:
        value, buffer, *indices = args
        lanes = len(value)
        buffer[(*indices[:-1], slice(indices[-1], indices[-1] + lanes))] = value
        return ()

    @impl(vector.BroadcastOp)
    def run_vector_broadcast(self, interpreter: Interpreter, op: vector.BroadcastOp, args: PythonValues) -> PythonValues:
        t = op.vector.type
        return (np.full(t.get_shape(), args[0], dtype=_shaped_dtype(t)),)

    @impl(vector.ExtractOp)
    def run_vector_extract(self, interpreter: Interpreter, op: vector.ExtractOp, args: PythonValues) -> PythonValues:
        positions = [p for p in op.static_position.get_values() if p >= 0]
        return (_cast(args[0][tuple(positions)], op.result.type),)

    @impl(vector.ShuffleOp)
    def run_vector_shuffle(self, interpreter: Interpreter, op: vector.ShuffleOp, args: PythonValues) -> PythonValues:
        both = np.concatenate([np.atleast_1d(args[0]), np.atleast_1d(args[1])])
        return (both[list(op.mask.get_values())],)

    @impl(vector.ReductionOp)
    def run_vector_reduction(self, interpreter: Interpreter, op: vector.ReductionOp, args: PythonValues) -> PythonValues:
        kind = op.kind.data
        name = next(iter(kind)).value if isinstance(kind, set | frozenset) else kind.value  # type: ignore[union-attr]
        combine = VECTOR_REDUCTIONS[name]
        lanes = list(args[1:]) + list(np.asarray(args[0]))  # the accumulator first, then in lane order
        total = lanes[0]
        with np.errstate(all="ignore"):
            for lane in lanes[1:]:
                total = combine(total, lane)
        return (_cast(total, op.results[0].type),)

    @impl(vector.FMAOp)
    def run_vector_fma(self, interpreter: Interpreter, op: vector.FMAOp, args: PythonValues) -> PythonValues:
        a, b, acc = args
        return (_cast(a * b + acc, op.res.type),)

    # scf.parallel: sequential, in index order
    @impl(scf.ParallelOp)
    def run_parallel(self, interpreter: Interpreter, op: scf.ParallelOp, args: PythonValues) -> PythonValues:
        n = len(op.lowerBound)
        lows, highs, steps = args[:n], args[n : 2 * n], args[2 * n : 3 * n]
        for point in product(*(range(lo, hi, st) for lo, hi, st in zip(lows, highs, steps, strict=True))):
            interpreter.run_ssacfg_region(op.body, tuple(point), "scf.parallel")
        return ()

    @impl_terminator(scf.ReduceOp)
    def run_reduce(self, interpreter: Interpreter, op: scf.ReduceOp, args: PythonValues) -> Any:
        """The terminator of an scf.parallel without reductions."""
        if op.operands:
            raise UnsupportedError("scf.parallel with reductions is not interpreted")
        return ReturnedValues(()), ()


def _view(array: np.ndarray, t: Attribute) -> np.ndarray:
    assert isinstance(t, ShapedType)
    return array.reshape(t.get_shape())


def make_interpreter(module: ModuleOp) -> Interpreter:
    """xDSL's interpreter with ember's numpy implementations registered on top (ops parsed into
    ember's refinements of xDSL's classes are turned back into xDSL's, which it dispatches on)."""
    as_xdsl_classes(module)
    interpreter = Interpreter(module)
    for functions in (FuncFunctions(), ScfFunctions(), CfFunctions(), BuiltinFunctions()):
        interpreter.register_implementations(functions)
    interpreter.register_implementations(EmberFunctions(), override=True)
    return interpreter


def _entry(module: ModuleOp, entry: str) -> func.FuncOp:
    from ember.runtime.reference import find_entry

    return find_entry(module, entry)


def _is_graph_stage(module: ModuleOp) -> bool:
    return any(isinstance(op, graph.GraphOp) for op in module.walk())


def run_stage(module: ModuleOp, inputs: Sequence[np.ndarray], entry: str = "main") -> list[np.ndarray]:
    """Run ``entry`` of a module at any stage on numpy inputs; returns its outputs."""
    if _is_graph_stage(module):
        from ember.runtime.reference import run_reference

        return run_reference(module, inputs, entry)
    fn = _entry(module, entry)
    arg_types = list(fn.function_type.inputs.data)
    num_outputs_attr = fn.attributes.get(NUM_OUTPUTS_ATTR)
    num_outputs = num_outputs_attr.value.data if isinstance(num_outputs_attr, IntegerAttr) else 0
    arena = _arena(fn)
    if arena is not None:
        arg_types = arg_types[:-1]
    n_in = len(arg_types) - num_outputs
    if len(inputs) != n_in:
        raise RuntimeCallError(f"@{entry} takes {n_in} inputs, got {len(inputs)}")
    arrays = [_checked(i, value, t) for i, (value, t) in enumerate(zip(inputs, arg_types, strict=False))]
    outs = [np.zeros(t.get_shape(), _shaped_dtype(t)) for t in arg_types[n_in:]]  # type: ignore[attr-defined]
    interpreter = make_interpreter(module)
    results = interpreter.call_op(fn, (*arrays, *outs, *([] if arena is None else [arena])))
    if num_outputs_attr is not None:
        return outs
    return [np.asarray(r) for r in results]


def _arena(fn: func.FuncOp) -> np.ndarray | None:
    """Zeroed bytes for the arena argument of a function planned by ``plan-memory``, or None."""
    size = fn.attributes.get(ARENA_BYTES_ATTR)
    return np.zeros(size.value.data, np.uint8) if isinstance(size, IntegerAttr) else None


def _checked(index: int, value: np.ndarray, t: Attribute) -> np.ndarray:
    array = np.asarray(value)
    if isinstance(t, MemRefType | TensorType):
        shape, dtype = tuple(t.get_shape()), _shaped_dtype(t)
        if array.dtype != dtype and array.dtype.kind in "iu" and dtype.kind in "iu" and array.dtype.itemsize == dtype.itemsize:
            array = array.view(dtype)  # ui8 data for signless i8 storage (and back)
        if array.shape != shape or array.dtype != dtype:
            raise RuntimeCallError(f"input #{index} is {array.dtype}{list(array.shape)}, expected {dtype}{list(shape)}")
        if isinstance(t, MemRefType):
            array = array.copy()  # the callee may not write inputs, but never share the caller's
    return array
