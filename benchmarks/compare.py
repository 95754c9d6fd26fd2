"""ember vs onnxruntime on the light models shipped in the onnx wheel (and any .onnx you name).

For every model: compile seconds (with ember's per-stage breakdown on request), at each thread
count of ``--threads`` the median latency of ember (``ember.compile(threads=N)``) and of
onnxruntime (``intra_op_num_threads = N``) and their ratio, the speed-up of each from the first to
the last thread count, and the largest difference between the two outputs relative to the
output's largest magnitude. All configurations of a model are timed interleaved, round by round,
in one process, so load from elsewhere hits them alike. Inputs are what onnx's backend test
runner feeds these models (``arange(n).reshape(shape) / n``); ``--random-weights`` replaces the
constant-fill weights by seeded random ones and adds the softmax input as an extra output, so the
error is measured on logits that are not flat.

    python benchmarks/compare.py                          # the nine light models, 1 thread
    python benchmarks/compare.py resnet50 vgg19 densenet121 --threads 1,2 --random-weights
    python benchmarks/compare.py squeezenet resnet50 --stages
    python benchmarks/compare.py my_model.onnx other.onnx --repeat 20
    python benchmarks/compare.py squeezenet --tuning squeezenet.json   # + tuned ember columns

With ``--tuning LOG`` (a log written by ``ember-tune``) ember is also compiled with the log's
schedules and timed in the same rounds: the table adds the tuned latency, its ratio to
onnxruntime and the speed-up over the heuristic schedules.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field

import onnx

from ember.frontend.onnx.light_models import (
    LIGHT_MODELS,
    backend_inputs,
    light_model_path,
    with_random_weights,
)
from ember.tools.measure import (
    interleaved_median_ms,
    ort_session,
    relative_error,
    stage_groups,
    thread_counts,
)

NAN = float("nan")


@dataclass
class Row:
    name: str
    compile_s: float = NAN
    ember_ms: dict[int, float] = field(default_factory=dict)
    ort_ms: dict[int, float] = field(default_factory=dict)
    tuned_ms: dict[int, float] = field(default_factory=dict)
    max_err: float = NAN
    note: str = ""
    stages: str = ""
    groups: tuple[float, float, float] = (NAN,) * 3

    def ratio(self, threads: int) -> float:
        return self.ember_ms.get(threads, NAN) / self.ort_ms.get(threads, NAN)


def measure(name: str, args: argparse.Namespace) -> Row:
    import ember

    row = Row(os.path.basename(name).removesuffix(".onnx").removeprefix("light_"))
    model = onnx.load(light_model_path(name))
    if args.random_weights:
        model = with_random_weights(model)
    inputs = backend_inputs(model)
    sessions = {t: ort_session(model, t, spinning=not args.ort_no_spin) for t in args.threads}
    feeds = dict(zip([i.name for i in sessions[args.threads[0]].get_inputs()], inputs, strict=True))
    expected = sessions[args.threads[0]].run(None, feeds)
    runs: dict[str, Callable[[], object]] = {f"ort{t}": (lambda s=s: s.run(None, feeds)) for t, s in sessions.items()}
    try:
        for t in args.threads:
            start = time.perf_counter()
            exe = ember.compile(model, threads=t)
            if t == args.threads[0]:
                row.compile_s = time.perf_counter() - start
                row.stages = exe.compile_times.table()
                row.groups = stage_groups(exe.compile_times.steps)
            outputs = exe(*inputs)
            err = max(relative_error(o, e) for o, e in zip(outputs, expected, strict=True))
            row.max_err = err if row.max_err != row.max_err else max(row.max_err, err)
            runs[f"ember{t}"] = lambda exe=exe: exe(*inputs)
            if args.tuning:
                tuned = ember.compile(model, threads=t, tuning=args.tuning)
                err = max(relative_error(o, e) for o, e in zip(tuned(*inputs), expected, strict=True))
                row.max_err = max(row.max_err, err)
                runs[f"tuned{t}"] = lambda exe=tuned: exe(*inputs)
    except Exception as error:  # report and go on with the next model
        row.note = f"{type(error).__name__}: {str(error).splitlines()[0][:120]}"
        if args.debug:
            traceback.print_exc()
    medians = interleaved_median_ms(runs, args.repeat)
    row.ort_ms = {t: medians[f"ort{t}"] for t in args.threads}
    row.ember_ms = {t: medians[f"ember{t}"] for t in args.threads if f"ember{t}" in medians}
    row.tuned_ms = {t: medians[f"tuned{t}"] for t in args.threads if f"tuned{t}" in medians}
    return row


def tuned_cells(row: Row, threads: list[int]) -> str:
    """The tuned columns of a row: tuned ms, tuned/ort, untuned/tuned, per thread count."""
    return "".join(
        f" {row.tuned_ms.get(t, NAN):.1f} | {row.tuned_ms.get(t, NAN) / row.ort_ms.get(t, NAN):.2f}x |"
        f" {row.ember_ms.get(t, NAN) / row.tuned_ms.get(t, NAN):.2f}x |"
        for t in threads
    )


def print_table(rows: list[Row], threads: list[int], tuned: bool = False) -> None:
    per_thread = "".join(f" ember ms ({t} thr) | ort ms ({t} thr) | ember/ort ({t} thr) |" for t in threads)
    if tuned:
        per_thread += "".join(f" tuned ms ({t} thr) | tuned/ort ({t} thr) | tuning speed-up ({t} thr) |" for t in threads)
    speedup = f" ember {threads[0]}->{threads[-1]} thr | ort {threads[0]}->{threads[-1]} thr |" if len(threads) > 1 else ""
    print(f"\n| model | compile s (import / passes / LLVM) |{per_thread}{speedup} max err / max abs | note |")
    print("|---|---:|" + "---:|" * (3 * len(threads) * (2 if tuned else 1) + (2 if len(threads) > 1 else 0)) + "---:|---|")
    for r in rows:
        split = " / ".join(f"{g:.1f}" for g in r.groups)
        cells = "".join(
            f" {r.ember_ms.get(t, NAN):.1f} | {r.ort_ms.get(t, NAN):.1f} | {r.ratio(t):.2f}x |" for t in threads
        )
        cells += tuned_cells(r, threads) if tuned else ""
        if len(threads) > 1:
            first, last = threads[0], threads[-1]
            ember_up = r.ember_ms.get(first, NAN) / r.ember_ms.get(last, NAN)
            ort_up = r.ort_ms.get(first, NAN) / r.ort_ms.get(last, NAN)
            cells += f" {ember_up:.2f}x | {ort_up:.2f}x |"
        print(f"| {r.name} | {r.compile_s:.1f} ({split}) |{cells} {r.max_err:.1e} | {r.note} |")



def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", nargs="*", default=list(LIGHT_MODELS), help="light model names or any .onnx paths")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per model (median)")
    parser.add_argument("--threads", type=thread_counts, default=[1],
                        help="comma-separated thread counts, e.g. 1,2 (ember threads= and onnxruntime intra-op threads)")  # fmt: skip
    parser.add_argument("--random-weights", action="store_true", help="seeded random weights")
    parser.add_argument("--stages", action="store_true", help="print ember's per-stage compile times")
    parser.add_argument("--tuning", metavar="LOG.json", help="also time ember compiled with this tuning log")
    parser.add_argument("--ort-no-spin", action="store_true",
                        help="onnxruntime's idle threads do not spin-wait (they otherwise compete with ember's run that follows)")  # fmt: skip
    parser.add_argument("--debug", action="store_true", help="print tracebacks of failures")
    args = parser.parse_args(argv)
    rows = []
    for name in args.models:
        row = measure(name, args)
        rows.append(row)
        times = ", ".join(f"{t} thr: ember {row.ember_ms.get(t, NAN):.2f} ms, ort {row.ort_ms[t]:.2f} ms"
                          + (f", tuned {row.tuned_ms.get(t, NAN):.2f} ms" if args.tuning else "") for t in args.threads)  # fmt: skip
        print(f"{row.name}: compile {row.compile_s:.2f} s, {times}, max err {row.max_err:.2e} {row.note}",
              file=sys.stderr, flush=True)  # fmt: skip
        if args.stages and row.stages:
            print(row.stages, file=sys.stderr)
    print_table(rows, args.threads, tuned=bool(args.tuning))
    print(summary(rows, args.threads))
    return 0


def summary(rows: list[Row], threads: list[int]) -> str:
    """The CPU every number ran on, and the geometric mean of ember/ort and the worst model at
    each thread count (models that failed left out)."""
    from ember.target import host_target

    host = host_target()
    lines = [f"\nHost CPU: {host.cpu} ({host.vector_bits}-bit vectors, {os.cpu_count()} CPUs)"]
    for t in threads:
        ratios = {r.name: r.ratio(t) for r in rows if math.isfinite(r.ratio(t))}
        if ratios:
            geomean = math.exp(sum(math.log(v) for v in ratios.values()) / len(ratios))
            worst = max(ratios, key=ratios.__getitem__)
            lines.append(f"{t} thr: geomean ember/ort {geomean:.2f}x over {len(ratios)} models, worst {worst} {ratios[worst]:.2f}x")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
