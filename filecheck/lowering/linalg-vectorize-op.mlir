// RUN: ember-opt %s --split-input-file -p 'linalg-vectorize-op{tag=v lanes=4}' --verify-diagnostics | filecheck %s

// Only the selected generic is vectorised (4 lanes asked for; a 1-lane tail for 13 % 4); the
// other one stays a linalg.generic.
// CHECK-LABEL: func.func @bias_exp
// CHECK: scf.for %[[I:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK-NEXT: scf.for %[[J:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK-NEXT: %[[X:.*]] = vector.load %x[%[[I]], %[[J]]] : memref<3x13xf32>, vector<4xf32>
// CHECK-NEXT: %[[B:.*]] = vector.load %b[%[[J]]] : memref<13xf32>, vector<4xf32>
// CHECK-NEXT: %[[S:.*]] = arith.addf %[[X]], %[[B]] : vector<4xf32>
// CHECK-NEXT: %[[E:.*]] = math.exp %[[S]] : vector<4xf32>
// CHECK-NEXT: vector.store %[[E]], %o[%[[I]], %[[J]]] : memref<3x13xf32>, vector<4xf32>
// CHECK: math.exp %{{.*}} : vector<1xf32>
// CHECK: linalg.generic
// CHECK-NEXT: ^bb0(%a: f32, %r: f32):
// CHECK-NEXT: math.exp %a : f32
func.func @bias_exp(%x: memref<3x13xf32>, %b: memref<13xf32>, %o: memref<3x13xf32>, %p: memref<3x13xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%x, %b : memref<3x13xf32>, memref<13xf32>) outs(%o : memref<3x13xf32>) attrs = {ember.tag = "v"} {
  ^bb0(%a: f32, %c: f32, %r: f32):
    %s = arith.addf %a, %c : f32
    %t = math.exp %s : f32
    linalg.yield %t : f32
  }
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%x : memref<3x13xf32>) outs(%p : memref<3x13xf32>) {
  ^bb0(%a: f32, %r: f32):
    %t = math.exp %a : f32
    linalg.yield %t : f32
  }
  func.return
}

// -----

// A body that reads linalg.index has no vector form in linalg-vectorize: an error at the op.
func.func @rowsum(%x: memref<6x5xf32>, %o: memref<6xf32>) {
  // expected-error @+1 {{linalg-vectorize-op: vectorize needs an f32 linalg.generic on plain memrefs}}
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>], iterator_types = ["parallel", "reduction"]} ins(%x : memref<6x5xf32>) outs(%o : memref<6xf32>) attrs = {ember.tag = "v"} {
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
