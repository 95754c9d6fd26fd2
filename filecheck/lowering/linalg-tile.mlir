// RUN: ember-opt %s --split-input-file -p 'linalg-tile{tag=mm sizes=4,0,8 loop-tags=i,k}' | filecheck %s
// RUN: ember-opt %s --split-input-file -p 'linalg-tile{op="linalg.matmul" nth=0 sizes=3,12 partial=true}' | filecheck %s --check-prefix=PARTIAL
// RUN: ember-opt %s --split-input-file -p 'linalg-tile{tag=mm sizes=3}' --verify-diagnostics

// Rows in tiles of 4 and K in tiles of 8 (columns not tiled): a loop per non-zero size, the op on
// subviews, the op keeps its attributes; each loop says which dim it runs and whether the dim is
// parallel (scf-parallelize reads that), and carries the tag loop-tags gives it.
// CHECK-LABEL: func.func @mm
// CHECK: %[[C0:.*]] = arith.constant 0 : index
// CHECK: %[[C8:.*]] = arith.constant 8 : index
// CHECK: %[[C16:.*]] = arith.constant 16 : index
// CHECK: %[[C4:.*]] = arith.constant 4 : index
// CHECK: %[[KSTEP:.*]] = arith.constant 8 : index
// CHECK: scf.for %[[I:.*]] = %[[C0]] to %[[C8]] step %[[C4]] {
// CHECK-NEXT: scf.for %[[K:.*]] = %[[C0]] to %[[C16]] step %[[KSTEP]] {
// CHECK-NEXT: %[[A:.*]] = memref.subview %a[%[[I]], %[[K]]] [4, 8] [1, 1] : memref<8x16xf32> to memref<4x8xf32, strided<[16, 1], offset: ?>>
// CHECK-NEXT: %[[B:.*]] = memref.subview %b[%[[K]], 0] [8, 12] [1, 1] : memref<16x12xf32> to memref<8x12xf32, strided<[12, 1], offset: ?>>
// CHECK-NEXT: %[[C:.*]] = memref.subview %c[%[[I]], 0] [4, 12] [1, 1] : memref<8x12xf32> to memref<4x12xf32, strided<[12, 1], offset: ?>>
// CHECK-NEXT: linalg.matmul {ember.tag = "mm"} ins(%[[A]], %[[B]] : {{.*}}) outs(%[[C]] : memref<4x12xf32, strided<[12, 1], offset: ?>>)
// CHECK-NEXT: } {ember.tiled_dim = "d2 reduction", ember.tag = "k"}
// CHECK-NEXT: } {ember.tiled_dim = "d0 parallel", ember.tag = "i"}

// partial=true: 3 does not divide 8, the last row tile has affine.min(3, 8 - i) rows.
// PARTIAL-LABEL: func.func @mm
// PARTIAL: scf.for %[[I:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// PARTIAL: %[[ROWS:.*]] = affine.min affine_map<(d0, d1, d2) -> (d0, (d1 + (d2 * -1)))> (%{{.*}}, %{{.*}}, %[[I]])
// PARTIAL-NEXT: memref.subview %a[%[[I]], 0] [%[[ROWS]], 16] [1, 1] : memref<8x16xf32> to memref<?x16xf32, strided<[16, 1], offset: ?>>
func.func @mm(%a: memref<8x16xf32>, %b: memref<16x12xf32>, %c: memref<8x12xf32>) {
  // expected-error @+1 {{linalg-tile: tile size 3 does not divide loop d0 of size 8 (partial=true allows a partial last tile)}}
  linalg.matmul {ember.tag = "mm"} ins(%a, %b : memref<8x16xf32>, memref<16x12xf32>) outs(%c : memref<8x12xf32>)
  func.return
}
