// RUN: ember-opt %s -p graph-simplify-shapes --split-input-file | filecheck %s

// CHECK-LABEL: func.func @reshape_chain
// CHECK-NEXT:    %[[R:.*]] = graph.reshape %x {shape = array<i64: 6, 4>} : (tensor<2x3x4xf32>) -> tensor<6x4xf32>
// CHECK-NEXT:    func.return %[[R]]
func.func @reshape_chain(%x: tensor<2x3x4xf32>) -> tensor<6x4xf32> {
  %a = graph.unsqueeze %x {axes = array<i64: 0>} : (tensor<2x3x4xf32>) -> tensor<1x2x3x4xf32>
  %b = graph.flatten %a {axis = 3 : i64} : (tensor<1x2x3x4xf32>) -> tensor<6x4xf32>
  %c = graph.reshape %b {shape = array<i64: 24>} : (tensor<6x4xf32>) -> tensor<24xf32>
  %d = graph.unsqueeze %c {axes = array<i64: 1>} : (tensor<24xf32>) -> tensor<24x1xf32>
  %e = graph.squeeze %d {axes = array<i64: 1>} : (tensor<24x1xf32>) -> tensor<24xf32>
  %f = graph.reshape %e {shape = array<i64: 6, 4>} : (tensor<24xf32>) -> tensor<6x4xf32>
  func.return %f : tensor<6x4xf32>
}

// -----

// A chain that comes back to the input's shape disappears.
// CHECK-LABEL: func.func @reshape_roundtrip
// CHECK-NEXT:    func.return %x
func.func @reshape_roundtrip(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %a = graph.flatten %x {axis = 0 : i64} : (tensor<2x3xf32>) -> tensor<1x6xf32>
  %b = graph.squeeze %a : (tensor<1x6xf32>) -> tensor<6xf32>
  %c = graph.reshape %b {shape = array<i64: 2, 3>} : (tensor<6xf32>) -> tensor<2x3xf32>
  func.return %c : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func.func @movement_as_reshape
// CHECK-NEXT:    %[[A:.*]] = graph.reshape %x {shape = array<i64: 3, 1, 4>}
// CHECK-NEXT:    %[[B:.*]] = graph.reshape %y {shape = array<i64: 1, 1, 5>}
// CHECK-NEXT:    func.return %[[A]], %[[B]], %y
func.func @movement_as_reshape(%x: tensor<1x3x4xf32>, %y: tensor<1x5xf32>) -> (tensor<3x1x4xf32>, tensor<1x1x5xf32>, tensor<1x5xf32>) {
  %a = graph.transpose %x {perm = array<i64: 1, 0, 2>} : (tensor<1x3x4xf32>) -> tensor<3x1x4xf32>
  %b = graph.expand %y {shape = array<i64: 1, 1, 1>} : (tensor<1x5xf32>) -> tensor<1x1x5xf32>
  %c = graph.tile %y {repeats = array<i64: 1, 1>} : (tensor<1x5xf32>) -> tensor<1x5xf32>
  func.return %a, %b, %c : tensor<3x1x4xf32>, tensor<1x1x5xf32>, tensor<1x5xf32>
}

// -----

// Negative: a real transpose, a real broadcast, a real tile.
// CHECK-LABEL: func.func @real_movement
// CHECK-NEXT:    graph.transpose
// CHECK-NEXT:    graph.expand
// CHECK-NEXT:    graph.tile
// CHECK-NEXT:    func.return
func.func @real_movement(%x: tensor<2x3x4xf32>, %y: tensor<1x5xf32>) -> (tensor<2x4x3xf32>, tensor<3x5xf32>, tensor<2x5xf32>) {
  %a = graph.transpose %x {perm = array<i64: 0, 2, 1>} : (tensor<2x3x4xf32>) -> tensor<2x4x3xf32>
  %b = graph.expand %y {shape = array<i64: 3, 1>} : (tensor<1x5xf32>) -> tensor<3x5xf32>
  %c = graph.tile %y {repeats = array<i64: 2, 1>} : (tensor<1x5xf32>) -> tensor<2x5xf32>
  func.return %a, %b, %c : tensor<2x4x3xf32>, tensor<3x5xf32>, tensor<2x5xf32>
}

// -----

// Exported shape computation: the target shape of a reshape computed from a constant shape
// vector by gather/concat/mul folds to a constant.
// CHECK-LABEL: func.func @shape_arithmetic
// CHECK-NEXT:    %[[S:.*]] = graph.constant dense<[2, 12]> : tensor<2xi64>
// CHECK-NEXT:    %[[R:.*]] = graph.reshape %x {shape = array<i64: 2, 12>}
// CHECK-NEXT:    func.return %[[R]], %[[S]]
func.func @shape_arithmetic(%x: tensor<2x3x4xf32>) -> (tensor<2x12xf32>, tensor<2xi64>) {
  %shape = graph.constant dense<[2, 3, 4]> : tensor<3xi64>
  %i0 = graph.constant dense<[0]> : tensor<1xi64>
  %i1 = graph.constant dense<[1]> : tensor<1xi64>
  %i2 = graph.constant dense<[2]> : tensor<1xi64>
  %d0 = graph.gather %shape, %i0 : (tensor<3xi64>, tensor<1xi64>) -> tensor<1xi64>
  %d1 = graph.gather %shape, %i1 : (tensor<3xi64>, tensor<1xi64>) -> tensor<1xi64>
  %d2 = graph.gather %shape, %i2 : (tensor<3xi64>, tensor<1xi64>) -> tensor<1xi64>
  %m = graph.mul %d1, %d2 : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi64>
  %s = graph.concat %d0, %m {axis = 0 : i64} : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
  %r = graph.reshape %x {shape = array<i64: 2, 12>} : (tensor<2x3x4xf32>) -> tensor<2x12xf32>
  func.return %r, %s : tensor<2x12xf32>, tensor<2xi64>
}

// -----

// Negative: float constants are data, not shapes (left to graph-fold-constants).
// CHECK-LABEL: func.func @float_constants
// CHECK:         graph.mul
func.func @float_constants() -> tensor<2xf32> {
  %a = graph.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %m = graph.mul %a, %a : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  func.return %m : tensor<2xf32>
}
