// RUN: ember-opt %s -p bufferize --split-input-file | filecheck %s
// RUN: ember-opt %s -p bufferize --split-input-file | ember-opt --split-input-file | filecheck %s

// Outputs are trailing memref arguments; the last op writes straight into %out0; the
// intermediate is an aligned alloc released after its last use; constants are globals.
// CHECK:       "memref.global"() <{sym_name = "__constant_0", type = memref<3xf32>, initial_value = dense<2.000000e+00> : tensor<3xf32>, sym_visibility = "private", constant, alignment = 64 : i64}>
// CHECK-LABEL: func.func @main(%x: memref<2x3xf32>, %out0: memref<2x3xf32>) attributes {ember.num_outputs = 1 : i64} {
// CHECK-NEXT:    %[[G:.*]] = memref.get_global @__constant_0 : memref<3xf32>
// CHECK-NEXT:    %[[T:.*]] = memref.alloc() {alignment = 64 : i64} : memref<2x3xf32>
// CHECK-NEXT:    linalg.generic {{.*}} ins(%x, %[[G]] : memref<2x3xf32>, memref<3xf32>) outs(%[[T]] : memref<2x3xf32>)
// CHECK:         linalg.generic {{.*}} ins(%[[T]] : memref<2x3xf32>) outs(%out0 : memref<2x3xf32>)
// CHECK:         memref.dealloc %[[T]] : memref<2x3xf32>
// CHECK-NEXT:    func.return
func.func @main(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %c = arith.constant dense<2.0> : tensor<3xf32>
  %e0 = tensor.empty() : tensor<2x3xf32>
  %0 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%x, %c : tensor<2x3xf32>, tensor<3xf32>) outs(%e0 : tensor<2x3xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %s = arith.mulf %a, %b : f32
    linalg.yield %s : f32
  } -> tensor<2x3xf32>
  %e1 = tensor.empty() : tensor<2x3xf32>
  %1 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%0 : tensor<2x3xf32>) outs(%e1 : tensor<2x3xf32>) {
  ^bb0(%a: f32, %o: f32):
    %z = arith.constant 0.0 : f32
    %r = arith.maximumf %a, %z : f32
    linalg.yield %r : f32
  } -> tensor<2x3xf32>
  func.return %1 : tensor<2x3xf32>
}

// -----

// A returned input (or any value not computed in a fresh destination) is copied into the output
// buffer; two results give two output arguments, in order.
// CHECK-LABEL: func.func @two_results(%x: memref<4xf32>, %out0: memref<4xf32>, %out1: memref<4xf32>) attributes {ember.num_outputs = 2 : i64} {
// CHECK-NEXT:    linalg.generic {{.*}} ins(%x : memref<4xf32>) outs(%out0 : memref<4xf32>)
// CHECK:         linalg.generic {{.*}} ins(%x : memref<4xf32>) outs(%out1 : memref<4xf32>)
// CHECK:         func.return
func.func @two_results(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  func.return %x, %x : tensor<4xf32>, tensor<4xf32>
}

// -----

// Reshapes are views: collapse/expand on memrefs; the alloc is released after the view's last use.
// CHECK-LABEL: func.func @reshape
// CHECK:         %[[A:.*]] = memref.alloc() {alignment = 64 : i64} : memref<2x3xf32>
// CHECK:         %[[C:.*]] = memref.collapse_shape %[[A]] {{\[}}[0 : i64, 1 : i64]] : memref<2x3xf32> into memref<6xf32>
// CHECK:         linalg.generic {{.*}} ins(%[[C]] : memref<6xf32>) outs(%out0 : memref<6xf32>)
// CHECK:         memref.dealloc %[[A]]
func.func @reshape(%x: tensor<2x3xf32>) -> tensor<6xf32> {
  %e0 = tensor.empty() : tensor<2x3xf32>
  %0 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%x : tensor<2x3xf32>) outs(%e0 : tensor<2x3xf32>) {
  ^bb0(%a: f32, %o: f32):
    %n = arith.negf %a : f32
    linalg.yield %n : f32
  } -> tensor<2x3xf32>
  %1 = tensor.collapse_shape %0 [[0, 1]] : tensor<2x3xf32> into tensor<6xf32>
  %e1 = tensor.empty() : tensor<6xf32>
  %2 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%1 : tensor<6xf32>) outs(%e1 : tensor<6xf32>) {
  ^bb0(%a: f32, %o: f32):
    %n = arith.negf %a : f32
    linalg.yield %n : f32
  } -> tensor<6xf32>
  func.return %2 : tensor<6xf32>
}

// -----

// tensor.extract inside a body reads the buffer with memref.load.
// CHECK-LABEL: func.func @gather
// CHECK:         linalg.generic {{.*}} outs(%out0 : memref<3xf32>)
// CHECK:           %{{.*}} = memref.load %x[%{{.*}}] : memref<5xf32>
func.func @gather(%x: tensor<5xf32>) -> tensor<3xf32> {
  %e = tensor.empty() : tensor<3xf32>
  %0 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%e : tensor<3xf32>) {
  ^bb0(%o: f32):
    %i = linalg.index 0 : index
    %v = tensor.extract %x[%i] : tensor<5xf32>
    linalg.yield %v : f32
  } -> tensor<3xf32>
  func.return %0 : tensor<3xf32>
}
