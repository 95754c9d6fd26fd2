"""``ember-run``: execute a model's entry function on inputs from ``.npy`` files.

    ember-run model.onnx|in.mlir [--entry main] [--input NAME=x.npy | x.npy ...]
              [--input-shape NAME=AxB...] [--dynamic-dim NAME=MIN:MAX] [--output out.npz] [--reference] [--no-cache]

``--reference`` runs the IR as it stands with the graph-stage reference interpreter
(`ember.runtime.reference`), so an import is checkable before any lowering; without it the model
is compiled with ``ember.compile`` and the native code runs; a file compiled before (same
bytes, shapes and target) loads from the on-disk compile cache (``docs/driver.md``) unless
``--no-cache``. Results are summarised on stdout and, with ``--output``, saved to an ``.npz``
keyed by output name: the graph's output names for an ``.onnx`` model and for a ``.mlir`` that
declares them (``ember.output_names``, as ``ember-import`` writes), else ``result0``, ...
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from xdsl.dialects.builtin import ModuleOp

from ember.diagnostics import EmberError, RuntimeCallError
from ember.tools.cli import run_tool
from ember.tools.ember_import import dynamic_dims, input_shapes


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ember-run", description="Run a model on .npy inputs.")
    parser.add_argument("model", help="an .onnx model or an .mlir file")
    parser.add_argument("--entry", default="main", help="function to run (default: main)")
    parser.add_argument("--input", action="append", default=[], metavar="NAME=FILE.npy",
                        help="an input array; by name, or positional without NAME= (repeatable)")  # fmt: skip
    parser.add_argument("--input-shape", action="append", default=[], metavar="NAME=AxB...",
                        help="pin dynamic input dims of an ONNX model")  # fmt: skip
    parser.add_argument("--dynamic-dim", action="append", default=[], metavar="NAME=MIN:MAX",
                        help="declare the range of a symbolic dim of an ONNX model, e.g. seq=1:512")  # fmt: skip
    parser.add_argument("--output", help="save the results to this .npz file")
    parser.add_argument("--reference", action="store_true",
                        help="run with the graph-stage reference interpreter (no code generation)")  # fmt: skip
    parser.add_argument("--no-cache", action="store_true",
                        help="compile afresh: neither read nor write the on-disk compile cache")  # fmt: skip
    parser.add_argument("--quiet", action="store_true", help="no progress bar while compiling")
    parser.add_argument("--debug", action="store_true", help="print Python tracebacks on errors")
    return parser


def load_module(
    path: str, shapes: dict[str, tuple[int, ...]], ranges: dict[str, tuple[int, int | None]] | None = None
) -> tuple[ModuleOp, list[str] | None, list[str] | None]:
    """The module and, for ONNX models, the graph's input and output names."""
    if path.endswith(".onnx"):
        from ember.frontend.onnx import import_onnx
        from ember.frontend.onnx.load import io_names

        inputs, outputs = io_names(path)
        return import_onnx(path, input_shapes=shapes, dynamic_dims=ranges), inputs, outputs
    from ember.context import make_context
    from ember.textual import parse_module, verify_module

    try:
        text = Path(path).read_text()
    except OSError as error:
        raise EmberError(f"cannot read '{path}': {error.strerror or error}") from error
    module, sources = parse_module(make_context(), text, path)
    verify_module(module, sources)
    return module, None, None


def arg_names(module: ModuleOp, entry: str) -> list[str]:
    from ember.runtime.reference import find_entry

    fn = find_entry(module, entry)
    args = list(fn.body.block.args)
    outputs = fn.attributes.get("ember.num_outputs")  # memref/loop stage: trailing output buffers
    if "ember.arena_bytes" in fn.attributes:  # planned by plan-memory: the arena comes last
        args = args[:-1]
    if outputs is not None:
        args = args[: len(args) - int(outputs.value.data)]  # type: ignore[attr-defined]
    return [a.name_hint or f"arg{i}" for i, a in enumerate(args)]


def result_names(module: ModuleOp, entry: str) -> list[str]:
    """The names the entry function declares for its results (``ember.output_names``, written
    by the ONNX importer: a ``.mlir`` of a model names its results as the ``.onnx`` does), else
    ``result0``, ``result1``, ..."""
    from ember.runtime.executable import declared_output_names
    from ember.runtime.reference import find_entry

    fn = find_entry(module, entry)
    declared = declared_output_names(fn)
    if declared:
        return declared
    outputs = fn.attributes.get("ember.num_outputs")  # memref/loop stage: trailing output buffers
    count = int(outputs.value.data) if outputs is not None else len(fn.function_type.outputs.data)  # type: ignore[attr-defined]
    return [f"result{i}" for i in range(count)]


def gather_inputs(specs: Sequence[str], names: Sequence[str]) -> list[np.ndarray]:
    """Arrays in argument order from NAME=file.npy (or positional file.npy) specs."""
    by_name: dict[str, np.ndarray] = {}
    positional: list[np.ndarray] = []
    for spec in specs:
        name, sep, file = spec.partition("=")
        array = _load_npy(file if sep else spec)
        if sep:
            if name not in names:
                raise RuntimeCallError(f"--input {name}: no such input (inputs: {', '.join(names)})")
            by_name[name] = array
        else:
            positional.append(array)
    values: list[np.ndarray] = []
    for name in names:
        if name in by_name:
            values.append(by_name[name])
        elif positional:
            values.append(positional.pop(0))
        else:
            raise RuntimeCallError(f"missing input '{name}' (give --input {name}=FILE.npy)")
    if positional:
        raise RuntimeCallError(f"{len(positional)} more input(s) given than the function takes")
    return values


def _load_npy(path: str) -> np.ndarray:
    try:
        return np.load(path, allow_pickle=False)
    except (OSError, ValueError) as error:
        raise EmberError(f"cannot load input '{path}': {error}") from error


def run_reference(args: argparse.Namespace, shapes: dict[str, tuple[int, ...]]) -> tuple[list[np.ndarray], list[str]]:
    """Any stage: graph ops by their numpy semantics, lowered IR by the stage interpreter."""
    from ember.runtime.interpret import run_stage

    module, onnx_inputs, onnx_outputs = load_module(args.model, shapes, dynamic_dims(args.dynamic_dim))
    names = onnx_inputs or arg_names(module, args.entry)
    results = run_stage(module, gather_inputs(args.input, names), args.entry)
    return results, onnx_outputs or result_names(module, args.entry)


def run_compiled(args: argparse.Namespace, shapes: dict[str, tuple[int, ...]]) -> tuple[list[np.ndarray], list[str]]:
    """Compile the file with ``ember.compile`` (through the compile cache unless ``--no-cache``)
    and run the native code."""
    from ember.driver import compile_model

    if args.entry != "main":
        raise EmberError("--entry other than main is only supported with --reference")
    if args.model.endswith(".onnx"):
        from ember.frontend.onnx.load import io_names

        names, out_names = io_names(args.model)
    else:
        module, _, _ = load_module(args.model, shapes, dynamic_dims(args.dynamic_dim))
        names, out_names = arg_names(module, args.entry), result_names(module, args.entry)
    exe = compile_model(args.model, shapes or None, cache=not args.no_cache, progress=False if args.quiet else None,
                        dynamic_dims=dynamic_dims(args.dynamic_dim))  # fmt: skip
    results = [np.asarray(r) for r in exe(*gather_inputs(args.input, names))]
    return results, out_names


def run_main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    shapes = input_shapes(args.input_shape)
    run = run_reference if args.reference else run_compiled
    results, out_names = run(args, shapes)
    for name, array in zip(out_names, results, strict=True):
        print(f"{name}: {summary(array)}")
    if args.output:
        np.savez(args.output, **dict(zip(out_names, results, strict=True)))
    return 0


def summary(array: np.ndarray) -> str:
    shape = "x".join(str(d) for d in array.shape) or "scalar"
    text = f"tensor<{shape}> {array.dtype}"
    if array.size and array.dtype != np.bool_ and np.issubdtype(array.dtype, np.number):
        flat = array.reshape(-1)
        text += f" min={flat.min():.6g} max={flat.max():.6g} mean={flat.mean(dtype=np.float64):.6g}"
    if array.size <= 16:
        text += f" {np.array2string(array.reshape(-1), precision=6, separator=', ')}"
    return text


def main(argv: list[str] | None = None) -> int:
    return run_tool(run_main, argv)


if __name__ == "__main__":
    sys.exit(main())
