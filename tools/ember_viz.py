"""``ember-viz``: draw a model's graph stage with Graphviz.

    ember-viz model.onnx|model.mlir [-p PASS[,PASS...]] [-o graph.svg|.png|.pdf|.dot]
              [--input-shape NAME=AxB...] [--profile] [--repeat N] [--quiet]

The model is imported (or parsed), the passes of ``-p`` run on it (``-p graph-optimize,graph-fuse``
shows what the compiler lowers, fusion groups included), and the graph stage is drawn
(``ember.tools.graph_dot``): ops with their ONNX node names and result shapes, weights elided to
their shapes, fusion groups as clusters. ``--profile`` compiles a profiling build, runs it on
seeded random inputs and fills every node by its share of the call. ``-o`` picks the format by
its suffix (``.dot``/``.gv``: the Graphviz source, which needs no ``dot`` program); without it
the source goes to stdout. Needs the ``graphviz`` Python package (``pip install 'ember[viz]'``)
and, to render, Graphviz's ``dot`` (Debian: ``apt-get install graphviz``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ember.diagnostics import EmberError
from ember.tools.cli import run_tool

SOURCE_SUFFIXES = (".dot", ".gv")
RENDERED_SUFFIXES = (".svg", ".png", ".pdf")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ember-viz", description="Draw a model's graph stage with Graphviz.")
    parser.add_argument("model", help="an .onnx model or a graph-stage .mlir file")
    parser.add_argument("-p", "--passes", default="", metavar="PASS[,PASS...]",
                        help="graph passes to run first, e.g. graph-optimize,graph-fuse")  # fmt: skip
    parser.add_argument("-o", "--output", help="graph.svg / .png / .pdf (rendered) or .dot / .gv (source); default: source to stdout")
    parser.add_argument("--input-shape", action="append", default=[], metavar="NAME=AxB...",
                        help="pin dynamic input dims of an ONNX model")  # fmt: skip
    parser.add_argument("--profile", action="store_true", help="colour each node by its profiled share of a call")
    parser.add_argument("--repeat", type=int, default=10, help="with --profile: profiled calls (default 10)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar while compiling for --profile")
    parser.add_argument("--debug", action="store_true", help="print Python tracebacks on errors")
    return parser


def read_graph(path: str, shapes: dict[str, tuple[int, ...]], passes: str) -> Any:
    """The graph-stage module of ``path`` after ``passes``."""
    from ember.driver import lower_module
    from ember.runtime.executable import CompileTimes
    from ember.tools.ember_run import load_module

    module, _, _ = load_module(path, shapes)
    if passes:
        lower_module(module, passes, CompileTimes())
    return module


def profiled_timings(args: argparse.Namespace, shapes: dict[str, tuple[int, ...]]) -> Any:
    from ember.driver import compile_model
    from ember.tools.graph_dot import unit_timings
    from ember.tools.measure import random_inputs

    exe = compile_model(args.model, shapes or None, profile=True, progress=False if args.quiet else None)
    inputs = random_inputs([(s.name, s.shape, s.dtype) for s in exe.inputs])
    return unit_timings(exe.profile(*inputs, repeat=args.repeat))


def graphviz_module() -> Any:
    try:
        import graphviz
    except ImportError:
        raise EmberError("ember-viz needs the graphviz Python package: pip install 'ember[viz]' (or pip install graphviz)") from None
    return graphviz


def write(dot: Any, output: str | None) -> None:
    """The picture to ``output`` (rendered by suffix) or its source to stdout."""
    if output is None:
        sys.stdout.write(dot.source)
        return
    suffix = Path(output).suffix.lower()
    if suffix in SOURCE_SUFFIXES:
        Path(output).write_text(dot.source)
        return
    if suffix not in RENDERED_SUFFIXES:
        raise EmberError(f"-o {output}: unknown format '{suffix}' (use {', '.join(RENDERED_SUFFIXES + SOURCE_SUFFIXES)})")
    graphviz = graphviz_module()
    try:
        Path(output).write_bytes(dot.pipe(format=suffix[1:]))
    except graphviz.ExecutableNotFound:
        raise EmberError(
            "Graphviz's 'dot' program is not installed (Debian: apt-get install graphviz); "
            "or write the source with -o graph.dot"
        ) from None


def viz_main(argv: list[str]) -> int:
    from ember.tools.ember_import import input_shapes
    from ember.tools.graph_dot import GraphPicture

    args = build_parser().parse_args(argv)
    graphviz_module()
    shapes = input_shapes(args.input_shape)
    module = read_graph(args.model, shapes, args.passes)
    timings = profiled_timings(args, shapes) if args.profile else None
    write(GraphPicture(timings).add_module(module), args.output)
    return 0


def main(argv: list[str] | None = None) -> int:
    return run_tool(viz_main, argv)


if __name__ == "__main__":
    sys.exit(main())
