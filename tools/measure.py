"""Latency measurement shared by ``ember-bench`` and ``benchmarks/compare.py``: interleaved
timing, latency statistics, onnxruntime sessions at a thread count, output agreement.

Library code for the command-line layer (it imports neither a tool nor the driver): every
configuration of a comparison (ember and onnxruntime, each at each thread count) is timed in
rounds that give each one a short block of calls, in one process, so a slow phase of a shared
machine hits them alike; a warm-up call each comes first, and a pause before each block lets the
previous configuration's threads go idle. onnxruntime is imported only when a session is made.
"""

from __future__ import annotations

import argparse
import math
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

LLVM_STEPS = ("translate", "llvm-O3", "llvm-codegen")
"""The compile steps that are LLVM's (the rest are ember's import and passes)."""


@dataclass(frozen=True)
class Latency:
    """Seconds of the timed calls of one configuration, and their statistics."""

    samples: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    def quantile(self, q: float) -> float:
        """The ``q`` quantile (0..1) of the samples, linearly interpolated."""
        return float(np.quantile(np.array(self.samples), q))

    @property
    def spread(self) -> float:
        """(p90 - p10) / median: the relative width of the middle 80 % of the calls."""
        return (self.quantile(0.9) - self.quantile(0.1)) / self.median if self.median else math.nan

    def record(self, batch: int = 1) -> dict[str, Any]:
        """Milliseconds (median, p10, p90, min, max, every sample) and calls / samples per
        second at the median."""
        ms = [s * 1e3 for s in self.samples]
        return {
            "median_ms": self.median * 1e3, "p10_ms": self.quantile(0.1) * 1e3,
            "p90_ms": self.quantile(0.9) * 1e3, "min_ms": min(ms), "max_ms": max(ms),
            "spread": self.spread, "throughput_per_s": batch / self.median if self.median else math.nan,
            "samples_ms": ms,
        }  # fmt: skip


BLOCK_CALLS = 5
"""Timed calls of one configuration in a row (:func:`interleaved_times`)."""

SETTLE_S = 0.1
"""Pause before each block: onnxruntime's idle intra-op threads spin-wait after a run (about
50 ms of CPU, measured on the ``znver1`` host), and without the pause that spinning takes a core
from the configuration timed next, which made a 2-thread ember look no faster than 1 thread."""


def interleaved_times(
    runs: dict[str, Callable[[], object]], repeat: int, warmup: int = 1, *, block: int = BLOCK_CALLS,
    settle: float = SETTLE_S,
) -> dict[str, Latency]:
    """Time each callable ``repeat`` times, in rounds that give every one a block of up to
    ``block`` timed calls, so load from elsewhere affects them alike. Each block starts after a
    ``settle`` pause (the previous configuration's threads go idle) with one untimed call (its
    own threads wake up); within a block the calls follow each other, as in a serving loop.
    ``warmup`` untimed calls of each come first."""
    for fn in runs.values():
        for _ in range(warmup):
            fn()
    times: dict[str, list[float]] = {key: [] for key in runs}
    total = max(repeat, 1)
    per_block = max(1, min(block, total))
    for _ in range(-(-total // per_block)):
        for key, fn in runs.items():
            _time_block(fn, times[key], min(per_block, total - len(times[key])), settle)
    return {key: Latency(tuple(values)) for key, values in times.items()}


def _time_block(fn: Callable[[], object], into: list[float], calls: int, settle: float) -> None:
    """After a ``settle`` pause and one untimed call, append the seconds of ``calls`` calls."""
    if settle > 0:
        time.sleep(settle)
        fn()
    for _ in range(calls):
        start = time.perf_counter()
        fn()
        into.append(time.perf_counter() - start)


def interleaved_median_ms(runs: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    """Median milliseconds of each callable (:func:`interleaved_times`)."""
    return {key: lat.median * 1e3 for key, lat in interleaved_times(runs, repeat).items()}


def stage_groups(steps: dict[str, float]) -> tuple[float, float, float]:
    """(import, ember passes, LLVM translate + O3 + codegen) seconds of a compile's steps."""
    imported = steps.get("import", 0.0) + steps.get("parse", 0.0)
    llvm = sum(steps.get(s, 0.0) for s in LLVM_STEPS)
    return imported, sum(steps.values()) - imported - llvm, llvm


def relative_error(out: np.ndarray, ref: np.ndarray) -> float:
    """max |out - ref| / max |ref| (the error on the scale of the output)."""
    out, ref = np.asarray(out, dtype=np.float64), np.asarray(ref, dtype=np.float64)
    if out.size == 0:
        return 0.0
    return float(np.max(np.abs(out - ref)) / max(float(np.max(np.abs(ref))), 1e-30))


def onnxruntime_available() -> bool:
    """Whether onnxruntime can be imported."""
    try:
        import onnxruntime  # noqa: F401
    except ImportError:
        return False
    return True


def ort_session(model: Any, threads: int, *, spinning: bool = True) -> Any:
    """An onnxruntime CPU session of ``model`` (a ModelProto, bytes or path) with ``threads``
    intra-op threads and one inter-op thread; ``spinning=False`` stops its idle threads from
    spin-waiting after a run (they otherwise keep a core busy while ember's code runs next, in
    an interleaved measurement in the same process)."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    if not spinning:
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    source = model.SerializeToString() if hasattr(model, "SerializeToString") else model
    return ort.InferenceSession(source, options, providers=["CPUExecutionProvider"])


def random_inputs(specs: list[tuple[str, tuple[int, ...], np.dtype]], seed: int = 0) -> list[np.ndarray]:
    """Seeded inputs for (name, shape, dtype) specs: standard normals for floats, small
    non-negative integers for integers, False for booleans."""
    rng = np.random.default_rng(seed)
    arrays = []
    for _, shape, dtype in specs:
        if np.issubdtype(dtype, np.floating):
            arrays.append(rng.standard_normal(shape).astype(dtype))
        elif np.issubdtype(dtype, np.integer):
            arrays.append(rng.integers(0, 2, size=shape).astype(dtype))
        else:
            arrays.append(np.zeros(shape, dtype=dtype))
    return arrays


def thread_counts(text: str) -> list[int]:
    """``"1,2"`` -> ``[1, 2]`` (positive integers): the ``--threads`` argument of ember-bench and
    benchmarks/compare.py."""
    try:
        counts = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        counts = []
    if not counts or min(counts) < 1:
        raise argparse.ArgumentTypeError(f"expected comma-separated thread counts such as 1,2, got {text!r}")
    return counts
