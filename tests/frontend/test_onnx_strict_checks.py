"""ONNX models onnxruntime rejects are rejected by ember at import, with one clear line naming
the file and node: Conv/Pool attributes inconsistent with the weights, value_info element types
that disagree with the graph, a future opset, and a checker failure reported together with every
unsupported op."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

from ember.tools.ember_import import main as import_main

ort = pytest.importorskip("onnxruntime")


def _save(nodes: list[onnx.NodeProto], path: Path, inits: list[onnx.TensorProto] = (), value_info=(), opset: int = 17,
          inputs: list[onnx.ValueInfoProto] | None = None) -> Path:  # fmt: skip
    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 3, 8, 8])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, ["a", "b", "c", "d"])
    graph = helper.make_graph(nodes, "g", inputs or [x], [y], list(inits), value_info=list(value_info))
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])
    model.ir_version = 8
    path.write_bytes(model.SerializeToString())
    return path


def _conv(path: Path, **attrs: object) -> Path:
    w = numpy_helper.from_array(np.ones((4, 3, 3, 3), np.float32), "w")
    return _save([helper.make_node("Conv", ["x", "w"], ["y"], name="conv0", **attrs)], path, [w])


def _pool(path: Path, **attrs: object) -> Path:
    return _save([helper.make_node("MaxPool", ["x"], ["y"], name="pool0", **attrs)], path)


def _ort_rejects(path: Path) -> bool:
    try:
        session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
        session.run(None, {"x": np.ones((1, 3, 8, 8), np.float32)})
    except Exception:
        return True
    return False


def _ember_error(path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    status = import_main([str(path), "-o", str(tmp_path / "out.mlir")])
    err = capsys.readouterr().err
    assert (status == 0) == (err == ""), err
    assert "internal compiler error" not in err and err.count("\n") <= 1, err
    return err


CASES = {
    "conv_kernel_shape": (lambda p: _conv(p, kernel_shape=[2, 2]),
                          "node 'conv0' (Conv): kernel_shape [2, 2] is not compatible with the weight shape [4, 3, 3, 3]"),
    "conv_strides": (lambda p: _conv(p, strides=[1]), "node 'conv0' (Conv): 'strides' has 1 values, expected 2"),
    "conv_dilations": (lambda p: _conv(p, dilations=[1, 1, 1]), "'dilations' has 3 values, expected 2"),
    "conv_pads": (lambda p: _conv(p, pads=[1, 1]), "'pads' has 2 values, expected 4"),
    "pool_strides": (lambda p: _pool(p, kernel_shape=[2, 2], strides=[2]), "node 'pool0' (MaxPool): 'strides' has 1 values"),
    "pool_kernel_rank": (lambda p: _pool(p, kernel_shape=[2, 2, 2]), "kernel_shape [2, 2, 2] has 3 dims but the input"),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(CASES))
def test_window_attributes_checked_as_onnxruntime_does(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make, message = CASES[name]
    path = make(tmp_path / f"{name}.onnx")
    assert _ort_rejects(path)
    err = _ember_error(path, tmp_path, capsys)
    assert err.startswith(f"error: '{path}': ") and message in err, err


@pytest.mark.parametrize("attrs", [{"kernel_shape": [3, 3], "strides": [1, 1]}, {"pads": [1, 1, 1, 1], "dilations": [2, 2]}])
def test_consistent_conv_is_accepted(attrs: dict[str, object], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _conv(tmp_path / "ok.onnx", **attrs)
    assert not _ort_rejects(path)
    assert _ember_error(path, tmp_path, capsys) == ""


def test_value_info_element_type_is_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    h = helper.make_tensor_value_info("h", TensorProto.INT64, [1, 3, 8, 8])
    nodes = [helper.make_node("Relu", ["x"], ["h"], name="r0"), helper.make_node("Relu", ["h"], ["y"], name="r1")]
    path = _save(nodes, tmp_path / "vi.onnx", value_info=[h])
    assert _ort_rejects(path)
    err = _ember_error(path, tmp_path, capsys)
    assert "value_info 'h': the model declares element type INT64 (i64), the graph computes f32" in err, err


def test_checker_failure_lists_unsupported_ops_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [2, 2])
    nodes = [
        helper.make_node("Multinomial", ["x"], ["d"], name="nz0"),
        helper.make_node("RandomUniformLike", ["x"], ["u"], name="u0"),
        helper.make_node("Relu", ["missing"], ["y"], name="r0"),
    ]
    path = _save(nodes, tmp_path / "both.onnx", inputs=[x])
    err = _ember_error(path, tmp_path, capsys)
    assert "fails the ONNX checker" in err and "missing" in err, err
    assert "Multinomial (opset 17) at node 'nz0'" in err and "RandomUniformLike (opset 17) at node 'u0'" in err, err
