// RUN: ember-opt %s -p graph-insert-profile-marks | filecheck %s
// RUN: ember-opt %s -p graph-insert-profile-marks,graph-insert-profile-marks | filecheck %s --check-prefix=TWICE

// A conv + relu fusion group (the marks graph-fuse writes), two pools, and an add fused into the (earlier) second conv with a
// pool in between: units are the group or the op; a group split by another op gets a second
// segment (segments [0, 1, 2, 3, 4, 3]); constants open no segment; one mark before the return.
// CHECK-LABEL: func.func @main
// CHECK-SAME:  ember.profile_units = [{nodes = ["conv1", "relu1"], ops = ["graph.conv", "graph.relu"], flops = 288 : i64}, {nodes = ["pool1"], ops = ["graph.max_pool"]}, {nodes = ["pool2"], ops = ["graph.max_pool"]}, {nodes = ["conv2", "add2"], ops = ["graph.conv", "graph.add"], flops = 18 : i64}, {nodes = ["pool3"], ops = ["graph.avg_pool"]}]
// CHECK-SAME:  ember.profile_segments = [0 : i64, 1 : i64, 2 : i64, 3 : i64, 4 : i64, 3 : i64]
// CHECK:       %w = graph.constant
// CHECK-NEXT:  %[[M0:.*]] = arith.constant 0 : i64
// CHECK-NEXT:  func.call @ember_profile_mark(%[[M0]]) : (i64) -> ()
// CHECK-NEXT:  %c = graph.conv
// CHECK-NEXT:  %r = graph.relu
// CHECK-NEXT:  %[[M1:.*]] = arith.constant 1 : i64
// CHECK-NEXT:  func.call @ember_profile_mark(%[[M1]])
// CHECK-NEXT:  %p = graph.max_pool
// CHECK-NEXT:  %[[M2:.*]] = arith.constant 2 : i64
// CHECK-NEXT:  func.call @ember_profile_mark(%[[M2]])
// CHECK-NEXT:  %e = graph.max_pool
// CHECK-NEXT:  %[[M3:.*]] = arith.constant 3 : i64
// CHECK-NEXT:  func.call @ember_profile_mark(%[[M3]])
// CHECK-NEXT:  %d = graph.conv
// CHECK-NEXT:  %[[M4:.*]] = arith.constant 4 : i64
// CHECK-NEXT:  func.call @ember_profile_mark(%[[M4]])
// CHECK-NEXT:  %q = graph.avg_pool
// CHECK-NEXT:  %[[M5:.*]] = arith.constant 5 : i64
// CHECK-NEXT:  func.call @ember_profile_mark(%[[M5]])
// CHECK-NEXT:  %s = graph.add
// CHECK-NEXT:  %[[M6:.*]] = arith.constant 6 : i64
// CHECK-NEXT:  func.call @ember_profile_mark(%[[M6]])
// CHECK-NEXT:  func.return %q, %s
// CHECK:       func.func private @ember_profile_mark(i64) -> ()

// A module that already calls the hook is left alone (one declaration, one set of marks).
// TWICE-COUNT-1: func.func private @ember_profile_mark
// TWICE-NOT:     func.func private @ember_profile_mark

func.func @main(%x: tensor<1x1x4x4xf32>) -> (tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) {
  %w = graph.constant dense<1.0> : tensor<1x1x3x3xf32> loc("w")
  %c = graph.conv %x, %w {ember.fusion_group = 0 : i64, pads = array<i64: 1, 1, 1, 1>} : (tensor<1x1x4x4xf32>, tensor<1x1x3x3xf32>) -> tensor<1x1x4x4xf32> loc("conv1")
  %r = graph.relu %c {ember.fusion_group = 0 : i64} : (tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32> loc("relu1")
  %p = graph.max_pool %r {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x1x4x4xf32>) -> tensor<1x1x2x2xf32> loc("pool1")
  %e = graph.max_pool %p {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x1x2x2xf32>) -> tensor<1x1x1x1xf32> loc("pool2")
  %d = graph.conv %p, %w {ember.fusion_group = 1 : i64, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x1x2x2xf32>, tensor<1x1x3x3xf32>) -> tensor<1x1x1x1xf32> loc("conv2")
  %q = graph.avg_pool %p {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x1x2x2xf32>) -> tensor<1x1x1x1xf32> loc("pool3")
  %s = graph.add %d, %e {ember.fusion_group = 1 : i64} : (tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<1x1x1x1xf32> loc("add2")
  func.return %q, %s : tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>
}
