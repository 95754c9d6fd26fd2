"""GatherND with ``batch_dims`` > 0 compiled, against onnx's reference evaluator (negative
indices, index tuples shorter than the data's rank, several batch dims)."""

from __future__ import annotations

import numpy as np
import pytest
from onnx import TensorProto, helper
from onnx.reference import ReferenceEvaluator

import ember

RNG = np.random.default_rng(11)


@pytest.mark.parametrize(
    "data_shape, index_shape, batch_dims",
    [((2, 3, 4), (2, 5, 1), 1), ((2, 3, 4), (2, 2), 1), ((2, 3, 4, 5), (2, 3, 6, 1), 2),
     ((3, 2, 2, 3), (3, 4, 2), 1), ((2, 2, 3), (2, 2, 1), 2)],
    ids=str,
)  # fmt: skip
def test_gather_nd_with_batch_dims_matches_reference(data_shape, index_shape, batch_dims) -> None:  # noqa: ANN001
    data = RNG.standard_normal(data_shape).astype(np.float32)
    depth = index_shape[-1]
    bounds = np.array(data_shape[batch_dims : batch_dims + depth])
    indices = (RNG.integers(0, 1 << 20, index_shape) % bounds - RNG.integers(0, 2, index_shape) * bounds).astype(np.int64)
    node = helper.make_node("GatherND", ["data", "indices"], ["y"], name="gnd", batch_dims=batch_dims)
    out_shape = (*index_shape[:-1], *data_shape[batch_dims + depth :])
    graph = helper.make_graph(
        [node], "g", [helper.make_tensor_value_info("data", TensorProto.FLOAT, data_shape),
                      helper.make_tensor_value_info("indices", TensorProto.INT64, index_shape)],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, out_shape)],
    )  # fmt: skip
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    want = ReferenceEvaluator(model).run(None, {"data": data, "indices": indices})[0]
    got = np.asarray(ember.compile(model, cache=False, progress=False)(data, indices)[0])
    np.testing.assert_array_equal(got, want)
