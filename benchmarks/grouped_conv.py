"""Grouped / depthwise convolution layers on their own: ember vs onnxruntime (1 thread), GFLOP/s.

Each shape is a one-node ONNX model with random weights; ember is compiled for the host with
each vector width of ``--lanes`` (default: the host's own), and all are timed interleaved with
onnxruntime in one process (medians of ``--rounds`` rounds of ``--inner`` calls each). Outputs
are checked against onnxruntime. The CPU is printed first.

    python benchmarks/grouped_conv.py
    python benchmarks/grouped_conv.py --lanes 8 4 --rounds 15
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

import ember

# (name, input NCHW, Co, kernel, stride, pad, group)
SHAPES = [
    ("dw3x3 32x112x112", (1, 32, 112, 112), 32, 3, 1, 1, 32),
    ("dw3x3/2 112x56x56", (1, 112, 56, 56), 112, 3, 2, 1, 112),
    ("dw3x3 272x14x14", (1, 272, 14, 14), 272, 3, 1, 1, 272),
    ("g4 1x1 136x28x28", (1, 136, 28, 28), 136, 1, 1, 0, 4),
    ("g4 1x1 272x14x14", (1, 272, 14, 14), 272, 1, 1, 0, 4),
    ("g4 1x1 544x7x7", (1, 544, 7, 7), 544, 1, 1, 0, 4),
    ("g3 1x1 240x28x28", (1, 240, 28, 28), 240, 1, 1, 0, 3),
]


def conv_model(shape: tuple[int, ...], co: int, k: int, stride: int, pad: int, group: int) -> onnx.ModelProto:
    rng = np.random.default_rng(0)
    w = rng.standard_normal((co, shape[1] // group, k, k)).astype(np.float32)
    node = helper.make_node("Conv", ["x", "w"], ["y"], kernel_shape=[k, k], strides=[stride] * 2, pads=[pad] * 4, group=group)
    out = (shape[2] + 2 * pad - k) // stride + 1
    graph = helper.make_graph(
        [node], "conv", [helper.make_tensor_value_info("x", TensorProto.FLOAT, shape)],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, (1, co, out, out))], [numpy_helper.from_array(w, "w")],
    )  # fmt: skip
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])


def compiled(model: onnx.ModelProto, lanes: int) -> Callable:
    """``model`` compiled for the host with its vector width overridden to ``lanes`` floats."""
    return ember.compile(model, target={"name": "host", "vector_bits": 32 * lanes}, threads=1, cache=False)


def main() -> None:
    import llvmlite.binding as llvm
    import onnxruntime as ort

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lanes", type=int, nargs="+", default=None, help="vector widths to compile for (default: the host's; wider than the host cannot run)")
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--inner", type=int, default=10)
    args = parser.parse_args()
    print(f"CPU {llvm.get_host_cpu_name()}; GFLOP/s (2 * MAC), 1 thread")
    if args.lanes is None:
        from ember.target.host import host_target

        args.lanes = [host_target().lanes]
    print("| shape | " + " | ".join(f"ember {n} lanes" for n in args.lanes) + " | onnxruntime |")
    for name, shape, co, k, stride, pad, group in SHAPES:
        model = conv_model(shape, co, k, stride, pad, group)
        so = ort.SessionOptions()
        so.intra_op_num_threads = 1
        sess = ort.InferenceSession(model.SerializeToString(), so, providers=["CPUExecutionProvider"])
        x = np.random.default_rng(1).standard_normal(shape).astype(np.float32)
        (ref,) = sess.run(None, {"x": x})
        runs = [compiled(model, lanes) for lanes in args.lanes]
        for exe in runs:
            (y,) = exe(x)
            assert np.max(np.abs(y - ref)) <= 1e-4 * np.max(np.abs(ref)), name
        fns = [lambda exe=exe, x=x: exe(x) for exe in runs] + [lambda sess=sess, x=x: sess.run(None, {"x": x})]
        times: list[list[float]] = [[] for _ in fns]
        for _ in range(args.rounds):
            for fn, record in zip(fns, times, strict=True):
                start = time.perf_counter()
                for _ in range(args.inner):
                    fn()
                record.append((time.perf_counter() - start) / args.inner)
        flops = 2.0 * ref.size * (shape[1] // group) * k * k
        cells = [f"{flops / statistics.median(t) / 1e9:.1f}" for t in times]
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
