"""Session-wide test settings: the compile cache of every test process lives in a fresh
temporary directory (``EMBER_CACHE_DIR``), never in the user's ``~/.cache/ember``; compiles run
in one process (``EMBER_COMPILE_JOBS=1``) unless a test asks for more, so a test's compile steps
do not depend on how busy the machine is (``tests/test_sharded_backend.py`` sets its own)."""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

_CACHE_DIR = tempfile.mkdtemp(prefix="ember-test-cache-")
os.environ["EMBER_CACHE_DIR"] = _CACHE_DIR
os.environ.setdefault("EMBER_COMPILE_JOBS", "1")


def pytest_unconfigure(config) -> None:  # noqa: ARG001, ANN001
    shutil.rmtree(_CACHE_DIR, ignore_errors=True)


def tiny_cnn_model():  # noqa: ANN201
    """A small named-node CNN (conv1 -> relu1 -> pool1 -> flat -> fc -> prob), seeded weights:
    the model the tool and profiler tests compile."""
    import numpy as np
    from onnx import TensorProto, helper, numpy_helper

    rng = np.random.default_rng(0)
    weights = {
        "w1": rng.standard_normal((8, 3, 3, 3)).astype(np.float32) * 0.3,
        "b1": rng.standard_normal(8).astype(np.float32) * 0.1,
        "w2": rng.standard_normal((10, 8 * 8 * 8)).astype(np.float32) * 0.05,
        "b2": rng.standard_normal(10).astype(np.float32) * 0.1,
    }
    nodes = [
        helper.make_node("Conv", ["x", "w1", "b1"], ["c"], name="conv1", pads=[1, 1, 1, 1]),
        helper.make_node("Relu", ["c"], ["r"], name="relu1"),
        helper.make_node("MaxPool", ["r"], ["p"], name="pool1", kernel_shape=[2, 2], strides=[2, 2]),
        helper.make_node("Flatten", ["p"], ["f"], name="flat"),
        helper.make_node("Gemm", ["f", "w2", "b2"], ["logits"], name="fc", transB=1),
        helper.make_node("Softmax", ["logits"], ["prob"], name="softmax"),
    ]
    graph = helper.make_graph(
        nodes, "tiny_cnn",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 3, 16, 16])],
        [helper.make_tensor_value_info("prob", TensorProto.FLOAT, [1, 10])],
        [numpy_helper.from_array(v, k) for k, v in weights.items()],
    )  # fmt: skip
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])


@pytest.fixture(scope="session")
def tiny_cnn(tmp_path_factory):  # noqa: ANN001, ANN201
    """The path of :func:`tiny_cnn_model` saved as ``tiny_cnn.onnx`` (do not modify it)."""
    import onnx

    path = tmp_path_factory.mktemp("tiny_cnn") / "tiny_cnn.onnx"
    onnx.save(tiny_cnn_model(), path)
    return str(path)
