"""Inputs that used to end in "internal compiler error" or an unlocated message (issue 15): each
now works, or fails with one located line and exit status 1.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from onnx import TensorProto, helper

from ember.deep_stack import NESTING_DEPTH
from ember.tools.ember_import import main as import_main
from ember.tools.ember_opt import main as opt_main

MIXED = """func.func @s(%a: f32, %m: memref<4xf32>, %i: index, %b: i1, %v: vector<4xf32>) -> f32 {
  %0 = arith.addf %a, %a : f32
  %1 = arith.muli %i, %i : index
  %2 = vector.load %m[%i] : memref<4xf32>, vector<4xf32>
  %3 = arith.addf %2, %v : vector<4xf32>
  vector.store %3, %m[%i] : memref<4xf32>, vector<4xf32>
  %4 = arith.andi %b, %b : i1
  func.return %0 : f32
}
func.func @g(%a: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = graph.relu %a : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %1 = graph.relu %0 : (tensor<2x3xf32>) -> tensor<2x3xf32>
  func.return %1 : tensor<2x3xf32>
}"""

SCALAR_RESULT = """func.func @main(%a: tensor<4xf32>) -> f32 {
  %c = arith.constant 1.0 : f32
  func.return %c : f32
}"""

REDUCTION = """#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0)>
func.func @main(%a: tensor<4x8xf32>, %init: tensor<4xf32>) -> tensor<4xf32> {
  %r = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]} ins(%a : tensor<4x8xf32>) outs(%init : tensor<4xf32>) {
  ^bb0(%x: f32, %acc: f32):
    %s = arith.addf %x, %acc : f32
    linalg.yield %s : f32
  } -> tensor<4xf32>
  func.return %r : tensor<4xf32>
}"""


def _opt(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str | bytes, *args: str) -> tuple[int, str, str]:
    path = tmp_path / "input.mlir"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text + "\n")
    status = opt_main([str(path), *args])
    out, err = capsys.readouterr()
    assert "internal compiler error" not in err and "Traceback" not in err, err
    return status, out, err


def test_graph_optimize_leaves_non_tensor_functions_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _opt(tmp_path, capsys, MIXED, "-p", "graph-optimize")
    assert status == 0, err
    assert "vector.store" in out and out.count("graph.relu") == 1  # relu(relu(x)) -> relu(x)


def test_lower_to_llvm_with_a_scalar_result(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _opt(tmp_path, capsys, SCALAR_RESULT, "-p", "lower-to-llvm")
    assert status == 0, err
    assert "llvm.func @main" in out
    status, out, err = _opt(tmp_path, capsys, SCALAR_RESULT, "-p", "convert-graph-to-linalg,bufferize")
    assert status == 0, err
    assert "memref<f32>" in out and "memref.store" in out


def test_linalg_reduction_lowers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _opt(tmp_path, capsys, REDUCTION, "-p", "lower-to-llvm")
    assert status == 0, err


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("func.func @f() -> tensor<2xi8> {\n  %0 = arith.constant dense<1000> : tensor<2xi8>\n"
         "  func.return %0 : tensor<2xi8>\n}", 2, "'arith.constant' op Integer value 1000 is out of range for type i8"),
        ("func.func @f() -> tensor<2xi8> {\n  %0 = graph.constant dense<[1, 300]> : tensor<2xi8>\n"
         "  func.return %0 : tensor<2xi8>\n}", 2, "Integer value 300 is out of range"),
        ("func.func @f() -> i8 {\n  %0 = arith.constant 1000 : i8\n  func.return %0 : i8\n}", 2,
         "Integer value 1000 is out of range"),
    ],
)  # fmt: skip
def test_integer_literal_out_of_range_is_located(
    text: str, line: int, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = _opt(tmp_path, capsys, text)
    assert status == 1
    assert err.startswith(f"{tmp_path / 'input.mlir'}:{line}:") and message in err.splitlines()[0], err


def test_binary_file_is_located(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = _opt(tmp_path, capsys, b"func.func @f() {\n  \xff\xfe\n}\n")
    assert status == 1
    assert err.startswith(f"{tmp_path / 'input.mlir'}:2:3: error: the input is not UTF-8 text"), err


def _nested(kind: str, depth: int) -> str:
    if kind == "regions":
        opens = "".join("scf.if %c {\n" for _ in range(depth))
        return f"func.func @f(%c: i1) {{\n{opens}{'}' * depth}\nfunc.return\n}}"
    if kind == "attributes":
        return f"func.func @f() attributes {{x = {'[' * depth}1{']' * depth}}} {{\n func.return\n}}"
    return f"func.func @f(%a: {'tuple<' * depth}i32{'>' * depth}) {{\n func.return\n}}"


@pytest.mark.parametrize("kind", ["regions", "attributes", "types"])
def test_documented_nesting_depth_round_trips(kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _opt(tmp_path, capsys, _nested(kind, NESTING_DEPTH))
    assert status == 0, err
    status, _, err = _opt(tmp_path, capsys, out)
    assert status == 0, err


def test_too_deep_nesting_is_a_located_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = _opt(tmp_path, capsys, _nested("attributes", 100 * NESTING_DEPTH))
    assert status == 1
    assert err.startswith(f"{tmp_path / 'input.mlir'}:1:") and "error: nesting too deep" in err, err


def test_corrupted_onnx_names_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [2, 3])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, [2, 3])
    graph = helper.make_graph([helper.make_node("Relu", ["x"], ["y"], name="relu0")], "g", [x], [y])
    data = bytearray(helper.make_model(graph).SerializeToString())
    at = data.index(b"relu0")
    data[at + 1] = 0xC4  # a string field that is no longer UTF-8
    path = tmp_path / "corrupt.onnx"
    path.write_bytes(bytes(data))
    status = import_main([str(path), "-o", str(tmp_path / "out.mlir")])
    err = capsys.readouterr().err
    assert status == 1
    assert err.count("\n") == 1 and "corrupt.onnx" in err and "not a valid ONNX model" in err, err
    assert "internal compiler error" not in err




def _gather_model(indices: list[int], path: Path, opset: int = 17) -> None:
    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [3, 2])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, [len(indices), 2])
    idx = helper.make_tensor("idx", TensorProto.INT64, [len(indices)], indices)
    node = helper.make_node("Gather", ["x", "idx"], ["y"], name="gather_bad", axis=0)
    graph = helper.make_graph([node], "g", [x], [y], [idx])
    path.write_bytes(helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)]).SerializeToString())


@pytest.mark.parametrize("index", [3, 1000000, -4])
def test_constant_gather_index_out_of_range_is_a_compile_time_error(
    index: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "gather.onnx"
    _gather_model([0, index], path)
    status = import_main([str(path), "-o", str(tmp_path / "out.mlir")])
    err = capsys.readouterr().err
    assert status == 1
    assert err == f"error: node 'gather_bad' (Gather): index {index} is out of range [-3, 3) for axis 0 of size 3\n"


def test_constant_gather_index_in_range_is_accepted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "gather.onnx"
    _gather_model([0, -3, 2], path)
    assert import_main([str(path), "-o", str(tmp_path / "out.mlir")]) == 0, capsys.readouterr().err


def test_graph_gather_with_constant_index_out_of_range_is_located(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = """func.func @main(%x: tensor<3x2xf32>) -> tensor<2x2xf32> {
  %0 = graph.constant dense<[0, 3]> : tensor<2xi64>
  %1 = graph.gather %x, %0 : (tensor<3x2xf32>, tensor<2xi64>) -> tensor<2x2xf32>
  func.return %1 : tensor<2x2xf32>
}"""
    status, _, err = _opt(tmp_path, capsys, text)
    assert status == 1
    assert err.startswith(f"{tmp_path / 'input.mlir'}:3:3: error: 'graph.gather' op index 3 is out of range [-3, 3)"), err


def test_future_opset_is_refused_with_the_supported_range(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "future.onnx"
    _gather_model([0], path, opset=99)
    status = import_main([str(path), "-o", str(tmp_path / "out.mlir")])
    err = capsys.readouterr().err
    assert status == 1
    assert "uses ONNX opset 99" in err and "ember imports opsets 7 to" in err, err


# ---- found by scripts/fuzz_mlir.py --------------------------------------------------------------

FUZZ_FINDINGS = {
    "unterminated_string": (  # xDSL's string regex backtracked exponentially: a hang
        """func.func @f(%a: tensor<4xf32>, %init: tensor<4xf32>) -> tensor<4xf32> {
  %r = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel]} ins(%a : tensor<4xf32>) outs(%init : tensor<4xf32>) {
  ^bb0(%x: f32, %acc: f32):
    linalg.yield %x : f32
  } -> tensor<4xf32>
  func.return %r : tensor<4xf32>
}""", 2, "end of file reached before closing string literal"),
    "malformed_named_linalg_op": (
        """func.func @f(%a: memref<8x4xf32>, %b: memref<4x16xf32>, %c: memref<8x16xf32>) {
  linalg.matmul ins(%a, %b : memref<8x4xf32>, memref<4x16xf32>) outs()
  func.return
}""", 2, "'linalg.matmul' op"),
    "duplicate_symbol": (
        """func.func @f() {
  func.return
}
func.func @f() {
  func.return
}""", 4, "'func.func' op Redefinition of symbol \"f\""),
    "value_defined_only_in_a_closed_region": (
        """func.func @f(%x: tensor<3xf32>) -> tensor<3xf32> {
  %0 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%e : tensor<3xf32>) {
  ^bb0(%o: f32):
    %e = tensor.empty() : tensor<3xf32>
    linalg.yield %o : f32
  } -> tensor<3xf32>
  %e = tensor.empty() : tensor<3xf32>
  func.return %0 : tensor<3xf32>
}""", 2, "'linalg.generic' op operand #0 uses a value that is never defined"),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(FUZZ_FINDINGS))
def test_fuzz_findings_are_located_errors(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text, line, message = FUZZ_FINDINGS[name]
    status, _, err = _opt(tmp_path, capsys, text)
    assert status == 1
    assert err.startswith(f"{tmp_path / 'input.mlir'}:{line}:") and message in err.splitlines()[0], err
