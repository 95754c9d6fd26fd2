"""Writes a model with two Multinomial nodes and a com.microsoft op (for errors.test)."""

import sys

from onnx import TensorProto, helper, save

nodes = [
    helper.make_node("Multinomial", ["x"], ["n1"], name="draw_a", dtype=TensorProto.INT64),
    helper.make_node("Multinomial", ["x"], ["n2"], name="draw_b", dtype=TensorProto.INT64),
    helper.make_node("Gelu", ["x"], ["y"], name="ms_gelu", domain="com.microsoft"),
]
graph = helper.make_graph(
    nodes, "bad", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [4, 8])],
    [helper.make_tensor_value_info("y", TensorProto.FLOAT, [4, 8]),
     helper.make_tensor_value_info("n1", TensorProto.INT64, [4, 1]),
     helper.make_tensor_value_info("n2", TensorProto.INT64, [4, 1])], [],
)  # fmt: skip
save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)]), sys.argv[1])
