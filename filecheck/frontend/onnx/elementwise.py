# Elementwise converters: binary/unary table rows, attribute activations, composites.
# REQUIRES: onnx
# RUN: %python %s %t.onnx && ember-import %t.onnx | filecheck %s
# RUN: ember-import %t.onnx | ember-opt | filecheck %s --check-prefix=ROUNDTRIP

import sys

from onnx import TensorProto, helper, save

nodes = [
    helper.make_node("Add", ["x", "y"], ["add"], name="add0"),
    helper.make_node("Relu", ["add"], ["relu"], name="relu0"),
    helper.make_node("LeakyRelu", ["relu"], ["leaky"], name="leaky0", alpha=0.2),
    helper.make_node("Clip", ["leaky", "lo", "hi"], ["clip"], name="clip0"),
    helper.make_node("PRelu", ["clip", "slope"], ["prelu"], name="prelu0"),
    helper.make_node("Sum", ["prelu", "x", "y"], ["sum"], name="sum0"),
    helper.make_node("Less", ["sum", "x"], ["less"], name="less0"),
    helper.make_node("Where", ["less", "sum", "x"], ["where"], name="where0"),
    helper.make_node("Cast", ["where"], ["out"], name="cast0", to=TensorProto.DOUBLE),
]
inits = [
    helper.make_tensor("lo", TensorProto.FLOAT, [], [0.0]),
    helper.make_tensor("hi", TensorProto.FLOAT, [], [6.0]),
    helper.make_tensor("slope", TensorProto.FLOAT, [4], [0.1, 0.2, 0.3, 0.4]),
]
graph = helper.make_graph(
    nodes, "elementwise",
    [helper.make_tensor_value_info("x", TensorProto.FLOAT, [2, 4]), helper.make_tensor_value_info("y", TensorProto.FLOAT, [4])],
    [helper.make_tensor_value_info("out", TensorProto.DOUBLE, [2, 4])], inits,
)  # fmt: skip
save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), sys.argv[1])

# CHECK-LABEL: func.func @main(%x: tensor<2x4xf32> loc("x"), %y: tensor<4xf32> loc("y")) -> tensor<2x4xf64>
# CHECK:      %[[ADD:.*]] = graph.add %x, %y : (tensor<2x4xf32>, tensor<4xf32>) -> tensor<2x4xf32> loc("add0")
# CHECK-NEXT: %[[RELU:.*]] = graph.relu %[[ADD]] {{.*}} loc("relu0")
# CHECK-NEXT: %[[LEAKY:.*]] = graph.leaky_relu %[[RELU]] {alpha = 2.000000e-01 : f64}{{.*}} loc("leaky0")
# CHECK-NEXT: %[[CLIP:.*]] = graph.clip %[[LEAKY]] {min = 0.000000e+00 : f64, max = 6.000000e+00 : f64}{{.*}} loc("clip0")
# CHECK:      graph.less %[[CLIP]], {{.*}} loc("prelu0")
# CHECK:      graph.mul %[[CLIP]], {{.*}} loc("prelu0")
# CHECK:      graph.where {{.*}} loc("prelu0")
# CHECK:      graph.add {{.*}} loc("sum0")
# CHECK-NEXT: graph.add {{.*}} loc("sum0")
# CHECK:      graph.cast {{.*}} {to = f64} : (tensor<2x4xf32>) -> tensor<2x4xf64> loc("cast0")
# CHECK:      func.return

# ROUNDTRIP-LABEL: func.func @main
# ROUNDTRIP: graph.leaky_relu
# ROUNDTRIP: graph.cast
