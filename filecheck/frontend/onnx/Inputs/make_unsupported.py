"""Writes a model with two TopK nodes and a com.microsoft op (for errors.test)."""

import sys

import numpy as np
from onnx import TensorProto, helper, numpy_helper, save

nodes = [
    helper.make_node("TopK", ["x", "k"], ["v1", "i1"], name="top_a"),
    helper.make_node("TopK", ["v1", "k"], ["v2", "i2"], name="top_b"),
    helper.make_node("Gelu", ["v2"], ["y"], name="ms_gelu", domain="com.microsoft"),
]
graph = helper.make_graph(
    nodes, "bad", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [4, 8])],
    [helper.make_tensor_value_info("y", TensorProto.FLOAT, [4, 2])], [numpy_helper.from_array(np.array([2], np.int64), "k")],
)  # fmt: skip
save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)]), sys.argv[1])
