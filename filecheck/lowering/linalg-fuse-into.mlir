// RUN: ember-opt %s -p 'linalg-tile{tag=mm sizes=4,6,8},linalg-fuse-into{tag=scale into=mm}' | filecheck %s
// RUN: ember-opt %s -p 'linalg-fuse-into{tag=scale into=mm}' --verify-diagnostics

// The elementwise producer of the matmul's A runs inside the matmul's tile loops, on the tile
// of its output the matmul reads (%[[TA]]) and on the matching tiles of its inputs (the scale
// is a broadcast: only its column range). Nothing else reads %t, so the whole-buffer producer
// is gone.
// CHECK-LABEL: func.func @main
// CHECK-NOT: linalg.generic
// CHECK: scf.for %[[I:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK-NEXT: scf.for %[[J:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK-NEXT: scf.for %[[K:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK-NEXT: %[[TA:.*]] = memref.subview %t[%[[I]], %[[K]]] [4, 8] [1, 1] : memref<8x16xf32> to memref<4x8xf32, strided<[16, 1], offset: ?>>
// CHECK-NEXT: %[[TB:.*]] = memref.subview %b[%[[K]], %[[J]]] [8, 6] [1, 1]
// CHECK-NEXT: %[[TC:.*]] = memref.subview %c[%[[I]], %[[J]]] [4, 6] [1, 1]
// CHECK-NEXT: %[[TX:.*]] = memref.subview %x[%[[I]], %[[K]]] [4, 8] [1, 1] : memref<8x16xf32> to memref<4x8xf32, strided<[16, 1], offset: ?>>
// CHECK-NEXT: %[[TS:.*]] = memref.subview %s[%[[K]]] [8] [1] : memref<16xf32> to memref<8xf32, strided<[1], offset: ?>>
// CHECK-NEXT: linalg.generic {{.*}} ins(%[[TX]], %[[TS]] : {{.*}}) outs(%[[TA]] : memref<4x8xf32, strided<[16, 1], offset: ?>>)
// CHECK: linalg.matmul {ember.tag = "mm"} ins(%[[TA]], %[[TB]] : {{.*}}) outs(%[[TC]] : {{.*}})
func.func @main(%x: memref<8x16xf32>, %s: memref<16xf32>, %b: memref<16x12xf32>, %c: memref<8x12xf32>) {
  %t = memref.alloc() : memref<8x16xf32>
  // Without linalg-tile first there is no tile to fuse into (the error is at the producer).
  // expected-error @+1 {{linalg-fuse-into: the consumer reads no memref.subview of the producer's output: tile the consumer first}}
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%x, %s : memref<8x16xf32>, memref<16xf32>) outs(%t : memref<8x16xf32>) attrs = {ember.tag = "scale"} {
  ^bb0(%a: f32, %k: f32, %o: f32):
    %m = arith.mulf %a, %k : f32
    %r = arith.maximumf %m, %k : f32
    linalg.yield %r : f32
  }
  %zero = arith.constant 0.000000e+00 : f32
  linalg.fill ins(%zero : f32) outs(%c : memref<8x12xf32>)
  linalg.matmul {ember.tag = "mm"} ins(%t, %b : memref<8x16xf32>, memref<16x12xf32>) outs(%c : memref<8x12xf32>)
  func.return
}
