"""The :class:`Executable` that ``ember.compile`` returns: a whole model as one native call.

The compile itself is composed by ``ember.driver``; this module holds what the compiled code
needs at run time (the entry signature as :class:`TensorSpec` records, the compile-time record)
and knows nothing about where the module came from (ONNX or text).

Calling convention of the compiled entry function (see ``convert-func-to-llvm``): one pointer
per input buffer, then one per output buffer, all C-contiguous; outputs are written in place.
An entry with sizes known only at run time then takes one ``int64_t`` per ``?`` dim of the
inputs and outputs (in order; :class:`RunTimeSizes` binds them from the input shapes); an
exported library's run function takes the symbols' values instead (:func:`signature_symbols`,
``docs/deploy.md``). A memory-planned entry (``plan-memory``, the default) takes one more pointer last: the arena
holding every intermediate, ``memory_plan.arena_bytes`` long and 64-byte aligned. The Executable
checks every input's shape and dtype, allocates the outputs, leases an arena from its pool (one
per concurrently running call, see :mod:`ember.runtime.memory`) and makes exactly one native
call; it owns the JIT engine, the weight buffers and the arenas, so they live as long as it does.
"""

from __future__ import annotations

import ctypes
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from ember.diagnostics import EmberError, RuntimeCallError, UnsupportedError
from ember.runtime.index_checks import IndexCheck, check_indices, function_checks
from ember.runtime.memory import ArenaPool, MemoryPlan, plan_from_attributes

if TYPE_CHECKING:  # the signature helpers import xDSL when used: a cached Executable needs none
    from xdsl.dialects import func
    from xdsl.dialects.builtin import ModuleOp
    from xdsl.ir import Attribute

    from ember.runtime.profile import Profile, ProfileLayout


@dataclass(frozen=True)
class TensorSpec:
    """Name, shape and numpy dtype of one input or output. A dim known only at run time is a
    `~ember.symbolic.SymDim` (``batch``, ``batch*seq``); ``ranges`` holds the
    declared ``(symbol, min, max)`` ranges of the symbols it uses (``dynamic_dims=``);
    ``index_checks`` the ranges its values must keep when it holds Gather indices
    (``runtime.index_checks``)."""

    name: str
    shape: tuple[Any, ...]
    dtype: np.dtype
    ranges: tuple[tuple[str, int, int | None], ...] = ()
    index_checks: tuple[IndexCheck, ...] = ()

    @property
    def dynamic(self) -> bool:
        return any(not isinstance(d, int) for d in self.shape)

    @property
    def dtype_text(self) -> str:
        """The dtype as text ``np.dtype`` reads back (for records on disk): numpy's type string,
        or the name of an ml_dtypes type (bfloat16, float8_e5m2, int4, ...), whose type string is
        only a size (``<V1``) or one numpy cannot read (``<f1``)."""
        return self.dtype.name if self.dtype.type.__module__.startswith("ml_dtypes") else self.dtype.str

    def describe(self) -> str:
        shape = "(" + ", ".join(str(d) for d in self.shape) + ("," if len(self.shape) == 1 else "") + ")"
        return f"shape {shape} {self.dtype}"

    def to_record(self) -> list[Any]:
        """The spec as JSON (the compile cache's and an exported library's records): a run-time
        size as its expression text; the declared ranges only when there are any."""
        shape = [d if isinstance(d, int) else str(d) for d in self.shape]
        extra = [{"index_checks": [c.to_record() for c in self.index_checks]}] if self.index_checks else []
        return [self.name, shape, self.dtype_text, *([[list(r) for r in self.ranges]] if self.ranges or extra else []), *extra]

    @staticmethod
    def from_record(record: list[Any]) -> TensorSpec:
        """The inverse of :meth:`to_record` (a malformed record raises ValueError/TypeError)."""
        from ember.symbolic import parse_dim

        name, shape, dtype, *rest = record
        ranges = tuple((str(n), int(lo), None if hi is None else int(hi)) for n, lo, hi in (rest[0] if rest else []))
        checks = tuple(IndexCheck.from_record(c) for c in (rest[1]["index_checks"] if len(rest) > 1 else []))
        dims = tuple(int(d) if isinstance(d, int) else parse_dim(str(d)) for d in shape)
        return TensorSpec(str(name), dims, _record_dtype(str(dtype)), ranges, checks)


def _record_dtype(text: str) -> np.dtype:
    """The dtype a record names: numpy's type string, or an ml_dtypes type's name (bfloat16, ...),
    which numpy knows once ml_dtypes is imported."""
    try:
        return np.dtype(text)
    except TypeError:
        import ml_dtypes

        if not hasattr(ml_dtypes, text):
            raise ValueError(f"unknown dtype '{text}'") from None
        return np.dtype(getattr(ml_dtypes, text))


@dataclass
class CompileTimes:
    """Seconds spent per compile step, in order (import, each pass, translate, optimize, jit;
    ``cache-key`` and ``cache-load`` or ``cache-store`` with the compile cache)."""

    steps: dict[str, float] = field(default_factory=dict)
    cached: dict[str, float] = field(default_factory=dict)
    """For an Executable loaded from the compile cache: the steps of the compile that built it."""

    def add(self, step: str, seconds: float) -> None:
        self.steps[step] = self.steps.get(step, 0.0) + seconds

    @property
    def total(self) -> float:
        return sum(self.steps.values())

    def table(self) -> str:
        width = max((len(s) for s in self.steps), default=5)
        rows = [f"{step:{width}}  {secs:8.3f} s" for step, secs in self.steps.items()]
        return "\n".join([*rows, f"{'total':{width}}  {self.total:8.3f} s"])


class Executable:
    """A compiled model: ``exe(*arrays) -> list[np.ndarray]`` in graph-input order."""

    def __init__(
        self,
        jit: Any,
        entry: str,
        inputs: Sequence[TensorSpec],
        outputs: Sequence[TensorSpec],
        compile_times: CompileTimes,
        memory_plan: MemoryPlan | None = None,
        profile_layout: ProfileLayout | None = None,
    ) -> None:
        self._jit = jit
        self.entry = entry
        self.inputs = tuple(inputs)
        self.outputs = tuple(outputs)
        self.compile_times = compile_times
        self.memory_plan = memory_plan
        """The arena and intermediate bytes of the code's memory plan (None: not planned, every
        intermediate is allocated and freed by the call that uses it)."""
        self.profile_layout = profile_layout
        """The timed units of a profiling build (``ember.compile(..., profile=True)``), else None."""
        self._arenas = ArenaPool(memory_plan.arena_bytes) if memory_plan is not None else None
        dynamic = any(s.dynamic for s in (*inputs, *outputs))
        self._sizes = RunTimeSizes(self.inputs, self.outputs, getattr(jit, "takes_symbols", False)) if dynamic else None
        arguments = [ctypes.c_void_p] * (len(inputs) + len(outputs))
        arguments += [ctypes.c_int64] * (self._sizes.count if self._sizes is not None else 0)
        self._function = jit.function(entry, arguments + [ctypes.c_void_p] * (memory_plan is not None))

    @property
    def arenas_allocated(self) -> int:
        """Arenas allocated so far: one, plus one per call that ran while all others were busy."""
        return self._arenas.allocated if self._arenas is not None else 0

    @property
    def input_names(self) -> list[str]:
        return [s.name for s in self.inputs]

    @property
    def output_names(self) -> list[str]:
        return [s.name for s in self.outputs]

    def __repr__(self) -> str:
        ins = ", ".join(f"{s.name}: {s.describe()}" for s in self.inputs)
        outs = ", ".join(f"{s.name}: {s.describe()}" for s in self.outputs)
        return f"<ember.Executable ({ins}) -> ({outs})>"

    def _check(self, index: int, spec: TensorSpec, value: Any) -> np.ndarray:
        array = value if isinstance(value, np.ndarray) else np.asarray(value)
        fits = spec.dynamic and array.dtype == spec.dtype and array.ndim == len(spec.shape)
        if not fits and (array.dtype != spec.dtype or tuple(array.shape) != spec.shape):
            raise RuntimeCallError(
                f"input '{spec.name}' (#{index}): expected {spec.describe()}, "
                f"got shape {tuple(array.shape)} {array.dtype}"
            )  # (a dynamic input's sizes are checked with the others')
        if spec.index_checks:
            check_indices(spec.name, array, spec.index_checks)
        return np.ascontiguousarray(array)

    def __call__(self, *arrays: Any) -> list[np.ndarray]:
        if len(arrays) == 1 and isinstance(arrays[0], dict):
            return self.run(arrays[0])
        check_input_count(arrays, self.input_names)
        checked = [
            self._check(i, spec, a)
            for i, (spec, a) in enumerate(zip(self.inputs, arrays, strict=True))
        ]
        if self._sizes is not None:
            shapes, sizes = self._sizes.bind([a.shape for a in checked])
        else:
            shapes, sizes = [spec.shape for spec in self.outputs], []
        results = [np.empty(shape, dtype=spec.dtype) for shape, spec in zip(shapes, self.outputs, strict=True)]
        pointers = [*[a.ctypes.data for a in checked], *[r.ctypes.data for r in results], *sizes]
        if self._arenas is None:
            self._function(*pointers)
            return results
        with self._arenas.lease() as arena:
            self._function(*pointers, arena)
        return results

    def run(self, feeds: dict[str, Any]) -> list[np.ndarray]:
        """Call with inputs by name (like onnxruntime's ``run``)."""
        return self(*feeds_in_order(self.input_names, feeds))

    def profile(self, *arrays: Any, repeat: int = 10, warmup: int = 1) -> Profile:
        """Call the model ``warmup`` + ``repeat`` times on ``arrays``, timing each unit (fusion
        group or op, named by its ONNX nodes) of every timed call: a
        :class:`~ember.runtime.profile.Profile` (``.table()``, ``.write_chrome_trace(path)``).
        Needs a profiling build: ``ember.compile(model, profile=True)``."""
        from ember.runtime.profile import TICKS_GLOBAL, profile_calls, ticks_view

        layout = self.profile_layout
        if layout is None:
            raise EmberError("this executable was compiled without profiling; compile with ember.compile(model, profile=True)")
        ticks = ticks_view(self._jit.global_address(TICKS_GLOBAL), layout.marks)
        return profile_calls(lambda: self(*arrays), ticks, layout, repeat, warmup)

    def export(self, path: str, *, name: str | None = None, weights_file: bool = False) -> Any:
        """Write this model as a shared library ``path`` (its machine code: the same code this
        Executable runs) plus the C header ``<name>.h`` beside it; ``name`` is the C prefix
        (default: the file name's stem); ``weights_file`` puts the weights in ``<stem>.weights``
        instead of the library. Returns the :class:`~ember.runtime.library.ExportReport`;
        ``ember.load(path)`` loads the library again (``docs/deploy.md``)."""
        from ember.runtime.library import CompiledModel, export_library

        object_code = getattr(self._jit, "object_code", None)
        if object_code is None:
            raise UnsupportedError(
                "this Executable has no object file to export (it was loaded from a library: copy that file)"
            )
        model = CompiledModel(
            object_code, self._jit.bound_globals, self._jit.target, self.entry, list(self.inputs),
            list(self.outputs), self.memory_plan,
        )  # fmt: skip
        return export_library(model, path, name=name, weights_file=weights_file)


def check_input_count(arrays: Sequence[Any], names: Sequence[str]) -> None:
    """One line when a call passes another number of inputs than the model has."""
    if len(arrays) != len(names):
        raise RuntimeCallError(f"expected {len(names)} input(s) ({', '.join(names)}), got {len(arrays)}")


def feeds_in_order(names: Sequence[str], feeds: dict[str, Any]) -> list[Any]:
    """The arrays of ``feeds`` (by input name) in input order; one line naming the unknown and
    the missing names otherwise."""
    unknown = sorted(set(feeds) - set(names))
    missing = [n for n in names if n not in feeds]
    if unknown or missing:
        raise RuntimeCallError(
            f"inputs are {', '.join(names)}; "
            + (f"unknown: {', '.join(unknown)} " if unknown else "")
            + (f"missing: {', '.join(missing)}" if missing else "")
        )
    return [feeds[n] for n in names]


def signature_symbols(specs: Sequence[TensorSpec]) -> list[str]:
    """The symbols the run-time sizes of ``specs`` use, in order of first use (within one dim
    alphabetically): the order of the size arguments of an exported library's run function."""
    found: dict[str, None] = {}
    for spec in specs:
        for dim in spec.shape:
            if not isinstance(dim, int):
                found.update(dict.fromkeys(sorted(dim.symbols())))
    return list(found)


class RunTimeSizes:
    """The call-time sizes of an entry with symbolic dims: the symbols bound from the inputs'
    shapes (checked: shared symbols agree, static dims match, declared ranges hold), the
    outputs' shapes, and the size arguments the compiled code takes after the outputs: one per
    ``?`` dim of the inputs, then of the outputs (see ``ember.num_dim_args``), or with
    ``symbol_arguments`` (an exported library's run function) the symbols' values in
    :func:`signature_symbols` order."""

    def __init__(self, inputs: Sequence[TensorSpec], outputs: Sequence[TensorSpec], symbol_arguments: bool = False) -> None:
        self.inputs, self.outputs = list(inputs), list(outputs)
        self.ranges = {name: (low, high) for spec in (*inputs, *outputs) for name, low, high in spec.ranges}
        self.symbols = signature_symbols([*inputs, *outputs]) if symbol_arguments else None
        self.count = len(self.symbols) if self.symbols is not None else sum(
            1 for spec in (*inputs, *outputs) for d in spec.shape if not isinstance(d, int)
        )

    def bind(self, shapes: Sequence[tuple[int, ...]]) -> tuple[list[tuple[int, ...]], list[int]]:
        from ember.symbolic import ShapeError, bind_shapes, concrete_under

        try:
            values = bind_shapes([s.shape for s in self.inputs], shapes, [f"'{s.name}'" for s in self.inputs], self.ranges)
        except ShapeError as error:
            raise RuntimeCallError(str(error)) from None
        outputs = [tuple(concrete_under(d, values) for d in spec.shape) for spec in self.outputs]
        if self.symbols is not None:
            return outputs, [values[name] for name in self.symbols]
        sizes = [size for spec, shape in zip(self.inputs, shapes, strict=True)
                 for d, size in zip(spec.shape, shape, strict=True) if not isinstance(d, int)]  # fmt: skip
        sizes += [size for spec, shape in zip(self.outputs, outputs, strict=True)
                  for d, size in zip(spec.shape, shape, strict=True) if not isinstance(d, int)]  # fmt: skip
        return outputs, sizes


# ---- signatures ------------------------------------------------------------------------------


def find_entry(module: ModuleOp, entry: str) -> func.FuncOp:
    """The ``func.func`` named ``entry``."""
    from xdsl.dialects import func

    for op in module.ops:
        if isinstance(op, func.FuncOp) and op.sym_name.data == entry:
            return op
    names = [op.sym_name.data for op in module.ops if isinstance(op, func.FuncOp)]
    raise EmberError(
        f"no function '@{entry}' in the module (functions: {', '.join(names) or 'none'})"
    )


def _dtype(element: Attribute) -> np.dtype:
    from ember.dialects.graph import numpy_dtype

    return np.dtype(numpy_dtype(element))


def _spec(name: str, t: Attribute, ranges: Any = None, checks: tuple[IndexCheck, ...] = ()) -> TensorSpec:
    from xdsl.dialects.builtin import MemRefType, TensorType

    from ember.dialects.graph.dims import shape_of
    from ember.symbolic import SymDim

    if not isinstance(t, TensorType | MemRefType):
        raise UnsupportedError(f"entry argument '{name}' has type {t}; expected a tensor or memref")
    if isinstance(t, MemRefType) and any(d < 0 for d in t.get_shape()):
        raise UnsupportedError(f"'{name}' has a dynamic shape {t} at the memref stage; compile the graph stage, whose types name their sizes")
    shape = shape_of(t) if isinstance(t, TensorType) else tuple(t.get_shape())
    used = set().union(*(SymDim.of(d).symbols() for d in shape if isinstance(d, SymDim)))
    declared = tuple((n, lo, hi) for n, (lo, hi) in sorted((ranges or {}).items()) if n in used)
    return TensorSpec(name, shape, _dtype(t.element_type), declared, checks)


def _arg_name(fn: func.FuncOp, index: int) -> str:
    from xdsl.dialects.builtin import NameLoc

    arg = fn.body.block.args[index] if fn.body.blocks else None
    if arg is not None and isinstance(arg.location, NameLoc):
        return arg.location.desc.data
    if arg is not None and arg.name_hint:
        return arg.name_hint
    return f"input{index}"


OUTPUT_NAMES_ATTR = "ember.output_names"
"""The function attribute the ONNX importer writes: the graph's output names, in order."""


def declared_output_names(fn: Any) -> list[str] | None:
    """The output names a function declares (``ember.output_names``), or None."""
    from xdsl.dialects.builtin import ArrayAttr, StringAttr

    attr = fn.attributes.get(OUTPUT_NAMES_ATTR)
    if not isinstance(attr, ArrayAttr) or not all(isinstance(a, StringAttr) for a in attr.data):
        return None
    return [a.data for a in attr.data]  # type: ignore[attr-defined]


def entry_signature(
    module: ModuleOp, entry: str, output_names: Sequence[str] | None = None
) -> tuple[list[TensorSpec], list[TensorSpec], bool]:
    """(inputs, outputs, is_tensor_stage) of the entry function, before lowering; outputs are
    named by ``output_names``, else as the function declares (``ember.output_names``)."""
    from xdsl.dialects.builtin import IntegerAttr, TensorType

    fn = find_entry(module, entry)
    output_names = output_names or declared_output_names(fn)
    arg_types = list(fn.function_type.inputs.data)
    result_types = list(fn.function_type.outputs.data)
    if any(isinstance(t, TensorType) for t in [*arg_types, *result_types]):
        from ember.dialects.graph.dims import function_ranges

        ranges, checks = function_ranges(fn), function_checks(fn)
        names_in = [_arg_name(fn, i) for i in range(len(arg_types))]
        inputs = [_spec(n, t, ranges, checks.get(n, ())) for n, t in zip(names_in, arg_types, strict=True)]
        names = list(output_names or [f"output{i}" for i in range(len(result_types))])
        return inputs, [_spec(n, t, ranges) for n, t in zip(names, result_types, strict=True)], True
    count = fn.attributes.get("ember.num_outputs")
    if result_types or not isinstance(count, IntegerAttr):
        raise UnsupportedError(
            f"'@{entry}' is at the memref stage but lacks 'ember.num_outputs' (the outputs are "
            "the trailing memref arguments)"
        )
    n_out = count.value.data
    if plan_from_attributes(fn.attributes) is not None:  # planned: the arena is the last argument
        arg_types = arg_types[:-1]
    n_in = len(arg_types) - n_out
    inputs = [_spec(_arg_name(fn, i), t) for i, t in enumerate(arg_types[:n_in])]
    names = list(output_names or [_arg_name(fn, n_in + i) for i in range(n_out)])
    return inputs, [_spec(n, t) for n, t in zip(names, arg_types[n_in:], strict=True)], False
