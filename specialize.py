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

Where it sits: between the driver (level 5, which builds one and hands it the function that
compiles a bound model) and the frontend and runtime below; it imports neither the driver nor
the tools. ``docs/dynamic-shapes.md`` says which ops take this route and what it costs.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
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

Key = tuple[tuple[str, str, tuple[int, ...], bytes], ...]


class SpecializingExecutable:
    """A model whose shape operands are graph inputs: ``exe(*arrays)`` like an
    :class:`~ember.runtime.executable.Executable`, compiling one static executable per distinct
    value of the inputs in :attr:`bound_inputs` (at most ``size`` kept, least recently used
    evicted). ``compile_count`` counts the compiles made, ``specializations`` lists the keys
    held, most recent last."""

    def __init__(
        self, proto: Any, inputs: Sequence[TensorSpec], output_names: Sequence[str],
        bound: Sequence[str], compile_bound: CompileBound, input_shapes: dict[str, tuple[int, ...]],
        size: int = DEFAULT_SPECIALIZATIONS,
    ) -> None:  # fmt: skip
        if size < 1:
            raise UnsupportedError(f"specializations must be at least 1, got {size}")
        self._proto = proto
        self.inputs = tuple(inputs)
        self._output_names = list(output_names)
        self._order = {s.name: i for i, s in enumerate(self.inputs)}
        self.bound_inputs: tuple[str, ...] = self._in_order(bound)
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
        return [{name: np.frombuffer(data, dtype).reshape(shape).tolist() for name, dtype, shape, data in key}
                for key in self._cache]  # fmt: skip

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
        checked = [_check(i, spec, a) for i, (spec, a) in enumerate(zip(self.inputs, arrays, strict=True))]
        values = dict(zip(self.input_names, checked, strict=True))
        exe, bound = self.specialization(values)
        self.last = exe
        return exe(*[values[n] for n in self.input_names if n not in bound])

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

    def _key(self, values: dict[str, np.ndarray]) -> Key:
        return tuple((n, values[n].dtype.str, values[n].shape, values[n].tobytes()) for n in self.bound_inputs)

    def _compile(self, values: dict[str, np.ndarray]) -> Executable:
        from ember.frontend.onnx.bind import bind_inputs

        bound = bind_inputs(self._proto, {n: values[n] for n in self.bound_inputs})
        shapes = {n: s for n, s in self._input_shapes.items() if n not in self.bound_inputs}
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
        raise UnsupportedError(
            f"cannot export: the model's shapes depend on the values of input(s) "
            f"{', '.join(repr(n) for n in self.bound_inputs)}, so it has no single static library; "
            "make them initializers or constants in the model (or bind one value with "
            "ember.frontend.onnx.bind.bind_inputs) and compile again"
        )

    def profile(self, *arrays: Any, repeat: int = 10, warmup: int = 1) -> Any:
        """Profile the specialisation these inputs select (compile with ``profile=True``)."""
        values = dict(zip(self.input_names, (np.asarray(a) for a in arrays), strict=False))
        exe, bound = self.specialization(values)
        rest = [values[n] for n in self.input_names if n not in bound]
        return exe.profile(*rest, repeat=repeat, warmup=warmup)


def _check(index: int, spec: TensorSpec, value: Any) -> np.ndarray:
    array = value if isinstance(value, np.ndarray) else np.asarray(value)
    if array.dtype != spec.dtype or tuple(array.shape) != spec.shape:
        raise RuntimeCallError(
            f"input '{spec.name}' (#{index}): expected {spec.describe()}, "
            f"got shape {tuple(array.shape)} {array.dtype}"
        )
    return np.asarray(array, order="C")  # (np.ascontiguousarray makes 0-d arrays 1-d)


def specializing(
    model: Any, error: ShapeOperandError, input_shapes: dict[str, tuple[int, ...]] | None,
    compile_bound: CompileBound, size: int = DEFAULT_SPECIALIZATIONS,
) -> SpecializingExecutable:
    """The specialising executable of an ONNX ``model`` whose import stopped at ``error``."""
    from ember.frontend.onnx.bind import input_signature, output_names, read_model

    proto = read_model(model)
    specs = [TensorSpec(n, s, d) for n, s, d in input_signature(proto, input_shapes)]
    return SpecializingExecutable(
        proto, specs, output_names(proto), error.inputs, compile_bound, dict(input_shapes or {}), size
    )
