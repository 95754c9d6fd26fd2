"""ember vs onnxruntime on one ONNX LSTM / GRU / RNN node (ember unrolls it at import).

Builds the node with onnx.helper (seeded random weights), compiles it with ember and prints
compile seconds (import / ember passes / LLVM), the graph ops the node became (total and per time
step), the median latency of ember and onnxruntime at the same thread count, timed interleaved
in one process (onnxruntime's idle threads do not spin), and the largest output difference
relative to the output's magnitude. A print, not an assertion.

    python benchmarks/recurrent.py                               # LSTM, seq 32, batch 4, hidden 128
    python benchmarks/recurrent.py --op GRU --seq 64 --direction bidirectional --threads 1,2
"""

from __future__ import annotations

import argparse
import time
from collections import Counter

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

import ember
from ember.target.host import host_target
from ember.tools.measure import (
    interleaved_median_ms,
    ort_session,
    relative_error,
    stage_groups,
    thread_counts,
)

GATES = {"LSTM": 4, "GRU": 3, "RNN": 1}


def build(op: str, seq: int, batch: int, width: int, hidden: int, direction: str) -> onnx.ModelProto:
    rng = np.random.default_rng(0)
    dirs = 2 if direction == "bidirectional" else 1
    rows = GATES[op] * hidden
    scale = 1.0 / np.sqrt(hidden)
    weights = {
        "W": rng.uniform(-scale, scale, (dirs, rows, width)),
        "R": rng.uniform(-scale, scale, (dirs, rows, hidden)),
        "B": rng.uniform(-scale, scale, (dirs, 2 * rows)),
    }
    outputs = ["Y", "Y_h"] + (["Y_c"] if op == "LSTM" else [])
    node = helper.make_node(op, ["X", "W", "R", "B"], outputs, hidden_size=hidden, direction=direction)
    graph = helper.make_graph(
        [node], op.lower(),
        [helper.make_tensor_value_info("X", TensorProto.FLOAT, (seq, batch, width))],
        [helper.make_tensor_value_info(o, TensorProto.FLOAT, None) for o in outputs],
        [numpy_helper.from_array(v.astype(np.float32), k) for k, v in weights.items()],
    )  # fmt: skip
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 22)])
    model.ir_version = 10
    return onnx.shape_inference.infer_shapes(model)


def graph_ops(model: onnx.ModelProto) -> Counter[str]:
    module = ember.import_onnx(model)
    return Counter(op.name for op in module.walk() if op.name.startswith("graph."))


def measure(model: onnx.ModelProto, x: np.ndarray, threads: int, repeat: int) -> str:
    """One line: compile seconds, ember and onnxruntime latency, their ratio, the error."""
    start = time.perf_counter()
    exe = ember.compile(model, cache=False, progress=False, threads=threads)
    seconds = time.perf_counter() - start
    imported, passes, llvm = stage_groups(exe.compile_times.steps)
    session = ort_session(model, threads, spinning=False)
    ours = [np.asarray(r) for r in exe(x)]
    theirs = session.run(None, {"X": x})
    error = max(relative_error(a, b) for a, b in zip(ours, theirs, strict=True))
    ms = interleaved_median_ms({"ember": lambda: exe(x), "ort": lambda: session.run(None, {"X": x})}, repeat)
    return (f"threads {threads}: compile {seconds:.1f} s (import {imported:.1f}, passes {passes:.1f}, "
            f"LLVM {llvm:.1f}); ember {ms['ember']:.3f} ms, onnxruntime {ms['ort']:.3f} ms, "
            f"ratio {ms['ember'] / ms['ort']:.2f}; max rel err {error:.1e}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--op", choices=sorted(GATES), default="LSTM")
    parser.add_argument("--seq", type=int, default=32)
    parser.add_argument("--batch", type=int, default=4)
    parser.add_argument("--input", type=int, default=128, help="input width")
    parser.add_argument("--hidden", type=int, default=128)
    parser.add_argument("--direction", choices=("forward", "reverse", "bidirectional"), default="forward")
    parser.add_argument("--threads", type=thread_counts, default=[1])
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()

    model = build(args.op, args.seq, args.batch, args.input, args.hidden, args.direction)
    x = np.random.default_rng(1).standard_normal((args.seq, args.batch, args.input)).astype(np.float32)
    ops = graph_ops(model)
    print(f"{args.op} seq {args.seq} batch {args.batch} input {args.input} hidden {args.hidden} "
          f"{args.direction}; CPU {host_target().cpu}")  # fmt: skip
    print(f"graph ops after import: {sum(ops.values())} ({sum(ops.values()) / args.seq:.1f} per step): "
          + ", ".join(f"{k.removeprefix('graph.')} {v}" for k, v in ops.most_common()))  # fmt: skip
    for threads in args.threads:
        print(measure(model, x, threads, args.repeat))

if __name__ == "__main__":
    main()
