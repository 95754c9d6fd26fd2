// RUN: ember-opt %s -p graph-optimize-fixpoint --split-input-file | filecheck %s
// RUN: ember-opt %s -p graph-optimize --split-input-file | filecheck %s

// Round 1 folds each batch-norm into its conv; the folded weights and biases come out equal
// (2 * 0.5 == 1 * 1), so the final cse merges the two convs into one and max(c, c) is left
// behind; only round 2's canonicalization removes it.
// CHECK-LABEL: func.func @needs_two_rounds
// CHECK-NEXT:    %[[W:.*]] = graph.constant dense<1.000000e+00> : tensor<2x2x1x1xf32>
// CHECK-NEXT:    %[[B:.*]] = graph.constant dense<0.000000e+00> : tensor<2xf32>
// CHECK-NEXT:    %[[C:.*]] = graph.conv %x, %[[W]], %[[B]]
// CHECK-NEXT:    func.return %[[C]]
func.func @needs_two_rounds(%x: tensor<1x2x3x3xf32>) -> tensor<1x2x3x3xf32> {
  %w1 = graph.constant dense<2.0> : tensor<2x2x1x1xf32>
  %w2 = graph.constant dense<1.0> : tensor<2x2x1x1xf32>
  %one = graph.constant dense<1.0> : tensor<2xf32>
  %zero = graph.constant dense<0.0> : tensor<2xf32>
  %three = graph.constant dense<3.0> : tensor<2xf32>
  %c1 = graph.conv %x, %w1 : (tensor<1x2x3x3xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x3x3xf32>
  %y1 = graph.batch_norm %c1, %one, %zero, %zero, %three {epsilon = 1.0 : f64} : (tensor<1x2x3x3xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x3x3xf32>
  %c2 = graph.conv %x, %w2 : (tensor<1x2x3x3xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x3x3xf32>
  %y2 = graph.batch_norm %c2, %one, %zero, %zero, %zero {epsilon = 1.0 : f64} : (tensor<1x2x3x3xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x3x3xf32>
  %m = graph.max %y1, %y2 : (tensor<1x2x3x3xf32>, tensor<1x2x3x3xf32>) -> tensor<1x2x3x3xf32>
  func.return %m : tensor<1x2x3x3xf32>
}

// -----

// Negative: nothing to do, nothing changes.
// CHECK-LABEL: func.func @already_optimal
// CHECK-NEXT:    %[[R:.*]] = graph.relu %x
// CHECK-NEXT:    %[[T:.*]] = graph.transpose %[[R]] {perm = array<i64: 1, 0>}
// CHECK-NEXT:    func.return %[[T]]
func.func @already_optimal(%x: tensor<2x3xf32>) -> tensor<3x2xf32> {
  %r = graph.relu %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %t = graph.transpose %r {perm = array<i64: 1, 0>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
  func.return %t : tensor<3x2xf32>
}
