"""``ember-translate``: translate llvm-dialect MLIR to LLVM IR text (like ``mlir-translate``).

    ember-translate in.mlir --mlir-to-llvmir [-o out.ll] [-O3]

The input must be at the llvm stage (``ember-opt -p lower-to-llvm`` or ``loops-to-llvm``).
Initializers of globals are spelled out as byte strings, so the output is self-contained and
accepted by ``llc``/``lli``; ``-O3`` runs LLVM's optimisation pipeline for the host CPU first.
"""

from __future__ import annotations

import argparse
import sys

from ember.tools.cli import run_tool


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ember-translate", description=__doc__.splitlines()[0])
    parser.add_argument("input", nargs="?", default="-", help="llvm-stage .mlir file (default: stdin)")
    parser.add_argument("--mlir-to-llvmir", action="store_true", required=True,
                        help="translate the llvm dialect to LLVM IR")  # fmt: skip
    parser.add_argument("-o", "--output", default="-", help="output file (default: stdout)")
    parser.add_argument("-O3", dest="optimize", action="store_true",
                        help="optimise with LLVM's O3 pipeline for the host CPU")  # fmt: skip
    parser.add_argument("--debug", action="store_true", help="print Python tracebacks on errors")
    return parser


def _main(argv: list[str]) -> int:
    from ember.context import make_context
    from ember.runtime.codegen import optimize, translate_module
    from ember.textual import parse_module, verify_module

    args = build_parser().parse_args(argv)
    name = "<stdin>" if args.input == "-" else args.input
    if args.input == "-":
        text = sys.stdin.read()
    else:
        with open(args.input, encoding="utf-8") as handle:
            text = handle.read()
    module, sources = parse_module(make_context(), text, name)
    verify_module(module, sources)
    llvm_ir = str(translate_module(module).module)
    if args.optimize:
        llvm_ir = str(optimize(llvm_ir))
    if args.output == "-":
        sys.stdout.write(llvm_ir)
    else:
        with open(args.output, "w", encoding="utf-8") as handle:
            handle.write(llvm_ir)
    return 0


def main() -> None:
    sys.exit(run_tool(_main))


if __name__ == "__main__":
    main()
