# Composite converters: Einsum as transpose/reshape/matmul, LayerNorm with its statistics outputs,
# Gelu (opset 20) and Trilu as a constant mask.
# REQUIRES: onnx
# RUN: %python %s %t.onnx && ember-import %t.onnx --no-locations | filecheck %s

import sys

import numpy as np
from onnx import TensorProto, helper, numpy_helper, save

nodes = [
    helper.make_node("Einsum", ["q", "k"], ["scores"], equation="bhqd,bhkd->bhqk"),
    helper.make_node("LayerNormalization", ["scores", "gamma"], ["ln", "mean", "inv_std"], axis=-1),
    helper.make_node("Gelu", ["ln"], ["act"], approximate="tanh"),
    helper.make_node("Trilu", ["act"], ["y"], upper=0),
]
graph = helper.make_graph(
    nodes, "composites",
    [helper.make_tensor_value_info("q", TensorProto.FLOAT, [1, 2, 3, 4]),
     helper.make_tensor_value_info("k", TensorProto.FLOAT, [1, 2, 3, 4])],
    [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 2, 3, 3]),
     helper.make_tensor_value_info("mean", TensorProto.FLOAT, [1, 2, 3, 1]),
     helper.make_tensor_value_info("inv_std", TensorProto.FLOAT, [1, 2, 3, 1])],
    [numpy_helper.from_array(np.ones(3, np.float32), "gamma")],
)  # fmt: skip
save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 20)]), sys.argv[1])

# CHECK-LABEL: func.func @main(%q: tensor<1x2x3x4xf32>, %k: tensor<1x2x3x4xf32>)
# Einsum: batch dims b,h; free q and k; contraction d -> one batched matmul:
# CHECK:      %[[Q3:.*]] = graph.reshape %q {shape = array<i64: 2, 3, 4>}
# CHECK:      %[[KT:.*]] = graph.transpose %k {perm = array<i64: 0, 1, 3, 2>}
# CHECK-NEXT: %[[K3:.*]] = graph.reshape %[[KT]] {shape = array<i64: 2, 4, 3>}
# CHECK-NEXT: %[[MM:.*]] = graph.matmul %[[Q3]], %[[K3]] : (tensor<2x3x4xf32>, tensor<2x4x3xf32>) -> tensor<2x3x3xf32>
# CHECK-NEXT: %[[S:.*]] = graph.reshape %[[MM]] {shape = array<i64: 1, 2, 3, 3>}
# LayerNorm with Mean / InvStdDev outputs is spelled out:
# CHECK-NEXT: %[[MEAN:.*]] = graph.reduce_mean %[[S]] {axes = array<i64: 3>{{.*}}} : (tensor<1x2x3x3xf32>) -> tensor<1x2x3x1xf32>
# CHECK:      graph.reciprocal
# CHECK:      graph.gelu {{.*}}tanh
# CHECK:      %[[MASK:.*]] = graph.constant dense<{{\[\[}}true, false, false], [true, true, false], [true, true, true]]> : tensor<3x3xi1>
# CHECK:      graph.where %[[MASK]]
# CHECK:      func.return %{{.*}}, %[[MEAN]], %{{.*}} : tensor<1x2x3x3xf32>, tensor<1x2x3x1xf32>, tensor<1x2x3x1xf32>
