// RUN: ember-opt %s -p cse --split-input-file | filecheck %s
// xDSL's cse on graph ops (they are Pure): identical ops on identical operands merge.

// CHECK-LABEL: func.func @duplicates
// CHECK-NEXT:    %[[C:.*]] = graph.constant dense<2.000000e+00> : tensor<4xf32>
// CHECK-NEXT:    %[[M:.*]] = graph.mul %x, %[[C]]
// CHECK-NEXT:    %[[T:.*]] = graph.transpose %y {perm = array<i64: 1, 0>}
// CHECK-NEXT:    %[[A:.*]] = graph.add %[[M]], %[[M]]
// CHECK-NEXT:    func.return %[[A]], %[[T]], %[[T]]
func.func @duplicates(%x: tensor<4xf32>, %y: tensor<2x3xf32>) -> (tensor<4xf32>, tensor<3x2xf32>, tensor<3x2xf32>) {
  %c1 = graph.constant dense<2.0> : tensor<4xf32>
  %c2 = graph.constant dense<2.0> : tensor<4xf32>
  %m1 = graph.mul %x, %c1 : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %m2 = graph.mul %x, %c2 : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %t1 = graph.transpose %y {perm = array<i64: 1, 0>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
  %t2 = graph.transpose %y {perm = array<i64: 1, 0>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
  %a = graph.add %m1, %m2 : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  func.return %a, %t1, %t2 : tensor<4xf32>, tensor<3x2xf32>, tensor<3x2xf32>
}

// -----

// Negative: different properties or operands do not merge.
// CHECK-LABEL: func.func @different
// CHECK-COUNT-2: graph.leaky_relu
// CHECK-COUNT-2: graph.relu
func.func @different(%x: tensor<4xf32>, %y: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) {
  %a = graph.leaky_relu %x {alpha = 0.1 : f64} : (tensor<4xf32>) -> tensor<4xf32>
  %b = graph.leaky_relu %x {alpha = 0.2 : f64} : (tensor<4xf32>) -> tensor<4xf32>
  %c = graph.relu %x : (tensor<4xf32>) -> tensor<4xf32>
  %d = graph.relu %y : (tensor<4xf32>) -> tensor<4xf32>
  func.return %a, %b, %c, %d : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
}

// -----

// Nothing to merge (ember's pre-test skips xDSL's pass): the function is unchanged.
// CHECK-LABEL: func.func @nothing_to_merge
// CHECK-NEXT:    %[[R:.*]] = graph.relu %x
// CHECK-NEXT:    %[[A:.*]] = graph.add %[[R]], %x
// CHECK-NEXT:    %[[B:.*]] = graph.add %x, %[[R]]
// CHECK-NEXT:    func.return %[[A]], %[[B]]
func.func @nothing_to_merge(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %r = graph.relu %x : (tensor<4xf32>) -> tensor<4xf32>
  %a = graph.add %r, %x : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %b = graph.add %x, %r : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  func.return %a, %b : tensor<4xf32>, tensor<4xf32>
}

// -----

// No duplicates, but a dead op: xDSL's cse erases trivially dead ops too, and still does.
// CHECK-LABEL: func.func @only_dead
// CHECK-NEXT:    %[[R:.*]] = graph.relu %x
// CHECK-NEXT:    func.return %[[R]]
func.func @only_dead(%x: tensor<4xf32>) -> tensor<4xf32> {
  %n = graph.neg %x : (tensor<4xf32>) -> tensor<4xf32>
  %r = graph.relu %x : (tensor<4xf32>) -> tensor<4xf32>
  func.return %r : tensor<4xf32>
}
