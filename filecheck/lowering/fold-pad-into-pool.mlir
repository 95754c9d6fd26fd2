// RUN: ember-opt %s -p memref-fold-pad-into-pool --split-input-file | filecheck %s
// RUN: ember-opt %s -p memref-fold-pad-into-pool,memref-pad-in-place,plan-memory --split-input-file | filecheck %s --check-prefix=PLAN
// RUN: ember-opt %s -p memref-fold-pad-into-pool --split-input-file | mlir-opt-22 --split-input-file | filecheck %s --check-prefix=UPSTREAM
// REQUIRES: mlir-opt-22

// A 3x3 stride-2 max pool over a 6x6 input padded by one -inf row and column on each side:
// the padded buffer, its fill and its copy are gone; the pool is four generics over subviews
// of the output, each reading the unpadded source at a constant offset with a clipped window
// (a subview of the pool's window operand): the corner (2x2 taps), the first row (2x3), the
// first column (3x2) and the interior (3x3). The source now lives until the pool.
// CHECK-LABEL: func.func @max_pool_ceil
// CHECK:         %[[A:.*]] = memref.alloc() {alignment = 64 : i64} : memref<1x2x6x6xf32>
// CHECK-NOT:     memref<1x2x8x8xf32>
// CHECK:         %[[W:.*]] = memref.alloc() {alignment = 64 : i64} : memref<3x3xf32>
// CHECK-NEXT:    %[[O0:.*]] = memref.subview %out0[0, 0, 0, 0] [1, 2, 1, 1] [1, 1, 1, 1]
// CHECK-NEXT:    %[[W0:.*]] = memref.subview %[[W]][0, 0] [2, 2] [1, 1]
// CHECK-NEXT:    linalg.generic {{.*}} -> (d0, d1, ((d2 * 2) + d4), ((d3 * 2) + d5))>{{.*}} ins(%[[A]], %[[W0]] : {{.*}} outs(%[[O0]] :
// CHECK:         %[[O1:.*]] = memref.subview %out0[0, 0, 0, 1] [1, 2, 1, 2] [1, 1, 1, 1]
// CHECK-NEXT:    %[[W1:.*]] = memref.subview %[[W]][0, 0] [2, 3] [1, 1]
// CHECK-NEXT:    linalg.generic {{.*}} -> (d0, d1, ((d2 * 2) + d4), (((d3 * 2) + d5) + 1))>{{.*}} ins(%[[A]], %[[W1]] : {{.*}} outs(%[[O1]] :
// CHECK:         %[[O2:.*]] = memref.subview %out0[0, 0, 1, 0] [1, 2, 2, 1] [1, 1, 1, 1]
// CHECK-NEXT:    %[[W2:.*]] = memref.subview %[[W]][0, 0] [3, 2] [1, 1]
// CHECK-NEXT:    linalg.generic {{.*}} -> (d0, d1, (((d2 * 2) + d4) + 1), ((d3 * 2) + d5))>{{.*}} ins(%[[A]], %[[W2]] : {{.*}} outs(%[[O2]] :
// CHECK:         %[[O3:.*]] = memref.subview %out0[0, 0, 1, 1] [1, 2, 2, 2] [1, 1, 1, 1]
// CHECK-NEXT:    linalg.generic {{.*}} -> (d0, d1, (((d2 * 2) + d4) + 1), (((d3 * 2) + d5) + 1))>{{.*}} ins(%[[A]], %[[W]] : {{.*}} outs(%[[O3]] :
// CHECK:         memref.dealloc %[[A]] : memref<1x2x6x6xf32>
// CHECK-NEXT:    memref.dealloc %[[W]] : memref<3x3xf32>
// CHECK-NEXT:    func.return
// The arena: the 6x6 source (the 8x8 padded buffer is gone) and the 64 bytes of the window.
// PLAN-LABEL:  func.func @max_pool_ceil
// PLAN-SAME:     ember.arena_bytes = 384 : i64
// UPSTREAM-LABEL: func.func @max_pool_ceil
// UPSTREAM-COUNT-4: memref.subview %arg1
func.func @max_pool_ceil(%x: memref<1x2x6x6xf32>, %out0: memref<1x2x3x3xf32>) attributes {ember.num_outputs = 1 : i64} {
  %a = memref.alloc() {alignment = 64 : i64} : memref<1x2x6x6xf32>
  "memref.copy"(%x, %a) : (memref<1x2x6x6xf32>, memref<1x2x6x6xf32>) -> ()
  %p = memref.alloc() {alignment = 64 : i64} : memref<1x2x8x8xf32>
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%p : memref<1x2x8x8xf32>) {
  ^bb0(%o: f32):
    %m = arith.constant 0xFF800000 : f32
    linalg.yield %m : f32
  }
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2 + 1, d3 + 1)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a : memref<1x2x6x6xf32>) outs(%p : memref<1x2x8x8xf32>) {
  ^bb0(%i: f32, %o: f32):
    linalg.yield %i : f32
  }
  memref.dealloc %a : memref<1x2x6x6xf32>
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%out0 : memref<1x2x3x3xf32>) {
  ^bb0(%o: f32):
    %m = arith.constant 0xFF800000 : f32
    linalg.yield %m : f32
  }
  %w = memref.alloc() {alignment = 64 : i64} : memref<3x3xf32>
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2 * 2 + d4, d3 * 2 + d5)>, affine_map<(d0, d1, d2, d3, d4, d5) -> (d4, d5)>, affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%p, %w : memref<1x2x8x8xf32>, memref<3x3xf32>) outs(%out0 : memref<1x2x3x3xf32>) {
  ^bb0(%i: f32, %k: f32, %o: f32):
    %r = arith.maximumf %o, %i : f32
    linalg.yield %r : f32
  }
  memref.dealloc %w : memref<3x3xf32>
  memref.dealloc %p : memref<1x2x8x8xf32>
  func.return
}

// -----

// A zero border is not the identity of max (a clipped window would miss the zeros): left alone.
// CHECK-LABEL: func.func @zero_border_of_a_max_pool
// CHECK:         memref.alloc() {alignment = 64 : i64} : memref<1x2x8x8xf32>
// CHECK-NOT:     memref.subview
// CHECK:         func.return
// PLAN-LABEL:  func.func @zero_border_of_a_max_pool
// UPSTREAM-LABEL: func.func @zero_border_of_a_max_pool
func.func @zero_border_of_a_max_pool(%x: memref<1x2x6x6xf32>, %out0: memref<1x2x3x3xf32>) attributes {ember.num_outputs = 1 : i64} {
  %a = memref.alloc() {alignment = 64 : i64} : memref<1x2x6x6xf32>
  "memref.copy"(%x, %a) : (memref<1x2x6x6xf32>, memref<1x2x6x6xf32>) -> ()
  %p = memref.alloc() {alignment = 64 : i64} : memref<1x2x8x8xf32>
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%p : memref<1x2x8x8xf32>) {
  ^bb0(%o: f32):
    %m = arith.constant 0.000000e+00 : f32
    linalg.yield %m : f32
  }
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2 + 1, d3 + 1)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a : memref<1x2x6x6xf32>) outs(%p : memref<1x2x8x8xf32>) {
  ^bb0(%i: f32, %o: f32):
    linalg.yield %i : f32
  }
  memref.dealloc %a : memref<1x2x6x6xf32>
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%out0 : memref<1x2x3x3xf32>) {
  ^bb0(%o: f32):
    %m = arith.constant 0xFF800000 : f32
    linalg.yield %m : f32
  }
  %w = memref.alloc() {alignment = 64 : i64} : memref<3x3xf32>
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2 * 2 + d4, d3 * 2 + d5)>, affine_map<(d0, d1, d2, d3, d4, d5) -> (d4, d5)>, affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]} ins(%p, %w : memref<1x2x8x8xf32>, memref<3x3xf32>) outs(%out0 : memref<1x2x3x3xf32>) {
  ^bb0(%i: f32, %k: f32, %o: f32):
    %r = arith.maximumf %o, %i : f32
    linalg.yield %r : f32
  }
  memref.dealloc %w : memref<3x3xf32>
  memref.dealloc %p : memref<1x2x8x8xf32>
  func.return
}
