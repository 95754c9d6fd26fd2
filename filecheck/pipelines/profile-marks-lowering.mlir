// RUN: ember-opt %s -p graph-fuse,graph-insert-profile-marks,lower-to-loops | filecheck %s

// The marks survive the lowering in order, between the loop nests they delimit (the fused
// add runs in the conv's epilogue: its own segment is empty).
// CHECK-LABEL: func.func @main
// CHECK:       func.call @ember_profile_mark
// CHECK:       scf.for
// CHECK:       func.call @ember_profile_mark
// CHECK:       scf.for
// CHECK:       func.call @ember_profile_mark
// CHECK:       scf.for
// CHECK:       func.call @ember_profile_mark
// CHECK:       scf.for
// CHECK:       func.call @ember_profile_mark
// CHECK:       scf.for
// CHECK:       func.call @ember_profile_mark
// CHECK-NOT:   scf.for
// CHECK:       func.call @ember_profile_mark
// CHECK-NOT:   scf.for
// CHECK:       func.return
func.func @main(%x: tensor<1x1x4x4xf32>) -> (tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) {
  %w = graph.constant dense<1.0> : tensor<1x1x3x3xf32> loc("w")
  %c = graph.conv %x, %w {pads = array<i64: 1, 1, 1, 1>} : (tensor<1x1x4x4xf32>, tensor<1x1x3x3xf32>) -> tensor<1x1x4x4xf32> loc("conv1")
  %r = graph.relu %c : (tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32> loc("relu1")
  %p = graph.max_pool %r {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x1x4x4xf32>) -> tensor<1x1x2x2xf32> loc("pool1")
  %e = graph.max_pool %p {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x1x2x2xf32>) -> tensor<1x1x1x1xf32> loc("pool2")
  %d = graph.conv %p, %w {pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x1x2x2xf32>, tensor<1x1x3x3xf32>) -> tensor<1x1x1x1xf32> loc("conv2")
  %q = graph.avg_pool %p {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x1x2x2xf32>) -> tensor<1x1x1x1xf32> loc("pool3")
  %s = graph.add %d, %e : (tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<1x1x1x1xf32> loc("add2")
  func.return %q, %s : tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>
}
