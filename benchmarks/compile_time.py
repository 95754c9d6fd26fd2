"""Compile time: cold and cached compiles of the light models, a single-op model, tool start-up.

For every model, in fresh processes sharing a fresh cache directory:

- cold: ``ember.compile`` with an empty cache, in seconds (wall, and CPU seconds of the process,
  which move less with the load of a shared machine), with the per-stage breakdown
  (import, graph passes, lowering to the llvm dialect, translate, LLVM O3, code generation);
- warm: a second ``ember.compile`` of the same file in the same process (cache key + load), and
  in a new process (also paying the imports a first call makes);
- with ``--op-counts``: IR ops after import, after graph-optimize, at the loop stage and at the
  llvm stage (one more cold compile per model, pass by pass);

then a single-op model (cold and warm) and the start-up of ``ember-opt --help`` / ``--version``
(best and median of ``--repeat`` runs, wall and CPU seconds). Prints the CPU and the load average,
since the numbers of a shared machine move with it.

    python benchmarks/compile_time.py                    # all nine light models
    python benchmarks/compile_time.py --models squeezenet,resnet50 --stages
    python benchmarks/compile_time.py --quick            # squeezenet, the single-op model, start-up
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LIGHT = ("squeezenet", "shufflenet", "resnet50", "inception_v1", "inception_v2",
         "densenet121", "bvlc_alexnet", "zfnet512", "vgg19")  # fmt: skip
GRAPH_STEPS = ("graph-",)
LLVM_STEPS = ("translate", "llvm-O3", "llvm-codegen")

CHILD = r"""
import json, sys, time
import ember
path = sys.argv[1]
start, cpu = time.perf_counter(), time.process_time()
exe = ember.compile(path)
first, first_cpu = time.perf_counter() - start, time.process_time() - cpu
start = time.perf_counter()
again = ember.compile(path)
second = time.perf_counter() - start
print(json.dumps({"first": first, "first_cpu": first_cpu, "steps": exe.compile_times.steps, "second": second,
                  "second_steps": again.compile_times.steps}))
"""

OP_COUNTS = r"""
import json, sys
from ember.driver import lower_module, read_model
from ember.runtime.executable import CompileTimes
times = CompileTimes()
module, _ = read_model(sys.argv[1], None, times)
count = lambda: sum(1 for _ in module.walk())
counts = {"graph": count()}
for stage, spec in (("optimized", "graph-optimize"), ("loops", "lower-to-loops"),
                    ("llvm", "loops-to-llvm")):
    lower_module(module, spec, times)
    counts[stage] = count()
print(json.dumps(counts))
"""

SINGLE_OP = r"""
import sys
import onnx
from onnx import TensorProto, helper
x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 64, 56, 56])
y = helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 64, 56, 56])
graph = helper.make_graph([helper.make_node("Relu", ["x"], ["y"])], "relu", [x], [y])
onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), sys.argv[1])
"""


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def llvm_cpu() -> str:
    out = subprocess.run([sys.executable, "-c", "from ember.target import host_target; "
                          "print(host_target().summary())"], capture_output=True, text=True)  # fmt: skip
    return out.stdout.strip() or out.stderr.strip().splitlines()[-1]


def light_path(name: str) -> str:
    import onnx

    return os.path.join(os.path.dirname(onnx.__file__), "backend", "test", "data", "light",
                        f"light_{name}.onnx")  # fmt: skip


def run_child(code: str, arg: str, cache_dir: str) -> dict:
    env = {**os.environ, "EMBER_CACHE_DIR": cache_dir}
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code, arg], capture_output=True, text=True, env=env)
    wall = time.perf_counter() - start
    if out.returncode != 0:
        raise RuntimeError(out.stderr.strip().splitlines()[-1] if out.stderr.strip() else "failed")
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["process"] = wall
    return result


def stage_groups(steps: dict[str, float]) -> dict[str, float]:
    """import, graph passes, lowering to the llvm dialect, translate, O3, codegen, cache."""
    groups = {"import": 0.0, "graph": 0.0, "lower": 0.0, "translate": 0.0, "llvm-O3": 0.0,
              "codegen": 0.0, "cache": 0.0}  # fmt: skip
    for step, secs in steps.items():
        if step in ("import", "parse"):
            groups["import"] += secs
        elif step.startswith(GRAPH_STEPS):
            groups["graph"] += secs
        elif step in LLVM_STEPS:
            groups[{"llvm-codegen": "codegen"}.get(step, step)] += secs
        elif step.startswith("cache-"):
            groups["cache"] += secs
        else:
            groups["lower"] += secs
    return groups


def measure_model(name: str, path: str, args: argparse.Namespace) -> None:
    cache_dir = tempfile.mkdtemp(prefix="ember-bench-cache-")
    try:
        cold = run_child(CHILD, path, cache_dir)
        fresh = run_child(CHILD, path, cache_dir)
        counts = run_child(OP_COUNTS, path, cache_dir) if args.op_counts else {}
    except RuntimeError as error:
        print(f"{name:14} error: {error}")
        return
    finally:
        shutil.rmtree(cache_dir, ignore_errors=True)
    g = stage_groups(cold["steps"])
    print(f"{name:14} {cold['first']:7.2f} {cold['first_cpu']:7.2f} | " + " ".join(f"{g[k]:6.2f}" for k in g)
          + f" | {cold['second']:6.3f} {fresh['first']:6.3f} {fresh['process']:6.2f}"
          + (" | " + "/".join(str(counts[k]) for k in ("graph", "optimized", "loops", "llvm"))
             if counts else ""))  # fmt: skip
    if args.stages:
        width = max(len(s) for s in cold["steps"])
        for step, secs in cold["steps"].items():
            print(f"    {step:{width}} {secs:8.3f} s")


def measure_startup(command: list[str], repeat: int) -> str:
    walls, cpus = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return (f"{' '.join(command):28} wall best {min(walls):.3f} median {statistics.median(walls):.3f}"
            f"  cpu best {min(cpus):.3f} median {statistics.median(cpus):.3f} s")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--models", default=",".join(LIGHT),
                        help="comma-separated light model names or .onnx paths")  # fmt: skip
    parser.add_argument("--quick", action="store_true", help="squeezenet, the single-op model, start-up")
    parser.add_argument("--stages", action="store_true", help="print every compile step")
    parser.add_argument("--op-counts", action="store_true", help="IR op counts per stage (slower)")
    parser.add_argument("--repeat", type=int, default=7, help="start-up runs")
    args = parser.parse_args(argv)
    models = ["squeezenet"] if args.quick else [m for m in args.models.split(",") if m]
    print(f"CPU: {cpu_name()}; LLVM host: {llvm_cpu()}")
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"\n{'model':14} {'cold s':>7} {'cpu s':>7} | {'import':>6} {'graph':>6} {'lower':>6} {'transl':>6} "
          f"{'O3':>6} {'cgen':>6} {'cache':>6} | {'warm':>6} {'warm1':>6} {'proc':>6}"
          + (" | ops graph/optimized/loops/llvm" if args.op_counts else ""))  # fmt: skip
    print("  (warm: second compile in the same process; warm1: first compile in a new process "
          "with the entry on disk, incl. lazy imports; proc: that whole process)")  # fmt: skip
    for name in models:
        measure_model(Path(name).stem if name.endswith(".onnx") else name,
                      name if name.endswith(".onnx") else light_path(name), args)  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        single = os.path.join(tmp, "relu.onnx")
        subprocess.run([sys.executable, "-c", SINGLE_OP, single], check=True)
        measure_model("single-op relu", single, args)
    print()
    repeat = 3 if args.quick else args.repeat
    for command in (["ember-opt", "--help"], ["ember-opt", "--version"]):
        print(measure_startup(command, repeat))
    print(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
