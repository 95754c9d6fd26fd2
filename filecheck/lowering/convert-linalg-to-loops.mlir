// RUN: ember-opt %s -p convert-linalg-to-loops --split-input-file | filecheck %s
// RUN: ember-opt %s -p convert-linalg-to-loops --split-input-file | ember-opt --split-input-file | filecheck %s

// i-k-j order: the reduction loop sits outside the last parallel dim, which indexes the
// contiguous output dim, so the innermost loop streams along rows; A[i, k] is loaded once per
// (i, k), outside the inner loop.
// CHECK-LABEL: func.func @matmul
// CHECK:         scf.for %[[I:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK-NEXT:      scf.for %[[K:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK-NEXT:        %[[A:.*]] = memref.load %a[%[[I]], %[[K]]] : memref<4x3xf32>
// CHECK-NEXT:        scf.for %[[J:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK-NEXT:          %[[B:.*]] = memref.load %b[%[[K]], %[[J]]] : memref<3x5xf32>
// CHECK-NEXT:          %[[C:.*]] = memref.load %c[%[[I]], %[[J]]] : memref<4x5xf32>
// CHECK-NEXT:          %[[M:.*]] = arith.mulf %[[A]], %[[B]] : f32
// CHECK-NEXT:          %[[N:.*]] = arith.addf %[[M]], %[[C]] : f32
// CHECK-NEXT:          memref.store %[[N]], %c[%[[I]], %[[J]]] : memref<4x5xf32>
// CHECK-NOT:     linalg.
func.func @matmul(%a: memref<4x3xf32>, %b: memref<3x5xf32>, %c: memref<4x5xf32>) {
  linalg.matmul ins(%a, %b : memref<4x3xf32>, memref<3x5xf32>) outs(%c : memref<4x5xf32>)
  func.return
}

// -----

// Index arithmetic of strided/offset maps is plain arith on index (no affine dialect);
// linalg.index becomes the induction variable.
// CHECK-LABEL: func.func @strided
// CHECK:         scf.for %[[I:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK-NEXT:      %[[T:.*]] = arith.muli %[[I]], %{{.*}} : index
// CHECK-NEXT:      %[[U:.*]] = arith.addi %[[T]], %{{.*}} : index
// CHECK-NEXT:      %[[V:.*]] = memref.load %x[%[[U]]] : memref<10xf32>
// CHECK-NEXT:      %[[F:.*]] = arith.index_cast %[[I]] : index to i64
// CHECK:           memref.store %{{.*}}, %y[%[[I]]] : memref<4xf32>
// CHECK-NOT:     affine.
func.func @strided(%x: memref<10xf32>, %y: memref<4xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0) -> (d0 * 2 + 1)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%x : memref<10xf32>) outs(%y : memref<4xf32>) {
  ^bb0(%a: f32, %o: f32):
    %i = linalg.index 0 : index
    %c = arith.index_cast %i : index to i64
    %f = arith.sitofp %c : i64 to f32
    %r = arith.addf %a, %f : f32
    linalg.yield %r : f32
  }
  func.return
}

// -----

// A reduction along the last axis keeps the reduction innermost, carrying the accumulator
// in iter_args: one load before and one store after the reduction loop.
// CHECK-LABEL: func.func @row_sum
// CHECK:         scf.for %[[I:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK-NEXT:      %[[ACC:.*]] = memref.load %y[%[[I]]] : memref<2xf32>
// CHECK-NEXT:      %[[R:.*]] = scf.for %[[J:.*]] = %{{.*}} to %{{.*}} step %{{.*}} iter_args(%[[S:.*]] = %[[ACC]]) -> (f32) {
// CHECK-NEXT:        %[[X:.*]] = memref.load %x[%[[I]], %[[J]]] : memref<2x3xf32>
// CHECK-NEXT:        %[[N:.*]] = arith.addf %[[X]], %[[S]] : f32
// CHECK-NEXT:        scf.yield %[[N]] : f32
// CHECK-NEXT:      }
// CHECK-NEXT:      memref.store %[[R]], %y[%[[I]]] : memref<2xf32>
func.func @row_sum(%x: memref<2x3xf32>, %y: memref<2xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>], iterator_types = ["parallel", "reduction"]} ins(%x : memref<2x3xf32>) outs(%y : memref<2xf32>) {
  ^bb0(%a: f32, %o: f32):
    %s = arith.addf %a, %o : f32
    linalg.yield %s : f32
  }
  func.return
}

// -----

// A reduction over a leading dim goes outside the contiguous parallel dim.
// CHECK-LABEL: func.func @sum_axis0
// CHECK:         scf.for %[[I:.*]] = %{{.*}} to %{{.*}} step
// CHECK-NEXT:      scf.for %[[J:.*]] = %{{.*}} to %{{.*}} step
// CHECK-NEXT:        memref.load %x[%[[I]], %[[J]]] : memref<2x3xf32>
// CHECK-NEXT:        memref.load %y[%[[J]]] : memref<3xf32>
func.func @sum_axis0(%x: memref<2x3xf32>, %y: memref<3xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1)>], iterator_types = ["reduction", "parallel"]} ins(%x : memref<2x3xf32>) outs(%y : memref<3xf32>) {
  ^bb0(%a: f32, %o: f32):
    %s = arith.addf %a, %o : f32
    linalg.yield %s : f32
  }
  func.return
}
