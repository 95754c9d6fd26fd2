# Shape converters: static operands read from constants or folded subgraphs, Shape/Size as constants.
# REQUIRES: onnx
# RUN: %python %s %t.onnx && ember-import %t.onnx | filecheck %s

import sys

import numpy as np
from onnx import TensorProto, helper, numpy_helper, save

nodes = [
    # the exporter idiom: x.view(x.size(0), -1)
    helper.make_node("Shape", ["x"], ["shape"], name="shape"),
    helper.make_node("Gather", ["shape", "zero"], ["n"], name="gather", axis=0),
    helper.make_node("Unsqueeze", ["n", "axes0"], ["n1"], name="unsq"),
    helper.make_node("Concat", ["n1", "minus1"], ["target"], name="concat", axis=0),
    helper.make_node("Reshape", ["x", "target"], ["flat"], name="view"),
    helper.make_node("Slice", ["flat", "starts", "ends", "axes1", "steps"], ["sl"], name="slice"),
    helper.make_node("Split", ["sl", "split"], ["a", "b"], name="split", axis=1),
    helper.make_node("Pad", ["a", "pads", "pv"], ["padded"], name="pad"),
    helper.make_node("ConstantOfShape", ["cshape"], ["fill"], name="fill",
                     value=numpy_helper.from_array(np.array([7], np.int64))),
]  # fmt: skip
inits = {
    "zero": np.array(0, np.int64), "axes0": np.array([0], np.int64), "minus1": np.array([-1], np.int64),
    "starts": np.array([1], np.int64), "ends": np.array([100], np.int64), "axes1": np.array([1], np.int64),
    "steps": np.array([2], np.int64), "split": np.array([3, 2], np.int64),
    "pads": np.array([0, 1, 0, 2], np.int64), "pv": np.array(1.5, np.float32), "cshape": np.array([2, 2], np.int64),
}  # fmt: skip
graph = helper.make_graph(
    nodes, "shape", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [2, 2, 5])],
    [helper.make_tensor_value_info(n, t, None) for n, t in (("padded", 1), ("b", 1), ("fill", 7))],
    [numpy_helper.from_array(a, n) for n, a in inits.items()],
)  # fmt: skip
for out, dims in zip(graph.output, ([2, 6], [2, 2], [2, 2]), strict=True):
    for d in dims:
        out.type.tensor_type.shape.dim.add().dim_value = d
save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)]), sys.argv[1])

# The Shape -> Gather -> Unsqueeze -> Concat chain folds away; Reshape gets a static shape:
# CHECK-LABEL: func.func @main(%x: tensor<2x2x5xf32>
# CHECK-NOT:  graph.gather
# CHECK-NOT:  graph.concat
# CHECK:      %[[FLAT:.*]] = graph.reshape %x {shape = array<i64: 2, 10>} {{.*}} loc("view")
# CHECK-NEXT: %[[SL:.*]] = graph.slice %[[FLAT]] {starts = array<i64: 1>, ends = array<i64: 100>, axes = array<i64: 1>, steps = array<i64: 2>} : (tensor<2x10xf32>) -> tensor<2x5xf32> loc("slice")
# CHECK-NEXT: %[[A:.*]], %[[B:.*]] = graph.split %[[SL]] {axis = 1 : i64, sizes = array<i64: 3, 2>} {{.*}} loc("split")
# CHECK-NEXT: graph.pad %[[A]] {pads = array<i64: 0, 1, 0, 2>{{.*}}value = 1.500000e+00 : f64} : (tensor<2x3xf32>) -> tensor<2x6xf32> loc("pad")
# CHECK-NEXT: graph.fill {shape = array<i64: 2, 2>, value = 7 : i64, element = i64} : tensor<2x2xi64> loc("fill")
