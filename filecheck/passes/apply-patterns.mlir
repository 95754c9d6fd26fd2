// RUN: ember-opt %s -p "apply-patterns{patterns=transpose-of-transpose}" | filecheck %s
// RUN: not ember-opt %s -p "apply-patterns{patterns=transpose-of-transpos}" 2>&1 | filecheck %s --check-prefix=UNKNOWN

// Only the named pattern runs: the transposes merge, the relu pair stays.
// CHECK-LABEL: func.func @one_pattern
// CHECK-NEXT:    graph.relu %x
// CHECK-NEXT:    graph.relu
// CHECK-NEXT:    graph.transpose %{{.*}} {perm = array<i64: 2, 0, 1>}
// CHECK-NEXT:    func.return
// UNKNOWN: error: apply-patterns: unknown pattern 'transpose-of-transpos'; did you mean transpose-of-transpose
func.func @one_pattern(%x: tensor<2x3x4xf32>) -> tensor<4x2x3xf32> {
  %r = graph.relu %x : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %s = graph.relu %r : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %a = graph.transpose %s {perm = array<i64: 1, 2, 0>} : (tensor<2x3x4xf32>) -> tensor<3x4x2xf32>
  %b = graph.transpose %a {perm = array<i64: 1, 2, 0>} : (tensor<3x4x2xf32>) -> tensor<4x2x3xf32>
  func.return %b : tensor<4x2x3xf32>
}
