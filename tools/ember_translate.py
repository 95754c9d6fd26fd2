"""``ember-translate``: translate llvm-dialect MLIR to LLVM IR text (like ``mlir-translate``).

    ember-translate in.mlir --mlir-to-llvmir [--target T] [-O3] [--emit llvm|asm|obj] [-o out]

The input must be at the llvm stage (``ember-opt -p lower-to-llvm`` or ``loops-to-llvm``).
Initializers of globals are spelled out as byte strings, so the output is self-contained and
accepted by ``llc``/``lli``. The triple, CPU, features and data layout come from the module's
target (``dlti.target_system_spec``, the host when it names none) or ``--target``; ``-O3`` runs
LLVM's optimisation pipeline for it first; ``--emit asm|obj`` writes its assembly or an object
file (cross-compilation: any preset LLVM has a backend for).
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
                        help="optimise with LLVM's O3 pipeline for the target")  # fmt: skip
    parser.add_argument("--target", default=None, metavar="T",
                        help="target name (host, x86-64-v3, znver4, aarch64-linux-gnu, ...) or JSON "
                             "object of overrides; default: the module's target, else the host")  # fmt: skip
    parser.add_argument("--emit", choices=("llvm", "asm", "obj"), default="llvm",
                        help="LLVM IR text (default), assembly, or an object file (implies -O3)")  # fmt: skip
    parser.add_argument("--debug", action="store_true", help="print Python tracebacks on errors")
    return parser


def _main(argv: list[str]) -> int:
    from ember.context import make_context
    from ember.runtime.codegen import emit_assembly, emit_object, optimize, translate_module
    from ember.target import resolve_target, set_target
    from ember.textual import parse_module, verify_module

    args = build_parser().parse_args(argv)
    override = resolve_target(args.target) if args.target is not None else None
    name = "<stdin>" if args.input == "-" else args.input
    if args.input == "-":
        text = sys.stdin.read()
    else:
        with open(args.input, encoding="utf-8") as handle:
            text = handle.read()
    module, sources = parse_module(make_context(), text, name)
    verify_module(module, sources)
    if override is not None:
        set_target(module, override)
    translation = translate_module(module)
    llvm_ir = str(translation.module)
    if args.emit == "llvm" and not args.optimize:
        return _write(args.output, llvm_ir)
    optimized = optimize(llvm_ir, translation.target)
    if args.emit == "obj":
        return _write(args.output, emit_object(optimized, translation.target))
    if args.emit == "asm":
        return _write(args.output, emit_assembly(optimized, translation.target))
    return _write(args.output, str(optimized))


def _write(path: str, data: str | bytes) -> int:
    if path == "-":
        if isinstance(data, bytes):
            sys.stdout.buffer.write(data)
        else:
            sys.stdout.write(data)
        return 0
    with open(path, "wb" if isinstance(data, bytes) else "w") as handle:
        handle.write(data)
    return 0


def main() -> None:
    sys.exit(run_tool(_main))


if __name__ == "__main__":
    main()
