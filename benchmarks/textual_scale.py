"""Seconds to parse, verify (ember's structural checks and xDSL's op verifiers, separately),
print, and run ``graph-optimize`` on straight-line graph functions of growing size, and the
cost per op, so that super-linear growth shows as a rising per-op column. Issue 15's targets:
a 50,000-op function round-trips in 5 s and ``graph-optimize`` on it takes 10 s.

Then the same two measured the way a user runs them, end to end (a fresh ``ember-opt`` process
each, start-up included): ``ember-opt big.mlir -o out.mlir`` (parse, verify, print) and
``ember-opt -p graph-optimize big.mlir -o out.mlir`` (which also verifies after every pass that
changed the module), wall-clock and CPU seconds, with the load average beside them (another
job on the machine makes both longer).

    python benchmarks/textual_scale.py                   # 1,000 / 5,000 / 20,000 ops
    python benchmarks/textual_scale.py --ops 50000 --no-optimize
    python benchmarks/textual_scale.py --ops 50000 --end-to-end-only
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def straight_line(n: int) -> str:
    """``n`` chained graph ops (relu / add / mul in turn) on a small tensor."""
    lines = ["func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {"]
    previous = "%a"
    for i in range(n):
        t = "(tensor<4xf32>) -> tensor<4xf32>" if i % 3 == 0 else "(tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>"
        operands = previous if i % 3 == 0 else f"{previous}, %a"
        op = ("graph.relu", "graph.add", "graph.mul")[i % 3]
        lines.append(f"  %v{i} = {op} {operands} : {t}")
        previous = f"%v{i}"
    lines.append(f"  func.return {previous} : tensor<4xf32>\n}}")
    return "\n".join(lines) + "\n"


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def _xdsl_verify(module: Any) -> None:
    """xDSL's op verifiers as ``textual.verify_module`` runs them (each graph op signature once)."""
    from ember.dialects.graph.base import verified_signatures

    with verified_signatures():
        module.verify()


def measure(n: int, optimize: bool) -> dict[str, float]:
    from ember.context import make_context
    from ember.registry import build_pipeline
    from ember.textual import parse_module, print_module
    from ember.verifier import find_structural_error

    ctx = make_context()
    text = straight_line(n)
    times: dict[str, float] = {}
    times["parse"], (module, _) = _timed(lambda: parse_module(ctx, text, "<bench>"))
    times["ember-verify"], _ = _timed(lambda: find_structural_error(module))
    times["xdsl-verify"], _ = _timed(lambda: _xdsl_verify(module))
    times["print"], _ = _timed(lambda: print_module(module))
    if optimize:
        times["graph-optimize"], _ = _timed(lambda: build_pipeline("graph-optimize").apply(ctx, module))
    return times


def _ember_opt() -> list[str]:
    """The ``ember-opt`` command (the console script, else the module run by this Python)."""
    found = shutil.which("ember-opt")
    return [found] if found is not None else [sys.executable, "-m", "ember.tools.ember_opt"]


def end_to_end(n: int, arguments: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one ``ember-opt`` process on an ``n``-op function."""
    with tempfile.TemporaryDirectory() as scratch:
        source, output = Path(scratch) / "big.mlir", Path(scratch) / "out.mlir"
        source.write_text(straight_line(n))
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([*_ember_opt(), str(source), *arguments, "-o", str(output)], check=True)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def report_end_to_end(n: int, optimize: bool) -> None:
    runs = [("ember-opt (round trip)", [])]
    if optimize:
        runs.append(("ember-opt -p graph-optimize", ["-p", "graph-optimize"]))
    for label, arguments in runs:
        load = os.getloadavg()[0]
        wall, cpu = end_to_end(n, arguments)
        print(f"{n:>7} ops  {label:28} {wall:6.2f} s wall  {cpu:6.2f} s CPU  (load average {load:.1f})", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--ops", default="1000,5000,20000", help="comma-separated op counts")
    parser.add_argument("--no-optimize", action="store_true", help="skip graph-optimize")
    parser.add_argument("--end-to-end-only", action="store_true", help="only the ember-opt processes")
    parser.add_argument("--no-end-to-end", action="store_true", help="skip the ember-opt processes")
    args = parser.parse_args()
    counts = [int(x) for x in args.ops.split(",")]
    for n in counts if not args.end_to_end_only else []:
        times = measure(n, not args.no_optimize)
        cells = "  ".join(f"{k} {v:7.2f}s ({1e6 * v / n:6.0f} us/op)" for k, v in times.items())
        print(f"{n:>7} ops  {cells}", flush=True)
    for n in counts if not args.no_end_to_end else []:
        report_end_to_end(n, not args.no_optimize)


if __name__ == "__main__":
    main()
