"""ember's memory plan beside onnxruntime's working memory, on the light models (or any .onnx).

For every model:

* ember: ``exe.memory_plan`` of ``ember.compile(model, threads=1)``: the arena's bytes, the sum
  of the planned intermediate buffers' bytes (each rounded up to 64) and their number;
* onnxruntime peak (the number the arena is compared with): the most heap bytes in use during
  one inference beyond those in use before it, counted in a fresh process per model by
  ``benchmarks/heap_peak.c`` (compiled here with ``cc`` and loaded with ``LD_PRELOAD``: it wraps
  malloc / calloc / realloc / memalign / aligned_alloc / posix_memalign / free and keeps the
  bytes in use, by ``malloc_usable_size``, and their peak). The session runs with 1 thread,
  ``enable_cpu_mem_arena = False`` and ``enable_mem_pattern = False``, so every intermediate is
  a heap block that onnxruntime frees after its last use; one run warms up (weights pre-packed,
  threads started), the second is measured. The peak holds intermediates, kernel scratch
  (im2col, packing) and the outputs as onnxruntime's own planner frees and reuses them;
* onnxruntime default: the same count with onnxruntime's defaults (CPU memory arena and memory
  pattern on) over the *first* run, which is when its arena grows (later runs reuse it);
* ember per call: the same count over ember's second call (the arena exists already: only the
  output arrays and the inputs' checks remain).

The last column compares the arena with the onnxruntime peak. Linux with glibc and a C compiler.

    python benchmarks/memory.py                 # the nine light models
    python benchmarks/memory.py squeezenet my_model.onnx
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile

import numpy as np

from ember.frontend.onnx.light_models import LIGHT_MODELS, light_model_path

MIB = 1024 * 1024

PROBE = r"""
import ctypes, sys, onnx
from ember.frontend.onnx.light_models import backend_inputs

heap = ctypes.CDLL(None)
heap.heap_peak.restype = heap.heap_in_use.restype = ctypes.c_long


def measured(run):
    heap.heap_peak_reset()
    before = heap.heap_in_use()
    run()
    return heap.heap_peak() - before


path, kind = sys.argv[1], sys.argv[2]
inputs = backend_inputs(onnx.load(path))
if kind == "ember":
    import ember

    exe = ember.compile(path, threads=1)
    exe(*inputs)
    print(measured(lambda: exe(*inputs)))
    sys.exit(0)
import onnxruntime as ort

options = ort.SessionOptions()
options.intra_op_num_threads = 1
options.inter_op_num_threads = 1
options.log_severity_level = 3
if kind == "ort":
    options.enable_cpu_mem_arena = False
    options.enable_mem_pattern = False
session = ort.InferenceSession(path, options, providers=["CPUExecutionProvider"])
feeds = dict(zip([i.name for i in session.get_inputs()], inputs))
if kind == "ort":
    session.run(None, feeds)
print(measured(lambda: session.run(None, feeds)))
"""

HEAP_COUNTER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heap_peak.c")


def build_heap_counter(directory: str) -> str:
    """``heap_peak.c`` compiled into a shared object in ``directory``; its path."""
    library = os.path.join(directory, "heap_peak.so")
    subprocess.run(["cc", "-O2", "-shared", "-fPIC", "-o", library, HEAP_COUNTER], check=True)
    return library


def heap_peak(path: str, kind: str, counter: str) -> int:
    """Peak heap bytes of one run in a fresh process (``kind``: ort, ort-default, ember)."""
    env = dict(os.environ, LD_PRELOAD=counter)
    done = subprocess.run([sys.executable, "-c", PROBE, path, kind], capture_output=True, text=True, check=True, env=env)
    return int(done.stdout.strip().splitlines()[-1])


def model_path(name: str) -> str:
    return name if name.endswith(".onnx") else light_model_path(name)


def ember_plan(path: str) -> tuple[int, int, int]:
    """(arena, sum of intermediates, buffers); the compile also fills the cache for the probe."""
    import ember

    plan = ember.compile(path, threads=1).memory_plan
    return plan.arena_bytes, plan.intermediate_bytes, plan.buffers


def mib(nbytes: float) -> str:
    return f"{nbytes / MIB:9.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", nargs="*", default=list(LIGHT_MODELS), help="light model names or .onnx paths")
    args = parser.parse_args(argv)
    import llvmlite.binding as llvm_binding

    print(f"# CPU: {llvm_binding.get_host_cpu_name()}, sizes in MiB")
    print("| model | ember arena | sum of intermediates | buffers | reuse | ember heap per call | onnxruntime peak "
          "| onnxruntime default, 1st run | arena / ort peak |")  # fmt: skip
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    worst = 0.0
    with tempfile.TemporaryDirectory() as directory:
        counter = build_heap_counter(directory)
        for name in args.models:
            path = model_path(name)
            arena, total, buffers = ember_plan(path)
            per_call, peak, default = (heap_peak(path, kind, counter) for kind in ("ember", "ort", "ort-default"))
            ratio = arena / peak if peak else np.inf
            worst = max(worst, ratio)
            label = os.path.basename(name).removesuffix(".onnx")
            print(f"| {label} | {mib(arena)} | {mib(total)} | {buffers} | {total / max(arena, 1):.1f}x | {mib(per_call)} "
                  f"| {mib(peak)} | {mib(default)} | {ratio:.3f} |", flush=True)  # fmt: skip
    print(f"# largest arena / onnxruntime peak: {worst:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
