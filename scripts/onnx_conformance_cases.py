"""Running ONNX's own node test cases (``onnx.backend.test.case.node``) through ember.

Not part of the installed package: a test harness that drives the frontend and the runtime
from above (the layers below it must not import each other), shared by
``scripts/onnx_conformance.py`` and ``tests/frontend/test_onnx_conformance.py`` (which load it by
path). `run_case` imports one case's model, runs it with the graph-stage reference interpreter
(or any runner, e.g. ``ember.compile``) and compares with the case's expected
outputs the way onnx's backend runner does (same dtype and shape, ``rtol``/``atol`` of the case).
Two modes. Call time (`run_case_call_time`, what onnx's backend runner does and what the docs
report): the model is prepared once as it is and every graph input is passed as data to each
call; operands that decide shapes (a Reshape's shape, a Slice's starts, ...) then take
``ember.compile``'s specialising route (``docs/dynamic-shapes.md``). Binding (`run_case`):
inputs that ember needs static are bound as constants when the first import asks for them (non-float
inputs first) and the import is retried. ``scripts/onnx_conformance.py`` runs every case in an isolated worker;
``tests/frontend/test_onnx_conformance.py`` runs one passing case per op type.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import onnx
from onnx import numpy_helper

from ember.diagnostics import EmberError, ShapeOperandError, UnsupportedError

PASSED, FAILED, UNSUPPORTED = "passed", "failed", "unsupported"


@dataclass(frozen=True)
class CaseResult:
    name: str
    op_type: str
    status: str
    message: str = ""


def collect_cases() -> dict[str, Any]:
    """Every node test case of the installed onnx, by name."""
    from onnx.backend.test.case.node import collect_testcases

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return {case.name: case for case in collect_testcases()}


def case_op_type(case: Any, cases: dict[str, Any] | None = None) -> str:
    """The op a case tests: its single node's type; for a function's ``_expanded`` body, the
    op of the unexpanded sibling case."""
    nodes = case.model.graph.node
    if len(nodes) == 1:
        return nodes[0].op_type
    base = case.name.split("_expanded")[0]
    sibling = (cases or {}).get(base)
    if sibling is not None and len(sibling.model.graph.node) == 1:
        return sibling.model.graph.node[0].op_type
    return "(multi-node) " + base.removeprefix("test_")


def _as_array(value: Any) -> np.ndarray | None:
    if isinstance(value, onnx.TensorProto):
        return numpy_helper.to_array(value)
    if isinstance(value, np.ndarray):
        return value
    if isinstance(value, np.generic):
        return np.asarray(value)
    return None


def bind_inputs_as_constants(model: onnx.ModelProto, values: dict[str, np.ndarray], keep_float: bool = True) -> onnx.ModelProto:
    """A copy of ``model`` whose (non-float) inputs are initializers holding ``values``."""
    bound = onnx.ModelProto.FromString(model.SerializeToString())
    bound.ir_version = max(bound.ir_version, 4)
    kept = []
    for info in bound.graph.input:
        array = values.get(info.name)
        if array is not None and not (keep_float and np.issubdtype(array.dtype, np.floating)):
            bound.graph.initializer.append(numpy_helper.from_array(array, info.name))
        else:
            kept.append(info)
    del bound.graph.input[:]
    bound.graph.input.extend(kept)
    return bound


Runner = Callable[[Any, Sequence[np.ndarray]], list[np.ndarray]]


def reference_runner(module: Any, inputs: Sequence[np.ndarray]) -> list[np.ndarray]:
    from ember.runtime.reference import run_reference

    return run_reference(module, list(inputs))


Prepared = Callable[[Sequence[np.ndarray]], list[np.ndarray]]
Preparer = Callable[[onnx.ModelProto], Prepared]
"""Call-time mode: model -> a function of all its graph inputs (``ember.compile``)."""


def reference_preparer(model: onnx.ModelProto) -> Prepared:
    """Import as it is and run with the graph-stage reference interpreter; when the import
    needs the values of graph inputs (`ShapeOperandError`), each call binds them and imports
    again (what ``ember.compile``'s specialising route does, without the cache); sequence and
    optional inputs are flattened per call and outputs regrouped, as that route does."""
    from ember.frontend.onnx import import_onnx
    from ember.frontend.onnx.bind import (
        bind_inputs,
        flat_arrays,
        flatten_inputs,
        output_kinds,
        structured_inputs,
    )
    from ember.runtime.executable import declared_output_names, find_entry
    from ember.specialize import regroup

    names = [i.name for i in model.graph.input]
    structured = set(structured_inputs(model))
    outputs, kinds = [o.name for o in model.graph.output], output_kinds(model)

    def run(module: Any, args: Sequence[Any]) -> list[Any]:
        flat = declared_output_names(find_entry(module, "main")) or outputs
        return regroup(outputs, kinds, flat, reference_runner(module, args))

    try:
        module = import_onnx(model)
    except ShapeOperandError as error:
        needed = set(error.inputs) - structured
    else:
        return lambda inputs: run(module, inputs)

    def call(inputs: Sequence[Any]) -> list[Any]:
        values = dict(zip(names, inputs, strict=True))
        while True:
            try:
                bound = bind_inputs(model, {n: values[n] for n in needed})
                bound = import_onnx(flatten_inputs(bound, {n: values[n] for n in structured}))
            except ShapeOperandError as error:
                if set(error.inputs) <= needed | structured:
                    raise
                needed.update(set(error.inputs) - structured)
                continue
            args = [a for n in names if n not in needed for a in (flat_arrays(values[n]) if n in structured else [values[n]])]
            return run(bound, args)

    return call


def run_case(case: Any, runner: Runner = reference_runner, cases: dict[str, Any] | None = None) -> CaseResult:
    """Import (binding static inputs), run and compare one node test case; never raises for
    ember errors."""
    return _outcome(case, cases, lambda: _run(case, runner))


def run_case_call_time(case: Any, prepare: Preparer = reference_preparer, cases: dict[str, Any] | None = None) -> CaseResult:
    """Prepare the model once as it is, then call it with every data set's inputs, all of them
    as data (onnx's backend runner's way); never raises for ember errors."""
    return _outcome(case, cases, lambda: _run_call_time(case, prepare))


def _outcome(case: Any, cases: dict[str, Any] | None, body: Callable[[], str]) -> CaseResult:
    op_type = case_op_type(case, cases)
    try:
        message = body()
    except UnsupportedError as error:
        return CaseResult(case.name, op_type, UNSUPPORTED, _first_line(error))
    except EmberError as error:
        text = _first_line(error)
        status = UNSUPPORTED if _looks_unsupported(text) else FAILED
        return CaseResult(case.name, op_type, status, text)
    except AssertionError as error:
        return CaseResult(case.name, op_type, FAILED, _first_line(error))
    except Exception as error:  # an ember bug: counted, not fatal
        return CaseResult(case.name, op_type, FAILED, f"{type(error).__name__}: {_first_line(error)}")
    return CaseResult(case.name, op_type, PASSED if not message else FAILED, message)


def _looks_unsupported(text: str) -> bool:
    return any(k in text for k in ("not supported", "ember supports", "does not support", "must be a constant"))


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0][:300] if text else type(error).__name__


def _run(case: Any, runner: Runner) -> str:
    model = case.model
    names = [i.name for i in model.graph.input]
    for inputs, expected in case.data_sets:
        arrays = [_as_array(v) for v in inputs]
        wanted = [_as_array(v) for v in expected]
        if any(a is None for a in arrays) or any(w is None for w in wanted):
            raise UnsupportedError("sequence, map or optional inputs/outputs are not supported")
        values = dict(zip(names, arrays, strict=False))
        module, feed = _import_binding_static_inputs(model, names, values)
        outputs = runner(module, feed)  # type: ignore[arg-type]
        message = compare(outputs, wanted, case.rtol, case.atol)  # type: ignore[arg-type]
        if message:
            return message
    return ""


def _as_value(value: Any) -> Any:
    """A case's input or expected output: an array, a list of arrays (a sequence) or None (an
    absent optional); maps (and anything else) are not supported."""
    if value is None:
        return None
    if isinstance(value, list):
        items = [_as_array(v) for v in value]
        if any(i is None for i in items):
            raise UnsupportedError("sequences of maps or sequences are not supported")
        return items
    array = _as_array(value)
    if array is None:
        raise UnsupportedError(f"{type(value).__name__} inputs/outputs are not supported")
    return array


def _data_sets(case: Any) -> list[tuple[list[Any], list[Any]]]:
    """Each data set's inputs and expected outputs (arrays, lists of arrays for sequences, None
    for absent optionals)."""
    return [([_as_value(v) for v in inputs], [_as_value(v) for v in expected]) for inputs, expected in case.data_sets]


def as_output(value: Any) -> Any:
    """An executable's output for `compare`: arrays as numpy arrays, lists (sequences) element
    by element, None (an absent optional) as it is."""
    if value is None:
        return None
    if isinstance(value, list):
        return [np.asarray(v) for v in value]
    return np.asarray(value)


def _run_call_time(case: Any, prepare: Preparer) -> str:
    data = _data_sets(case)
    call = prepare(case.model)
    for arrays, wanted in data:
        message = compare(call(arrays), wanted, case.rtol, case.atol)
        if message:
            return message
    return ""


def _import_binding_static_inputs(model: onnx.ModelProto, names: list[str], values: dict[str, Any]) -> tuple[Any, list[np.ndarray]]:
    """Import with every input as an argument; if ember needs some statically, retry with the
    non-float inputs bound as constants, then all inputs but the first, then all."""
    from ember.frontend.onnx import import_onnx

    attempts: list[set[str]] = [
        set(),
        {n for n in names if not np.issubdtype(values[n].dtype, np.floating)},
        set(names[1:]),
        set(names),
    ]

    def attempt(bound_names: set[str]) -> tuple[Any, list[np.ndarray]]:
        bound = bind_inputs_as_constants(model, {n: values[n] for n in bound_names}, keep_float=False)
        return import_onnx(bound), [values[n] for n in names if n not in bound_names]

    for bound_names in attempts[:-1]:
        try:
            return attempt(bound_names)
        except EmberError as error:
            if "must be a constant" not in str(error):
                raise
    return attempt(attempts[-1])


def compare(outputs: Sequence[Any], expected: Sequence[Any], rtol: float, atol: float) -> str:
    """'' when outputs match (dtype, shape, values within tolerance), else what differs.
    A sequence output is a list compared element by element; an absent optional is None."""
    if len(outputs) != len(expected):
        return f"{len(outputs)} outputs, expected {len(expected)}"
    for index, (out, ref) in enumerate(zip(outputs, expected, strict=True)):
        if isinstance(ref, list) or ref is None or isinstance(out, list) or out is None:
            message = _compare_structured(out, ref, rtol, atol)
            if message:
                return f"output #{index}: {message}"
            continue
        if out.dtype != ref.dtype:
            return f"output #{index}: dtype {out.dtype}, expected {ref.dtype}"
        if out.shape != ref.shape:
            return f"output #{index}: shape {out.shape}, expected {ref.shape}"
        numeric = np.issubdtype(ref.dtype, np.number) or ref.dtype.type.__module__.startswith("ml_dtypes")  # bfloat16, float8, int4, ...
        if ref.dtype == np.bool_ or not numeric:
            ok = np.array_equal(out, ref)
        else:
            ok = np.allclose(out.astype(np.float64), ref.astype(np.float64), rtol=_rtol_for(ref, rtol), atol=atol, equal_nan=True)
        if not ok:
            diff = np.abs(out.astype(np.float64) - ref.astype(np.float64))
            return f"output #{index}: values differ (max abs diff {np.nanmax(diff) if diff.size else 0:.3g})"
    return ""


BFLOAT16_RTOL = 2.0**-6
"""Least relative tolerance for bfloat16 outputs: two bfloat16 ULPs, as onnx's backend runner
(``onnx.backend.test.runner.Runner.assert_similar_outputs``) compares them."""


def _rtol_for(ref: np.ndarray, rtol: float) -> float:
    """The case's ``rtol``, raised to :data:`BFLOAT16_RTOL` for bfloat16 outputs."""
    return max(rtol, BFLOAT16_RTOL) if ref.dtype.name == "bfloat16" else rtol


def _compare_structured(out: Any, ref: Any, rtol: float, atol: float) -> str:
    if ref is None or out is None:
        return "" if ref is None and out is None else f"{'None' if out is None else type(out).__name__}, expected {'None' if ref is None else type(ref).__name__}"
    if not isinstance(ref, list) or not isinstance(out, list):
        return f"{type(out).__name__}, expected {type(ref).__name__}"
    if len(out) != len(ref):
        return f"a sequence of {len(out)} tensors, expected {len(ref)}"
    message = compare(out, ref, rtol, atol)
    return f"sequence element {message}" if message else ""
