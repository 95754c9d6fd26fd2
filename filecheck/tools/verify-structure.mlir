// ember's structural verifier (ember/verifier.py): what mlir-opt rejects and xDSL 0.74 accepts.
// RUN: ember-opt %s --split-input-file --verify-diagnostics

// -----

// branch operand count
func.func @f(%a: i32) -> i32 {
// expected-error @+1 {{'cf.br' op branch has 2 operands for successor #0, but target block has 1}}
  cf.br ^b1(%a, %a : i32, i32)
^b1(%x: i32):
  func.return %x : i32
}

// -----

// branch operand type
func.func @f(%a: i32) -> f32 {
// expected-error @+1 {{'cf.br' op type mismatch for bb argument #0 of successor #0: passing i32 to an argument of type f32}}
  cf.br ^b1(%a : i32)
^b1(%x: f32):
  func.return %x : f32
}

// -----

// branch tensor shape
func.func @f(%a: tensor<2xf32>) -> tensor<3xf32> {
// expected-error @+1 {{passing tensor<2xf32> to an argument of type tensor<3xf32>}}
  cf.br ^b1(%a : tensor<2xf32>)
^b1(%x: tensor<3xf32>):
  func.return %x : tensor<3xf32>
}

// -----

// branch to entry
func.func @f() {
^bb0:
// expected-error @+1 {{'cf.br' op entry block of region may not have predecessors}}
  cf.br ^bb0
}

// -----

// branch value in merge block
func.func @f(%c: i1, %a: i32) -> i32 {
  cf.cond_br %c, ^b1, ^b2
^b1:
  %x = arith.addi %a, %a : i32
  cf.br ^b3
^b2:
  cf.br ^b3
^b3:
// expected-error @+1 {{'func.return' op operand #0 does not dominate this use}}
  func.return %x : i32
}

// -----

// cond br else count
func.func @f(%c: i1, %a: i32) -> i32 {
// expected-error @+1 {{branch has 0 operands for successor #1, but target block has 1}}
  cf.cond_br %c, ^b1(%a : i32), ^b1
^b1(%x: i32):
  func.return %x : i32
}

// -----

// empty block
func.func @f() {
// expected-error @+1 {{'func.func' op empty block: expect at least a terminator}}
^bb0:
}

// -----

// empty second block
func.func @f() {
  cf.br ^bb1
// expected-error @+1 {{'func.func' op empty block: expect at least a terminator}}
^bb1:
}

// -----

// graph value in merge block
func.func @f(%c: i1, %a: tensor<2xf32>) -> tensor<2xf32> {
  cf.cond_br %c, ^b1, ^b2
^b1:
  %x = graph.relu %a : (tensor<2xf32>) -> tensor<2xf32>
  cf.br ^b3
^b2:
  cf.br ^b3
^b3:
// expected-error @+1 {{'func.return' op operand #0 does not dominate this use}}
  func.return %x : tensor<2xf32>
}

// -----

// linalg yield count
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0)>
func.func @f(%a: tensor<4x8xf32>, %init: tensor<4xf32>) -> tensor<4xf32> {
  %r = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]} ins(%a : tensor<4x8xf32>) outs(%init : tensor<4xf32>) {
  ^bb0(%x: f32, %acc: f32):
    %s = arith.addf %x, %acc : f32
// expected-error @+1 {{'linalg.yield' op expected number of yield values (2) to match the number of outputs}}
    linalg.yield %s, %s : f32, f32
  } -> tensor<4xf32>
  func.return %r : tensor<4xf32>
}

// -----

// linalg yield type
#id = affine_map<(d0) -> (d0)>
func.func @f(%a: tensor<4xf32>, %init: tensor<4xf32>) -> tensor<4xf32> {
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%a : tensor<4xf32>) outs(%init : tensor<4xf32>) {
  ^bb0(%x: f32, %acc: f32):
    %i = arith.fptosi %x : f32 to i32
// expected-error @+1 {{'linalg.yield' op type of yield operand #0 (i32) does not match the output element type f32}}
    linalg.yield %i : i32
  } -> tensor<4xf32>
  func.return %r : tensor<4xf32>
}

// -----

// loop body value used in header
func.func @f(%c: i1, %a: i32) -> i32 {
  cf.br ^head
^head:
// expected-error @+1 {{'arith.addi' op operand #0 does not dominate this use}}
  %u = arith.addi %y, %a : i32
  cf.cond_br %c, ^body, ^exit
^body:
  %y = arith.addi %a, %a : i32
  cf.br ^head
^exit:
  func.return %a : i32
}

// -----

// memref load rank
func.func @f(%m: memref<4x4xf32>, %i: index) -> f32 {
// expected-error @+1 {{'memref.load' op incorrect number of indices for load: memref<4x4xf32> has rank 2 but 1 given}}
  %0 = memref.load %m[%i] : memref<4x4xf32>
  func.return %0 : f32
}

// -----

// memref store rank
func.func @f(%m: memref<4xf32>, %i: index, %v: f32) {
// expected-error @+1 {{'memref.store' op incorrect number of indices for store: memref<4xf32> has rank 1 but 2 given}}
  memref.store %v, %m[%i, %i] : memref<4xf32>
  func.return
}

// -----

// nested region in non dominated block
func.func @f(%c: i1, %a: i32) -> i32 {
  cf.cond_br %c, ^b1, ^b2(%a : i32)
^b1:
  %x = arith.addi %a, %a : i32
  cf.br ^b2(%x : i32)
^b2(%m: i32):
  %r = scf.if %c -> (i32) {
// expected-error @+1 {{'scf.yield' op operand #0 does not dominate this use}}
    scf.yield %x : i32
  } else {
    scf.yield %m : i32
  }
  func.return %r : i32
}

// -----

// nested region uses later value
func.func @f(%c: i1, %a: i32) -> i32 {
  %r = scf.if %c -> (i32) {
// expected-error @+1 {{'scf.yield' op operand #0 does not dominate this use}}
    scf.yield %z : i32
  } else {
    scf.yield %a : i32
  }
  %z = arith.addi %a, %a : i32
  func.return %r : i32
}

// -----

// no terminator
func.func @f(%a: i32) -> i32 {
  cf.br ^b1
^b1:
// expected-error @+1 {{'func.func' op block with no terminator, has 'arith.addi'}}
  %0 = arith.addi %a, %a : i32
}

// -----

// terminator not last
func.func @f(%a: i32) -> i32 {
// expected-error @+1 {{'cf.br' op operation with block successors must terminate its parent block}}
  cf.br ^b1
  func.return %a : i32
^b1:
  func.return %a : i32
}

// -----

// use before def
func.func @f(%a: i32) -> i32 {
// expected-error @+1 {{'arith.addi' op operand #0 does not dominate this use}}
  %1 = arith.addi %0, %a : i32
  %0 = arith.addi %a, %a : i32
  func.return %1 : i32
}

// -----

// vector load rank
func.func @f(%m: memref<4x8xf32>, %i: index) -> vector<8xf32> {
// expected-error @+1 {{'vector.load' op incorrect number of indices for load}}
  %0 = vector.load %m[%i] : memref<4x8xf32>, vector<8xf32>
  func.return %0 : vector<8xf32>
}
