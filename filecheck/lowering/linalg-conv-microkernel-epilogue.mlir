// RUN: ember-opt %s -p linalg-conv-microkernel | filecheck %s

// A fusion group's elementwise generic (here: + residual, ReLU) that reads a convolution's
// output becomes the conv kernel's epilogue: the kernel writes the generic's output, the
// generic and the conv's own output buffer disappear. Schedules are pinned (8 lanes).

"memref.global"() <{sym_name = "__constant_w", type = memref<8x4x3x3xf32>, initial_value = dense<1.000000e+00> : tensor<8x4x3x3xf32>, sym_visibility = "private", constant, alignment = 64 : i64}> : () -> ()

// Pixels on the lanes: the residual is read as a vector along the pixels, the bias-initialised
// tiles pass through add and max before the store into %y.
// CHECK-LABEL: func.func @pixels
// CHECK-NOT:   memref.alloc() {alignment = 64 : i64} : memref<1x8x8x8xf32>
// CHECK:       %[[R:.*]] = memref.collapse_shape %r {{\[}}[0 : i64, 1 : i64, 2 : i64, 3 : i64]] : memref<1x8x8x8xf32> into memref<512xf32>
// CHECK:       %[[V:.*]] = vector.load %[[R]][%{{.*}}] : memref<512xf32>, vector<8xf32>
// CHECK-NEXT:  %[[S:.*]] = arith.addf %{{.*}}, %[[V]] : vector<8xf32>
// CHECK-NEXT:  %[[Z:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-NEXT:  %[[ZV:.*]] = vector.broadcast %[[Z]] : f32 to vector<8xf32>
// CHECK-NEXT:  %[[M:.*]] = arith.maximumf %[[S]], %[[ZV]] : vector<8xf32>
// CHECK-NEXT:  vector.store %[[M]], %y
// CHECK-NOT:   linalg.
// CHECK:       func.return
func.func @pixels(%x: memref<1x4x10x10xf32>, %b: memref<8xf32>, %r: memref<1x8x8x8xf32>, %y: memref<1x8x8x8xf32>) {
  %w = memref.get_global @__constant_w : memref<8x4x3x3xf32>
  %t = memref.alloc() {alignment = 64 : i64} : memref<1x8x8x8xf32>
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%b : memref<8xf32>) outs(%t : memref<1x8x8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  linalg.conv_2d_nchw_fchw {ember.fusion_group = 0 : i64, ember.schedule = {lanes = 8, mr = 4, nr = 16}, strides = dense<1> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%x, %w : memref<1x4x10x10xf32>, memref<8x4x3x3xf32>) outs(%t : memref<1x8x8x8xf32>)
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%t, %r : memref<1x8x8x8xf32>, memref<1x8x8x8xf32>) outs(%y : memref<1x8x8x8xf32>) attrs = {ember.fusion_group = 0 : i64} {
  ^bb0(%a: f32, %c: f32, %o: f32):
    %s = arith.addf %a, %c : f32
    %z = arith.constant 0.000000e+00 : f32
    %m = arith.maximumf %s, %z : f32
    linalg.yield %m : f32
  }
  memref.dealloc %t : memref<1x8x8x8xf32>
  func.return
}

// Channels on the lanes: the finished tile (from a folded zero fill; 4 pixels x 8 channels) is
// transposed with shuffles into one vector of its 4 pixels per channel; the per-channel scale
// [1, 8, 1, 1] is then one scalar broadcast along the pixels, and each product is stored whole.
// CHECK-LABEL: func.func @channels
// CHECK:       %[[SC:.*]] = memref.collapse_shape %s {{\[}}[0 : i64, 1 : i64, 2 : i64, 3 : i64]] : memref<1x8x1x1xf32> into memref<8xf32>
// CHECK:       %[[WIDE:.*]] = vector.shuffle {{.*}} : vector<16xf32>, vector<16xf32>
// CHECK-NEXT:  %[[LANE0:.*]] = vector.shuffle %[[WIDE]], %[[WIDE]] [0, 1, 2, 3] : vector<32xf32>, vector<32xf32>
// CHECK:       %[[S:.*]] = memref.load %[[SC]][%{{.*}}] : memref<8xf32>
// CHECK-NEXT:  %[[V:.*]] = vector.broadcast %[[S]] : f32 to vector<4xf32>
// CHECK-NEXT:  %[[P:.*]] = arith.mulf %[[LANE0]], %[[V]] : vector<4xf32>
// CHECK-NEXT:  vector.store %[[P]], %{{.*}} : memref<1x8x64xf32>, vector<4xf32>
// CHECK-NOT:   vector.extract
// CHECK-NOT:   linalg.
// CHECK:       func.return
func.func @channels(%x: memref<1x4x10x10xf32>, %s: memref<1x8x1x1xf32>, %y: memref<1x8x8x8xf32>) {
  %w = memref.get_global @__constant_w : memref<8x4x3x3xf32>
  %t = memref.alloc() {alignment = 64 : i64} : memref<1x8x8x8xf32>
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%t : memref<1x8x8x8xf32>) {
  ^bb0(%out: f32):
    %zero = arith.constant 0.000000e+00 : f32
    linalg.yield %zero : f32
  }
  linalg.conv_2d_nchw_fchw {ember.fusion_group = 0 : i64, ember.schedule = {lanes = 8, mr = 4, nr = 8, vectorize = "channels"}, strides = dense<1> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%x, %w : memref<1x4x10x10xf32>, memref<8x4x3x3xf32>) outs(%t : memref<1x8x8x8xf32>)
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (0, d1, 0, 0)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%t, %s : memref<1x8x8x8xf32>, memref<1x8x1x1xf32>) outs(%y : memref<1x8x8x8xf32>) attrs = {ember.fusion_group = 0 : i64} {
  ^bb0(%a: f32, %c: f32, %o: f32):
    %p = arith.mulf %a, %c : f32
    linalg.yield %p : f32
  }
  memref.dealloc %t : memref<1x8x8x8xf32>
  func.return
}

// Not fused: the generic is in another group (or none), or an operand of the epilogue is
// written between the conv and the generic (the epilogue would read it too early).
// CHECK-LABEL: func.func @not_fused
// CHECK:       memref.alloc() {alignment = 64 : i64} : memref<1x8x8x8xf32>
// CHECK:       linalg.generic
// CHECK:       linalg.generic
// CHECK:       func.return
func.func @not_fused(%x: memref<1x4x10x10xf32>, %b: memref<8xf32>, %r: memref<1x8x8x8xf32>, %y: memref<1x8x8x8xf32>) {
  %w = memref.get_global @__constant_w : memref<8x4x3x3xf32>
  %t = memref.alloc() {alignment = 64 : i64} : memref<1x8x8x8xf32>
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%b : memref<8xf32>) outs(%t : memref<1x8x8x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  linalg.conv_2d_nchw_fchw {ember.fusion_group = 0 : i64, ember.schedule = {lanes = 8, mr = 4, nr = 16}, strides = dense<1> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%x, %w : memref<1x4x10x10xf32>, memref<8x4x3x3xf32>) outs(%t : memref<1x8x8x8xf32>)
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%r : memref<1x8x8x8xf32>) {
  ^bb0(%out: f32):
    %one = arith.constant 1.000000e+00 : f32
    linalg.yield %one : f32
  }
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%t, %r : memref<1x8x8x8xf32>, memref<1x8x8x8xf32>) outs(%y : memref<1x8x8x8xf32>) attrs = {ember.fusion_group = 0 : i64} {
  ^bb0(%a: f32, %c: f32, %o: f32):
    %s = arith.addf %a, %c : f32
    linalg.yield %s : f32
  }
  memref.dealloc %t : memref<1x8x8x8xf32>
  func.return
}
