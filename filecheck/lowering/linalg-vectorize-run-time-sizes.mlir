// RUN: ember-opt %s -p linalg-vectorize | filecheck %s

// Elementwise on equal shapes with run-time sizes: flattened to one run-time-long row, whose
// vector loop stops at n - n % LANES, the rest on 1-lane vectors.
// CHECK-LABEL: func.func @relu
// CHECK:     %[[X:.*]] = memref.collapse_shape %x {{.*}} : memref<?x?x16xf32> into memref<?xf32>
// CHECK:     %[[N:.*]] = memref.dim %[[X]], %{{.*}} : memref<?xf32>
// CHECK:     %[[REST:.*]] = arith.remui %[[N]], %{{.*}} : index
// CHECK:     %[[FULL:.*]] = arith.subi %[[N]], %[[REST]] : index
// CHECK:     scf.for %{{.*}} = %{{.*}} to %[[FULL]] step %{{.*}} {
// CHECK:       vector.load %[[X]][%{{.*}}] : memref<?xf32>, vector<8xf32>
// CHECK:     scf.for %{{.*}} = %[[FULL]] to %[[N]] step %{{.*}} {
// CHECK:       vector.load %[[X]][%{{.*}}] : memref<?xf32>, vector<1xf32>
// CHECK-NOT: linalg.generic
func.func @relu(%x: memref<?x?x16xf32>, %y: memref<?x?x16xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x : memref<?x?x16xf32>) outs(%y : memref<?x?x16xf32>) attrs = {ember.schedule = {lanes = 8, mr = 1, nr = 8}} {
  ^bb0(%a: f32, %b: f32):
    %zero = arith.constant 0.000000e+00 : f32
    %r = arith.maximumf %a, %zero : f32
    linalg.yield %r : f32
  }
  func.return
}

// A bias over the last dim with run-time leading sizes: loops to memref.dim of the output.
// CHECK-LABEL: func.func @bias
// CHECK:     %[[B:.*]] = memref.dim %y, %{{.*}} : memref<?x?x16xf32>
// CHECK:     scf.for %{{.*}} = %{{.*}} to %[[B]] step %{{.*}} {
// CHECK:       vector.load %bias[%{{.*}}] : memref<16xf32>, vector<8xf32>
func.func @bias(%x: memref<?x?x16xf32>, %bias: memref<16xf32>, %y: memref<?x?x16xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %bias : memref<?x?x16xf32>, memref<16xf32>) outs(%y : memref<?x?x16xf32>) attrs = {ember.schedule = {lanes = 8, mr = 1, nr = 8}} {
  ^bb0(%a: f32, %c: f32, %o: f32):
    %s = arith.addf %a, %c : f32
    linalg.yield %s : f32
  }
  func.return
}

// A row maximum over a run-time row length (softmax over a dynamic sequence): one vector
// accumulator up to n - n % LANES, folded, then the 1-lane rest.
// CHECK-LABEL: func.func @row_max
// CHECK:     %[[L:.*]] = memref.dim %x, %{{.*}} : memref<?x?xf32>
// CHECK:     arith.remui %[[L]]
// CHECK:     vector.reduction <maximumf>
// CHECK-NOT: linalg.generic
func.func @row_max(%x: memref<?x?xf32>, %m: memref<?x1xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, 0)>], iterator_types = ["parallel", "reduction"]} ins(%x : memref<?x?xf32>) outs(%m : memref<?x1xf32>) attrs = {ember.schedule = {lanes = 8, mr = 1, nr = 8}} {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %acc, %a : f32
    linalg.yield %r : f32
  }
  func.return
}
