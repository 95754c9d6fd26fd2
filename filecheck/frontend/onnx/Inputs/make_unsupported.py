"""Writes a model with two NonZero nodes and a com.microsoft op (for errors.test)."""

import sys

from onnx import TensorProto, helper, save

nodes = [
    helper.make_node("NonZero", ["x"], ["n1"], name="nonzero_a"),
    helper.make_node("NonZero", ["x"], ["n2"], name="nonzero_b"),
    helper.make_node("Gelu", ["x"], ["y"], name="ms_gelu", domain="com.microsoft"),
]
graph = helper.make_graph(
    nodes, "bad", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [4, 8])],
    [helper.make_tensor_value_info("y", TensorProto.FLOAT, [4, 8]),
     helper.make_tensor_value_info("n1", TensorProto.INT64, [2, "n"]),
     helper.make_tensor_value_info("n2", TensorProto.INT64, [2, "m"])], [],
)  # fmt: skip
save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)]), sys.argv[1])
