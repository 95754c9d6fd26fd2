"""Quantised int8 models: ember int8 vs ember f32 vs onnxruntime int8 vs onnxruntime f32 (1 thread).

Two float models built with onnx.helper — the small CNN of ``tests/frontend/test_onnx_quantized.py``
(two 3x3 convs, global pool, gemm; 1x3x32x32) and a ResNet-like stack (a 3x3 stride-2 stem,
two residual blocks of two 3x3 convs, a 1x1 stride-2 projection, global pool, gemm; 1x3x64x64)
— each quantised with ``onnxruntime.quantization.quantize_static`` (QDQ format, uint8
activations, int8 weights, per-channel unless ``--per-tensor``). All four configurations of a
model are timed interleaved in one process (``tools.measure.interleaved_times``); the table
shows medians and ratios to ember f32. ember's int8 outputs are checked against onnx's reference
evaluator (within one output quantum) first. The CPU is printed first.

    python benchmarks/quantized.py
    python benchmarks/quantized.py --repeat 300 --per-tensor
"""

from __future__ import annotations

import argparse
import os
import tempfile
from collections.abc import Callable

import numpy as np
import onnx
from onnx import TensorProto, numpy_helper
from onnx import helper as oh

import ember
from ember.tools.measure import interleaved_times, ort_session


def _weight(rng: np.random.Generator, name: str, shape: tuple[int, ...]) -> onnx.TensorProto:
    fan_in = int(np.prod(shape[1:])) if len(shape) > 1 else 1
    return numpy_helper.from_array((rng.standard_normal(shape) * np.sqrt(2.0 / fan_in)).astype(np.float32), name)


def _model(nodes: list[onnx.NodeProto], shape: tuple[int, ...], inits: list[onnx.TensorProto], classes: int) -> onnx.ModelProto:
    graph = oh.make_graph(nodes, "m", [oh.make_tensor_value_info("x", TensorProto.FLOAT, shape)],
                          [oh.make_tensor_value_info("y", TensorProto.FLOAT, [1, classes])], inits)  # fmt: skip
    model = oh.make_model(graph, opset_imports=[oh.make_opsetid("", 17)])
    model.ir_version = 8
    return model


def small_cnn() -> onnx.ModelProto:
    """Two 3x3 convs (3 -> 16, 16 -> 32 stride 2) with ReLU, global pool, a 32 -> 10 gemm."""
    rng = np.random.default_rng(0)
    nodes = [
        oh.make_node("Conv", ["x", "w1", "b1"], ["c1"], pads=[1, 1, 1, 1]), oh.make_node("Relu", ["c1"], ["r1"]),
        oh.make_node("Conv", ["r1", "w2", "b2"], ["c2"], pads=[1, 1, 1, 1], strides=[2, 2]), oh.make_node("Relu", ["c2"], ["r2"]),
        oh.make_node("GlobalAveragePool", ["r2"], ["p"]), oh.make_node("Flatten", ["p"], ["f"]),
        oh.make_node("Gemm", ["f", "wf", "bf"], ["y"], transB=1),
    ]  # fmt: skip
    inits = [_weight(rng, "w1", (16, 3, 3, 3)), _weight(rng, "b1", (16,)), _weight(rng, "w2", (32, 16, 3, 3)),
             _weight(rng, "b2", (32,)), _weight(rng, "wf", (10, 32)), _weight(rng, "bf", (10,))]  # fmt: skip
    return _model(nodes, (1, 3, 32, 32), inits, 10)


def resnet_like(width: int = 64) -> onnx.ModelProto:
    """Stem 3x3/2 3 -> ``width``, two residual blocks (3x3, ReLU, 3x3, add, ReLU), a 1x1/2
    projection to ``2 * width``, ReLU, global pool, gemm to 10 classes; input 1x3x64x64."""
    rng = np.random.default_rng(0)
    nodes: list[onnx.NodeProto] = []
    inits: list[onnx.TensorProto] = []

    def conv(src: str, dst: str, cin: int, cout: int, k: int, stride: int) -> None:
        name = f"w_{dst}"
        inits.extend([_weight(rng, name, (cout, cin, k, k)), _weight(rng, f"b_{dst}", (cout,))])
        nodes.append(oh.make_node("Conv", [src, name, f"b_{dst}"], [dst], pads=[k // 2] * 4, strides=[stride] * 2))

    conv("x", "s", 3, width, 3, 2)
    nodes.append(oh.make_node("Relu", ["s"], ["h0"]))
    for block in range(2):
        src = f"h{block}"
        conv(src, f"a{block}", width, width, 3, 1)
        nodes.append(oh.make_node("Relu", [f"a{block}"], [f"ar{block}"]))
        conv(f"ar{block}", f"c{block}", width, width, 3, 1)
        nodes.append(oh.make_node("Add", [f"c{block}", src], [f"sum{block}"]))
        nodes.append(oh.make_node("Relu", [f"sum{block}"], [f"h{block + 1}"]))
    conv("h2", "proj", width, 2 * width, 1, 2)
    nodes += [oh.make_node("Relu", ["proj"], ["pr"]), oh.make_node("GlobalAveragePool", ["pr"], ["p"]),
              oh.make_node("Flatten", ["p"], ["f"]), oh.make_node("Gemm", ["f", "wf", "bf"], ["y"], transB=1)]  # fmt: skip
    inits += [_weight(rng, "wf", (10, 2 * width)), _weight(rng, "bf", (10,))]
    return _model(nodes, (1, 3, 64, 64), inits, 10)


def quantize(model: onnx.ModelProto, shape: tuple[int, ...], per_channel: bool, workdir: str) -> onnx.ModelProto:
    """``model`` quantised by ``quantize_static`` (QDQ, uint8 activations, int8 weights) on eight
    random calibration images."""
    from onnxruntime import quantization

    class Calibration:
        def __init__(self) -> None:
            rng = np.random.default_rng(1)
            self.batches = iter([{"x": rng.standard_normal(shape).astype(np.float32)} for _ in range(8)])

        def get_next(self) -> dict[str, np.ndarray] | None:
            return next(self.batches, None)

    src, dst = os.path.join(workdir, "f32.onnx"), os.path.join(workdir, "int8.onnx")
    onnx.save(model, src)
    quantization.quantize_static(src, dst, Calibration(), quant_format=quantization.QuantFormat.QDQ, per_channel=per_channel,
                                 activation_type=quantization.QuantType.QUInt8, weight_type=quantization.QuantType.QInt8)  # fmt: skip
    return onnx.load(dst)


def check(model: onnx.ModelProto, exe: Callable, x: np.ndarray) -> float:
    """max |ember - onnx reference| of the int8 model's output."""
    from onnx.reference import ReferenceEvaluator

    (ours,) = exe(x)
    reference = onnx.ModelProto()
    reference.CopyFrom(model)
    for opset in reference.opset_import:  # the reference implements DequantizeLinear from opset 19
        if opset.domain in ("", "ai.onnx"):
            opset.version = max(opset.version, 21)
    return float(np.max(np.abs(ours - ReferenceEvaluator(reference).run(None, {"x": x})[0])))


def measure(name: str, model: onnx.ModelProto, shape: tuple[int, ...], per_channel: bool, repeat: int) -> None:
    with tempfile.TemporaryDirectory() as workdir:
        quantized = quantize(model, shape, per_channel, workdir)
    x = np.random.default_rng(2).standard_normal(shape).astype(np.float32)
    exes = {"ember int8": ember.compile(quantized, threads=1, cache=False), "ember f32": ember.compile(model, threads=1, cache=False)}
    sessions = {"onnxruntime int8": ort_session(quantized, 1, spinning=False), "onnxruntime f32": ort_session(model, 1, spinning=False)}
    error = check(quantized, exes["ember int8"], x)
    runs: dict[str, Callable[[], object]] = {key: (lambda exe=exe: exe(x)) for key, exe in exes.items()}
    runs.update({key: (lambda s=s: s.run(None, {"x": x})) for key, s in sessions.items()})
    medians = {key: lat.median * 1e3 for key, lat in interleaved_times(runs, repeat).items()}
    base = medians["ember f32"]
    cells = " | ".join(f"{medians[key]:.3f} ms ({medians[key] / base:.2f}x)" for key in runs)
    print(f"| {name} | {cells} | {error:.2g} |")


def main() -> None:
    import llvmlite.binding as llvm

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200, help="timed calls of each configuration")
    parser.add_argument("--per-tensor", action="store_true", help="per-tensor weight scales (default: per channel)")
    args = parser.parse_args()
    load = os.getloadavg()[0]
    print(f"CPU {llvm.get_host_cpu_name()}, 1 thread, load average {load:.2f}{' (loaded)' if load >= 1 else ''}; "
          f"{'per-tensor' if args.per_tensor else 'per-channel'} weights; medians, ratio to ember f32")  # fmt: skip
    print("| model | ember int8 | ember f32 | onnxruntime int8 | onnxruntime f32 | int8 max abs diff to reference |")
    print("|---|---|---|---|---|---|")
    measure("small CNN 1x3x32x32", small_cnn(), (1, 3, 32, 32), not args.per_tensor, args.repeat)
    measure("ResNet-like 1x3x64x64", resnet_like(), (1, 3, 64, 64), not args.per_tensor, args.repeat)


if __name__ == "__main__":
    main()
