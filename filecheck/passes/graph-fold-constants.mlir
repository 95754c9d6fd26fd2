// RUN: ember-opt %s -p graph-fold-constants --split-input-file | filecheck %s
// RUN: ember-opt %s -p "graph-fold-constants{size-limit=2}" --split-input-file | filecheck %s --check-prefix=LIMIT

// CHECK-LABEL: func.func @arith_chain
// CHECK-NEXT:    %[[C:.*]] = graph.constant dense<[3.000000e+00, 6.000000e+00, 9.000000e+00]> : tensor<3xf32>
// CHECK-NEXT:    %[[R:.*]] = graph.add %x, %[[C]]
// CHECK-NEXT:    func.return %[[R]]
func.func @arith_chain(%x: tensor<3xf32>) -> tensor<3xf32> {
  %a = graph.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %two = graph.constant dense<2.0> : tensor<3xf32>
  %b = graph.mul %a, %two : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  %c = graph.add %b, %two : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  %d = graph.sub %c, %a : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  %e = graph.add %d, %a : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  %f = graph.sub %e, %two : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  %g = graph.add %f, %a : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  %r = graph.add %x, %g : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  func.return %r : tensor<3xf32>
}

// -----

// Shape arithmetic on integer constants, and a transpose of a constant weight.
// CHECK-LABEL: func.func @movement
// CHECK-NEXT:    %[[I:.*]] = graph.constant dense<[2, 12]> : tensor<2xi64>
// CHECK-NEXT:    %[[W:.*]] = graph.constant dense<{{\[}}[1, 3], [2, 4]]> : tensor<2x2xi32>
// CHECK-NEXT:    func.return %[[I]], %[[W]]
func.func @movement() -> (tensor<2xi64>, tensor<2x2xi32>) {
  %shape = graph.constant dense<[2, 3, 4]> : tensor<3xi64>
  %idx = graph.constant dense<[1, 2]> : tensor<2xi64>
  %g = graph.gather %shape, %idx : (tensor<3xi64>, tensor<2xi64>) -> tensor<2xi64>
  %s = graph.slice %g {starts = array<i64: 1>, ends = array<i64: 2>} : (tensor<2xi64>) -> tensor<1xi64>
  %p = graph.reduce_prod %g {keepdims = 1 : i64} : (tensor<2xi64>) -> tensor<1xi64>
  %first = graph.slice %shape {starts = array<i64: 0>, ends = array<i64: 1>} : (tensor<3xi64>) -> tensor<1xi64>
  %cat = graph.concat %first, %p {axis = 0 : i64} : (tensor<1xi64>, tensor<1xi64>) -> tensor<2xi64>
  %w = graph.constant dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>
  %wt = graph.transpose %w {perm = array<i64: 1, 0>} : (tensor<2x2xi32>) -> tensor<2x2xi32>
  func.return %cat, %wt : tensor<2xi64>, tensor<2x2xi32>
}

// -----

// Splats fold on one element whatever the size; fill becomes a splat constant.
// CHECK-LABEL: func.func @splats
// CHECK-NEXT:    %[[A:.*]] = graph.constant dense<4.000000e+00> : tensor<1000x1000xf32>
// CHECK-NEXT:    %[[B:.*]] = graph.constant dense<2.000000e+00> : tensor<1000x1000xf32>
// CHECK-NEXT:    %[[C:.*]] = graph.constant dense<7> : tensor<4x1000xi64>
// CHECK-NEXT:    func.return %[[A]], %[[B]], %[[C]]
// LIMIT-LABEL: func.func @splats
// LIMIT-NOT:     graph.fill
// LIMIT-NOT:     graph.sqrt
// LIMIT:         func.return
func.func @splats() -> (tensor<1000x1000xf32>, tensor<1000x1000xf32>, tensor<4x1000xi64>) {
  %a = graph.fill {shape = array<i64: 1000, 1000>, value = 2.0 : f64, element = f32} : tensor<1000x1000xf32>
  %b = graph.mul %a, %a : (tensor<1000x1000xf32>, tensor<1000x1000xf32>) -> tensor<1000x1000xf32>
  %c = graph.sqrt %b : (tensor<1000x1000xf32>) -> tensor<1000x1000xf32>
  %d = graph.fill {shape = array<i64: 1000>, value = 7 : i64, element = i64} : tensor<1000xi64>
  %e = graph.expand %d {shape = array<i64: 4, 1>} : (tensor<1000xi64>) -> tensor<4x1000xi64>
  func.return %b, %c, %e : tensor<1000x1000xf32>, tensor<1000x1000xf32>, tensor<4x1000xi64>
}

// -----

// Multi-result ops fold to one constant per result.
// CHECK-LABEL: func.func @split
// CHECK-NEXT:    %[[A:.*]] = graph.constant dense<[1, 2]> : tensor<2xi32>
// CHECK-NEXT:    %[[B:.*]] = graph.constant dense<3> : tensor<1xi32>
// CHECK-NEXT:    func.return %[[A]], %[[B]]
func.func @split() -> (tensor<2xi32>, tensor<1xi32>) {
  %c = graph.constant dense<[1, 2, 3]> : tensor<3xi32>
  %s:2 = graph.split %c {axis = 0 : i64, sizes = array<i64: 2, 1>} : (tensor<3xi32>) -> (tensor<2xi32>, tensor<1xi32>)
  func.return %s#0, %s#1 : tensor<2xi32>, tensor<1xi32>
}

// -----

// Negative: an operand is not constant.
// CHECK-LABEL: func.func @not_constant
// CHECK:         graph.mul %x
// CHECK:         graph.add
func.func @not_constant(%x: tensor<3xf32>) -> tensor<3xf32> {
  %a = graph.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %b = graph.mul %x, %a : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  %c = graph.add %b, %a : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  func.return %c : tensor<3xf32>
}

// -----

// Negative under the size limit: the weight has another use, so its 4-element transpose is not
// materialised next to it (the default limit folds it).
// CHECK-LABEL: func.func @limit
// CHECK-NOT:     graph.transpose
// LIMIT-LABEL: func.func @limit
// LIMIT:         graph.transpose
func.func @limit() -> (tensor<2x2xf32>, tensor<2x2xf32>) {
  %w = graph.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %t = graph.transpose %w {perm = array<i64: 1, 0>} : (tensor<2x2xf32>) -> tensor<2x2xf32>
  func.return %w, %t : tensor<2x2xf32>, tensor<2x2xf32>
}
