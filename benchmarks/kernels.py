"""GFLOP/s of ember's heavy kernels against onnxruntime and numpy/OpenBLAS, one thread each.

Every case is a one-node ONNX model (weights as initializers, so ember packs them at compile
time; the activation is the graph input). ember, onnxruntime and, for matmuls, numpy's ``a @ b``
are timed in the same process, round-robin (warm-up first, then ``--repeat`` interleaved samples
of several calls each, median). ember's output is checked against onnxruntime's (rtol 1e-4, atol
1e-4 times the output's largest magnitude); a mismatch is flagged in the table. The first line
printed names the CPU every number was measured on.

    python benchmarks/kernels.py                       # all cases, host target
    python benchmarks/kernels.py --cases matmul --repeat 5
    python benchmarks/kernels.py --target x86-64-v3 --json out.json
    python benchmarks/kernels.py --cases conv --tuning tuning.json   # + an "ember tuned" column set

On an AVX-512 host the default run adds a second ember column set compiled for ``x86-64-v3``
(AVX2 code), if this ember's ``compile`` takes a ``target``. ``--tuning LOG`` adds ember
compiled with a tuning log (``ember-tune``; host target) as one more contender: a case whose
kernel the log has a record of runs the log's best schedule.
"""

from __future__ import annotations

import argparse
import ctypes
import importlib.util
import inspect
import json
import math
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

HAVE_THREADPOOLCTL = importlib.util.find_spec("threadpoolctl") is not None
if not HAVE_THREADPOOLCTL:  # must happen before numpy loads OpenBLAS
    os.environ["OPENBLAS_NUM_THREADS"] = "1"
os.environ["OMP_NUM_THREADS"] = "1"

import numpy as np  # noqa: E402
import onnx  # noqa: E402
from onnx import TensorProto, helper, numpy_helper  # noqa: E402

HOST = "host"
AVX2_TARGET = "x86-64-v3"
OPSET = 13
RTOL = 1e-4


@dataclass
class Case:
    """One benchmark case: a one-node ONNX model, its input, its FLOP count, a numpy rival."""

    name: str
    flops: int
    model: onnx.ModelProto
    inputs: dict[str, np.ndarray]
    blas: Callable[[], np.ndarray] | None = None


@dataclass
class Result:
    """Median seconds per call of every contender, and ember's error against onnxruntime."""

    case: str
    flops: int
    seconds: dict[str, float] = field(default_factory=dict)
    max_abs_err: dict[str, float] = field(default_factory=dict)
    ok: dict[str, bool] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)

    def gflops(self, contender: str) -> float:
        """GFLOP/s of a contender (nan when it did not run)."""
        seconds = self.seconds.get(contender, float("nan"))
        return self.flops / seconds / 1e9 if seconds > 0 else float("nan")


# ---- cases --------------------------------------------------------------------------------------


def _model(node: onnx.NodeProto, x: np.ndarray, out_shape: tuple[int, ...],
           weights: dict[str, np.ndarray]) -> onnx.ModelProto:  # fmt: skip
    graph = helper.make_graph(
        [node],
        "kernel",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, list(x.shape))],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, list(out_shape))],
        [numpy_helper.from_array(w, name) for name, w in weights.items()],
    )
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)])


def matmul_case(m: int, k: int, n: int, seed: int = 0) -> Case:
    """y = x @ w with x [m, k] the input and w [k, n] an initializer; rival numpy ``x @ w``."""
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((m, k)).astype(np.float32)
    w = (rng.standard_normal((k, n)) / math.sqrt(k)).astype(np.float32)
    model = _model(helper.make_node("MatMul", ["x", "w"], ["y"]), x, (m, n), {"w": w})
    return Case(f"matmul {m}x{k}x{n}", 2 * m * k * n, model, {"x": x}, lambda: x @ w)


def conv_case(name: str, x_shape: tuple[int, int, int, int], out_channels: int, kernel: int,
              group: int = 1, pad: int = 0, stride: int = 1, seed: int = 0) -> Case:  # fmt: skip
    """Conv with bias (NCHW, square kernel) on input ``x_shape``; no numpy rival."""
    batch, channels, height, width = x_shape
    rng = np.random.default_rng(seed)
    x = rng.standard_normal(x_shape).astype(np.float32)
    fan_in = channels // group * kernel * kernel
    w = (rng.standard_normal((out_channels, channels // group, kernel, kernel)) / math.sqrt(fan_in)).astype(np.float32)
    b = (rng.standard_normal(out_channels) * 0.1).astype(np.float32)
    out_h = (height + 2 * pad - kernel) // stride + 1
    out_w = (width + 2 * pad - kernel) // stride + 1
    node = helper.make_node("Conv", ["x", "w", "b"], ["y"], kernel_shape=[kernel, kernel],
                            pads=[pad] * 4, strides=[stride, stride], group=group)  # fmt: skip
    model = _model(node, x, (batch, out_channels, out_h, out_w), {"w": w, "b": b})
    flops = 2 * batch * out_channels * out_h * out_w * fan_in
    return Case(name, flops, model, {"x": x})


def batched_matmul_case(batch: int, m: int, k: int, n: int, seed: int = 0) -> Case:
    """y = x @ w with x [batch, m, k] and w [batch, k, n] both graph inputs (attention scores);
    rival numpy ``x @ w``."""
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((batch, m, k)).astype(np.float32)
    w = rng.standard_normal((batch, k, n)).astype(np.float32)
    graph = helper.make_graph(
        [helper.make_node("MatMul", ["x", "w"], ["y"])],
        "kernel",
        [helper.make_tensor_value_info(name, TensorProto.FLOAT, list(v.shape)) for name, v in (("x", x), ("w", w))],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [batch, m, n])],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)])
    return Case(f"batched matmul {batch}x{m}x{k} @ {batch}x{k}x{n}", 2 * batch * m * k * n, model, {"x": x, "w": w},
                lambda: x @ w)  # fmt: skip


def linear_case(batch: int, m: int, k: int, n: int, seed: int = 0) -> Case:
    """y = x @ w with x [batch, m, k] the input and w [k, n] an initializer (a linear layer on
    a 3-D activation); rival numpy ``x @ w``."""
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((batch, m, k)).astype(np.float32)
    w = (rng.standard_normal((k, n)) / math.sqrt(k)).astype(np.float32)
    model = _model(helper.make_node("MatMul", ["x", "w"], ["y"]), x, (batch, m, n), {"w": w})
    return Case(f"linear {batch}x{m}x{k} @ {k}x{n}", 2 * batch * m * k * n, model, {"x": x}, lambda: x @ w)


def conv1d_case(x_shape: tuple[int, int, int], out_channels: int, kernel: int, pad: int = 0, stride: int = 1,
                seed: int = 0) -> Case:  # fmt: skip
    """1-D Conv with bias on input ``x_shape`` [N, C, L] (an audio encoder's stem); no numpy rival."""
    batch, channels, length = x_shape
    rng = np.random.default_rng(seed)
    x = rng.standard_normal(x_shape).astype(np.float32)
    w = (rng.standard_normal((out_channels, channels, kernel)) / math.sqrt(channels * kernel)).astype(np.float32)
    b = (rng.standard_normal(out_channels) * 0.1).astype(np.float32)
    out_len = (length + 2 * pad - kernel) // stride + 1
    node = helper.make_node("Conv", ["x", "w", "b"], ["y"], kernel_shape=[kernel], pads=[pad, pad], strides=[stride])
    model = _model(node, x, (batch, out_channels, out_len), {"w": w, "b": b})
    flops = 2 * batch * out_channels * out_len * channels * kernel
    return Case(f"conv1d {batch}x{channels}x{length} k{kernel} -> {out_channels}", flops, model, {"x": x})


def all_cases() -> dict[str, Callable[[], Case]]:
    """Builders of the default cases by name (built lazily: the big ones hold megabytes)."""
    return {
        "matmul 1024x1024x1024": lambda: matmul_case(1024, 1024, 1024),
        "matmul 128x768x3072": lambda: matmul_case(128, 768, 3072),
        "matmul 1x768x3072": lambda: matmul_case(1, 768, 3072),
        "batched matmul 8x128x64 @ 8x64x128": lambda: batched_matmul_case(8, 128, 64, 128),
        "linear 4x128x768 @ 768x768": lambda: linear_case(4, 128, 768, 768),
        "conv 3x3 64->64 1x64x56x56 pad 1": lambda: conv_case("", (1, 64, 56, 56), 64, 3, pad=1),
        "depthwise 3x3 1x32x112x112 g32 pad 1": lambda: conv_case("", (1, 32, 112, 112), 32, 3, group=32, pad=1),
        # the light ShuffleNet (v1, groups 4), stage 2: grouped 1x1 and depthwise 3x3 at 136x28x28
        "shufflenet gconv 1x1 136->136 1x136x28x28 g4": lambda: conv_case("", (1, 136, 28, 28), 136, 1, group=4),
        "shufflenet depthwise 3x3 1x136x28x28 g136 pad 1": lambda: conv_case(
            "", (1, 136, 28, 28), 136, 3, group=136, pad=1
        ),
        # Whisper-tiny's encoder stem: 80 mel bins x 3000 frames, k3 pad 1 -> 384 channels
        "conv1d 1x80x3000 k3 -> 384 pad 1": lambda: conv1d_case((1, 80, 3000), 384, 3, pad=1),
    }


# ---- contenders ---------------------------------------------------------------------------------


TUNED = "tuned"
"""The pseudo-target of ``--tuning``: the host target with the tuning log."""


def ember_label(target: str) -> str:
    """Contender name of ember compiled for ``target``."""
    return "ember" if target == HOST else f"ember {target}"


def ember_supports_target() -> bool:
    """Whether this ember's ``compile`` takes a ``target`` keyword."""
    import ember

    params = inspect.signature(ember.compile).parameters.values()
    return any(p.name == "target" or p.kind is inspect.Parameter.VAR_KEYWORD for p in params)


def ember_runner(case: Case, target: str, tuning: str | None = None) -> Callable[[], list[np.ndarray]]:
    """Compile the case with ember (``target=`` only when not the host; the ``tuned``
    pseudo-target compiles for the host with the ``tuning`` log) and return a runner."""
    import ember

    data = case.model.SerializeToString()
    if target == TUNED:
        exe = ember.compile(data, threads=1, tuning=tuning)
    else:  # one thread, like every contender (ember's default is every CPU the process may use)
        exe = ember.compile(data, threads=1) if target == HOST else ember.compile(data, target=target, threads=1)
    args = [case.inputs[name] for name in exe.input_names]
    return lambda: exe(*args)


def ort_runner(case: Case) -> Callable[[], list[np.ndarray]]:
    """An onnxruntime CPU session with one intra-op and one inter-op thread."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    session = ort.InferenceSession(case.model.SerializeToString(), options, providers=["CPUExecutionProvider"])
    return lambda: session.run(None, case.inputs)


def compare(out: np.ndarray, ref: np.ndarray) -> tuple[float, bool]:
    """(max |out - ref|, within rtol 1e-4 and atol 1e-4 * max |ref|)."""
    if out.shape != ref.shape:
        return float("inf"), False
    err = float(np.max(np.abs(out - ref))) if ref.size else 0.0
    atol = RTOL * float(np.max(np.abs(ref))) if ref.size else 0.0
    return err, bool(np.allclose(out, ref, rtol=RTOL, atol=atol))


# ---- timing -------------------------------------------------------------------------------------


def calls_per_sample(fn: Callable[[], object], sample_s: float) -> int:
    """Warm up ``fn`` and return how many calls make one sample of about ``sample_s`` seconds."""
    fn()
    start = time.perf_counter()
    fn()
    once = time.perf_counter() - start
    return max(1, min(10_000, math.ceil(sample_s / max(once, 1e-9))))


def time_interleaved(fns: dict[str, Callable[[], object]], repeat: int, sample_s: float) -> dict[str, float]:
    """Median seconds per call of each function, sampled round-robin (start rotated per round)."""
    numbers = {name: calls_per_sample(fn, sample_s) for name, fn in fns.items()}
    samples: dict[str, list[float]] = {name: [] for name in fns}
    names = list(fns)
    for round_ in range(repeat):
        for name in names[round_ % len(names):] + names[: round_ % len(names)]:
            fn, number = fns[name], numbers[name]
            start = time.perf_counter()
            for _ in range(number):
                fn()
            samples[name].append((time.perf_counter() - start) / number)
    return {name: statistics.median(values) for name, values in samples.items()}


def measure_case(case: Case, targets: list[str], repeat: int, sample_s: float = 0.02, tuning: str | None = None) -> Result:
    """Compile, check and time one case; ember failures are noted, not raised."""
    result = Result(case.name, case.flops)
    ort_run = ort_runner(case)
    expected = ort_run()[0]
    fns: dict[str, Callable[[], object]] = {"onnxruntime": ort_run}
    for target in targets:
        label = ember_label(target)
        try:
            run = ember_runner(case, target, tuning)
            result.max_abs_err[label], result.ok[label] = compare(run()[0], expected)
            fns[label] = run
        except Exception as error:  # report and go on with the other contenders
            result.notes[label] = f"{type(error).__name__}: {str(error).splitlines()[0][:100]}"
            result.ok[label] = False
    if case.blas is not None:
        fns["openblas"] = case.blas
    result.seconds = time_interleaved(fns, repeat, sample_s)
    return result


# ---- host description and output ----------------------------------------------------------------


def host_cpu() -> dict[str, Any]:
    """LLVM's name and the vector features of the host CPU."""
    import llvmlite.binding as llvm

    features = llvm.get_host_cpu_features()
    return {"cpu": llvm.get_host_cpu_name(), "avx2": bool(features.get("avx2", False)),
            "avx512f": bool(features.get("avx512f", False))}  # fmt: skip


def openblas_info() -> str:
    """Threads and build of the OpenBLAS that numpy loaded (from its own entry points)."""
    if HAVE_THREADPOOLCTL:
        from threadpoolctl import threadpool_info

        blas = [i for i in threadpool_info() if i.get("internal_api") == "openblas"]
        return ", ".join(f"{i['num_threads']} thr, {i.get('version')} {i.get('architecture')}" for i in blas) or "?"
    np.ones((2, 2), np.float32) @ np.ones((2, 2), np.float32)  # make sure it is loaded
    with open("/proc/self/maps") as maps:
        paths = sorted({line.split()[-1] for line in maps if "openblas" in line.lower()})
    for path in paths:
        lib = ctypes.CDLL(path)
        for prefix, suffix in (("scipy_openblas", "64_"), ("scipy_openblas", ""), ("openblas", "")):
            threads, config = (getattr(lib, f"{prefix}_get_{what}{suffix}", None) for what in ("num_threads", "config"))
            if threads is not None and config is not None:
                config.restype = ctypes.c_char_p
                return f"{threads()} thr, {' '.join(config().decode().split())}"
    return f"? thr (OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS')})"


def header(cpu: dict[str, Any], repeat: int) -> str:
    """The first line: CPU, vector features and threads of every contender."""
    yes = {True: "yes", False: "no"}
    return (f"Host CPU: {cpu['cpu']} (avx2 {yes[cpu['avx2']]}, avx512f {yes[cpu['avx512f']]}); "
            f"threads: 1 each (ember 1; onnxruntime intra/inter-op 1; OpenBLAS {openblas_info()}); "
            f"median of {repeat} interleaved samples")  # fmt: skip


def _num(value: float, fmt: str = ".1f") -> str:
    return "-" if value != value else format(value, fmt)


def _ratio(a: float, b: float) -> str:
    return "-" if a != a or b != b or b == 0 else f"{a / b:.2f}x"


def _flops(flops: int) -> str:
    return f"{flops / 1e9:.3g} G" if flops >= 1e9 else f"{flops / 1e6:.3g} M"


def _err_cell(result: Result, label: str) -> str:
    if label in result.notes:
        return f"**FAILED** {result.notes[label]}"
    err = _num(result.max_abs_err.get(label, float("nan")), ".1e")
    return err if result.ok.get(label) else f"**MISMATCH** {err}"


def table(results: list[Result], targets: list[str]) -> list[str]:
    """The markdown table: GFLOP/s per contender, ember's ratios and max abs error vs ort."""
    labels = [ember_label(t) for t in targets]
    cols = ["case", "FLOPs", *(f"{label} GFLOP/s" for label in labels), "onnxruntime GFLOP/s", "OpenBLAS GFLOP/s"]
    for label in labels:
        cols += [f"{label}/ort", f"{label}/BLAS", f"{label} max abs err vs ort"]
    lines = ["| " + " | ".join(cols) + " |", "|---|" + "---:|" * (len(cols) - 1)]
    for r in results:
        ort, blas = r.gflops("onnxruntime"), r.gflops("openblas")
        cells = [r.case, _flops(r.flops), *(_num(r.gflops(label)) for label in labels), _num(ort), _num(blas)]
        for label in labels:
            cells += [_ratio(r.gflops(label), ort), _ratio(r.gflops(label), blas), _err_cell(r, label)]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


# ---- driver -------------------------------------------------------------------------------------


def resolve_targets(target: str | None, cpu: dict[str, Any]) -> list[str]:
    """The ember targets to run; exits with one line if this ember cannot take a target."""
    if target is not None and target != HOST:
        if not ember_supports_target():
            sys.exit("error: this ember has no target support yet (ember.compile takes no target=)")
        return [target]
    if target is None and cpu["avx512f"]:
        if ember_supports_target():
            return [HOST, AVX2_TARGET]
        print(f"note: this ember has no target support yet; no {AVX2_TARGET} column set", file=sys.stderr)
    return [HOST]


def selected(filters: str | None) -> dict[str, Callable[[], Case]]:
    """Cases whose name contains one of the comma-separated filters (all without filters)."""
    builders = all_cases()
    wanted = [f.strip().lower() for f in (filters or "").split(",") if f.strip()]
    return {n: b for n, b in builders.items() if not wanted or any(w in n.lower() for w in wanted)}


def run(
    builders: dict[str, Callable[[], Case]], targets: list[str], repeat: int, sample_s: float, tuning: str | None = None
) -> list[Result]:
    """Measure the cases one after the other, with a progress line each on stderr."""
    results = []
    for name, build in builders.items():
        case = build()
        case.name = name
        result = measure_case(case, targets, repeat, sample_s, tuning)
        results.append(result)
        summary = ", ".join(f"{label} {result.gflops(label):.1f}" for label in result.seconds)
        print(f"{name}: {summary} GFLOP/s", file=sys.stderr, flush=True)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="interleaved samples per contender (median)")
    parser.add_argument("--cases", help="comma-separated substrings of case names (default: all)")
    parser.add_argument("--target", help=f"ember target (default {HOST}; plus {AVX2_TARGET} on AVX-512 hosts)")
    parser.add_argument("--sample-ms", type=float, default=20.0, help="minimum length of one sample")
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    parser.add_argument("--tuning", metavar="LOG.json", help="add ember compiled with this tuning log (ember-tune)")
    args = parser.parse_args(argv)
    cpu = host_cpu()
    targets = resolve_targets(args.target, cpu) + ([TUNED] if args.tuning else [])
    builders = selected(args.cases)
    if not builders:
        sys.exit(f"error: no case matches {args.cases!r}")
    first = header(cpu, args.repeat)
    results = run(builders, targets, args.repeat, args.sample_ms / 1e3, args.tuning)
    print("\n".join([first, "", *table(results, targets)]))
    if args.json:
        rows = [{**asdict(r), "gflops": {name: r.gflops(name) for name in r.seconds}} for r in results]
        with open(args.json, "w") as out:
            json.dump({"host": {**cpu, "threads": 1, "header": first}, "targets": targets, "results": rows}, out, indent=1)
    mismatch = any(not ok for r in results for ok in r.ok.values())
    return 1 if mismatch else 0


if __name__ == "__main__":
    sys.exit(main())
