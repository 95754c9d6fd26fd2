"""Compile a bundled model with ember, run it, and check it against onnxruntime.

    python examples/quickstart.py [squeezenet|resnet50|... | model.onnx] [--constant-weights]

The default model is the light SqueezeNet shipped inside the onnx wheel. Its weights are
constant fills (which make the output a flat softmax), so by default they are replaced with
seeded random values first; the script prints ember's per-stage compile times, the run time of
ember and of onnxruntime (one thread each), the top-5 classes and the largest difference.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import time

import numpy as np
import onnx
from onnx import numpy_helper

import ember

LIGHT_DIR = os.path.join(os.path.dirname(onnx.__file__), "backend", "test", "data", "light")


def load(name: str, constant_weights: bool) -> onnx.ModelProto:
    path = name if name.endswith(".onnx") else os.path.join(LIGHT_DIR, f"light_{name}.onnx")
    model = onnx.load(path)
    return model if constant_weights else randomize(model)


def randomize(model: onnx.ModelProto, seed: int = 0) -> onnx.ModelProto:
    """ConstantOfShape weights -> seeded random initializers (batch-norm scales/vars positive)."""
    model.ir_version = max(model.ir_version, 4)
    rng = np.random.default_rng(seed)
    inits = {t.name: numpy_helper.to_array(t) for t in model.graph.initializer}
    positive = {n.input[i] for n in model.graph.node if n.op_type == "BatchNormalization" for i in (1, 4)}
    keep = []
    for node in model.graph.node:
        if node.op_type != "ConstantOfShape" or node.input[0] not in inits:
            keep.append(node)
            continue
        shape = tuple(int(d) for d in inits[node.input[0]])
        if node.output[0] in positive:
            array = rng.uniform(0.5, 1.5, shape)
        elif len(shape) >= 2:
            array = rng.standard_normal(shape) * math.sqrt(2.0 / math.prod(shape[1:]))
        else:
            array = rng.standard_normal(shape) * 0.1
        model.graph.initializer.append(numpy_helper.from_array(array.astype(np.float32), node.output[0]))
    del model.graph.node[:]
    model.graph.node.extend(keep)
    return model


def inputs_for(model: onnx.ModelProto) -> list[np.ndarray]:
    inits = {t.name for t in model.graph.initializer}
    rng = np.random.default_rng(1)
    arrays = []
    for info in model.graph.input:
        if info.name not in inits:
            shape = [d.dim_value or 1 for d in info.type.tensor_type.shape.dim]
            arrays.append(rng.random(shape, dtype=np.float32))
    return arrays


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", nargs="?", default="squeezenet")
    parser.add_argument("--constant-weights", action="store_true", help="keep the constant fills")
    args = parser.parse_args()
    model = load(args.model, args.constant_weights)
    inputs = inputs_for(model)

    start = time.perf_counter()
    exe = ember.compile(model)
    print(f"ember.compile: {time.perf_counter() - start:.2f} s\n{exe.compile_times.table()}\n")
    outputs = exe(*inputs)
    start = time.perf_counter()
    outputs = exe(*inputs)
    ember_ms = (time.perf_counter() - start) * 1e3

    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.log_severity_level = 3
    session = ort.InferenceSession(model.SerializeToString(), options, providers=["CPUExecutionProvider"])
    feeds = dict(zip([i.name for i in session.get_inputs()], inputs, strict=True))
    expected = session.run(None, feeds)
    start = time.perf_counter()
    expected = session.run(None, feeds)
    ort_ms = (time.perf_counter() - start) * 1e3

    for name, out, ref in zip(exe.output_names, outputs, expected, strict=True):
        top = np.argsort(out.reshape(-1))[::-1][:5]
        print(f"{name}: shape {out.shape}, top-5 {top.tolist()}, max |ember - onnxruntime| = "
              f"{float(np.max(np.abs(out - ref))):.2e}")  # fmt: skip
    print(f"run: ember {ember_ms:.1f} ms, onnxruntime {ort_ms:.1f} ms (1 thread)")
    ok = all(np.allclose(o, e, rtol=1e-3, atol=1e-4) for o, e in zip(outputs, expected, strict=True))
    print("outputs match onnxruntime" if ok else "OUTPUTS DIFFER from onnxruntime")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
