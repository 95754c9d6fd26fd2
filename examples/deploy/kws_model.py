"""Write a keyword-spotting-sized ONNX model (DS-CNN shape, seeded random weights) to a file.

    python examples/deploy/kws_model.py kws.onnx

Input ``mfcc``: 1x1x49x10 (49 frames x 10 MFCC coefficients); a 10x4 stride-2 convolution to
64 channels, four depthwise-separable blocks (3x3 depthwise + 1x1 pointwise, each with ReLU), a
global average pool and a fully connected layer to 12 keyword logits (``logits``: 1x12). It is
the example of the no-heap microcontroller build (``docs/deploy.md``); the weights are random,
so the numbers it computes only serve to compare ember with onnxruntime.
"""

from __future__ import annotations

import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

CHANNELS = 64
KEYWORDS = 12
BLOCKS = 4


def kws_model(seed: int = 0) -> onnx.ModelProto:
    """The DS-CNN keyword-spotting model with seeded random weights."""
    rng = np.random.default_rng(seed)
    inits: list[onnx.TensorProto] = []

    def weight(name: str, *shape: int) -> str:
        fan_in = int(np.prod(shape[1:])) if len(shape) > 1 else 1
        values = rng.standard_normal(shape) * np.sqrt(2.0 / fan_in)
        inits.append(numpy_helper.from_array(values.astype(np.float32), name))
        return name

    def bias(name: str, size: int) -> str:
        inits.append(numpy_helper.from_array((rng.standard_normal(size) * 0.1).astype(np.float32), name))
        return name

    node = helper.make_node
    nodes = [
        node("Conv", ["mfcc", weight("w0", CHANNELS, 1, 10, 4), bias("b0", CHANNELS)], ["c0"],
             strides=[2, 2], pads=[4, 1, 5, 2]),
        node("Relu", ["c0"], ["h0"]),
    ]  # fmt: skip
    for i in range(BLOCKS):
        dw, pw = weight(f"dw{i}", CHANNELS, 1, 3, 3), weight(f"pw{i}", CHANNELS, CHANNELS, 1, 1)
        nodes += [
            node("Conv", [f"h{i}", dw, bias(f"db{i}", CHANNELS)], [f"d{i}"], group=CHANNELS, pads=[1, 1, 1, 1]),
            node("Relu", [f"d{i}"], [f"dr{i}"]),
            node("Conv", [f"dr{i}", pw, bias(f"pb{i}", CHANNELS)], [f"p{i}"]),
            node("Relu", [f"p{i}"], [f"h{i + 1}"]),
        ]
    nodes += [
        node("GlobalAveragePool", [f"h{BLOCKS}"], ["pooled"]),
        node("Flatten", ["pooled"], ["flat"]),
        node("Gemm", ["flat", weight("fc", KEYWORDS, CHANNELS), bias("fcb", KEYWORDS)], ["logits"], transB=1),
    ]
    graph = helper.make_graph(
        nodes,
        "kws_dscnn",
        [helper.make_tensor_value_info("mfcc", TensorProto.FLOAT, [1, 1, 49, 10])],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, [1, KEYWORDS])],
        inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    onnx.checker.check_model(model)
    return model


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python examples/deploy/kws_model.py OUTPUT.onnx", file=sys.stderr)
        return 2
    onnx.save(kws_model(), argv[0])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
