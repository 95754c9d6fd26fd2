"""ember vs onnxruntime on the light models shipped in the onnx wheel (and any .onnx you name).

For every model: compile seconds (with ember's per-stage breakdown on request), the median
latency of ember and of onnxruntime with the same number of threads, their ratio, and the
largest difference between the two outputs relative to the output's largest magnitude. Inputs are what onnx's backend test
runner feeds these models (``arange(n).reshape(shape) / n``); ``--random-weights`` replaces the
constant-fill weights by seeded random ones and adds the softmax input as an extra output, so the
error is measured on logits that are not flat.

    python benchmarks/compare.py                          # the nine light models
    python benchmarks/compare.py squeezenet resnet50 --stages
    python benchmarks/compare.py my_model.onnx --repeat 20
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import traceback
from dataclasses import dataclass

import numpy as np
import onnx

from ember.frontend.onnx.light_models import (
    LIGHT_MODELS,
    backend_inputs,
    light_model_path,
    with_random_weights,
)


@dataclass
class Row:
    name: str
    compile_s: float = float("nan")
    ember_ms: float = float("nan")
    ort_ms: float = float("nan")
    max_err: float = float("nan")
    note: str = ""
    stages: str = ""
    groups: tuple[float, float, float] = (float("nan"),) * 3


LLVM_STEPS = ("translate", "llvm-O3", "llvm-codegen")


def stage_groups(steps: dict[str, float]) -> tuple[float, float, float]:
    """(import, ember passes, LLVM translate+O3+codegen) seconds."""
    imported = steps.get("import", 0.0) + steps.get("parse", 0.0)
    llvm = sum(steps.get(s, 0.0) for s in LLVM_STEPS)
    return imported, sum(steps.values()) - imported - llvm, llvm


def relative_error(out: np.ndarray, ref: np.ndarray) -> float:
    """max |out - ref| / max |ref| (the error on the scale of the output)."""
    return float(np.max(np.abs(out - ref)) / max(float(np.max(np.abs(ref))), 1e-30))


def median_ms(fn, repeat: int) -> float:
    fn()  # warm up
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e3


def ort_session(model: onnx.ModelProto, threads: int):
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    return ort.InferenceSession(model.SerializeToString(), options, providers=["CPUExecutionProvider"])


def measure(name: str, args: argparse.Namespace) -> Row:
    import ember

    row = Row(os.path.basename(name).removesuffix(".onnx").removeprefix("light_"))
    model = onnx.load(light_model_path(name))
    if args.random_weights:
        model = with_random_weights(model)
    inputs = backend_inputs(model)
    session = ort_session(model, args.threads)
    feeds = dict(zip([i.name for i in session.get_inputs()], inputs, strict=True))
    expected = session.run(None, feeds)
    row.ort_ms = median_ms(lambda: session.run(None, feeds), args.repeat)
    try:
        start = time.perf_counter()
        exe = ember.compile(model)
        row.compile_s = time.perf_counter() - start
        row.stages = exe.compile_times.table()
        row.groups = stage_groups(exe.compile_times.steps)
        outputs = exe(*inputs)
        row.max_err = max(relative_error(o, e) for o, e in zip(outputs, expected, strict=True))
        row.ember_ms = median_ms(lambda: exe(*inputs), args.repeat)
    except Exception as error:  # report and go on with the next model
        row.note = f"{type(error).__name__}: {str(error).splitlines()[0][:120]}"
        if args.debug:
            traceback.print_exc()
    return row


def print_table(rows: list[Row], threads: int) -> None:
    print(f"\n| model | compile s (import / passes / LLVM) | ember ms | onnxruntime ms ({threads} thr) | ember/ort | max err / max abs | note |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for r in rows:
        ratio = r.ember_ms / r.ort_ms if r.ort_ms == r.ort_ms and r.ember_ms == r.ember_ms else float("nan")
        split = " / ".join(f"{g:.1f}" for g in r.groups)
        print(f"| {r.name} | {r.compile_s:.1f} ({split}) | {r.ember_ms:.1f} | {r.ort_ms:.2f} | {ratio:.1f}x | {r.max_err:.1e} | {r.note} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", nargs="*", default=list(LIGHT_MODELS), help="light model names or .onnx paths")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per model (median)")
    parser.add_argument("--threads", type=int, default=1, help="onnxruntime intra-op threads (ember: 1)")
    parser.add_argument("--random-weights", action="store_true", help="seeded random weights")
    parser.add_argument("--stages", action="store_true", help="print ember's per-stage compile times")
    parser.add_argument("--debug", action="store_true", help="print tracebacks of failures")
    args = parser.parse_args(argv)
    rows = []
    for name in args.models:
        row = measure(name, args)
        rows.append(row)
        print(f"{row.name}: compile {row.compile_s:.2f} s, ember {row.ember_ms:.2f} ms, "
              f"ort {row.ort_ms:.2f} ms, max err {row.max_err:.2e} {row.note}", file=sys.stderr, flush=True)  # fmt: skip
        if args.stages and row.stages:
            print(row.stages, file=sys.stderr)
    print_table(rows, args.threads)
    return 0


if __name__ == "__main__":
    sys.exit(main())
