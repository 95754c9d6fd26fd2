"""``ember-import``: ONNX model -> graph-dialect IR text, so the frontend is FileCheck-able.

    ember-import model.onnx [-o model.mlir] [--input-shape NAME=1x3x224x224 ...] [--dynamic-dim NAME=MIN:MAX ...]
                 [--elide-large-constants] [--weights-as-params] [--no-locations]

Large weights print as ``dense_resource`` blobs in the file's resource section (the output
re-parses with ``ember-opt``); ``--elide-large-constants`` prints them as
``dense_resource<__elided__>`` instead, for reading. ONNX node names are printed as op
locations (``loc("conv1")``) unless ``--no-locations``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from xdsl.dialects.builtin import DenseResourceAttr, ModuleOp, StringAttr

from ember.diagnostics import EmberError
from ember.tools.cli import run_tool

ELIDE_MIN_ELEMENTS = 16
ELIDED_KEY = "__elided__"


def parse_input_shape(text: str) -> tuple[str, tuple[int, ...]]:
    """``NAME=1x3x224x224`` -> ("NAME", (1, 3, 224, 224)); ``NAME=`` is a scalar."""
    name, sep, dims = text.rpartition("=")
    if not sep or not name:
        raise EmberError(f"--input-shape '{text}' must look like NAME=1x3x224x224")
    try:
        shape = tuple(int(d) for d in dims.split("x")) if dims.strip() else ()
    except ValueError as error:
        raise EmberError(f"--input-shape '{text}': dims must be integers separated by 'x'") from error
    return name, shape


def input_shapes(specs: list[str]) -> dict[str, tuple[int, ...]]:
    return dict(parse_input_shape(s) for s in specs)


def dynamic_dims(specs: list[str]) -> dict[str, tuple[int, int | None]] | None:
    """``--dynamic-dim seq=1:512`` (repeatable) -> {"seq": (1, 512)}; ``seq=1:`` is unbounded."""
    ranges: dict[str, tuple[int, int | None]] = {}
    for text in specs:
        name, sep, bounds = text.partition("=")
        low, colon, high = bounds.partition(":")
        try:
            ranges[name] = (int(low), int(high) if high.strip() else None)
        except ValueError:
            colon = ""
        if not sep or not name or not colon:
            raise EmberError(f"--dynamic-dim '{text}' must look like NAME=MIN:MAX (e.g. seq=1:512; MAX may be empty)")
    return ranges or None


def elide_large_constants(module: ModuleOp, min_elements: int = ELIDE_MIN_ELEMENTS) -> None:
    """Replace the value of every constant with more than ``min_elements`` by an elided blob."""
    from ember.dialects import graph

    for op in module.walk():
        if isinstance(op, graph.ConstantOp):
            ttype = op.result.type
            count = 1
            for d in graph.shape_of(ttype):
                count *= d
            if count > min_elements:
                op.properties["value"] = DenseResourceAttr(StringAttr(ELIDED_KEY), ttype)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ember-import", description="Import an ONNX model as graph-dialect IR.")
    parser.add_argument("model", help="the .onnx file")
    parser.add_argument("-o", "--output", help="write the IR here instead of stdout")
    parser.add_argument("--input-shape", action="append", default=[], metavar="NAME=AxBx...",
                        help="pin the shape of a graph input with dynamic dims (repeatable)")  # fmt: skip
    parser.add_argument("--dynamic-dim", action="append", default=[], metavar="NAME=MIN:MAX",
                        help="declare the range of a symbolic dim, e.g. seq=1:512 (repeatable)")  # fmt: skip
    parser.add_argument("--elide-large-constants", action="store_true",
                        help="print large constants as dense_resource<__elided__> (output does not run)")  # fmt: skip
    parser.add_argument("--weights-as-params", action="store_true",
                        help="make initializers trailing function arguments instead of constants")  # fmt: skip
    parser.add_argument("--no-locations", action="store_true", help="do not print loc(...) of ops")
    parser.add_argument("--generic", action="store_true", help="print the generic op form")
    parser.add_argument("--debug", action="store_true", help="print Python tracebacks on errors")
    return parser


def import_main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    from ember.context import make_context
    from ember.frontend.onnx import import_onnx
    from ember.textual import print_module

    module = import_onnx(args.model, input_shapes=input_shapes(args.input_shape), weights_as_params=args.weights_as_params,
                         dynamic_dims=dynamic_dims(args.dynamic_dim))  # fmt: skip
    if args.elide_large_constants:
        elide_large_constants(module)
    text = print_module(module, generic=args.generic, debuginfo=not args.no_locations, ctx=make_context())
    if args.output:
        Path(args.output).write_text(text)
    else:
        sys.stdout.write(text)
    return 0


def main(argv: list[str] | None = None) -> int:
    return run_tool(import_main, argv)


if __name__ == "__main__":
    sys.exit(main())
