"""One dynamic build against static builds: what compiling once for every size costs at run time.

For an ONNX model whose inputs have symbolic dims: one ``ember.compile`` of the dynamic model,
one per size with ``input_shapes`` pinning that size (the static fast path), and for each size
the latency of both (best of interleaved rounds in one process), their ratio, and the largest
difference between their outputs. Inputs are random (float inputs normal, integer inputs in
``[0, --vocab)``; an input named ``*mask*`` is all ones).

    python benchmarks/dynamic.py model.onnx --sizes batch=1 batch=8
    python benchmarks/dynamic.py bert.onnx --sizes batch=1,seq=16 batch=4,seq=64 --dynamic-dims seq=1:512

State the CPU with the numbers (``llvmlite.binding.get_host_cpu_name()``); it is printed first.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import numpy as np


def parse_sizes(text: str) -> dict[str, int]:
    """``batch=1,seq=16`` -> {"batch": 1, "seq": 16}."""
    return {k: int(v) for k, v in (item.split("=") for item in text.split(",") if item)}


def parse_ranges(items: list[str]) -> dict[str, tuple[int, int | None]]:
    """``seq=1:512`` -> {"seq": (1, 512)}."""
    ranges: dict[str, tuple[int, int | None]] = {}
    for item in items:
        name, bounds = item.split("=")
        low, _, high = bounds.partition(":")
        ranges[name] = (int(low), int(high) if high else None)
    return ranges


def feeds_for(exe: object, sizes: dict[str, int], vocab: int, rng: np.random.Generator) -> dict[str, np.ndarray]:
    """Random inputs of the executable's inputs at ``sizes``."""
    from ember.symbolic import concrete_under

    feeds = {}
    for spec in exe.inputs:  # type: ignore[attr-defined]
        shape = tuple(concrete_under(d, sizes) for d in spec.shape)
        if "mask" in spec.name:
            feeds[spec.name] = np.ones(shape, spec.dtype)
        elif np.issubdtype(spec.dtype, np.floating):
            feeds[spec.name] = rng.standard_normal(shape).astype(spec.dtype)
        else:
            feeds[spec.name] = rng.integers(0, vocab, shape).astype(spec.dtype)
    return feeds


def best_ms(call: Callable[[], object], repeat: int) -> float:
    call()
    start = time.perf_counter()
    for _ in range(repeat):
        call()
    return (time.perf_counter() - start) / repeat * 1e3


def interleaved(first: Callable[..., object], second: Callable[..., object], arrays: list[np.ndarray],
                rounds: int, repeat: int) -> tuple[float, float]:  # fmt: skip
    """Best milliseconds per call of each, measured in alternating rounds."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(rounds):
        times[0].append(best_ms(lambda: first(*arrays), repeat))
        times[1].append(best_ms(lambda: second(*arrays), repeat))
    return min(times[0]), min(times[1])


def main(argv: list[str] | None = None) -> int:
    import llvmlite.binding as llvm

    import ember

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", help="an ONNX model with symbolic dims")
    parser.add_argument("--sizes", nargs="+", required=True, help="symbol values per run, e.g. batch=1,seq=16")
    parser.add_argument("--dynamic-dims", nargs="*", default=[], help="declared ranges, e.g. seq=1:512")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds (the best is kept)")
    parser.add_argument("--repeat", type=int, default=5, help="calls per round")
    parser.add_argument("--vocab", type=int, default=100, help="integer inputs are drawn from [0, vocab)")
    args = parser.parse_args(argv)

    print(f"CPU {llvm.get_host_cpu_name()}, {args.threads} thread(s)")
    rng = np.random.default_rng(0)
    start = time.perf_counter()
    dynamic = ember.compile(args.model, threads=args.threads, cache=False, dynamic_dims=parse_ranges(args.dynamic_dims) or None)
    print(f"dynamic build: {time.perf_counter() - start:.1f} s  {dynamic}")
    print(f"{'sizes':24} {'static compile s':>16} {'dynamic ms':>11} {'static ms':>10} {'ratio':>6} {'max diff':>9}")
    for text in args.sizes:
        sizes = parse_sizes(text)
        feeds = feeds_for(dynamic, sizes, args.vocab, rng)
        pins = {name: array.shape for name, array in feeds.items()}
        start = time.perf_counter()
        static = ember.compile(args.model, pins, threads=args.threads, cache=False)
        seconds = time.perf_counter() - start
        arrays = list(feeds.values())
        diff = max(float(np.max(np.abs(a - b))) for a, b in zip(dynamic(*arrays), static(*arrays), strict=True))
        dyn, sta = interleaved(dynamic, static, arrays, args.rounds, args.repeat)
        print(f"{text:24} {seconds:16.1f} {dyn:11.2f} {sta:10.2f} {dyn / sta:6.2f} {diff:9.2g}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
