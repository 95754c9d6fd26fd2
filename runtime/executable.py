"""``ember.compile`` and the :class:`Executable` it returns: a whole model as one native call.

Compilation (each step timed, see :attr:`Executable.compile_times`)::

    ONNX (path | bytes | ModelProto) --import_onnx--> graph stage --graph-optimize (if any)-->
    --lower-to-llvm--> llvm stage --translate--> LLVM IR --O3 (host CPU)--> MCJIT machine code

A ``.mlir`` input (text, path or ModuleOp) may also start at the memref or loop stage; then only
``loops-to-llvm`` runs.

Calling convention of the compiled entry function (see ``convert-func-to-llvm``): one pointer
per input buffer, then one per output buffer, all C-contiguous; outputs are written in place.
The Executable checks every input's shape and dtype, allocates the outputs and makes exactly one
native call; it owns the JIT engine and the weight buffers, so they live as long as it does.
"""

from __future__ import annotations

import ctypes
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from xdsl.dialects import func
from xdsl.dialects.builtin import IntegerAttr, MemRefType, ModuleOp, NameLoc, TensorType
from xdsl.ir import Attribute

from ember.diagnostics import EmberError, RuntimeCallError, UnsupportedError
from ember.target import TargetSpec


@dataclass(frozen=True)
class TensorSpec:
    """Name, static shape and numpy dtype of one input or output."""

    name: str
    shape: tuple[int, ...]
    dtype: np.dtype

    def describe(self) -> str:
        return f"shape {self.shape} {self.dtype}"


@dataclass
class CompileTimes:
    """Seconds spent per compile step, in order (import, each pass, translate, optimize, jit)."""

    steps: dict[str, float] = field(default_factory=dict)

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
    ) -> None:
        self._jit = jit
        self.entry = entry
        self.inputs = tuple(inputs)
        self.outputs = tuple(outputs)
        self.compile_times = compile_times
        self._function = jit.function(entry, [ctypes.c_void_p] * (len(inputs) + len(outputs)))

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
        if array.dtype != spec.dtype or tuple(array.shape) != spec.shape:
            raise RuntimeCallError(
                f"input '{spec.name}' (#{index}): expected {spec.describe()}, "
                f"got shape {tuple(array.shape)} {array.dtype}"
            )
        return np.ascontiguousarray(array)

    def __call__(self, *arrays: Any) -> list[np.ndarray]:
        if len(arrays) == 1 and isinstance(arrays[0], dict):
            return self.run(arrays[0])
        if len(arrays) != len(self.inputs):
            raise RuntimeCallError(
                f"expected {len(self.inputs)} input(s) ({', '.join(self.input_names)}), got {len(arrays)}"
            )
        checked = [
            self._check(i, spec, a)
            for i, (spec, a) in enumerate(zip(self.inputs, arrays, strict=True))
        ]
        results = [np.empty(spec.shape, dtype=spec.dtype) for spec in self.outputs]
        self._function(*[a.ctypes.data for a in checked], *[r.ctypes.data for r in results])
        return results

    def run(self, feeds: dict[str, Any]) -> list[np.ndarray]:
        """Call with inputs by name (like onnxruntime's ``run``)."""
        unknown = sorted(set(feeds) - set(self.input_names))
        missing = [n for n in self.input_names if n not in feeds]
        if unknown or missing:
            raise RuntimeCallError(
                f"inputs are {', '.join(self.input_names)}; "
                + (f"unknown: {', '.join(unknown)} " if unknown else "")
                + (f"missing: {', '.join(missing)}" if missing else "")
            )
        return self(*[feeds[n] for n in self.input_names])

    def export(self, path: str) -> None:
        raise UnsupportedError("Executable.export (AOT shared objects) is not implemented yet")


# ---- signatures ------------------------------------------------------------------------------


def find_entry(module: ModuleOp, entry: str) -> func.FuncOp:
    """The ``func.func`` named ``entry``."""
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


def _spec(name: str, t: Attribute) -> TensorSpec:
    if not isinstance(t, TensorType | MemRefType):
        raise UnsupportedError(f"entry argument '{name}' has type {t}; expected a tensor or memref")
    shape = tuple(t.get_shape())
    if any(d < 0 for d in shape):
        raise UnsupportedError(f"'{name}' has a dynamic shape {t}; pin it with input_shapes=")
    return TensorSpec(name, shape, _dtype(t.element_type))


def _arg_name(fn: func.FuncOp, index: int) -> str:
    arg = fn.body.block.args[index] if fn.body.blocks else None
    if arg is not None and isinstance(arg.location, NameLoc):
        return arg.location.desc.data
    if arg is not None and arg.name_hint:
        return arg.name_hint
    return f"input{index}"


def entry_signature(
    module: ModuleOp, entry: str, output_names: Sequence[str] | None = None
) -> tuple[list[TensorSpec], list[TensorSpec], bool]:
    """(inputs, outputs, is_tensor_stage) of the entry function, before lowering."""
    fn = find_entry(module, entry)
    arg_types = list(fn.function_type.inputs.data)
    result_types = list(fn.function_type.outputs.data)
    if any(isinstance(t, TensorType) for t in [*arg_types, *result_types]):
        inputs = [_spec(_arg_name(fn, i), t) for i, t in enumerate(arg_types)]
        names = list(output_names or [f"output{i}" for i in range(len(result_types))])
        return inputs, [_spec(n, t) for n, t in zip(names, result_types, strict=True)], True
    count = fn.attributes.get("ember.num_outputs")
    if result_types or not isinstance(count, IntegerAttr):
        raise UnsupportedError(
            f"'@{entry}' is at the memref stage but lacks 'ember.num_outputs' (the outputs are "
            "the trailing memref arguments)"
        )
    n_out = count.value.data
    n_in = len(arg_types) - n_out
    inputs = [_spec(_arg_name(fn, i), t) for i, t in enumerate(arg_types[:n_in])]
    names = list(output_names or [_arg_name(fn, n_in + i) for i in range(n_out)])
    return inputs, [_spec(n, t) for n, t in zip(names, arg_types[n_in:], strict=True)], False


# ---- compilation -----------------------------------------------------------------------------


def _looks_like_mlir(text: str) -> bool:
    head = text.lstrip()[:4096]
    return any(k in head for k in ("func.func", "builtin.module", "module {", '"func.func"'))


def _read_model(
    model: Any, input_shapes: Any, times: CompileTimes
) -> tuple[ModuleOp, list[str] | None]:
    """The graph-stage (or later) module to compile, and the output names when known."""
    start = time.perf_counter()
    if isinstance(model, ModuleOp):
        module = model.clone()
        times.add("import", time.perf_counter() - start)
        return module, None
    if isinstance(model, os.PathLike):
        model = os.fspath(model)
    if isinstance(model, str) and model.endswith(".mlir"):
        with open(model, encoding="utf-8") as handle:
            model = handle.read()
    elif isinstance(model, str) and _looks_like_mlir(model):
        pass
    else:
        return _read_onnx(model, input_shapes, times, start)
    from ember.context import make_context
    from ember.textual import parse_module, verify_module

    module, sources = parse_module(make_context(), model, "<input>")
    verify_module(module, sources)
    times.add("parse", time.perf_counter() - start)
    return module, None


def _read_onnx(
    model: Any, input_shapes: Any, times: CompileTimes, start: float
) -> tuple[ModuleOp, list[str]]:
    from ember.frontend.onnx import import_onnx
    from ember.frontend.onnx.load import load_model

    proto = load_model(model)
    module = import_onnx(proto, input_shapes=input_shapes)
    times.add("import", time.perf_counter() - start)
    return module, [o.name for o in proto.graph.output]


def _pipeline_spec(is_tensor_stage: bool) -> str:
    from ember.registry import ember_passes, pipelines

    if not is_tensor_stage:
        return "loops-to-llvm"
    known = set(pipelines()) | set(ember_passes())
    return "graph-optimize,lower-to-llvm" if "graph-optimize" in known else "lower-to-llvm"


def lower_module(module: ModuleOp, spec: str, times: CompileTimes, *, verify: bool = False) -> None:
    """Run a pipeline spec over ``module`` in place, timing every pass.

    With ``verify`` the result is checked by xDSL's verifier (18 s on ResNet-50's llvm stage, so
    off by default: LLVM verifies the translated module anyway, and ``ember-opt`` verifies
    between passes)."""
    from ember.context import make_context
    from ember.registry import build_pipeline
    from ember.textual import verify_module

    ctx = make_context()
    for p in build_pipeline(spec).passes:
        start = time.perf_counter()
        p.apply(ctx, module)
        times.add(p.name, time.perf_counter() - start)
    if verify:
        start = time.perf_counter()
        verify_module(module, after_pass=spec)
        times.add("verify", time.perf_counter() - start)


def compile_llvm_module(module: ModuleOp, times: CompileTimes) -> Any:
    """llvm-stage module -> a JitModule (translate, O3, machine code), each step timed."""
    from ember.runtime.codegen import optimize, translate_module
    from ember.runtime.jit import JitModule

    start = time.perf_counter()
    translation = translate_module(module, bind_large_globals=True)
    text = str(translation.module)
    times.add("translate", time.perf_counter() - start)
    start = time.perf_counter()
    optimized = optimize(text, translation.target)
    times.add("llvm-O3", time.perf_counter() - start)
    start = time.perf_counter()
    jit = JitModule(optimized, translation.bound_globals, translation.target)
    times.add("llvm-codegen", time.perf_counter() - start)
    return jit


def compile_model(
    model: Any,
    input_shapes: dict[str, tuple[int, ...]] | None = None,
    *,
    entry: str = "main",
    target: TargetSpec = None,
    threads: int | None = None,
) -> Executable:
    """ONNX path/bytes/ModelProto, graph-stage ModuleOp, or .mlir text/path -> Executable.

    ``target`` (a name, a dict of overrides, JSON text or a Target) replaces the module's own
    target; without it a module keeps the target it names, and anything else targets the host.
    ``threads`` (default: ``EMBER_NUM_THREADS``, else the CPUs this process may use) becomes the
    target's ``cores``: parallel loops run on up to that many threads; 1 emits serial code."""
    from ember.runtime.jit import check_runnable
    from ember.target import resolve_target, resolve_threads, set_target, target_of

    times = CompileTimes()
    count = resolve_threads(threads)
    chosen = resolve_target(target) if target is not None else None
    if chosen is not None:
        check_runnable(chosen)
    module, output_names = _read_model(model, input_shapes, times)
    set_target(module, (chosen or target_of(module)).with_overrides(cores=count))
    inputs, outputs, is_tensor_stage = entry_signature(module, entry, output_names)
    lower_module(module, _pipeline_spec(is_tensor_stage), times)
    jit = compile_llvm_module(module, times)
    return Executable(jit, entry, inputs, outputs, times)


def load_executable(path: str) -> Executable:
    """Load an exported executable (AOT; not implemented yet)."""
    raise UnsupportedError(f"cannot load '{path}': AOT export/load is not implemented yet")
