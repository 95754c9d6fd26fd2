// RUN: ember-opt %s -p 'linalg-interchange{perm=1,0}' | filecheck %s
// RUN: ember-opt %s -p 'linalg-interchange{perm=1,1}' --verify-diagnostics
// RUN: ember-opt %s -p 'linalg-tile{op="linalg.generic" sizes=3,5 loop-tags=i,k},linalg-interchange{tag=i perm=1,0}' | filecheck %s --check-prefix=NEST

// New loop i is old loop perm[i]: the reduction over columns becomes the outer loop; the
// indexing maps, the iterator types and linalg.index follow (old d1 is new d0).
// CHECK-LABEL: func.func @rowsum
// CHECK: linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d1, d0)>, affine_map<(d0, d1) -> (d1)>], iterator_types = ["reduction", "parallel"]}
// CHECK: %[[I:.*]] = linalg.index 0 : index
// CHECK-NEXT: arith.index_cast %[[I]] : index to i32

// A perfect nest of tile loops: the loops' ranges and attributes swap, the tile's subview now
// takes the outer loop's induction variable for its columns.
// NEST-LABEL: func.func @rowsum
// NEST: scf.for %[[K:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// NEST-NEXT: scf.for %[[I:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// NEST-NEXT: memref.subview %x[%[[I]], %[[K]]] [3, 5] [1, 1]
// NEST: } {ember.tiled_dim = "d0 parallel", ember.tag = "i"}
// NEST-NEXT: } {ember.tiled_dim = "d1 reduction", ember.tag = "k"}
func.func @rowsum(%x: memref<6x5xf32>, %o: memref<6xf32>) {
  // expected-error @+1 {{linalg-interchange: perm 1,1 is not a permutation of the 2 loops 0..1}}
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>], iterator_types = ["parallel", "reduction"]} ins(%x : memref<6x5xf32>) outs(%o : memref<6xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %i = linalg.index 1 : index
    %ii = arith.index_cast %i : index to i32
    %fi = arith.sitofp %ii : i32 to f32
    %m = arith.mulf %a, %fi : f32
    %s = arith.addf %m, %acc : f32
    linalg.yield %s : f32
  }
  func.return
}
