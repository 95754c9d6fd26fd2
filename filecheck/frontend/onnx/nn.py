# NN converters: Conv auto_pad to explicit pads, pooling, Gemm, BatchNorm, pre-13 Softmax coercion.
# REQUIRES: onnx
# RUN: %python %s %t.onnx && ember-import %t.onnx --elide-large-constants | filecheck %s

import sys

import numpy as np
from onnx import TensorProto, helper, numpy_helper, save

nodes = [
    helper.make_node("Conv", ["x", "w", "b"], ["conv"], name="conv1", auto_pad="SAME_UPPER", strides=[2, 2]),
    helper.make_node("BatchNormalization", ["conv", "s", "b", "m", "v"], ["bn"], name="bn1"),
    helper.make_node("MaxPool", ["bn"], ["pool"], name="pool1", kernel_shape=[3, 3], strides=[2, 2], ceil_mode=1),
    helper.make_node("GlobalAveragePool", ["pool"], ["gap"], name="gap"),
    helper.make_node("Flatten", ["gap"], ["flat"], name="flatten"),
    helper.make_node("Gemm", ["flat", "fc_w", "fc_b"], ["fc"], name="fc", transB=1),
    helper.make_node("Unsqueeze", ["fc"], ["fc3"], name="unsq", axes=[1]),
    helper.make_node("Softmax", ["fc3"], ["prob"], name="softmax", axis=1),
]
inits = {
    "w": np.ones((8, 3, 3, 3), np.float32), "b": np.zeros(8, np.float32), "s": np.ones(8, np.float32),
    "m": np.zeros(8, np.float32), "v": np.ones(8, np.float32), "fc_w": np.ones((10, 8), np.float32),
    "fc_b": np.zeros(10, np.float32),
}  # fmt: skip
graph = helper.make_graph(
    nodes, "nn", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 3, 15, 15])],
    [helper.make_tensor_value_info("prob", TensorProto.FLOAT, [1, 1, 10])],
    [numpy_helper.from_array(a, n) for n, a in inits.items()],
)  # fmt: skip
save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 11)]), sys.argv[1])

# CHECK-LABEL: func.func @main(%x: tensor<1x3x15x15xf32>
# CHECK:      %[[W:.*]] = graph.constant dense_resource<__elided__> : tensor<8x3x3x3xf32> loc("w")
# CHECK:      %[[CONV:.*]] = graph.conv %x, %[[W]], %{{.*}} {strides = array<i64: 2, 2>, pads = array<i64: 1, 1, 1, 1>} : {{.*}} -> tensor<1x8x8x8xf32> loc("conv1")
# CHECK-NEXT: graph.batch_norm %[[CONV]], {{.*}} -> tensor<1x8x8x8xf32> loc("bn1")
# CHECK-NEXT: graph.max_pool {{.*}}ceil_mode = 1 : i64{{.*}} -> tensor<1x8x4x4xf32> loc("pool1")
# CHECK-NEXT: graph.global_avg_pool {{.*}} -> tensor<1x8x1x1xf32> loc("gap")
# CHECK-NEXT: graph.flatten {{.*}} -> tensor<1x8xf32> loc("flatten")
# CHECK-NEXT: graph.gemm {{.*}}trans_b = 1 : i64{{.*}} -> tensor<1x10xf32> loc("fc")
# CHECK-NEXT: graph.unsqueeze
# Softmax before opset 13 normalises the flattened [axis, rank) block:
# CHECK-NEXT: %[[FLAT:.*]] = graph.reshape {{.*}} {shape = array<i64: 1, 10>} : (tensor<1x1x10xf32>) -> tensor<1x10xf32> loc("softmax")
# CHECK-NEXT: %[[SM:.*]] = graph.softmax %[[FLAT]] {axis = 1 : i64} {{.*}} loc("softmax")
# CHECK-NEXT: graph.reshape %[[SM]] {shape = array<i64: 1, 1, 10>} {{.*}} loc("softmax")
