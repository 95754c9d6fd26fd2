"""How much of a whole call the per-operator profiler accounts for, on the light models.

For each model (seeded random weights): a profiling build (``ember.compile(profile=True)``),
``exe.profile(repeat=N)``, and the sum of the per-unit medians against the median whole call
(input checks, output allocation and the ctypes call included) -- the issue asks for 90 % or
more. Also the cost of the marks: the median call of the profiling build against an ordinary
build's, timed interleaved.

    python benchmarks/profile_coverage.py [models...] [--repeat 20] [--threads 1]
"""

from __future__ import annotations

import argparse
import sys

import onnx

import ember
from ember.frontend.onnx.light_models import (
    LIGHT_MODELS,
    backend_inputs,
    light_model_path,
    with_random_weights,
)
from ember.target import host_target
from ember.tools.measure import interleaved_times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", nargs="*", default=list(LIGHT_MODELS))
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args(argv)
    print(f"cpu {host_target().cpu}, {args.threads} thread(s), {args.repeat} calls")
    print("| model | units | whole call ms | sum of units ms | coverage | plain build ms | marks' cost |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name in args.models:
        print(row(name, args), flush=True)
    return 0


def row(name: str, args: argparse.Namespace) -> str:
    model = with_random_weights(onnx.load(light_model_path(name)))
    inputs = backend_inputs(model)
    profiled = ember.compile(model, threads=args.threads, profile=True, progress=False)
    plain = ember.compile(model, threads=args.threads, progress=False)
    profile = profiled.profile(*inputs, repeat=args.repeat)
    times = interleaved_times({"plain": lambda: plain(*inputs), "profiled": lambda: profiled(*inputs)}, args.repeat)
    cost = times["profiled"].median / times["plain"].median - 1
    return (f"| {name} | {len(profile.layout.units)} | {profile.call_seconds * 1e3:.2f} | "
            f"{profile.kernel_seconds * 1e3:.2f} | {profile.coverage * 100:.1f} % | "
            f"{times['plain'].median * 1e3:.2f} | {cost * 100:+.1f} % |")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
