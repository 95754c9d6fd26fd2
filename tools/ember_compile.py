"""``ember-compile``: compile a model ahead of time into a shared library (or no-heap object)
plus a C header, for the host or another target (``docs/deploy.md``).

    ember-compile model.onnx -o model.so [--target T] [--input-shape NAME=AxB...] [--threads N]
                  [--dynamic-dim NAME=MIN:MAX] [--weights-file] [--name PREFIX] [--tuning log.json]
                  [--schedule FILE]
    ember-compile kws.onnx -o kws.o --target thumbv7em-none-eabihf --no-heap

The library holds the machine code and the weights (or, with ``--weights-file``, the weights go
to ``<stem>.weights``) and depends on libc, libm and, with ``--threads`` above 1, libgomp; the
header ``<prefix>.h`` beside it declares its C interface. A dynamic dim the model leaves open and
``--input-shape`` does not pin stays a run-time size: the library's run function takes its value
(``--dynamic-dim`` declares its range). ``--no-heap`` writes a relocatable
object with one static arena and no heap, thread or libc use beyond memcpy/memset. A report of
code, weight and arena bytes is printed. Linking uses the target's C toolchain (the host's
``cc``, Debian's cross GCC for other targets); a missing one is a one-line error naming the
package.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ember.diagnostics import EmberError
from ember.tools.cli import run_tool
from ember.tools.ember_import import dynamic_dims, input_shapes


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ember-compile", description=__doc__.splitlines()[0])
    parser.add_argument("model", help="an .onnx model or an .mlir file (graph, memref or loop stage)")
    parser.add_argument("-o", "--output", required=True,
                        help="the shared library (model.so) or, with --no-heap, the object file (model.o)")  # fmt: skip
    parser.add_argument("--target", default=None, metavar="T",
                        help="host (default), a preset (aarch64-linux-gnu, riscv64-linux-gnu, "
                             "thumbv7em-none-eabihf, ...) or a JSON object of overrides")  # fmt: skip
    parser.add_argument("--input-shape", action="append", default=[], metavar="NAME=AxB...",
                        help="pin dynamic input dims of an ONNX model (repeatable)")  # fmt: skip
    parser.add_argument("--dynamic-dim", action="append", default=[], metavar="NAME=MIN:MAX",
                        help="the range of a dynamic dim left to run time, e.g. batch=1:64 (repeatable; MAX may be empty)")  # fmt: skip
    parser.add_argument("--threads", type=int, default=1, metavar="N",
                        help="threads of the parallel loops, baked into the code (default 1: no OpenMP runtime)")  # fmt: skip
    parser.add_argument("--weights-file", action="store_true",
                        help="write the weights to <stem>.weights instead of embedding them")  # fmt: skip
    parser.add_argument("--no-heap", action="store_true",
                        help="an object file with one static arena: no malloc/free, no threads (microcontrollers)")  # fmt: skip
    parser.add_argument("--name", default=None, metavar="PREFIX",
                        help="C prefix of the library's functions and header (default: the output's stem)")  # fmt: skip
    parser.add_argument("--tuning", default=None, metavar="LOG.json",
                        help="a tuning log written by ember-tune: its best schedules for the target are used")  # fmt: skip
    parser.add_argument("--schedule", default=None, metavar="FILE",
                        help="a schedule script (docs/schedules.md) applied to the memref stage before the kernels")  # fmt: skip
    parser.add_argument("--debug", action="store_true", help="print Python tracebacks on errors")
    return parser


def _check_options(args: argparse.Namespace) -> None:
    if not Path(args.model).is_file():
        raise EmberError(f"cannot read '{args.model}': no such file")
    if args.tuning is not None and not Path(args.tuning).is_file():
        raise EmberError(f"cannot read the tuning log '{args.tuning}': no such file")
    if args.no_heap and args.weights_file:
        raise EmberError("--weights-file and --no-heap exclude each other (a no-heap object keeps its weights)")


def _main(argv: list[str]) -> int:
    from ember.driver import compile_library

    args = build_parser().parse_args(argv)
    _check_options(args)
    report = compile_library(
        args.model, args.output, target=args.target, threads=args.threads, input_shapes=input_shapes(args.input_shape),
        no_heap=args.no_heap, weights_file=args.weights_file, name=args.name, tuning=args.tuning,
        schedule=args.schedule, dynamic_dims=dynamic_dims(args.dynamic_dim),
    )  # fmt: skip
    print("\n".join(report.lines()))
    return 0


def main() -> None:
    sys.exit(run_tool(_main))


if __name__ == "__main__":
    main()
