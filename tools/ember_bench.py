"""``ember-bench``: how fast one ONNX model compiles and runs, against onnxruntime on request.

    ember-bench model.onnx [--threads 1,2] [--compare onnxruntime] [--repeat N] [--warmup N]
                [--json out.json] [--stages] [--profile] [--trace trace.json] [--top N]
                [--input NAME=x.npy ...] [--input-shape NAME=AxB...] [--cache] [--quiet]

For each thread count: a fresh compile (its seconds; ``--stages`` splits them per pass and LLVM
step), then every configuration (ember, and onnxruntime with as many intra-op threads) timed
interleaved in this process (``ember.tools.measure``): median latency, the spread (p10..p90),
throughput; with ``--compare``, the ratio at each thread count and the largest difference of the
outputs relative to onnxruntime's largest magnitude. ``--profile`` compiles a profiling build at
the first thread count and prints its per-operator table (``exe.profile``); ``--trace`` writes
its Chrome trace. Inputs are seeded random arrays unless given with ``--input``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ember.diagnostics import EmberError
from ember.tools.cli import run_tool

COMPARE_CHOICES = ("onnxruntime",)



def build_parser() -> argparse.ArgumentParser:
    from ember.tools.measure import thread_counts

    parser = argparse.ArgumentParser(
        prog="ember-bench", description="Compile an ONNX model, time it (optionally against onnxruntime), profile it."
    )
    parser.add_argument("model", help="the .onnx file (or a graph-stage .mlir, without --compare)")
    parser.add_argument("--threads", type=thread_counts, default=[1], metavar="N[,N...]",
                        help="thread counts (ember threads= and onnxruntime intra-op threads), default 1")  # fmt: skip
    parser.add_argument("--compare", choices=COMPARE_CHOICES, help="also time this runtime and compare outputs")
    parser.add_argument("--repeat", type=int, default=20, help="timed calls per configuration (default 20)")
    parser.add_argument("--warmup", type=int, default=2, help="untimed calls first (default 2)")
    parser.add_argument("--json", metavar="OUT.json", help="write every number (and each sample) here")
    parser.add_argument("--stages", action="store_true", help="print the compile seconds per pass and LLVM step")
    parser.add_argument("--profile", action="store_true", help="per-operator profile (first thread count)")
    parser.add_argument("--trace", metavar="TRACE.json", help="with --profile: write a Chrome trace here")
    parser.add_argument("--top", type=int, default=20, help="with --profile: rows of the table (default 20)")
    parser.add_argument("--input", action="append", default=[], metavar="NAME=FILE.npy",
                        help="an input array (default: seeded random inputs)")  # fmt: skip
    parser.add_argument("--input-shape", action="append", default=[], metavar="NAME=AxB...",
                        help="pin dynamic input dims of the model")  # fmt: skip
    parser.add_argument("--cache", action="store_true",
                        help="allow the on-disk compile cache (compile times are then load times)")  # fmt: skip
    parser.add_argument("--quiet", action="store_true", help="no progress bars")
    parser.add_argument("--debug", action="store_true", help="print Python tracebacks on errors")
    return parser


@dataclass
class Bench:
    """Everything one run of ember-bench measured."""

    model: str
    cpu: str
    threads: list[int]
    inputs: list[tuple[str, tuple[int, ...], str]] = field(default_factory=list)
    compile_s: dict[int, float] = field(default_factory=dict)
    stages: dict[str, float] = field(default_factory=dict)
    latency: dict[str, Any] = field(default_factory=dict)  # "ember 1" -> Latency
    errors: dict[str, float] = field(default_factory=dict)  # output name -> relative error
    profile: Any = None

    def record(self, batch: int) -> dict[str, Any]:
        record: dict[str, Any] = {
            "model": self.model, "cpu": self.cpu, "threads": self.threads,
            "inputs": [{"name": n, "shape": list(s), "dtype": d} for n, s, d in self.inputs],
            "compile_s": {str(t): s for t, s in self.compile_s.items()}, "compile_stages_s": self.stages,
            "latency": {key: lat.record(batch) for key, lat in self.latency.items()},
            "max_relative_error": self.errors,
        }  # fmt: skip
        if self.profile is not None:
            record["profile"] = self.profile.to_record()
        return record


def check_compare(args: argparse.Namespace) -> None:
    """A one-line error when ``--compare onnxruntime`` cannot be honoured."""
    from ember.tools.measure import onnxruntime_available

    if args.compare == "onnxruntime" and not args.model.endswith(".onnx"):
        raise EmberError(f"--compare onnxruntime needs an .onnx model, got '{args.model}'")
    if args.compare == "onnxruntime" and not onnxruntime_available():
        raise EmberError("--compare onnxruntime: onnxruntime is not installed (pip install onnxruntime)")
    if args.trace and not args.profile:
        raise EmberError("--trace needs --profile")
    if args.repeat < 1:
        raise EmberError("--repeat must be at least 1")


def compile_all(args: argparse.Namespace, bench: Bench, shapes: dict[str, tuple[int, ...]]) -> dict[int, Any]:
    """One fresh compile per thread count (timed); the executables."""
    from ember.driver import compile_model

    executables = {}
    for threads in args.threads:
        start = time.perf_counter()
        exe = compile_model(args.model, shapes or None, threads=threads, cache=args.cache, progress=False if args.quiet else None)
        bench.compile_s[threads] = time.perf_counter() - start
        if threads == args.threads[0]:
            bench.stages = dict(exe.compile_times.steps)
        executables[threads] = exe
    return executables


def model_inputs(args: argparse.Namespace, exe: Any) -> list[np.ndarray]:
    from ember.tools.ember_run import gather_inputs
    from ember.tools.measure import random_inputs

    if args.input:
        return gather_inputs(args.input, exe.input_names)
    return random_inputs([(s.name, s.shape, s.dtype) for s in exe.inputs])


def timed_runs(args: argparse.Namespace, executables: dict[int, Any], inputs: list[np.ndarray], bench: Bench) -> dict[str, Callable[[], object]]:
    """The configurations to time; with ``--compare`` also onnxruntime's, and the agreement."""
    runs: dict[str, Callable[[], object]] = {}
    first = executables[args.threads[0]]
    for threads, exe in executables.items():
        runs[f"ember {threads}"] = lambda exe=exe: exe(*inputs)
    if args.compare != "onnxruntime":
        return runs
    from ember.tools.measure import ort_session, relative_error

    feeds = dict(zip(first.input_names, inputs, strict=True))
    for threads in args.threads:
        session = ort_session(args.model, threads)
        runs[f"onnxruntime {threads}"] = lambda s=session: s.run(None, feeds)
    expected = session.run(None, feeds)
    for spec, out, ref in zip(first.outputs, first(*inputs), expected, strict=True):
        bench.errors[spec.name] = relative_error(out, ref)
    return runs


def bench_main(argv: list[str]) -> int:
    from ember.target import host_target
    from ember.tools.ember_import import input_shapes
    from ember.tools.measure import interleaved_times

    args = build_parser().parse_args(argv)
    check_compare(args)
    bench = Bench(args.model, host_target().cpu, args.threads)
    executables = compile_all(args, bench, input_shapes(args.input_shape))
    first = executables[args.threads[0]]
    inputs = model_inputs(args, first)
    bench.inputs = [(s.name, s.shape, str(s.dtype)) for s in first.inputs]
    runs = timed_runs(args, executables, inputs, bench)
    bench.latency = interleaved_times(runs, args.repeat, args.warmup)
    if args.profile:
        bench.profile = profile(args, inputs, input_shapes(args.input_shape))
    print(report(bench, args))
    if args.json:
        batch = inputs[0].shape[0] if inputs and inputs[0].ndim else 1
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(bench.record(batch), handle, indent=1)
    return 0


def profile(args: argparse.Namespace, inputs: list[np.ndarray], shapes: dict[str, tuple[int, ...]]) -> Any:
    from ember.driver import compile_model

    exe = compile_model(args.model, shapes or None, threads=args.threads[0], profile=True, progress=False if args.quiet else None)
    result = exe.profile(*inputs, repeat=args.repeat, warmup=args.warmup)
    if args.trace:
        result.write_chrome_trace(args.trace)
    return result


def report(bench: Bench, args: argparse.Namespace) -> str:
    """The human-readable summary."""
    from ember.tools.measure import stage_groups

    shapes = ", ".join(f"{n} {'x'.join(map(str, s)) or 'scalar'} {d}" for n, s, d in bench.inputs)
    lines = [f"model: {bench.model} ({shapes})", f"cpu: {bench.cpu}"]
    for threads, seconds in bench.compile_s.items():
        lines.append(f"compile: {seconds:.2f} s at {threads} thread(s)")
    imported, passes, llvm = stage_groups(bench.stages)
    lines.append(f"  import {imported:.2f} s, ember passes {passes:.2f} s, LLVM {llvm:.2f} s")
    if args.stages:
        lines += [f"    {step:32} {secs:8.3f} s" for step, secs in bench.stages.items()]
    lines.append(f"latency, {args.repeat} calls each, interleaved (ms):")
    lines.append(f"  {'runtime':12} {'threads':>7} {'median':>9} {'p10':>9} {'p90':>9} {'spread':>7} {'calls/s':>9}")
    for key, lat in bench.latency.items():
        runtime, threads = key.rsplit(" ", 1)
        lines.append(
            f"  {runtime:12} {threads:>7} {lat.median * 1e3:9.3f} {lat.quantile(0.1) * 1e3:9.3f} "
            f"{lat.quantile(0.9) * 1e3:9.3f} {lat.spread * 100:6.1f}% {1 / lat.median:9.1f}"
        )
    lines += _comparison(bench)
    if bench.profile is not None:
        lines.append(f"profile at {bench.threads[0]} thread(s), {args.repeat} calls:")
        lines.append(bench.profile.table(limit=args.top))
    return "\n".join(lines)


def _comparison(bench: Bench) -> list[str]:
    lines = []
    for threads in bench.threads:
        ember, ort = bench.latency.get(f"ember {threads}"), bench.latency.get(f"onnxruntime {threads}")
        if ember is not None and ort is not None:
            lines.append(f"ember / onnxruntime at {threads} thread(s): {ember.median / ort.median:.2f}x")
    if bench.errors:
        worst = max(bench.errors.values())
        detail = ", ".join(f"{name} {err:.1e}" for name, err in bench.errors.items())
        verdict = "agree" if math.isfinite(worst) and worst < 1e-3 else "DIFFER"
        lines.append(f"outputs {verdict}: max |ember - onnxruntime| / max |onnxruntime| = {detail}")
    return lines


def main(argv: list[str] | None = None) -> int:
    return run_tool(bench_main, argv)


if __name__ == "__main__":
    sys.exit(main())
