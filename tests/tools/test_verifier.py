"""ember's structural verifier (``ember.verifier``) as a user meets it through ember-opt: every
invalid program mlir-opt rejects (dominance, branch arguments, terminators, access ranks) gets
one located ``file:line:col: error:`` line and exit status 1; valid control flow is accepted.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ember.tools.ember_opt import main

INVALID: dict[str, tuple[str, int, str]] = {
    "use_before_def": (
        """func.func @f(%a: i32) -> i32 {
  %1 = arith.addi %0, %a : i32
  %0 = arith.addi %a, %a : i32
  func.return %1 : i32
}""", 2, "'arith.addi' op operand #0 does not dominate this use"),
    "branch_value_in_merge_block": (
        """func.func @f(%c: i1, %a: i32) -> i32 {
  cf.cond_br %c, ^b1, ^b2
^b1:
  %x = arith.addi %a, %a : i32
  cf.br ^b3
^b2:
  cf.br ^b3
^b3:
  func.return %x : i32
}""", 9, "'func.return' op operand #0 does not dominate this use"),
    "graph_value_in_merge_block": (
        """func.func @f(%c: i1, %a: tensor<2xf32>) -> tensor<2xf32> {
  cf.cond_br %c, ^b1, ^b2
^b1:
  %x = graph.relu %a : (tensor<2xf32>) -> tensor<2xf32>
  cf.br ^b3
^b2:
  cf.br ^b3
^b3:
  func.return %x : tensor<2xf32>
}""", 9, "'func.return' op operand #0 does not dominate this use"),
    "nested_region_uses_later_value": (
        """func.func @f(%c: i1, %a: i32) -> i32 {
  %r = scf.if %c -> (i32) {
    scf.yield %z : i32
  } else {
    scf.yield %a : i32
  }
  %z = arith.addi %a, %a : i32
  func.return %r : i32
}""", 3, "'scf.yield' op operand #0 does not dominate this use"),
    "nested_region_in_non_dominated_block": (
        """func.func @f(%c: i1, %a: i32) -> i32 {
  cf.cond_br %c, ^b1, ^b2(%a : i32)
^b1:
  %x = arith.addi %a, %a : i32
  cf.br ^b2(%x : i32)
^b2(%m: i32):
  %r = scf.if %c -> (i32) {
    scf.yield %x : i32
  } else {
    scf.yield %m : i32
  }
  func.return %r : i32
}""", 8, "'scf.yield' op operand #0 does not dominate this use"),
    "loop_body_value_used_in_header": (
        """func.func @f(%c: i1, %a: i32) -> i32 {
  cf.br ^head
^head:
  %u = arith.addi %y, %a : i32
  cf.cond_br %c, ^body, ^exit
^body:
  %y = arith.addi %a, %a : i32
  cf.br ^head
^exit:
  func.return %a : i32
}""", 4, "'arith.addi' op operand #0 does not dominate this use"),
    "branch_operand_type": (
        """func.func @f(%a: i32) -> f32 {
  cf.br ^b1(%a : i32)
^b1(%x: f32):
  func.return %x : f32
}""", 2, "'cf.br' op type mismatch for bb argument #0 of successor #0: passing i32 to an argument of type f32"),
    "branch_tensor_shape": (
        """func.func @f(%a: tensor<2xf32>) -> tensor<3xf32> {
  cf.br ^b1(%a : tensor<2xf32>)
^b1(%x: tensor<3xf32>):
  func.return %x : tensor<3xf32>
}""", 2, "passing tensor<2xf32> to an argument of type tensor<3xf32>"),
    "branch_operand_count": (
        """func.func @f(%a: i32) -> i32 {
  cf.br ^b1(%a, %a : i32, i32)
^b1(%x: i32):
  func.return %x : i32
}""", 2, "'cf.br' op branch has 2 operands for successor #0, but target block has 1"),
    "cond_br_else_count": (
        """func.func @f(%c: i1, %a: i32) -> i32 {
  cf.cond_br %c, ^b1(%a : i32), ^b1
^b1(%x: i32):
  func.return %x : i32
}""", 2, "branch has 0 operands for successor #1, but target block has 1"),
    "empty_block": (
        """func.func @f() {
^bb0:
}""", 2, "'func.func' op empty block: expect at least a terminator"),
    "empty_second_block": (
        """func.func @f() {
  cf.br ^bb1
^bb1:
}""", 3, "'func.func' op empty block: expect at least a terminator"),
    "no_terminator": (
        """func.func @f(%a: i32) -> i32 {
  cf.br ^b1
^b1:
  %0 = arith.addi %a, %a : i32
}""", 4, "'func.func' op block with no terminator, has 'arith.addi'"),
    "terminator_not_last": (
        """func.func @f(%a: i32) -> i32 {
  cf.br ^b1
  func.return %a : i32
^b1:
  func.return %a : i32
}""", 2, "'cf.br' op operation with block successors must terminate its parent block"),
    "branch_to_entry": (
        """func.func @f() {
^bb0:
  cf.br ^bb0
}""", 3, "'cf.br' op entry block of region may not have predecessors"),
    "memref_load_rank": (
        """func.func @f(%m: memref<4x4xf32>, %i: index) -> f32 {
  %0 = memref.load %m[%i] : memref<4x4xf32>
  func.return %0 : f32
}""", 2, "'memref.load' op incorrect number of indices for load: memref<4x4xf32> has rank 2 but 1 given"),
    "memref_store_rank": (
        """func.func @f(%m: memref<4xf32>, %i: index, %v: f32) {
  memref.store %v, %m[%i, %i] : memref<4xf32>
  func.return
}""", 2, "'memref.store' op incorrect number of indices for store: memref<4xf32> has rank 1 but 2 given"),
    "vector_load_rank": (
        """func.func @f(%m: memref<4x8xf32>, %i: index) -> vector<8xf32> {
  %0 = vector.load %m[%i] : memref<4x8xf32>, vector<8xf32>
  func.return %0 : vector<8xf32>
}""", 2, "'vector.load' op incorrect number of indices for load"),
    "linalg_yield_count": (
        """#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0)>
func.func @f(%a: tensor<4x8xf32>, %init: tensor<4xf32>) -> tensor<4xf32> {
  %r = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]} ins(%a : tensor<4x8xf32>) outs(%init : tensor<4xf32>) {
  ^bb0(%x: f32, %acc: f32):
    %s = arith.addf %x, %acc : f32
    linalg.yield %s, %s : f32, f32
  } -> tensor<4xf32>
  func.return %r : tensor<4xf32>
}""", 7, "'linalg.yield' op expected number of yield values (2) to match the number of outputs"),
    "linalg_yield_type": (
        """#id = affine_map<(d0) -> (d0)>
func.func @f(%a: tensor<4xf32>, %init: tensor<4xf32>) -> tensor<4xf32> {
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%a : tensor<4xf32>) outs(%init : tensor<4xf32>) {
  ^bb0(%x: f32, %acc: f32):
    %i = arith.fptosi %x : f32 to i32
    linalg.yield %i : i32
  } -> tensor<4xf32>
  func.return %r : tensor<4xf32>
}""", 6, "'linalg.yield' op type of yield operand #0 (i32) does not match the output element type f32"),
}

VALID = {
    "diamond_and_nested": """func.func @f(%c: i1, %a: i32) -> i32 {
  cf.cond_br %c, ^b1, ^b2(%a : i32)
^b1:
  %x = arith.addi %a, %a : i32
  %r = scf.if %c -> (i32) {
    scf.yield %x : i32
  } else {
    scf.yield %a : i32
  }
  cf.br ^b2(%r : i32)
^b2(%m: i32):
  func.return %m : i32
}""",
    "loop_header_value_after_loop": """func.func @f(%c: i1, %a: i32) -> i32 {
  cf.br ^head
^head:
  %h = arith.addi %a, %a : i32
  cf.cond_br %c, ^body, ^exit
^body:
  %y = arith.addi %h, %a : i32
  cf.br ^head
^exit:
  func.return %h : i32
}""",
    "dead_block_uses_anything": """func.func @f(%a: i32) -> i32 {
  func.return %a : i32
^dead:
  %y = arith.addi %z, %a : i32
  cf.br ^dead2
^dead2:
  %z = arith.addi %a, %a : i32
  cf.br ^dead
}""",
    "module_is_a_graph_region": """func.func @f() -> i32 {
  %0 = func.call @g() : () -> i32
  func.return %0 : i32
}
func.func @g() -> i32 {
  %0 = arith.constant 1 : i32
  func.return %0 : i32
}""",
}


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, *args: str) -> tuple[int, str, str]:
    path = tmp_path / "input.mlir"
    path.write_text(text + "\n")
    status = main([str(path), *args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("name", sorted(INVALID))
def test_invalid_program_is_one_located_error(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text, line, message = INVALID[name]
    status, _, err = _run(tmp_path, capsys, text)
    assert status == 1, err
    first = err.splitlines()[0]
    assert first.startswith(f"{tmp_path / 'input.mlir'}:{line}:"), err
    assert ": error: " in first and message in first, err
    assert "internal compiler error" not in err and "Traceback" not in err


@pytest.mark.parametrize("name", sorted(VALID))
def test_valid_control_flow_is_accepted(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(tmp_path, capsys, VALID[name])
    assert status == 0, err
    assert "func.func @f" in out


def test_pass_result_is_verified(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The checks also run after passes: the printed output of a pass parses and verifies."""
    status, out, err = _run(tmp_path, capsys, VALID["diamond_and_nested"], "-p", "canonicalize")
    assert status == 0, err
    status, _, err = _run(tmp_path, capsys, out)
    assert status == 0, err
