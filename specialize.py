"""Specialisation on shape operands: one static compile per distinct value of the graph inputs
that decide shapes.

ONNX lets the operands that decide output shapes (a Reshape's shape, a Slice's starts, the axes
of a reduction, Resize's scales, TopK's k, ...) be graph inputs; ember compiles static shapes.
When the import of an ONNX model stops at such an operand, its error
(:class:`~ember.diagnostics.ShapeOperandError`) names the graph inputs it is computed from, and
``ember.compile`` returns a :class:`SpecializingExecutable` instead of failing::

    call(*arrays) --check every input (shape, dtype: one line naming the input)
                  --key = (name, dtype, shape, bytes) of each bound input
                  --LRU hit?  yes: the static Executable compiled for that key
                              no:  bind those inputs as initializers (frontend.onnx.bind),
                                   compile through the driver (cache, target, threads, tuning),
                                   and if the import asks for one more input, bind it too, retry
                  --run the static Executable on the remaining inputs

Sequence and optional graph inputs specialise the same way, on their structure instead of their
value: the length of the list passed and each element's dtype and shape (an optional: present or
``None``). The compile flattens them (``frontend.onnx.bind.flatten_inputs``: one tensor input per
element), the call passes their elements, and sequence / optional outputs come back as lists and
``None`` (each such output is returned flattened after its element count,
``frontend.onnx.structured``).

Where it sits: between the driver (level 5, which builds one and hands it the function that
compiles a bound model) and the frontend and runtime below; it imports neither the driver nor
the tools. ``docs/dynamic-shapes.md`` says which ops take this route and what it costs.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ember.diagnostics import RuntimeCallError, ShapeOperandError, UnsupportedError
from ember.runtime.executable import (
    CompileTimes,
    Executable,
    TensorSpec,
    check_input_count,
    feeds_in_order,
)

DEFAULT_SPECIALIZATIONS = 8
"""How many specialisations a :class:`SpecializingExecutable` keeps (least recently used go)."""

CompileBound = Callable[[Any, dict[str, tuple[int, ...]]], Executable]
"""(ONNX model with some inputs bound, input_shapes of the rest) -> a static Executable."""

Key = tuple[tuple[Any, ...], ...]

FLATTENED_MARK = "#"
"""In a compiled function's result names, what marks a count result: ``<output>#`` before a
sequence / optional output's elements, ``<output>#<axis>`` before a data-dependent-size buffer
(``frontend.onnx.structured.COUNT_SUFFIX``; kept here so a cache hit imports no frontend)."""


@dataclass(frozen=True)
class StructuredSpec:
    """A sequence or optional graph input: ``kind`` "sequence" or "optional", ``element``
    "tensor" or "sequence" (an optional's content), ``dtype`` the tensors' dtype."""

    name: str
    kind: str
    element: str
    dtype: np.dtype

    def describe(self) -> str:
        held = f"{self.dtype} tensors" if self.kind == "sequence" or self.element == "sequence" else f"a {self.dtype} tensor"
        if self.kind == "sequence":
            return f"a sequence (list) of {held}"
        return f"an optional holding {'a list of ' + held if self.element == 'sequence' else held} (or None)"

    def check(self, index: int, value: Any) -> Any:
        """``value`` as the call passes it on (arrays, a list of arrays or None), or one line."""
        listed = self.kind == "sequence" or self.element == "sequence"
        if value is None and self.kind == "optional":
            return None
        if listed and isinstance(value, list | tuple) and all(isinstance(a, np.ndarray) and a.dtype == self.dtype for a in value):
            return [np.asarray(a, order="C") for a in value]
        if not listed and isinstance(value, np.ndarray) and value.dtype == self.dtype:
            return np.asarray(value, order="C")
        raise RuntimeCallError(f"input '{self.name}' (#{index}): expected {self.describe()}, got {_what(value)}")


def _what(value: Any) -> str:
    if isinstance(value, list | tuple):
        return f"a list of {len(value)}" + (f" ({', '.join(sorted({_what(v) for v in value}))})" if value else "")
    if isinstance(value, np.ndarray):
        return f"a {value.dtype} array of shape {value.shape}"
    return "None" if value is None else type(value).__name__


Spec = TensorSpec | StructuredSpec


class SpecializingExecutable:
    """A model whose shape operands are graph inputs: ``exe(*arrays)`` like an
    :class:`~ember.runtime.executable.Executable`, compiling one static executable per distinct
    value of the inputs in :attr:`bound_inputs` (at most ``size`` kept, least recently used
    evicted). ``compile_count`` counts the compiles made, ``specializations`` lists the keys
    held, most recent last."""

    def __init__(
        self, proto: Any, inputs: Sequence[Spec], output_names: Sequence[str],
        bound: Sequence[str], compile_bound: CompileBound, input_shapes: dict[str, tuple[int, ...]],
        size: int = DEFAULT_SPECIALIZATIONS, output_kinds: Sequence[tuple[str, str] | None] = (),
    ) -> None:  # fmt: skip
        if size < 1:
            raise UnsupportedError(f"specializations must be at least 1, got {size}")
        self._proto = proto
        self.inputs = tuple(inputs)
        self._output_names = list(output_names)
        self._order = {s.name: i for i, s in enumerate(self.inputs)}
        self.structured: tuple[str, ...] = tuple(s.name for s in self.inputs if isinstance(s, StructuredSpec))
        """The sequence / optional inputs (a specialisation per structure of their values)."""
        self.output_kinds = tuple(output_kinds) or (None,) * len(output_names)
        self.bound_inputs: tuple[str, ...] = self._in_order([n for n in bound if n not in self.structured])
        """The graph inputs whose values select a specialisation (grows if a compile asks)."""
        self._compile_bound = compile_bound
        self._input_shapes = dict(input_shapes)
        self.size = size
        self.compile_count = 0
        self.last: Executable | None = None
        """The static executable of the most recent call (its ``compile_times``, ``memory_plan``)."""
        self._cache: OrderedDict[Key, tuple[Executable, tuple[str, ...]]] = OrderedDict()
        self._lock = threading.Lock()

    def _in_order(self, names: Sequence[str]) -> tuple[str, ...]:
        return tuple(sorted(set(names), key=lambda n: self._order.get(n, len(self._order))))

    @property
    def input_names(self) -> list[str]:
        return [s.name for s in self.inputs]

    @property
    def output_names(self) -> list[str]:
        return list(self._output_names)

    @property
    def compile_times(self) -> CompileTimes:
        """The compile steps of the latest call's specialisation (empty before the first call)."""
        return self.last.compile_times if self.last is not None else CompileTimes()

    @property
    def specializations(self) -> list[dict[str, list[Any]]]:
        """The values of the cached specialisations (bound input -> value as a list), least
        recently used first."""
        return [{entry[0]: np.frombuffer(entry[3], entry[1]).reshape(entry[2]).tolist() if entry[0] in self.bound_inputs
                 else list(entry[1:]) for entry in key} for key in self._cache]  # fmt: skip

    def __repr__(self) -> str:
        ins = ", ".join(f"{s.name}: {s.describe()}" for s in self.inputs)
        held = "; ".join(", ".join(f"{n}={v}" for n, v in spec.items()) for spec in self.specializations)
        return (
            f"<ember.SpecializingExecutable ({ins}) -> ({', '.join(self._output_names)}), "
            f"specialised on {', '.join(self.bound_inputs)}: {self.compile_count} compile(s), "
            f"{len(self._cache)}/{self.size} held [{held}]>"
        )

    # ---- calling ---------------------------------------------------------------------------------

    def __call__(self, *arrays: Any) -> list[np.ndarray]:
        if len(arrays) == 1 and isinstance(arrays[0], dict):
            return self.run(arrays[0])
        check_input_count(arrays, self.input_names)
        checked = [spec.check(i, a) if isinstance(spec, StructuredSpec) else _check(i, spec, a)
                   for i, (spec, a) in enumerate(zip(self.inputs, arrays, strict=True))]  # fmt: skip
        values = dict(zip(self.input_names, checked, strict=True))
        exe, bound = self.specialization(values)
        self.last = exe
        return regroup(self._output_names, self.output_kinds, exe.output_names, exe(*self._arguments(values, bound)))

    def _arguments(self, values: dict[str, Any], bound: tuple[str, ...]) -> list[np.ndarray]:
        """The static executable's arguments: the unbound tensors, each sequence / optional
        input's elements in its place."""
        from ember.frontend.onnx.bind import flat_arrays

        args: list[np.ndarray] = []
        for name in self.input_names:
            if name in self.structured:
                args.extend(flat_arrays(values[name]))
            elif name not in bound:
                args.append(values[name])
        return args

    def run(self, feeds: dict[str, Any]) -> list[np.ndarray]:
        """Call with inputs by name (like onnxruntime's ``run``)."""
        return self(*feeds_in_order(self.input_names, feeds))

    def specialization(self, values: dict[str, np.ndarray]) -> tuple[Executable, tuple[str, ...]]:
        """The static Executable for these input values (compiled on a miss) and the inputs it
        has bound (the others are its arguments, in order)."""
        with self._lock:
            while True:
                key = self._key(values)
                hit = self._cache.get(key)
                if hit is not None:
                    self._cache.move_to_end(key)
                    return hit
                try:
                    exe = self._compile(values)
                except ShapeOperandError as error:
                    self._grow(error)
                    continue
                self._cache[key] = (exe, self.bound_inputs)
                if len(self._cache) > self.size:
                    self._cache.popitem(last=False)
                return exe, self.bound_inputs

    def seed(self, exe: Executable) -> None:
        """Hold ``exe`` as the specialisation of a model that binds nothing (compiled already)."""
        if not self.bound_inputs and not self.structured:
            self._cache[()] = (exe, ())
            self.last = exe

    def _key(self, values: dict[str, Any]) -> Key:
        from ember.frontend.onnx.bind import structure_key

        bound = tuple((n, values[n].dtype.str, values[n].shape, values[n].tobytes()) for n in self.bound_inputs)
        return bound + tuple((n, *structure_key(values[n])) for n in self.structured) + tuple(
            (n, "shape", values[n].shape) for n in self._pinned())

    def _pinned(self) -> list[str]:
        """With sequence / optional inputs, the tensor inputs with run-time dims, whose shapes
        each compile pins (a sequence's elements have the static shapes of the values passed,
        and ops mixing them with a run-time dim need it static too)."""
        if not self.structured:
            return []
        return [s.name for s in self.inputs if isinstance(s, TensorSpec) and s.dynamic and s.name not in self.bound_inputs]

    def _compile(self, values: dict[str, Any]) -> Executable:
        from ember.frontend.onnx.bind import bind_inputs, flatten_inputs

        bound = bind_inputs(self._proto, {n: values[n] for n in self.bound_inputs})
        bound = flatten_inputs(bound, {n: values[n] for n in self.structured})
        shapes = {n: s for n, s in self._input_shapes.items() if n not in self.bound_inputs}
        shapes.update({n: tuple(values[n].shape) for n in self._pinned()})
        exe = self._compile_bound(bound, shapes)
        self.compile_count += 1
        return exe

    def _grow(self, error: ShapeOperandError) -> None:
        """A compile with the known inputs bound asked for more: bind those too (else re-raise)."""
        new = [n for n in error.inputs if n not in self.bound_inputs and n in self._order]
        if not new:
            raise error
        self.bound_inputs = self._in_order([*self.bound_inputs, *new])

    # ---- what a specialising executable cannot do ------------------------------------------------

    def export(self, path: str, **_: Any) -> Any:
        if not self.bound_inputs:
            raise UnsupportedError(
                "cannot export: the model has sequence or optional inputs or outputs, or outputs whose size "
                "depends on the data (NonZero), which ember compiles per call-time structure; it has no single static library"
            )
        raise UnsupportedError(
            f"cannot export: the model's shapes depend on the values of input(s) "
            f"{', '.join(repr(n) for n in self.bound_inputs)}, so it has no single static library; "
            "make them initializers or constants in the model (or bind one value with "
            "ember.frontend.onnx.bind.bind_inputs) and compile again"
        )

    def profile(self, *arrays: Any, repeat: int = 10, warmup: int = 1) -> Any:
        """Profile the specialisation these inputs select (compile with ``profile=True``)."""
        values = dict(zip(self.input_names, (a if n in self.structured else np.asarray(a) for n, a in zip(self.input_names, arrays, strict=False)), strict=False))
        exe, bound = self.specialization(values)
        return exe.profile(*self._arguments(values, bound), repeat=repeat, warmup=warmup)


def regroup(outputs: Sequence[str], kinds: Sequence[tuple[str, str] | None], names: Sequence[str], results: list[Any]) -> list[Any]:
    """A static executable's results (named ``names``) as the model's ``outputs`` (of ``kinds``,
    ``frontend.onnx.bind.output_kinds``). A sequence / optional output came as its element count
    (``<name>#``), then its elements: it becomes a list, its tensor or None. An output whose size
    depends on the data came as its count (``<name>#<axis>``), then a buffer: it becomes the
    buffer's first ``count`` along axis."""
    if list(names) == list(outputs):
        return results
    grouped: list[Any] = []
    at = 0
    for name, kind in zip(outputs, kinds, strict=True):
        if names[at] == name:
            grouped.append(results[at])
            at += 1
            continue
        count = int(np.asarray(results[at]).reshape(-1)[0])
        if names[at] != name + FLATTENED_MARK:  # (bounded: '<name>#<axis>', then the buffer)
            axis = int(names[at][len(name) + 1 :])
            grouped.append(np.asarray(results[at + 1])[(slice(None),) * axis + (slice(0, count),)].copy())
            at += 2
            continue
        elements = list(results[at + 1 : at + 1 + max(count, 0)])
        at += 1 + max(count, 0)
        grouped.append(None if count < 0 else elements[0] if kind == ("optional", "tensor") else elements)
    return grouped


def _check(index: int, spec: TensorSpec, value: Any) -> np.ndarray:
    if value is None or isinstance(value, list | tuple):
        raise RuntimeCallError(f"input '{spec.name}' (#{index}): expected {spec.describe()}, got {_what(value)}")
    array = value if isinstance(value, np.ndarray) else np.asarray(value)
    fits = array.ndim == len(spec.shape) and all(not isinstance(d, int) or d == n for d, n in zip(spec.shape, array.shape, strict=False))
    if array.dtype != spec.dtype or not fits:  # (run-time dims: the static executable checks them)
        raise RuntimeCallError(
            f"input '{spec.name}' (#{index}): expected {spec.describe()}, "
            f"got shape {tuple(array.shape)} {array.dtype}"
        )
    return np.asarray(array, order="C")  # (np.ascontiguousarray makes 0-d arrays 1-d)


def specializing(
    model: Any, error: ShapeOperandError | None, input_shapes: dict[str, tuple[int, ...]] | None,
    compile_bound: CompileBound, size: int = DEFAULT_SPECIALIZATIONS,
) -> SpecializingExecutable:
    """The specialising executable of an ONNX ``model`` whose import stopped at ``error`` (None:
    the model has sequence / optional outputs only, and binds nothing)."""
    from ember.frontend.onnx.bind import (
        input_signature,
        output_kinds,
        output_names,
        read_model,
        structured_inputs,
    )

    proto = read_model(model)
    tensors = {n: TensorSpec(n, s, d) for n, s, d in input_signature(proto, input_shapes)}
    structured = {n: StructuredSpec(n, *kind) for n, kind in structured_inputs(proto).items()}
    initializers = {t.name for t in proto.graph.initializer}
    specs = [tensors.get(i.name) or structured[i.name] for i in proto.graph.input if i.name not in initializers]
    bound = error.inputs if error is not None else ()
    return SpecializingExecutable(
        proto, specs, output_names(proto), bound, compile_bound, dict(input_shapes or {}), size, output_kinds(proto)
    )
