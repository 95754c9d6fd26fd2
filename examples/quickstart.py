"""Compile a bundled model with ember, run it, and check it against onnxruntime.

    python examples/quickstart.py [squeezenet|resnet50|... | model.onnx] [--constant-weights]

The default model is the light SqueezeNet shipped inside the onnx wheel. Its weights are
constant fills (which make the output a flat softmax), so by default they are replaced with
seeded random values first; the script prints ember's per-stage compile times, the run time of
ember and of onnxruntime (one thread each), the top-5 classes and the largest difference.
"""

from __future__ import annotations

import argparse
import sys
import time

import numpy as np
import onnx

import ember
from ember.frontend.onnx.light_models import light_model_path, with_random_weights


def load(name: str, constant_weights: bool) -> onnx.ModelProto:
    model = onnx.load(light_model_path(name))
    return model if constant_weights else with_random_weights(model, expose_softmax_input=False)


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
